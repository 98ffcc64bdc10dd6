/** Membership of offsets in a set of spans, and the binary searches over sorted offsets and spans. */
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

/** The first index in [0, count) at which `reached(i)` holds, or `count`: a binary search, for a
 *  `reached` that is false up to some index and true from there on. */
export function firstIndex(count: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
