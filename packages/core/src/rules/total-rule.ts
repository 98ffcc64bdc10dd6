/** The three total rules differ only in which totals they check and how they name them. */
import type { Rule, Severity, TableKind } from '../types';
import { totalChecks, type TotalCheck, type TotalRule } from '../arithmetic';

export function totalRule(
  id: TotalRule,
  kind: TableKind,
  description: string,
  message: (check: TotalCheck) => string,
  defaultSeverity: Severity = 'error',
): Rule {
  return {
    meta: { id, description, defaultSeverity, fixable: true },
    check({ model, report }) {
      const table = model.tables[kind];
      if (!table?.confident) return; // unreadable numbers: say nothing rather than guess
      for (const c of totalChecks(table)) {
        if (c.ruleId !== id || c.cell.value === c.expected) continue;
        report({ message: message(c), span: c.cell.span, fix: { range: [c.cell.span.start, c.cell.span.end], text: String(c.expected) } });
      }
    },
  };
}
