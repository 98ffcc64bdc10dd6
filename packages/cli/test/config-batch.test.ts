/** Config discovery, --config, --print-config, --print-tables, and large batches in worker threads. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayWidth } from '../src/width';
import { cli, fixture, json, makeTmp, readFixture, ROW_TOTAL, rowTotalFixed, removeTmp } from './helpers';

afterAll(removeTmp);

const ruleIds = (run: ReturnType<typeof cli>) => json(run)[0].messages.map((m) => m.ruleId);

describe('configuration', () => {
  const dir = makeTmp();
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
  const file = join(dir, 'sub', 'deeper', 'report.txt');
  copyFileSync(fixture(ROW_TOTAL), file);

  test('.reportlintrc.json is found upward from the file', () => {
    const run = cli(['-f', 'json', file], { cwd: makeTmp() });
    expect(ruleIds(run)).not.toContain('row-total');
    expect(ruleIds(run)).toContain('balance');
  });

  test('--no-config ignores it; --rule wins over it', () => {
    expect(ruleIds(cli(['-f', 'json', '--no-config', file]))).toContain('row-total');
    expect(ruleIds(cli(['-f', 'json', '--rule', 'row-total:error', file]))).toContain('row-total');
  });

  test('--config replaces discovery', () => {
    const other = join(makeTmp(), 'custom.json');
    writeFileSync(other, JSON.stringify({ rules: { balance: false, 'row-total': 'warning' } }));
    const messages = json(cli(['-f', 'json', '--config', other, file]))[0].messages;
    expect(messages.filter((m) => m.ruleId === 'row-total').map((m) => m.severity)).toEqual(['warning']);
    expect(messages.some((m) => m.ruleId === 'balance')).toBe(false);
  });

  test('a bad config file is exit 2 and named', () => {
    const bad = makeTmp();
    writeFileSync(join(bad, '.reportlintrc.json'), '{"rules": {"row-total": "of"}}');
    copyFileSync(fixture(ROW_TOTAL), join(bad, 'r.txt'));
    const run = cli([join(bad, 'r.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(bad, '.reportlintrc.json'));
    const notJson = join(makeTmp(), 'x.json');
    writeFileSync(notJson, '{rules:');
    expect(cli(['--config', notJson, fixture(ROW_TOTAL)]).status).toBe(2);
    expect(cli(['--config', join(bad, 'missing.json'), fixture(ROW_TOTAL)]).status).toBe(2);
  });

  test('--print-config shows every rule with its effective level', () => {
    const run = cli(['--print-config', file, '--rule', 'balance:info']);
    expect(run.status).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config.configFiles).toEqual([join(dir, '.reportlintrc.json')]);
    expect(config.rules['row-total']).toBe('off');
    expect(config.rules.balance).toBe('info');
    expect(config.rules['section-missing']).toBe('error');
  });
});

describe('--print-tables', () => {
  test('shows the numbers as read, the wrong total with its expected value, and the formulas', () => {
    const run = cli(['--print-tables', fixture(ROW_TOTAL)]);
    expect(run.stdout).toContain('表三 收到和处理政府信息公开申请情况');
    expect(run.stdout).toContain('表四');
    expect(run.stdout).toContain('28≠27');
    expect(run.stdout).toContain('20+3+0+1+2+1 = 27');
    // Columns are aligned by display width (CJK = 2): the grid rows of 表三 all end at one column.
    const rows = run.stdout.split('\n').filter((l) => /^ {2}(一、本年新收|二、上年结转|（一）予以公开|（七）总计|四、结转下年度)/.test(l));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
  });

  test('marks placeholders as read', () => {
    expect(cli(['--print-tables', fixture('cli/placeholder.txt')]).stdout).toMatch(/1\.属于国家秘密 +无/);
  });
});

describe('large batches', () => {
  const seeds = ['seeds/000_19b186ad1a196a36.txt', 'seeds/001_ff4af530816f6324.txt', 'seeds/002_3de73757d3cdff2d.txt', 'seeds/003_f0739a87bbbceb08.txt', 'seeds/004_e37f677c45259637.txt', ROW_TOTAL, 'synthetic/correct.txt', 'synthetic/row-total.md', 'synthetic/correct.setext.md', 'cli/placeholder.txt', 'cli/not-a-report.txt'];
  const dir = makeTmp();
  for (let i = 0; i < 100; i++) {
    const src = seeds[i % seeds.length];
    copyFileSync(fixture(src), join(dir, `r${String(i).padStart(3, '0')}${src.endsWith('.md') ? '.md' : '.txt'}`));
  }

  test('≥ 64 files go through worker threads and give the same JSON as in-process', () => {
    const parallel = cli(['-f', 'json', dir], { env: { REPORT_LINT_DEBUG: '1' } });
    expect(parallel.stderr).toMatch(/workers: [1-9]/);
    const serial = cli(['-f', 'json', '--concurrency', 'off', dir], { env: { REPORT_LINT_DEBUG: '1' } });
    expect(serial.stderr).toMatch(/workers: 0/);
    expect(parallel.status).toBe(serial.status);
    expect(parallel.stdout).toBe(serial.stdout);
    const files = json(parallel);
    expect(files).toHaveLength(100);
    expect(files.map((f) => f.filePath)).toEqual([...files.map((f) => f.filePath)].sort());
  });

  test('--fix in worker threads', () => {
    const fixDir = makeTmp();
    for (let i = 0; i < 70; i++) copyFileSync(fixture(ROW_TOTAL), join(fixDir, `f${i}.txt`));
    const run = cli(['--fix', '--concurrency', '2', fixDir]);
    expect(run.status).toBe(0);
    const want = rowTotalFixed(readFixture(ROW_TOTAL));
    for (let i = 0; i < 70; i++) expect(readFileSync(join(fixDir, `f${i}.txt`), 'utf8')).toBe(want);
  });
});
