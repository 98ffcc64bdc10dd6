/** Linting (and fixing) one file: read, decode, lint or fix, write back. Runs in the main thread
 *  for small batches and in worker threads for large ones, so its input and output are plain data. */
import { readFileSync, statSync } from 'node:fs';
import { fixText, lint, type LintMessage, type LintOptions, type RuleLevel } from '@report-lint/core';
import { decode, encode, formatMegabytes, MAX_FILE_BYTES, UnreadableError, type Decoded } from './encoding';
import { writeFileAtomic } from './fix-write';
import { renderTables } from './print-tables';
import { isDocumentJob, processDocument } from './documents';

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
  rules: Record<string, RuleLevel>;
  force: boolean;
  mode: FixMode;
  printTables: boolean;
  color: boolean;
}

export interface FileResult {
  index: number;
  messages: LintMessage[];
  /** Fixes applied (or, for a dry run, that would be). */
  fixed: number;
  /** --fix-dry-run: the unified diff, empty when nothing would change. */
  diff?: string;
  /** --fix on standard input: the fixed bytes, to be printed. */
  output?: Uint8Array;
  /** --print-tables: the rendered tables. */
  tables?: string;
  /** The file could not be linted (exit code 2): a one-line message, Chinese … */
  error?: string;
  /** … and English, printed after the path. */
  english?: string;
  /** Worth telling but not fatal (e.g. fixes not written). */
  notice?: string;
}

const cannotRead = (err: unknown) => new UnreadableError(`无法读取文件（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`, 'cannot read file');

/** Input over MAX_FILE_BYTES is refused: a file before it is read (a 2 GB log file should not be
 *  loaded to be refused), and whatever was read (standard input, a file that grew) after. */
function refuseIfTooLarge(size: number): void {
  if (size > MAX_FILE_BYTES) throw new UnreadableError(`文件过大（${formatMegabytes(size)} > 10 MB），已跳过`, 'file too large, skipped');
}

function readInput(job: FileJob): Uint8Array {
  if (job.bytes) return job.bytes;
  let stat;
  try {
    stat = statSync(job.path);
  } catch (err) {
    throw cannotRead(err);
  }
  if (stat.isDirectory()) throw new UnreadableError('是目录而不是文件', 'is a directory');
  refuseIfTooLarge(stat.size);
  try {
    return readFileSync(job.path);
  } catch (err) {
    throw cannotRead(err);
  }
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

async function processDocumentFile(job: FileJob): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readInput(job);
    refuseIfTooLarge(bytes.length);
  } catch (err) {
    if (err instanceof UnreadableError) return { index: job.index, messages: [], fixed: 0, error: err.message, english: err.english };
    throw err;
  }
  return processDocument(job, bytes, unifiedDiff);
}

export function processFile(job: FileJob): FileResult {
  const result: FileResult = { index: job.index, messages: [], fixed: 0 };
  let decoded: Decoded;
  try {
    const bytes = readInput(job);
    refuseIfTooLarge(bytes.length);
    decoded = decode(bytes);
  } catch (err) {
    if (err instanceof UnreadableError) return { ...result, error: err.message, english: err.english };
    throw err;
  }
  const options: LintOptions = { filePath: job.lintPath ?? job.displayPath, rules: job.rules, force: job.force };
  const text = decoded.text;

  if (job.mode === 'lint' || decoded.lossy) {
    const { messages, model } = lint(text, options);
    result.messages = messages;
    if (job.printTables) result.tables = renderTables(model, job.color);
    if (job.mode !== 'lint') {
      result.notice = '无法识别文件编码，未修复';
      result.english = 'unrecognised encoding, not fixed';
    }
    if (job.mode === 'fix' && job.path === '-') result.output = job.bytes;
    return result;
  }

  const fixed = fixText(text, options);
  result.messages = fixed.messages;
  result.fixed = fixed.fixed;
  const finalText = fixed.output;
  const changed = finalText !== text;
  if (job.mode === 'dry-run') {
    result.diff = changed ? unifiedDiff(job.displayPath, text, finalText) : '';
  } else if (job.path === '-') {
    result.output = changed ? encode(finalText, decoded) : job.bytes;
  } else if (changed) {
    try {
      writeFileAtomic(job.path, encode(finalText, decoded));
    } catch (err) {
      return { ...result, messages: lint(text, options).messages, fixed: 0, error: `无法写入修复（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`, english: 'cannot write the fixed file' };
    }
  }
  if (job.printTables) result.tables = renderTables(fixed.model, job.color);
  return result;
}
