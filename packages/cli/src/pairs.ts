/** A batch's reports paired by body and year (a folder, several files): each report whose body's
 *  report of the year before is in the batch is linted a second time with cross-year alone, against
 *  it. The first pass hands back each file's facts, so nothing is read twice but the paired files. */
import { pairReports, type Pairing } from '@report-lint/core';
import type { FileJob, FileResult } from './process-file';
import { levelOf, onlyRule } from './others';

export const CROSS_YEAR = 'cross-year';

export interface PairJobs {
  pairing: Pairing<number>;
  /** The second pass, indexed from 0; `target[i]` is the first pass's index of jobs[i]. */
  jobs: FileJob[];
  target: number[];
}

export function pairJobs(jobs: readonly FileJob[], results: readonly FileResult[]): PairJobs {
  const candidates = results.flatMap((r, i) => (r.facts && !r.error ? [{ name: jobs[i].displayPath, facts: r.facts, item: i }] : []));
  const pairing = pairReports(candidates);
  const second: FileJob[] = [];
  const target: number[] = [];
  for (const p of pairing.pairs) {
    const job = jobs[p.current.item!];
    if (levelOf(job.rules, CROSS_YEAR) === 'off') continue;
    target.push(p.current.item!);
    // The first pass's messages are of the fixed text. A fixed file was written: it is linted as
    // it is now. A fix not written (a dry run, standard input) is made again, all rules on, and
    // only cross-year's messages are kept.
    const unwritten = job.mode === 'dry-run' || (job.mode === 'fix' && job.path === '-');
    second.push({
      ...job,
      index: second.length,
      mode: unwritten ? job.mode : 'lint',
      printTables: false,
      collectFacts: false,
      rules: unwritten ? job.rules : onlyRule(job.rules, CROSS_YEAR),
      previous: { name: p.previous.name, facts: p.previous.facts },
    });
  }
  return { pairing, jobs: second, target };
}

/** --print-pairs: the pairs made, and why others were not. */
export function renderPairs(pairing: Pairing<number>): string {
  const lines: string[] = [];
  if (pairing.pairs.length) {
    lines.push('上年报告 → 本年报告（cross-year 核对）：');
    for (const p of pairing.pairs) lines.push(`  ${p.previous.name} → ${p.current.name}（${p.current.facts.body}，${p.previous.facts.year} → ${p.current.facts.year} 年度）`);
  } else {
    lines.push('没有可配对的报告：未找到同一机关相邻两个年度的报告（cross-year 未运行）');
  }
  for (const a of pairing.ambiguous) lines.push(`未配对：${a.body} ${a.year} 年度有 ${a.names.length} 份报告（${a.names.join('、')}），无法确定用哪一份`);
  if (pairing.unidentified.length) lines.push(`未配对：未能从标题读出机关或年度：${pairing.unidentified.join('、')}`);
  return lines.join('\n') + '\n';
}

/** `--previous`: the one pair given. */
export const renderExplicitPair = (previous: string, current: string) => `上年报告 → 本年报告（由 --previous 指定）：\n  ${previous} → ${current}\n`;

/** The first pass's messages with the second's, in the core's order (offset, end, rule id). */
export function mergeMessages<M extends { offset: number; endOffset: number; ruleId: string }>(a: readonly M[], b: readonly M[]): M[] {
  return [...a, ...b].sort((x, y) => x.offset - y.offset || x.endOffset - y.endOffset || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
}
