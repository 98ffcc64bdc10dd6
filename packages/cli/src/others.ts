/** The other reports cross-report rules compare with: last year's report named by --previous, the
 *  subordinates of `report-lint sum`, each read as the linter reads any file (encodings, documents,
 *  size limits) but with no rule run, for its facts. */
import { defaultLevel, ruleById, rules, type OtherReport, type RuleLevel } from '@report-lint/core';
import { processFileSafely, type FileJob } from './process-file';

/** Every rule off but `id`, at its level in `levels`: a job that runs one rule alone. */
export function onlyRule(levels: Record<string, RuleLevel>, id: string): Record<string, RuleLevel> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? levelOf(levels, id) : 'off']));
}

export const levelOf = (levels: Record<string, RuleLevel>, id: string): RuleLevel => levels[id] ?? defaultLevel(ruleById(id)!.meta);

const NO_RULES = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as RuleLevel]));

/** Reads one report for its facts; `error` says why it could not be read (then `problem` too). */
export async function readOther(path: string, displayPath: string): Promise<{ other: OtherReport; error?: string; english?: string }> {
  const job: FileJob = { index: 0, path, displayPath, rules: NO_RULES, force: true, mode: 'lint', printTables: false, color: false, collectFacts: true };
  const r = await processFileSafely(job);
  if (r.error || !r.facts) return { other: { name: displayPath, problem: r.error ?? '无法读取' }, error: r.error ?? '无法读取', english: r.english };
  // Read, but not a report (no title, no table): said as such, not as three missing tables.
  if (!r.facts.body && !Object.keys(r.facts.tables).length) return { other: { name: displayPath, problem: '看起来不是年度报告（没有标题，也没有找到表格）' } };
  return { other: { name: displayPath, facts: r.facts } };
}
