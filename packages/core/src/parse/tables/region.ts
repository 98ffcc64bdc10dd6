/** The part of a section that can hold a table: its lines minus prose and ignored spans, normalized
 *  as one string so labels broken over lines still match. */
import type { Span } from '../../types';
import type { SourceLine, SourceLines } from '../source-lines';
import { normalize, normalizeWithMap, type Normalized } from '../normalize';
import { IntList } from '../../int-list';
import { tokenize, type Token } from './tokens';
import { freeChunks, type Chunk } from './chunks';
import { firstIndex, insideAny } from '../spans';

export interface TableText {
  src: string;
  n: Normalized;
  segments: Span[];
  /** The section's span (heading excluded). */
  span: Span;
  /** Offsets that are not report text (comments, page furniture). */
  skip: (offset: number) => boolean;
}

/** A sentence, not a table line: ends a clause with 。, or is long running text without cell separators. */
/** Words of the tables' headers and rows: a line holding one is table text even if a sentence
 *  follows it on the line (a copy that broke lines only at 。). */
const TABLE_WORDS = /第二十条第|信息内容|本年制发件数|申请人情况|本年新收政府信息公开申请|予以公开|属于国家秘密|结转下年度继续办理|结果维持|尚未审结/;

export function isProse(line: SourceLine): boolean {
  if (TABLE_WORDS.test(line.content)) return false;
  if (line.content.includes('。')) return true;
  return !/[\t|]/.test(line.text) && line.content.replace(/\s/g, '').length > 60;
}

/** Lines longer than this are kept whole: text that lost its line structure has its tables inside
 *  one long line, among the prose (the labels find them there). */
const LONG_LINE = 200;

/** The stretches of `span` that can hold a table: its lines, less prose lines and ignored spans. */
export function tableSegments(lines: SourceLines, span: Span, inIgnored: (offset: number) => boolean): Span[] {
  const segments: Span[] = [];
  for (let i = lines.lineAt(span.start); i < lines.length && lines.start(i) < span.end; i++) {
    if (lines.end(i) <= span.start || lines.end(i) <= lines.start(i)) continue;
    const line = lines.at(i);
    if ((isProse(line) && line.end - line.start <= LONG_LINE) || inIgnored(line.start)) continue;
    segments.push({ start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) });
  }
  return segments;
}

/** Source characters normalized at a time where only part of a long line may be needed. */
const PIECE = 1 << 16;

/** The table text of `span`: at most `limit` characters of it, normalized no further (a piece at a
 *  time, as normalizing is the same piece by piece). */
export function tableText(src: string, lines: SourceLines, span: Span, ignored: readonly Span[], limit = Infinity): TableText {
  const inIgnored = insideAny(ignored);
  const segments = tableSegments(lines, span, inIgnored);
  const texts: string[] = [];
  const map = new IntList();
  let used = 0;
  let reached = span.start; // where normalizing stopped
  for (; used < segments.length && map.length <= limit; used++) {
    const s = segments[used];
    for (let at = s.start; at < s.end && map.length <= limit; at = reached) {
      reached = limit === Infinity ? s.end : Math.min(s.end, at + PIECE);
      texts.push(normalizeWithMap(src, at, reached, map).text);
    }
  }
  map.push(reached);
  const t: TableText = { src, n: { text: texts.join(''), map: map.done() }, segments: segments.slice(0, used), span, skip: inIgnored };
  return t.n.text.length > limit ? tableTextFrom(t, 0, limit) : t;
}

/** The source offset of normalized character `index` of src[start, end). */
export function sourceOffsetAt(src: string, start: number, end: number, index: number): number {
  for (let at = start; at < end; at += PIECE) {
    const to = Math.min(end, at + PIECE);
    const length = normalize(src.slice(at, to)).length;
    if (index < length) return normalizeWithMap(src, at, to).map[index];
    index -= length;
  }
  return end;
}

/** The same table text from normalized offset `at` on (at most `length` characters of it): what
 *  tableText gives for the stretch from that character, without normalizing it again. */
export function tableTextFrom(t: TableText, at: number, length = Infinity): TableText {
  const start = t.n.map[at];
  const to = Math.min(t.n.text.length, at + length);
  const end = to < t.n.text.length ? t.n.map[to] : t.span.end;
  const segments: Span[] = [];
  for (const s of t.segments) if (s.end > start && s.start < end) segments.push({ start: Math.max(s.start, start), end: Math.min(s.end, end) });
  return { ...t, n: { text: t.n.text.slice(at, to), map: t.n.map.slice(at, to + 1) }, segments, span: { start, end } };
}

/** Tokens of the table lines inside [start, end), at most `limit` of them. */
export function tokensIn(t: TableText, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  const { segments } = t;
  // Segments are in order: start at the first one that ends after `start`.
  for (let k = firstIndex(segments.length, (i) => segments[i].end > start); k < segments.length && segments[k].start < end && out.length < limit; k++) {
    const s = segments[k];
    for (const tok of tokenize(t.src, Math.max(s.start, start), Math.min(s.end, end), limit - out.length)) out.push(tok);
  }
  return out;
}

/** The first normalized index at or after a source offset. */
export function normIndexAt(n: Normalized, offset: number): number {
  return firstIndex(n.map.length - 1, (i) => n.map[i] >= offset);
}

/** The table line (segment) holding `offset`, if any. */
export function segmentAt(t: TableText, offset: number): Span | undefined {
  let lo = 0;
  let hi = t.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = t.segments[mid];
    if (s.end < offset) lo = mid + 1;
    else if (s.start > offset) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/** Free-text chunks of the table lines inside [start, end). */
export function chunksIn(t: TableText, start: number, end: number): Chunk[] {
  const out: Chunk[] = [];
  const { segments } = t;
  // Segments are in order: from the first that ends after `start` to the last that starts before `end`.
  for (let k = firstIndex(segments.length, (i) => segments[i].end > start); k < segments.length && segments[k].start < end; k++) {
    const s = segments[k];
    // A loop, not push(...): a giant one-line text has more chunks than a call takes arguments.
    for (const c of freeChunks(t.src, Math.max(s.start, start), Math.min(s.end, end), t.skip)) out.push(c);
  }
  return out;
}
