/** The text as lines, each with its offsets and its content with Markdown heading markup removed. */
import { lineIndexOf, type LineIndex } from '../lines';

export interface SourceLine {
  /** 1-based line number. */
  line: number;
  start: number;
  /** End of the line's text, before the line break. */
  end: number;
  /** The raw line. */
  text: string;
  /** The line without `#` heading marks, emphasis around the whole line, or surrounding blanks. */
  content: string;
  /** Offset of `content` in the text. */
  contentStart: number;
}

/** The text's lines, each made into a `SourceLine` when asked for (`at`). A text of millions of short
 *  lines then holds no record (and no strings) per line: the offsets are the line index's, and a
 *  pass over the lines makes records that die young. */
export class SourceLines {
  readonly length: number;
  private readonly index: LineIndex;

  constructor(readonly src: string) {
    this.index = lineIndexOf(src);
    this.length = this.index.lineCount;
  }

  /** Offset of line `i` (0-based). */
  start(i: number): number {
    return this.index.lineStart(i + 1);
  }

  /** End of line `i`'s text, before its line break. */
  end(i: number): number {
    return this.index.lineEnd(i + 1);
  }

  /** The line (0-based) holding `offset`. */
  lineAt(offset: number): number {
    return this.index.position(offset).line - 1;
  }

  /** The offset of line `i`'s first character that is not a blank (space, tab, U+3000, form feed)
   *  nor, with `marks`, a heading or emphasis mark (# * _), what a line's content is stripped of;
   *  −1 when there is none. A cheap look at a line before its record is made. */
  firstOf(i: number, marks = false): number {
    const end = this.end(i);
    for (let k = this.start(i); k < end; k++) {
      const c = this.src.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 12 && !(marks && (c === 35 || c === 42 || c === 95))) return k;
    }
    return -1;
  }

  at(i: number): SourceLine {
    const start = this.start(i);
    const end = this.end(i);
    const raw = this.src.slice(start, end);
    const { content, offset } = stripLineMarkup(raw);
    return { line: i + 1, start, end, text: raw, content, contentStart: start + offset };
  }

  /** The first `n` lines' records. */
  first(n: number): SourceLine[] {
    const out: SourceLine[] = [];
    for (let i = 0; i < n && i < this.length; i++) out.push(this.at(i));
    return out;
  }
}

/** Form feeds stand at PDF page breaks (pdftotext): blank like a space. */
const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\f';

/** What a line with markup or surrounding blanks starts with. */
const MARKUP_EDGE = new Set([' ', '\t', '\u3000', '\f', '#', '*', '_']);

/** Strips `## ` (and closing #s) and a pair of `**`/`__` around the whole line, keeping track of the
 *  offset. Written as loops: regexes with lazy groups go quadratic on long blank lines. */
function stripLineMarkup(raw: string): { content: string; offset: number } {
  if (!raw || (!MARKUP_EDGE.has(raw[0]) && !isBlank(raw[raw.length - 1]) && raw[raw.length - 1] !== '#')) return { content: raw, offset: 0 };
  let s = 0;
  let e = raw.length;
  while (s < e && isBlank(raw[s])) s++;
  let h = s;
  while (h < e && raw[h] === '#' && h - s < 6) h++;
  const atx = h > s && h < e && isBlank(raw[h]);
  if (atx) {
    s = h;
    while (s < e && isBlank(raw[s])) s++;
  }
  while (e > s && (isBlank(raw[e - 1]) || (atx && raw[e - 1] === '#'))) e--;
  for (const mark of ['**', '__']) {
    if (raw.startsWith(mark, s)) {
      s += 2;
      if (e - 2 >= s && raw.slice(e - 2, e) === mark) e -= 2;
      break;
    }
  }
  while (s < e && isBlank(raw[s])) s++;
  while (e > s && isBlank(raw[e - 1])) e--;
  return { content: raw.slice(s, e), offset: s };
}
