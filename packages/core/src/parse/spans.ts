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

/** A predicate telling whether an offset lies inside one of `spans`. */
export function insideAny(spans: readonly Span[]): (offset: number) => boolean {
  const merged = mergeSpans(spans);
  return (offset) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].end <= offset) lo = mid + 1;
      else if (merged[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
}
