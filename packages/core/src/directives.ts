/** Inline disable comments, as in ESLint and markdownlint:
 *    <!-- report-lint-disable [rule …] -->   … <!-- report-lint-enable [rule …] -->
 *    <!-- report-lint-disable-next-line [rule …] -->
 *    <!-- report-lint-disable-line [rule …] -->
 *  Plain text has no comment syntax of its own, so there the same words may also stand on a
 *  line of their own after `//`:  `// report-lint-disable-next-line row-total`.
 *  No rule ids means every rule. */
import { LineIndex } from './lines';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  kind: Kind;
  rules: string[] | 'all';
  line: number;
}

const DIRECTIVE =
  /(?:<!--[ \t]*report-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)-->|^[ \t]*\/\/[ \t]*report-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$)/gm;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = (m[1] ?? m[3]) as Kind;
    const ids = (m[2] ?? m[4] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ kind, rules: ids.length ? ids : 'all', line: lines.position(m.index!).line });
  }
  return out;
}

const covers = (rules: string[] | 'all', id: string) => rules === 'all' || rules.includes(id);

/** A predicate telling whether a rule's message on a line is silenced. */
export function suppression(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (!directives.length) return () => false;
  return (ruleId, line) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d.rules, ruleId)) return true;
      if (d.kind === 'disable-line' && d.line === line && covers(d.rules, ruleId)) return true;
      if (d.line > line) continue;
      if (d.kind === 'disable' && covers(d.rules, ruleId)) disabled = true;
      if (d.kind === 'enable' && covers(d.rules, ruleId)) disabled = false;
    }
    return disabled;
  };
}
