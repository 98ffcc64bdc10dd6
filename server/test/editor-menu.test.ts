/** The quick-fix menu's disable and docs entries, untitled drafts in a guessed language, and the
 *  looks-like-a-report request, through the bundled server over stdio. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { DOCS_BASE_URL } from '@report-lint/core';
import { applyEdits, fileUri, open, ROOT, startServer, type TestClient } from './client';

const rowTotalTxt = join(ROOT, 'fixtures/synthetic/row-total.txt');
const rowTotalMd = join(ROOT, 'fixtures/synthetic/row-total.md');
const read = (p: string) => readFileSync(p, 'utf8');
const codesOf = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.code}`).sort();

let c: TestClient;
const shownDocuments: { uri: string; external?: boolean }[] = [];

beforeAll(async () => {
  c = await startServer();
  c.conn.onRequest('window/showDocument', (p: { uri: string; external?: boolean }) => {
    shownDocuments.push(p);
    return { success: true };
  });
});

afterAll(async () => {
  if (c) await c.close();
});

async function actionsAt(uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

/** Applies an action's edit as a new version and returns the diagnostics published for it. */
async function applyAndRelint(uri: string, text: string, action: CodeAction, version: number): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const edits = action.edit!.changes![uri] as TextEdit[];
  const next = applyEdits(text, edits);
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
  const p = await c.diagnostics(uri, (q) => q.version === version);
  return { text: next, diagnostics: p.diagnostics };
}

describe.each([
  { name: 'plain text', file: rowTotalTxt, languageId: 'plaintext', lineComment: '// report-lint-disable-next-line row-total', fileComment: '// report-lint-disable row-total' },
  { name: 'Markdown', file: rowTotalMd, languageId: 'markdown', lineComment: '<!-- report-lint-disable-line row-total -->', fileComment: '<!-- report-lint-disable row-total -->' },
])('quick-fix menu in $name', ({ file, languageId, lineComment, fileComment }) => {
  const text = read(file);
  let n = 0;

  async function opened(): Promise<{ uri: string; rowTotal: Diagnostic; all: Diagnostic[] }> {
    const uri = `${fileUri(file)}#menu-${++n}`;
    await open(c, uri, text, languageId, 1);
    const all = (await c.diagnostics(uri)).diagnostics;
    return { uri, rowTotal: all.find((d) => d.code === 'row-total')!, all };
  }

  test('each diagnostic offers the fix, then 禁用此行的 / 在本文件禁用 / 查看规则说明', async () => {
    const { uri, rowTotal, all } = await opened();
    const titles = (await actionsAt(uri, rowTotal)).filter((a) => a.kind === 'quickfix').map((a) => a.title);
    expect(titles).toEqual(['将总计改为 27', '禁用此行的 row-total', '在本文件禁用 row-total', '查看规则说明：row-total', '忽略此问题']);
    // A diagnostic without a fix gets the menu too.
    const balance = all.find((d) => d.code === 'balance')!;
    // balance has no fix: each value that would balance the column is a suggestion, never preferred.
    const balanceActions = (await actionsAt(uri, balance)).filter((a) => a.kind === 'quickfix');
    expect(balanceActions.map((a) => a.title)).toEqual([
      '将「总计」列的四（结转下年度继续办理）改为 5（使本列平衡）',
      '将「总计」列的三（七）总计改为 27（使本列平衡）',
      '将「总计」列的一（本年新收）改为 27（使本列平衡）',
      '将「总计」列的二（上年结转）改为 2（使本列平衡）',
      '禁用此行的 balance',
      '在本文件禁用 balance',
      '查看规则说明：balance',
      '忽略此问题',
    ]);
    expect(balanceActions.slice(0, 4).every((a) => a.isPreferred === false && a.edit)).toBe(true);
  });

  test('禁用此行的 row-total silences that message only', async () => {
    const { uri, rowTotal, all } = await opened();
    const action = (await actionsAt(uri, rowTotal)).find((a) => a.title === '禁用此行的 row-total')!;
    const after = await applyAndRelint(uri, text, action, 2);
    expect(after.text).toContain(lineComment);
    expect(after.diagnostics.map((d) => d.code)).toEqual(all.filter((d) => d.code !== 'row-total').map((d) => d.code));
    if (languageId === 'markdown') expect(after.text.split('\n')).toHaveLength(text.split('\n').length); // the table row keeps its table
  });

  test('在本文件禁用 row-total adds a file-wide comment; a second rule joins it', async () => {
    const { uri, rowTotal, all } = await opened();
    const action = (await actionsAt(uri, rowTotal)).find((a) => a.title === '在本文件禁用 row-total')!;
    const after = await applyAndRelint(uri, text, action, 2);
    expect(after.text.split('\n')[0]).toBe(fileComment);
    expect(after.diagnostics.map((d) => d.code)).toEqual(all.filter((d) => d.code !== 'row-total').map((d) => d.code));
    const balance = after.diagnostics.find((d) => d.code === 'balance')!;
    const second = (await actionsAt(uri, balance)).find((a) => a.title === '在本文件禁用 balance')!;
    const final = await applyAndRelint(uri, after.text, second, 3);
    expect(final.text.split('\n')[0]).toBe(fileComment.replace('row-total', 'row-total balance'));
    expect(final.text.split('\n').slice(1).join('\n')).toBe(text);
    expect(codesOf(final.diagnostics)).toEqual([]);
  });

  test('查看规则说明 opens the rule page in the browser', async () => {
    const { uri, rowTotal } = await opened();
    const action = (await actionsAt(uri, rowTotal)).find((a) => a.title === '查看规则说明：row-total')!;
    expect(action.command).toMatchObject({ command: 'reportLint.showRuleDocs', arguments: ['row-total'] });
    shownDocuments.length = 0;
    const result = await c.conn.sendRequest('workspace/executeCommand', action.command);
    expect(result).toEqual({ opened: true, uri: `${DOCS_BASE_URL}rules/row-total.md` });
    expect(shownDocuments).toEqual([{ uri: `${DOCS_BASE_URL}rules/row-total.md`, external: true }]);
    await expect(c.conn.sendRequest('workspace/executeCommand', { command: 'reportLint.showRuleDocs', arguments: ['no-such-rule'] })).rejects.toMatchObject({ code: -32602 });
  });
});

