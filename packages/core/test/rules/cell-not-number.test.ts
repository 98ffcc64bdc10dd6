import { applyOne, correctText, fixture, lineOf, messagesOf } from '../support/lint-rule';

const SEED_003 = 'seeds/003_f0739a87bbbceb08.txt';

describe('cell-not-number', () => {
  it('accepts whole numbers, and a decimal 收费金额', () => {
    expect(messagesOf(correctText(), 'cell-not-number')).toEqual([]);
    expect(correctText()).toContain('12.5');
  });

  it('flags 无 with a fix to 0 (seed 003)', () => {
    const text = fixture(SEED_003);
    const wu = messagesOf(text, 'cell-not-number').filter((m) => m.fix);
    expect(wu.map((m) => m.line)).toEqual([55, 56, 79, 80, 87]);
    expect(wu.slice(0, 4).every((m) => text.slice(m.offset, m.endOffset) === '无' && m.fix!.text === '0')).toBe(true);
    expect(wu[0].message).toBe('表三「一、本年新收政府信息公开申请数量」行填写了「无」，另有 6 个单元格为空，统计数字应填写阿拉伯数字，没有则填 0');
  });

  it('reports the 无 cells of one row together, with one fix that turns each into 0', () => {
    const text = fixture(SEED_003);
    const review = messagesOf(text, 'cell-not-number').find((m) => m.line === 87 && m.fix)!;
    expect(review.message).toBe('表四有 3 个单元格填写了「无」，另有 12 个单元格为空，统计数字应填写阿拉伯数字，没有则填 0');
    expect(applyOne(text, review).split('\n')[86]).toBe('\t\t\t\t0\t\t\t\t\t0\t\t\t\t\t\t0');
  });

  it('flags rows with blank cells once per row, saying how many are blank (seed 003)', () => {
    const found = messagesOf(fixture(SEED_003), 'cell-not-number');
    const blanks = found.filter((m) => !m.fix);
    expect(blanks.find((m) => m.line === 57)?.message).toBe('表三「（一）予以公开」行应有 7 个数字，7 个单元格为空；没有数字时应填 0');
    // One message per row: a row with 无 and blanks (55, 56, 79, 80, 87) gets only the 无 one.
    expect(found.map((m) => m.line)).toEqual([...new Set(found.map((m) => m.line))]);
    expect(blanks.map((m) => m.line)).not.toContain(87);
  });

  it('flags -, / and numbers with units, without a fix', () => {
    const text = correctText().replace('规章\t0\t0\t0', '规章\t-\t/\t0件');
    const found = messagesOf(text, 'cell-not-number');
    expect(found.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['-', '/', '0件']);
    expect(found.every((m) => !m.fix && m.line === lineOf(text, '规章'))).toBe(true);
    expect(found[2].message).toContain('不是非负整数');
  });

  it('flags a decimal where a whole number is required', () => {
    const text = correctText().replace('行政许可\t120', '行政许可\t120.5');
    const [m] = messagesOf(text, 'cell-not-number');
    expect(text.slice(m.offset, m.endOffset)).toBe('120.5');
  });

  it('fixing every 无 leaves no 无', () => {
    let text = fixture(SEED_003);
    for (const m of messagesOf(text, 'cell-not-number').filter((x) => x.fix).reverse()) text = applyOne(text, m);
    expect(messagesOf(text, 'cell-not-number').filter((m) => m.fix)).toEqual([]);
  });
});
