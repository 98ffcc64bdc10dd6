/** The linter: parse once, run every enabled rule, place and filter the messages. */
import type { LintMessage, LintOptions, LintResult, RuleLevel, RuleMeta, RuleReport, Severity } from './types';
import { parseReport } from './parse';
import { rules } from './rules';
import { LineIndex } from './lines';
import { parseDirectives, suppression } from './directives';

/** A rule's level when the configuration does not name it: off for opt-in rules. */
export const defaultLevel = (meta: RuleMeta): RuleLevel => (meta.recommended === false ? 'off' : meta.defaultSeverity);

/** A cross-report rule runs only when the reports it compares with are given. */
const crossInputGiven = (meta: RuleMeta, options: LintOptions): boolean =>
  meta.crossReport === 'previous' ? !!options.previous : meta.crossReport === 'subordinates' ? !!options.subordinates : true;

export function lint(text: string, options: LintOptions = {}): LintResult {
  const model = parseReport(text, options);
  if (!model.isReport && !options.force) return { messages: [], model };
  const lines = new LineIndex(text);
  const silenced = suppression(parseDirectives(text, lines));
  const messages: LintMessage[] = [];

  for (const rule of rules) {
    const level: RuleLevel = options.rules?.[rule.meta.id] ?? defaultLevel(rule.meta);
    if (level === 'off') continue;
    if (!crossInputGiven(rule.meta, options)) continue;
    const place = (r: RuleReport) => {
      const start = lines.position(r.span.start);
      const end = lines.position(r.span.end);
      if (silenced(rule.meta.id, start.line)) return;
      // An accepted variant (info) stays info whatever the configured level.
      const severity: Severity = r.severity === 'info' ? 'info' : r.severity && level === rule.meta.defaultSeverity ? r.severity : level;
      messages.push({
        ruleId: rule.meta.id,
        severity,
        message: r.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: r.span.start,
        endOffset: r.span.end,
        ...(r.fix ? { fix: r.fix } : {}),
      });
    };
    try {
      rule.check({ model, report: place, options: options.ruleOptions?.[rule.meta.id], filePath: options.filePath, previous: options.previous, subordinates: options.subordinates });
    } catch (err) {
      // A rule must never take the linter down with it; say so where it can be seen.
      place({ message: `规则 ${rule.meta.id} 内部错误：${(err as Error).message}`, span: { start: 0, end: 0 }, severity: 'info' });
    }
  }
  // Rule ids are ASCII: compared by code unit, since localeCompare's first call loads ICU's collation
  // data, several milliseconds of a one-file CLI run.
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { messages, model };
}
