/** `--format stylish` (the default), after ESLint's: a header per file, aligned
 *  `line:col  severity  message  rule-id` rows, and a summary with the number of fixable problems. */
import { relative, isAbsolute } from 'node:path';
import { colors } from '../colors';
import { countMessages, type FileReport, type FormatContext } from './types';
import { displayWidth, padEnd } from '../width';
import { describePlace } from '../documents';

const LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
}

export function formatStylish(files: readonly FileReport[], ctx: FormatContext): string {
  const c = colors(ctx.color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const out: string[] = [];
  const total = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  let suppressed = 0;
  for (const f of files) {
    suppressed += f.suppressedCount ?? 0;
    if (!f.messages.length) continue;
    const counts = countMessages(f.messages);
    total.errorCount += counts.errorCount;
    total.warningCount += counts.warningCount;
    total.infoCount += counts.infoCount;
    total.fixableCount += counts.fixableCount;
    out.push(c.underline(displayPath(f.filePath, ctx.cwd)));
    // A .docx or .pdf message also names its place in the file (表格·行·列, 页).
    const placed = (m: (typeof f.messages)[number]) => (describePlace(m.source) ? `（${describePlace(m.source)}）` : '');
    const rows = f.messages.map((m) => [`${m.line}:${m.column}`, LABELS[m.severity], m.message.replace(/\s*\n\s*/g, ' ') + placed(m), m.ruleId, m.severity] as const);
    const posWidth = Math.max(...rows.map((r) => r[0].length));
    const msgWidth = Math.max(...rows.map((r) => displayWidth(r[2])));
    for (const [pos, label, message, ruleId, severity] of rows) {
      out.push(`  ${c.dim(pos.padStart(posWidth))}  ${paint[severity](label)}  ${padEnd(message, msgWidth)}  ${c.dim(ruleId)}`);
    }
    out.push('');
  }
  const problems = total.errorCount + total.warningCount + total.infoCount;
  if (problems) {
    const summary = `✖ ${problems} 个问题（${total.errorCount} 个错误，${total.warningCount} 个警告，${total.infoCount} 个提示）`;
    const tone = total.errorCount ? c.red : total.warningCount ? c.yellow : c.blue;
    out.push(tone(c.bold(summary)));
    if (total.fixableCount) out.push(tone(c.bold(`  其中 ${total.fixableCount} 个可用 --fix 自动修复。`)));
    out.push('');
  }
  if (suppressed) {
    out.push(c.dim(`另有 ${suppressed} 个问题已按忽略记录（report-lint-suppressions.json）略去。`));
    out.push('');
  }
  return out.join('\n');
}
