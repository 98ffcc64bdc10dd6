/** The PDF reader: pdfjs-dist (legacy build, for Node) gives each page's text items with their
 *  positions; items on one baseline make a line, and lines whose pieces stand apart in columns
 *  make table rows, one field per column as far as the column positions tell. */
import { DocumentError } from './errors';
import { nearAt, placedPiece, TextBuilder } from './pieces';
import type { ExtractedDocument, ExtractedTable, GridCell, SourcePlace } from './types';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Items of one line close enough to read as one piece of text (a cell, a sentence). */
interface Fragment {
  /** The top border of the cell the text is in, where borders are drawn. */
  top?: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A horizontal rule drawn on the page (a table border), in PDF user space. */
export interface Rule {
  y: number;
  x0: number;
  x1: number;
}

interface Line {
  y: number;
  size: number;
  fragments: Fragment[];
  page: number;
  /** The horizontal rules of the page. */
  rules: Rule[];
  /** The line's text items one by one (a table header's narrow cells stand closer than a gap). */
  pieces: Fragment[];
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<Pdfjs> | undefined;

/** pdfjs warns on console.log when it loads in Node without a canvas (only rendering needs one):
 *  that would end up in the CLI's report, so it is held back while pdfjs loads. */
function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      // The "fake worker" on this thread: pdfjs takes it from here instead of importing a file.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** The character maps of CJK fonts that are not embedded, when pdfjs-dist is installed beside us. */
function cMapUrl(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { dirname, join } = require('node:path') as typeof import('node:path');
    return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  } catch {
    return undefined;
  }
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;

/** The horizontal rules of a page: thin filled rectangles and horizontal line segments, which is
 *  how LibreOffice, Word and Chromium draw table borders. They tell which rows a cell spans.
 *  Only painted paths count: a clipping path (LibreOffice clips each page to its whole area) is
 *  no border, and neither is a rectangle as large as the page (a background). */
function horizontalRules(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, pageWidth = Infinity, pageHeight = Infinity): Rule[] {
  const rules: Rule[] = [];
  let pending: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const painting = new Set(
    ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map((n) => OPS[n]).filter((n) => n !== undefined),
  );
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    const [x0, y0] = apply(ctm, ax, ay);
    const [x1, y1] = apply(ctm, bx, by);
    if (Math.abs(y1 - y0) < 2.5 && Math.abs(x1 - x0) > 4) pending.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
  };
  ops.fnArray.forEach((fn, k) => {
    const args = ops.argsArray[k] as unknown[];
    if (painting.has(fn)) {
      rules.push(...pending);
      pending = [];
    } else if (fn === OPS.endPath) pending = [];
    else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      const [pathOps, coords] = args as [number[], number[]];
      let j = 0;
      let x = 0;
      let y = 0;
      for (const op of pathOps) {
        if (op === OPS.rectangle) {
          const [rx, ry, w, h] = coords.slice(j, (j += 4));
          const [cx0, cy0] = apply(ctm, rx, ry);
          const [cx1, cy1] = apply(ctm, rx + w, ry + h);
          const pageSized = Math.abs(cx1 - cx0) > pageWidth * 0.9 && Math.abs(cy1 - cy0) > pageHeight * 0.9;
          if (pageSized) continue;
          if (Math.abs(h) < 2.5) segment(rx, ry + h / 2, rx + w, ry + h / 2);
          else if (Math.abs(w) > 4) {
            segment(rx, ry, rx + w, ry);
            segment(rx, ry + h, rx + w, ry + h);
          }
        } else if (op === OPS.moveTo) {
          [x, y] = coords.slice(j, (j += 2));
        } else if (op === OPS.lineTo) {
          const [nx, ny] = coords.slice(j, (j += 2));
          segment(x, y, nx, ny);
          [x, y] = [nx, ny];
        } else if (op === OPS.curveTo) j += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) j += 4;
      }
    }
  });
  return rules;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
};

