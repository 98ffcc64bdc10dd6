/** `--format compact`: one line per problem, as ESLint's compact format writes it, so that editors'
 *  and CI's existing problem matchers for it (VS Code's `$eslint-compact`) read it:
 *  `<path>: line <l>, col <c>, Error|Warning|Info - <message> (<rule id>)`. */
import type { FileReport } from './types';

const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function formatCompact(files: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const m of f.messages) lines.push(`${f.filePath}: line ${m.line}, col ${m.column}, ${LABEL[m.severity]} - ${m.message.replace(/\s*[\r\n]+\s*/g, ' ')} (${m.ruleId})`);
  }
  if (!lines.length) return '';
  return `${lines.join('\n')}\n\n${lines.length} 个问题\n`;
}
