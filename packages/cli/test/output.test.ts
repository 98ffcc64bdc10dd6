/** Output formats (SPEC §12 JSON, stylish, SARIF), exit codes and input selection. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cli, fixture, json, makeTmp, readFixture, ROOT, ROW_TOTAL, removeTmp } from './helpers';

afterAll(removeTmp);

const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
/** Fields beside SPEC §12's, each documented in docs/cli.md: the message's id in its rule, the
 *  candidate corrections, and a document's place. */
const OPTIONAL_KEYS = ['fix', 'messageId', 'suggestions', 'source'];
const FILE_KEYS = ['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'fixableCount'];

describe('--format json (SPEC §12)', () => {
  const run = cli(['--format', 'json', fixture(ROW_TOTAL), fixture('synthetic/correct.txt')]);
  const files = json(run);

  test('one element per file, in input order, with exactly the contract fields', () => {
    expect(run.status).toBe(1);
    expect(files.map((f) => f.filePath)).toEqual([fixture(ROW_TOTAL), fixture('synthetic/correct.txt')]);
    for (const f of files) {
      expect(Object.keys(f).sort()).toEqual([...FILE_KEYS].sort());
      for (const m of f.messages) {
        const keys = Object.keys(m).filter((k) => !OPTIONAL_KEYS.includes(k));
        expect(keys.sort()).toEqual([...MESSAGE_KEYS].sort());
        expect(typeof (m as { messageId?: unknown }).messageId).toBe('string');
        expect(['error', 'warning', 'info']).toContain(m.severity);
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
        if (m.fix) expect(Object.keys(m.fix).sort()).toEqual(['range', 'text']);
      }
    }
    expect(files[1].messages).toEqual([]);
    expect(files[1].errorCount + files[1].warningCount + files[1].infoCount + files[1].fixableCount).toBe(0);
  });

  test('counts agree with the messages; the fix range points at the wrong total', () => {
    const f = files[0];
    expect(f.errorCount).toBe(f.messages.filter((m) => m.severity === 'error').length);
    expect(f.warningCount).toBe(f.messages.filter((m) => m.severity === 'warning').length);
    expect(f.infoCount).toBe(f.messages.filter((m) => m.severity === 'info').length);
    expect(f.fixableCount).toBe(f.messages.filter((m) => m.fix).length);
    const rowTotal = f.messages.find((m) => m.ruleId === 'row-total')!;
    expect(rowTotal).toBeDefined();
    expect(rowTotal.severity).toBe('error');
    expect(rowTotal.line).toBe(31);
    expect(rowTotal.fix!.text).toBe('27');
    const text = readFixture(ROW_TOTAL);
    expect(text.slice(rowTotal.fix!.range[0], rowTotal.fix!.range[1])).toBe('28');
  });
});

describe('--format stylish', () => {
  test('groups by file, aligns rows, summarises, no colour under NO_COLOR', () => {
    const run = cli([ROW_TOTAL.replace(/^/, 'fixtures/')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fixtures/synthetic/row-total.txt\n');
    expect(run.stdout).toMatch(/^ +31:31 {2}错误 {2}.*row-total$/m);
    expect(run.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示）/);
    expect(run.stdout).toMatch(/个可用 --fix 自动修复/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('--color forces colour; a clean file prints nothing', () => {
    expect(cli(['--color', fixture(ROW_TOTAL)]).stdout).toContain('\u001b[');
    const clean = cli([fixture('synthetic/correct.txt')]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
  });
});

describe('--format sarif', () => {
  test('is SARIF 2.1.0 with rules and located results', () => {
    const run = cli(['-f', 'sarif', 'fixtures/synthetic/row-total.txt']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('report-lint');
    expect(typeof driver.informationUri).toBe('string');
    const rule = driver.rules.find((r: { id: string }) => r.id === 'row-total');
    expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    expect(rule.helpUri).toMatch(/docs\/rules\/row-total\.md$/);
    expect(rule.defaultConfiguration.level).toBe('error');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'row-total');
    expect(result.level).toBe('error');
    expect(typeof result.message.text).toBe('string');
    const loc = result.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('fixtures/synthetic/row-total.txt');
    expect(loc.region).toEqual({ startLine: 31, startColumn: 31, endLine: 31, endColumn: 33 });
    for (const r of log.runs[0].results) expect(['error', 'warning', 'note']).toContain(r.level);
  });
});

describe('exit codes', () => {
  test('0 for a clean file, 1 for errors', () => {
    expect(cli([fixture('synthetic/correct.txt')]).status).toBe(0);
    expect(cli([fixture(ROW_TOTAL)]).status).toBe(1);
  });

  test('2 for a bad option, format or --rule', () => {
    for (const args of [['--bogus', 'x'], ['--format', 'xml', 'x'], ['--rule', 'no-such-rule:off', 'x'], ['--rule', 'row-total:loud', 'x'], ['--max-warnings', 'many', 'x'], []]) {
      const run = cli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^report-lint: /);
    }
  });

  test('2 for a missing file, while the other files are still reported', () => {
    const run = cli(['-f', 'json', 'no/such/file.txt', fixture(ROW_TOTAL)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('文件不存在: no/such/file.txt');
    expect(json(run).map((f) => f.filePath)).toEqual([fixture(ROW_TOTAL)]);
  });

  test('2 for a binary file and a file over 10 MB, one clear line each', () => {
    const dir = makeTmp();
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7) % 256;
    writeFileSync(join(dir, 'scan.txt'), binary);
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(12 * 1024 * 1024, 0x41));
    const run = cli(['-f', 'json', join(dir, 'scan.txt'), join(dir, 'huge.txt'), fixture('synthetic/correct.txt')]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^report-lint: 二进制文件，已跳过: .*scan\.txt \(binary file, skipped\)$/);
    expect(lines[1]).toMatch(/^report-lint: 文件过大（12\.0 MB > 10 MB），已跳过: .*huge\.txt \(file too large, skipped\)$/);
    expect(json(run).map((f) => f.filePath)).toEqual([fixture('synthetic/correct.txt')]);
  });

  test('a reader that stops early (`report-lint … | head`) ends the run quietly, with the exit code of what was found', async () => {
    // 40 copies of seed 003 as JSON is far more than a pipe holds, so the writer meets a closed pipe.
    const dir = makeTmp();
    const files = Array.from({ length: 40 }, (_, i) => join(dir, `${i}.txt`));
    for (const f of files) copyFileSync(fixture('seeds/003_f0739a87bbbceb08.txt'), f);
    const child = spawn(process.execPath, [BIN, '-f', 'json', ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // The reader chose to stop: no crash, no internal error (2), but the errors found still give 1,
    // so that `set -o pipefail` in CI sees them.
    expect(status).toBe(1);
  });

  test('--max-warnings turns too many warnings into exit 1', () => {
    const file = fixture('cli/placeholder.txt');
    expect(cli([file]).status).toBe(0);
    expect(cli(['--max-warnings', '1', file]).status).toBe(0);
    const over = cli(['--max-warnings', '0', file]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('--max-warnings 0');
  });
});

describe('selecting what to report', () => {
  test('--quiet reports errors only', () => {
    expect(cli(['--quiet', fixture('cli/placeholder.txt')]).stdout).toBe('');
    const files = json(cli(['--quiet', '-f', 'json', fixture(ROW_TOTAL)]));
    expect(files[0].messages.length).toBeGreaterThan(0);
    expect(files[0].messages.every((m) => m.severity === 'error')).toBe(true);
    expect(files[0].warningCount).toBe(0);
  });

  test('--rule overrides a rule level', () => {
    const files = json(cli(['-f', 'json', '--rule', 'row-total:off', '--rule', 'balance:warning', fixture(ROW_TOTAL)]));
    expect(files[0].messages.some((m) => m.ruleId === 'row-total')).toBe(false);
    expect(files[0].messages.filter((m) => m.ruleId === 'balance').map((m) => m.severity)).toEqual(['warning']);
  });

  test('a file that is not a report gives nothing, unless --force', () => {
    const file = fixture('cli/not-a-report.txt');
    const plain = cli(['-f', 'json', file]);
    expect(plain.status).toBe(0);
    expect(json(plain)[0].messages).toEqual([]);
    expect(json(cli(['-f', 'json', '--force', file]))[0].messages.length).toBeGreaterThan(0);
  });
});

describe('inputs', () => {
  test('directories are searched for .md/.markdown/.txt, skipping node_modules', () => {
    const dir = makeTmp();
    const text = readFixture('synthetic/correct.txt');
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    for (const name of ['a.txt', 'sub/b.md', 'sub/c.markdown', 'd.json', 'node_modules/e.txt']) writeFileSync(join(dir, name), text);
    const run = cli(['-f', 'json', dir]);
    expect(run.status).toBe(0);
    expect(json(run).map((f) => f.filePath)).toEqual(['a.txt', 'sub/b.md', 'sub/c.markdown'].map((n) => join(dir, n)));
  });

  test('globs are expanded; a glob matching nothing is exit 2', () => {
    const run = cli(['-f', 'json', 'fixtures/synthetic/row-total*.txt']);
    expect(json(run).map((f) => f.filePath.slice(ROOT.length + 1))).toEqual([
      'fixtures/synthetic/row-total.cells.txt',
      'fixtures/synthetic/row-total.pipes.txt',
      'fixtures/synthetic/row-total.txt',
    ]);
    expect(cli(['fixtures/none-*.txt']).status).toBe(2);
  });

  test('- reads standard input; --stdin-filename names it', () => {
    const input = readFileSync(fixture(ROW_TOTAL));
    const anon = json(cli(['-f', 'json', '-'], { input }));
    expect(anon[0].filePath).toBe('<stdin>');
    expect(anon[0].messages.some((m) => m.ruleId === 'row-total')).toBe(true);
    const named = json(cli(['-f', 'json', '--stdin-filename', 'reports/x.md', '-'], { input }));
    expect(named[0].filePath).toBe(join(ROOT, 'reports', 'x.md'));
  });

  test('--help and --version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fix-dry-run');
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version);
  });
});

describe('packaging', () => {
  test('the bin stub says to build when dist/ is missing', () => {
    const dir = makeTmp();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'report-lint.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'report-lint.js'), 'x.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toContain('npm run build');
  });

  test('each bundle writes its code cache, outside the package, when it has none, and replaces one that does not fit', () => {
    // A copy of the package: bin/ and dist/, with the repository's node_modules for the CLI's own dependencies.
    const dir = makeTmp();
    const cacheRoot = makeTmp();
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist'));
    copyFileSync(BIN, join(dir, 'bin', 'report-lint.js'));
    copyFileSync(join(ROOT, 'packages', 'cli', 'package.json'), join(dir, 'package.json'));
    for (const f of ['cli.js', 'markdown.js']) copyFileSync(join(ROOT, 'packages', 'cli', 'dist', f), join(dir, 'dist', f));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const lint = (file: string, env: Record<string, string> = { REPORT_LINT_CACHE_DIR: cacheRoot }) =>
      spawnSync(process.execPath, [join(dir, 'bin', 'report-lint.js'), '-f', 'json', fixture(file)], { env: { ...process.env, NO_COLOR: '1', ...env } });
    const expected = cli(['-f', 'json', fixture(ROW_TOTAL)]).stdout;
    const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    const cacheDir = join(cacheRoot, `${version}-node${process.versions.node}-${process.arch}`);
    const caches = (name: string) => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.cache')) : []);

    expect(lint(ROW_TOTAL).stdout.toString()).toBe(expected);
    expect(caches('cli.js')).toHaveLength(1);
    expect(caches('markdown.js')).toHaveLength(0); // no setext heading: remark never loaded
    expect(lint('synthetic/correct.setext.md').status).toBe(0);
    expect(caches('markdown.js')).toHaveLength(1);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['cli.js', 'markdown.js']); // nothing written into the package

    const cliCache = join(cacheDir, caches('cli.js')[0]);
    writeFileSync(cliCache, Buffer.from('not a code cache'));
    expect(lint(ROW_TOTAL).stdout.toString()).toBe(expected);
    expect(readFileSync(cliCache).length).toBeGreaterThan(1000);

    // XDG_CACHE_HOME is used when no folder is given; `off` runs without one.
    const xdg = makeTmp();
    expect(lint(ROW_TOTAL, { REPORT_LINT_CACHE_DIR: '', XDG_CACHE_HOME: xdg }).stdout.toString()).toBe(expected);
    expect(readdirSync(join(xdg, 'report-lint'))).toEqual([`${version}-node${process.versions.node}-${process.arch}`]);
    const none = makeTmp();
    expect(lint(ROW_TOTAL, { REPORT_LINT_CACHE_DIR: 'off', XDG_CACHE_HOME: none }).stdout.toString()).toBe(expected);
    expect(readdirSync(none)).toEqual([]);
  });

  test('--print-tables goes to stderr next to JSON, which stays parseable', () => {
    const run = cli(['--print-tables', '-f', 'json', fixture(ROW_TOTAL)]);
    expect(json(run)).toHaveLength(1);
    expect(run.stderr).toContain('28≠27');
  });
});