/** Groups a page's items into lines by baseline, each line into fragments by the gaps. */
function pageLines(items: Item[], page: number, rules: Rule[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1.5, Math.min(last.size, it.size) * 0.4)) last.items.push(it);
    else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  return lines.map((l) => {
    const its = l.items.sort((a, b) => a.x - b.x);
    const pieces = its.map((it) => ({ text: it.str.trim(), x: it.x, right: it.x + it.width, y: it.y, size: it.size })).filter((f) => f.text);
    const size = median(its.map((i) => i.size)) || 10;
    const fragments: Fragment[] = [];
    for (const it of its) {
      const f = fragments[fragments.length - 1];
      const gap = f ? it.x - f.right : Infinity;
      // A gap of more than one character is a column break, and so is any gap between two
      // numbers (narrow number columns stand close); less is a space or nothing.
      const apart = gap >= size * 1.2 || (gap > size * 0.25 && /\d$/.test(f?.text ?? '') && /^\d/.test(it.str));
      if (f && !apart) {
        f.text += gap > size * 0.2 && !/[\u3000-\u9fff\uff00-\uffef]$/.test(f.text) && !/^[\u3000-\u9fff\uff00-\uffef]/.test(it.str) ? ' ' + it.str : it.str;
        f.right = Math.max(f.right, it.x + it.width);
      } else {
        fragments.push({ text: it.str, x: it.x, right: it.x + it.width, y: it.y, size: it.size });
      }
    }
    for (const f of fragments) f.text = f.text.replace(/\s+/g, ' ').trim();
    // Numbers of neighbouring narrow columns can come as one item ("0 0"): one fragment each.
    for (let k = fragments.length - 1; k >= 0; k--) {
      const f = fragments[k];
      const parts = f.text.split(' ');
      if (parts.length < 2 || !parts.every((x) => /^\d+(\.\d+)?$/.test(x))) continue;
      const step = (f.right - f.x) / f.text.length;
      let at = 0;
      fragments.splice(k, 1, ...parts.map((x) => {
        const frag = { ...f, text: x, x: f.x + at * step, right: f.x + (at + x.length) * step };
        at += x.length + 1;
        return frag;
      }));
    }
    return { y: l.y, size, fragments: fragments.filter((f) => f.text), pieces, page, rules };
  });
}

const PAGE_NUMBER = /^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/;

/** Page numbers in the margins are not report text. */
function dropPageNumbers(lines: Line[]): Line[] {
  return lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && l.fragments.length === 1 && PAGE_NUMBER.test(l.fragments[0].text)));
}

const isNumeric = (t: string) => /^[\d.,，%-]+$/.test(t) || t === '无' || t === '/';

/** A block of consecutive table lines; its columns are the x positions where numbers line up. */
function columnsOf(block: Line[]): number[] {
  const centres: number[] = [];
  for (const l of block) for (const f of l.fragments) if (isNumeric(f.text)) centres.push((f.x + f.right) / 2);
  centres.sort((a, b) => a - b);
  const cols: number[][] = [];
  for (const c of centres) {
    const last = cols[cols.length - 1];
    if (last && c - last[last.length - 1] < 5) last.push(c);
    else cols.push([c]);
  }
  return cols.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

interface Placed {
  text: string;
  near: number;
}

export interface PdfDocument extends ExtractedDocument {
  pageCount: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      ...(cMapUrl() ? { cMapUrl: cMapUrl(), cMapPacked: true } : {}),
    }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new DocumentError('PDF 已加密（需要密码才能打开）：请取消密码或另存为不加密的 PDF 后再检查', 'encrypted PDF');
    throw new DocumentError(`PDF 文件已损坏或不是 PDF（${(err as Error).message}）：请重新导出 PDF 后再检查`, 'corrupt PDF');
  }
  const lines: Line[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , e, f] = it.transform as number[];
        items.push({ str: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || it.height || 10 });
      }
      const pageText = dropPageNumbers(pageLines(items, p, []));
      // The drawn borders only where there is a table: the operator list costs more than the text.
      if (pageText.some(isTableLine)) {
        const [, , pageWidth, pageHeight] = page.view;
        const rules = horizontalRules(await page.getOperatorList(), pdfjs.OPS as unknown as Record<string, number>, pageWidth, pageHeight);
        for (const l of pageText) l.rules = rules;
      }
      lines.push(...pageText);
      page.cleanup();
    }
  } finally {
    const pageCount = doc.numPages;
    void doc.destroy();
    if (!lines.length) {
      // eslint-disable-next-line no-unsafe-finally
      throw new DocumentError(`PDF 中没有可提取的文字，可能是扫描件（共 ${pageCount} 页）：请用 OCR 识别成文字，或改用 Word 或网页版本检查`, 'no text layer in the PDF (scanned?)');
    }
  }
  return buildDocument(lines, doc.numPages);
}

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])/;

