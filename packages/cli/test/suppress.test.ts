/** --suppress, --prune-suppressions and report-lint-suppressions.json; rule options from a config;
 *  suggestions in the JSON output and never applied by --fix; the disable-comment flags. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, json, makeTmp, readFixture, removeTmp, ROW_TOTAL, rowTotalFixed } from './helpers';

afterAll(removeTmp);

const SUPPRESSIONS = 'report-lint-suppressions.json';
const ruleIds = (run: ReturnType<typeof cli>) => json(run).flatMap((f) => f.messages.map((m) => m.ruleId));

describe('report-lint-suppressions.json', () => {
  const dir = makeTmp();
  const file = join(dir, '报告.txt');
  copyFileSync(fixture(ROW_TOTAL), file);
  const original = readFileSync(file, 'utf8');
  const lintHere = (...args: string[]) => cli(['-f', 'json', ...args, '报告.txt'], { cwd: dir });

  test('--suppress records today\'s findings, keyed by cell, and exits 0', () => {
    expect(ruleIds(lintHere()).sort()).toEqual(['balance', 'row-total']);
    const run = cli(['--suppress', '报告.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`已在 ${SUPPRESSIONS} 中记录 2 个问题`);
    expect(run.stdout).toContain('另有 2 个问题已按忽略记录（report-lint-suppressions.json）略去。');
    const saved = JSON.parse(readFileSync(join(dir, SUPPRESSIONS), 'utf8'));
    expect(Object.keys(saved.files)).toEqual(['报告.txt']);
    expect(saved.files['报告.txt'].map((e: { ruleId: string; row: string; col: string }) => `${e.ruleId} ${e.row} ${e.col}`).sort()).toEqual([
      'balance carryover total',
      'row-total new total',
    ]);
  });

  test('later runs report only new findings, also after an edit above the accepted ones', () => {
    const quiet = lintHere();
    expect(quiet.status).toBe(0);
    expect(json(quiet)[0]).toMatchObject({ messages: [], errorCount: 0, suppressedCount: 2 });
    writeFileSync(file, `本报告经办公室审核后发布。\n\n${original}`.replace('本年度未收取信息处理费。', '本年度未收取信息处理费，不子公开。'));
    const run = lintHere();
    expect(ruleIds(run)).toEqual(['known-typo']);
    expect(json(run)[0].suppressedCount).toBe(2);
    expect(run.status).toBe(0); // the new finding is a warning
  });

  test('a fixed finding goes stale; --prune-suppressions drops it', () => {
    // The 本年新收 total mended: its row adds up, and so does the 总计 column's balance.
    writeFileSync(file, rowTotalFixed(original).replace('本年度未收取信息处理费。', '本年度未收取信息处理费，不子公开。'));
    const stale = cli(['报告.txt'], { cwd: dir });
    expect(stale.stderr).toContain(`${SUPPRESSIONS} 中有 2 条记录已不再出现，可用 --prune-suppressions 删除`);
    expect(JSON.parse(readFileSync(join(dir, SUPPRESSIONS), 'utf8')).files['报告.txt']).toHaveLength(2); // kept until pruned
    const pruned = cli(['--prune-suppressions', '报告.txt'], { cwd: dir });
    expect(pruned.stderr).toContain(`已从 ${SUPPRESSIONS} 中删除 2 条不再出现的记录`);
    expect(JSON.parse(readFileSync(join(dir, SUPPRESSIONS), 'utf8'))).toEqual({ version: 1, files: {} });
    expect(ruleIds(lintHere())).toEqual(['known-typo']);
  });

  test('--suppressions-location names another file; a malformed file is exit 2', () => {
    const elsewhere = join(makeTmp(), 'accepted.json');
    const run = cli(['--suppress', '--suppressions-location', elsewhere, '报告.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    const saved = JSON.parse(readFileSync(elsewhere, 'utf8'));
    // Paths are relative to the suppressions file.
    expect(Object.keys(saved.files)).toEqual([join('..', dir.split('/').pop()!, '报告.txt').replace(/\\/g, '/')]);
    writeFileSync(elsewhere, '{"files": []}');
    const bad = cli(['--suppressions-location', elsewhere, '报告.txt'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('忽略记录文件无法使用 (bad suppressions file)');
  });
});

describe('rule options from a config', () => {
  const dir = makeTmp();
  const file = join(dir, 'r.txt');
  writeFileSync(file, readFixture('synthetic/correct.txt').replace('规章\t0\t0\t0', '规章\t2\t0\t5').replace('某某市某某区人民政府办公室', '某某管理委员会'));
  const withConfig = (rules: unknown) => {
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules }));
    return cli(['-f', 'json', 'r.txt'], { cwd: dir });
  };

  test('["warning", {"level": "county"}] reaches the rule', () => {
    expect(ruleIds(withConfig({}))).not.toContain('regulations-authority');
    const run = withConfig({ 'regulations-authority': ['warning', { level: 'county' }] });
    expect(json(run)[0].messages.find((m) => m.ruleId === 'regulations-authority')?.message).toContain('按配置是县级机关');
  });

  test('invalid options are exit 2, naming the file, the rule and what is wrong', () => {
    const run = withConfig({ 'regulations-authority': ['warning', { level: 'village' }] });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('.reportlintrc.json: 规则 “regulations-authority” 的选项无效：“level” 必须是以下之一：');
    expect(withConfig({ balance: ['error', { x: 1 }] }).stderr).toContain('规则 “balance” 没有选项');
  });

  test('--print-config shows the options', () => {
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'regulations-authority': ['info', { level: 'township' }] } }));
    const shown = JSON.parse(cli(['--print-config', 'r.txt'], { cwd: dir }).stdout);
    expect(shown.rules['regulations-authority']).toEqual(['info', { level: 'township' }]);
  });
});

describe('suggestions', () => {
  test('JSON carries each suggestion as {desc, fix}; --fix applies none', () => {
    const dir = makeTmp();
    const file = join(dir, 'b.txt');
    copyFileSync(fixture('synthetic/balance.txt'), file);
    const before = readFileSync(file);
    const [natural] = json(cli(['-f', 'json', file]))[0].messages as unknown as { messageId: string; fix?: unknown; suggestions: { desc: string; fix: { range: number[]; text: string } }[] }[];
    expect(natural.messageId).toBe('unbalanced');
    expect(natural.fix).toBeUndefined();
    expect(natural.suggestions[0]).toEqual({ desc: '将「自然人」列的四（结转下年度继续办理）改为 2（使本列平衡）', fix: { range: expect.any(Array), text: '2' } });
    const fixed = cli(['--fix', file]);
    expect(fixed.status).toBe(1); // the imbalance is still there
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dir, SUPPRESSIONS))).toBe(false);
  });
});

describe('disable comments', () => {
  const dir = makeTmp();
  const file = join(dir, 'd.txt');
  const line = '一、本年新收政府信息公开申请数量';
  writeFileSync(file, readFixture(ROW_TOTAL).replace(line, `// report-lint-disable-next-line row-total\n${line}`).replace('二、主动公开政府信息情况', '// report-lint-disable-next-line fee-statement\n二、主动公开政府信息情况'));

  test('--no-inline-config ignores them', () => {
    expect(ruleIds(cli(['-f', 'json', file]))).not.toContain('row-total');
    expect(ruleIds(cli(['-f', 'json', '--no-inline-config', file]))).toContain('row-total');
  });

  test('--report-unused-disable-directives warns at a directive that silenced nothing', () => {
    expect(ruleIds(cli(['-f', 'json', file]))).not.toContain('disable-directive');
    const run = cli(['-f', 'json', '--report-unused-disable-directives', file]);
    const unused = json(run)[0].messages.filter((m) => m.ruleId === 'disable-directive');
    expect(unused.map((m) => [m.severity, m.message])).toEqual([['warning', '未使用的禁用注释：这里没有被它禁用的问题，可以删除']]);
    expect(readFileSync(file, 'utf8').split('\n')[unused[0].line - 1]).toBe('// report-lint-disable-next-line fee-statement');
  });

  test('an unknown rule id in a directive is a warning', () => {
    const other = join(dir, 'u.txt');
    writeFileSync(other, readFixture(ROW_TOTAL).replace(line, `// report-lint-disable-next-line row-totals\n${line}`));
    const messages = json(cli(['-f', 'json', other]))[0].messages;
    expect(messages.find((m) => m.ruleId === 'disable-directive')?.message).toBe('禁用注释中的规则 “row-totals” 不存在，这条注释没有禁用它；是否应为 “row-total”？');
    expect(messages.map((m) => m.ruleId)).toContain('row-total');
  });
});
