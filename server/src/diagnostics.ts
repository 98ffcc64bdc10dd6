/** Lint results as LSP diagnostics, and the per-document cache that code actions and hovers read. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_RULE_ID, docsUrl, lint, ruleById, type Fix, type LintMessage, type LintResult, type RuleLevel, type Severity, type SourceFormat, type SuppressionEntry } from '@report-lint/core';

export const SOURCE = 'report-lint';
/** A message's page: its rule's `meta.docs.url`; disable-comment messages, the CLI page's section. */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (ruleId === DIRECTIVE_RULE_ID) return docsUrl('cli.md#禁用注释');
  return ruleById(ruleId)?.meta.docs?.url;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries in `data`: enough to rebuild its quick-fix without re-linting. */
export interface DiagnosticData {
  fix?: Fix;
  /** The document version the fix's offsets refer to. */
  version: number;
}

export function toDiagnostic(m: LintMessage, version: number): Diagnostic {
  const data: DiagnosticData = { version, ...(m.fix ? { fix: m.fix } : {}) };
  return {
    // Core lines and columns are 1-based and count UTF-16 code units, as LSP positions do.
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: SEVERITY[m.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: m.ruleId,
    ...(ruleDocUrl(m.ruleId) ? { codeDescription: { href: ruleDocUrl(m.ruleId)! } } : {}),
    message: m.message,
    data,
  };
}

/** Language ids the server lints (Neovim sends its filetype: `text`). `detect`: a document of
 *  another language that is linted only when its content looks like a report (never forced) —
 *  an Untitled tab, whose language VS Code guesses from a pasted draft (often Ini or Log). */
export function formatFor(languageId: string, uri: string): SourceFormat | 'detect' | undefined {
  if (languageId === 'markdown' || languageId === 'md') return 'markdown';
  if (languageId === 'plaintext' || languageId === 'text' || languageId === 'txt') return 'text';
  if (/\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (/\.txt$/i.test(uri)) return 'text';
  if (uri.startsWith('untitled:')) return 'detect';
  return undefined;
}

export interface CachedLint extends LintResult {
  uri: string;
  version: number;
  /** Options the result was computed with, reused by fix-all. */
  options: LintRunOptions;
  /** Each message's suppression entry (computed over all messages, before the suppressed ones
   *  were left out), for "忽略此问题". */
  keys?: Map<LintMessage, SuppressionEntry>;
  /** Messages left out because the suppressions file accepts them. */
  suppressed?: number;
}

export interface LintRunOptions {
  filePath?: string;
  /** Set for Markdown documents; plain text is left to the core's content detection. */
  format?: SourceFormat;
  rules: Record<string, RuleLevel>;
  ruleOptions?: Record<string, unknown>;
  force: boolean;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countMessages(messages: readonly LintMessage[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const m of messages) {
    if (m.severity === 'error') c.errors++;
    else if (m.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** Lints a document; `ms` is the core's time. */
export function runLint(doc: TextDocument, options: LintRunOptions): CachedLint & { ms: number } {
  const t0 = performance.now();
  const result = lint(doc.getText(), options);
  const ms = performance.now() - t0;
  return { ...result, uri: doc.uri, version: doc.version, options, ms };
}
