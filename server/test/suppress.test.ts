/** "忽略此问题" and report-lint-suppressions.json in the editor, and suggestions as quick fixes that
 *  no fix-all applies, through the bundled server over stdio. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, open, ROOT, startServer, type TestClient } from './client';

const read = (p: string) => readFileSync(p, 'utf8');
const rowTotalText = read(join(ROOT, 'fixtures/synthetic/row-total.txt'));
const balanceText = read(join(ROOT, 'fixtures/synthetic/balance.txt'));

let c: TestClient;
let dir: string;

beforeAll(async () => {
  c = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'report-lint-suppress-'));
});

afterAll(async () => {
  if (c) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

const actionsAt = (uri: string, d: Diagnostic): Promise<CodeAction[]> =>
  c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });

describe('忽略此问题', () => {
  const file = () => join(dir, '报告.txt');
  const suppressions = () => join(dir, 'report-lint-suppressions.json');

  test('writes the finding to report-lint-suppressions.json beside the report and lints again without it', async () => {
    writeFileSync(file(), rowTotalText);
    const uri = fileUri(file());
    await open(c, uri, rowTotalText, 'plaintext', 1);
    const first = (await c.diagnostics(uri)).diagnostics;
    const rowTotal = first.find((d) => d.code === 'row-total')!;
    expect(rowTotal).toBeDefined();

    const action = (await actionsAt(uri, rowTotal)).find((a) => a.title === '忽略此问题')!;
    expect(action.command?.command).toBe('reportLint.suppress');
    expect(action.edit).toBeUndefined();
    const result = await c.conn.sendRequest('workspace/executeCommand', action.command);
    expect(result).toEqual({ file: suppressions() });

    // The entry names the cell, not the line.
    const written = JSON.parse(read(suppressions()));
    expect(written.version).toBe(1);
    expect(written.files['报告.txt']).toEqual([
      expect.objectContaining({ ruleId: 'row-total', messageId: 'mismatch', table: 'applications', row: expect.any(String), col: 'total' }),
    ]);
    expect(JSON.stringify(written)).not.toMatch(/"line"/);

    const after = await c.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'row-total'));
    // Only that finding went: the others are still reported.
    expect(after.diagnostics.map((d) => d.code).sort()).toEqual(first.filter((d) => d !== rowTotal).map((d) => d.code).sort());
    const status = await c.notification('reportLint/status', (s) => s.uri === uri && s.suppressed === 1);
    expect(status.suppressed).toBe(1);
  });

  test('the accepted finding stays accepted after an edit above it', async () => {
    const uri = fileUri(file());
    const edited = `补充说明：本报告经审核后发布。\n\n${rowTotalText}`;
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const p = await c.diagnostics(uri, (q) => q.version === 2);
    expect(p.diagnostics.some((d) => d.code === 'row-total')).toBe(false);
    expect(p.diagnostics.some((d) => d.code === 'balance')).toBe(true);
  });

  test('a suppressions file that cannot be used is said once, and every finding is reported', async () => {
    writeFileSync(suppressions(), '{"files": {"报告.txt": [{"rule": "row-total"}]}}');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(suppressions()), type: 2 }] });
    const p = await c.diagnostics(fileUri(file()), (q) => q.diagnostics.some((d) => d.code === 'row-total'));
    expect(p.diagnostics.some((d) => d.code === 'row-total')).toBe(true);
    expect(c.shown.some((m) => m.message.includes('忽略记录文件无法使用') && m.message.includes('未知的字段 “rule”'))).toBe(true);
  });

  test('a document that is not a file on disk gets no 忽略此问题', async () => {
    const uri = 'untitled:Untitled-7';
    await open(c, uri, rowTotalText, 'plaintext', 1);
    const d = (await c.diagnostics(uri)).diagnostics.find((x) => x.code === 'row-total')!;
    expect((await actionsAt(uri, d)).map((a) => a.title)).not.toContain('忽略此问题');
  });
});

describe('rule options', () => {
  test('[level, options] in .reportlintrc.json reach the rule; options its schema refuses are said once', async () => {
    const sub = mkdtempSync(join(dir, 'options-'));
    const text = read(join(ROOT, 'fixtures/synthetic/correct.txt')).replace('规章\t0\t0\t0', '规章\t2\t0\t5').replace('某某市某某区人民政府办公室', '某某管理委员会');
    writeFileSync(join(sub, '.reportlintrc.json'), JSON.stringify({ rules: { 'regulations-authority': ['warning', { level: 'county' }] } }));
    const uri = fileUri(join(sub, 'r.txt'));
    await open(c, uri, text, 'plaintext', 1);
    const found = (await c.diagnostics(uri)).diagnostics.find((d) => d.code === 'regulations-authority');
    expect(found?.message).toContain('按配置是县级机关');

    writeFileSync(join(sub, '.reportlintrc.json'), JSON.stringify({ rules: { 'regulations-authority': ['warning', { level: 'village' }] } }));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(sub, '.reportlintrc.json')), type: 2 }] });
    const after = await c.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'regulations-authority'));
    expect(after.diagnostics.some((d) => d.code === 'regulations-authority')).toBe(false); // linted with the defaults
    expect(c.shown.some((m) => m.message.includes('规则 “regulations-authority” 的选项无效'))).toBe(true);
  });
});

describe('suggestions', () => {
  test('balance offers each balancing value as a quick fix, not preferred, and source.fixAll applies none', async () => {
    const path = join(dir, 'balance.txt');
    writeFileSync(path, balanceText);
    const uri = fileUri(path);
    await open(c, uri, balanceText, 'plaintext', 1);
    const balance = (await c.diagnostics(uri)).diagnostics.filter((d) => d.code === 'balance');
    expect(balance).toHaveLength(2);
    const suggestions = (await actionsAt(uri, balance[0])).filter((a) => a.title.endsWith('（使本列平衡）'));
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) {
      expect(s.isPreferred).toBe(false);
      expect(s.edit?.changes?.[uri]).toHaveLength(1);
    }
    const fixAll: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll).toEqual([]); // the balance findings have suggestions only: nothing to fix all
    const cmd = await c.conn.sendRequest('workspace/executeCommand', { command: 'reportLint.fixAll', arguments: [uri] });
    expect(cmd).toEqual({ applied: false, edits: 0 });
    expect(existsSync(join(dir, 'report-lint-suppressions.json'))).toBe(true); // untouched by this test
  });
});
