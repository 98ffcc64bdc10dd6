/** The .docx reader: `word/document.xml` from the zip (fflate) parsed with @xmldom/xmldom. Each w:p
 *  is a line, each w:tbl a grid (w:gridSpan, w:vMerge and w:gridBefore expanded), and every
 *  character of a w:t maps back to its offset in document.xml, so a fix inside one w:t can be
 *  written back with the rest of the file unchanged. */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { DocumentError } from './errors';
import { writeTable, type SourceCell } from './grid';
import { append, emptyPiece, joinParts, mapDecoded, nearAt, placedPiece, pushChar, trimPiece, TextBuilder, verbatimRange, type Piece } from './pieces';
import type { ExtractedDocument, ExtractedTable, SourcePlace } from './types';
import { entryData, isEncrypted, readZip, replaceEntry, type ZipArchive } from './zip';

export const DOCUMENT_XML = 'word/document.xml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

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

const isW = (n: XmlNode | null, local: string): n is XmlElement => !!n && n.nodeType === 1 && (n as XmlElement).namespaceURI === W && (n as XmlElement).localName === local;
const children = (el: XmlElement): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
};
const wChild = (el: XmlElement | undefined, local: string) => (el ? children(el).find((c) => isW(c, local)) : undefined);
const wVal = (el: XmlElement | undefined) => el?.getAttributeNS(W, 'val') || el?.getAttribute('w:val') || '';

/** Offsets of each w:t's content in document.xml, in document order. */
function textOffsets(xml: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const open = /<w:t(?:\s[^>]*?)?(\/)?>/g;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const start = m.index + m[0].length;
    if (m[1]) {
      out.push({ start, end: start });
      continue;
    }
    const end = xml.indexOf('</w:t>', start);
    if (end < 0) break;
    out.push({ start, end });
    open.lastIndex = end;
  }
  return out;
}

class DocxReader {
  readonly out = new TextBuilder();
  readonly tables: ExtractedTable[] = [];
  /** Paragraph ids by paragraph number (a character's `near`). */
  readonly paraIds: (string | undefined)[] = [];
  private tIndex = 0;
  private readonly offsets: { start: number; end: number }[];
  private readonly exactOk: boolean;

  constructor(
    private readonly xml: string,
    private readonly tElements: number,
  ) {
    this.offsets = textOffsets(xml);
    // Fix write-back only when the scan found the same w:t elements as the parser.
    this.exactOk = this.offsets.length === tElements;
  }

  private paragraphNumber(p: XmlElement): number {
    this.paraIds.push(p.getAttributeNS(W14, 'paraId') || p.getAttribute('w14:paraId') || undefined);
    return this.paraIds.length - 1;
  }

  /** A paragraph's text as lines (w:br and w:cr break it), w:tab read as a space. */
  private paragraph(p: XmlElement): Piece[] {
    const near = this.paragraphNumber(p);
    const lines: Piece[] = [];
    let cur = emptyPiece();
    const visit = (el: XmlElement) => {
      for (const c of children(el)) {
        if (c.namespaceURI !== W) {
          if (c.localName === 'AlternateContent') this.skipTexts(c); // drawings, text boxes
          continue;
        }
        switch (c.localName) {
          case 't': {
            const i = this.tIndex++;
            const value = c.textContent ?? '';
            const at = this.offsets[i];
            const piece = this.exactOk && at ? mapDecoded(this.xml.slice(at.start, at.end), at.start, value) : undefined;
            append(cur, piece ? { ...piece, near: piece.near.map(() => near) } : placedPiece(value, near));
            break;
          }
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
            this.skipTexts(c);
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

  /** Counts the w:t inside content that is not read, so later w:t keep their offsets. */
  private skipTexts(el: XmlElement): void {
    this.tIndex += el.getElementsByTagNameNS(W, 't').length;
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
      } else {
        this.skipTexts(c);
      }
    }
  }

  private table(tbl: XmlElement): void {
    // A table that holds a table lays out the page: its cells are read as blocks.
    if (tbl.getElementsByTagNameNS(W, 'tbl').length > 0) {
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
          for (const c of children(tc)) {
            if (isW(c, 'p')) parts.push(...this.paragraph(c));
            else this.skipTexts(c);
          }
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
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level === 'fatalError') throw new Error(msg);
      },
    }).parseFromString(xml, 'text/xml');
  } catch {
    throw new DocumentError('文件中的 word/document.xml 已损坏：请用 Word 打开并另存为 .docx 后再检查', 'corrupt document.xml');
  }
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new DocumentError('文件中的 word/document.xml 没有正文：请用 Word 打开并另存为 .docx 后再检查', 'no document body');
  const reader = new DocxReader(xml, doc.getElementsByTagNameNS(W, 't').length);
  reader.block(body as unknown as XmlElement);
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
