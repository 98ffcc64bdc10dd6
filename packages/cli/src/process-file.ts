/** Linting (and fixing) one file: read, decode, lint or fix, write back. Runs in the main thread
 *  for small batches and in worker threads for large ones, so its input and output are plain data. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fingerprints, lint, reportFacts, type LintMessage, type LintOptions, type OtherReport, type ReportFacts, type RuleLevel, type SuppressionEntry } from '@report-lint/core';
import { decode, formatMegabytes, MAX_FILE_BYTES, UnreadableError, type Decoded } from './encoding';
import { encodeTracked, fixTracked } from './fix-tracked';
import { FixNotWritten, writeFixedFile } from './fix-write';
import { describeFsError } from './fs-errors';
import { renderTables } from './print-tables';
import { isDocumentJob, processDocument } from './documents';
import { lintOptions } from './lint-options';

export type FixMode = 'lint' | 'fix' | 'dry-run';

export interface FileJob {
  index: number;
  /** Absolute path, or '-' for standard input (then `bytes` is set). */
  path: string;
  /** Path shown to people (relative to the working directory when inside it); for stdin, the
   *  --stdin-filename or '<stdin>'. */
  displayPath: string;
  /** Path given to the core for format detection, when not displayPath (stdin). */
  lintPath?: string;
  bytes?: Uint8Array;
  /** Standard input went past MAX_FILE_BYTES (reading stopped there). */
  stdinTooLarge?: boolean;
  rules: Record<string, RuleLevel>;
  ruleOptions?: Record<string, unknown>;
  force: boolean;
  noInlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** Work out each message's suppression entry (a suppressions file is in use). */
  fingerprint?: boolean;
  mode: FixMode;
  printTables: boolean;
  color: boolean;
  /** Last year's report, for cross-year (`--previous`, or a pair found in the batch). */
  previous?: OtherReport;
  /** The subordinates' reports, for subordinate-sum (`report-lint sum`). */
  subordinates?: OtherReport[];
  /** Hand back what cross-report rules need of this file (`FileResult.facts`), to pair it. */
  collectFacts?: boolean;
}


export interface FileResult {
  index: number;
  messages: LintMessage[];
  /** With `job.fingerprint`: each message's suppression entry, in the order of `messages`. */
  keys?: SuppressionEntry[];
  /** Fixes applied (or, for a dry run, that would be). */
  fixed: number;
  /** --fix-dry-run: the unified diff, empty when nothing would change. */
  diff?: string;
  /** --fix on standard input: the fixed bytes, to be printed. */
  output?: Uint8Array;
  /** --print-tables: the rendered tables. */
  tables?: string;
  /** The file could not be linted or its fix not written (exit code 2): a one-line message,
   *  Chinese … (`messages` are still reported when the file was linted) */
  error?: string;
  /** Set with `error` when the file was linted all the same (its fix could not be written). */
  linted?: boolean;
  /** … and English, printed after the path. */
  english?: string;
  /** Worth telling but not fatal (e.g. fixes not written). */
  notice?: string;
  /** With `collectFacts`: the body, year and numbers read (of the fixed text, when fixed). */
  facts?: ReportFacts;
}

/** Input over MAX_FILE_BYTES is refused: a regular file before it is read (a 2 GB log file should
 *  not be loaded to be refused), anything else (a device, a pipe, standard input, a file that grew)
 *  once that much has been read: reading stops there. */
function tooLarge(size?: number): UnreadableError {
  return new UnreadableError(size === undefined ? '输入过大（超过 10 MB），已跳过' : `文件过大（${formatMegabytes(size)} > 10 MB），已跳过`, 'file too large, skipped');
}

function cannotRead(err: unknown): UnreadableError {
  const d = describeFsError(err, ['无法读取文件', 'cannot read file']);
  return new UnreadableError(d.message, d.english);
}

function readBounded(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw cannotRead(err);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableError('是目录而不是文件', 'is a directory');
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw tooLarge(stat.size);
    // One read for a regular file of the size it has; more (up to the cap) if it grew meanwhile.
    let buf = Buffer.allocUnsafe(stat.isFile() ? stat.size + 1 : 65536);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > MAX_FILE_BYTES) throw tooLarge();
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_FILE_BYTES + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_FILE_BYTES) throw tooLarge();
    return buf.subarray(0, length);
  } catch (err) {
    if (err instanceof UnreadableError) throw err;
    throw cannotRead(err);
  } finally {
    closeSync(fd);
  }
}

