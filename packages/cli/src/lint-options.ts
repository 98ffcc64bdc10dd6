/** The core's options for a job, the same for text files and documents. */
import type { LintOptions } from '@report-lint/core';
import type { FileJob } from './process-file';

export function lintOptions(job: FileJob, filePath: string): LintOptions {
  return {
    filePath,
    rules: job.rules,
    force: job.force,
    ...(job.previous ? { previous: job.previous } : {}),
    ...(job.subordinates ? { subordinates: job.subordinates } : {}),
    ...(job.ruleOptions && Object.keys(job.ruleOptions).length ? { ruleOptions: job.ruleOptions } : {}),
    ...(job.noInlineConfig ? { noInlineConfig: true } : {}),
    ...(job.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: 'warning' as const } : {}),
  };
}
