/** Text with a source map, character by character: each character of a piece knows a place near
 *  where it came from (`near`, a reader-defined number) and, when it was copied verbatim from the
 *  file, its exact source offset (`exact`, else -1). Readers build pieces, then lines of the text. */
import { IntList } from '../int-list';

export interface Piece {
  s: string;
  near: number[];
  exact: number[];
}

export const emptyPiece = (): Piece => ({ s: '', near: [], exact: [] });

export function append(to: Piece, p: Piece): void {
  to.s += p.s;
  for (let i = 0; i < p.near.length; i++) {
    to.near.push(p.near[i]);
    to.exact.push(p.exact[i]);
  }
}

/** One character that was not copied verbatim (a decoded entity, a joiner, a line break). */
export function pushChar(to: Piece, ch: string, near: number): void {
  to.s += ch;
  to.near.push(near);
  to.exact.push(-1);
}

export function slicePiece(p: Piece, start: number, end: number): Piece {
  return { s: p.s.slice(start, end), near: p.near.slice(start, end), exact: p.exact.slice(start, end) };
}

const SPACE = /[\s\u00a0\u3000]/;
export const isSpace = (ch: string) => SPACE.test(ch);

export function trimPiece(p: Piece): Piece {
  let start = 0;
  let end = p.s.length;
  while (start < end && isSpace(p.s[start])) start++;
  while (end > start && isSpace(p.s[end - 1])) end--;
  return start === 0 && end === p.s.length ? p : slicePiece(p, start, end);
}

/** CJK ideographs and the full-width punctuation around them: no space is read between two of them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;
export const isCjk = (ch: string | undefined) => !!ch && CJK.test(ch);

/** Joins the parts of one cell (several paragraphs or lines): nothing between two CJK characters,
 *  else one space. Empty parts are dropped. */
export function joinParts(parts: Piece[]): Piece {
  const out = emptyPiece();
  for (const raw of parts) {
    const p = trimPiece(raw);
    if (!p.s) continue;
    if (out.s && !(isCjk(out.s[out.s.length - 1]) && isCjk(p.s[0]))) pushChar(out, ' ', p.near[0]);
    append(out, p);
  }
  return out;
}

/** White space as a browser shows it: a run becomes one space, except that a line break between two
 *  CJK characters (a source line wrapped inside a sentence) goes away; no-break spaces become spaces.
 *  A space stays verbatim only where the source had exactly one ' '. */
export function collapseSpace(p: Piece): Piece {
  const out = emptyPiece();
  let i = 0;
  while (i < p.s.length) {
    const ch = p.s[i];
    if (!isSpace(ch)) {
      out.s += ch;
      out.near.push(p.near[i]);
      out.exact.push(p.exact[i]);
      i++;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < p.s.length && isSpace(p.s[j])) {
      if (p.s[j] === '\n' || p.s[j] === '\r') hasBreak = true;
      j++;
    }
    const before = i > 0 ? p.s[i - 1] : undefined;
    const after = j < p.s.length ? p.s[j] : undefined;
    if (!(hasBreak && isCjk(before) && isCjk(after))) {
      const verbatim = j - i === 1 && ch === ' ' ? p.exact[i] : -1;
      out.s += ' ';
      out.near.push(p.near[i]);
      out.exact.push(verbatim);
    }
    i = j;
  }
  return out;
}

/** Builds the document text line by line, keeping the per-character maps. */
export class TextBuilder {
  private chunks: string[] = [];
  readonly near = new IntList();
  readonly exact = new IntList();
  length = 0;

  /** Appends a piece as it is (no line break). */
  put(p: Piece): void {
    this.chunks.push(p.s);
    for (let i = 0; i < p.near.length; i++) {
      this.near.push(p.near[i]);
      this.exact.push(p.exact[i]);
    }
    this.length += p.s.length;
  }

  char(ch: string, near: number): void {
    this.chunks.push(ch);
    this.near.push(near);
    this.exact.push(-1);
    this.length += ch.length;
  }

  /** One line: the piece and a line break placed at its last character. */
  line(p: Piece): void {
    this.put(p);
    this.char('\n', p.near.length ? p.near[p.near.length - 1] : this.lastNear());
  }

  blankLine(): void {
    this.char('\n', this.lastNear());
  }

  lastNear(): number {
    return this.near.length ? this.near.at(this.near.length - 1) : 0;
  }

  text(): string {
    return this.chunks.join('');
  }
}

/** `near` of the character at offset (the end of the text maps to its last character). */
export function nearAt(near: IntList, offset: number): number {
  if (!near.length) return 0;
  return near.at(Math.max(0, Math.min(offset, near.length - 1)));
}

/** The source range text[start, end) was copied from verbatim, in one run: every character exact and
 *  each right after the one before. An empty range (an insertion) takes the verbatim character
 *  before it, or after it. */
export function verbatimRange(exact: IntList, start: number, end: number): { start: number; end: number } | undefined {
  if (start < 0 || end > exact.length || start > end) return undefined;
  if (start === end) {
    if (start > 0 && exact.at(start - 1) >= 0) return { start: exact.at(start - 1) + 1, end: exact.at(start - 1) + 1 };
    if (start < exact.length && exact.at(start) >= 0) return { start: exact.at(start), end: exact.at(start) };
    return undefined;
  }
  const first = exact.at(start);
  if (first < 0) return undefined;
  for (let i = start + 1; i < end; i++) if (exact.at(i) !== first + (i - start)) return undefined;
  return { start: first, end: first + (end - start) };
}

/** Maps raw source text (XML or HTML, entities not decoded) to its decoded value, character by
 *  character: `&…;` and `\r\n` are units that are not verbatim; every other character is, if the
 *  decoding agrees. Returns undefined when the two cannot be lined up (then nothing is verbatim). */
export function mapDecoded(raw: string, rawStart: number, value: string): Piece | undefined {
  if (raw === value) {
    const near = new Array<number>(value.length);
    for (let i = 0; i < value.length; i++) near[i] = rawStart + i;
    return { s: value, near, exact: near.slice() };
  }
  const out = emptyPiece();
  const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/iy;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m) {
        const code = m[1][0] === '#' ? parseInt(m[1][1] === 'x' || m[1][1] === 'X' ? m[1].slice(2) : m[1].slice(1), m[1][1] === 'x' || m[1][1] === 'X' ? 16 : 10) : 0;
        const units = code > 0xffff ? 2 : 1;
        const at = out.s.length;
        if (at + units > value.length) return undefined;
        for (let k = 0; k < units; k++) pushChar(out, value[at + k], rawStart + i);
        i += m[0].length;
        continue;
      }
    }
    if (ch === '\r') {
      const at = out.s.length;
      if (value[at] !== '\n') return undefined;
      pushChar(out, '\n', rawStart + i);
      i += raw[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (value[out.s.length] !== ch) return undefined;
    out.s += ch;
    out.near.push(rawStart + i);
    out.exact.push(rawStart + i);
    i++;
  }
  return out.s === value ? out : undefined;
}

/** A piece all of whose characters sit at one place and none verbatim. */
export function placedPiece(s: string, near: number): Piece {
  return { s, near: new Array<number>(s.length).fill(near), exact: new Array<number>(s.length).fill(-1) };
}
