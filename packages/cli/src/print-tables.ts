/** --print-tables: the tables as the linter read them, so a user can see why a total is flagged
 *  (or why none is): one grid per table, wrong totals marked `value≠expected`, then every total's
 *  formula. Columns are aligned by display width (a CJK character is two columns). */
import { colors } from './colors';
import {
  ACTIVE_COLUMN_LABELS,
  ACTIVE_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  cellAt,
  LineIndex,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  totalChecks,
  type Cell,
  type ReportModel,
  type Table,
  type TableKind,
} from '@report-lint/core';
import { displayWidth, padEnd, padStart, truncate } from './width';

const TITLES: Record<TableKind, string> = {
  active: '表二 主动公开政府信息情况',
  applications: '表三 收到和处理政府信息公开申请情况',
  review: '表四 政府信息公开行政复议、行政诉讼情况',
};

/** 表二 of the 2019 format (国办公开办函〔2019〕60号) has other columns; the core keys them legacy.N. */
const LEGACY_ACTIVE_COLUMNS: Record<string, string> = { 'legacy.0': '本年新制作数量', 'legacy.1': '本年新公开数量', 'legacy.2': '对外公开总数量' };

interface RowSpec {
  key: string;
  label: string;
  /** False for group headings that hold no numbers. */
  values: boolean;
}

function layout(table: Table): { rows: RowSpec[]; columns: { key: string; label: string }[] } {
  const present = new Set([...table.rows, ...table.cells.map((c) => c.row)]);
  const keep = (r: RowSpec) => present.has(r.key) || (!r.values && [...present].some((k) => k.startsWith(r.key + '.')));
  let rows: RowSpec[];
  let columnLabels: Record<string, string>;
  if (table.kind === 'applications') {
    rows = APPLICATION_ROWS.map((r) => ({ key: r.key, label: r.label, values: r.values })).filter(keep);
    columnLabels = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, c.label]));
  } else if (table.kind === 'review') {
    rows = REVIEW_GROUPS.map((g) => ({ key: g.key, label: g.label, values: true }));
    columnLabels = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, c.label]));
  } else {
    rows = ACTIVE_ROWS.map((r) => ({ key: r.key, label: r.label, values: true })).filter(keep);
    columnLabels = { ...ACTIVE_COLUMN_LABELS, ...LEGACY_ACTIVE_COLUMNS };
  }
  // Rows the definitions do not know (should not happen) are still shown, by key.
  const known = new Set(rows.map((r) => r.key));
  for (const k of present) if (!known.has(k)) rows.push({ key: k, label: k, values: true });
  const colKeys = table.columns.length ? table.columns : [...new Set(table.cells.map((c) => c.col))];
  const found = (key: string) => table.labels.find((l) => l.key === key)?.standard;
  return { rows, columns: colKeys.map((key) => ({ key, label: columnLabels[key] ?? found(key) ?? key })) };
}

export function renderTables(model: ReportModel, color: boolean): string {
  const c = colors(color);
  if (!model.isReport) return c.dim('  （不像年度报告，未读取表格）') + '\n';
  const lines = new LineIndex(model.text);
  const out: string[] = [];
  const kinds: TableKind[] = ['active', 'applications', 'review'];
  for (const kind of kinds) {
    const table = model.tables[kind];
    if (!table) {
      out.push(c.bold(TITLES[kind]) + c.dim('  （未找到）'), '');
      continue;
    }
    const from = lines.position(table.span.start).line;
    const to = lines.position(table.span.end).line;
    out.push(`${c.bold(TITLES[kind])}${c.dim(`（第 ${from}–${to} 行）`)}`);
    if (!table.confident) out.push(c.yellow(`  未能可靠读取${table.doubt ? `：${table.doubt}` : ''}（不做合计检查）`));

    const checks = table.confident ? totalChecks(table) : [];
    const wrong = new Map<Cell, number>();
    for (const ch of checks) if (ch.expected !== undefined && ch.expected !== ch.cell.value) wrong.set(ch.cell, ch.expected);

    const { rows, columns } = layout(table);
    const show = (cell: Cell | undefined): string => {
      if (!cell) return '';
      if (cell.status === 'number') {
        const expected = wrong.get(cell);
        return expected === undefined ? String(cell.value) : c.red(c.bold(`${cell.value}≠${expected}`));
      }
      if (cell.status === 'blank') return c.yellow('(空)');
      return c.yellow(cell.raw.trim() || '(空)');
    };
    const labelWidth = Math.min(28, Math.max(4, ...rows.map((r) => displayWidth(r.label))));
    const grid = rows.map((r) => ({ label: truncate(r.label, labelWidth), cells: r.values ? columns.map((col) => show(cellAt(table, r.key, col.key))) : columns.map(() => '') }));
    const widths = columns.map((col, i) => Math.max(displayWidth(col.label), ...grid.map((g) => displayWidth(g.cells[i]))));
    out.push('  ' + padEnd('', labelWidth) + columns.map((col, i) => '  ' + padStart(c.dim(col.label), widths[i])).join(''));
    for (const g of grid) out.push('  ' + padEnd(g.label, labelWidth) + g.cells.map((s, i) => '  ' + padStart(s, widths[i])).join(''));
    if (wrong.size) out.push(c.dim('  （a≠b：表中为 a，按合计公式应为 b）'));

    if (checks.length) {
      out.push(c.dim('  合计公式：'));
      const rowLabel = (key: string) => truncate(rows.find((r) => r.key === key)?.label ?? key, 16);
      const colLabel = (key: string) => columns.find((col) => col.key === key)?.label ?? key;
      for (const ch of checks) {
        const ok = ch.expected === ch.cell.value;
        const name = `${rowLabel(ch.cell.row)} / ${colLabel(ch.cell.col)}`;
        const verdict = ok ? c.green('✓') : c.red(`✗ 表中为 ${ch.cell.value}`);
        out.push(`    ${name}：${ch.formula} ${verdict}`);
      }
    }
    out.push('');
  }
  // Empty trailing cells would leave trailing blanks on every line.
  return out.map((l) => l.trimEnd()).join('\n');
}
