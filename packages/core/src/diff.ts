/** Where two versions of a text differ: what an editor's edit changed. */
import type { Span } from './types';

let last: { old: string; text: string; change: Span | undefined } | undefined;

/** The changed stretch of the new text, from the common prefix and suffix; undefined when equal.
 *  The last answer is kept: after an edit, each rule's search asks it for the same two texts. */
export function changedStretch(old: string, text: string): Span | undefined {
  if (old === text) return undefined;
  if (last?.old === old && last.text === text) return last.change;
  const change = stretch(old, text);
  last = { old, text, change };
  return change;
}

function stretch(old: string, text: string): Span | undefined {
  const limit = Math.min(old.length, text.length);
  const prefix = commonLength(old, text, limit, (s, at, n) => s.slice(at, at + n));
  const suffix = commonLength(old, text, limit - prefix, (s, at, n) => s.slice(s.length - at - n, s.length - at));
  return { start: prefix, end: text.length - suffix };
}

/** How many characters `a` and `b` have in common from one end, at most `limit`: compared in
 *  blocks that shrink where they differ (a block's equality is one native comparison; a loop over
 *  a megabyte's characters is not), `piece` cutting a block `at` characters from that end. */
function commonLength(a: string, b: string, limit: number, piece: (s: string, at: number, n: number) => string): number {
  let same = 0;
  for (let block = 1 << 16; block >= 1; block >>= 4) {
    while (same + block <= limit && piece(a, same, block) === piece(b, same, block)) same += block;
  }
  return same;
}
