import type { Rule, Table } from '../types';
import { specOf } from '../parse/tables/specs';
import { shortTableName } from './names';

/** Standard rows holding numbers that the table does not have. Group headings (（三）不予公开…) are
 *  not counted: their sub-rows are what a reader finds, and a PDF often breaks them apart. The 2019
 *  format's differences are table-legacy-format's business, not this rule's. */
function missingRows(table: Table): string[] {
  const spec = specOf(table);
  if (spec.kind === 'review' || (spec.kind === 'active' && spec.format === 2019)) return [];
  return spec.rows.filter((r) => r.values && !table.rows.includes(r.key)).map((r) => r.label);
}

export default {
  meta: {
    id: 'table-shape',
    description: '统计表应有全部标准行和列（如表三的「总计」列）；读不准的表只提示一次并跳过计算',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unreadable: '{{table}}的数字无法可靠读取（{{doubt}}），已跳过该表的勾稽关系检查',
      noTotalColumn: '表三缺少「总计」列：应有{{columns}}共 7 列',
      missingRows: '{{table}}缺少标准行{{rows}}',
      partlyUnreadable: '{{table}}部分数字无法可靠读取：{{doubt}}；已跳过依赖这些数字的检查',
    },
  },
  check({ model, report }) {
    for (const table of Object.values(model.tables)) {
      if (!table) continue;
      const name = shortTableName(table.kind);
      const head = table.labels[0]?.span ?? table.span;
      if (!table.confident) {
        // Not read with confidence: nothing about its shape can be said either.
        report({ messageId: 'unreadable', data: { table: name, doubt: table.doubt ?? '' }, span: head, severity: 'info' });
        continue;
      }
      if (table.kind === 'applications' && !table.columns.includes('total')) {
        const standard = specOf(table).columns.map((c) => c.label).join('、');
        report({ messageId: 'noTotalColumn', data: { columns: standard }, span: head });
      }
      const missing = table.lost ? [] : missingRows(table);
      if (missing.length) report({ messageId: 'missingRows', data: { table: name, rows: missing.map((l) => `「${l}」`).join('、') }, span: head });
      if (table.doubt) {
        report({ messageId: 'partlyUnreadable', data: { table: name, doubt: table.doubt }, span: table.doubtSpan ?? head, severity: 'info' });
      }
    }
  },
} satisfies Rule;
