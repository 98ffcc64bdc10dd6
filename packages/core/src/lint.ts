/** The linter: parse once, run every enabled rule, place and filter the messages. */
import type { LintMessage, LintOptions, LintResult, ReportModel, RuleLevel, RuleMeta, RuleReport, Severity, Span } from './types';
import { parseReport } from './parse';
import { rules } from './rules';
import { LineIndex } from './lines';
import { parseDirectives, suppression } from './directives';

/** A rule's level when the configuration does not name it: off for opt-in rules. */
export const defaultLevel = (meta: RuleMeta): RuleLevel => (meta.recommended === false ? 'off' : meta.defaultSeverity);

/** At most this many messages of one rule per file: a text of half a million headings is no report
 *  to read message by message, and listing them all would cost gigabytes. Real reports stay far below. */
export const MAX_MESSAGES_PER_RULE = 1000;
/** A cross-report rule runs only when the reports it compares with are given. */
const crossInputGiven = (meta: RuleMeta, options: LintOptions): boolean =>
  meta.crossReport === 'previous' ? !!options.previous : meta.crossReport === 'subordinates' ? !!options.subordinates : true;

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintModel(parseReport(text, options), options);
}

/** A re-lint after an edit (see incremental.ts): the rules whose findings are local run only over
 *  `scan` and keep only what starts in `report`; the others run as usual. */
export interface LocalRun {
  lines: LineIndex;
  scan: Span;
  report: Span;
}

export function lintModel(model: ReportModel, options: LintOptions, local?: LocalRun): LintResult {
  const text = model.text;
  if (!model.isReport && !options.force) return { messages: [], model };
  const lines = local?.lines ?? new LineIndex(text);
  const silenced = suppression(parseDirectives(text, lines));
  const messages: LintMessage[] = [];

  for (const rule of rules) {
    const level: RuleLevel = options.rules?.[rule.meta.id] ?? defaultLevel(rule.meta);
    if (level === 'off') continue;
    let placed = 0;
    let dropped: RuleReport | undefined;
    let droppedCount = 0;
    const windowed = local && rule.meta.local;
    if (!crossInputGiven(rule.meta, options)) continue;
    const place = (r: RuleReport) => {
      if (windowed && (r.span.start < local.report.start || r.span.start >= local.report.end)) return;
      if (placed >= MAX_MESSAGES_PER_RULE) {
        dropped ??= r;
        droppedCount++;
        return;
      }
      placed++;
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
      rule.check({ model, report: place, options: options.ruleOptions?.[rule.meta.id], filePath: options.filePath, previous: options.previous, subordinates: options.subordinates, ...(windowed ? { window: local.scan } : {}) });
    } catch (err) {
      // A rule must never take the linter down with it; say so where it can be seen.
      place({ message: `规则 ${rule.meta.id} 内部错误：${(err as Error).message}`, span: { start: 0, end: 0 }, severity: 'info' });
    }
    if (dropped) {
      placed = 0; // the notice itself is always placed
      place({ message: `规则 ${rule.meta.id} 在本文件中另有 ${droppedCount} 处问题未列出：每条规则最多列出 ${MAX_MESSAGES_PER_RULE} 处，改正后再次检查可见其余`, span: dropped.span, severity: 'info' });
    }
  }
  // Rule ids are ASCII: compared by code unit, since localeCompare's first call loads ICU's collation
  // data, several milliseconds of a one-file CLI run.
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { messages, model };
}
