/** Builds the report model: title, sections, tables and citations, each with its source range. */
import type { LintOptions, ReportModel, SourceFormat } from '../types';
import { findCitations } from './citations';
import { htmlComments, readMarkdown } from './markdown';
import { SourceLines } from './source-lines';
import { findTitle } from './title';
import { findFurniture } from './furniture';
import { insideAny, mergeSpans } from './spans';
import { findSections, standardNumberOf } from './sections';
import { readTables } from './tables';

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd|mdx)$/i;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;
const GFM_DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/m;

/** Markdown by extension, or by content: ATX headings or a GFM table (seed 004 is a .txt in Markdown). */
export function detectFormat(text: string, filePath?: string): SourceFormat {
  if (filePath && MARKDOWN_FILE.test(filePath)) return 'markdown';
  return ATX_HEADING.test(text) || GFM_DELIMITER_ROW.test(text) ? 'markdown' : 'text';
}

function yearFromText(text: string): number | undefined {
  const head = text.slice(0, 600);
  const period = /统计[^。]{0,20}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text) ?? /(20\d{2})\s*年/.exec(head);
  return period ? Number(period[1]) : undefined;
}

/** Text laid out by a PDF extractor (`pdftotext -layout`): page breaks, or many lines with wide gaps.
 *  Its spacing is the extractor's, not the author's. */
function looksLaidOut(text: string, lines: SourceLines): boolean {
  if (text.includes('\f')) return true;
  let gapped = 0;
  let filled = 0;
  // A line with anything besides blanks and marks has content; one with only those, as its record says.
  const filledLine = (i: number) => lines.firstOf(i, true) >= 0 || (lines.firstOf(i) >= 0 && lines.at(i).content !== '');
  // Lines with a wide gap, found in one scan of the text (a gap never spans a line break).
  const gap = /\S {4,}\S/g;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    const line = lines.lineAt(m.index);
    if (filledLine(line)) gapped++;
    gap.lastIndex = lines.end(line);
  }
  for (let i = 0; i < lines.length; i++) if (filledLine(i)) filled++;
  return filled > 20 && gapped * 5 > filled;
}

export function parseReport(text: string, options: Pick<LintOptions, 'filePath' | 'format'> = {}): ReportModel {
  const format = options.format ?? detectFormat(text, options.filePath);
  const lines = new SourceLines(text);
  const md = format === 'markdown' ? readMarkdown(text, lines) : undefined;
  const furniture = findFurniture(lines);
  const ignored = mergeSpans([...(md ? md.ignored : htmlComments(text)), ...furniture.spans]);
  const { sections, omitted } = findSections(lines, ignored, md?.headings, text.length, text);
  const title = findTitle(lines, sections[0]?.heading.start ?? Math.min(text.length, 2000), insideAny(ignored), furniture.headerTitle);
  const standardSections = sections.filter((s) => standardNumberOf(s.title.text) !== undefined).length;
  const isReport = !!title || standardSections >= 2;
  const year = title?.year ?? yearFromText(text);
  return {
    text,
    format,
    ...(looksLaidOut(text, lines) ? { laidOut: true } : {}),
    isReport,
    ...(title ? { title } : {}),
    ...(year ? { year } : {}),
    sections,
    ...(omitted ? { sectionsOmitted: omitted } : {}),
    tables: isReport ? readTables(text, lines, sections, ignored) : {},
    citations: findCitations(text, ignored),
    ignored,
  };
}
