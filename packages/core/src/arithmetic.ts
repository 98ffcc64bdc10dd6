/** The tables' arithmetic (勾稽关系, SPEC §4–§5): which cells each total sums. Rules, hovers and
 *  `--print-tables` all read it from here. */
import type { Cell, ReportModel, Table, TotalExplanation } from './types';
import { specOf, type TotalRule } from './parse/tables/specs';

export type { TotalRule };

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

// Three rules, hovers and --print-tables all ask for a table's totals: work them out once.
const checksOf = new WeakMap<Table, TotalCheck[]>();

export function totalChecks(table: Table): TotalCheck[] {
  let checks = checksOf.get(table);
  if (!checks) checksOf.set(table, (checks = computeTotalChecks(table)));
  return checks;
}

/** Every total of the table's description whose cell and parts were all read. */
function computeTotalChecks(table: Table): TotalCheck[] {
  const out: TotalCheck[] = [];
  for (const t of specOf(table).totals) {
    const check = explain(t.rule, cellAt(table, ...t.cell), t.parts.map(([row, col]) => cellAt(table, row, col)));
    if (check) out.push(check);
  }
  return out;
}

/** Every total of every table, explained (for hovers and printing tables). */
export function explainTotal(model: ReportModel): TotalExplanation[] {
  return Object.values(model.tables).flatMap((t) => (t ? totalChecks(t) : []));
}

/** The explanation of the total cell at `offset`, if a table total is there. */
export function totalAt(model: ReportModel, offset: number): TotalExplanation | undefined {
  return explainTotal(model).find((e) => offset >= e.cell.span.start && offset <= e.cell.span.end);
}
