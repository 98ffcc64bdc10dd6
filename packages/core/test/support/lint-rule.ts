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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file under fixtures/, as text. */
export function fixture(path: string): string {
  return readFileSync(join(__dirname, '../../../../fixtures', path), 'utf8');
}

/** The correct synthetic report (non-zero tables), tab-separated text or Markdown. */
export const correctText = () => fixture('synthetic/correct.txt');
export const correctMarkdown = () => fixture('synthetic/correct.md');

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

/** The five real seed reports, by file name under fixtures/seeds/. */
export const SEEDS = ['000_19b186ad1a196a36', '001_ff4af530816f6324', '002_3de73757d3cdff2d', '003_f0739a87bbbceb08', '004_e37f677c45259637'].map((s) => `seeds/${s}.txt`);

/** The seeds other than those named by their three-digit prefix. */
export const seedsExcept = (...prefixes: string[]) => SEEDS.filter((s) => !prefixes.some((p) => s.startsWith(`seeds/${p}`)));

/** The correct report with a sentence added to section 六, after its fee statement. */
export function withSentence(sentence: string): string {
  const fee = '本年度未收取信息处理费。';
  return correctText().replace(fee, fee + sentence);
}
