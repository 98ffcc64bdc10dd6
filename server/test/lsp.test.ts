/** The bundled language server over stdio, driven by a real JSON-RPC client. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, fileUri, open, positionAt, ROOT, startServer, type TestClient } from './client';

const seed003 = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).find((f) => f.startsWith('003_'))!);
const rowTotalTxt = join(ROOT, 'fixtures/synthetic/row-total.txt');
const rowTotalMd = join(ROOT, 'fixtures/synthetic/row-total.md');

const read = (p: string) => readFileSync(p, 'utf8');
const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

let c: TestClient;

beforeAll(async () => {
  c = await startServer();
});

afterAll(async () => {
  if (c) await c.close();
});

describe('diagnostics, quick-fix, incremental change', () => {
  const uri = fileUri(rowTotalTxt);
  let text = read(rowTotalTxt);
  let rowTotal: Diagnostic;

  test('publishes diagnostics on open, with code, severity, link and fix data', async () => {
    await open(c, uri, text, 'plaintext', 1);
    const p = await c.diagnostics(uri);
    expect(p.version).toBe(1);
    [rowTotal] = byCode(p.diagnostics, 'row-total');
    expect(rowTotal).toBeDefined();
    expect(rowTotal.range.start.line).toBe(30); // line 31, 1-based
    expect(rowTotal.severity).toBe(1);
    expect(rowTotal.source).toBe('report-lint');
    expect(rowTotal.codeDescription?.href).toMatch(/docs\/rules\/row-total\.md$/);
    expect((rowTotal.data as { fix?: { text: string } }).fix?.text).toBe('27');
    expect(rowTotal.message).toContain('27');
    const status = await c.notification('reportLint/status', (s) => s.uri === uri);
    expect(status).toMatchObject({ isReport: true, errors: expect.any(Number), fixable: expect.any(Number) });
  });

  test('hover on the total shows the formula and the expected value', async () => {
    const h: Hover | null = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: rowTotal.range.start });
    const value = hoverText(h);
    expect(value).toContain('**总计** = 20+3+0+1+2+1 = 27');
    expect(value).toContain('应为 27');
  });

  test('code action fixes the total; the diagnostic goes away after an incremental change', async () => {
    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: rowTotal.range,
      context: { diagnostics: [rowTotal] },
    });
    const fix = actions.find((a) => a.title === '将总计改为 27');
    expect(fix?.kind).toBe('quickfix');
    const edits = fix!.edit!.changes![uri] as TextEdit[];
    expect(edits).toHaveLength(1);
    text = applyEdits(text, edits);
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    const p = await c.diagnostics(uri, (q) => q.version === 2);
    expect(byCode(p.diagnostics, 'row-total')).toEqual([]);
    expect(byCode(p.diagnostics, 'balance')).toEqual([]);
    const h: Hover | null = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: rowTotal.range.start });
    expect(hoverText(h)).toContain('= 27');
    expect(hoverText(h)).not.toContain('应为');
  });

  test('rapid changes are debounced and only the last version is published', async () => {
    // Type "x" three times at the end of line 1 then delete them again, without waiting.
    const line0 = text.split('\n')[0].replace(/\r$/, '');
    const at = { line: 0, character: line0.length };
    for (let v = 3; v <= 5; v++) {
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
    }
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 6 },
      contentChanges: [{ range: { start: at, end: { line: 0, character: at.character + 3 } }, text: '' }],
    });
    const p = await c.diagnostics(uri, (q) => (q.version ?? 0) >= 3);
    expect(p.version).toBe(6);
    expect(byCode(p.diagnostics, 'row-total')).toEqual([]);
  });

  test('document symbols: six sections with the tables as children', async () => {
    const symbols: DocumentSymbol[] = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    expect(symbols[0].name).toBe('一、总体情况');
    expect(symbols[0].kind).toBe(3); // Namespace
    expect(symbols[2].children?.map((s) => s.name)).toContain('表：收到和处理政府信息公开申请情况');
    expect(symbols[2].children?.[0].kind).toBe(23); // Struct
    expect(symbols[1].children?.map((s) => s.name)).toContain('表：主动公开政府信息情况');
    expect(symbols[3].children?.length).toBe(1);
  });
});

describe('seed 003: 无 cells, fix-all', () => {
  const uri = fileUri(seed003);
  let text = read(seed003);
  let diagnostics: Diagnostic[];

  test('cell-not-number with a fix and the section errors', async () => {
    await open(c, uri, text);
    diagnostics = (await c.diagnostics(uri)).diagnostics;
    const fixable = byCode(diagnostics, 'cell-not-number').filter((d) => (d.data as { fix?: unknown }).fix);
    expect(fixable.map((d) => d.range.start.line + 1)).toEqual(expect.arrayContaining([55, 87]));
    expect(byCode(diagnostics, 'section-order').length).toBeGreaterThan(0);
    expect(byCode(diagnostics, 'section-missing').length).toBeGreaterThan(0);
    expect(byCode(diagnostics, 'section-title')[0]?.severity).toBe(2);
  });

  test('quick-fix 将“无”改为 0, plus fix-all-of-rule', async () => {
    const d = byCode(diagnostics, 'cell-not-number').find((x) => x.range.start.line === 54 && (x.data as { fix?: unknown }).fix)!;
    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.title === '将“无”改为 0');
    expect(fix).toBeDefined();
    const edited = applyEdits(text, fix!.edit!.changes![uri]);
    expect(edited.split('\n')[54]).not.toContain('无');
    const ofRule = actions.find((a) => a.title.startsWith('修复全部 cell-not-number'));
    expect(ofRule?.edit?.changes?.[uri].length).toBeGreaterThan(1);
    // No source action unless asked for one (or nothing is asked).
    const onlyQuick: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    expect(onlyQuick.every((a) => a.kind === 'quickfix')).toBe(true);
  });

  test('source.fixAll.reportLint applies every fix as one edit', async () => {
    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.reportLint');
    const edits = actions[0].edit!.changes![uri];
    expect(edits).toHaveLength(1);
    text = applyEdits(text, edits);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const after = (await c.diagnostics(uri, (q) => q.version === 2)).diagnostics;
    expect(after.filter((x) => (x.data as { fix?: unknown }).fix)).toEqual([]);
    expect(byCode(after, 'section-order').length).toBeGreaterThan(0); // not fixable: still there
  });

  test('executeCommand reportLint.fixAll sends workspace/applyEdit', async () => {
    const uri2 = fileUri(rowTotalMd);
    const md = read(rowTotalMd);
    await open(c, uri2, md, 'markdown');
    const p = await c.diagnostics(uri2);
    expect(byCode(p.diagnostics, 'row-total')).toHaveLength(1);
    expect(p.diagnostics.find((d) => d.code === 'row-total')!.range.start.line).toBe(30);
    const result = await c.conn.sendRequest('workspace/executeCommand', { command: 'reportLint.fixAll', arguments: [uri2] });
    expect(result).toMatchObject({ applied: true, edits: 1 });
    const edit = c.applied.at(-1)!;
    const fixed = applyEdits(md, edit.changes![uri2]);
    expect(fixed.length).toBe(md.length);
    expect(fixed).not.toBe(md);
  });
});

describe.each(['results-total', 'review-total'])('%s: hover and quick-fix', (rule) => {
  test.each(['txt', 'md'])(`fixtures/synthetic/${rule}.%s`, async (ext) => {
    const path = join(ROOT, `fixtures/synthetic/${rule}.${ext}`);
    const uri = fileUri(path);
    const text = read(path);
    await open(c, uri, text, ext === 'md' ? 'markdown' : 'plaintext');
    const p = await c.diagnostics(uri);
    const ds = byCode(p.diagnostics, rule);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      const fix = (d.data as { fix: { text: string } }).fix;
      const value = hoverText(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start }));
      expect(value).toMatch(new RegExp(`^\\*\\*总计\\*\\* = [\\d+]+ = ${fix.text}$`, 'm'));
      expect(value).toContain(`应为 ${fix.text}`);
      const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      expect(actions.map((a) => a.title)).toContain(`将总计改为 ${fix.text}`);
    }
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('documents that are not reports; settings', () => {
  const uri = 'untitled:notes-1';
  const notes = '会议纪要\n\n今天讨论了三件事情。\n一、天气\n二、午饭\n';

  test('a non-report document gets empty diagnostics', async () => {
    await open(c, uri, notes);
    const p = await c.diagnostics(uri);
    expect(p.diagnostics).toEqual([]);
    const status = await c.notification('reportLint/status', (s) => s.uri === uri);
    expect(status).toMatchObject({ isReport: false, errors: 0 });
  });

  test('reportLint.force lints it anyway (re-lint on didChangeConfiguration)', async () => {
    c.settings = { force: true };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await c.diagnostics(uri, (q) => q.diagnostics.length > 0);
    expect(p.diagnostics.map((d) => d.code)).toContain('section-missing');
  });

  test('rules setting turns a rule off; enable=false clears diagnostics', async () => {
    const uri2 = fileUri(rowTotalTxt) + '#settings'; // a second document with the same text
    c.settings = { rules: { 'row-total': 'off', 'no-such-rule': 'error', balance: 'bogus' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await open(c, uri2, read(rowTotalTxt));
    const p = await c.diagnostics(uri2);
    expect(byCode(p.diagnostics, 'row-total')).toEqual([]);
    expect(byCode(p.diagnostics, 'balance')).toHaveLength(1);
    c.settings = { enable: false };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const q = await c.diagnostics(uri2, (x) => x.diagnostics.length === 0);
    expect(q.diagnostics).toEqual([]);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.diagnostics(uri2, (x) => x.diagnostics.length > 0);
  });
});

describe('.reportlintrc.json', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-lint-lsp-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the nearest config file applies; a broken one warns once and lints with defaults', async () => {
    const file = join(dir, 'sub', 'report.txt');
    require('node:fs').mkdirSync(join(dir, 'sub'));
    writeFileSync(file, read(rowTotalTxt));
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
    const uri = fileUri(file);
    await open(c, uri, read(rowTotalTxt));
    let p = await c.diagnostics(uri);
    expect(byCode(p.diagnostics, 'row-total')).toEqual([]);

    writeFileSync(join(dir, '.reportlintrc.json'), '{ "rules": ');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.reportlintrc.json')), type: 2 }] });
    p = await c.diagnostics(uri, (q) => byCode(q.diagnostics, 'row-total').length > 0);
    expect(byCode(p.diagnostics, 'row-total')).toHaveLength(1);
    const warnings = c.shown.filter((m) => m.type === 2 && m.message.includes('.reportlintrc.json'));
    expect(warnings).toHaveLength(1);
    // Another change of the same document does not warn again.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: read(rowTotalTxt) + '\n' }] });
    await c.diagnostics(uri, (q) => q.version === 2);
    expect(c.shown.filter((m) => m.type === 2 && m.message.includes('.reportlintrc.json'))).toHaveLength(1);
  });
});

describe('robustness', () => {
  test('hover and symbols on an unknown URI give empty results', async () => {
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope.txt' }, position: { line: 0, character: 0 } });
    expect(h).toBeNull();
    const s = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.txt' } });
    expect(s).toEqual([]);
  });

  test('garbage params are answered with InvalidParams', async () => {
    await expect(c.conn.sendRequest('textDocument/codeAction', { foo: 1 })).rejects.toMatchObject({ code: -32602 });
    await expect(c.conn.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(rowTotalTxt) }, position: 'x' })).rejects.toMatchObject({ code: -32602 });
    await expect(
      c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: fileUri(rowTotalTxt) }, range: { start: { line: -1 } }, context: 7 }),
    ).rejects.toMatchObject({ code: -32602 });
    await expect(c.conn.sendRequest('workspace/executeCommand', { command: 'reportLint.fixAll', arguments: [42] })).rejects.toMatchObject({ code: -32602 });
    await expect(c.conn.sendRequest('workspace/executeCommand', { command: 'nope' })).rejects.toMatchObject({ code: -32602 });
    await expect(c.conn.sendRequest('no/such/method', {})).rejects.toMatchObject({ code: -32601 });
  });

  test('a position past the end of a line or the document is clamped', async () => {
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(rowTotalTxt) }, position: { line: 99999, character: 99999 } });
    expect(h === null || typeof h === 'object').toBe(true);
    const a = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: fileUri(rowTotalTxt) },
      range: { start: { line: 5000, character: 0 }, end: { line: 9000, character: 5 } },
      context: { diagnostics: [] },
    });
    expect(Array.isArray(a)).toBe(true);
  });

  test('an invalid JSON-RPC message does not stop the server', async () => {
    const body = Buffer.from('{"jsonrpc": "2.0", "id": 99, "method": ', 'utf8');
    c.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    c.proc.stdin.write(body);
    const notJsonRpc = Buffer.from('[1, 2, 3]', 'utf8');
    c.proc.stdin.write(`Content-Length: ${notJsonRpc.length}\r\n\r\n`);
    c.proc.stdin.write(notJsonRpc);
    const s: DocumentSymbol[] = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri(rowTotalTxt) } });
    expect(s.length).toBe(6);
    expect(c.proc.exitCode).toBeNull();
  });

  test('didChange for an unknown document and didClose are harmless', async () => {
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///ghost.txt', version: 3 }, contentChanges: [{ text: 'x' }] });
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///ghost.txt' } });
    const uri = fileUri(rowTotalTxt);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const p = await c.diagnostics(uri, (q) => q.diagnostics.length === 0);
    expect(p.diagnostics).toEqual([]);
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(h).toBeNull();
  });
});

test('shutdown and exit end the process with code 0', async () => {
  const d = await startServer({ configuration: false });
  const uri = 'untitled:x';
  await open(d, uri, read(rowTotalTxt));
  const p = await d.diagnostics(uri);
  expect(p.diagnostics.length).toBeGreaterThan(0); // works without workspace/configuration too
  expect(await d.close()).toBe(0);
  expect(d.stderr.join('')).not.toMatch(/uncaught|unhandled/i);
});

test('with codeAction/resolve support, the fix-all edit is computed on resolve', async () => {
  const d = await startServer({ resolveEdit: true });
  const uri = fileUri(rowTotalTxt);
  const text = read(rowTotalTxt);
  await open(d, uri, text);
  await d.diagnostics(uri);
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const [action]: CodeAction[] = await d.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: zero, context: { diagnostics: [], only: ['source'] } });
  expect(action.kind).toBe('source.fixAll.reportLint');
  expect(action.edit).toBeUndefined();
  const resolved: CodeAction = await d.conn.sendRequest('codeAction/resolve', action);
  const fixed = applyEdits(text, resolved.edit!.changes![uri]);
  expect(fixed.split('\n')[30]).toMatch(/\t27\s*$/);
  await expect(d.conn.sendRequest('codeAction/resolve', 'junk')).rejects.toMatchObject({ code: -32602 });
  expect(await d.close()).toBe(0);
});

test('a client that never answers workspace/configuration still gets diagnostics (default settings)', async () => {
  const d = await startServer({ configurationHangs: true });
  const uri = 'untitled:hang';
  await open(d, uri, read(rowTotalTxt));
  const p = await d.diagnostics(uri, undefined, 10_000);
  expect(byCode(p.diagnostics, 'row-total')).toHaveLength(1);
  d.proc.kill();
  d.conn.dispose();
});

test('node-ipc transport (what vscode-languageclient uses) works too', async () => {
  const { fork } = await import('node:child_process');
  const { IPCMessageReader, IPCMessageWriter, createMessageConnection } = await import('vscode-jsonrpc/node');
  const { SERVER } = await import('./client');
  const proc = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  const got = new Promise<{ diagnostics: Diagnostic[] }>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:ipc', languageId: 'plaintext', version: 1, text: read(rowTotalTxt) } });
  const p = await got;
  expect(byCode(p.diagnostics, 'row-total')).toHaveLength(1);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  expect(await exited).toBe(0);
  conn.dispose();
});

test('positionAt helper agrees with the server ranges', () => {
  const t = 'ab\r\ncd\ne';
  expect(positionAt(t, 4)).toEqual({ line: 1, character: 0 });
  expect(positionAt(t, 7)).toEqual({ line: 2, character: 0 });
});

describe('plain text written in Markdown', () => {
  test('a .txt draft with Markdown headings (seed 004) opened as plaintext gets what the CLI gives', async () => {
    const seed004 = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).find((f) => f.startsWith('004_'))!);
    const uri = fileUri(seed004);
    await open(c, uri, read(seed004), 'plaintext', 1);
    const p = await c.diagnostics(uri);
    const expected: { line: number; ruleId: string }[] = JSON.parse(read(join(ROOT, 'fixtures/expected', `seeds-${seed004.split('/').pop()}.json`)));
    expect(p.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`)).toEqual(expected.map((e) => `${e.ruleId}@${e.line}`));
    expect(byCode(p.diagnostics, 'heading-level')).toHaveLength(4);
  });
});
