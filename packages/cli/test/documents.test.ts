/** .html, .docx and .pdf from the command line: linted where they lie, found in directory walks,
 *  fixed in place (HTML, docx), placed in every output format, refused with a clear message. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, json, makeTmp, removeTmp } from './helpers';

afterAll(removeTmp);

/** Copies fixtures into a fresh temp dir; returns the dir. */
function copies(...names: string[]): string {
  const dir = makeTmp();
  for (const n of names) copyFileSync(fixture(n), join(dir, n.split('/').pop()!));
  return dir;
}

describe('documents in the CLI', () => {
  it('lints .html, .docx and .pdf found in a directory, with source places in the JSON output', () => {
    const dir = copies('html/row-total.word.html', 'docx/row-total.docx', 'pdf/row-total.libreoffice.pdf', 'synthetic/correct.txt');
    const r = cli(['--format', 'json', dir]);
    expect(r.status).toBe(1);
    const files = json(r);
    expect(files.map((f) => f.filePath.split('/').pop())).toEqual(['correct.txt', 'row-total.docx', 'row-total.libreoffice.pdf', 'row-total.word.html']);
    const [txt, docx, pdf, html] = files;
    expect(txt.messages).toEqual([]);
    const rowTotal = (f: (typeof files)[number]) => f.messages.find((m) => m.ruleId === 'row-total') as (typeof f.messages)[number] & { source?: Record<string, unknown> };
    expect(rowTotal(docx).source).toEqual({ kind: 'docx', table: 2, row: 4, column: 10 });
    expect(rowTotal(pdf).source).toMatchObject({ kind: 'pdf', page: 2 });
    expect(rowTotal(html).source).toEqual({ kind: 'html', line: rowTotal(html).line, column: rowTotal(html).column });
    // The HTML message is placed in the page: there stands the wrong total.
    const page = readFileSync(join(dir, 'row-total.word.html'), 'utf8').split('\n');
    expect(page[rowTotal(html).line - 1].slice(rowTotal(html).column - 1)).toMatch(/^28</);
  });

  it('names the place in words in the stylish report, and carries it in SARIF', () => {
    const r = cli([fixture('docx/row-total.docx'), fixture('pdf/row-total.libreoffice.pdf')]);
    expect(r.stdout).toContain('（第二个表格 第 4 行 第 10 列）');
    expect(r.stdout).toMatch(/（第 2 页）/);
    const sarif = JSON.parse(cli(['--format', 'sarif', fixture('docx/row-total.docx')]).stdout);
    expect(sarif.runs[0].results[0].properties.source).toEqual({ kind: 'docx', table: 2, row: 4, column: 10 });
  });

  it('fixes an HTML page and a .docx in place; a second run is clean', () => {
    const dir = copies('html/label.gbk.html', 'docx/label.docx');
    const first = cli(['--fix', dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    const second = cli(['--format', 'json', dir]);
    expect(second.status).toBe(0);
    expect(json(second).every((f) => f.messages.length === 0)).toBe(true);
  });

  it('shows what --fix-dry-run would change in a page, and changes nothing', () => {
    const dir = copies('html/label.cms.html');
    const before = readFileSync(join(dir, 'label.cms.html'));
    const r = cli(['--fix-dry-run', join(dir, 'label.cms.html')]);
    expect(r.stdout).toMatch(/^-.*2\.其他法律行政止公开/m);
    expect(r.stdout).toMatch(/^\+.*2\.其他法律行政法规禁止公开/m);
    expect(readFileSync(join(dir, 'label.cms.html')).equals(before)).toBe(true);
  });

  it('does not touch a PDF on --fix and says so', () => {
    const dir = copies('pdf/row-total.libreoffice.pdf');
    const file = join(dir, 'row-total.libreoffice.pdf');
    const before = readFileSync(file);
    const r = cli(['--fix', file]);
    expect(r.stderr).toContain('PDF 不能自动修复');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('prints the tables read from a .docx', () => {
    const r = cli(['--print-tables', fixture('docx/row-total.docx')]);
    expect(r.stdout).toContain('本年新收');
    expect(r.stdout).toContain('28≠27');
  });

  it('refuses an old .doc, a truncated .docx, a scanned and an encrypted PDF (exit 2) and lints the rest', () => {
    const r = cli(['--format', 'json', fixture('docx/old-format.doc'), fixture('docx/truncated.docx'), fixture('pdf/scanned.pdf'), fixture('pdf/encrypted.pdf'), fixture('docx/row-total.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/旧版 Word 97-2003 文档（\.doc）.*: .*old-format\.doc/);
    expect(r.stderr).toMatch(/zip 结构已损坏.*truncated\.docx \(corrupt zip\)/);
    expect(r.stderr).toMatch(/PDF 中没有可提取的文字，可能是扫描件.*scanned\.pdf/);
    expect(r.stderr).toMatch(/PDF 已加密.*encrypted\.pdf/);
    expect(json(r).map((f) => f.filePath.split('/').pop())).toEqual(['row-total.docx']);
  });
});
