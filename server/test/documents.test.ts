/** The server and the document readers: .html pages linted live (diagnostics, fixes, hover and
 *  outline in the page), and .docx/.pdf checked from disk with reportLint/checkFile (diagnostics
 *  on the read-only view of the extracted text, the place in the file in words). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, Range } from 'vscode-languageserver-protocol';
import { applyEdits, fileUri, open, ROOT, startServer, type TestClient } from './client';

const html = (name: string) => join(ROOT, 'fixtures/html', name);
const read = (p: string) => readFileSync(p, 'utf8');
const lines = (text: string) => text.split(/\r?\n/);
/** The text a range covers (one line). */
const covered = (text: string, r: Range) => lines(text)[r.start.line].slice(r.start.character, r.end.character);
const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

interface CheckResult {
  uri: string;
  kind?: string;
  text?: string;
  isReport?: boolean;
  errors?: number;
  warnings?: number;
  error?: string;
}

let c: TestClient;
let dir: string;

beforeAll(async () => {
  c = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'report-lint-docs-'));
});

afterAll(async () => {
  if (c) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('.html pages, live', () => {
  test.each(['row-total.cms.html', 'row-total.word.html'])('%s: the wrong total at its place in the page, fixed by the quick-fix', async (name) => {
    const uri = fileUri(html(name));
    let text = read(html(name));
    await open(c, uri, text, 'html', 1);
    const { diagnostics } = await c.diagnostics(uri);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['balance', 'row-total']);
    const [total] = byCode(diagnostics, 'row-total');
    // Line and column in the HTML file, over the 28 in its <td>.
    expect(covered(text, total.range)).toBe('28');
    expect(lines(text)[total.range.start.line]).toMatch(/<td[^>]*>(<span[^>]*>|<p[^>]*>)*28/);

    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [total] } });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('将总计改为 27');
    expect(titles).toContain('查看规则说明：row-total');
    // No disable comments in a page: the reader does not see HTML comments.
    expect(titles.filter((t) => t.startsWith('禁用此行') || t.startsWith('在本文件禁用'))).toEqual([]);
    const fix = actions.find((a) => a.title === '将总计改为 27')!;
    const edits = fix.edit!.changes![uri];
    text = applyEdits(text, edits);
    expect(covered(text, { start: total.range.start, end: { line: total.range.start.line, character: total.range.start.character + 2 } })).toBe('27');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const after = await c.diagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics.map((d) => d.code)).toEqual([]);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('hover on a total in the page shows its formula; the outline holds the six sections', async () => {
    const uri = fileUri(html('row-total.cms.html'));
    const text = read(html('row-total.cms.html'));
    await open(c, uri, text, 'html', 1);
    // (The close of the test before published an empty list for this page.)
    const [total] = byCode((await c.diagnostics(uri, (p) => p.diagnostics.length > 0)).diagnostics, 'row-total');
    const h: Hover | null = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: total.range.start });
    const value = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    expect(value).toContain('**总计** = 20+3+0+1+2+1 = 27');
    expect(value).toContain('表中填写 28，按各项相加应为 27');
    expect(covered(text, h!.range!)).toBe('28');

    const symbols: DocumentSymbol[] = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    // Each heading's selection is its text in the page.
    for (const s of symbols) expect(covered(text, s.selectionRange)).toBe(s.name);
    expect(symbols[2].children?.map((t) => t.name)).toEqual(['表：收到和处理政府信息公开申请情况']);
    expect(lines(text)[symbols[2].children![0].range.start.line]).toContain('<td');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('fix-all writes the fix into the text node (发文字号 brackets); a second lint is clean', async () => {
    const uri = fileUri(html('doc-number.cms.html'));
    let text = read(html('doc-number.cms.html'));
    await open(c, uri, text, 'html', 1);
    expect((await c.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['doc-number-format']);
    const actions: CodeAction[] = await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.reportLint']);
    text = applyEdits(text, actions[0].edit!.changes![uri]);
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text.length - read(html('doc-number.cms.html')).length).toBe(0); // [ ] → 〔 〕, nothing else
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    expect((await c.diagnostics(uri, (p) => p.version === 2)).diagnostics).toEqual([]);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('an HTML page that is not a report page gets no diagnostics, even with force', async () => {
    const uri = fileUri(join(dir, 'template.html'));
    // Section titles and a wrong-looking table, but no 政府信息公开 … 年度报告: a developer's page.
    const page = '<html><body><h1>一、总体情况</h1><p>说明</p><h2>二、主动公开情况</h2><table><tr><td>总计</td><td>x</td></tr></table></body></html>';
    c.settings = { force: true };
    try {
      await open(c, uri, page, 'html', 1);
      expect((await c.diagnostics(uri)).diagnostics).toEqual([]);
      const status = await c.notification('reportLint/status', (s) => s.uri === uri);
      expect(status).toMatchObject({ enabled: false, isReport: false });
    } finally {
      c.settings = {};
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});

describe('reportLint/checkFile: .docx and .pdf from disk', () => {
  const check = (path: string): Promise<CheckResult> => c.conn.sendRequest('reportLint/checkFile', { uri: fileUri(path) });

  test('a .docx: diagnostics on the extracted view, at the cell, the place in words', async () => {
    const file = join(ROOT, 'fixtures/docx/row-total.docx');
    const r = await check(file);
    expect(r).toMatchObject({ kind: 'docx', isReport: true, errors: 2, warnings: 0 });
    expect(r.uri).toBe(`report-lint-extracted:${fileUri(file).slice('file://'.length)}.txt`);
    const { diagnostics } = await c.diagnostics(r.uri);
    const [total] = byCode(diagnostics, 'row-total');
    expect(covered(r.text!, total.range)).toBe('28');
    expect(total.message).toMatch(/应为 27（表三 第 4 行 第 10 列）$/);
    expect(total.relatedInformation).toEqual([{ location: { uri: r.uri, range: total.range }, message: '在文件中的位置：表三 第 4 行 第 10 列' }]);
    expect(total.codeDescription?.href).toMatch(/row-total\.md$/);
    expect(byCode(diagnostics, 'balance')[0].message).toMatch(/（表三 第 \d+ 行 第 10 列）$/);
  });

  test('a .pdf: the page in words; a correct .docx publishes an empty list', async () => {
    const r = await check(join(ROOT, 'fixtures/pdf/row-total.chromium.pdf'));
    expect(r).toMatchObject({ kind: 'pdf', isReport: true, errors: 2 });
    const { diagnostics } = await c.diagnostics(r.uri);
    const [total] = byCode(diagnostics, 'row-total');
    expect(covered(r.text!, total.range)).toBe('28');
    expect(total.message).toMatch(/（第 1 页）$/);
    expect(byCode(diagnostics, 'balance')[0].message).toMatch(/（第 \d 页）$/);

    const ok = await check(join(ROOT, 'fixtures/docx/correct.docx'));
    expect(ok).toMatchObject({ kind: 'docx', isReport: true, errors: 0, warnings: 0, infos: 0 });
    expect((await c.diagnostics(ok.uri)).diagnostics).toEqual([]);
  });

  test('files that cannot be read are answered with what they are and what to do', async () => {
    expect((await check(join(ROOT, 'fixtures/pdf/scanned.pdf'))).error).toMatch(/PDF 中没有可提取的文字，可能是扫描件/);
    expect((await check(join(ROOT, 'fixtures/docx/old-format.doc'))).error).toMatch(/另存为 \.docx/);
    expect((await check(join(dir, 'missing.docx'))).error).toMatch(/无法读取文件：ENOENT/);
    expect((await check(join(ROOT, 'fixtures/synthetic/row-total.txt'))).error).toMatch(/只能检查 \.docx 和 \.pdf/);
    await expect(c.conn.sendRequest('reportLint/checkFile', { uri: 'untitled:Untitled-1' })).rejects.toThrow(/not a file: URI/);
    await expect(c.conn.sendRequest('reportLint/checkFile', {})).rejects.toThrow(/expects \{uri: string\}/);
  });

  test('the rule levels of the folder apply (.reportlintrc.json)', async () => {
    // A folder of its own: the server caches the config it found for a folder until a config changes.
    const folder = join(dir, 'with-config');
    mkdirSync(folder);
    const file = join(folder, 'draft.docx');
    writeFileSync(file, readFileSync(join(ROOT, 'fixtures/docx/row-total.docx')));
    writeFileSync(join(folder, '.reportlintrc.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
    const r = await check(file);
    expect((await c.diagnostics(r.uri)).diagnostics.map((d) => d.code)).toEqual(['balance']);
  });
});
