import type { Rule, TableKind } from '../types';
import { tableName } from './names';

const SECTION_OF: [TableKind, number, string][] = [
  ['active', 2, '二'],
  ['applications', 3, '三'],
  ['review', 4, '四'],
];

export default {
  meta: {
    id: 'table-missing',
    description: '第二、三、四部分应各有一张标准统计表',
    defaultSeverity: 'error',
    fixable: false,
    messages: { missing: '第{{numeral}}部分「{{title}}」中没有找到{{table}}的标准统计表' },
  },
  check({ model, report }) {
    for (const [kind, number, numeral] of SECTION_OF) {
      const section = model.sections.find((s) => s.number === number);
      if (!section || model.tables[kind]) continue;
      report({ messageId: 'missing', data: { numeral, title: section.title.text, table: tableName(kind) }, span: section.heading });
    }
  },
} satisfies Rule;
