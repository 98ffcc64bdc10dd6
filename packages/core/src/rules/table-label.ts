import type { Rule } from '../types';
import { shortTableName } from './names';

export default {
  meta: {
    id: 'table-label',
    description: '统计表的行、列标签应与标准格式一致（如「本年废止件数」误作「本年度止件数」）',
    defaultSeverity: 'warning',
    fixable: true,
    messages: { misspelt: '{{table}}的标签「{{label}}」有误，应为「{{standard}}」' },
  },
  check({ model, report }) {
    for (const table of Object.values(model.tables)) {
      for (const label of table?.labels ?? []) {
        if (!label.misspelt) continue;
        report({
          messageId: 'misspelt',
          data: { table: shortTableName(table!.kind), label: label.text.replace(/\s+/g, ''), standard: label.standard },
          span: label.span,
          ...(label.fix ? { fix: label.fix } : {}),
        });
      }
    }
  },
} satisfies Rule;
