/** Across reports from the command line: last year's report (--previous, and the pairs found in a
 *  folder, --print-pairs) and a parent over its subordinates (report-lint sum). The reports are
 *  the synthetic ones of packages/core/test/support/years.ts, written to temporary folders. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, json, makeTmp, removeTmp, type CliRun } from './helpers';
import { lastYear, retitled, scaled, thisYear, unreadableApplications, withRow } from '../../core/test/support/years';

afterAll(removeTmp);

/** Writes files into a new temporary folder; returns it. */
function folder(files: Record<string, string>): string {
  const dir = makeTmp();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const byRule = (run: CliRun, rule: string) => json(run).map((f) => [f.filePath.split('/').pop(), f.messages.filter((m) => m.ruleId === rule).map((m) => [m.line, m.severity])]);
const brokenCarry = () => withRow(lastYear(), '四、结转下年度继续办理', [3, 1, 0, 0, 0, 0, 4]); // 自然人 and 总计 differ from 2025's 二
const CARRIED_LINE = 32; // 二、上年结转 in the synthetic report
const NORMATIVE_LINE = 14; // 行政规范性文件

describe('--previous', () => {
  it('is quiet when this year follows from last year', () => {
    const dir = folder({ '2024.txt': lastYear(), '2025.txt': thisYear() });
    const run = cli(['-f', 'json', '--previous', '2024.txt', '2025.txt'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(byRule(run, 'cross-year')).toEqual([['2025.txt', []]]);
  });

  it('reports each broken check once, in this year\'s file, in every format', () => {
    const dir = folder({ '2024.txt': withRow(brokenCarry(), '行政规范性文件', [4, 1, 30]), '2025.txt': thisYear() });
    const run = cli(['-f', 'json', '--previous', '2024.txt', '2025.txt'], { cwd: dir });
    expect(run.status).toBe(0); // warnings
    expect(byRule(run, 'cross-year')).toEqual([['2025.txt', [[NORMATIVE_LINE, 'warning'], [CARRIED_LINE, 'warning'], [CARRIED_LINE, 'warning']]]]);
    const message = json(run)[0].messages.find((m) => m.ruleId === 'cross-year')!.message;
    expect(message).toBe('本报告（2025.txt，2025 年度）表二「行政规范性文件」行「现行有效件数」列为 37，应为 33：上年报告（2024.txt，2024 年度）现行有效件数 30 + 本年制发件数 5 − 本年废止件数 2 = 33');
    for (const format of ['stylish', 'compact', 'sarif', 'junit', 'checkstyle', 'github']) {
      const out = cli(['-f', format, '--previous', '2024.txt', '2025.txt'], { cwd: dir }).stdout;
      expect(`${format}: ${out.includes('cross-year') && out.includes('应为 33')}`).toBe(`${format}: true`);
    }
    const sarif = JSON.parse(cli(['-f', 'sarif', '--previous', '2024.txt', '2025.txt'], { cwd: dir }).stdout);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('cross-year');
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'cross-year')).toHaveLength(3);
  });

  it('is turned off by the config, or made an error by --rule', () => {
    const dir = folder({ '2024.txt': brokenCarry(), '2025.txt': thisYear(), '.reportlintrc.json': '{"rules": {"cross-year": "off"}}', 'package.json': '{}' });
    expect(byRule(cli(['-f', 'json', '--previous', '2024.txt', '2025.txt'], { cwd: dir }), 'cross-year')).toEqual([['2025.txt', []]]);
    const strict = cli(['-f', 'json', '--no-config', '--rule', 'cross-year:error', '--previous', '2024.txt', '2025.txt'], { cwd: dir });
    expect([strict.status, byRule(strict, 'cross-year')]).toEqual([1, [['2025.txt', [[CARRIED_LINE, 'error'], [CARRIED_LINE, 'error']]]]]);
  });

  it('takes one file to check, and says what to do with more', () => {
    const dir = folder({ '2024.txt': lastYear(), '2025.txt': thisYear() });
    const run = cli(['--previous', '2024.txt', '2025.txt', '2024.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--previous 只能与一个要检查的文件一起使用（现在有 2 个）');
  });

  it('says when last year\'s report cannot be read: exit code 2, and an info in the report', () => {
    const dir = folder({ '2025.txt': thisYear() });
    const run = cli(['-f', 'json', '--previous', 'gone.txt', '2025.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^report-lint: 无法读取上年报告（--previous）：.*文件不存在.*: gone\.txt/);
    expect(json(run)[0].messages.filter((m) => m.ruleId === 'cross-year').map((m) => [m.severity, m.message])).toEqual([['info', expect.stringMatching(/^未能与上年报告（gone\.txt）比较：/)]]);
  });

  it('--print-pairs names the pair given', () => {
    const dir = folder({ '2024.txt': lastYear(), '2025.txt': thisYear() });
    expect(cli(['--print-pairs', '--previous', '2024.txt', '2025.txt'], { cwd: dir }).stdout).toMatch(/^上年报告 → 本年报告（由 --previous 指定）：\n {2}2024\.txt → 2025\.txt\n/);
  });
});

describe('a folder: pairs by body and year', () => {
  const OTHER = '某某市某某区财政局';
  const files = () => ({
    'a/2023.txt': withRow(lastYear().replace(/2024/g, '2023'), '行政规范性文件', [3, 0, 31]), // 31 + 4 − 1 = 2024's 34
    'a/2024.txt': brokenCarry(),
    'b/2025.txt': thisYear(),
    'c/finance-2025.txt': retitled(thisYear(), OTHER), // another body: no report of 2024
    'c/notes.txt': '会议纪要\n\n本周讨论了年度报告的准备工作。\n',
  });

  it('pairs each report with the same body\'s report of the year before, and checks only those', () => {
    const dir = folder(files());
    const run = cli(['-f', 'json', '--print-pairs', '.'], { cwd: dir });
    expect(byRule(run, 'cross-year')).toEqual([
      ['2023.txt', []],
      ['2024.txt', []], // its 二 is 2023's 四: the broken 四 is checked against 2025
      ['2025.txt', [[CARRIED_LINE, 'warning'], [CARRIED_LINE, 'warning']]],
      ['finance-2025.txt', []],
      ['notes.txt', []],
    ]);
    expect(run.stderr).toBe(
      ['上年报告 → 本年报告（cross-year 核对）：', '  a/2023.txt → a/2024.txt（某某市某某区人民政府办公室，2023 → 2024 年度）', '  a/2024.txt → b/2025.txt（某某市某某区人民政府办公室，2024 → 2025 年度）', '未配对：未能从标题读出机关或年度：c/notes.txt', ''].join('\n'),
    );
  });

  it('prints the pairs on standard output before a stylish report', () => {
    const dir = folder(files());
    const out = cli(['--print-pairs', '.'], { cwd: dir }).stdout;
    expect(out.indexOf('a/2024.txt → b/2025.txt')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('a/2024.txt → b/2025.txt')).toBeLessThan(out.indexOf('cross-year\n'));
  });

  it('pairs none of a body\'s year held by two files, and says so', () => {
    const dir = folder({ ...files(), 'd/2024-copy.txt': lastYear() });
    const run = cli(['-f', 'json', '--print-pairs', '.'], { cwd: dir });
    expect(run.stderr).toContain('未配对：某某市某某区人民政府办公室 2024 年度有 2 份报告（a/2024.txt、d/2024-copy.txt），无法确定用哪一份');
    expect(run.stderr).not.toContain('→ b/2025.txt');
    expect(byRule(run, 'cross-year').flatMap((f) => f[1] as unknown[])).toEqual([]);
  });

  it('says when there is no pair', () => {
    const dir = folder({ '2025.txt': thisYear(), 'finance.txt': retitled(thisYear(), OTHER) });
    expect(cli(['-f', 'json', '--print-pairs', '.'], { cwd: dir }).stderr).toBe('没有可配对的报告：未找到同一机关相邻两个年度的报告（cross-year 未运行）\n');
    expect(cli(['--print-pairs', '2025.txt'], { cwd: dir }).stdout).toMatch(/^没有可配对的报告/);
  });

  it('adds cross-year alone to a dry run\'s report (of the fixed text), and to a fix\'s', () => {
    const dir = folder(files());
    const lint = cli(['-f', 'json', '.'], { cwd: dir });
    const dry = cli(['-f', 'json', '--fix-dry-run', '.'], { cwd: dir });
    expect(JSON.parse(dry.stderr.slice(dry.stderr.indexOf('[')))).toEqual(json(lint));
    const fixed = cli(['-f', 'json', '--fix', '.'], { cwd: dir });
    expect(byRule(fixed, 'cross-year')).toEqual(byRule(lint, 'cross-year'));
    expect(json(fixed).map((f) => f.messages.length)).toEqual(json(lint).map((f) => f.messages.filter((m) => !m.fix).length));
  });

  it('gives the same report in worker threads', () => {
    const dir = folder(files());
    const serial = cli(['-f', 'json', '--concurrency', 'off', '.'], { cwd: dir });
    const parallel = cli(['-f', 'json', '--concurrency', '2', '.'], { cwd: dir, env: { REPORT_LINT_DEBUG: '1' } });
    expect(parallel.stderr).toMatch(/workers: 2/);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(byRule(parallel, 'cross-year')[2][1]).toHaveLength(2);
  });
});

describe('report-lint sum', () => {
  const CHILDREN = ['某某区财政局', '某某区教育局', '某某区某某镇人民政府'];
  const family = (edit: Record<number, (t: string) => string> = {}) =>
    folder({ 'county.txt': scaled(thisYear(), 3), ...Object.fromEntries(CHILDREN.map((b, i) => [`dept/${b}.txt`, (edit[i] ?? ((t: string) => t))(retitled(thisYear(), b))])) });
  const sum = (dir: string, ...args: string[]) => cli(['sum', '-f', 'json', ...args], { cwd: dir });
  const found = (run: CliRun) => json(run)[0].messages.map((m) => [m.severity, m.message]);

  it('is quiet when the parent is the sum of its children, given as files or a folder', () => {
    const dir = family();
    for (const run of [sum(dir, 'county.txt', 'dept/某某区财政局.txt', 'dept/某某区教育局.txt', 'dept/某某区某某镇人民政府.txt'), sum(dir, 'county.txt', 'dept')]) {
      expect([run.status, run.stderr, found(run)]).toEqual([0, '', []]);
    }
    // The parent inside the folder given for the children is not its own child.
    expect(found(sum(dir, 'county.txt', '.'))).toEqual([]);
  });

  it('reports a mismatch with the children\'s values; exit 1 with --max-warnings 0 or as an error', () => {
    const dir = family({ 1: (t) => withRow(t, '（一）予以公开', [11, 2, 0, 1, 1, 0, 14]) });
    const run = sum(dir, 'county.txt', 'dept');
    expect(run.status).toBe(0);
    expect(found(run)).toEqual([['warning', '表三「（一）予以公开」行「自然人」列为 30，与下级报告之和 31 不符（dept/某某区教育局.txt 11、dept/某某区某某镇人民政府.txt 10、dept/某某区财政局.txt 10）']]);
    expect(sum(dir, '--max-warnings', '0', 'county.txt', 'dept').status).toBe(1);
    expect(sum(dir, '--rule', 'subordinate-sum:error', 'county.txt', 'dept').status).toBe(1);
    const stylish = cli(['sum', 'county.txt', 'dept'], { cwd: dir }).stdout;
    expect(stylish).toMatch(/^county\.txt\n\s+\d+:\d+\s+警告\s+表三「（一）予以公开」.*subordinate-sum\n/);
  });

  it('says a child whose tables could not be read cannot be assessed: info, not a mismatch', () => {
    const run = sum(family({ 2: unreadableApplications }), 'county.txt', 'dept');
    expect(run.status).toBe(0);
    expect(found(run)).toEqual([['info', expect.stringMatching(/^无法评估下级报告 dept\/某某区某某镇人民政府\.txt 的表三：该表无法可靠读取/)]]);
  });

  it('says a missing child cannot be assessed, and exits with 2: the result is incomplete', () => {
    const dir = family();
    const run = sum(dir, 'county.txt', 'dept/某某区财政局.txt', 'dept/某某区教育局.txt', 'dept/gone.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('report-lint sum: 文件不存在: dept/gone.txt (no such file or directory)\n');
    expect(found(run)).toEqual([['info', '无法评估下级报告 dept/gone.txt：文件不存在']]);
  });

  it('says a child that is not a report cannot be assessed', () => {
    const dir = family();
    writeFileSync(join(dir, 'dept', 'notes.txt'), '会议纪要\n\n本周讨论了年度报告的准备工作。\n');
    const run = sum(dir, 'county.txt', 'dept');
    expect([run.status, found(run)]).toEqual([0, [['info', '无法评估下级报告 dept/notes.txt：看起来不是年度报告（没有标题，也没有找到表格）']]]);
  });

  it('refuses what it cannot do', () => {
    const dir = family();
    for (const [args, said] of [
      [['county.txt'], '需要本级报告和至少一个下级报告'],
      [['--fix', 'county.txt', 'dept'], '不支持 --fix'],
      [['gone.txt', 'dept'], '文件不存在'],
    ] as const) {
      const run = cli(['sum', ...args], { cwd: dir });
      expect([run.status, run.stderr.includes(said)]).toEqual([2, true]);
    }
    expect(cli(['sum', '--help']).stdout).toMatch(/^用法 \(usage\): report-lint sum/);
  });
});
