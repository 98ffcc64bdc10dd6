import { correctText, fixture, lineOf, messagesOf, SEEDS } from '../support/lint-rule';

const PERIOD = '统计期限自2025年1月1日至2025年12月31日';

describe('report-year', () => {
  it('accepts a period that matches the title, in the seeds and the correct report', () => {
    expect(correctText()).toContain(PERIOD);
    expect(messagesOf(correctText(), 'report-year')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'report-year')).toEqual([]);
    // Seed 004 writes the period with spaces and without the second year.
    expect(fixture('seeds/004_e37f677c45259637.txt')).toContain('统计数据从 2025 年 1 月 1 日至 12 月 31 日');
  });

  it('flags a statistics period of another year than the title', () => {
    const text = correctText().replace(PERIOD, '统计期限自2024年1月1日至2024年12月31日');
    const [m] = messagesOf(text, 'report-year');
    expect(m.severity).toBe('error');
    expect(m.message).toBe('统计期限从 2024 年开始，但标题是 2025 年度报告');
    expect(text.slice(m.offset, m.endOffset)).toBe('2024年1月1日至2024年12月31日');
  });

  it('warns about a period that spans two years', () => {
    const [m] = messagesOf(correctText().replace(PERIOD, '统计期限自2025年1月1日至2026年1月31日'), 'report-year');
    expect(m.severity).toBe('warning');
    expect(m.message).toContain('跨越 2025—2026 年');
  });

  it.each([
    ['20251月1日', '「20251月」年份和月份连在一起，缺少「年」'],
    ['2025年13月1日', '「2025年13月1日」月份 13 不存在'],
    ['2025年2月29日', '「2025年2月29日」2025 年 2 月没有 29 日'],
  ])('warns about the malformed date %s', (date, problem) => {
    const text = correctText().replace('2025年，本机关共收到', `${date}，本机关共收到`);
    const [m] = messagesOf(text, 'report-year');
    expect(m.severity).toBe('warning');
    expect(m.message).toBe(`日期书写有误：${problem}`);
    expect(m.line).toBe(lineOf(text, date));
  });

  it('accepts real dates such as 2024年2月29日 and numbers that are not dates', () => {
    const text = correctText().replace('2025年，本机关共收到', '2024年2月29日、电话0955-4761162、编号123456，本机关共收到');
    expect(messagesOf(text, 'report-year')).toEqual([]);
  });
});
