/** Comparing labels as SPEC §6 asks: white space, line breaks, `|` and Markdown emphasis ignored,
 *  full-width and half-width forms of brackets, digits and punctuation treated alike. */
import { IntList } from '../int-list';

/** Characters dropped before comparing: blanks, Markdown marks, and quotes (`危及“三安全一稳定”`
 *  is often written without them). */
const DROPPED_RUN = /[\s\u3000\u00a0|*_#>`"'“”‘’＂]+/g;
const DROPPED_ALL = new RegExp(DROPPED_RUN.source, 'g'); // its own: DROPPED_RUN keeps a position
const FOLDED_ALL = /[\uff01-\uff5e]/g;

/** Folds one character: full-width ASCII forms (（）：，；．／－［］０-９Ａ-Ｚ…) to half-width. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
}

export interface Normalized {
  /** The folded text with dropped characters removed. */
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = end of the source slice. */
  map: Int32Array;
}

/** Full-width digits (０-９) as ASCII ones: one UTF-16 unit for one, so offsets hold. */
export const foldDigits = (s: string) => s.replace(/[０-９]/g, foldChar);

/** Normalizes source[start, end) and keeps where each kept character came from. The dropped runs
 *  are found by a regular expression and the kept text is taken a run at a time: a cold start runs
 *  this on every table, and a loop over single characters would run in the interpreter. */
export function normalizeWithMap(source: string, start = 0, end = source.length, into?: IntList): Normalized {
  const part = source.slice(start, end);
  const pieces: string[] = [];
  // `into`: a caller joining several slices collects their maps in one (no end entry then).
  const map = into ?? new IntList(part.length + 1);
  let kept = 0;
  DROPPED_RUN.lastIndex = 0;
  for (let m = DROPPED_RUN.exec(part); ; m = DROPPED_RUN.exec(part)) {
    const keptEnd = m ? m.index : part.length;
    if (keptEnd > kept) {
      pieces.push(part.slice(kept, keptEnd));
      map.pushRange(start + kept, start + keptEnd);
    }
    if (!m) break;
    kept = m.index + m[0].length;
  }
  if (!into) map.push(end);
  // Folding changes no lengths (one UTF-16 unit for one), so the map still holds.
  return { text: pieces.join('').replace(FOLDED_ALL, foldChar), map: map.done() };
}

/** normalizeWithMap(s).text, with native replaces: this runs on every heading candidate. */
export function normalize(s: string): string {
  return s.replace(DROPPED_ALL, '').replace(FOLDED_ALL, foldChar);
}

/** Source span of normalized [from, to). */
export function sourceSpan(n: Normalized, from: number, to: number): { start: number; end: number } {
  const start = n.map[from];
  const end = to > from ? n.map[to - 1] + 1 : start;
  return { start, end };
}

/** Length of the longest common subsequence of a and b, in one row of counts. */
function lcs(a: string, b: string): number {
  const row = new Uint16Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    let diagonal = 0; // the count at [i-1][j-1]
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Similarity in [0, 1]: shared characters in order over the longer length. A caller that only
 *  cares whether it reaches `atLeast` gets 0 at once when the lengths alone rule that out. */
export function similarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  if (a.length > 200 || b.length > 200) return 0; // labels are short; don't spend time on prose
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < atLeast) return 0;
  return lcs(a, b) / longer;
}
