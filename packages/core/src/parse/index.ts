/** Builds the report model from text. (Temporary minimal version; the full parser replaces it.) */
import type { LintOptions, ReportModel, SourceFormat } from '../types';
import { findCitations } from './citations';

export function detectFormat(text: string, filePath?: string): SourceFormat {
  if (filePath && /\.(md|markdown|mdown|mkd)$/i.test(filePath)) return 'markdown';
  if (filePath && /\.txt$/i.test(filePath) === false && /^#{1,6}\s/m.test(text)) return 'markdown';
  return /^#{1,6}[ \t]+\S/m.test(text) || /^\s*\|.*\|\s*\n\s*\|[\s:|-]+\|\s*$/m.test(text) ? 'markdown' : 'text';
}

export function parseReport(text: string, options: Pick<LintOptions, 'filePath' | 'format'> = {}): ReportModel {
  const format = options.format ?? detectFormat(text, options.filePath);
  const isReport = /政府信息公开工作(年度)?报告/.test(text);
  return { text, format, isReport, sections: [], tables: {}, citations: findCitations(text), ignored: [] };
}
