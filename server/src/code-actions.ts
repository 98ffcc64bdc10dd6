/** Quick-fixes for fixable diagnostics, fix-all-of-a-rule, and `source.fixAll.reportLint`. */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes, fixHtmlSource, fixText, type LintMessage } from '@report-lint/core';
import { toDiagnostic, type CachedLint } from './diagnostics';
import { disableActions } from './disable-actions';
import { suppressActions } from './suppress-action';
import { fixEdit, minimalEdit, overlaps } from './positions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reportLint`;
export const FIX_ALL_COMMAND = 'reportLint.fixAll';

const TOTAL_RULES = new Set(['row-total', 'results-total', 'review-total']);

/** The title of a message's quick-fix. */
export function fixTitle(m: LintMessage): string {
  if (TOTAL_RULES.has(m.ruleId) && m.fix) return `将总计改为 ${m.fix.text}`;
  if (m.ruleId === 'cell-not-number') return '将“无”改为 0';
  return `修复：${m.message}`;
}

function editFor(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

/** The fix-all edit of a whole document (all passes, as `report-lint --fix`), as one minimal edit. */
export function fixAllEdits(doc: TextDocument, lintResult: Pick<CachedLint, 'options'>): TextEdit[] {
  const before = doc.getText();
  const { html, ...options } = lintResult.options;
  const output = html ? fixHtmlSource(before, options) : fixText(before, options).output;
  const edit = minimalEdit(doc, before, output);
  return edit ? [edit] : [];
}

function wantsKind(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === kind || kind.startsWith(`${k}.`));
}

/** `data` of a fix-all action whose edit is computed on codeAction/resolve. */
export interface FixAllData {
  reportLintFixAll: true;
  uri: string;
  version: number;
}

export const isFixAllData = (d: unknown): d is FixAllData =>
  !!d && typeof d === 'object' && (d as FixAllData).reportLintFixAll === true && typeof (d as FixAllData).uri === 'string';

export function resolveFixAll(doc: TextDocument, cached: CachedLint, action: CodeAction): CodeAction {
  const edits = fixAllEdits(doc, cached);
  return { ...action, edit: editFor(doc.uri, edits) };
}

/** Code actions in `range`. With `lazy`, the fix-all edit (several lint passes) is left to codeAction/resolve. */
export function codeActions(doc: TextDocument, cached: CachedLint, range: Range, only: string[] | undefined, lazy = false, onDisk = false): CodeAction[] {
  const actions: CodeAction[] = [];
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const fixable = cached.messages.filter((m) => m.fix);
  const text = doc.getText();

  if (wantsKind(only, CodeActionKind.QuickFix)) {
    const here = fixable.filter((m) => overlaps(m.offset, m.endOffset, start, end));
    const rulesHere = new Set<string>();
    for (const m of here) {
      const diagnostic: Diagnostic = toDiagnostic(m, cached.version);
      actions.push({
        title: fixTitle(m),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: editFor(doc.uri, [fixEdit(doc, m.fix!)]),
      });
      rulesHere.add(m.ruleId);
    }
    // Suggestions: each candidate correction on its own, never preferred, never in a fix-all.
    // The corner cell's two messages (row-total, results-total) offer the same two sums: once each.
    const offered = new Set<string>();
    for (const m of cached.messages.filter((x) => x.suggestions?.length && overlaps(x.offset, x.endOffset, start, end))) {
      const diagnostic = toDiagnostic(m, cached.version);
      for (const s of m.suggestions!) {
        const key = `${s.fix.range[0]}:${s.fix.range[1]}:${s.fix.text}`;
        if (offered.has(key)) continue;
        offered.add(key);
        actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, edit: editFor(doc.uri, [fixEdit(doc, s.fix)]) });
      }
    }
    for (const ruleId of rulesHere) {
      const ofRule = fixable.filter((m) => m.ruleId === ruleId);
      const fixes = compatibleFixes(text, ofRule);
      if (fixes.length < 2) continue;
      actions.push({
        title: `修复全部 ${ruleId} 问题（${fixes.length} 处）`,
        kind: CodeActionKind.QuickFix,
        diagnostics: ofRule.map((m) => toDiagnostic(m, cached.version)),
        edit: editFor(doc.uri, fixes.map((f) => fixEdit(doc, f))),
      });
    }
    // Every message in the range, fixable or not: disable it on this line or in the file, read its rule.
    const messagesHere = cached.messages.filter((m) => overlaps(m.offset, m.endOffset, start, end));
    actions.push(...disableActions(doc, cached, messagesHere));
    // A file on disk can have its findings accepted in report-lint-suppressions.json.
    if (onDisk) actions.push(...suppressActions(cached, messagesHere));
  }

  if (fixable.length > 0 && wantsKind(only, FIX_ALL_KIND)) {
    const title = '修复报告中的全部可自动修复问题';
    if (lazy) {
      const data: FixAllData = { reportLintFixAll: true, uri: doc.uri, version: cached.version };
      actions.push({ title, kind: FIX_ALL_KIND, data });
    } else {
      const edits = fixAllEdits(doc, cached);
      if (edits.length) actions.push({ title, kind: FIX_ALL_KIND, edit: editFor(doc.uri, edits) });
    }
  }
  return actions;
}
