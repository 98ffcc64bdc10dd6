/** Lint results as LSP diagnostics, and the per-document cache that code actions and hovers read. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_RULE_ID, docsUrl, lintHtmlSource, relint, ruleById, type Fix, type LintMessage, type LintResult, type OtherReport, type RuleLevel, type Severity, type SourceFormat, type Span, type SuppressionEntry } from '@report-lint/core';

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
 *  an Untitled tab, whose language VS Code guesses from a pasted draft (often Ini or Log).
 *  `html`: a web page, read through the core's HTML reader (see `isReportPage`). */
export function formatFor(languageId: string, uri: string): SourceFormat | 'detect' | 'html' | undefined {
  if (uri.startsWith(`${EXTRACTED_SCHEME}:`)) return undefined; // the read-only view of a checked .docx/.pdf
  if (languageId === 'markdown' || languageId === 'md') return 'markdown';
  if (languageId === 'plaintext' || languageId === 'text' || languageId === 'txt') return 'text';
  if (languageId === 'html' || /\.html?$/i.test(uri)) return 'html';
  if (/\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (/\.txt$/i.test(uri)) return 'text';
  if (uri.startsWith('untitled:')) return 'detect';
  return undefined;
}

/** The scheme of the extracted text of a .docx or .pdf checked with reportLint/checkFile. */
export const EXTRACTED_SCHEME = 'report-lint-extracted';

/** Which HTML documents are linted: only pages of an annual report. A developer's templates and
 *  other pages are never flooded with errors (not even with `force`): the page must name both
 *  政府信息公开 and 年度报告 (or 年报) somewhere in it, its <title> included. Cheap enough to test
 *  on every change. */
export function isReportPage(source: string): boolean {
  return source.includes('政府信息公开') && (source.includes('年度报告') || source.includes('年报'));
}

export interface CachedLint extends LintResult {
  uri: string;
  version: number;
  /** Where a span of the text the model was read from lies in the document: the identity for
   *  text and Markdown, the HTML reader's source map for a page (messages are already placed). */
  toDocument(span: Span): Span;
  /** Options the result was computed with, reused by fix-all. */
  options: LintRunOptions;
  /** A message's suppression entry (worked out over all messages, before the suppressed ones
   *  were left out), for "忽略此问题": only when asked for, not on every keystroke. */
  keyOf?: (m: LintMessage) => SuppressionEntry | undefined;
  /** Messages left out because the suppressions file accepts them. */
  suppressed?: number;
  /** All the lint's messages, the suppressed ones too: what the next edit's relint carries over
   *  (the suppressions file may have changed by then). */
  unfiltered?: LintMessage[];
}

export interface LintRunOptions {
  filePath?: string;
  /** Set for Markdown documents; plain text is left to the core's content detection. */
  format?: SourceFormat;
  /** A web page: the text is read from the HTML and the messages are placed back in it. */
  html?: boolean;
  rules: Record<string, RuleLevel>;
  ruleOptions?: Record<string, unknown>;
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

const identity = (span: Span) => span;

/** Lints a document; `ms` is the core's time. With the document's previous result (same options),
 *  only the stretch an edit can change is re-checked by the local rules (core relint). */
export function runLint(doc: TextDocument, options: LintRunOptions, previous?: CachedLint): CachedLint & { ms: number } {
  const t0 = performance.now();
  if (options.html) {
    const { html: _html, ...lintOptions } = options;
    const { document, messages, model } = lintHtmlSource(doc.getText(), lintOptions);
    const toDocument = (span: Span): Span => {
      const start = document.sourceOffset(span.start);
      return { start, end: span.end > span.start ? Math.max(start, document.sourceOffset(span.end - 1) + 1) : start };
    };
    return { messages, model, uri: doc.uri, version: doc.version, options, toDocument, ms: performance.now() - t0 };
  }
  const reuse =
    previous && JSON.stringify(previous.options) === JSON.stringify(options)
      ? { text: previous.model.text, result: { messages: previous.unfiltered ?? previous.messages, model: previous.model } }
      : undefined;
  const result = relint(reuse, doc.getText(), options);
  const ms = performance.now() - t0;
  return { ...result, uri: doc.uri, version: doc.version, options, toDocument: identity, ms };
}
