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
});
