/** Lint results as LSP diagnostics, and the per-document cache that code actions and hovers read. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { relint, ruleDocsUrl, type Fix, type LintMessage, type LintResult, type OtherReport, type RuleLevel, type Severity, type SourceFormat } from '@report-lint/core';

export const SOURCE = 'report-lint';
export const ruleDocUrl = ruleDocsUrl;

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
    codeDescription: { href: ruleDocUrl(m.ruleId) },
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
}

export interface LintRunOptions {
  filePath?: string;
  /** Set for Markdown documents; plain text is left to the core's content detection. */
  format?: SourceFormat;
  rules: Record<string, RuleLevel>;
  force: boolean;
  /** Last year's report, for cross-year. */
  previous?: OtherReport;
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

/** Lints a document; `ms` is the core's time. With the document's previous result (same options),
 *  only the stretch an edit can change is re-checked by the local rules (core relint). */
export function runLint(doc: TextDocument, options: LintRunOptions, previous?: CachedLint): CachedLint & { ms: number } {
  const t0 = performance.now();
  const reuse = previous && JSON.stringify(previous.options) === JSON.stringify(options) ? { text: previous.model.text, result: previous } : undefined;
  const result = relint(reuse, doc.getText(), options);
  const ms = performance.now() - t0;
  return { ...result, uri: doc.uri, version: doc.version, options, ms };
}