function readInput(job: FileJob): Uint8Array {
  if (job.stdinTooLarge) throw tooLarge();
  return job.bytes ?? readBounded(job.path);
}

// The diff package is only needed for --fix-dry-run.
function unifiedDiff(name: string, before: string, after: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch, OMIT_HEADERS } = require('diff') as typeof import('diff');
  const hunks = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3, headerOptions: OMIT_HEADERS });
  // Our own ---/+++ lines, as GNU diff writes them: diff quotes non-ASCII names C-style
  // ("\346\212\245…"), unreadable for the Chinese file names reports usually have.
  return `--- ${name}\n+++ ${name}\n${hunks}`;
}

const crashed = (job: FileJob, err: unknown): FileResult => ({ index: job.index, messages: [], fixed: 0, error: `内部错误：${(err as Error).message}`, english: 'internal error' });

/** processFile, with a crash turned into that file's error: one file must not take a batch down.
 *  Documents (.html, .docx, .pdf) are read asynchronously (pdf.js is), text and Markdown not. */
export function processFileSafely(job: FileJob): FileResult | Promise<FileResult> {
  try {
    if (isDocumentJob(job)) return processDocumentFile(job).catch((err) => crashed(job, err));
    return processFile(job);
  } catch (err) {
    return crashed(job, err);
  }
}

const LOSSY = '文件中有按其编码（UTF-8、UTF-16 或 GB18030）无法识别的字节，已替换为 U+FFFD 后检查，结果可能不准确';
const LOSSY_ENGLISH = 'invalid bytes for the encoding, replaced with U+FFFD';

async function processDocumentFile(job: FileJob): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readInput(job);
  } catch (err) {
    if (err instanceof UnreadableError) return { index: job.index, messages: [], fixed: 0, error: err.message, english: err.english };
    throw err;
  }
  return processDocument(job, bytes, unifiedDiff);
}

/** The core's options for a job. */
export function processFile(job: FileJob): FileResult {
  const result: FileResult = { index: job.index, messages: [], fixed: 0 };
  let decoded: Decoded;
  let bytes: Uint8Array;
  try {
    bytes = readInput(job);
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof UnreadableError) return { ...result, error: err.message, english: err.english };
    throw err;
  }
  const options = lintOptions(job, job.lintPath ?? job.displayPath);
  const text = decoded.text;

  if (job.mode === 'lint' || decoded.lossy) {
    const { messages, model } = lint(text, options);
    result.messages = messages;
    if (job.collectFacts) result.facts = reportFacts(model);
    if (job.fingerprint) result.keys = fingerprints(messages, model);
    if (job.printTables) result.tables = renderTables(model, job.color);
    if (decoded.lossy) {
      // Said once per file; such a file is never rewritten (its bad bytes would be lost).
      result.notice = job.mode === 'lint' ? LOSSY : `${LOSSY}；未修复`;
      result.english = job.mode === 'lint' ? LOSSY_ENGLISH : `${LOSSY_ENGLISH}; not fixed`;
    }
    if (job.mode === 'fix' && job.path === '-') result.output = bytes;
    return result;
  }

  const fixed = fixTracked(text, options);
  result.messages = fixed.messages;
  if (job.fingerprint) result.keys = fingerprints(fixed.messages, fixed.model);
  result.fixed = fixed.fixed;
  const changed = fixed.output !== text;
  if (job.mode === 'dry-run') {
    result.diff = changed ? unifiedDiff(job.displayPath, text, fixed.output) : '';
  } else if (job.path === '-') {
    result.output = changed ? encodeTracked(bytes, decoded, fixed) : bytes;
  } else if (changed) {
    try {
      writeFixedFile(job.path, encodeTracked(bytes, decoded, fixed), bytes);
    } catch (err) {
      // The file is as it was: report its problems as they are in it.
      const why = err instanceof FixNotWritten ? { message: err.message, english: err.english } : describeFsError(err, ['无法写入修复', 'cannot write the fixed file']);
      const keys = job.fingerprint ? fingerprints(fixed.originalMessages, lint(text, options).model) : undefined;
      return { ...result, messages: fixed.originalMessages, ...(keys ? { keys } : {}), fixed: 0, linted: true, error: why.message, english: why.english };
    }
  }
  if (job.collectFacts) result.facts = reportFacts(fixed.model);
  if (job.printTables) result.tables = renderTables(fixed.model, job.color);
  return result;
}
