import { applyOne, correctText, fixture, messagesOf } from '../support/lint-rule';

describe('table-label', () => {
  it('accepts the standard labels, in every seed layout', () => {
    expect(messagesOf(correctText(), 'table-label')).toEqual([]);
    for (const seed of ['000_19b186ad1a196a36', '002_3de73757d3cdff2d', '003_f0739a87bbbceb08', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'table-label')).toEqual([]);
    }
  });

  it('flags the header typo 本年度止件数 (seed 001) and fixes it', () => {
    const text = fixture('seeds/001_ff4af530816f6324.txt');
    const [m, ...rest] = messagesOf(text, 'table-label');
    expect(rest).toEqual([]);
    expect(m.line).toBe(20);
    expect(m.message).toBe('表二的标签「本年度止件数」有误，应为「本年废止件数」');
    const fixed = applyOne(text, m);
    expect(fixed.split('\n')[19]).toBe('信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    expect(messagesOf(fixed, 'table-label')).toEqual([]);
  });

  it('flags a misspelt row label of 表三 and rewrites it keeping its numbering', () => {
    const text = correctText().replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    const [m] = messagesOf(text, 'table-label');
    expect(m.message).toBe('表三的标签「2.其他法律行政止公开」有误，应为「2.其他法律行政法规禁止公开」');
    expect(applyOne(text, m)).toBe(correctText());
    // The row is still read: its numbers keep their place in the arithmetic.
    expect(messagesOf(text, 'results-total')).toEqual([]);
  });
});
