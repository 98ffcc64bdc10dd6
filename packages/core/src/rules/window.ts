/** The stretch a `local` rule reads: the whole text, or after an edit only the window around it
 *  (RuleContext.window; incremental.ts). */
import type { RuleContext, Span } from '../types';

export const readSpan = (ctx: Pick<RuleContext, 'model' | 'window'>): Span => ctx.window ?? { start: 0, end: ctx.model.text.length };

/** How far past the stretch a match may reach. */
const MATCH_TAIL = 256;

/** The matches of a global regular expression that start in `span`, found from its start on: the
 *  same as those of text.matchAll there, since the text before is still seen by look-behinds. */
export function* matchesIn(text: string, re: RegExp, span: Span): Generator<RegExpExecArray> {
  if (span.start === 0 && span.end >= text.length) {
    yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
    return;
  }
  // The expression itself, from the stretch's start (compiling a copy of a long alternation would
  // cost more than the search); its lastIndex is left at 0 as matchAll leaves it.
  if (!re.global) throw new Error('matchesIn needs a global regular expression');
  // Searched in the text up to a little past the stretch (a slice shares the text's characters):
  // a search for a rare word would otherwise run on to the end of a long text to find nothing.
  // The local rules' matches lie within a paragraph, and the stretch ends paragraphs after the
  // findings that are kept, so none is cut.
  const searched = span.end + MATCH_TAIL >= text.length ? text : text.slice(0, span.end + MATCH_TAIL);
  try {
    re.lastIndex = span.start;
    for (let m = re.exec(searched); m && m.index < span.end; m = re.exec(searched)) {
      const next = re.lastIndex;
      yield m;
      re.lastIndex = m[0] === '' ? next + 1 : next;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** A line break between a grid row (a line holding a tab or `|`) and another line: running text
 *  does not go on across it, so it bounds the paragraphs of the local rules (unbalanced-pair) and of
 *  the stretch re-read after an edit alike. */
export function besideGridRow(text: string, newline: number): boolean {
  const before = text.lastIndexOf('\n', newline - 1) + 1;
  let after = text.indexOf('\n', newline + 1);
  if (after < 0) after = text.length;
  return hasSeparator(text, before, newline) || hasSeparator(text, newline + 1, after);
}

function hasSeparator(text: string, from: number, to: number): boolean {
  const tab = text.indexOf('\t', from);
  if (tab >= 0 && tab < to) return true;
  const pipe = text.indexOf('|', from);
  return pipe >= 0 && pipe < to;
}

/** Marks after which a line break ends a paragraph (unbalanced-pair's paragraphs, and the stretch
 *  re-read after an edit: the two must agree). */
const PARAGRAPH_END = new Set([...'。！？；：”'].map((c) => c.charCodeAt(0)));

/** The last character before the line break at `newline` that is not a blank or \r, looking back
 *  no further than `from`; `from − 1` when there is none. */
export function lastBeforeBreak(text: string, newline: number, from = 0): number {
  let i = newline - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i;
}

export const endsSentence = (text: string, at: number): boolean => PARAGRAPH_END.has(text.charCodeAt(at));
