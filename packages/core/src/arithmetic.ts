/** The tables' arithmetic (勾稽关系, SPEC §4–§5): which cells each total sums. Rules, hovers and
 *  `--print-tables` all read it from here. */
import type { Cell, ReportModel, Table, TotalExplanation } from './types';
import { APPLICANT_PARTS, APPLICATION_ROWS, RESULT_LEAVES, RESULT_LEAVES_2019, REVIEW_COLUMNS, REVIEW_GROUPS } from './parse/tables/definitions';

export type TotalRule = 'row-total' | 'results-total' | 'review-total';

export interface TotalCheck extends TotalExplanation {
  ruleId: TotalRule;
}

// Rules look cells up hundreds of times per table: index them once per table, row then column
// (tables are not changed after parsing).
const cellIndex = new WeakMap<Table, Map<string, Map<string, Cell>>>();

function indexOf(table: Table): Map<string, Map<string, Cell>> {
  const index = new Map<string, Map<string, Cell>>();
  for (const c of table.cells) {
    let row = index.get(c.row);
    if (!row) index.set(c.row, (row = new Map()));
    if (!row.has(c.col)) row.set(c.col, c); // the first cell wins, as with a linear search
  }
  cellIndex.set(table, index);
  return index;
}

export function cellAt(table: Table, row: string, col: string): Cell | undefined {
  return (cellIndex.get(table) ?? indexOf(table)).get(row)?.get(col);
}

/** Explains a total when it and all its parts are numbers. */
function explain(ruleId: TotalRule, total: Cell | undefined, parts: (Cell | undefined)[]): TotalCheck | undefined {
  if (!total || total.value === undefined || parts.some((p) => p?.value === undefined)) return undefined;
  const known = parts as Cell[];
  const expected = known.reduce((sum, p) => sum + p.value!, 0);
  return { ruleId, cell: total, parts: known, expected, formula: `${known.map((p) => p.value).join('+')} = ${expected}` };
}

export const isLegacyApplications = (t: Table) => t.legacyMarkers.length > 0;

// Three rules, hovers and --print-tables all ask for a table's totals: work them out once.
const checksOf = new WeakMap<Table, TotalCheck[]>();

export function totalChecks(table: Table): TotalCheck[] {
  let checks = checksOf.get(table);
  if (!checks) checksOf.set(table, (checks = computeTotalChecks(table)));
  return checks;
}

function computeTotalChecks(table: Table): TotalCheck[] {
  const out: (TotalCheck | undefined)[] = [];
  if (table.kind === 'applications') {
    if (table.columns.includes('total')) {
      for (const row of APPLICATION_ROWS) {
        out.push(explain('row-total', cellAt(table, row.key, 'total'), APPLICANT_PARTS.map((c) => cellAt(table, row.key, c))));
      }
    }
    const leaves = isLegacyApplications(table) ? RESULT_LEAVES_2019 : RESULT_LEAVES;
    for (const col of table.columns) {
      out.push(explain('results-total', cellAt(table, 'results.total', col), leaves.map((r) => cellAt(table, r, col))));
    }
  } else if (table.kind === 'review') {
    const parts = REVIEW_COLUMNS.filter((c) => c.key !== 'total');
    for (const g of REVIEW_GROUPS) {
      out.push(explain('review-total', cellAt(table, g.key, 'total'), parts.map((c) => cellAt(table, g.key, c.key))));
    }
  }
  return out.filter((c): c is TotalCheck => !!c);
}

/** Every total of every table, explained (for hovers and printing tables). */
export function explainTotal(model: ReportModel): TotalExplanation[] {
  return Object.values(model.tables).flatMap((t) => (t ? totalChecks(t) : []));
}

/** The explanation of the total cell at `offset`, if a table total is there. */
export function totalAt(model: ReportModel, offset: number): TotalExplanation | undefined {
  return explainTotal(model).find((e) => offset >= e.cell.span.start && offset <= e.cell.span.end);
}
