import { applyOne, correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';

describe('review-total', () => {
  it('accepts 总计 = 维持 + 纠正 + 其他 + 尚未审结 in all three groups', () => {
    expect(messagesOf(correctText(), 'review-total')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'review-total')).toEqual([]);
    expect(messagesOf(fixture('seeds/001_ff4af530816f6324.txt'), 'review-total')).toEqual([]);
  });

  it.each(['txt', 'md'])('flags a wrong 行政复议 总计 and fixes it to the sum (%s)', (ext) => {
    const text = fixture(`synthetic/review-total.${ext}`);
    const [m, ...rest] = messagesOf(text, 'review-total');
    expect(rest).toEqual([]);
    expect(m.message).toBe('表四「行政复议」的总计为 5，但结果维持、结果纠正、其他结果、尚未审结之和为 2+1+0+1 = 4，应为 4');
    expect(m.fix?.text).toBe('4');
    expect(messagesOf(applyOne(text, m), 'review-total')).toEqual([]);
  });

  it('checks the litigation groups too', () => {
    const text = correctText().replace('2\t1\t0\t1\t4\t1\t0\t1\t0\t2\t0\t0\t0\t1\t1', '2\t1\t0\t1\t4\t1\t0\t1\t0\t2\t0\t0\t0\t1\t3');
    const [m] = messagesOf(text, 'review-total');
    expect(m.message).toContain('行政诉讼（复议后起诉）');
    expect(m.fix?.text).toBe('1');
  });
});
