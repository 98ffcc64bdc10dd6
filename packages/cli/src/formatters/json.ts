/** `--format json`, exactly the contract of SPEC §12: one array, one element per file, and in
 *  each message only the public fields (offsets stay internal; the fix range carries them). */
import type { LintMessage } from '@report-lint/core';
import { countMessages, type FileReport } from './types';

function publicMessage(m: LintMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.messageId !== undefined ? { messageId: m.messageId } : {}),
    ...(m.fix ? { fix: { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text } } : {}),
    // Candidate corrections the user chooses between (never applied by --fix), as in ESLint.
    ...(m.suggestions?.length ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text } })) } : {}),
    // Documents (.html, .docx, .pdf): where in the file (an addition to SPEC §12's fields).
    ...(m.source ? { source: m.source } : {}),
  };
}

export function formatJson(files: readonly FileReport[]): string {
  return JSON.stringify(files.map((f) => ({ filePath: f.filePath, messages: f.messages.map(publicMessage), ...countMessages(f.messages), ...(f.suppressedCount ? { suppressedCount: f.suppressedCount } : {}) }))) + '\n';
}
