import { applyOne, correctMarkdown, correctText, fixture, lineOf, messagesOf } from '../support/lint-rule';

describe('results-total', () => {
  it('accepts a （七）总计 row that sums the result rows in every column', () => {
    expect(messagesOf(correctText(), 'results-total')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'results-total')).toEqual([]);
  });

  it.each(['txt', 'md'])('flags each column whose （七）总计 is off, with the sum, and fixes it (%s)', (ext) => {
    const text = fixture(`synthetic/results-total.${ext}`);
    const found = messagesOf(text, 'results-total');
    expect(found.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['20', '26']);
    expect(found.every((m) => m.line === lineOf(text, '（七）总计'))).toBe(true);
    expect(found[0].message).toContain('「自然人」列为 20');
    expect(found[0].message).toContain('应为 21');
    let fixed = text;
    for (const m of [...found].reverse()) fixed = applyOne(fixed, m);
    expect(messagesOf(fixed, 'results-total')).toEqual([]);
  });

  it('uses （六）其他处理 as one row in the 2019 format (seed 000: all zeros, nothing to flag)', () => {
    expect(messagesOf(fixture('seeds/000_19b186ad1a196a36.txt'), 'results-total')).toEqual([]);
  });
});
