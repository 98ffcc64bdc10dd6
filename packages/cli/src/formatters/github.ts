/** `--format github`: GitHub Actions workflow commands, one per problem, which the runner turns into
 *  annotations on the pull request's changed lines (`::error`, `::warning`, `::notice` for 提示).
 *  Paths are relative to the working directory (the workspace in a workflow step), with `/`.
 *  Escaping follows the runner's rules (as @actions/core writes them). */
import { isAbsolute, relative, sep } from 'node:path';
import type { FileReport, FormatContext } from './types';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function workspacePath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  const inside = rel && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : filePath).split(sep).join('/');
}

export function formatGithub(files: readonly FileReport[], ctx: FormatContext): string {
  const lines: string[] = [];
  for (const f of files) {
    const file = workspacePath(f.filePath, ctx.cwd);
    for (const m of f.messages) {
      // In the order @actions/core writes them.
      const props = [
        ['title', `report-lint (${m.ruleId})`],
        ['file', file],
        ['line', m.line],
        ['endLine', m.endLine],
        ['col', m.column],
        ['endColumn', m.endColumn],
      ]
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
      lines.push(`::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
