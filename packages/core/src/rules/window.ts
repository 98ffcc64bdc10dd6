/** The stretch a `local` rule reads: the whole text, or after an edit only the window around it
 *  (RuleContext.window; incremental.ts). */
import type { RuleContext, Span } from '../types';

export const readSpan = (ctx: Pick<RuleContext, 'model' | 'window'>): Span => ctx.window ?? { start: 0, end: ctx.model.text.length };

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
  try {
    re.lastIndex = span.start;
    for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
      const next = re.lastIndex;
      yield m;
      re.lastIndex = m[0] === '' ? next + 1 : next;
    }
  } finally {
    re.lastIndex = 0;
  }
}
