/** What the cross-report rules compare, read once from a model: the body, the year and the numbers
 *  read with confidence. Plain data, so that the CLI's worker threads can hand it back and the
 *  language server can keep it for a neighbour file without keeping its text. */
import type { ReportFacts, ReportModel, Table, TableFacts, TableKind } from '../types';
import { specOf, TABLE_KINDS } from '../parse/tables/specs';
import { normalize } from '../parse/normalize';
import { bodyName } from '../rules/body-consistency';

/** The number read in a cell of the table, if any. */
export const valueAt = (table: TableFacts | undefined, row: string, col: string): number | undefined => table?.values[row]?.[col];

function tableFacts(table: Table): TableFacts {
  const values: Record<string, Record<string, number>> = {};
  // A table not read with confidence gives no numbers at all: its cells may be shifted.
  if (table.confident) {
    for (const c of table.cells) {
      if (c.status !== 'number' || c.value === undefined) continue;
      // Nested objects rather than `row|col` keys: this runs on every file of a batch.
      const row = values[c.row] ?? (values[c.row] = {});
      if (!(c.col in row)) row[c.col] = c.value; // the first cell wins, as in cellAt
    }
  }
  return { format: specOf(table).format, confident: table.confident, ...(table.doubt ? { doubt: table.doubt } : {}), values };
}

export function reportFacts(model: ReportModel): ReportFacts {
  const tables: Partial<Record<TableKind, TableFacts>> = {};
  for (const kind of TABLE_KINDS) {
    const t = model.tables[kind];
    if (t) tables[kind] = tableFacts(t);
  }
  const body = model.title ? bodyName(model.title.text) : undefined;
  return { ...(body ? { body } : {}), ...(model.year ? { year: model.year } : {}), tables };
}

/** Two names of one body: compared without blanks, full-width forms folded, and 人民政府 taken
 *  for 政府 (`某某区政府办公室` is `某某区人民政府办公室`). */
export function bodyKey(body: string): string {
  return normalize(body).replace(/人民政府/g, '政府');
}

export const sameBody = (a: string | undefined, b: string | undefined) => !!a && !!b && bodyKey(a) === bodyKey(b);
