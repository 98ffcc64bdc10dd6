/** Explaining totals: which cells a total sums, for hovers and `--print-tables`. */
import type { ReportModel, TotalExplanation } from './types';

/** The explanation of the total cell at `offset`, if a table total is there. */
export function totalAt(model: ReportModel, offset: number): TotalExplanation | undefined {
  void model;
  void offset;
  return undefined;
}

/** Every total of every table, explained. */
export function explainTotal(model: ReportModel): TotalExplanation[] {
  void model;
  return [];
}
