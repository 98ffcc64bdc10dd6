/** Applying fixes: non-overlapping edits in one pass, repeated until nothing changes. */
import type { Fix, FixResult, LintMessage, LintOptions } from './types';
import { lint } from './lint';

const MAX_PASSES = 10;

/** The fixes of `messages` that apply together: sorted, each not overlapping an earlier one, inside
 *  the text, and changing something. The editor's fix-all-of-a-rule uses the same choice. */
export function compatibleFixes(text: string, messages: readonly LintMessage[]): Fix[] {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => !!f)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: Fix[] = [];
  let cursor = 0;
  for (const f of fixes) {
    const [start, end] = f.range;
    if (start < cursor || end > text.length || start > end) continue; // overlaps a chosen fix
    if (text.slice(start, end) === f.text) continue;
    out.push(f);
    cursor = end;
  }
  return out;
}

/** Applies the fixes of `messages` that do not overlap an earlier one. */
export function applyFixes(text: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const fixes = compatibleFixes(text, messages);
  let out = '';
  let cursor = 0;
  for (const f of fixes) {
    out += text.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
  }
  return { output: out + text.slice(cursor), applied: fixes.length };
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
  return { output, fixed, passes, messages: result.messages, model: result.model };
}