/** Whether `next` goes on with the paragraph of `line`: one piece each, the same size, right below,
 *  `line` reaching the right margin, and `next` not starting a heading. */
function continues(line: Line, next: Line, rightEdge: Map<number, number>): boolean {
  if (line.fragments.length !== 1 || next.fragments.length !== 1 || isTableLine(next)) return false;
  if (Math.abs(line.size - next.size) > 0.5) return false;
  const f = line.fragments[0];
  const samePage = next.page === line.page;
  if (samePage && (line.y - next.y > line.size * 2.6 || line.y <= next.y)) return false;
  if (f.right < (rightEdge.get(line.page) ?? 0) - line.size * 2.5) return false;
  if (/[。！？：]$/.test(f.text) && f.right < (rightEdge.get(line.page) ?? 0) - line.size * 0.5) return false;
  return !HEADING.test(next.fragments[0].text);
}

/** Whether lines[j] starts a run of short label pieces that a table row follows, on this page or
 *  at the top of the next: merged label cells that a page break cut through (`（四）无`/`法提供`, and
 *  `年`/`度`/`办`/`理`/`结`/`果` of a narrow 三、本年度办理结果 column, one line each at the foot of the
 *  page), a run longer than the four lines a wrapped label usually takes. */
function wrappedLabelsGoOn(lines: Line[], j: number): boolean {
  const page = lines[j].page;
  for (let k = j; k < lines.length && k < j + 16; k++) {
    const l = lines[k];
    if (isTableLine(l)) return l.page === page || (l.page === page + 1 && k > j && lines[k - 1].page === page);
    if (l.page !== page || !l.fragments.every((f) => f.text.length <= 12 && !/[。；：]/.test(f.text))) return false;
  }
  return false;
}

/** A line that belongs to a table: pieces standing apart, at least one of them a number. */
const isTableLine = (l: Line) => l.fragments.length >= 2 && l.fragments.some((f) => isNumeric(f.text));
/** A header line of a table: several pieces apart, none of them prose. */
const isHeaderLine = (l: Line) => l.fragments.length >= 3 && l.fragments.every((f) => f.text.length <= 40 && !/[。；]/.test(f.text));

