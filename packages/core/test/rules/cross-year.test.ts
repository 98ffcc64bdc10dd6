import { formatMessage, lint } from '../../src/lint';
import { ruleById } from '../../src/rules';
import { crossYearFindings } from '../../src/cross';
import { parseReport } from '../../src/parse';
import { fixture, lineOf } from '../support/lint-rule';
import { inYear, lastYear, other, thisYear, unreadableApplications, withRow } from '../support/years';
import type { OtherReport } from '../../src/types';

const crossYear = (text: string, previous: OtherReport, filePath = 'reports/2025.txt', rules = {}) =>
  lint(text, { filePath, previous, rules }).messages.filter((m) => m.ruleId === 'cross-year');
const shown = (text: string) => (m: { offset: number; endOffset: number; line: number; severity: string }) => [m.line, text.slice(m.offset, m.endOffset), m.severity];

describe('cross-year', () => {
  it('is a cross-report rule that runs only when last year\'s report is given', () => {
    expect(ruleById('cross-year')!.meta).toMatchObject({ crossReport: 'previous', defaultSeverity: 'warning', fixable: false });
    expect(lint(thisYear(), { rules: { 'cross-year': 'error' } }).messages.filter((m) => m.ruleId === 'cross-year')).toEqual([]);
  });

  it('is quiet on a report that follows from last year\'s', () => {
    expect(crossYear(thisYear(), other('reports/2024.txt', lastYear()))).toEqual([]);
  });

  it('flags 表三 二 that is not last year\'s 四, per column, on this year\'s cell', () => {
    const previous = withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 0, 4]);
    const text = thisYear();
    const found = crossYear(text, other('reports/2024.txt', previous));
    const row = lineOf(text, '二、上年结转政府信息公开申请数量');
    expect(found.map(shown(text))).toEqual([
      [row, '2', 'warning'],
      [row, '3', 'warning'],
    ]);
    expect(found[0].message).toBe(
      '本报告（2025.txt，2025 年度）表三「二、上年结转政府信息公开申请数量」行「自然人」列为 2，上年报告（reports/2024.txt，2024 年度）表三「四、结转下年度继续办理」行「自然人」列为 3：上年结转应等于上年报告的结转下年度继续办理数，应为 3',
    );
    expect(found[1].message).toContain('「总计」列为 3，上年报告（reports/2024.txt，2024 年度）表三「四、结转下年度继续办理」行「总计」列为 4');
  });

  it('flags 表二 现行有效件数 that is not last year\'s + 制发 − 废止', () => {
    const previous = withRow(lastYear(), '行政规范性文件', [4, 1, 30]);
    const text = thisYear();
    const found = crossYear(text, other('reports/2024.txt', previous));
    expect(found.map(shown(text))).toEqual([[lineOf(text, '行政规范性文件\t'), '37', 'warning']]);
    expect(found[0].message).toBe(
      '本报告（2025.txt，2025 年度）表二「行政规范性文件」行「现行有效件数」列为 37，应为 33：上年报告（reports/2024.txt，2024 年度）现行有效件数 30 + 本年制发件数 5 − 本年废止件数 2 = 33',
    );
  });

  it('checks 规章 as well', () => {
    const previous = withRow(lastYear(), '规章', [0, 0, 2]);
    expect(crossYear(thisYear(), other('2024.txt', previous)).map((m) => m.message)).toEqual([expect.stringContaining('表二「规章」行「现行有效件数」列为 0，应为 2')]);
  });

  it('compares nothing with a report that is not the year before, and says so', () => {
    const found = crossYear(thisYear(), other('2023.txt', lastYear().replace(/2024/g, '2023')));
    expect(found.map((m) => [m.severity, m.message])).toEqual([['info', '上年报告（2023.txt，2023 年度）不是本报告（2025 年度）的上一年度报告，未作跨年度核对']]);
  });

  it('compares another body\'s report only when paired explicitly, and then says the names differ', () => {
    const otherBody = withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 0, 4]).replace('某某市某某区人民政府办公室', '某某市某某区财政局');
    expect(crossYear(thisYear(), other('2024.txt', otherBody))).toEqual([]);
    const found = crossYear(thisYear(), other('2024.txt', otherBody, true));
    expect(found.map((m) => m.severity)).toEqual(['info', 'warning', 'warning']);
    expect(found[0].message).toBe('上年报告的机关为「某某市某某区财政局」，本报告为「某某市某某区人民政府办公室」：按指定的上年报告（2024.txt，2024 年度）核对');
  });

  it('takes 人民政府 and 政府 for one body', () => {
    const previous = withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 0, 4]).replace('某某市某某区人民政府办公室2024', '某某市某某区政府办公室2024');
    expect(crossYear(thisYear(), other('2024.txt', previous))).toHaveLength(2);
  });

  it('says once, as info, that last year\'s 表三 could not be read, and checks 表二 all the same', () => {
    const previous = withRow(unreadableApplications(lastYear()), '行政规范性文件', [4, 1, 30]);
    const found = crossYear(thisYear(), other('2024.txt', previous));
    expect(found.map((m) => [m.severity, m.message.slice(0, 40)])).toEqual([
      ['info', expect.stringMatching(/^上年报告（2024.txt，2024 年度）的表三无法可靠读取（只认出/)],
      ['warning', expect.stringContaining('现行有效件数')],
    ]);
    expect(found[0].message).toMatch(/，未核对本年「二、上年结转政府信息公开申请数量」$/);
  });

  it('says so when last year\'s row 四 could not be read', () => {
    const previous = withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 4]); // six cells for seven columns
    const found = crossYear(thisYear(), other('2024.txt', previous));
    expect(found.map((m) => [m.severity, m.message])).toEqual([['info', '上年报告（2024.txt，2024 年度）表三「四、结转下年度继续办理」行未能读取，未核对本年「二、上年结转政府信息公开申请数量」']]);
  });

  it('does not compare a table of this year\'s that could not be read', () => {
    const text = unreadableApplications(thisYear());
    expect(crossYear(text, other('2024.txt', withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 0, 4])))).toEqual([]);
  });

  it('compares 表三 with a 2019-format report, and says its 表二 has no 现行有效件数', () => {
    const legacy = fixture('shapes/legacy2019.correct.txt');
    const carried = parseReport(legacy).tables.applications!.cells.filter((c) => c.row === 'carryover').map((c) => c.value!);
    let text = withRow(inYear(thisYear(), 2020), '二、上年结转政府信息公开申请数量', carried);
    expect(crossYear(text, other('2019.txt', legacy)).map((m) => [m.severity, m.message])).toEqual([
      ['info', '上年报告（2019.txt，2019 年度）的表二是 2019 年版格式，没有「现行有效件数」，未核对表二「现行有效件数」'],
    ]);
    text = withRow(text, '二、上年结转政府信息公开申请数量', carried.map((v, i) => (i === 0 ? v + 1 : v)));
    expect(crossYear(text, other('2019.txt', legacy)).filter((m) => m.severity === 'warning')).toHaveLength(1);
  });

  it('says why last year\'s report could not be read', () => {
    expect(crossYear(thisYear(), { name: 'gone.txt', problem: '文件不存在' }).map((m) => [m.severity, m.message, m.line])).toEqual([
      ['info', '未能与上年报告（gone.txt）比较：文件不存在', 1],
    ]);
  });

  it('is turned off like any rule, and is an error when configured so', () => {
    const previous = other('2024.txt', withRow(lastYear(), '行政规范性文件', [4, 1, 30]));
    expect(crossYear(thisYear(), previous, '2025.txt', { 'cross-year': 'off' })).toEqual([]);
    expect(crossYear(thisYear(), previous, '2025.txt', { 'cross-year': 'error' }).map((m) => m.severity)).toEqual(['error']);
  });

  it('is silenced by a disable comment on the line above, as any rule', () => {
    const previous = other('2024.txt', withRow(lastYear(), '行政规范性文件', [4, 1, 30]));
    const text = thisYear().replace('行政规范性文件\t', '// report-lint-disable-next-line cross-year\n行政规范性文件\t');
    expect(crossYear(text, previous)).toEqual([]);
    // The comment line leaves the table as it was read: another rule's comment silences nothing.
    expect(crossYear(text.replace('disable-next-line cross-year', 'disable-next-line balance'), previous)).toHaveLength(1);
  });

  it('takes two models through crossYearFindings, for callers that have both', () => {
    const found = crossYearFindings(parseReport(thisYear()), other('2024.txt', withRow(lastYear(), '行政规范性文件', [4, 1, 30])));
    const messages = ruleById('cross-year')!.meta.messages!;
    expect(found.map((f) => formatMessage(messages[f.messageId!], f.data))).toEqual([expect.stringMatching(/^本报告（2025 年度）表二/)]);
  });
});
