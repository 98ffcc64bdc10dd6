import { lintDocument, readDocument } from '../../src/documents';
import { isDocumentError } from '../../src/documents/errors';
import { APPLICATION_ROWS } from '../../src';
import { lint } from '../../src/lint';
import { applicationRows, bytesOf, numberRows, rulesOf, textOf } from './support';

async function readError(file: string): Promise<string> {
  try {
    await readDocument(bytesOf(file), file);
  } catch (err) {
    if (isDocumentError(err)) return err.message;
    throw err;
  }
  throw new Error('read without error');
}

describe('PDF reader', () => {
  it.each(['libreoffice', 'chromium'])('reads every 表三 row of the %s print as seven numbers, across the page break', async (printer) => {
    const doc = await readDocument(bytesOf(`pdf/correct.${printer}.pdf`), 'x.pdf');
    const rows = numberRows(doc.text);
    expect(rows.map((r) => r.numbers)).toEqual(applicationRows('correct').map((r) => r.numbers));
    // 表三 runs over two pages: its rows carry both page numbers.
    const pages = new Set(rows.map((r) => doc.placeOf(doc.text.indexOf(r.numbers.join('\t'))).page));
    expect(pages.size).toBeGreaterThan(1);
  });

  it('reads the LibreOffice print with the labels of wrapped and merged cells in their rows: nothing to report', async () => {
    expect((await lintDocument(bytesOf('pdf/correct.libreoffice.pdf'), 'correct.pdf')).messages).toEqual([]);
  });

  it('gives row-total in the LibreOffice print as the text does, with its page and position', async () => {
    const { messages } = await lintDocument(bytesOf('pdf/row-total.libreoffice.pdf'), 'row-total.pdf');
    expect(rulesOf(messages)).toEqual(rulesOf(lint(textOf('synthetic/row-total.txt')).messages));
    const rowTotal = messages.find((m) => m.ruleId === 'row-total')!;
    expect(rowTotal.source).toMatchObject({ kind: 'pdf', page: 2 });
    expect(rowTotal.source!.x).toBeGreaterThan(400); // the 总计 column, right of the others
    expect(rowTotal.fix).toBeUndefined(); // a PDF is not edited
  });

  it('narrow columns in a Chromium print: the merged labels a page break cuts through stay in their rows, 表三 one grid', async () => {
    // fixtures/shapes/pdf: （四）无法提供 wrapped over two lines and 三、本年度办理结果 one character a
    // line, both in cells that go on over the page break; at the foot of page 2 they are lines of
    // their own, six and more of them, before the next page's rows.
    const { document: doc, messages } = await lintDocument(bytesOf('shapes/pdf/correct.chromium.pdf'), 'x.pdf');
    const lines = doc.text.split('\n');
    expect(lines.filter((l) => /^(（四）无|法提供|[年度办理结果])$/.test(l))).toEqual([]);
    expect(lines.find((l) => l.includes('1.本机关不掌握相关政府信息'))).toMatch(/^（四）无法提供 ?1\.本机关不掌握相关政府信息\t14\t/);
    expect(lines.find((l) => l.includes('（一）予以公开'))).toMatch(/^三、本年度办理结果（一）予以公开\t115\t/);
    const 表三 = doc.tables.filter((t) => doc.text.slice(t.span.start, t.span.end).includes('政府信息公开申请数量'));
    expect(表三).toHaveLength(1);
    expect(doc.text.slice(表三[0].span.start, 表三[0].span.end)).toContain('四、结转下年度继续办理\t7\t');
    expect(messages).toEqual([]);
    // The defect of its row-total variant is still found at its cell.
    const defect = await lintDocument(bytesOf('shapes/pdf/row-total.chromium.pdf'), 'x.pdf');
    expect(rulesOf(defect.messages)).toEqual(['row-total', 'balance']);
  });

  it('narrow columns in a LibreOffice print without borders: neighbouring cells apart, group cells with their first row, every 表三 cell the source number', async () => {
    // fixtures/shapes/pdf/correct.libreoffice.pdf: no borders are drawn (only a clipping rectangle
    // of the whole page, which is no border); （三）不予公开 stands centred beside its rows 1.–8., a
    // few points left of their labels, and （四）无法提供 and （六）其他处理 are cut by page breaks.
    const { document: doc, messages, model } = await lintDocument(bytesOf('shapes/pdf/correct.libreoffice.pdf'), 'x.pdf');
    expect(messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
    const lines = doc.text.split('\n');
    expect(lines.find((l) => l.includes('1.属于国家秘密'))).toMatch(/^（三）不予公开 ?1\.属于国家秘密\t0\t/);
    expect(lines.find((l) => l.includes('4.保护第三方合法权益'))).toMatch(/^4\.保护第三方合法权益\t2\t/);
    expect(lines.find((l) => l.includes('1.本机关不掌握相关政府信息'))).toMatch(/^（四）无法提供 ?1\.本机关不掌握相关政府信息\t14\t/);
    expect(lines.find((l) => l.includes('1.申请人无正当理由'))).toMatch(/^（六）其他处理 ?1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t5\t/);
    // Every 表三 cell as in the source (fixtures/shapes/README.md, as the golden tests read it).
    const readme = textOf('shapes/README.md');
    const table3 = readme.slice(readme.indexOf('The 表三 of the correct files'));
    const expectedRows = [...table3.matchAll(/^\| (\S[^|]*?) \| ((?:\d+ \| ){6}\d+) \|$/gm)].map((m) => m[2].split(' | ').map(Number));
    const t3 = model.tables.applications!;
    const rowsOfSpec = APPLICATION_ROWS.filter((r) => r.values).map((r) => r.key);
    expect(t3.confident).toBe(true);
    expect(rowsOfSpec.map((r) => t3.columns.map((col) => t3.cells.find((c) => c.row === r && c.col === col)?.value))).toEqual(expectedRows);
    expect(model.tables.review!.cells.map((c) => c.value)).toEqual(/表四: ([\d ]+)\./.exec(readme)![1].split(' ').map(Number));
    // Its row-total variant: that defect and the balance it breaks, nothing else.
    const defect = await lintDocument(bytesOf('shapes/pdf/row-total.libreoffice.pdf'), 'x.pdf');
    expect(rulesOf(defect.messages)).toEqual(['row-total', 'balance']);
  });

  it('joins a paragraph wrapped over lines, and drops nothing of its text', async () => {
    const doc = await readDocument(bytesOf('pdf/correct.libreoffice.pdf'), 'x.pdf');
    const intro = textOf('synthetic/correct.txt').split('\n')[2];
    expect(doc.text.split('\n')).toContain(intro);
  });

  it('says a PDF without text is probably a scan, and an encrypted one needs its password removed', async () => {
    expect(await readError('pdf/scanned.pdf')).toMatch(/^PDF 中没有可提取的文字，可能是扫描件/);
    expect(await readError('pdf/encrypted.pdf')).toMatch(/PDF 已加密/);
    await expect(readDocument(bytesOf('docx/correct.docx'), 'renamed.pdf')).rejects.toThrow(/文件不是 PDF/);
  });
});
