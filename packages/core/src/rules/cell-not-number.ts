import type { Rule } from '../types';
import { cellName, expectedCells } from './names';

/** Statistics cells hold whole numbers (表二's 收费金额 may be a decimal). `无` is the common slip,
 *  and the one with a safe fix: `0`. */
export default {
  meta: { id: 'cell-not-number', description: '统计表单元格应填写数字（没有则填 0），不能为空、「无」、「-」或「/」', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    for (const table of Object.values(model.tables)) {
      if (!table) continue;
      for (const cell of table.cells) {
        const where = cellName(table, cell.row, cell.col);
        if (cell.status === 'placeholder') {
          const fix = cell.raw === '无' ? { fix: { range: [cell.span.start, cell.span.end] as [number, number], text: '0' } } : {};
          report({ message: `${where}填写了「${cell.raw}」，统计数字应填写阿拉伯数字，没有则填 0`, span: cell.span, ...fix });
        } else if (cell.status === 'invalid') {
          report({ message: `${where}的「${cell.raw}」不是${table.kind === 'active' && cell.row === 'fees' ? '数字' : '非负整数'}，应只填写数字`, span: cell.span });
        } else if (cell.status === 'blank') {
          const filled = table.cells.filter((c) => c.row === cell.row && c.status !== 'blank').length;
          const expected = expectedCells(table, cell.row);
          report({
            message: `${where}应有 ${expected} 个数字，${filled ? `只读到 ${filled} 个，` : ''}${expected - filled} 个单元格为空；没有数字时应填 0`,
            span: cell.span,
          });
        }
      }
    }
  },
} satisfies Rule;
