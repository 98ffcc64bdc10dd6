/** The quick-fix menu entries every diagnostic gets, as vscode-eslint and vscode-markdownlint offer:
 *  禁用此行的 <rule>, 在本文件禁用 <rule> (inline disable comments, see core directives.ts) and
 *  查看规则说明 (opens the rule's page through window/showDocument). */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '@report-lint/core';
import { toDiagnostic, type CachedLint } from './diagnostics';

export const SHOW_RULE_DOCS_COMMAND = 'reportLint.showRuleDocs';

/** A directive as the document's format writes it: an HTML comment in Markdown, a `//` line in
 *  plain text (which has no comment syntax; the core reads both). */
function directive(markdown: boolean, kind: 'disable' | 'disable-next-line' | 'disable-line', ruleId: string): string {
  return markdown ? `<!-- report-lint-${kind} ${ruleId} -->` : `// report-lint-${kind} ${ruleId}`;
}

const lineText = (doc: TextDocument, line: number) =>
  doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');

/** Disables the rule on the message's first line. A Markdown table row keeps its table: the
 *  comment goes at the end of the row (GFM ignores cells beyond the header's), not on a line above
 *  it, which would end the table. Elsewhere a line above, indented as the flagged line. */
function disableLineEdit(doc: TextDocument, markdown: boolean, m: LintMessage): TextEdit {
  const line = m.line - 1;
  const text = lineText(doc, line);
  if (markdown && /^\s*\|/.test(text)) {
    return { range: { start: { line, character: text.length }, end: { line, character: text.length } }, newText: ` ${directive(true, 'disable-line', m.ruleId)}` };
  }
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${directive(markdown, 'disable-next-line', m.ruleId)}${eol}` };
}

/** Disables the rule in the whole file: added to a file-wide directive on the first line if there
 *  is one, else a new first line. */
function disableFileEdit(doc: TextDocument, markdown: boolean, ruleId: string): TextEdit {
  const first = lineText(doc, 0);
  const existing = /^(<!--[ \t]*report-lint-disable|\/\/[ \t]*report-lint-disable)((?:[ \t]+[\w-]+)+)([ \t]*(?:-->)?[ \t]*)$/.exec(first);
  if (existing && !existing[2].split(/[\s,]+/).includes(ruleId)) {
    const at = existing[1].length + existing[2].length;
    return { range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, newText: ` ${ruleId}` };
  }
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${directive(markdown, 'disable', ruleId)}${eol}` };
}

/** The three entries for each rule with a message in the range, after the fixes. */
export function disableActions(doc: TextDocument, cached: CachedLint, here: readonly LintMessage[]): CodeAction[] {
  const markdown = cached.model.format === 'markdown';
  // An HTML page gets no disable comments: the HTML reader drops <!-- … --> comments, so the core
  // would never see them, and a `//` line would show on the published page.
  const html = !!cached.options.html;
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const m of here) {
    if (seen.has(m.ruleId)) continue;
    seen.add(m.ruleId);
    const diagnostics: Diagnostic[] = here.filter((x) => x.ruleId === m.ruleId).map((x) => toDiagnostic(x, cached.version));
    if (!html) {
      actions.push(
        { title: `禁用此行的 ${m.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [doc.uri]: [disableLineEdit(doc, markdown, m)] } } },
        { title: `在本文件禁用 ${m.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [doc.uri]: [disableFileEdit(doc, markdown, m.ruleId)] } } },
      );
    }
    actions.push(
      {
        title: `查看规则说明：${m.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: `查看规则说明：${m.ruleId}`, command: SHOW_RULE_DOCS_COMMAND, arguments: [m.ruleId] },
      },
    );
  }
  return actions;
}
