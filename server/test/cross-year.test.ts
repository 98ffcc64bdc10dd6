/** The editor's live cross-year check, over JSON-RPC with the bundled server: last year's report
 *  found beside the open one (same folder, same body, year − 1) or named by the
 *  reportLint.previousReport setting; edits to last year's report, open in the editor too, move
 *  this year's diagnostics. The reports are the synthetic ones of packages/core/test/support/years.ts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, lineOffsets, open, startServer, type TestClient } from './client';
import { lastYear, retitled, thisYear, withRow } from '../../packages/core/test/support/years';

const CARRY_LINE = '四、结转下年度继续办理';
const CARRIED_LINE = 31; // 0-based line of 二、上年结转 in the synthetic report
const brokenCarry = () => withRow(lastYear(), CARRY_LINE, [3, 1, 0, 0, 0, 0, 4]);
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const crossYear = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'cross-year').map((d) => [d.range.start.line, d.severity, messageOf(d).match(/「([^」]+)」列为 (\d+)/)?.slice(1).join(' ')]);

let c: TestClient;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-lint-cross-'));
  writeFileSync(join(dir, 'package.json'), '{}'); // the project's top: no config above applies
  c = await startServer({ rootUri: fileUri(dir) });
});

afterAll(async () => {
  if (c) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cross-year in the editor', () => {
  test('finds last year\'s report beside the open one and publishes the cross-year warnings', async () => {
    writeFileSync(join(dir, '2024.txt'), brokenCarry());
    writeFileSync(join(dir, 'finance-2024.txt'), retitled(lastYear(), '某某市某某区财政局')); // another body: not last year's
    const uri = fileUri(join(dir, '2025.txt'));
    writeFileSync(join(dir, '2025.txt'), thisYear());
    await open(c, uri, thisYear());
    const p = await c.diagnostics(uri);
    expect(crossYear(p.diagnostics)).toEqual([
      [CARRIED_LINE, 2, '自然人 2'],
      [CARRIED_LINE, 2, '总计 3'],
    ]);
    const d = p.diagnostics.find((x) => x.code === 'cross-year')!;
    expect(messageOf(d)).toContain('上年报告（2024.txt，2024 年度）');
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/cross-year\.md$/);
  });

  test('follows edits of last year\'s report open in the editor, live', async () => {
    const thisUri = fileUri(join(dir, '2025.txt'));
    const lastUri = fileUri(join(dir, '2024.txt'));
    const text = brokenCarry();
    await open(c, lastUri, text);
    await c.diagnostics(lastUri);
    // Correct 四 in last year's report (not saved): this year's warnings go.
    const line = text.split('\n').findIndex((l) => l.startsWith(CARRY_LINE));
    const end = lineOffsets(text)[line + 1] - lineOffsets(text)[line] - 1;
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: lastUri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: end } }, text: [CARRY_LINE, 2, 1, 0, 0, 0, 0, 3].join('\t') }],
    });
    const p = await c.diagnostics(thisUri, (q) => crossYear(q.diagnostics).length === 0);
    expect(crossYear(p.diagnostics)).toEqual([]);
    // Closed without saving: the file on disk (changed meanwhile, and wrong) is compared again.
    writeFileSync(join(dir, '2024.txt'), withRow(lastYear(), CARRY_LINE, [4, 1, 0, 0, 0, 0, 5]));
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: lastUri } });
    const q = await c.diagnostics(thisUri, (r) => r.diagnostics.some((d) => messageOf(d).includes('「自然人」列为 4')));
    expect(crossYear(q.diagnostics)).toEqual([
      [CARRIED_LINE, 2, '自然人 2'],
      [CARRIED_LINE, 2, '总计 3'],
    ]);
  });

  test('takes the reportLint.previousReport setting, relative to the report\'s folder', async () => {
    writeFileSync(join(dir, 'archive-2024.md'), withRow(lastYear(), '行政规范性文件', [4, 1, 30]));
    const uri = fileUri(join(dir, '2025.txt'));
    c.settings = { previousReport: 'archive-2024.md' };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await c.diagnostics(uri, (q) => q.diagnostics.some((d) => d.code === 'cross-year' && messageOf(d).includes('archive-2024.md')));
    expect(crossYear(p.diagnostics)).toEqual([[13, 2, '现行有效件数 37']]);
    c.settings = { previousReport: 'gone.txt' };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const q = await c.diagnostics(uri, (r) => r.diagnostics.some((d) => d.code === 'cross-year' && messageOf(d).includes('gone.txt')));
    expect(q.diagnostics.filter((d) => d.code === 'cross-year').map((d) => [d.severity, messageOf(d)])).toEqual([[3, '未能与上年报告（gone.txt）比较：文件不存在']]);
  });

  test('is turned off like any rule', async () => {
    const uri = fileUri(join(dir, '2025.txt'));
    c.settings = { previousReport: 'archive-2024.md', rules: { 'cross-year': 'off' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await c.diagnostics(uri, (q) => !q.diagnostics.some((d) => d.code === 'cross-year'));
    expect(crossYear(p.diagnostics)).toEqual([]);
  });
});
