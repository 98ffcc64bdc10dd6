/** Cutting run-together digits into cells (SPEC §10): `690000069` is 69,0,0,0,0,0,69 and
 *  `160 02 0 018` is 16,0,0,2,0,0,18. Blanks between runs are cell boundaries; inside a run any cut
 *  may be one. A cut is acceptable when every cell is a whole number without a leading zero (0 itself
 *  excepted) and the table's own arithmetic holds inside the row (a row's 总计, 表四's block totals).
 *  With as many digits as cells there is only one way (one digit a cell) and it is taken whatever the
 *  arithmetic says, so that a wrong total is still found; otherwise exactly one cut must fit. */

/** A run of digits and where it starts in the source. */
export interface DigitRun {
  digits: string;
  start: number;
}

/** One cell of a split: its digits' source range and value. */
export interface SplitCell {
  start: number;
  end: number;
  value: number;
}

/** Checks a row's values as they are cut: called with the cells so far; false rules the cut out. */
export type RowCheck = (values: readonly number[]) => boolean;

export type SplitResult =
  | { kind: 'one'; cells: SplitCell[] }
  | { kind: 'none' }
  | { kind: 'many'; count: number };

/** No cell of these tables has this many digits: longer cells are not tried. */
const MAX_CELL_DIGITS = 7;
/** Search effort bound: beyond it the runs are called ambiguous rather than searched on. */
const MAX_STEPS = 50_000;

export function splitRuns(runs: readonly DigitRun[], cells: number, check: RowCheck = () => true): SplitResult {
  const digits = runs.reduce((n, r) => n + r.digits.length, 0);
  if (digits < cells || runs.length > cells || !runs.length) return { kind: 'none' };
  const forced = digits === cells;
  const found: SplitCell[][] = [];
  let steps = 0;
  let aborted = false;
  const cut: SplitCell[] = [];
  const values: number[] = [];

  // Cells are cut run by run; `runIndex`/`at` is where the next cell starts.
  const search = (runIndex: number, at: number): boolean => {
    if (++steps > MAX_STEPS) {
      aborted = true;
      return false;
    }
    if (runIndex === runs.length) {
      if (cut.length === cells) found.push([...cut]);
      return found.length < 2;
    }
    const run = runs[runIndex];
    const left = run.digits.length - at;
    const cellsLeft = cells - cut.length;
    const runsAfter = runs.length - runIndex - 1;
    const digitsAfter = runs.slice(runIndex + 1).reduce((n, r) => n + r.digits.length, 0);
    // This run must leave at least one cell for every later run, and no more cells than digits.
    if (cellsLeft < runsAfter + 1 || cellsLeft > left + digitsAfter) return true;
    const maxLength = run.digits[at] === '0' ? 1 : Math.min(left, MAX_CELL_DIGITS);
    for (let length = 1; length <= maxLength; length++) {
      const end = at + length;
      cut.push({ start: run.start + at, end: run.start + end, value: Number(run.digits.slice(at, end)) });
      values.push(cut[cut.length - 1].value);
      const fits = forced || check(values);
      // false from below means: stop searching (two cuts found, or the effort bound reached).
      const go = !fits || (end === run.digits.length ? search(runIndex + 1, 0) : cut.length < cells ? search(runIndex, end) : true);
      cut.pop();
      values.pop();
      if (!go) return false;
    }
    return true;
  };
  search(0, 0);
  if (aborted && found.length < 2) return { kind: 'many', count: 2 }; // effort bound reached: unknown, so not trusted
  if (found.length === 0) return { kind: 'none' };
  if (found.length > 1) return { kind: 'many', count: found.length };
  return { kind: 'one', cells: found[0] };
}

/** 表三's rows: the 总计 (7th value) is the sum of the six before it. */
export const rowTotalCheck: RowCheck = (v) => v.length < 7 || v[6] === v[0] + v[1] + v[2] + v[3] + v[4] + v[5];

/** 表四: each block of five ends with the sum of its four. */
export const blockTotalCheck: RowCheck = (v) => v.length % 5 !== 0 || v[v.length - 1] === v[v.length - 5] + v[v.length - 4] + v[v.length - 3] + v[v.length - 2];