describe('documents in another language', () => {
  test('an Untitled draft VS Code guessed to be Ini is checked when it looks like a report', async () => {
    const uri = 'untitled:Untitled-7';
    await open(c, uri, read(rowTotalTxt), 'ini');
    const p = await c.diagnostics(uri);
    expect(codesOf(p.diagnostics)).toEqual(['31:row-total', '60:balance']);
  });

  test('…and not otherwise, even with reportLint.force; a saved Ini file is never checked', async () => {
    c.settings = { force: true };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const notes = 'untitled:Untitled-8';
    await open(c, notes, '[section]\nkey=value\n', 'ini');
    expect((await c.diagnostics(notes)).diagnostics).toEqual([]);
    const status = await c.notification('reportLint/status', (s) => s.uri === notes);
    expect(status).toMatchObject({ isReport: false, errors: 0 });
    const ini = fileUri(join(ROOT, 'fixtures/synthetic/not-there.ini'));
    await open(c, ini, read(rowTotalTxt), 'ini');
    expect((await c.diagnostics(ini)).diagnostics).toEqual([]);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  test('reportLint/looksLikeReport answers for a text the client decoded', async () => {
    expect(await c.conn.sendRequest('reportLint/looksLikeReport', { text: read(rowTotalTxt) })).toEqual({ isReport: true });
    expect(await c.conn.sendRequest('reportLint/looksLikeReport', { text: '会议纪要\n今天讨论了三件事情。' })).toEqual({ isReport: false });
    await expect(c.conn.sendRequest('reportLint/looksLikeReport', { text: 3 })).rejects.toMatchObject({ code: -32602 });
  });
});
