import { lintDocument, readDocument } from '../../src/documents';
import { isDocumentError } from '../../src/documents/errors';
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
