import { correctText, fixture, lineOf, messagesOf, SEEDS } from '../support/lint-rule';

const BREAKDOWN = '主动公开政府信息共165条，其中机构职能5条，政策文件150条，其他10条。';
const withBreakdown = (s: string) => correctText().replace(BREAKDOWN, s);

describe('narrative-sum', () => {
  it('accepts breakdowns that add up, including seed 004 split by a blank line', () => {
    expect(correctText()).toContain(BREAKDOWN);
    expect(messagesOf(correctText(), 'narrative-sum')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'narrative-sum')).toEqual([]);
    expect(fixture('seeds/004_e37f677c45259637.txt')).toMatch(/共 37 条，其中扶贫救灾公示 35\n\n条/);
  });

  it('flags parts that add up to more than the total', () => {
    const text = withBreakdown('主动公开政府信息共160条，其中机构职能5条，政策文件150条，其他10条。');
    const [m] = messagesOf(text, 'narrative-sum');
    expect(m.severity).toBe('warning');
    expect(m.message).toBe('总数为 160条，但「其中」各项之和 5+150+10 = 165条，超过总数');
    expect(m.line).toBe(lineOf(text, '共160条'));
  });

  it('mentions (info) parts that add up to less: the breakdown may be partial', () => {
    const [m] = messagesOf(withBreakdown('主动公开政府信息共170条，其中机构职能5条，政策文件150条。'), 'narrative-sum');
    expect(m.severity).toBe('info');
    expect(m.message).toContain('5+150 = 155条');
  });

  it('does not count parenthesised sub-breakdowns, other units or other sentences', () => {
    const text = withBreakdown('主动公开政府信息共165条，其中机构职能5条（其中新增2条），政策文件150条，涉及3个部门，其他10条。另有20条。');
    expect(messagesOf(text, 'narrative-sum')).toEqual([]);
  });

  it('checks a percentage against its count, accepting rounding as printed', () => {
    expect(messagesOf(withBreakdown('共165条，其中政策文件150条，占90.9%，其他15条，占9.1%。'), 'narrative-sum')).toEqual([]);
    const text = withBreakdown('共165条，其中政策文件150条，占95%，其他15条。');
    const [m] = messagesOf(text, 'narrative-sum');
    expect(m.message).toBe('150条占总数 165条的 91%，这里写作 95%');
    expect(text.slice(m.offset, m.endOffset)).toBe('95%');
  });

  it('does not add up a breakdown by publication channel, where one item may appear on several', () => {
    const text = withBreakdown('主动公开政府信息共165条，其中通过政府网站公开150条，政务微信公开60条，公开栏公开20条。');
    expect(messagesOf(text, 'narrative-sum')).toEqual([]);
  });
});
