import { strToU8, unzipSync, zipSync } from 'fflate';
import { fixDocument, lintDocument, readDocument } from '../../src/documents';
import { isDocumentError } from '../../src/documents/errors';
import { readZip } from '../../src/documents/zip';
import { lint } from '../../src/lint';
import { applicationRows, bytesOf, numberRows, rulesOf, textOf } from './support';

const DEFECTS = ['row-total', 'results-total', 'review-total', 'balance'] as const;

/** A .docx holding `body` (WordprocessingML inside w:body). */
function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}
const p = (text: string, id?: string) => `<w:p${id ? ` w14:paraId="${id}"` : ''}><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(text)}</w:tc>`;

async function readError(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await readDocument(bytes, name);
  } catch (err) {
    if (isDocumentError(err)) return err.message;
    throw err;
  }
  throw new Error('read without error');
}

describe('DOCX reader', () => {
  it('reads every 表三 number of the LibreOffice .docx from its grid', async () => {
    const doc = await readDocument(bytesOf('docx/correct.docx'), 'correct.docx');
    const rows = numberRows(doc.text);
    const expected = applicationRows('correct');
    expect(rows.map((r) => r.numbers)).toEqual(expected.map((r) => r.numbers));
    rows.forEach((r, i) => expect(r.label).toContain(expected[i].label));
    expect(doc.tables.map((t) => [t.rowCount, t.colCount])).toEqual([
      [14, 4],
      [28, 10],
      [4, 15],
    ]);
  });

  it('finds nothing in the correct .docx', async () => {
    expect((await lintDocument(bytesOf('docx/correct.docx'), 'correct.docx')).messages).toEqual([]);
  });

  it.each(DEFECTS)('gives %s as the text does, placed on the table cell', async (defect) => {
    const { messages, document } = await lintDocument(bytesOf(`docx/${defect}.docx`), `${defect}.docx`);
    const fromText = lint(textOf(`synthetic/${defect}.txt`)).messages;
    expect(rulesOf(messages)).toEqual(rulesOf(fromText));
    for (const m of messages) {
      expect(m.source?.kind).toBe('docx');
      const { table, row, column } = m.source!;
      // The cell named by source holds the flagged text.
      const t = document.tables[table! - 1];
      const line = document.text.slice(t.span.start, t.span.end).split('\n')[row! - 1];
      expect(line.split('\t')[column! - 1]).toBe(document.text.slice(m.offset, m.endOffset));
    }
  });

  it('writes a fix into its w:t and leaves every other zip entry byte for byte', async () => {
    const input = bytesOf('docx/label.docx');
    const before = await lintDocument(input, 'label.docx');
    expect(rulesOf(before.messages)).toEqual(['table-label']);
    expect(before.messages[0].source).toMatchObject({ kind: 'docx', table: 2, row: 9, column: 3 });
    const fixed = await fixDocument(input, 'label.docx');
    expect(fixed.fixed).toBe(1);
    expect((await lintDocument(fixed.output, 'label.docx')).messages).toEqual([]);
    const a = unzipSync(input);
    const b = unzipSync(fixed.output);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(Buffer.from(b[name]).equals(Buffer.from(a[name]))).toBe(true);
    const oldXml = Buffer.from(a['word/document.xml']).toString();
    const newXml = Buffer.from(b['word/document.xml']).toString();
    expect(oldXml.split('行政止公开')).toHaveLength(2);
    expect(newXml).toBe(oldXml.replace('行政止公开', '行政法规禁止公开'));
    // The other entries' compressed bytes too, and their headers (time stamps): copied, not rewritten.
    const zin = readZip(input);
    const zout = readZip(fixed.output);
    for (const e of zin.entries.filter((x) => x.name !== 'word/document.xml')) {
      const o = zout.entries.find((x) => x.name === e.name)!;
      expect([o.crc, o.compressedSize, o.method]).toEqual([e.crc, e.compressedSize, e.method]);
    }
  });

  it('reports a fix that spans runs without offering it (the 发文字号 Word split at its digits)', async () => {
    const { messages } = await lintDocument(bytesOf('docx/doc-number.docx'), 'doc-number.docx');
    expect(rulesOf(messages)).toEqual(['doc-number-format']);
    expect(messages[0].fix).toBeUndefined();
    expect((await fixDocument(bytesOf('docx/doc-number.docx'), 'x.docx')).fixed).toBe(0);
  });

  it('expands w:gridSpan, w:vMerge and w:gridBefore, and keeps w14:paraId', async () => {
    const doc = await readDocument(
      docx(
        p('标题', '1A2B3C4D') +
          '<w:tbl>' +
          `<w:tr>${tc('合并', '<w:vMerge w:val="restart"/>')}${tc('跨两列', '<w:gridSpan w:val="2"/>')}</w:tr>` +
          `<w:tr>${tc('', '<w:vMerge/>')}${tc('1')}${tc('2')}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('3')}${tc('4')}</w:tr>` +
          '</w:tbl>',
      ),
      'x.docx',
    );
    expect(doc.text).toBe('标题\n合并\t跨两列\t\n\t1\t2\n\t3\t4\n\n');
    expect(doc.tables[0].cells.find((c) => c.row === 0 && c.col === 0)).toMatchObject({ rowspan: 2, colspan: 1 });
    expect(doc.placeOf(0)).toEqual({ kind: 'docx', paraId: '1A2B3C4D' });
    expect(doc.placeOf(doc.text.indexOf('2'))).toMatchObject({ kind: 'docx', table: 1, row: 2, column: 3 });
  });

  it('reads a layout table (a table in a table) as blocks, and w:tab and w:br inside a cell as breaks', async () => {
    const inner = `<w:tbl><w:tr>${tc('a')}${tc('b')}</w:tr></w:tbl>`;
    const doc = await readDocument(docx(`<w:tbl><w:tr><w:tc>${p('外')}${inner}</w:tc></w:tr></w:tbl>` + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一</w:t><w:br/><w:t>二</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'), 'x.docx');
    expect(doc.text).toBe('外\na\tb\n\n一二 x\n\n');
  });

  it('refuses an old .doc, a truncated .docx, an encrypted one and a non-Word file, saying what to do', async () => {
    expect(await readError(bytesOf('docx/old-format.doc'), 'old-format.doc')).toMatch(/旧版 Word 97-2003 文档（\.doc）.*另存为 \.docx/);
    expect(await readError(bytesOf('docx/truncated.docx'), 'truncated.docx')).toMatch(/zip 结构已损坏/);
    // Word keeps an encrypted .docx in an OLE container with an EncryptedPackage stream.
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 512);
    expect(await readError(ole, 'secret.docx')).toMatch(/已加密.*取消密码/);
    expect(await readError(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 'book.docx')).toMatch(/没有 word\/document\.xml/);
    expect(await readError(strToU8('plain text'), 'a.docx')).toMatch(/不是 zip 格式/);
  });
});

describe('files named .doc that are not Word binaries', () => {
  it('reads a web page saved as .doc as HTML, and refuses RTF saying what to do', async () => {
    const page = new TextEncoder().encode('<html><body><p>标题</p><table><tr><td>a</td><td>1</td></tr></table></body></html>');
    expect((await readDocument(page, 'report.doc')).text).toBe('标题\na\t1\n\n');
    await expect(readDocument(new TextEncoder().encode('{\\rtf1\\ansi 标题}'), 'report.doc')).rejects.toThrow(/RTF 文档.*另存为 \.docx/);
  });
});
