import type { Rule } from '../types';
import { shortTableName } from './names';

export default {
  meta: { id: 'table-label', description: '统计表的行、列标签应与标准格式一致（如「本年废止件数」误作「本年度止件数」）', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    for (const table of Object.values(model.tables)) {
      for (const label of table?.labels ?? []) {
        if (!label.misspelt) continue;
        report({
          message: `${shortTableName(table!.kind)}的标签「${label.text.replace(/\s+/g, '')}」有误，应为「${label.standard}」`,
          span: label.span,
          ...(label.fix ? { fix: label.fix } : {}),
        });
      }
    }
  },
} satisfies Rule;
