/** The text as lines, each with its offsets and its content with Markdown heading markup removed. */
import { lineIndexOf } from '../lines';

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

export function splitLines(text: string): SourceLine[] {
  const index = lineIndexOf(text);
  const out: SourceLine[] = [];
  for (let line = 1; line <= index.lineCount; line++) {
    const start = index.lineStart(line);
    const end = index.lineEnd(line);
    const raw = text.slice(start, end);
    const { content, offset } = stripLineMarkup(raw);
    out.push({ line, start, end, text: raw, content, contentStart: start + offset });
  }
  return out;
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
