/** Human names of tables, rows and columns for messages, from the tables' descriptions. */
import type { Table, TableKind } from '../types';
import { specOf, TABLE_SPECS } from '../parse/tables/specs';

/** `表三（收到和处理政府信息公开申请情况）`. */
export const tableName = (kind: TableKind) => `${TABLE_SPECS[kind][2021].name}（${TABLE_SPECS[kind][2021].title}）`;
export const shortTableName = (kind: TableKind) => TABLE_SPECS[kind][2021].name;

export function rowName(table: Table, key: string): string {
  return specOf(table).rows.find((r) => r.key === key)?.label ?? key;
}

export function columnName(table: Table, key: string): string | undefined {
  return specOf(table).columns.find((c) => c.key === key)?.label;
}

/** `表三「（一）予以公开」行「自然人」列`, `表二「规章」行`, `表四「行政复议」`, or `表四` for the
 *  whole row of 表四's numbers. */
export function cellName(table: Table, row: string, col: string): string {
  const c = columnName(table, col);
  const name = shortTableName(table.kind);
  const known = specOf(table).rows.some((r) => r.key === row);
  // 表四 has one row of numbers: its groups are named without 行.
  const r = !known ? name : table.kind === 'review' ? `${name}「${rowName(table, row)}」` : `${name}「${rowName(table, row)}」行`;
  return c ? `${r}「${c}」列` : r;
}

/** Number of cells a row should have (表三 as many as its columns: seed 001 has no 总计). */
export function expectedCells(table: Table, row: string): number {
  if (table.kind === 'applications') return table.columns.length;
  if (row === 'review') return specOf(table).rows.reduce((n, r) => n + r.columns.length, 0);
  return specOf(table).rows.find((r) => r.key === row)?.columns.length ?? 1;
}
