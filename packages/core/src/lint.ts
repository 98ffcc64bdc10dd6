/** The linter: parse once, run every enabled rule, place and filter the messages. */
import type { LintMessage, LintOptions, LintResult, ReportModel, Rule, RuleLevel, RuleMeta, RuleReport, Severity, Span, Suggestion, SuggestionReport } from './types';
import { parseReport } from './parse';
import { fencedBlocks } from './parse/markdown';
import { SourceLines } from './parse/source-lines';
import { rules, ruleById } from './rules';
import { lineIndexOf, type LineIndex } from './lines';
import { mayHoldDirectives, parseDirectives, Suppressor, type Directive } from './directives';

/** The order of a lint's messages: by offset, end, then rule id. Rule ids are ASCII: compared by
 *  code unit, since localeCompare's first call loads ICU's collation data, several milliseconds of
 *  a one-file CLI run. */
export const compareMessages = (a: LintMessage, b: LintMessage): number =>
  a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/** A rule's level when the configuration does not name it: off for opt-in rules. */
export const defaultLevel = (meta: RuleMeta): RuleLevel => (meta.recommended === false ? 'off' : meta.defaultSeverity);

/** At most this many messages of one rule per file: a text of half a million headings is no report
 *  to read message by message, and listing them all would cost gigabytes. Real reports stay far below. */
export const MAX_MESSAGES_PER_RULE = 1000;

/** A cross-report rule runs only when the reports it compares with are given. */
const crossInputGiven = (meta: RuleMeta, options: LintOptions): boolean =>
  meta.crossReport === 'previous' ? !!options.previous : meta.crossReport === 'subordinates' ? !!options.subordinates : true;

/** The rule id of messages about disable comments themselves (not a rule of the catalog: it has no
 *  level of its own; `--report-unused-disable-directives` and the unknown-rule check turn it on). */
export const DIRECTIVE_RULE_ID = 'disable-directive';

export const DIRECTIVE_MESSAGES = {
  unused: '未使用的禁用注释：这里没有被它禁用的问题，可以删除',
  unusedRules: '未使用的禁用注释：这里没有 {{rules}} 的问题',
  unknownRule: '禁用注释中的规则 “{{ruleId}}” 不存在，这条注释没有禁用它',
  unknownRuleLike: '禁用注释中的规则 “{{ruleId}}” 不存在，这条注释没有禁用它；是否应为 “{{like}}”？',
  useRule: '改为 “{{like}}”',
} as const;

/** `{{name}}` placeholders filled from `data`; a name without data stays as written (as ESLint). */
export function formatMessage(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole));
}

/** The text of a report: its `messageId` looked up in the rule's `meta.messages`, or its `message`. */
function messageOf(meta: RuleMeta, r: { messageId?: string; data?: Record<string, string | number>; message?: string }, what: string): string {
  if (r.messageId !== undefined) {
    const template = meta.messages?.[r.messageId];
    if (template === undefined) throw new Error(`${what}的 messageId “${r.messageId}” 不在 meta.messages 中`);
    return formatMessage(template, r.data);
  }
  if (r.message === undefined) throw new Error(`${what}既没有 messageId 也没有 message`);
  return r.message;
}

function suggestionsOf(meta: RuleMeta, suggest: readonly SuggestionReport[]): Suggestion[] {
  return suggest.map((s) => ({ desc: s.messageId !== undefined || s.desc === undefined ? messageOf(meta, { messageId: s.messageId, data: s.data, message: s.desc }, '建议') : s.desc, fix: s.fix }));
}

/** The directives that apply: none with `noInlineConfig`; in Markdown, none inside fenced code. */
function directivesOf(text: string, lines: LineIndex, markdown: boolean, options: LintOptions): Directive[] {
  if (options.noInlineConfig || !mayHoldDirectives(text)) return [];
  return parseDirectives(text, lines, markdown ? fencedBlocks(new SourceLines(text), text.length) : []);
}

/** Messages about the directives: unknown rule ids always, unused ones when asked for. */
function directiveMessages(suppressor: Suppressor, text: string, options: LintOptions): RuleReport[] {
  const out: RuleReport[] = [];
  for (const d of suppressor.directives) {
    if (d.rules === 'all') continue;
    for (const id of d.rules) {
      if (id === DIRECTIVE_RULE_ID || ruleById(id)) continue;
      const like = closestRuleId(id);
      const at = idOffset(text, d.span, id);
      out.push({
        messageId: like ? 'unknownRuleLike' : 'unknownRule',
        data: { ruleId: id, like: like ?? '' },
        span: d.span,
        severity: 'warning',
        ...(like && at >= 0 ? { suggest: [{ messageId: 'useRule', data: { like }, fix: { range: [at, at + id.length], text: like } }] } : {}),
      });
    }
  }
  const severity = options.reportUnusedDisableDirectives;
  if (!severity) return out;
  for (const { directive, rules: idle } of suppressor.unused()) {
    const known = idle === 'all' ? 'all' : idle.filter((id) => ruleById(id));
    if (known !== 'all' && !known.length) continue; // only unknown ids: said above
    const whole = known === 'all' || (directive.rules !== 'all' && known.length === directive.rules.length);
    out.push({
      ...(whole ? { messageId: 'unused' } : { messageId: 'unusedRules', data: { rules: (known as string[]).join('、') } }),
      span: directive.span,
      severity,
      ...(whole ? { fix: removal(text, directive.span) } : {}),
    });
  }
  return out;
}

