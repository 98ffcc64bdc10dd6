/** Inline disable comments, as in ESLint and markdownlint:
 *    <!-- report-lint-disable [rule …] -->   … <!-- report-lint-enable [rule …] -->
 *    <!-- report-lint-disable-next-line [rule …] -->
 *    <!-- report-lint-disable-line [rule …] -->
 *  Plain text has no comment syntax of its own, so there the same words may also stand on a
 *  line of their own after `//`:  `// report-lint-disable-next-line row-total`.
 *  No rule ids means every rule. In Markdown, a directive inside a fenced code block is an example
 *  in the text, not a directive. */
import { LineIndex } from './lines';
import type { Span } from './types';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: Kind;
  rules: string[] | 'all';
  line: number;
  /** The whole comment (or `//` line), for messages about the directive. */
  span: Span;
}

const DIRECTIVE =
  /(?:<!--[ \t]*report-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)-->|^[ \t]*\/\/[ \t]*report-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$)/gm;

/** The directives of `text`, leaving out those inside `excluded` spans (fenced code). */
/** Whether the text can hold a directive at all: most reports hold none, and this is cheap. */
export const mayHoldDirectives = (text: string): boolean => text.includes('report-lint-');

export function parseDirectives(text: string, lines: LineIndex, excluded: readonly Span[] = []): Directive[] {
  const out: Directive[] = [];
  if (!mayHoldDirectives(text)) return out;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    if (excluded.some((s) => at >= s.start && at < s.end)) continue;
    const kind = (m[1] ?? m[3]) as Kind;
    const ids = (m[2] ?? m[4] ?? '').split(/[\s,]+/).filter(Boolean);
    // A `//` directive's match starts at its line's indentation; its span is the directive itself.
    const start = m[1] ? at : at + m[0].indexOf('//');
    out.push({ kind, rules: ids.length ? ids : 'all', line: lines.position(at).line, span: { start, end: at + m[0].length } });
  }
  return out;
}

const covers = (rules: string[] | 'all', id: string) => rules === 'all' || rules.includes(id);

/** Which directive silences a rule's message on a line, and which directives (and which of their
 *  rule ids) silenced something, for `--report-unused-disable-directives`. */
export class Suppressor {
  /** Per directive, the rule ids it silenced a message of. */
  private readonly used = new Map<Directive, Set<string>>();

  constructor(readonly directives: readonly Directive[]) {}

  /** True when a directive silences `ruleId` on `line`; the directive is then counted as used. */
  silences(ruleId: string, line: number): boolean {
    const by = this.silencer(ruleId, line);
    if (!by) return false;
    let ids = this.used.get(by);
    if (!ids) this.used.set(by, (ids = new Set()));
    ids.add(ruleId);
    return true;
  }

  private silencer(ruleId: string, line: number): Directive | undefined {
    let disabledBy: Directive | undefined;
    for (const d of this.directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d.rules, ruleId)) return d;
      if (d.kind === 'disable-line' && d.line === line && covers(d.rules, ruleId)) return d;
      if (d.line > line) continue;
      if (d.kind === 'disable' && covers(d.rules, ruleId)) disabledBy = d;
      if (d.kind === 'enable' && covers(d.rules, ruleId)) disabledBy = undefined;
    }
    return disabledBy;
  }

  /** The disabling directives that silenced nothing, with the rule ids of theirs that silenced
   *  nothing ('all' for a directive naming no rule). `enable` is never unused: it ends a range. */
  unused(): { directive: Directive; rules: string[] | 'all' }[] {
    const out: { directive: Directive; rules: string[] | 'all' }[] = [];
    for (const d of this.directives) {
      if (d.kind === 'enable') continue;
      const used = this.used.get(d);
      if (d.rules === 'all') {
        if (!used) out.push({ directive: d, rules: 'all' });
        continue;
      }
      const idle = d.rules.filter((id) => !used?.has(id));
      if (idle.length) out.push({ directive: d, rules: idle });
    }
    return out;
  }
}
