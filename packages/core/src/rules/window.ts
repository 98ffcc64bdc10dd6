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
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  r.lastIndex = span.start;
  for (let m = r.exec(text); m && m.index < span.end; m = r.exec(text)) {
    yield m;
    if (m[0] === '') r.lastIndex++;
  }
}
