import { correctText, fixture, lineOf, messagesOf } from '../support/lint-rule';

describe('narrative-table', () => {
  it('accepts figures that agree with the tables, reading 收到 as 新收 or 新收+结转', () => {
    expect(messagesOf(correctText(), 'narrative-table')).toEqual([]);
    expect(messagesOf(correctText().replace('申请27件', '申请30件'), 'narrative-table')).toEqual([]);
    for (const seed of ['000_19b186ad1a196a36', '001_ff4af530816f6324', '002_3de73757d3cdff2d', '003_f0739a87bbbceb08', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'narrative-table')).toEqual([]);
    }
  });

  it('flags a received count that matches neither reading', () => {
    const text = correctText().replace('申请27件', '申请75件');
    const [m] = messagesOf(text, 'narrative-table');
    expect(m.message).toBe('正文称收到申请 75 件，但表三「本年新收」为 27（或加上年结转共 30）');
    expect(m.line).toBe(lineOf(text, '申请75件'));
  });

  it('flags 未收到申请 when the table has applications, and 未发生行政复议 when it has some', () => {
    const text = correctText().replace('2025年，本机关共收到政府信息公开申请27件', '2025年，本机关未收到政府信息公开申请，未发生行政复议');
    const found = messagesOf(text, 'narrative-table');
    expect(found.map((m) => m.message)).toEqual([
      '正文称「未收到政府信息公开申请」，但表三「一、本年新收政府信息公开申请数量」为 27',
      '正文称「未发生行政复议」，但表四行政复议总计为 4',
    ]);
  });

  it('does not compare the text with a 总计 that disagrees with its own row (row-total reports that)', () => {
    // row-total.txt: 本年新收 总计 28 while its parts add up to 27, and the text says 27.
    const text = fixture('synthetic/row-total.txt');
    expect(text).toContain('申请27件');
    expect(messagesOf(text, 'narrative-table')).toEqual([]);
    expect(messagesOf(text.replace('申请27件', '申请75件'), 'narrative-table')).toEqual([]);
  });
});

describe('narrative-table: each row stated in the text', () => {
  const say = (sentence: string) => correctText().replace('2025年，本机关共收到政府信息公开申请27件，另有上年结转申请3件。', sentence);
  it('compares 新收, 上年结转, 结转下年度 and 办结 with rows 一, 二, 四 and （七）', () => {
    expect(messagesOf(say('2025年新收政府信息公开申请27件，上年结转3件，办结26件，结转下年度继续办理4件。'), 'narrative-table')).toEqual([]);
    const found = messagesOf(say('2025年新收政府信息公开申请170件，上年结转2件，办结25件，结转下年度继续办理5件。'), 'narrative-table');
    expect(found.map((m) => m.message)).toEqual([
      '正文称新收申请 170 件，但表三「一、本年新收政府信息公开申请数量」为 27',
      '正文称上年结转 2 件，但表三「二、上年结转政府信息公开申请数量」为 3',
      '正文称办结 25 件，但表三「（七）总计」为 26',
      '正文称结转下年度 5 件，但表三「四、结转下年度继续办理」为 4',
    ]);
  });
  it('does not read a breakdown as a total', () => {
    expect(messagesOf(say('2025年共办结申请26件，其中11件办结，8件撤销，另有公开答复1件。'), 'narrative-table')).toEqual([]);
  });
});
