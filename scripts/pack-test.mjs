// The published packages, tried as a new user would: `npm pack` packages/core and packages/cli
// (their prepack builds them), install both tarballs into an empty folder, run the installed CLI
// on a fixture, and import the installed core from ESM, CommonJS and TypeScript.
// Exits 1 with what went wrong. Run: node scripts/pack-test.mjs [--keep] (CI: .ci/run).
// Needs the npm registry for the CLI's own dependencies (diff, iconv-lite, picocolors, tinyglobby).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'report-lint-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const log = (s = '') => process.stdout.write(`${s}\n`);

/** Runs a command, echoing it as a transcript line; throws with its output when it fails unexpectedly. */
function run(cmd, args, { cwd, env, status = 0 } = {}) {
  log(`$ ${cmd === process.execPath ? 'node' : cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  if (r.status !== status) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status} (expected ${status})\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

function pack(dir) {
  log(`$ (cd ${relative(root, dir)} && npm pack --json)`);
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  log(`  ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  for (const f of info.files) log(`    ${String(f.size).padStart(8)}  ${f.path}`);
  return { ...info, tarball: join(work, info.filename), paths: info.files.map((f) => f.path) };
}

try {
  const core = pack(join(root, 'packages/core'));
  const cli = pack(join(root, 'packages/cli'));

  // What each tarball must hold, and must not.
  for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/index.cjs', 'dist/index.mjs', 'dist/types/index.d.ts', 'dist/types/types.d.ts']) {
    assert.ok(core.paths.includes(f), `core tarball lacks ${f}`);
  }
  for (const f of ['package.json', 'README.md', 'LICENSE', 'bin/report-lint.js', 'dist/cli.js', 'dist/worker.js', 'dist/markdown.js']) {
    assert.ok(cli.paths.includes(f), `cli tarball lacks ${f}`);
  }
  for (const p of [...core.paths, ...cli.paths]) {
    assert.ok(!/^(src|test)\/|\.cache$|tsconfig/.test(p), `a tarball ships ${p}`);
  }

  // An empty project, as a user's: both tarballs installed from the files.
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'try-report-lint', private: true, version: '1.0.0' }, null, 2));
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', core.tarball, cli.tarball], { cwd: app });
  const installed = join(app, 'node_modules', 'report-lint');
  const before = listTree(installed);

  // The CLI on a fixture: stylish (shown), then JSON (checked).
  cpSync(join(root, 'fixtures/synthetic/row-total.txt'), join(app, 'report.txt'));
  const cache = join(work, 'cache');
  const env = { XDG_CACHE_HOME: cache, REPORT_LINT_CACHE_DIR: '' };
  const bin = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'report-lint.cmd' : 'report-lint');
  const stylish = run(bin, ['report.txt'], { cwd: app, env, status: 1 });
  log(stylish.stdout.trimEnd());
  assert.match(stylish.stdout, /总计为 28.*应为 27/);
  const json = JSON.parse(run(bin, ['-f', 'json', 'report.txt'], { cwd: app, env, status: 1 }).stdout);
  assert.deepEqual(
    json[0].messages.map((m) => [m.ruleId, m.line, m.fix?.text]),
    [
      ['row-total', 31, '27'],
      ['balance', 60, undefined],
    ],
  );
  const version = run(bin, ['--version'], { cwd: app, env }).stdout.trim();
  log(version);
  assert.match(version, /0\.\d+\.\d+/);
  // The code cache went to the user's cache folder, nothing into the installed package.
  assert.deepEqual(listTree(installed), before, 'the CLI wrote into its installed package folder');
  assert.ok(existsSync(join(cache, 'report-lint')) && readdirSync(join(cache, 'report-lint')).length === 1, 'no code cache in XDG_CACHE_HOME');

  // The core as a library: ESM import, require, and its types.
  const text = readFileSync(join(root, 'fixtures/synthetic/row-total.txt'), 'utf8');
  writeFileSync(join(app, 'report.md'), readFileSync(join(root, 'fixtures/synthetic/row-total.md'), 'utf8'));
  writeFileSync(
    join(app, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lint, fixText, parseReport, rules, ruleById, ConfigError } from '@report-lint/core';
const text = readFileSync('report.txt', 'utf8');
const { messages } = lint(text, { filePath: 'report.txt' });
const md = lint(readFileSync('report.md', 'utf8'), { format: 'markdown' }).messages;
const fixed = fixText(text, { filePath: 'report.txt' });
const model = parseReport(text);
console.log(JSON.stringify({
  messages: messages.map((m) => [m.ruleId, m.line, m.column, m.fix?.text]),
  markdown: md.map((m) => m.ruleId),
  fixed: fixed.fixed, remaining: fixed.messages.map((m) => m.ruleId),
  isReport: model.isReport, year: model.year, tables: Object.keys(model.tables).sort(), sections: model.sections.length,
  rules: rules.length, rowTotal: ruleById('row-total').meta.fixable,
  sameAsRequire: createRequire(import.meta.url)('@report-lint/core').ConfigError === ConfigError,
}));
`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `const { lint, rules, ConfigError, validateConfig } = require('@report-lint/core');
let configError = '';
try { validateConfig({ rules: { 'no-such-rule': 'error' } }, 'x.json'); } catch (e) { configError = e instanceof ConfigError ? 'ConfigError' : String(e); }
const { messages } = lint(require('node:fs').readFileSync('report.txt', 'utf8'), { format: 'text' });
console.log(JSON.stringify({ messages: messages.map((m) => m.ruleId), rules: rules.length, configError }));
`,
  );
  const esm = JSON.parse(run(process.execPath, ['esm.mjs'], { cwd: app }).stdout);
  log(JSON.stringify(esm));
  assert.deepEqual(esm.messages, [
    ['row-total', 31, 31, '27'],
    ['balance', 60, 25, null],
  ]);
  assert.deepEqual(esm.markdown, ['row-total', 'balance']);
  assert.equal(esm.fixed, 1);
  assert.deepEqual(esm.remaining, []); // 28 → 27 balances the column too
  assert.equal(esm.isReport, true);
  assert.deepEqual(esm.tables, ['active', 'applications', 'review']);
  assert.equal(esm.sections, 6);
  assert.ok(esm.rules >= 22);
  assert.equal(esm.rowTotal, true);
  assert.equal(esm.sameAsRequire, true, 'import and require load two copies of the core');
  const cjs = JSON.parse(run(process.execPath, ['cjs.cjs'], { cwd: app }).stdout);
  log(JSON.stringify(cjs));
  assert.deepEqual(cjs, { messages: ['row-total', 'balance'], rules: esm.rules, configError: 'ConfigError' });

  // TypeScript, as a consumer on Node's own module resolution would compile it.
  writeFileSync(
    join(app, 'use.mts'),
    `import { lint, fixText, parseReport, rules, type LintMessage, type ReportModel } from '@report-lint/core';
const messages: LintMessage[] = lint('', { filePath: 'a.md', rules: { 'row-total': 'off' } }).messages;
const model: ReportModel = parseReport('', { format: 'text' });
const out: string = fixText('').output;
const ids: string[] = rules.map((r) => r.meta.id);
export { messages, model, out, ids };
`,
  );
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, types: [] }, files: ['use.mts'] }));
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app });
  log('tsc (node16 resolution): no errors');

  log(`\npack-test: both packages install and work (${work})`);
} catch (err) {
  process.stderr.write(`pack-test: FAILED\n${err.stack ?? err}\n`);
  process.exitCode = 1;
} finally {
  if (!keep && process.exitCode !== 1) rmSync(work, { recursive: true, force: true });
}

/** Every file under a folder with its size, to tell whether anything was written there. */
function listTree(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort();
}
