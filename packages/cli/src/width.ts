/** Terminal display width: CJK ideographs and full-width forms take two columns, so tables and
 *  message columns that mix Chinese and digits line up only when padded by width, not length. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Two columns: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs, vertical
 *  and full-width forms, emoji, and the supplementary ideographic planes. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{20000}-\u{3fffd}]/gu;
/** No columns: control characters, combining marks and the zero-width space. */
// eslint-disable-next-line no-control-regex
const ZERO = /[\u0000-\u001f\u0300-\u036f\u200b]/g;

const ASTRAL = /[\u{10000}-\u{10ffff}]/gu;

/** Counted with regular expressions rather than a loop over the characters: they run natively, which
 *  matters on a cold start, where a loop would run in the interpreter. */
export function displayWidth(s: string): number {
  const plain = s.replace(ANSI, '').replace(ZERO, '');
  const count = (re: RegExp) => plain.match(re)?.length ?? 0;
  // One column per code point (an astral one is two UTF-16 units), one more for each wide one.
  return plain.length - count(ASTRAL) + count(WIDE);
}

export const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
export const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

/** Cuts a string to at most `width` columns, ending in … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
