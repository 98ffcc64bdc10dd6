/** Human names of tables, rows and columns for messages. */
import type { Table, TableKind } from '../types';
import {
  ACTIVE_COLUMN_LABELS,
  ACTIVE_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  LEGACY_ACTIVE_COLUMN_LABELS,
  LEGACY_ACTIVE_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../parse/tables/definitions';

export const TABLE_NAMES: Record<TableKind, string> = {
  active: '表二（主动公开政府信息情况）',
  applications: '表三（收到和处理政府信息公开申请情况）',
  review: '表四（行政复议、行政诉讼情况）',
};

export const SHORT_TABLE_NAMES: Record<TableKind, string> = { active: '表二', applications: '表三', review: '表四' };

export function rowName(table: Table, key: string): string {
  if (table.kind === 'applications') return APPLICATION_ROWS.find((r) => r.key === key)?.label ?? key;
  if (table.kind === 'review') return REVIEW_GROUPS.find((g) => g.key === key)?.label ?? '表四';
  const rows = table.legacyMarkers.length ? LEGACY_ACTIVE_ROWS : ACTIVE_ROWS;
  return rows.find((r) => r.key === key)?.label ?? key;
}

export function columnName(table: Table, key: string): string | undefined {
  if (key === '?' || key.startsWith('legacy.')) return undefined;
  if (table.kind === 'applications') return APPLICANT_COLUMNS.find((c) => c.key === key)?.label;
  if (table.kind === 'review') return REVIEW_COLUMNS.find((c) => c.key === key)?.label;
  return (table.legacyMarkers.length ? LEGACY_ACTIVE_COLUMN_LABELS : ACTIVE_COLUMN_LABELS)[key];
}

/** `「（一）予以公开」行「自然人」列` or `「规章」行`. */
export function cellName(table: Table, row: string, col: string): string {
  const c = columnName(table, col);
  const r =
    table.kind !== 'review' ? `${SHORT_TABLE_NAMES[table.kind]}「${rowName(table, row)}」行` : row === 'review' ? '表四' : `表四「${rowName(table, row)}」`;
  return c ? `${r}「${c}」列` : r;
}

/** Number of cells a row should have. */
export function expectedCells(table: Table, row: string): number {
  if (table.kind === 'applications') return table.columns.length;
  if (table.kind === 'review') return REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
  return (table.legacyMarkers.length ? LEGACY_ACTIVE_ROWS : ACTIVE_ROWS).find((r) => r.key === row)?.columns.length ?? 1;
}
