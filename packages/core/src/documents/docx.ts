/** The .docx reader: `word/document.xml` from the zip (fflate) parsed with htmlparser2 in XML mode
 *  (ten times faster than @xmldom/xmldom on a large document, and it gives every node's offsets in
 *  the XML). Each w:p is a line, each w:tbl a grid (w:gridSpan, w:vMerge and w:gridBefore expanded),
 *  and every character of a w:t maps back to its offset in document.xml, so a fix inside one w:t
 *  can be written back with the rest of the file unchanged. List numbers Word draws (a heading's
 *  一、 from numbering.xml) are put in front of their paragraphs (docx-numbering.ts). WordprocessingML is read by its usual
 *  `w:` prefix, which Word, WPS and LibreOffice all write. */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element as XmlElement } from 'domhandler';
import { DocumentError } from './errors';
import { writeTable, type SourceCell } from './grid';
import { append, emptyPiece, joinParts, mapDecoded, nearAt, placedPiece, pushChar, trimPiece, TextBuilder, verbatimRange, type Piece } from './pieces';
import type { ExtractedDocument, ExtractedTable, SourcePlace } from './types';
import { entryData, isEncrypted, readZip, replaceEntry, type ZipArchive } from './zip';
import { readNumbering, type Numbering } from './docx-numbering';

export const DOCUMENT_XML = 'word/document.xml';

export interface DocxDocument extends ExtractedDocument {
  /** document.xml as text and the archive, for writing fixes back. */
  xml: string;
  zip: ZipArchive;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word's OLE container: an old binary .doc, or an encrypted .docx (which Word also stores that way). */
function refuseCompoundFile(bytes: Uint8Array): void {
  if (!CFB.every((b, i) => bytes[i] === b)) return;
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.includes(utf16('EncryptedPackage'))) {
    throw new DocumentError('文件已加密（设置了打开密码）：请在 Word 中取消密码（文件 → 信息 → 保护文档）后再检查', 'encrypted document');
  }
  throw new DocumentError('这是旧版 Word 97-2003 文档（.doc），不能直接读取：请用 Word 或 WPS 另存为 .docx 后再检查', 'old binary .doc format, save as .docx');
}

const isElement = (n: ChildNode): n is XmlElement => n.type === 'tag';
const isW = (n: ChildNode | undefined, local: string): n is XmlElement => !!n && isElement(n) && n.name === `w:${local}`;
const children = (el: XmlElement): XmlElement[] => el.children.filter(isElement);
const wChild = (el: XmlElement | undefined, local: string) => (el ? children(el).find((c) => isW(c, local)) : undefined);
const wVal = (el: XmlElement | undefined) => el?.attribs['w:val'] ?? '';
/** Whether an element holds a descendant named `name`. */
const holds = (el: XmlElement, name: string): boolean => children(el).some((c) => c.name === name || holds(c, name));

class DocxReader {
  readonly out = new TextBuilder();
  readonly tables: ExtractedTable[] = [];
  /** Paragraph ids by paragraph number (a character's `near`). */
  readonly paraIds: (string | undefined)[] = [];
  constructor(
    private readonly xml: string,
    private readonly numbering?: Numbering,
  ) {}

  private paragraphNumber(p: XmlElement): number {
    this.paraIds.push(p.attribs['w14:paraId'] || undefined);
    return this.paraIds.length - 1;
  }

  /** A w:t's text, mapped to its offsets in document.xml. */
  private runText(t: XmlElement, near: number): Piece {
    const node = t.children[0];
    if (!node || node.type !== 'text') return emptyPiece();
    const value = node.data;
    const { startIndex, endIndex } = node;
    if (startIndex === null || endIndex === null) return placedPiece(value, near);
    const piece = mapDecoded(this.xml.slice(startIndex, endIndex + 1), startIndex, value);
    if (!piece) return placedPiece(value, near);
    piece.near.fill(near); // a character's place is its paragraph
    return piece;
  }

