import type { Rule, Table } from '../types';
import { ACTIVE_ROWS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../parse/tables/definitions';
import { SHORT_TABLE_NAMES } from './names';

/** Standard rows that the table should have but does not (2019-format differences are
 *  table-legacy-format's business, not this rule's). */
function missingRows(table: Table): { label: string; before?: string }[] {
  const legacy = table.legacyMarkers.length > 0;
  const defs =
    table.kind === 'applications'
      ? APPLICATION_ROWS.filter((r) => r.values || r.key === 'results.other').filter((r) => !(legacy && r.key.startsWith('results.other.')))
      : table.kind === 'active' && !legacy
        ? ACTIVE_ROWS
        : [];
  return defs.filter((r) => !table.rows.includes(r.key)).map((r) => ({ label: r.label }));
}

export default {
  meta: { id: 'table-shape', description: '统计表应有全部标准行和列（如表三的「总计」列）；读不准的表只提示一次并跳过计算', defaultSeverity: 'error', fixable: false },
  check({ model, report }) {
    for (const table of Object.values(model.tables)) {
      if (!table) continue;
      const name = SHORT_TABLE_NAMES[table.kind];
      const head = table.labels[0]?.span ?? table.span;
      if (table.kind === 'applications' && !table.columns.includes('total')) {
        const standard = APPLICANT_COLUMNS.map((c) => c.label).join('、');
        report({ message: `表三缺少「总计」列：应有${standard}共 7 列`, span: head });
      }
      for (const row of missingRows(table)) report({ message: `${name}缺少标准行「${row.label}」`, span: head });
      if (!table.confident) {
        report({ message: `${name}的数字无法可靠读取（${table.doubt}），已跳过该表的勾稽关系检查`, span: head, severity: 'info' });
      }
    }
  },
} satisfies Rule;
