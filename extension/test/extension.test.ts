/** The extension's manifest, snippets and packaging (no VS Code needed). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, rules } from '@report-lint/core';
import { statusText, statusTooltip } from '../src/status';

const EXT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8'));

/** Expands a snippet body as an editor would with every placeholder left at its default. */
export function expandSnippet(body: string[]): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(/(?<!\\)\$\{(\d+):((?:[^}\\]|\\.)*)\}/g)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  // One pass: an escape, a placeholder with a default, a bare tab stop, or any other character.
  return text.replace(/\\([\\$}])|\$\{(\d+):((?:[^}\\]|\\.)*)\}|\$\{(\d+)\}|\$(\d+)/g, (_, esc, _n, def, a, b) => {
    if (esc !== undefined) return esc;
    if (def !== undefined) return def.replace(/\\([\\$}])/g, '$1');
    return (defaults.get(a ?? b) ?? '').replace(/\\([\\$}])/g, '$1');
  });
}

describe('package.json', () => {
  test('entry point, activation and metadata', () => {
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onLanguage:plaintext']));
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository?.url).toMatch(/^https:\/\//);
    expect(pkg.engines.vscode).toMatch(/^\^1\./);
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', '.vscodeignore', pkg.icon]) expect(existsSync(join(EXT, f))).toBe(true);
    // Plain `vsce package` works: the bundles hold the dependencies.
    expect(pkg.vsce).toEqual({ dependencies: false });
  });

  test('Restricted Mode and virtual workspaces keep it on; Untitled drafts of any language activate it', () => {
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.virtualWorkspaces.description).toMatch(/\.reportlintrc\.json/);
    expect(pkg.activationEvents).toContain('onStartupFinished');
  });

  test('settings: enable, rules, force, debounceMs', () => {
    const props = pkg.contributes.configuration.properties;
    expect(props['reportLint.enable']).toMatchObject({ type: 'boolean', default: true });
    expect(props['reportLint.force']).toMatchObject({ type: 'boolean', default: false });
    expect(props['reportLint.debounceMs']).toMatchObject({ type: 'number', default: 150 });
    expect(props['reportLint.rules']).toMatchObject({ type: 'object', default: {} });
  });

  test('reportLint.rules has a property for every core rule, with its default level', () => {
    const ruleProps = pkg.contributes.configuration.properties['reportLint.rules'].properties;
    const missing = rules.map((r) => r.meta.id).filter((id) => !ruleProps[id]);
    // If this fails, run: node extension/scripts/sync-package.mjs
    expect(missing).toEqual([]);
    for (const r of rules) {
      expect(ruleProps[r.meta.id].enum).toEqual(['error', 'warning', 'info', 'off']);
      expect(ruleProps[r.meta.id].default).toBe(r.meta.recommended === false ? 'off' : r.meta.defaultSeverity);
    }
  });

  test('commands and snippets are contributed', () => {
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['reportLint.fixAll', 'reportLint.showOutput', 'reportLint.checkDocument', 'reportLint.reopenAsGb18030']));
    expect(pkg.contributes.commands.find((c: { command: string }) => c.command === 'reportLint.checkDocument').title).toContain('检查此文档');
    // Markdown snippets are contributed; the plain-text ones come from a completion provider that
    // keeps their leading tabs (src/text-snippets.ts), so they are not contributed as well.
    const snippets = pkg.contributes.snippets as { language: string; path: string }[];
    expect(snippets.map((s) => s.language)).toEqual(['markdown']);
    for (const s of snippets) expect(existsSync(join(EXT, s.path))).toBe(true);
    expect(existsSync(join(EXT, 'snippets/report-text.json'))).toBe(true);
  });
});

