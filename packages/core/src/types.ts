/** Public types of the core library. Offsets are UTF-16 code-unit indices into the decoded text;
 *  lines and columns are 1-based and count UTF-16 code units, as LSP does. */

import type { SourcePlace } from './documents/types';

export type { SourcePlace, DocumentKind } from './documents/types';

export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured level: a severity, or 'off'. */
export type RuleLevel = Severity | 'off';

/** A half-open offset range [start, end) into the text. */
export interface Span {
  start: number;
  end: number;
}

/** One text edit. `range` is [startOffset, endOffset) as in the JSON output contract (SPEC §12). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the flagged text, [offset, endOffset). */
  offset: number;
  endOffset: number;
  fix?: Fix;
  /** The key of the message's text in its rule's `meta.messages` (absent for a rule's internal error). */
  messageId?: string;
  /** Candidate corrections the user chooses between; never applied by --fix or fix-all. */
  suggestions?: Suggestion[];
  /** For a document read by the document layer (.html, .docx, .pdf): where the text is in the file. */
  source?: SourcePlace;
}

/** One candidate correction (ESLint's suggestion): a description of what it does and its edit. */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** A JSON Schema (draft-07 subset) describing a rule's options object. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  id: string;
  /** One line, Chinese, for docs and `--help`-style listings. */
  description: string;
  /** The severity when the rule is on. */
  defaultSeverity: Severity;
  fixable: boolean;
  /** False for opt-in rules (style checks that real reports trip often): off unless configured. */
  recommended?: boolean;
  /** Each finding depends only on the text of its own paragraph and the one before and after it
   *  (and on what the parser found: tables, comments, citations). After an edit such a rule is run
   *  only around the edit (`RuleContext.window`); see incremental.ts. */
  local?: boolean;
  /** A cross-report rule compares this report with others and runs only when the linter is given
   *  them: 'previous' needs `LintOptions.previous` (last year's report), 'subordinates' needs
   *  `LintOptions.subordinates` (`report-lint sum`). Without them it is skipped, whatever its level. */
  crossReport?: 'previous' | 'subordinates';
  /** Message texts by id, with `{{name}}` placeholders filled from a report's `data`. */
  messages?: Record<string, string>;
  /** The rule's page; set for every rule from DOCS_BASE_URL by the catalog (rules/index.ts). */
  docs?: { url: string };
  /** The rule's options object, as JSON Schema; a rule without it takes no options. */
  schema?: JsonSchema;
  /** The rule reports suggestions (candidate corrections the user chooses between). */
  hasSuggestions?: boolean;
}

/** What a rule reports; the linter adds line/column and severity. Either `messageId` (a key of
 *  `meta.messages`, filled from `data`) or a literal `message`. */
export interface RuleReport {
  messageId?: string;
  data?: Record<string, string | number>;
  message?: string;
  span: Span;
  fix?: Fix;
  /** Candidate corrections, each as its own message id + data or a literal description. */
  suggest?: SuggestionReport[];
  /** Overrides the rule's severity for this one report (e.g. accepted variants are info). */
  severity?: Severity;
}

export interface SuggestionReport {
  messageId?: string;
  data?: Record<string, string | number>;
  desc?: string;
  fix: Fix;
}

