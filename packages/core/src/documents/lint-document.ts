/** Linting a document: the linter reads the extracted text; each message then gets its place in the
 *  file (`source`), and for HTML its line and column in the page. Fixes are kept where the text to
 *  change was copied verbatim from one run of the file (an HTML text node, a docx w:t), and
 *  `fixDocument` writes them there, leaving the rest of the file as it was. */
import type { Fix, LintMessage, LintOptions, ReportModel } from '../types';
import { lint } from '../lint';
import type { ExtractedDocument } from './types';
import type { HtmlDocument } from './html';
import type { DocxDocument } from './docx';
import { LineIndex } from '../lines';
import { docxReader, htmlReader, readDocument } from './index';

export interface DocumentLintResult {
  document: ExtractedDocument;
  messages: LintMessage[];
  model: ReportModel;
}

export interface DocumentFixResult extends DocumentLintResult {
  /** The file with the fixes written in (the input bytes when nothing changed). */
  output: Uint8Array;
  fixed: number;
}

const MAX_PASSES = 10;
const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fix in the file's own text (decoded HTML, or document.xml), or undefined when it cannot be
 *  written there: it spans runs, an entity or a tag, or it would add a line or cell break. */
function fileFix(doc: ExtractedDocument, fix: Fix): Fix | undefined {
  if (doc.kind === 'pdf' || /[\t\n\r]/.test(fix.text)) return undefined;
  const r = doc.sourceRange(fix.range[0], fix.range[1]);
  return r ? { range: [r.start, r.end], text: escapeMarkup(fix.text) } : undefined;
}

/** The message placed in the file: `source` always; for HTML, line/column in the page; a fix only
 *  where it can be written (for HTML in the page's offsets, for docx in the extracted text's, which
 *  is what --fix applies). */
function place(doc: ExtractedDocument, m: LintMessage): LintMessage {
  const out: LintMessage = { ...m, source: doc.placeOf(m.offset) };
  delete out.fix;
  if (doc.kind === 'html') {
    const start = doc.placeOf(m.offset);
    const last = doc.placeOf(Math.max(m.offset, m.endOffset - 1));
    out.line = start.line ?? m.line;
    out.column = start.column ?? m.column;
    out.endLine = last.line ?? m.endLine;
    out.endColumn = (last.column ?? m.endColumn) + (m.endOffset > m.offset ? 1 : 0);
  }
  if (m.fix) {
    const f = fileFix(doc, m.fix);
    if (f) out.fix = doc.kind === 'html' ? f : m.fix;
  }
  return out;
}

const read = (bytes: Uint8Array, filePath: string) => readDocument(bytes, filePath);

export async function lintDocument(bytes: Uint8Array, filePath: string, options: LintOptions = {}): Promise<DocumentLintResult> {
  const document = await read(bytes, filePath);
  return lintExtracted(document, { ...options, filePath });
}

export function lintExtracted(document: ExtractedDocument, options: LintOptions): DocumentLintResult {
  const { messages, model } = lint(document.text, { ...options, format: 'text' });
  return { document, model, messages: messages.map((m) => place(document, m)) };
}

/** Non-overlapping file fixes, in order, from the linter's own messages (extracted-text fixes). */
function chooseFixes(doc: ExtractedDocument, messages: readonly LintMessage[], source: string): Fix[] {
  const fixes = messages
    .map((m) => (m.fix ? fileFix(doc, m.fix) : undefined))
    .filter((f): f is Fix => !!f)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: Fix[] = [];
  let cursor = 0;
  for (const f of fixes) {
    if (f.range[0] < cursor || source.slice(f.range[0], f.range[1]) === f.text) continue;
    out.push(f);
    cursor = f.range[1];
  }
  return out;
}

function splice(source: string, fixes: readonly Fix[]): string {
  let out = '';
  let cursor = 0;
  for (const f of fixes) {
    out += source.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
  }
  return out + source.slice(cursor);
}

/** Lints and fixes in passes until stable, writing each pass into the file (HTML: the page in its
 *  own charset; docx: document.xml, the other zip entries copied byte for byte). */
export async function fixDocument(bytes: Uint8Array, filePath: string, options: LintOptions = {}): Promise<DocumentFixResult> {
  let output = bytes;
  let fixed = 0;
  let document = await read(output, filePath);
  let raw = lint(document.text, { ...options, filePath, format: 'text' });
  for (let pass = 0; pass < MAX_PASSES && document.kind !== 'pdf'; pass++) {
    const source = document.kind === 'html' ? (document as HtmlDocument).source : (document as DocxDocument).xml;
    const fixes = chooseFixes(document, raw.messages, source);
    if (!fixes.length) break;
    const edited = splice(source, fixes);
    output = document.kind === 'html' ? htmlReader().writeHtml(document as HtmlDocument, edited) : docxReader().writeDocx(document as DocxDocument, edited);
    fixed += fixes.length;
    document = await read(output, filePath);
    raw = lint(document.text, { ...options, filePath, format: 'text' });
  }
  return { document, model: raw.model, messages: raw.messages.map((m) => place(document, m)), output, fixed };
}

/** An HTML page being edited (an editor's buffer, already text): its messages placed in the page
 *  itself — offsets, lines and columns in `source`, and fixes as edits of `source` where the text
 *  to change lies in one text node — so that an editor shows and fixes them in the page. */
export function lintHtmlSource(source: string, options: LintOptions = {}): DocumentLintResult & { document: HtmlDocument } {
  const document = htmlReader().readHtmlSource(source);
  const lines = new LineIndex(source);
  const { messages, model } = lint(document.text, { ...options, format: 'text' });
  const inPage = (m: LintMessage): LintMessage => {
    const exact = document.sourceRange(m.offset, m.endOffset);
    const start = exact?.start ?? document.sourceOffset(m.offset);
    const end = exact?.end ?? (m.endOffset > m.offset ? Math.max(start, document.sourceOffset(m.endOffset - 1) + 1) : start);
    const a = lines.position(start);
    const b = lines.position(end);
    const out: LintMessage = { ...m, source: document.placeOf(m.offset), offset: start, endOffset: end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    delete out.fix;
    const fix = m.fix && fileFix(document, m.fix);
    if (fix) out.fix = fix;
    return out;
  };
  return { document, model, messages: messages.map(inPage) };
}

/** The page with every fix written in, in passes until stable (what `report-lint --fix` writes). */
export function fixHtmlSource(source: string, options: LintOptions = {}): string {
  let current = source;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const document = htmlReader().readHtmlSource(current);
    const { messages } = lint(document.text, { ...options, format: 'text' });
    const fixes = chooseFixes(document, messages, current);
    if (!fixes.length) break;
    current = splice(current, fixes);
  }
  return current;
}