export function buildDocument(lines: Line[], pageCount: number): PdfDocument {
  const places: SourcePlace[] = [];
  const placeIndex = (f: { x: number; y: number }, page: number) => places.push({ kind: 'pdf', page, x: Math.round(f.x * 10) / 10, y: Math.round(f.y * 10) / 10 }) - 1;
  const out = new TextBuilder();
  const tables: ExtractedTable[] = [];

  // The right margin of each page: where the longest lines end.
  const rightEdge = new Map<number, number>();
  for (const l of lines) {
    if (l.fragments.length !== 1) continue;
    const r = l.fragments[0].right;
    if (r > (rightEdge.get(l.page) ?? 0)) rightEdge.set(l.page, r);
  }
  let i = 0;
  while (i < lines.length) {
    // A table block: header and row lines, and the wrapped label lines between them.
    if (isTableLine(lines[i]) || (isHeaderLine(lines[i]) && lines.slice(i + 1, i + 4).some(isTableLine))) {
      let j = i;
      while (
        j < lines.length &&
        (isTableLine(lines[j]) || isHeaderLine(lines[j]) || (lines[j].fragments.every((f) => f.text.length <= 40) && lines.slice(j + 1, j + 5).some(isTableLine)) || (j > i && wrappedLabelsGoOn(lines, j)))
      )
        j++;
      writePdfTable(out, lines.slice(i, j), tables, placeIndex);
      i = j;
      continue;
    }
    const l = lines[i];
    let text = l.fragments.map((f) => f.text).join(' ');
    const near = placeIndex(l.fragments[0], l.page);
    // A line that runs to the right margin continues on the next (a wrapped paragraph).
    while (i + 1 < lines.length && continues(lines[i], lines[i + 1], rightEdge)) {
      i++;
      const next = lines[i].fragments.map((f) => f.text).join(' ');
      text += isCjkEnd(text) || isCjkStart(next) ? next : ' ' + next;
    }
    out.line(placedPiece(text, near));
    i++;
  }
  const text = out.text();
  return {
    kind: 'pdf',
    text,
    tables,
    pageCount,
    placeOf(offset) {
      return places[nearAt(out.near, offset)] ?? { kind: 'pdf', page: 1 };
    },
    sourceRange() {
      return undefined; // a PDF is not edited
    },
  };
}

/** Writes a block of table lines: one line per row, the label columns first (their x positions
 *  found from where label text starts), then a field per number column. Label text on lines without
 *  numbers (a label wrapped in its cell) joins the nearest row; a group label standing in a merged
 *  cell beside several rows (vertically centred) moves to the first row of its group. */
