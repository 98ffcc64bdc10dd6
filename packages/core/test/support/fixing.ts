/** True when `after` differs from `before` in exactly one contiguous stretch (a fix touched only its range). */
export function changesOneStretch(before: string, after: string): boolean {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return endB - start <= 4 && endA - start <= 4;
}
