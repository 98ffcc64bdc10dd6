/** Re-linting after an edit, as an editor does on every keystroke: the text is parsed again (the
 *  tables and sections may change anywhere), the rules that look at the whole report run again, but
 *  the `local` rules (typos, brackets, repeats…, most of the time on a long report) run only around
 *  the edit, and their earlier findings elsewhere are kept, moved by the edit's length.
 *
 *  The result equals `lint(text)`; where that cannot be assured cheaply it is `lint(text)`: when the
 *  parser's view of the running text (tables, comments, citations) changed away from the edit, when
 *  the text holds disable comments, when a rule reached its message limit, or when the stretch to
 *  re-check is a large part of the text. */
import type { Fix, LintMessage, LintOptions, LintResult, ReportModel, Span } from './types';
import { compareMessages, lint, lintModel, MAX_MESSAGES_PER_RULE } from './lint';
import { mayHoldDirectives } from './directives';
import { parseReport } from './parse';
import { lineIndexOf, type LineIndex } from './lines';
import { ruleById } from './rules';
import { textScope } from './rules/text-scope';
import { besideGridRow, endsSentence, lastBeforeBreak } from './rules/window';
import { changedStretch } from './diff';

export { changedStretch };

export interface PreviousLint {
  text: string;
  result: LintResult;
}

/** Paragraphs around the edit whose findings are re-checked, and more around them that are read. */
const REPORT_PARAGRAPHS = { before: 2, after: 3 };
const SCAN_PARAGRAPHS = 2;
/** Above this share of the text, a whole lint costs no more. */
const MAX_WINDOW_SHARE = 0.25;

/** Lints `text`, reusing what the lint of `previous.text` (with the same options) found. */
export function relint(previous: PreviousLint | undefined, text: string, options: LintOptions = {}): LintResult {
  if (!previous || !previous.result.model.isReport || previous.text.length < 4096) return lint(text, options);
  const old = previous.text;
  const change = changedStretch(old, text);
  if (!change) return previous.result.model.text === text ? previous.result : lint(text, options);
  const delta = text.length - old.length;
  const report = { start: paragraphStart(text, change.start, REPORT_PARAGRAPHS.before), end: paragraphEnd(text, change.end, REPORT_PARAGRAPHS.after) };
  const scan = { start: paragraphStart(text, report.start, SCAN_PARAGRAPHS), end: paragraphEnd(text, report.end, SCAN_PARAGRAPHS) };
  const model = parseReport(text, options);
  if (scan.end - scan.start > text.length * MAX_WINDOW_SHARE || mayHoldDirectives(old) || mayHoldDirectives(text) || !model.isReport) return lintModel(model, options);
  const oldReportEnd = report.end - delta;
  const outside = (offset: number) => offset < report.start || offset >= report.end;
  const moved = (offset: number) => (offset < report.start ? offset : offset >= oldReportEnd ? offset + delta : -1);
  if (!sameOutside(previous.result.model, model, moved, outside)) return lintModel(model, options);

  const lines = lineIndexOf(text);
  const fresh = lintModel(model, options, { lines, scan, report });
  const kept: LintMessage[] = [];
  for (const m of previous.result.messages) {
    if (!ruleById(m.ruleId)?.meta.local) continue;
    const start = moved(m.offset);
    if (start < 0) continue; // re-checked
    kept.push(placed(m, start - m.offset, lines));
  }
  const messages = [...fresh.messages, ...kept];
  if (reachedLimit(messages)) return lintModel(model, options);
  messages.sort(compareMessages);
  return { messages, model, relinted: scan };
}

/** A paragraph ends at a line break after a sentence's end (。！？；：” before it, blanks aside), at a
 *  blank line, or beside a grid row: places where the local rules' own paragraphs end too. */
function endsParagraph(text: string, newline: number): boolean {
  const i = lastBeforeBreak(text, newline);
  return i < 0 || text[i] === '\n' || endsSentence(text, i) || besideGridRow(text, newline);
}

/** The start of the paragraph `count` paragraphs before the one holding `offset` (1: its own). */
function paragraphStart(text: string, offset: number, count: number): number {
  let at = offset;
  for (let n = 0; n < count; n++) {
    let nl = text.lastIndexOf('\n', at - 2);
    while (nl >= 0 && !endsParagraph(text, nl)) nl = text.lastIndexOf('\n', nl - 1);
    if (nl < 0) return 0;
    at = nl + 1;
  }
  return at;
}

/** The end (after its line break) of the paragraph `count − 1` paragraphs after the one holding `offset`. */
function paragraphEnd(text: string, offset: number, count: number): number {
  let at = offset;
  for (let n = 0; n < count; n++) {
    let nl = text.indexOf('\n', at);
    while (nl >= 0 && !endsParagraph(text, nl)) nl = text.indexOf('\n', nl + 1);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

/** The running text's bounds and the citations, outside the re-checked stretch, are where they were
 *  (moved by the edit): the local rules' findings there still hold. */
function sameOutside(before: ReportModel, after: ReportModel, moved: (offset: number) => number, outside: (offset: number) => boolean): boolean {
  const oldPoints: number[] = [];
  const newPoints: number[] = [];
  const collect = (model: ReportModel, into: number[], map: (offset: number) => number) => {
    for (const r of textScope(model).runs) into.push(map(r.start), map(r.end));
    for (const c of model.citations) into.push(map(c.span.start), map(c.span.end));
  };
  collect(before, oldPoints, moved);
  collect(after, newPoints, (o) => (outside(o) ? o : -1));
  const a = oldPoints.filter((p) => p >= 0);
  const b = newPoints.filter((p) => p >= 0);
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** The message moved by `shift`, its line and column counted again (an edit may add or remove line
 *  breaks without changing the length). */
function placed(m: LintMessage, shift: number, lines: LineIndex): LintMessage {
  const start = lines.position(m.offset + shift);
  const end = lines.position(m.endOffset + shift);
  return {
    ...m,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: m.offset + shift,
    endOffset: m.endOffset + shift,
    ...(m.fix ? { fix: moveFix(m.fix, shift) } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions.map((s) => ({ ...s, fix: moveFix(s.fix, shift) })) } : {}),
  };
}

function moveFix(fix: Fix, shift: number): Fix {
  return { ...fix, range: [fix.range[0] + shift, fix.range[1] + shift] };
}

function reachedLimit(messages: readonly LintMessage[]): boolean {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= MAX_MESSAGES_PER_RULE);
}
