/** Test helpers shared by the rule tests. */
import { lint } from '../../src/lint';
import type { LintMessage, LintOptions } from '../../src/types';

/** The messages one rule gives on `text` (linted even if it does not look like a report). */
export function messagesOf(text: string, ruleId: string, options: LintOptions = {}): LintMessage[] {
  return lint(text, { force: true, ...options }).messages.filter((m) => m.ruleId === ruleId);
}

/** Applies one message's fix to the text. */
export function applyOne(text: string, m: LintMessage): string {
  if (!m.fix) throw new Error(`message has no fix: ${m.message}`);
  return text.slice(0, m.fix.range[0]) + m.fix.text + text.slice(m.fix.range[1]);
}
