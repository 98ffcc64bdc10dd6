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
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  fragments: Fragment[];
  page: number;
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
};

/** Groups a page's items into lines by baseline, each line into fragments by the gaps. */
function pageLines(items: Item[], page: number): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1.5, Math.min(last.size, it.size) * 0.4)) last.items.push(it);
    else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  return lines.map((l) => {
    const its = l.items.sort((a, b) => a.x - b.x);
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
    return { y: l.y, size, fragments: fragments.filter((f) => f.text), page };
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
      lines.push(...dropPageNumbers(pageLines(items, p)));
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
  if (samePage && (line.y - next.y > line.size * 2.2 || line.y <= next.y)) return false;
  if (f.right < (rightEdge.get(line.page) ?? 0) - line.size * 1.5) return false;
  if (/[。！？：]$/.test(f.text) && f.right < (rightEdge.get(line.page) ?? 0) - line.size * 0.5) return false;
  return !HEADING.test(next.fragments[0].text);
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
      while (j < lines.length && (isTableLine(lines[j]) || isHeaderLine(lines[j]) || (lines[j].fragments.length === 1 && lines.slice(j + 1, j + 3).some(isTableLine) && lines[j].fragments[0].text.length <= 40))) j++;
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
    for (const f of l.fragments) {
      const above = rows
        .slice(-2)
        .flatMap((r) => r.line.fragments)
        .find((a) => a.y - f.y < f.size * 1.8 && a.y > f.y && Math.min(a.right, f.right) - Math.max(a.x, f.x) > Math.min(a.right - a.x, f.right - f.x) * 0.6);
      if (above && rows.length) above.text += f.text;
      else kept.push(f);
    }
    if (kept.length) rows.push({ line: { ...l, fragments: kept }, labels: [] });
  }
  const dataRows: Row[] = numeric.map((l) => ({ line: l, labels: l.fragments.filter((f) => f.right < firstCol) }));
  // Label-only lines after the header: to the numeric row nearest in height (a tie to the lower one).
  for (const l of block) {
    if (isTableLine(l) || headerRows.includes(l)) continue;
    if (!l.fragments.every((f) => f.right < firstCol)) {
      rows.push({ line: l, labels: [] }); // a caption row across the table (第二十条第（五）项)
      continue;
    }
    let best: Row | undefined;
    for (const r of dataRows) {
      if (r.line.page !== l.page) continue;
      const d = Math.abs(r.line.y - l.y);
      if (!best || d < Math.abs(best.line.y - l.y) - 0.5 || (Math.abs(d - Math.abs(best.line.y - l.y)) <= 0.5 && r.line.y < best.line.y)) best = r;
    }
    if (best) best.labels.push(...l.fragments);
    else rows.push({ line: l, labels: [] });
  }
  // A group label in a merged cell beside its rows (（三）不予公开 beside 1.–8.) is printed at the
  // height of its middle row: it moves to the first row of its group, before that row's label.
  const group = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
  const item = /^\d+[.．、]/;
  dataRows.forEach((r, i) => {
    const own = r.labels.filter((f) => Math.abs(f.y - r.line.y) < 1);
    if (own.length < 2) return;
    const inner = own.reduce((a, b) => (b.x > a.x ? b : a));
    const moved = r.labels.filter((f) => f !== inner && f.right <= inner.x + 2);
    if (!moved.length || !moved.some((f) => group.test(f.text))) return;
    let first = i;
    const innerIsItem = item.test(inner.text);
    while (first > 0 && dataRows[first - 1].line.page === r.line.page && (innerIsItem ? item.test(labelText(dataRows[first - 1])) : !group.test(labelText(dataRows[first - 1])) || /^（/.test(labelText(dataRows[first - 1])))) first--;
    if (first === i) return;
    r.labels = r.labels.filter((f) => !moved.includes(f));
    dataRows[first].labels.unshift(...moved.map((f) => ({ ...f, y: Infinity })));
  });
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
      const labels = [...r.labels].sort((a, b) => b.y - a.y || a.x - b.x);
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

function labelText(r: { labels: Fragment[] }): string {
  return [...r.labels].sort((a, b) => b.y - a.y || a.x - b.x).map((f) => f.text).join('');
}

const isCjkEnd = (s: string) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$/.test(s);
const isCjkStart = (s: string) => /^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(s);
