/** Pairing the reports of a batch (a folder, several files) by body and year: each report with
 *  the report of the same body for the year before, when there is exactly one of each. */
import type { ReportFacts } from '../types';
import { bodyKey } from './facts';

export interface PairCandidate<T = unknown> {
  name: string;
  facts: ReportFacts;
  /** The caller's own handle (a job, a URI), handed back in the pairs. */
  item?: T;
}

export interface ReportPair<T = unknown> {
  previous: PairCandidate<T>;
  current: PairCandidate<T>;
}

export interface Pairing<T = unknown> {
  pairs: ReportPair<T>[];
  /** One body's year held by several files: which is the report is not guessed, none is paired. */
  ambiguous: { body: string; year: number; names: string[] }[];
  /** Reports whose body (title) or year could not be read. */
  unidentified: string[];
}

export function pairReports<T>(candidates: readonly PairCandidate<T>[]): Pairing<T> {
  const byKey = new Map<string, PairCandidate<T>[]>();
  const unidentified: string[] = [];
  for (const c of candidates) {
    if (!c.facts.body || !c.facts.year) {
      unidentified.push(c.name);
      continue;
    }
    const key = `${bodyKey(c.facts.body)}\u0000${c.facts.year}`;
    const group = byKey.get(key);
    if (group) group.push(c);
    else byKey.set(key, [c]);
  }
  const pairs: ReportPair<T>[] = [];
  const ambiguous: Pairing<T>['ambiguous'] = [];
  for (const [key, group] of byKey) {
    const { body, year } = group[0].facts as { body: string; year: number };
    if (group.length > 1) {
      ambiguous.push({ body, year, names: group.map((c) => c.name) });
      continue;
    }
    const before = byKey.get(`${key.split('\u0000')[0]}\u0000${year - 1}`);
    if (before?.length === 1) pairs.push({ previous: before[0], current: group[0] });
  }
  // In input order of this year's reports.
  const order = new Map(candidates.map((c, i) => [c, i]));
  pairs.sort((a, b) => order.get(a.current)! - order.get(b.current)!);
  return { pairs, ambiguous, unidentified };
}
