import type { Cell, Fix, Rule, Table } from '../types';
import { cellName, columnName, expectedCells, shortTableName } from './names';
import { DECIMAL_COLUMNS } from '../parse/tables/definitions';

/** One fix for several cells: the stretch from the first to the last, each made `0` (a blank cell
 *  has an empty span where its field is, so `0` is inserted there). */
function zeroFix(text: string, cells: readonly Cell[]): Fix {
  const sorted = [...cells].sort((a, b) => a.span.start - b.span.start);
  const start = sorted[0].span.start;
  const end = sorted[sorted.length - 1].span.end;
  let out = '';
  let at = start;
  for (const c of sorted) {
    out += text.slice(at, c.span.start) + '0';
    at = c.span.end;
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

/** Blank and `无` cells have a safe fix (`0`); `-`, `/` and text are reported for the author to decide. */
const zeroable = (c: Cell) => c.status === 'blank' || (c.status === 'placeholder' && c.raw === '无');
const describe = (c: Cell) => (c.status === 'blank' ? '为空' : `填写了「${c.raw}」`);
/** `「商业企业」「科研机构」列`, or `有 3 个单元格` where the columns are not known. */
const columnsOf = (table: Table, cells: readonly Cell[]) =>
  cells.some((c) => c.col === '?') ? `有 ${cells.length} 个单元格` : cells.map((c) => `「${columnName(table, c.col) ?? c.col}」`).join('') + '列';

/** Rows with the same blank columns and nothing else wrong: said once for the table (a web page
 *  that leaves every 法人 column empty has 125 of them, SPEC §4). */
const SAME_BLANKS_ROWS = 3;

/** Statistics cells hold whole numbers (表二's 收费金额 may be a decimal). Said once per row, naming
 *  the columns, with a fix to 0 where one is safe. */
export default {
  meta: {
    id: 'cell-not-number',
    description: '统计表单元格应填写数字（没有则填 0），不能为空、「无」、「-」或「/」',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      sameBlanks: '{{table}}有 {{rows}} 行的{{columns}}为空（共 {{cells}} 个单元格），统计数字应填写阿拉伯数字，没有则填 0',
      notNumber: '{{where}}{{problems}}，统计数字应填写阿拉伯数字，没有则填 0',
    },
  },
  check({ model, report }) {
    for (const table of Object.values(model.tables) as Table[]) {
      const byRow = new Map<string, Cell[]>();
      for (const cell of table.cells) if (cell.status !== 'number') byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
      // Rows whose only problem is blanks, grouped by which columns are blank.
      const blankGroups = new Map<string, string[]>();
      for (const [row, cells] of byRow) {
        if (!cells.every((c) => c.status === 'blank')) continue;
        const key = cells.map((c) => c.col).join(',');
        blankGroups.set(key, [...(blankGroups.get(key) ?? []), row]);
      }
      const grouped = new Set<string>();
      for (const rows of blankGroups.values()) {
        if (rows.length < SAME_BLANKS_ROWS) continue;
        const cells = rows.flatMap((r) => byRow.get(r)!);
        rows.forEach((r) => grouped.add(r));
        const name = shortTableName(table.kind);
        report({
          messageId: 'sameBlanks',
          data: { table: name, rows: rows.length, columns: columnsOf(table, byRow.get(rows[0])!), cells: cells.length },
          span: cells[0].span.start === cells[0].span.end ? { start: cells[0].span.start, end: cells[0].span.start } : cells[0].span,
          fix: zeroFix(model.text, cells),
        });
      }
      for (const [row, cells] of byRow) {
        if (grouped.has(row)) continue;
        const fixable = cells.filter(zeroable);
        const parts: string[] = [];
        for (const kind of ['blank', 'placeholder', 'invalid'] as const) {
          const these = cells.filter((c) => c.status === kind);
          if (!these.length) continue;
          if (kind === 'invalid') {
            parts.push(these.map((c) => `「${columnName(table, c.col) ?? c.col}」列的「${c.raw}」不是${DECIMAL_COLUMNS.has(c.col) ? '数字' : '非负整数'}`).join('，'));
          } else {
            const sameText = new Set(these.map(describe)).size === 1;
            parts.push(sameText ? `${columnsOf(table, these)}${describe(these[0])}` : these.map((c) => `${columnsOf(table, [c])}${describe(c)}`).join('，'));
          }
        }
        // Values whose columns are unknown stand among blanks not seen: say how many are missing.
        const unplaced = cells.filter((c) => c.col === '?').length;
        if (unplaced) parts.push(`另有 ${expectedCells(table, row) - unplaced} 个单元格为空`);
        const where = cellName(table, row, '?');
        report({
          messageId: 'notNumber',
          data: { where, problems: parts.join('，') },
          span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end },
          ...(fixable.length ? { fix: zeroFix(model.text, fixable) } : {}),
        });
      }
    }
  },
} satisfies Rule;