/** Edit distance, for a misspelt rule id (ids are short: the quadratic table is nothing). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The rule id a misspelt one most likely meant: at most 2 edits (or a third of its length) away. */
function closestRuleId(id: string): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const r of rules) {
    const d = distance(id, r.meta.id);
    if (d <= Math.max(2, Math.floor(r.meta.id.length / 3)) && (!best || d < best.d)) best = { id: r.meta.id, d };
  }
  return best?.id;
}

/** Where a rule id stands inside its directive, as a whole word. */
function idOffset(text: string, span: Span, id: string): number {
  const inside = text.slice(span.start, span.end);
  const m = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(inside.replace(/^.*?report-lint-[a-z-]+/, (s) => ' '.repeat(s.length)));
  return m ? span.start + m.index : -1;
}

/** Deleting a directive: its line too when it stands alone on one. */
function removal(text: string, span: Span): { range: [number, number]; text: string } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const alone = !text.slice(lineStart, span.start).trim() && !text.slice(span.end, lineEnd).replace(/\r$/, '').trim();
  return alone ? { range: [lineStart, nl < 0 ? lineEnd : nl + 1], text: '' } : { range: [span.start, span.end], text: '' };
}

const DIRECTIVE_META: RuleMeta = { id: DIRECTIVE_RULE_ID, description: '禁用注释本身的问题', defaultSeverity: 'warning', fixable: true, messages: DIRECTIVE_MESSAGES };

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
  const lines = local?.lines ?? lineIndexOf(text);
  const suppressor = new Suppressor(directivesOf(text, lines, model.format === 'markdown', options));
  const messages: LintMessage[] = [];

  const placer = (meta: RuleMeta, level: Severity, silenceable: boolean) => (r: RuleReport) => {
    const start = lines.position(r.span.start);
    const end = lines.position(r.span.end);
    const message = messageOf(meta, r, `规则 ${meta.id} 报告`);
    const suggestions = r.suggest?.length ? suggestionsOf(meta, r.suggest) : undefined;
    if (silenceable && suppressor.silences(meta.id, start.line)) return;
    // An accepted variant (info) stays info whatever the configured level.
    const severity: Severity = r.severity === 'info' ? 'info' : r.severity && level === meta.defaultSeverity ? r.severity : level;
    messages.push({
      ruleId: meta.id,
      severity,
      message,
      ...(r.messageId !== undefined ? { messageId: r.messageId } : {}),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: r.span.start,
      endOffset: r.span.end,
      ...(r.fix ? { fix: r.fix } : {}),
      ...(suggestions ? { suggestions } : {}),
    });
  };

  for (const rule of rules as Rule[]) {
    const level: RuleLevel = options.rules?.[rule.meta.id] ?? defaultLevel(rule.meta);
    if (level === 'off' || !crossInputGiven(rule.meta, options)) continue;
    const placeOne = placer(rule.meta, level, true);
    const windowed = local && rule.meta.local;
    let placed = 0;
    let dropped: RuleReport | undefined;
    let droppedCount = 0;
    const place = (r: RuleReport) => {
      if (windowed && (r.span.start < local.report.start || r.span.start >= local.report.end)) return;
      if (placed >= MAX_MESSAGES_PER_RULE) {
        dropped ??= r;
        droppedCount++;
        return;
      }
      placed++;
      placeOne(r);
    };
    try {
      rule.check({
        model,
        report: place,
        options: options.ruleOptions?.[rule.meta.id],
        filePath: options.filePath,
        previous: options.previous,
        subordinates: options.subordinates,
        ...(windowed ? { window: local.scan } : {}),
      });
    } catch (err) {
      // A rule must never take the linter down with it; say so where it can be seen.
      placeOne({ message: `规则 ${rule.meta.id} 内部错误：${(err as Error).message}`, span: { start: 0, end: 0 }, severity: 'info' });
    }
    if (dropped) {
      placeOne({ message: `规则 ${rule.meta.id} 在本文件中另有 ${droppedCount} 处问题未列出：每条规则最多列出 ${MAX_MESSAGES_PER_RULE} 处，改正后再次检查可见其余`, span: dropped.span, severity: 'info' });
    }
  }
  // After every rule ran: only then is it known which directives silenced something.
  const placeDirective = placer(DIRECTIVE_META, 'warning', false);
  for (const r of directiveMessages(suppressor, text, options)) placeDirective(r);
  messages.sort(compareMessages);
  return { messages, model };
}