describe('snippets', () => {
  const files = [
    { file: 'snippets/report.json', format: 'markdown' as const },
    { file: 'snippets/report-text.json', format: 'text' as const },
  ];
  for (const { file, format } of files) {
    describe(file, () => {
      const snippets = JSON.parse(readFileSync(join(EXT, file), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
      const skeleton = Object.values(snippets).find((s) => s.prefix.includes('年报'))!;

      test('parses, each snippet has a prefix, body and description', () => {
        expect(Object.keys(snippets).length).toBe(4);
        for (const s of Object.values(snippets)) {
          expect(s.prefix.length).toBeGreaterThan(0);
          expect(s.body.length).toBeGreaterThan(0);
          expect(typeof s.description).toBe('string');
        }
        for (const p of ['表二', '表三', '表四']) expect(Object.values(snippets).some((s) => s.prefix.includes(p))).toBe(true);
      });

      test('the expanded skeleton is a report that lints clean of structure and table errors', () => {
        const text = expandSnippet(skeleton.body);
        const { messages, model } = lint(text, { format });
        expect(model.isReport).toBe(true);
        expect(model.format).toBe(format);
        expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(Object.keys(model.tables).sort()).toEqual(['active', 'applications', 'review']);
        for (const t of Object.values(model.tables)) expect(t?.confident).toBe(true);
        const problems = messages.filter((m) => /^(section|table|cell|row|results|review|balance|heading)/.test(m.ruleId) || m.severity === 'error');
        expect(problems.map((m) => `${m.line}:${m.ruleId} ${m.message}`)).toEqual([]);
      });
    });
  }

  test('expandSnippet handles defaults, mirrors and escapes', () => {
    expect(expandSnippet(['${1:甲}${2:2025}年', '自${2}年 \\$5 $0'])).toBe('甲2025年\n自2025年 $5 ');
  });

});

test('status bar text', () => {
  const base = { uri: 'file:///a.txt', enabled: true, isReport: true, errors: 0, warnings: 0, infos: 1, fixable: 0 };
  expect(statusText(base)).toBe('年报 ✓');
  expect(statusText({ ...base, errors: 3, warnings: 2 })).toBe('年报 ✖3 ⚠2');
  expect(statusText({ ...base, warnings: 2 })).toBe('年报 ⚠2');
  expect(statusText({ ...base, isReport: false })).toBeUndefined();
  expect(statusText(undefined)).toBeUndefined();
  expect(statusTooltip({ ...base, errors: 1, fixable: 1, suppressed: 2 }).split('\n')).toEqual([
    'report-lint：1 个错误，0 个警告，1 条提示',
    '1 处可自动修复（点击修复全部）',
    '另有 2 个问题已按 report-lint-suppressions.json 忽略',
  ]);
  expect(statusTooltip(base)).not.toContain('忽略');
});

test('the bundle loads (with a stand-in vscode module) and exports activate/deactivate', () => {
  const bundle = join(EXT, 'dist', 'extension.js');
  if (!existsSync(bundle)) throw new Error('extension/dist/extension.js missing: run node scripts/build.mjs');
  // Every property of the stand-in is another callable, constructible stand-in.
  const loader = `
    const Module = require('module');
    const stub = (name) => { const fn = function () {}; return new Proxy(fn, {
      get(t, p) { if (p === 'prototype') return fn.prototype; if (typeof p === 'symbol') return undefined;
        if (!(p in t)) t[p] = stub(name + '.' + p); return t[p]; },
      construct() { return stub('new ' + name); }, apply() { return stub(name + '()'); } }); };
    const load = Module._load;
    Module._load = function (req) { return req === 'vscode' ? stub('vscode') : load.apply(this, arguments); };
    const ext = require(process.argv[1]);
    console.log(JSON.stringify(Object.keys(ext).sort()));`;
  const out = execFileSync(process.execPath, ['-e', loader, bundle], { encoding: 'utf8' });
  expect(JSON.parse(out.trim())).toEqual(['activate', 'deactivate']);
  expect(existsSync(join(EXT, 'dist', 'server.js'))).toBe(true);
});

describe('documents: .html live, .docx and .pdf on request', () => {
  test('HTML documents activate the extension and are synced to the server', () => {
    expect(pkg.activationEvents).toContain('onLanguage:html');
  });

  test('检查此文件 is in the palette and on .docx/.pdf in the explorer and the tab menu, not on other files', () => {
    const cmd = pkg.contributes.commands.find((c: { command: string }) => c.command === 'reportLint.checkFile');
    expect(cmd?.title).toMatch(/检查此文件/);
    for (const menu of ['explorer/context', 'editor/title/context']) {
      const entry = pkg.contributes.menus[menu]?.find((m: { command: string }) => m.command === 'reportLint.checkFile');
      expect(entry).toBeDefined();
      // The `when` clause's regular expression, applied as VS Code applies it to resourceExtname.
      const re = /resourceExtname =~ \/(.+)\/(\w*)/.exec(entry.when)!;
      const ext = new RegExp(re[1], re[2]);
      for (const yes of ['.docx', '.PDF', '.pdf', '.doc']) expect(ext.test(yes)).toBe(true);
      for (const no of ['.txt', '.md', '.html', '.xlsx', '.docx.bak']) expect(ext.test(no)).toBe(false);
      expect(entry.when).toContain('resourceScheme == file');
    }
  });
});

describe('packaging', () => {
  const vsce = join(EXT, '..', 'node_modules', '.bin', 'vsce');
  const run = existsSync(vsce) && existsSync(join(EXT, 'dist', 'extension.js')) ? test : test.skip;
  run('plain vsce package produces a .vsix with both bundles and nothing else of the sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-vsix-'));
    try {
      const out = join(dir, 'report-lint.vsix');
      // The bundles were built before the tests (jest global setup): vscode:prepublish is skipped.
      execFileSync(vsce, ['package', '-o', out], { cwd: EXT, stdio: 'pipe', timeout: 60_000, env: { ...process.env, REPORT_LINT_PREBUILT: '1' } });
      const zip = readFileSync(out);
      // Zip entry names are stored uncompressed in the headers.
      const names = [...zip.toString('latin1').matchAll(/extension\/[\w./-]+/g)].map((m) => m[0]);
      for (const f of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/documents-html.js', 'extension/dist/documents-docx.js', 'extension/dist/documents-pdf.js', 'extension/snippets/report.json', 'extension/snippets/report-text.json', 'extension/images/icon.png']) {
        expect(names).toContain(f);
      }
      expect(names.filter((n) => /extension\/(src|test|scripts|node_modules)\//.test(n))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
