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
    expect(wu.map((m) => m.line)).toEqual([55, 56, 57, 79, 80, 87]);
    // The header is a grid: the row's blanks and its 无 are at known columns, so one fix makes them all 0.
    expect(wu[0].fix!.text).toBe('0\t0\t0\t0\t0\t0\t0');
    expect(wu.slice(3, 5).every((m) => text.slice(m.offset, m.endOffset) === '无' && m.fix!.text === '0')).toBe(true);
    expect(wu[0].message).toBe('表三「一、本年新收政府信息公开申请数量」行「自然人」「商业企业」「科研机构」「社会公益组织」「法律服务机构」「其他」列为空，「总计」列填写了「无」，统计数字应填写阿拉伯数字，没有则填 0');
  });

  it('reports the 无 cells of one row together, with one fix that turns each into 0', () => {
    const text = fixture(SEED_003);
    // 表四's fields do not line up with its header: the 无 cells are fixed where they stand.
    const review = messagesOf(text, 'cell-not-number').find((m) => m.line === 87 && m.fix)!;
    expect(review.message).toBe('表四有 3 个单元格填写了「无」，另有 12 个单元格为空，统计数字应填写阿拉伯数字，没有则填 0');
    expect(applyOne(text, review).split('\n')[86]).toBe('\t\t\t\t0\t\t\t\t\t0\t\t\t\t\t\t0');
  });

  it('says blank cells once per row, naming the columns, and once for the table where many rows are blank alike (seed 003)', () => {
    const found = messagesOf(fixture(SEED_003), 'cell-not-number');
    const table = found.find((m) => m.line === 57)!;
    expect(table.message).toBe('表三有 21 行的「自然人」「商业企业」「科研机构」「社会公益组织」「法律服务机构」「其他」「总计」列为空（共 147 个单元格），统计数字应填写阿拉伯数字，没有则填 0');
    expect(found.map((m) => m.line)).toEqual([55, 56, 57, 79, 80, 87]);
  });

  it('names a blank cell by its column, with a fix to 0 where the grid places it', () => {
    const text = correctText().replace('（一）予以公开\t10\t2\t0\t1\t1\t0\t14', '（一）予以公开\t10\t2\t\t1\t1\t0\t14');
    const [m, ...rest] = messagesOf(text, 'cell-not-number');
    expect(rest).toEqual([]);
    expect(m.message).toBe('表三「（一）予以公开」行「科研机构」列为空，统计数字应填写阿拉伯数字，没有则填 0');
    expect(applyOne(text, m)).toBe(correctText());
  });

  it('keeps text found in a cell and quotes it there', () => {
    const text = correctText().replace('行政许可\t120', '行政许可\t不适用');
    const [m] = messagesOf(text, 'cell-not-number');
    expect(text.slice(m.offset, m.endOffset)).toBe('不适用');
    expect(m.message).toBe('表二「行政许可」行「本年处理决定数量」列的「不适用」不是非负整数，统计数字应填写阿拉伯数字，没有则填 0');
    expect(m.fix).toBeUndefined();
  });

  it('flags -, / and numbers with units once for the row, without a fix', () => {
    const text = correctText().replace('规章\t0\t0\t0', '规章\t-\t/\t0件');
    const found = messagesOf(text, 'cell-not-number');
    expect(found.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['-\t/\t0件']);
    expect(found.every((m) => !m.fix && m.line === lineOf(text, '规章'))).toBe(true);
    expect(found[0].message).toBe('表二「规章」行「本年制发件数」列填写了「-」，「本年废止件数」列填写了「/」，「现行有效件数」列的「0件」不是非负整数，统计数字应填写阿拉伯数字，没有则填 0');
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

describe('cell-not-number: text where a number belongs', () => {
  it('quotes letters in a space-separated row at their cell', () => {
    const text = correctText().replace('规章\t0\t0\t0', '规章 0 abc 0');
    const [m] = messagesOf(text, 'cell-not-number');
    expect(text.slice(m.offset, m.endOffset)).toBe('abc');
    expect(m.message).toBe('表二「规章」行「本年废止件数」列的「abc」不是非负整数，统计数字应填写阿拉伯数字，没有则填 0');
  });
});