function writePdfTable(out: TextBuilder, block: Line[], tables: ExtractedTable[], placeIndex: (f: Fragment, page: number) => number): void {
  const numeric = block.filter(isTableLine);
  const cols = columnsOf(numeric);
  const firstCol = cols.length ? Math.min(...numeric.flatMap((l) => l.fragments.filter((f) => isNumeric(f.text)).map((f) => f.x))) - 2 : Infinity;
  // Header lines come before the first row of numbers, except the first line of that row's label.
  const headerRows = block.filter(
    (l) => !isTableLine(l) && block.indexOf(l) < block.indexOf(numeric[0]) && !(l.fragments.every((f) => f.right < firstCol) && l.page === numeric[0].page && l.y - numeric[0].y < l.size * 2),
  );
  interface Row {
    line: Line;
    labels: Fragment[];
  }
  const rows: Row[] = [];
  // A header cell's text wrapped in a narrow column (结果维 / 持): joined to the piece above it.
  for (const l of headerRows) {
    const kept: Fragment[] = [];
    // Narrow header cells stand closer than a column gap: each text item is a cell of its own
    // unless it touches the one before.
    const cellsOfLine: Fragment[] = [];
    for (const p of l.pieces) {
      const last = cellsOfLine[cellsOfLine.length - 1];
      if (last && p.x - last.right < p.size * 0.15) {
        last.text += p.text;
        last.right = p.right;
      } else cellsOfLine.push({ ...p });
    }
    for (const f of cellsOfLine) {
      const above = rows
        .slice(-2)
        .flatMap((r) => r.line.fragments)
        .find((a) => a.y - f.y < f.size * 1.8 && a.y > f.y && Math.min(a.right, f.right) - Math.max(a.x, f.x) > Math.min(a.right - a.x, f.right - f.x) * 0.6);
      if (above && rows.length) {
        above.text += f.text;
        above.y = f.y; // the next wrapped line continues below this one
      }
      else kept.push(f);
    }
    if (kept.length) rows.push({ line: { ...l, fragments: kept }, labels: [] });
  }
  const dataRows: Row[] = numeric.map((l) => ({ line: l, labels: l.fragments.filter((f) => f.right < firstCol) }));
  // Label text on lines without numbers (a label wrapped in its cell, a group label in a merged cell).
  const loose: { line: Line; fragments: Fragment[] }[] = [];
  for (const l of block) {
    if (isTableLine(l) || headerRows.includes(l)) continue;
    if (!l.fragments.every((f) => f.right < firstCol)) rows.push({ line: l, labels: [] }); // a caption row across the table (第二十条第（五）项)
    else loose.push({ line: l, fragments: l.fragments });
  }
  const ruled = dataRows.some((r) => cellTop(r.labels[0] ?? r.line.fragments[0], r.line.rules) !== undefined);
  if (ruled) {
    // With borders drawn: a label belongs to the first row of the cell it is in, the cell's top
    // being the nearest border above it.
    const all = [...dataRows.flatMap((r) => r.labels.map((f) => ({ f, line: r.line }))), ...loose.flatMap((l) => l.fragments.map((f) => ({ f, line: l.line })))];
    for (const r of dataRows) r.labels = [];
    for (const { f, line } of all) {
      const top = cellTop(f, line.rules) ?? f.y + f.size;
      const bottom = cellBottom(f, line.rules);
      let owner = dataRows.filter((r) => r.line.page === line.page && r.line.y < top).sort((x, y) => y.line.y - x.line.y)[0];
      // A cell with no numbers in it at the top of a page: the rest of a row that the page broke.
      if (bottom !== undefined && (!owner || owner.line.y < bottom)) {
        const before = dataRows.filter((r) => r.line.page < line.page);
        if (before.length && !dataRows.some((r) => r.line.page === line.page && r.line.y > f.y)) owner = before[before.length - 1];
      }
      if (owner) owner.labels.push({ ...f, top: owner.line.page === line.page ? top : -Infinity });
      else rows.push({ line: { ...line, fragments: [f] }, labels: [] });
    }
  } else {
    readBorderlessLabels(dataRows, loose, rows, firstCol);
  }
  const labelCount = 1;
  const labelCol = (_f: Fragment) => 0;

  const start = out.length;
  const cells: GridCell[] = [];
  const all = [...rows, ...dataRows].sort((a, b) => a.line.page - b.line.page || b.line.y - a.line.y);
  all.forEach((r, rowIndex) => {
    const isData = dataRows.includes(r);
    const rowNear = placeIndex(r.line.fragments[0], r.line.page);
    const fields: Placed[][] = Array.from({ length: (isData ? labelCount : 0) + cols.length }, () => []);
    if (isData) {
      // Outer cells (a group's, reaching higher) first, then left to right, then top to bottom.
      const apart = (a: Fragment, b: Fragment) => a.right <= b.x + 1 || b.right <= a.x + 1;
      const labels = [...r.labels].sort((a, b) => (b.top ?? 0) - (a.top ?? 0) || (apart(a, b) ? a.x - b.x : b.y - a.y));
      for (const f of labels) fields[labelCol(f)].push({ text: f.text, near: placeIndex(f, r.line.page) });
    }
    for (const f of r.line.fragments) {
      if (isData && f.right < firstCol) continue;
      const centre = (f.x + f.right) / 2;
      let best = 0;
      for (let k = 1; k < cols.length; k++) if (Math.abs(cols[k] - centre) < Math.abs(cols[best] - centre)) best = k;
      fields[(isData ? labelCount : 0) + best].push({ text: f.text, near: placeIndex(f, r.line.page) });
    }
    fields.forEach((f, c) => {
      if (c > 0) out.char('\t', f[0]?.near ?? rowNear);
      const cellStart = out.length;
      f.forEach((p, k) => out.put(placedPiece(k && !(isCjkEnd(f[k - 1].text) && isCjkStart(p.text)) ? ' ' + p.text : p.text, p.near)));
      cells.push({ span: { start: cellStart, end: out.length }, row: rowIndex, col: c, rowspan: 1, colspan: 1 });
    });
    out.char('\n', rowNear);
  });
  tables.push({ span: { start, end: out.length }, cells, rowCount: all.length, colCount: labelCount + cols.length });
  out.blankLine();
}

