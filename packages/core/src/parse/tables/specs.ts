/** One description of each standard table, per format (SPEC §3–§5, §3b): its name, rows, columns,
 *  which cells each row holds, and which cells each total adds. The readers take their rows from it;
 *  the rules, `--print-tables`, hovers and the outline name rows, columns and totals from it, so that
 *  no other module needs a branch per table kind. */
import type { Table, TableKind } from '../../types';
import {
  ACTIVE_COLUMN_LABELS,
  ACTIVE_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  APPLICATION_ROWS_2019,
  LEGACY_ACTIVE_COLUMN_LABELS,
  LEGACY_ACTIVE_ROWS,
  RESULT_LEAVES,
  RESULT_LEAVES_2019,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from './definitions';

export type TableFormat = 2019 | 2021;
export type TotalRule = 'row-total' | 'results-total' | 'review-total';

export interface TableRowSpec {
  key: string;
  label: string;
  /** False for group headings that hold no numbers (（三）不予公开). */
  values: boolean;
  /** The columns this row has cells in. */
  columns: string[];
}

export interface TableColumnSpec {
  key: string;
  label: string;
}

/** A total and the cells it adds, each as [row, column]. */
export interface TotalSpec {
  rule: TotalRule;
  cell: [string, string];
  parts: [string, string][];
  /** How the parts are named in words (for hovers). */
  sumOf: string;
}

export interface TableSpec {
  kind: TableKind;
  format: TableFormat;
  /** 表二, 表三, 表四. */
  name: string;
  /** The section's subject: 主动公开政府信息情况 … */
  title: string;
  /** The section the table belongs in (二 = 2 …). */
  section: number;
  rows: TableRowSpec[];
  columns: TableColumnSpec[];
  totals: TotalSpec[];
}

const columnsOf = (labels: Record<string, string>): TableColumnSpec[] => Object.entries(labels).map(([key, label]) => ({ key, label }));

function active(format: TableFormat): TableSpec {
  const rows = format === 2021 ? ACTIVE_ROWS : LEGACY_ACTIVE_ROWS;
  return {
    kind: 'active',
    format,
    name: '表二',
    title: '主动公开政府信息情况',
    section: 2,
    rows: rows.map((r) => ({ key: r.key, label: r.label, values: true, columns: r.columns })),
    columns: columnsOf(format === 2021 ? ACTIVE_COLUMN_LABELS : LEGACY_ACTIVE_COLUMN_LABELS),
    totals: [], // 表二 has no arithmetic
  };
}

function applications(format: TableFormat): TableSpec {
  const rows = format === 2021 ? APPLICATION_ROWS : APPLICATION_ROWS_2019;
  const parts = APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
  const leaves = format === 2021 ? RESULT_LEAVES : RESULT_LEAVES_2019;
  const valueRows = rows.filter((r) => r.values);
  return {
    kind: 'applications',
    format,
    name: '表三',
    title: '收到和处理政府信息公开申请情况',
    section: 3,
    rows: rows.map((r) => ({ key: r.key, label: r.label, values: r.values, columns: r.values ? APPLICANT_COLUMNS.map((c) => c.key) : [] })),
    columns: APPLICANT_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
    totals: [
      ...valueRows.map((r): TotalSpec => ({ rule: 'row-total', cell: [r.key, 'total'], parts: parts.map((c) => [r.key, c]), sumOf: '自然人至其他六列之和' })),
      ...APPLICANT_COLUMNS.map((c): TotalSpec => ({ rule: 'results-total', cell: ['results.total', c.key], parts: leaves.map((r) => [r, c.key]), sumOf: '（一）至（六）各项办理结果之和' })),
    ],
  };
}

const REVIEW: TableSpec = {
  kind: 'review',
  format: 2021, // the same in both formats
  name: '表四',
  title: '政府信息公开行政复议、行政诉讼情况',
  section: 4,
  rows: REVIEW_GROUPS.map((g) => ({ key: g.key, label: g.label, values: true, columns: REVIEW_COLUMNS.map((c) => c.key) })),
  columns: REVIEW_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
  totals: REVIEW_GROUPS.map((g) => ({
    rule: 'review-total',
    cell: [g.key, 'total'],
    parts: REVIEW_COLUMNS.filter((c) => c.key !== 'total').map((c) => [g.key, c.key]),
    sumOf: '结果维持、结果纠正、其他结果、尚未审结之和',
  })),
};

export const TABLE_SPECS: Record<TableKind, Record<TableFormat, TableSpec>> = {
  active: { 2021: active(2021), 2019: active(2019) },
  applications: { 2021: applications(2021), 2019: applications(2019) },
  review: { 2021: REVIEW, 2019: REVIEW },
};

/** The tables in the order of the report. */
export const TABLE_KINDS: TableKind[] = ['active', 'applications', 'review'];

/** The description a table was read by: the 2019 one where it carries the 2019 format's marks. */
export function specOf(table: Pick<Table, 'kind' | 'legacyMarkers'>): TableSpec {
  return TABLE_SPECS[table.kind][table.legacyMarkers.length ? 2019 : 2021];
}
