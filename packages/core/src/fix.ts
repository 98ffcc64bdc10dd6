/** Applying fixes: non-overlapping edits in one pass, repeated until nothing changes. */
import type { Fix, FixResult, LintMessage, LintOptions } from './types';
import { lint } from './lint';

const MAX_PASSES = 10;

/** Applies the fixes of `messages` that do not overlap an earlier one. */
export function applyFixes(text: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => !!f)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let applied = 0;
  for (const f of fixes) {
    const [start, end] = f.range;
    if (start < cursor || end > text.length || start > end) continue; // overlaps an applied fix
    if (text.slice(start, end) === f.text) continue;
    out += text.slice(cursor, start) + f.text;
    cursor = end;
    applied++;
  }
  return { output: out + text.slice(cursor), applied };
}

/** Lints and fixes in passes until stable (or MAX_PASSES), like `eslint --fix`. */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(output, options);
  while (passes < MAX_PASSES) {
    const { output: next, applied } = applyFixes(output, result.messages);
    if (!applied || next === output) break;
    passes++;
    fixed += applied;
    output = next;
    result = lint(output, options);
  }
  return { output, fixed, passes, messages: result.messages };
}
