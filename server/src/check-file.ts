/** Checking a .docx or .pdf, which no editor holds as text: `reportLint/checkFile` reads the file from
 *  disk with the core's document readers and publishes the problems on a read-only view of the text
 *  read from it (`report-lint-extracted:` + the file's path + `.txt`, which the VS Code extension
 *  provides), each naming its place in the file in words (`表三 第 5 行 第 8 列`, `第 4 页`). */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver';
import { documentKindOf, isDocumentError, lintDocument, specOf, type DocumentLintResult, type LintMessage, type RuleLevel } from '@report-lint/core';
import { countMessages, EXTRACTED_SCHEME, toDiagnostic, type Counts } from './diagnostics';

export const CHECK_FILE_REQUEST = 'reportLint/checkFile';

export interface CheckFileResult extends Partial<Counts> {
  /** The extracted view the diagnostics are published on. */
  uri: string;
  kind?: 'docx' | 'pdf';
  /** The text read from the file, for the view. */
  text?: string;
  isReport?: boolean;
  ms?: number;
  /** Why the file could not be read (DocumentError's Chinese message: what the file is, what to do). */
  error?: string;
}

/** `file:///a/b.docx` → `report-lint-extracted:/a/b.docx.txt` (and back: `fileOfExtracted`). */
export function extractedUri(fileUri: string): string {
  return `${EXTRACTED_SCHEME}:${new URL(fileUri).pathname}.txt`;
}

/** The kinds of file this request reads (an .html page is linted live in its editor instead). An
 *  old .doc is read too, for the reader's message saying to save it as .docx. */
export function checkableKind(path: string): 'docx' | 'pdf' | undefined {
  const kind = documentKindOf(path);
  return kind === 'docx' || kind === 'doc' ? 'docx' : kind === 'pdf' ? 'pdf' : undefined;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => (n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : String(n));

/** 1-based row and column of an offset in one of the extracted grids, and which grid. */
function gridPlace(r: DocumentLintResult, offset: number): { index: number; row: number; column: number; start: number; end: number } | undefined {
  const { text, tables } = r.document;
  const index = tables.findIndex((t) => offset >= t.span.start && offset < t.span.end);
  if (index < 0) return undefined;
  const t = tables[index];
  const before = text.slice(t.span.start, offset);
  const row = before.split('\n').length;
  const column = before.slice(before.lastIndexOf('\n') + 1).split('\t').length;
  return { index, row, column, ...t.span };
}

/** A message's place in the file in words: in a .docx table `表三 第 5 行 第 8 列` (Word's rows and
 *  columns; the report's own name for the table when the model read that grid as one, else
 *  `第二个表格`); in a PDF `第 4 页` (a PDF's rows are what the reader grouped on one page, no
 *  numbering a user could look up). */
export function placeInWords(r: DocumentLintResult, m: LintMessage): string {
  if (m.source?.kind === 'pdf') return m.source.page ? `第 ${m.source.page} 页` : '';
  const grid = r.document.kind === 'docx' ? gridPlace(r, m.offset) : undefined;
  if (!grid) return '';
  const table = Object.values(r.model.tables).find((t) => t && t.span.start < grid.end && grid.start < t.span.end);
  return `${table ? specOf(table).name : `第${numeral(grid.index + 1)}个表格`} 第 ${grid.row} 行 第 ${grid.column} 列`;
}

/** A diagnostic in the extracted view: its lines and columns are the view's; the place in the
 *  file is said at the end of the message, as the CLI says it, and again as related information
 *  (which the Problems panel shows as a line of its own under the message, where a long message is
 *  cut off). No quick-fix: the view is read-only (the CLI's --fix writes .docx). */
export function extractedDiagnostic(r: DocumentLintResult, m: LintMessage, view: string): Diagnostic {
  const d = toDiagnostic({ ...m, fix: undefined }, 0);
  const where = placeInWords(r, m);
  if (where) {
    d.message = `${m.message}（${where}）`;
    d.relatedInformation = [{ location: { uri: view, range: d.range }, message: `在文件中的位置：${where}` }];
  }
  d.data = { source: m.source };
  return d;
}

export interface CheckFileDeps {
  path: string;
  uri: string;
  options: { rules: Record<string, RuleLevel>; force: boolean };
  publish(uri: string, diagnostics: Diagnostic[]): Promise<void>;
}

export async function checkFile({ path, uri, options, publish }: CheckFileDeps): Promise<CheckFileResult> {
  const view = extractedUri(uri);
  const kind = checkableKind(path);
  if (!kind) return { uri: view, error: '只能检查 .docx 和 .pdf 文件（网页 .html 打开即可检查，文本和 Markdown 也是）' };
  const t0 = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { uri: view, kind, error: `无法读取文件：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  let r: DocumentLintResult;
  try {
    r = await lintDocument(bytes, path, { ...options, filePath: path });
  } catch (err) {
    if (isDocumentError(err)) {
      await publish(view, []);
      return { uri: view, kind, error: (err as Error).message };
    }
    throw err;
  }
  await publish(
    view,
    r.messages.map((m) => extractedDiagnostic(r, m, view)),
  );
  return {
    uri: view,
    kind,
    text: r.document.text,
    isReport: r.model.isReport || options.force,
    ...countMessages(r.messages),
    ms: Math.round((performance.now() - t0) * 10) / 10,
  };
}
