import type { LintMessage } from '@report-lint/core';

/** One linted file as the formatters see it. */
export interface FileReport {
  /** Absolute path, or '<stdin>' (or the --stdin-filename) for standard input. */
  filePath: string;
  messages: LintMessage[];
  /** Findings left out because report-lint-suppressions.json accepts them. */
  suppressedCount?: number;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
}

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export function countMessages(messages: readonly LintMessage[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const m of messages) {
    if (m.severity === 'error') counts.errorCount++;
    else if (m.severity === 'warning') counts.warningCount++;
    else counts.infoCount++;
    if (m.fix) counts.fixableCount++;
  }
  return counts;
}
