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
      const checks = totalChecks(table);
      const failing = new Set(checks.filter((c) => c.cell.value !== c.expected).map((c) => c.cell));
      const partsFail = (c: TotalCheck) => c.parts.some((p) => failing.has(p));
      for (const c of checks) {
        if (c.ruleId !== id || c.cell.value === c.expected) continue;
        // 表三's corner cell（七）总计 × 总计 is both a row total and a column total. When the two sums
        // disagree, trust the one whose parts are all right; if neither (or both) is, a part is
        // wrong, not the total: fixing it to either sum would only flip the other, so offer no fix.
        const rival = checks.find((o) => o !== c && o.cell === c.cell && o.expected !== c.expected);
        if (rival && (partsFail(c) || !partsFail(rival))) {
          report({ message: `${message(c)}；但按${rival.ruleId === 'row-total' ? '行' : '列'}合计应为 ${rival.expected}，两者不一致，请先核对分项`, span: c.cell.span });
          continue;
        }
        report({ message: message(c), span: c.cell.span, fix: { range: [c.cell.span.start, c.cell.span.end], text: String(c.expected) } });
      }
    },
  };
}