export interface RuleContext {
  model: ReportModel;
  report(r: RuleReport): void;
  /** This rule's options (`LintOptions.ruleOptions[id]`), as given: each rule checks what it reads. */
  options?: unknown;
  /** For a `local` rule after an edit: only findings that start in this stretch are wanted, so the
   *  rule may skip the text outside it (reports outside are dropped). */
  window?: Span;
  /** `LintOptions.filePath`: cross-report rules name the file in their messages. */
  filePath?: string;
  /** `LintOptions.previous`, for the cross-report rule that needs it. */
  previous?: OtherReport;
  /** `LintOptions.subordinates`, for the cross-report rule that needs them. */
  subordinates?: OtherReport[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export type SourceFormat = 'markdown' | 'text';

export interface LintOptions {
  /** Used to choose the format (.md/.markdown → Markdown) and in messages. */
  filePath?: string;
  /** Force a format; by default it is chosen from the extension and the content. */
  format?: SourceFormat;
  /** Per-rule levels; unknown ids are ignored. */
  rules?: Record<string, RuleLevel>;
  /** Lint even when the document does not look like an annual report. */
  force?: boolean;
  /** Per-rule options, by rule id, handed to the rule as `ctx.options` (e.g. extra typos for known-typo).
   *  Checked against the rule's `meta.schema` (validateRuleOptions) by whoever reads them from a config. */
  ruleOptions?: Record<string, unknown>;
  /** Ignore `report-lint-disable…` comments in the text (`--no-inline-config`). */
  noInlineConfig?: boolean;
  /** Report disable comments that silenced nothing, at this severity (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: Severity;
  /** Last year's report of the same body: turns on the `cross-year` rule. */
  previous?: OtherReport;
  /** The reports a parent report aggregates (`report-lint sum`): turns on `subordinate-sum`. */
  subordinates?: OtherReport[];
}

/** Another report a cross-report rule compares this one with: what was read from it
 *  (`reportFacts(model)`, plain data that can cross a worker thread), or why nothing was. */
export interface OtherReport {
  /** How to name it in messages: its path as shown to the user. */
  name: string;
  facts?: ReportFacts;
  /** Why it could not be read (Chinese), when `facts` is absent: 文件不存在, 不是年度报告 … */
  problem?: string;
  /** Paired by the user (`--previous`, a setting) rather than found by body and year: compared
   *  even when the bodies' names differ. */
  explicit?: boolean;
}

/** What the cross-report rules need of a report. */
export interface ReportFacts {
  /** The body's name from the title (机关名称), as written, without spaces. */
  body?: string;
  year?: number;
  tables: Partial<Record<TableKind, TableFacts>>;
}

export interface TableFacts {
  /** 2019 when read by the 2019 format's description. */
  format: 2019 | 2021;
  /** False when the numbers could not be read with confidence: `values` is then empty. */
  confident: boolean;
  /** The table's own doubt (rows that could not be read, or why the table could not be). */
  doubt?: string;
  /** Row key → column key → the number read, for the cells read as numbers. */
  values: Record<string, Record<string, number>>;
}

export interface LintResult {
  /** Sorted by offset, then rule id. Empty when the document is not a report (unless forced). */
  messages: LintMessage[];
  model: ReportModel;
  /** Set by relint when it re-checked the local rules only here (the rest carried over). */
  relinted?: Span;
}

export interface FixResult {
  output: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  passes: number;
  /** The messages that remain after fixing. */
  messages: LintMessage[];
  /** The model of the fixed text. */
  model: ReportModel;
}

// ---------------------------------------------------------------------------------------------
// The report model

export interface TextPiece {
  text: string;
  span: Span;
}

export interface ReportTitle extends TextPiece {
  /** The year in the title, if any. */
  year?: number;
}

export type HeadingStyle = 'atx' | 'setext' | 'bold' | 'plain';

export interface Section {
  /** 1..n from the Chinese numeral (一 = 1). */
  number: number;
  numeral: string;
  /** Title text after the numeral and its separator, without Markdown markup. */
  title: TextPiece;
  /** The whole heading line (or Markdown heading node). */
  heading: Span;
  /** From the heading to the next top-level heading (or end of text). */
  span: Span;
  style: HeadingStyle;
  /** Markdown heading depth (1–6), when style is atx or setext. */
  depth?: number;
}

export type CellStatus = 'number' | 'blank' | 'placeholder' | 'invalid';

export interface Cell {
  /** Row key (see tables.ts ROW definitions), e.g. 'new', 'results.withheld.1', 'total'. */
  row: string;
  /** Column key, e.g. 'natural', 'commercial', 'total'. */
  col: string;
  /** Parsed value; undefined unless status is 'number'. */
  value?: number;
  raw: string;
  status: CellStatus;
  /** Source range of the cell text; for a blank cell, a zero-width or label range. */
  span: Span;
}

export type TableKind = 'active' | 'applications' | 'review';

export interface TableLabel extends TextPiece {
  /** Row or column key it stands for. */
  key: string;
  /** The standard label. */
  standard: string;
  /** Set when the label was recognised only as a misspelling of `standard`. */
  misspelt?: boolean;
  /** Rewrites the misspelt label (absent when the label is broken over several cells). */
  fix?: Fix;
}

export interface Table {
  kind: TableKind;
  span: Span;
  /** False when the numbers could not be read with confidence: arithmetic is skipped. */
  confident: boolean;
  /** What could not be read and why (Chinese), said once per table: the whole table when not
   *  confident, else the rows whose cells are left out. */
  doubt?: string;
  /** Where to say it: the first row that could not be read. */
  doubtSpan?: Span;
  /** The reader lost its way at doubtSpan (labels out of place): a standard row not found after it
   *  may be displaced rather than absent, so it is not called missing. */
  lost?: boolean;
  /** 2019-format markers found, each with its source. */
  legacyMarkers: TextPiece[];
  /** Row and column labels as found in the source. */
  labels: TableLabel[];
  /** Column keys present, in order. */
  columns: string[];
  /** Row keys present, in order. */
  rows: string[];
  cells: Cell[];
}

export interface Citation extends TextPiece {
  /** 机关代字, e.g. 国办函. */
  agency: string;
  year: string;
  serial: string;
  /** Canonical form, e.g. 国办函〔2020〕109号. */
  canonical: string;
  /** Title in 《》 directly before or after the number, if any. */
  citedTitle?: TextPiece;
}

export interface ReportModel {
  text: string;
  format: SourceFormat;
  /** True when the document looks like an annual report (title or ≥ 2 standard section titles). */
  isReport: boolean;
  title?: ReportTitle;
  /** The year reported on, from the title or the statistics period. */
  year?: number;
  /** Top-level headings, in source order, strays included. */
  sections: Section[];
  /** Headings after the first MAX_SECTIONS that were not read as sections (a text of thousands of
   *  numbered headings is no report's outline); the last section read runs to the end. */
  sectionsOmitted?: number;
  tables: Partial<Record<TableKind, Table>>;
  citations: Citation[];
  /** The text was laid out by a PDF extractor (page breaks, wide gaps): its blanks are not the author's. */
  laidOut?: boolean;
  /** Source ranges that are not report text (code blocks, HTML comments). */
  ignored: Span[];
}

/** A computed total explained, for hovers and `--print-tables`. */
export interface TotalExplanation {
  cell: Cell;
  parts: Cell[];
  /** e.g. `3001+53+0+0+61+4 = 3119`; undefined parts make it unknown. */
  formula: string;
  expected?: number;
}
