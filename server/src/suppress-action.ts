/** The "忽略此问题" menu entry: a finding accepted by writing its entry to report-lint-suppressions.json
 *  (see suppressions.ts), for reviewers who cannot leave a disable comment in a published text. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { LintMessage, SuppressionEntry } from '@report-lint/core';
import { toDiagnostic, type CachedLint } from './diagnostics';

export const SUPPRESS_COMMAND = 'reportLint.suppress';
export const SUPPRESS_TITLE = '忽略此问题';

export interface SuppressArgument {
  uri: string;
  entry: SuppressionEntry;
}

export const isSuppressArgument = (a: unknown): a is SuppressArgument =>
  !!a &&
  typeof a === 'object' &&
  typeof (a as SuppressArgument).uri === 'string' &&
  !!(a as SuppressArgument).entry &&
  typeof (a as SuppressArgument).entry.ruleId === 'string';

/** One entry per message in the range (each finding is accepted on its own). */
export function suppressActions(cached: CachedLint, here: readonly LintMessage[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const m of here) {
    const entry = cached.keyOf?.(m);
    if (!entry) continue;
    const argument: SuppressArgument = { uri: cached.uri, entry };
    out.push({
      title: here.length > 1 ? `${SUPPRESS_TITLE}（${m.ruleId}）` : SUPPRESS_TITLE,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(m, cached.version)],
      command: { title: SUPPRESS_TITLE, command: SUPPRESS_COMMAND, arguments: [argument] },
    });
  }
  return out;
}
