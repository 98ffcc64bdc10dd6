/** What the cross-report rules compare, read once from a model: the body, the year and the numbers
 *  read with confidence. Plain data, so that the CLI's worker threads can hand it back and the
 *  language server can keep it for a neighbour file without keeping its text. */
import type { ReportFacts, ReportModel, Table, TableFacts, TableKind } from '../types';
import { specOf, TABLE_KINDS } from '../parse/tables/specs';
import { normalize } from '../parse/normalize';
import { bodyName } from '../rules/body-consistency';

/** The key of a cell in `TableFacts.values`. */
export const valueKey = (row: string, col: string) => `${row}|${col}`;

function tableFacts(table: Table): TableFacts {
  const values: Record<string, number> = {};
  // A table not read with confidence gives no numbers at all: its cells may be shifted.
  if (table.confident) {
    for (const c of table.cells) {
      const key = valueKey(c.row, c.col);
      if (c.status === 'number' && c.value !== undefined && !(key in values)) values[key] = c.value;
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
