/** The three total rules differ only in which totals they check and how they name them. */
import type { Rule, Severity, TableKind } from '../types';
import { totalChecks, type TotalCheck, type TotalRule } from '../arithmetic';

export function totalRule(
  id: TotalRule,
  kind: TableKind,
  description: string,
  /** The message, with `{{value}}`, `{{expected}}`, `{{formula}}` and what `data` adds. */
  template: string,
  data: (check: TotalCheck) => Record<string, string | number>,
  defaultSeverity: Severity = 'error',
): Rule {
  return {
    meta: {
      id,
      description,
      defaultSeverity,
      fixable: true,
      hasSuggestions: kind === 'applications', // the corner cell's two sums
      messages: {
        mismatch: template,
        disputed: `${template}；但按{{rivalAxis}}合计应为 {{rivalExpected}}，两者不一致，请先核对分项`,
        setTotal: '将总计改为 {{value}}（按{{axis}}合计）',
      },
    },
    check({ model, report }) {
      const table = model.tables[kind];
      if (!table?.confident) return; // unreadable numbers: say nothing rather than guess
      const checks = totalChecks(table);
      const failing = new Set(checks.filter((c) => c.cell.value !== c.expected).map((c) => c.cell));
      const partsFail = (c: TotalCheck) => c.parts.some((p) => failing.has(p));
      const axis = (c: TotalCheck) => (c.ruleId === 'row-total' ? '行' : '列');
      for (const c of checks) {
        if (c.ruleId !== id || c.cell.value === c.expected) continue;
        const base = { ...data(c), value: c.cell.value!, expected: c.expected!, formula: c.formula };
        const range: [number, number] = [c.cell.span.start, c.cell.span.end];
        // 表三's corner cell（七）总计 × 总计 is both a row total and a column total. When the two sums
        // disagree, trust the one whose parts are all right; if neither (or both) is, a part is
        // wrong, not the total: fixing it to either sum would only flip the other, so offer no fix,
        // only each sum as a suggestion for the user to choose.
        const rival = checks.find((o) => o !== c && o.cell === c.cell && o.expected !== c.expected);
        if (rival && (partsFail(c) || !partsFail(rival))) {
          report({
            messageId: 'disputed',
            data: { ...base, rivalAxis: axis(rival), rivalExpected: rival.expected! },
            span: c.cell.span,
            suggest: [c, rival].map((s) => ({ messageId: 'setTotal', data: { value: s.expected!, axis: axis(s) }, fix: { range, text: String(s.expected) } })),
          });
          continue;
        }
        report({ messageId: 'mismatch', data: base, span: c.cell.span, fix: { range, text: String(c.expected) } });
      }
    },
  };
}
