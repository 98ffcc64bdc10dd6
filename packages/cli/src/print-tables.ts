/** --print-tables: the tables as the linter read them, so a user can see why a total is flagged
 *  (or why none is): one grid per table, wrong totals marked `value≠expected`, then every total's
 *  formula. Columns are aligned by display width (a CJK character is two columns). */
import { colors } from './colors';
import { cellAt, LineIndex, specOf, TABLE_KINDS, TABLE_SPECS, totalChecks, type Cell, type ReportModel, type Table, type TableRowSpec } from '@report-lint/core';
import { displayWidth, padEnd, padStart, truncate } from './width';

/** Rows and columns to print: the table's description, less the rows the table does not have. */
function layout(table: Table): { rows: TableRowSpec[]; columns: { key: string; label: string }[] } {
  const spec = specOf(table);
  const present = new Set([...table.rows, ...table.cells.map((c) => c.row)]);
  const keep = (r: TableRowSpec) => present.has(r.key) || (!r.values && [...present].some((k) => k.startsWith(r.key + '.')));
  const rows = table.kind === 'review' ? [...spec.rows] : spec.rows.filter(keep);
  // Rows the description does not know (should not happen) are still shown, by key.
  const known = new Set(rows.map((r) => r.key));
  for (const k of present) if (!known.has(k)) rows.push({ key: k, label: k, values: true, columns: [] });
  const colKeys = table.columns.length ? table.columns.filter((k) => table.cells.some((c) => c.col === k) || table.kind !== 'active') : [...new Set(table.cells.map((c) => c.col))];
  const label = (key: string) => spec.columns.find((c) => c.key === key)?.label ?? table.labels.find((l) => l.key === key)?.standard ?? key;
  return { rows, columns: colKeys.map((key) => ({ key, label: label(key) })) };
}

export function renderTables(model: ReportModel, color: boolean): string {
  const c = colors(color);
  if (!model.isReport) return c.dim('  （不像年度报告，未读取表格）') + '\n';
  const lines = new LineIndex(model.text);
  const out: string[] = [];
  for (const kind of TABLE_KINDS) {
    const table = model.tables[kind];
    const title = `${TABLE_SPECS[kind][2021].name} ${TABLE_SPECS[kind][2021].title}`;
    if (!table) {
      out.push(c.bold(title) + c.dim('  （未找到）'), '');
      continue;
    }
    const from = lines.position(table.span.start).line;
    const to = lines.position(table.span.end).line;
    out.push(`${c.bold(title)}${c.dim(`（第 ${from}–${to} 行${specOf(table).format === 2019 ? '，2019 年版格式' : ''}）`)}`);
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
    const grid = rows.map((r) => ({ label: truncate(r.label, labelWidth), cells: columns.map((col) => (r.values ? show(cellAt(table, r.key, col.key)) : '')) }));
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
