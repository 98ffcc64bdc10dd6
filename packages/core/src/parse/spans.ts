/** Membership of offsets in a set of spans, by binary search over the merged spans. */
import type { Span } from '../types';

export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The span of `sorted` (in order, not overlapping) that holds `offset`, by binary search. */
export function spanAt(sorted: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) lo = mid + 1;
    else if (sorted[mid].start > offset) hi = mid - 1;
    else return sorted[mid];
  }
  return undefined;
}

/** A predicate telling whether an offset lies inside one of `spans`. */
export function insideAny(spans: readonly Span[]): (offset: number) => boolean {
  const merged = mergeSpans(spans);
  return (offset) => spanAt(merged, offset) !== undefined;
}