  /** A paragraph's text as lines (w:br and w:cr break it), w:tab read as a space. */
  private paragraph(p: XmlElement): Piece[] {
    const near = this.paragraphNumber(p);
    const lines: Piece[] = [];
    let cur = emptyPiece();
    // A list number Word draws (一、 of a numbered heading): text of the paragraph, in no w:t.
    const list = this.numbering?.resolve(wChild(p, 'pPr'));
    if (list) {
      const label = this.numbering!.next(list.numId, list.ilvl);
      if (label) append(cur, placedPiece(label, near));
    }
    const visit = (el: XmlElement) => {
      for (const c of children(el)) {
        if (!c.name.startsWith('w:')) continue; // mc:AlternateContent (drawings, text boxes) and the like
        switch (c.name.slice(2)) {
          case 't':
            append(cur, this.runText(c, near));
            break;
          case 'tab':
          case 'ptab':
            pushChar(cur, ' ', near);
            break;
          case 'br':
          case 'cr':
            lines.push(cur);
            cur = emptyPiece();
            break;
          case 'noBreakHyphen':
            pushChar(cur, '-', near);
            break;
          case 'del':
          case 'moveFrom':
          case 'drawing':
          case 'pict':
          case 'object':
            break;
          case 'pPr':
          case 'rPr':
            break;
          default:
            visit(c); // w:r, w:hyperlink, w:ins, w:smartTag, w:sdt, w:sdtContent, w:fldSimple …
        }
      }
    };
    visit(p);
    lines.push(cur);
    return lines.map((l) => ({ ...l, s: l.s.replace(/[\u00a0\t]/g, ' ') }));
  }

  block(el: XmlElement): void {
    for (const c of children(el)) {
      if (isW(c, 'p')) {
        for (const line of this.paragraph(c)) {
          const t = trimPiece(line);
          if (t.s) this.out.line(t);
        }
      } else if (isW(c, 'tbl')) {
        this.table(c);
      } else if (isW(c, 'sdt')) {
        const content = wChild(c, 'sdtContent');
        if (content) this.block(content);
      } else if (isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo')) {
        this.block(c);
      }
    }
  }

  private table(tbl: XmlElement): void {
    // A table that holds a table lays out the page: its cells are read as blocks.
    if (holds(tbl, 'w:tbl')) {
      for (const tr of children(tbl).filter((c) => isW(c, 'tr'))) for (const tc of children(tr).filter((c) => isW(c, 'tc'))) this.block(tc);
      return;
    }
    const trs = children(tbl).filter((c) => isW(c, 'tr'));
    type Raw = SourceCell & { vMerge?: 'restart' | 'continue'; covered?: boolean };
    const rows: Raw[][] = trs.map((tr) => {
      const trPr = wChild(tr, 'trPr');
      const before = Number(wVal(wChild(trPr, 'gridBefore'))) || 0;
      return children(tr)
        .filter((c) => isW(c, 'tc'))
        .map((tc, i) => {
          const tcPr = wChild(tc, 'tcPr');
          const vm = wChild(tcPr, 'vMerge');
          const paragraphs = children(tc).filter((c) => isW(c, 'p'));
          const firstPara = this.paraIds.length;
          const parts: Piece[] = [];
          for (const c of children(tc)) if (isW(c, 'p')) parts.push(...this.paragraph(c));
          return {
            text: joinParts(parts),
            rowspan: 1,
            colspan: Number(wVal(wChild(tcPr, 'gridSpan'))) || 1,
            near: paragraphs.length ? firstPara : Math.max(0, this.paraIds.length - 1),
            ...(i === 0 && before ? { skipBefore: before } : {}),
            ...(vm ? { vMerge: wVal(vm) === 'restart' ? ('restart' as const) : ('continue' as const) } : {}),
          };
        });
    });
    // A vertical merge: the first cell spans the rows below it whose cell in the same grid
    // column continues it; those continuing cells are left out (their positions stay empty).
    const colOf = (r: number, i: number) => rows[r].slice(0, i).reduce((c, x) => c + (x.skipBefore ?? 0) + x.colspan, rows[r][i].skipBefore ?? 0);
    for (let r = 0; r < rows.length; r++) {
      rows[r].forEach((cell, i) => {
        if (cell.vMerge !== 'restart') return;
        const col = colOf(r, i);
        for (let below = r + 1; below < rows.length; below++) {
          const j = rows[below].findIndex((x, k) => colOf(below, k) === col);
          if (j < 0 || rows[below][j].vMerge !== 'continue') break;
          rows[below][j].covered = true;
          cell.rowspan++;
        }
      });
    }
    // A covered cell's position is taken by the merged cell above: the grid layout skips it.
    const laid: SourceCell[][] = rows.map((cells) =>
      cells.filter((c) => !c.covered).map((c) => ({ text: c.text, rowspan: c.rowspan, colspan: c.colspan, near: c.near, ...(c.skipBefore ? { skipBefore: c.skipBefore } : {}) })),
    );
    this.tables.push(writeTable(this.out, laid));
  }
}

