// Aligned plain-text tables for the bench and fuzz reports (CJK characters count as two columns).

export function width(s) {
  let w = 0;
  for (const ch of String(s)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
export const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - width(s)));
export const padStart = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + String(s);

/** Prints rows under a header: the first column and a trailing note column (empty header) are
 *  left-aligned, the figures between them right-aligned. */
export function printTable(head, rows, indent = '  ', log = console.log) {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const left = (c) => c === 0 || (c === head.length - 1 && head[c] === '');
  for (const r of all) log(indent + r.map((x, c) => (left(c) ? pad(x ?? '', widths[c]) : padStart(x ?? '', widths[c]))).join('  ').trimEnd());
}
