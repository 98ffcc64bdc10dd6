import { correctMarkdown, correctText, fixture, lineOf, messagesOf } from '../support/lint-rule';

describe('balance', () => {
  it('accepts 一 + 二 = 三（七） + 四 in every column', () => {
    expect(messagesOf(correctText(), 'balance')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'balance')).toEqual([]);
    for (const seed of ['000_19b186ad1a196a36', '002_3de73757d3cdff2d', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'balance')).toEqual([]);
    }
  });

  it.each(['txt', 'md'])('reports both sides with their values and offers no fix (%s)', (ext) => {
    const text = fixture(`synthetic/balance.${ext}`);
    const found = messagesOf(text, 'balance');
    expect(found).toHaveLength(2);
    expect(found[0].line).toBe(lineOf(text, '四、结转下年度继续办理'));
    expect(found[0].message).toBe(
      '表三「自然人」列不平衡：一（本年新收）+ 二（上年结转）= 20 + 2 = 22，但三（七）总计 + 四（结转下年度继续办理）= 20 + 3 = 23',
    );
    expect(found.every((m) => !m.fix)).toBe(true);
  });
});
