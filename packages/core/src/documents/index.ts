/** The document layer: .html, .docx and .pdf read into the text the linter reads, with a map back
 *  to the file. Each reader is loaded only for its file type (in the CLI each is its own bundle). */
import { DocumentError } from './errors';
import type { ExtractedDocument } from './types';

export * from './types';
export { DocumentError, isDocumentError } from './errors';
export { lintDocument, fixDocument, lintHtmlSource, fixHtmlSource, type DocumentLintResult, type DocumentFixResult } from './lint-document';

const EXTENSION = /\.(html?|xhtml|docx|docm|dotx|doc|pdf)$/i;

/** The document kind a path names, or undefined for text and Markdown. */
export function documentKindOf(filePath: string): 'html' | 'docx' | 'pdf' | 'doc' | undefined {
  const m = EXTENSION.exec(filePath);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  if (ext.startsWith('htm') || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc') return 'doc';
  return 'docx';
}

/* eslint-disable @typescript-eslint/no-require-imports -- readers load on demand */
export const htmlReader = (): typeof import('./html') => require('./html');
export const docxReader = (): typeof import('./docx') => require('./docx');
export const pdfReader = (): typeof import('./pdf') => require('./pdf');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Reads a document; throws DocumentError (Chinese, with what to do) for what cannot be read. */
export async function readDocument(bytes: Uint8Array, filePath: string): Promise<ExtractedDocument> {
  const kind = documentKindOf(filePath);
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
  if (kind === 'pdf' || (isPdf && kind !== 'html')) {
    if (!isPdf) throw new DocumentError('文件不是 PDF（开头没有 %PDF 标记）：请确认文件完整，或重新导出 PDF 后再检查', 'not a PDF file');
    return pdfReader().readPdf(bytes);
  }
  if (kind === 'docx' || kind === 'doc') {
    // Sites often publish a web page or RTF named .doc (Word opens both).
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, '').trimStart();
    if (/^<(!doctype\s+html|html|\?xml[^>]*>\s*<html)/i.test(head)) return htmlReader().readHtml(bytes);
    if (head.startsWith('{\\rtf')) throw new DocumentError('这是 RTF 文档（扩展名为 .doc），不能直接读取：请用 Word 或 WPS 另存为 .docx 后再检查', 'RTF document, save as .docx');
    return docxReader().readDocx(bytes);
  }
  if (kind === 'html') return htmlReader().readHtml(bytes);
  throw new DocumentError('不是 .html、.docx 或 .pdf 文件', 'not a document file');
}
