/** What stands between two row labels: cell values, and junk (a wrapped label's tail, a vertical group
 *  label's character, page chrome). Read two ways: as a grid when the row is one line of tab- or
 *  `|`-separated fields (each field a cell at a certain column, blanks included), else as free text
 *  cut at blanks, where a cell's column is known only by counting. */
import type { Span } from '../../types';
import { classify, type TokenKind } from './tokens';

export interface Chunk {
  text: string;
  span: Span;
  /** 'label' is junk: text that is not a cell. */
  kind: TokenKind;
  value?: number;
  decimal?: boolean;
  /** A value whose column cannot be told (a row of 无 with blanks of unknown number between). */
  unplaced?: boolean;
}

const CJK = /[\u4e00-\u9fff]/;
/** A label's unmatched tail run into the first cell (`…不再受理其政府信息公开申请0000000`). */
const TEXT_THEN_DIGITS = /^(.*[\u4e00-\u9fff）)][^\d０-９]*?)([\d０-９]+)$/;
/** A cell run into the next block's heading (`0第二十条第（六）项…`); not a number with its unit
 *  (`12件`, `2021年`), which is one token. */
const DIGITS_THEN_TEXT = /^([\d０-９]+)(?=[\u4e00-\u9fff（(])(?![年月日件条个项次元万份人起宗])/;
/** Closing marks of the label before: `3.危及“三安全一稳定”` ends with its quote. */
const LABEL_CLOSE = /^[”’"'」』）)]+/;
export const PAGE_NUMBER_CHUNK = /^[-－—–]\d{1,3}[-－—–]$/;

function chunk(src: string, start: number, end: number): Chunk {
  const text = src.slice(start, end);
  // classify's answer is made for this call: completed rather than copied (hundreds a report).
  const c = classify(text) as Chunk;
  c.text = text;
  c.span = { start, end };
  return c;
}

/** Free-text chunks of src[start, end), skipping the `skip`ped offsets (ignored spans). */
export function freeChunks(src: string, start: number, end: number, skip: (offset: number) => boolean): Chunk[] {
  const out: Chunk[] = [];
  const re = /[^\s\u3000\u00a0|]+/g;
  // A crawler may leave `&nbsp;` between cells: a blank like any other (as many spaces, so offsets hold).
  const slice = src.slice(start, end);
  const part = slice.includes('&') ? slice.replace(/&nbsp;|&#160;/g, '      ') : slice;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const close = LABEL_CLOSE.exec(m[0])?.[0].length ?? 0;
    const s = start + m.index + close;
    const raw = m[0].slice(close);
    if (!raw || skip(s) || /^:?-{3,}:?$/.test(raw)) continue; // GFM delimiter cells are no cells
    splitChunk(src, s, raw, out);
  }
  return out;
}

/** One blank-separated run, cut where a cell and a label's text were run together. A loop over the
 *  run's pieces (digits, text, digits…), not a recursion: a run may be megabytes long. */
function splitChunk(src: string, s: number, raw: string, out: Chunk[]): void {
  for (;;) {
    const c = chunk(src, s, s + raw.length);
    // Latin letters where a number belongs (`abc`, `NA`): a cell written wrongly, kept to be quoted.
    if (c.kind === 'label' && /^[A-Za-z]{1,12}$/.test(raw)) return void out.push({ ...c, kind: 'invalid' });
    if (c.kind !== 'label') return void out.push(c);
    const lead = DIGITS_THEN_TEXT.exec(raw);
    if (lead) {
      out.push(chunk(src, s, s + lead[1].length));
      s += lead[1].length;
      raw = raw.slice(lead[1].length);
      continue;
    }
    const tail = TEXT_THEN_DIGITS.exec(raw);
    if (tail && [...tail[1]].filter((ch) => CJK.test(ch)).length >= 2) {
      out.push(chunk(src, s, s + tail[1].length), chunk(src, s + tail[1].length, s + raw.length));
      return;
    }
    return void out.push(c);
  }
}

export interface Field {
  text: string;
  span: Span;
}

/** The fields of a tab- or `|`-separated line, or undefined when the line has fewer than two
 *  separators (not a grid row). Outer pipes of a GFM row make no fields. */
export function gridFields(src: string, line: Span): Field[] | undefined {
  // Every row on a line asks for the same fields: a text without line breaks is one line, and
  // splitting it for each of its rows would cost rows × length. The fields are never changed.
  if (fieldCache.src !== src) fieldCache = { src, byLine: new Map() };
  const key = `${line.start}:${line.end}`;
  if (fieldCache.byLine.has(key)) return fieldCache.byLine.get(key);
  const fields = splitFields(src, line);
  fieldCache.byLine.set(key, fields);
  return fields;
}

let fieldCache: { src: string; byLine: Map<string, Field[] | undefined> } = { src: '', byLine: new Map() };

function splitFields(src: string, line: Span): Field[] | undefined {
  const text = src.slice(line.start, line.end);
  const sep = hasAtLeast(text, '\t', 2) ? '\t' : hasAtLeast(text, '|', 3) ? '|' : undefined;
  if (!sep) return undefined;
  const out: Field[] = [];
  let at = 0;
  for (const raw of text.split(sep)) {
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    out.push({ text: value, span: { start: line.start + at + lead, end: line.start + at + lead + value.length } });
    at += raw.length + 1;
  }
  if (sep === '|') {
    if (out[0]?.text === '') out.shift();
    if (out[out.length - 1]?.text === '') out.pop();
  }
  return out;
}

/** Whether `text` holds `ch` at least `n` times (counted with indexOf, not a match array per line). */
function hasAtLeast(text: string, ch: string, n: number): boolean {
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) if (--n === 0) return true;
  return false;
}

/** The grid cell of a field (an empty field is a blank cell at a known place). */
export function fieldChunk(src: string, f: Field): Chunk {
  if (!f.text) return { text: '', span: { start: f.span.start, end: f.span.start }, kind: 'blank' };
  const c = chunk(src, f.span.start, f.span.end);
  return c.kind === 'label' ? { ...c, kind: 'invalid' } : c; // text in a grid cell is the cell's, kept to be quoted
}

export const isCell = (c: Chunk) => c.kind !== 'label';
export const hasDigits = (c: Chunk) => /\d/.test(c.text);

/** Grid field index of each column named in the header lines, when they stand in increasing order
 *  (a header that is a grid: a Word or web page table, a tab-separated copy of one). */
export function headerFields(src: string, lines: readonly Span[], labels: readonly string[]): number[] | undefined {
  const at = new Map<number, number>();
  for (const part of lines) {
    // The whole line: the table's stretch may start inside it (at 申请人情况), which shifts its fields.
    const line = { start: src.lastIndexOf('\n', part.start - 1) + 1, end: part.end };
    const fields = gridFields(src, line);
    fields?.forEach((f, i) => {
      const k = labels.indexOf(f.text.replace(/\s+/g, ''));
      if (k >= 0 && !at.has(k)) at.set(k, i);
    });
  }
  const found = [...at.entries()].sort((a, b) => a[0] - b[0]);
  if (found.length < labels.length - 1 || found.some(([k], i) => k !== i)) return undefined;
  const fields = found.map(([, i]) => i);
  return fields.every((f, i) => i === 0 || f > fields[i - 1]) ? fields : undefined;
}