const NUMBERED = /^(?:\d+[.．、]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

/** Label text of a table printed without borders, by the label columns' left edges (where label
 *  lines start): pieces of neighbouring cells that stand close on one line are split at those edges;
 *  a cell's wrapped lines joined; text in a cell that spans no further than its column, beside rows
 *  labelled further right, is a group's merged cell and goes to the first row of its group (the
 *  group's rows are those its text is centred beside, or that its text starts level with); the rest
 *  goes to the row nearest in height, and label lines at the top of a page before the first numbered
 *  one finish the last row of the page before. */
function readBorderlessLabels(dataRows: { line: Line; labels: Fragment[] }[], loose: { line: Line; fragments: Fragment[] }[], rows: { line: Line; labels: Fragment[] }[], firstCol: number): void {
  type Piece = { f: Fragment; line: Line; row?: (typeof dataRows)[number] };
  const given: Piece[] = [...dataRows.flatMap((r) => r.labels.map((f) => ({ f, line: r.line, row: r }))), ...loose.flatMap((l) => l.fragments.map((f) => ({ f, line: l.line })))];
  const startCount = new Map<number, number>();
  for (const l of [...dataRows.map((r) => ({ line: r.line, first: r.labels[0] })), ...loose.map((l) => ({ line: l.line, first: l.fragments[0] }))]) {
    if (!l.first) continue;
    const x = Math.round(l.first.x);
    startCount.set(x, (startCount.get(x) ?? 0) + 1);
  }
  const firsts = [...dataRows.map((r) => r.labels[0]), ...loose.map((l) => l.fragments[0])].filter((f): f is Fragment => !!f);
  const centreOf = (f: Fragment) => (f.x + f.right) / 2;
  // A short line centred in a cell starts further right than the cell's other lines: no edge.
  const centred = (x: number) => {
    const at = firsts.filter((f) => Math.abs(Math.round(f.x) - x) < 0.5);
    return at.every((f) => firsts.some((g) => g.x < x - 1.5 && Math.abs(centreOf(g) - centreOf(f)) <= 1.5));
  };
  const starts: number[] = [];
  for (const x of [...startCount].filter(([x, n]) => n >= 3 && !centred(x)).map(([x]) => x).sort((a, b) => a - b)) if (!starts.length || x - starts[starts.length - 1] > 1.5) starts.push(x);
  const colOf = (f: Fragment) => Math.max(0, starts.filter((s) => s <= f.x + 1.5).length - 1);
  const edgeAfter = (c: number) => starts[c + 1] ?? firstCol;
  // Split at the column edges.
  const pieces: Piece[] = given.flatMap((g) => {
    const its = g.line.pieces.filter((p) => p.x >= g.f.x - 0.5 && p.right <= g.f.right + 0.5).sort((a, b) => a.x - b.x);
    const parts: Fragment[][] = [];
    for (const p of its) {
      const prev = parts[parts.length - 1]?.at(-1);
      const atEdge = prev && p.x - prev.right > p.size * 0.15 && starts.some((s) => Math.abs(s - p.x) <= 1.5);
      if (!prev || atEdge) parts.push([p]);
      else parts[parts.length - 1].push(p);
    }
    if (parts.length < 2) return [g];
    return parts.map((ps) => ({
      ...g,
      f: { ...g.f, x: ps[0].x, y: ps[0].y, right: ps[ps.length - 1].right, text: ps.map((p, k) => (k && p.x - ps[k - 1].right > p.size * 0.2 && !(isCjkEnd(ps[k - 1].text) && isCjkStart(p.text)) ? ' ' + p.text : p.text)).join('') },
    }));
  });
  // A cell's wrapped lines, top to bottom.
  const cells: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.line.page - b.line.page || b.f.y - a.f.y || a.f.x - b.f.x)) {
    const cell = cells.find((c) => {
      const last = c[c.length - 1];
      return last.line.page === p.line.page && colOf(last.f) === colOf(p.f) && last.f.y > p.f.y && last.f.y - p.f.y <= p.f.size * 1.95 && Math.min(last.f.right, p.f.right) > Math.max(last.f.x, p.f.x);
    });
    if (cell) cell.push(p);
    else cells.push([p]);
  }
  const isGroup = (c: Piece[]) => colOf(c[0].f) < starts.length - 1 && c.every((p) => p.f.right <= edgeAfter(colOf(c[0].f)) + 1);
  for (const r of dataRows) r.labels = [];
  // A row's height is that of its numbers (a label line can share their line, a little higher).
  const rowY = (r: (typeof dataRows)[number]) => r.line.fragments.find((f) => f.x >= firstCol)?.y ?? r.line.y;
  const nearest = (page: number, y: number) => {
    let best: (typeof dataRows)[number] | undefined;
    for (const r of dataRows) {
      if (r.line.page !== page) continue;
      const d = Math.abs(rowY(r) - y);
      const bd = best ? Math.abs(rowY(best) - y) : Infinity;
      if (d < bd - 0.5 || (Math.abs(d - bd) <= 0.5 && rowY(r) < rowY(best!))) best = r;
    }
    return best;
  };
  // Cells of one row: to their own row, or the nearest in height.
  const groups = cells.filter(isGroup);
  for (const c of cells.filter((c) => !isGroup(c))) {
    // A cell's lines stay together, with the row whose numbers share a line with one of them.
    const own = [...new Set(c.map((p) => p.row).filter((r) => r))];
    for (const p of c) {
      const owner = p.row ?? (own.length === 1 ? own[0] : nearest(p.line.page, p.f.y));
      if (owner) owner.labels.push(p.f);
      else rows.push({ line: { ...p.line, fragments: [p.f] }, labels: [] });
    }
  }
  // Label lines at the top of a page before its first numbered label: the row the page broke.
  const broken = new Map<number, { owner: (typeof dataRows)[number]; below: number }>();
  for (const page of new Set(dataRows.map((r) => r.line.page))) {
    const before = dataRows.filter((r) => r.line.page < page);
    const onPage = dataRows.filter((r) => r.line.page === page);
    if (!before.length) continue;
    const firstY = Math.max(...onPage.map((r) => r.line.y));
    const first = onPage.find((r) => r.line.y === firstY)!;
    const top = first.labels.filter((f) => f.y > firstY + 1).sort((a, b) => b.y - a.y);
    const k = top.findIndex((f) => NUMBERED.test(f.text));
    const carried = k < 0 ? [] : top.slice(0, k);
    if (!carried.length) continue;
    first.labels = first.labels.filter((f) => !carried.includes(f));
    const owner = before[before.length - 1];
    broken.set(page, { owner, below: top[k].y });
    const base = owner.labels.length ? Math.min(...owner.labels.map((f) => f.y)) : owner.line.y;
    // Placed just below the owner's own text so that they read after it.
    carried.forEach((f, n) => owner.labels.push({ ...f, y: base - 1 - n * 0.01, x: owner.labels[0]?.x ?? f.x, right: owner.labels[0]?.right ?? f.right }));
  }
  // Group cells: to the first row of their group, or on with the same group from the page before.
  const extent = (r: (typeof dataRows)[number]) => {
    const ys = [rowY(r), ...r.labels.filter((f) => f.top === undefined).map((f) => f.y)];
    return { top: Math.max(...ys), bottom: Math.min(...ys) };
  };
  const minCol = new Map(dataRows.map((r) => [r, Math.min(Infinity, ...r.labels.map(colOf))]));
  const placed: { col: number; frag: Fragment }[] = [];
  for (const g of groups) {
    const c = colOf(g[0].f);
    const page = g[0].line.page;
    const text = g.reduce((t, p) => (t && !(isCjkEnd(t) && isCjkStart(p.f.text)) ? t + ' ' + p.f.text : t + p.f.text), '');
    const cellTopY = g[0].f.y;
    const centre = (g[0].f.y + g[g.length - 1].f.y) / 2;
    const onPage = dataRows.filter((r) => r.line.page === page).sort((a, b) => rowY(b) - rowY(a));
    const candidate = (r: (typeof dataRows)[number]) => (minCol.get(r) ?? Infinity) > c;
    const near = onPage.filter(candidate).sort((a, b) => Math.abs(rowY(a) - centre) - Math.abs(rowY(b) - centre))[0];
    let owner: (typeof dataRows)[number] | undefined;
    if (near) {
      let lo = onPage.indexOf(near);
      let hi = lo;
      while (lo > 0 && candidate(onPage[lo - 1])) lo--;
      while (hi < onPage.length - 1 && candidate(onPage[hi + 1])) hi++;
      const segment = onPage.slice(lo, hi + 1);
      // Text at the top of its cell starts level with the group's first row.
      owner = Math.abs(extent(segment[0]).top - cellTopY) <= g[0].f.size * 0.3 ? segment[0] : undefined;
      if (!owner) {
        let best = Infinity;
        segment.forEach((ri, i) =>
          segment.slice(i).forEach((rj) => {
            const d = Math.abs((extent(ri).top + extent(rj).bottom) / 2 - centre);
            if (d < best - 0.5) [best, owner] = [d, ri];
          }),
        );
      }
    }
    const earlier = [...placed].reverse().find((q) => q.col === c);
    if (owner && owner === onPage[0] && earlier && dataRows.indexOf(owner) > 0 && !NUMBERED.test(text)) {
      earlier.frag.text += text; // the rest of a group cell that the page broke
      continue;
    }
    // A group starting above the first new row of a page: the group of the row the page broke.
    const brokenRow = broken.get(page);
    if (owner && owner === onPage[0] && brokenRow && cellTopY > brokenRow.below) owner = brokenRow.owner;
    const frag: Fragment = { ...g[0].f, text, top: 1e6 - c };
    if (owner) {
      owner.labels.push(frag);
      placed.push({ col: c, frag });
    } else rows.push({ line: { ...g[0].line, fragments: [frag] }, labels: [] });
  }
}

/** The nearest border above a piece of text, crossing its middle. */
function cellTop(f: Fragment, rules: readonly Rule[]): number | undefined {
  const mid = (f.x + f.right) / 2;
  let top: number | undefined;
  for (const r of rules) if (r.y > f.y + f.size * 0.5 && r.x0 <= mid && r.x1 >= mid && (top === undefined || r.y < top)) top = r.y;
  return top;
}

/** The nearest border below a piece of text, crossing its middle. */
function cellBottom(f: Fragment, rules: readonly Rule[]): number | undefined {
  const mid = (f.x + f.right) / 2;
  let bottom: number | undefined;
  for (const r of rules) if (r.y < f.y && r.x0 <= mid && r.x1 >= mid && (bottom === undefined || r.y > bottom)) bottom = r.y;
  return bottom;
}

function labelText(r: { labels: Fragment[] }): string {
  return [...r.labels].sort((a, b) => b.y - a.y || a.x - b.x).map((f) => f.text).join('');
}

const isCjkEnd = (s: string) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$/.test(s);
const isCjkStart = (s: string) => /^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(s);