export function readDocx(bytes: Uint8Array): DocxDocument {
  refuseCompoundFile(bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new DocumentError('文件不是 .docx 文档（不是 zip 格式）：请确认文件完整，或用 Word 另存为 .docx 后再检查', 'not a .docx file');
  }
  const zip = readZip(bytes);
  const entry = zip.entries.find((e) => e.name === DOCUMENT_XML);
  if (zip.entries.some(isEncrypted)) throw new DocumentError('文件已加密：请在 Word 中取消密码后另存为 .docx 再检查', 'encrypted document');
  if (!entry) throw new DocumentError('文件中没有 word/document.xml，不是 Word 文档（可能是其他 Office 文件）：请用 Word 另存为 .docx 后再检查', 'not a Word document');
  const xml = new TextDecoder('utf-8').decode(entryData(zip, entry));
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true, withEndIndices: true });
  const root = doc.children.find((c): c is XmlElement => isW(c, 'document'));
  const body = root && wChild(root, 'body');
  if (!body) throw new DocumentError('文件中的 word/document.xml 已损坏或没有正文：请用 Word 打开并另存为 .docx 后再检查', 'no document body');
  // The styles are read only for a document with lists (a style can carry a list's numbering).
  const numberingXml = textEntry(zip, 'word/numbering.xml');
  const reader = new DocxReader(xml, numberingXml ? readNumbering(numberingXml, textEntry(zip, 'word/styles.xml')) : undefined);
  reader.block(body);
  const { out, tables, paraIds } = reader;
  const text = out.text();
  return {
    kind: 'docx',
    text,
    tables,
    xml,
    zip,
    placeOf(offset): SourcePlace {
      const paraId = paraIds[nearAt(out.near, offset)];
      const place: SourcePlace = { kind: 'docx', ...tablePlace(text, tables, offset) };
      if (paraId) place.paraId = paraId;
      return place;
    },
    sourceRange(start, end) {
      return verbatimRange(out.exact, start, end);
    },
  };
}

/** A zip entry as UTF-8 text, or undefined when the archive has none by that name. */
function textEntry(zip: ZipArchive, name: string): string | undefined {
  const e = zip.entries.find((x) => x.name === name);
  return e ? new TextDecoder('utf-8').decode(entryData(zip, e)) : undefined;
}

/** 1-based table, row and column of an offset inside a table's lines (from the text itself:
 *  the row is the line within the table, the column the tab-separated field). */
export function tablePlace(text: string, tables: readonly ExtractedTable[], offset: number): { table?: number; row?: number; column?: number } {
  const k = tables.findIndex((t) => offset >= t.span.start && offset < t.span.end);
  if (k < 0) return {};
  const t = tables[k];
  const before = text.slice(t.span.start, Math.min(offset, t.span.end));
  const row = before.split('\n').length;
  const column = before.slice(before.lastIndexOf('\n') + 1).split('\t').length;
  return { table: k + 1, row, column };
}

/** The .docx with document.xml replaced by `xml` (fixes written in); every other entry unchanged. */
export function writeDocx(doc: DocxDocument, xml: string): Uint8Array {
  return replaceEntry(doc.zip, DOCUMENT_XML, new TextEncoder().encode(xml));
}
