import type { Cell, Fix, Rule, Table } from '../types';
import { cellName, expectedCells } from './names';

/** One fix for the `无` cells of a row: the stretch from the first to the last, each `无` made `0`. */
function zeroFix(text: string, cells: readonly Cell[]): Fix {
  const start = cells[0].span.start;
  const end = cells[cells.length - 1].span.end;
  let out = '';
  let at = start;
  for (const c of cells) {
    out += text.slice(at, c.span.start) + '0';
    at = c.span.end;
  }
  return { range: [start, end], text: out + text.slice(at, end) };
}

/** How many of a row's cells are missing (blank), or 0 when none is. */
function missingCells(table: Table, row: string): number {
  if (!table.cells.some((c) => c.row === row && c.status === 'blank')) return 0;
  return expectedCells(table, row) - table.cells.filter((c) => c.row === row && c.status !== 'blank').length;
}

/** Statistics cells hold whole numbers (表二's 收费金额 may be a decimal). `无` is the common slip,
 *  and the one with a safe fix: `0`. The `无` cells of one row are reported together. */
export default {
  meta: { id: 'cell-not-number', description: '统计表单元格应填写数字（没有则填 0），不能为空、「无」、「-」或「/」', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    for (const table of Object.values(model.tables) as Table[]) {
      const byRow = new Map<string, Cell[]>();
      for (const cell of table.cells) if (cell.status === 'placeholder' && cell.raw === '无') byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
      for (const [row, cells] of byRow) {
        const where = cells.length === 1 ? cellName(table, row, cells[0].col) : cellName(table, row, '?');
        const count = cells.length === 1 ? '' : `有 ${cells.length} 个单元格`;
        // The row's blank cells are said here too: one message per row, not two.
        const blanks = missingCells(table, row);
        report({
          message: `${where}${count}填写了「无」${blanks ? `，另有 ${blanks} 个单元格为空` : ''}，统计数字应填写阿拉伯数字，没有则填 0`,
          span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end },
          fix: zeroFix(model.text, cells),
        });
      }
      for (const cell of table.cells) {
        if (cell.status === 'placeholder' && cell.raw !== '无') {
          report({ message: `${cellName(table, cell.row, cell.col)}填写了「${cell.raw}」，统计数字应填写阿拉伯数字，没有则填 0`, span: cell.span });
        } else if (cell.status === 'invalid') {
          report({ message: `${cellName(table, cell.row, cell.col)}的「${cell.raw}」不是${table.kind === 'active' && cell.row === 'fees' ? '数字' : '非负整数'}，应只填写数字`, span: cell.span });
        } else if (cell.status === 'blank' && !byRow.has(cell.row)) {
          const expected = expectedCells(table, cell.row);
          const missing = missingCells(table, cell.row);
          const filled = expected - missing;
          report({
            message: `${cellName(table, cell.row, cell.col)}应有 ${expected} 个数字，${filled ? `只读到 ${filled} 个，` : ''}${missing} 个单元格为空；没有数字时应填 0`,
            span: cell.span,
          });
        }
      }
    }
  },
} satisfies Rule;
