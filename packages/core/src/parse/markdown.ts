/** What the Markdown syntax tells the line-based parser: heading depths, and the spans that are not
 *  report text (fenced code, HTML comments, front matter).
 *
 *  remark parses about 1 MB/s, too slow to re-read a 1 MB draft on every keystroke. So a linear
 *  line scan finds fences, comments and the lines that may be headings, and remark (with GFM) reads
 *  just the setext candidates (a line over `===` or `---`), gathered into one small document, to
 *  decide which are headings. An ATX line (`## 标题`) standing alone is a heading whatever else is
 *  on it, with as many levels as it has `#`, so it needs no parser: a report written with `#`
 *  headings never loads remark, which is a good part of the CLI's cold start. The tests hold the
 *  two readings to each other. */
import type { Processor } from 'unified';
import type { Span } from '../types';
import type { SourceLines } from './source-lines';
import { insideAny, mergeSpans } from './spans';

export interface MarkdownHeading {
  depth: number;
  setext: boolean;
  span: Span;
}

export interface MarkdownInfo {
  headings: MarkdownHeadings;
  ignored: Span[];
}

/** The ATX and setext headings, by the offset of their first line. An ATX line is a heading as it
 *  stands, so it is read only when asked for (a text of half a million `##` lines keeps no record
 *  of each); the setext ones remark decided are kept. */
export class MarkdownHeadings {
  constructor(
    private readonly lines: SourceLines,
    private readonly inIgnored: (offset: number) => boolean,
    private readonly setext = new Map<number, MarkdownHeading>(),
  ) {}

  /** The heading whose first line starts at `start`, if that line is one. */
  get(start: number): MarkdownHeading | undefined {
    const known = this.setext.get(start);
    if (known) return known;
    const i = this.lines.lineAt(start);
    if (this.lines.start(i) !== start || this.inIgnored(start)) return undefined;
    const end = this.lines.end(i);
    const raw = this.lines.src.slice(start, end);
    return ATX.test(raw) ? { depth: /#+/.exec(raw)![0].length, setext: false, span: { start, end } } : undefined;
  }

  /** Every heading, in order. */
  all(): MarkdownHeading[] {
    const out: MarkdownHeading[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const h = this.get(this.lines.start(i));
      if (h) out.push(h);
    }
    return out;
  }
}

interface Node {
  type: string;
  depth?: number;
  position?: { start: { offset?: number } };
  children?: Node[];
}

let processor: Processor | undefined;

/** remark (with GFM) is loaded on the first document with a setext candidate. */
function markdownProcessor(): Processor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  processor ??= (require('./remark') as typeof import('./remark')).createProcessor() as unknown as Processor;
  return processor;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A CommonMark ATX heading line: up to three spaces, one to six `#`, then a space, a tab or the end. */
export const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** HTML comments, found with indexOf so that an unclosed `<!--` costs linear time. */
export function htmlComments(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    out.push({ start: at, end: close + 3 });
    at = close;
  }
  return out;
}

const FENCE_FIRST = '`~';
const SETEXT_FIRST = '=-';

/** Whether line `i`, after up to three spaces, starts with one of `chars`. */
function startsWith(lines: SourceLines, i: number, chars: string): boolean {
  const end = lines.end(i);
  let k = lines.start(i);
  for (let spaces = 0; spaces < 3 && k < end && lines.src.charCodeAt(k) === 32; spaces++) k++;
  return k < end && chars.includes(lines.src[k]);
}

/** Fenced code blocks and YAML front matter, by a line scan (CommonMark fence rules). */
export function fencedBlocks(lines: SourceLines, textEnd: number): Span[] {
  const out: Span[] = [];
  let open: { start: number; marker: string } | undefined;
  const lineText = (i: number) => lines.src.slice(lines.start(i), lines.end(i));
  if (lineText(0) === '---') {
    let close = 1;
    while (close < lines.length && lineText(close) !== '---' && lineText(close) !== '...') close++;
    if (close < lines.length) out.push({ start: 0, end: lines.end(close) });
  }
  for (let i = 0; i < lines.length; i++) {
    if (!startsWith(lines, i, FENCE_FIRST)) continue;
    const line = lines.at(i);
    const m = FENCE.exec(line.text);
    if (!open) {
      if (m && !(m[1][0] === '`' && line.text.slice(m[0].length).includes('`'))) open = { start: line.start, marker: m[1] };
    } else if (m && m[1][0] === open.marker[0] && m[1].length >= open.marker.length && !line.text.slice(m[0].length).trim()) {
      out.push({ start: open.start, end: line.end });
      open = undefined;
    }
  }
  if (open) out.push({ start: open.start, end: textEnd }); // an unclosed fence runs to the end
  return out;
}

/** Beyond this many candidate lines (no real report has them) the depths read off the lines
 *  themselves are taken as they are, so that pathological input stays fast. */
const MAX_PARSED_HEADINGS = 400;

interface Piece {
  start: number;
  end: number;
  /** Offset in the snippet given to remark. */
  at: number;
  setext: boolean;
  /** Depth as the line shows it: the number of #, or 1 for === and 2 for --- underlines. */
  depth: number;
}

export function readMarkdown(text: string, lines: SourceLines): MarkdownInfo {
  const ignored = mergeSpans([...fencedBlocks(lines, text.length), ...htmlComments(text)]);
  const inIgnored = insideAny(ignored);

  // ATX lines are headings as they stand (read when asked for); setext candidates are kept, each
  // with its underline, for remark.
  const setextHeadings = new Map<number, MarkdownHeading>();
  const headings = new MarkdownHeadings(lines, inIgnored, setextHeadings);
  const pieces: Piece[] = [];
  let snippet = '';
  for (let i = 0; i < lines.length; i++) {
    // Only a line followed by a line of = or - can be a setext heading: the rest are passed over
    // without their records.
    if (!(i + 1 < lines.length && startsWith(lines, i + 1, SETEXT_FIRST))) continue;
    const line = lines.at(i);
    const next = lines.at(i + 1);
    const setext = line.text.trim() !== '' && SETEXT_UNDERLINE.test(next.text) && !ATX.test(line.text);
    if (!setext || inIgnored(line.start)) continue;
    const span = { start: line.start, end: line.end };
    pieces.push({ ...span, at: snippet.length, setext, depth: next!.text.trim()[0] === '=' ? 1 : 2 });
    snippet += `${line.text}\n${next!.text}\n\n`;
  }

  if (!pieces.length) return { headings, ignored };
  if (pieces.length > MAX_PARSED_HEADINGS) {
    for (const p of pieces) setextHeadings.set(p.start, { depth: p.depth, setext: p.setext, span: { start: p.start, end: p.end } });
    return { headings, ignored };
  }
  const tree = markdownProcessor().parse(snippet) as Node;
  let k = 0; // nodes and pieces are both in order: walk them together
  for (const node of tree.children ?? []) {
    if (node.type !== 'heading') continue;
    const offset = node.position?.start.offset ?? -1;
    while (k + 1 < pieces.length && pieces[k + 1].at <= offset) k++;
    const piece = pieces[k];
    if (offset >= piece.at) setextHeadings.set(piece.start, { depth: node.depth ?? 1, setext: piece.setext, span: { start: piece.start, end: piece.end } });
  }
  return { headings, ignored };
}
