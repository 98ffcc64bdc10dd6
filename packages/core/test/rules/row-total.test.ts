import { changesOneStretch } from '../support/fixing';
import { applyOne, correctMarkdown, correctText, fixture, lineOf, messagesOf } from '../support/lint-rule';

describe('row-total', () => {
  it('accepts rows whose 总计 is the sum of the six applicant columns', () => {
    expect(messagesOf(correctText(), 'row-total')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'row-total')).toEqual([]);
  });

  it.each(['txt', 'md'])('flags a wrong 总计 with the expected sum and fixes it (%s)', (ext) => {
    const text = fixture(`synthetic/row-total.${ext}`);
    const [m] = messagesOf(text, 'row-total');
    expect(m.severity).toBe('error');
    expect(m.line).toBe(lineOf(text, '一、本年新收政府信息公开申请数量', text.indexOf('三、收到')));
    expect(m.message).toContain('20+3+0+1+2+1 = 27');
    expect(m.message).toContain('应为 27');
    expect(text.slice(m.offset, m.endOffset)).toBe('28');
    const fixed = applyOne(text, m);
    expect(messagesOf(fixed, 'row-total')).toEqual([]);
    expect(changesOneStretch(text, fixed)).toBe(true);
  });

  it('says nothing when the table has no 总计 column (seed 001) or cannot be read', () => {
    expect(messagesOf(fixture('seeds/001_ff4af530816f6324.txt'), 'row-total')).toEqual([]);
    const broken = correctText().replace('\t20\t3\t0\t1\t2\t1\t27', '\t2030121\t27');
    expect(messagesOf(broken, 'row-total')).toEqual([]);
  });

  it('offers no fix for the corner cell （七）总计 × 总计 when its row and column sums disagree', () => {
    // 自然人 of （七）总计 raised by 5: its row now sums to 31 while the 总计 column still sums to 26.
    const text = correctText().replace('（七）总计\t20\t3', '（七）总计\t25\t3');
    const [corner] = messagesOf(text, 'row-total');
    expect(corner.message).toBe('表三「（七）总计」行的总计为 26，但自然人至其他六列之和为 25+3+0+1+2+0 = 31，应为 31；但按列合计应为 26，两者不一致，请先核对分项');
    expect(corner.fix).toBeUndefined();
    // The column total that is really wrong keeps its fix, and fixing it settles both.
    const [column] = messagesOf(text, 'results-total');
    expect(text.slice(column.offset, column.endOffset)).toBe('25');
    expect(messagesOf(applyOne(text, column), 'row-total')).toEqual([]);
  });
});
