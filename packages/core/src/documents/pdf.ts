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
    if (l.page !== page || !l.fragments.every((f) => f.text.length <= 8 && !/[。；：]/.test(f.text))) return false;
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
    // No borders: to the numeric row nearest in height (a tie to the lower one).
    for (const l of loose) {
      let best: Row | undefined;
      for (const r of dataRows) {
        if (r.line.page !== l.line.page) continue;
        const d = Math.abs(r.line.y - l.line.y);
        if (!best || d < Math.abs(best.line.y - l.line.y) - 0.5 || (Math.abs(d - Math.abs(best.line.y - l.line.y)) <= 0.5 && r.line.y < best.line.y)) best = r;
      }
      if (best) best.labels.push(...l.fragments);
      else rows.push({ line: l.line, labels: [] });
    }
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
