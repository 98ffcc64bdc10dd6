/** Linting .html, .docx and .pdf files: the core's document layer reads them (each reader a bundle of
 *  its own, loaded only for its file type); this module is the CLI's side: lint or fix, write the
 *  fixed file back, and name a message's place in words for the stylish report. */
import { documentKindOf, fingerprints, fixDocument, isDocumentError, lintDocument, reportFacts, type SourcePlace } from '@report-lint/core';
import { FixNotWritten, writeFixedFile } from './fix-write';
import { describeFsError } from './fs-errors';
import type { FileJob, FileResult } from './process-file';
import { lintOptions } from './lint-options';
import { renderTables } from './print-tables';

/** Whether the job's file is a document (by the name it is linted under). */
export function isDocumentJob(job: Pick<FileJob, 'path' | 'displayPath' | 'lintPath'>): boolean {
  return !!documentKindOf(job.lintPath ?? (job.path === '-' ? job.displayPath : job.path));
}

const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export async function processDocument(job: FileJob, bytes: Uint8Array, diff: (name: string, before: string, after: string) => string): Promise<FileResult> {
  const result: FileResult = { index: job.index, messages: [], fixed: 0 };
  const name = job.lintPath ?? (job.path === '-' ? job.displayPath : job.path);
  const options = lintOptions(job, name);
  try {
    if (job.mode === 'lint' || documentKindOf(name) === 'pdf') {
      const r = await lintDocument(bytes, name, options);
      result.messages = r.messages;
      if (job.collectFacts) result.facts = reportFacts(r.model);
      if (job.fingerprint) result.keys = fingerprints(r.messages, r.model);
      if (job.printTables) result.tables = renderTables(r.model, job.color);
      if (job.mode !== 'lint') {
        result.notice = 'PDF 不能自动修复，未修改';
        result.english = 'PDF files are not fixed';
        if (job.mode === 'dry-run') result.diff = '';
      }
      if (job.mode === 'fix' && job.path === '-') result.output = bytes;
      return result;
    }
    const before = await lintDocument(bytes, name, options);
    const fixed = await fixDocument(bytes, name, options);
    result.messages = fixed.messages;
    if (job.fingerprint) result.keys = fingerprints(fixed.messages, fixed.model);
    result.fixed = fixed.fixed;
    if (job.collectFacts) result.facts = reportFacts(fixed.model);
    if (job.printTables) result.tables = renderTables(fixed.model, job.color);
    const changed = fixed.output !== bytes;
    if (job.mode === 'dry-run') {
      // The page's own text for HTML; the text read from a .docx (its XML is one long line).
      const isHtml = before.document.kind === 'html';
      result.diff = changed ? diff(job.displayPath, isHtml ? textOf(bytes) : before.document.text, isHtml ? textOf(fixed.output) : fixed.document.text) : '';
    } else if (job.path === '-') {
      result.output = fixed.output;
    } else if (changed) {
      try {
        writeFixedFile(job.path, fixed.output, bytes);
      } catch (err) {
        // The file is as it was: report its problems as they are in it.
        const why = err instanceof FixNotWritten ? { message: err.message, english: err.english } : describeFsError(err, ['无法写入修复', 'cannot write the fixed file']);
        return { ...result, messages: before.messages, ...(job.fingerprint ? { keys: fingerprints(before.messages, before.model) } : {}), fixed: 0, linted: true, error: why.message, english: why.english };
      }
    }
    return result;
  } catch (err) {
    if (isDocumentError(err)) return { ...result, error: err.message, english: (err as { english?: string }).english };
    throw err;
  }
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chinese = (n: number) => (n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : String(n));

/** A message's place in a .docx or .pdf, in words: `第二个表格 第 5 行 第 8 列`, `第 4 页`. HTML
 *  messages need none: their line and column are in the page. */
export function describePlace(source: SourcePlace | undefined): string {
  if (!source) return '';
  if (source.kind === 'pdf' && source.page) return `第 ${source.page} 页`;
  if (source.kind === 'docx') {
    if (source.table) return `第${chinese(source.table)}个表格 第 ${source.row} 行 第 ${source.column} 列`;
    if (source.paraId) return `段落 ${source.paraId}`;
  }
  return '';
}
