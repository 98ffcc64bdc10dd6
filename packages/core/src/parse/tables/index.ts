/** Reads the three standard tables. Each is looked for in its own section first, then anywhere in the
 *  report (a table under a misnumbered heading is still the table), and read from where its own header
 *  starts, so the prose before it is never taken for its rows. */
import type { Section, Span, Table, TableKind } from '../../types';
import type { SourceLines } from '../source-lines';
import { normalize } from '../normalize';
import { sourceOffsetAt, tableSegments, tableText, tableTextFrom, type TableText } from './region';
import { insideAny } from '../spans';
import { readActiveTable } from './active';
import { readApplicationsTable } from './applications';
import { readReviewTable } from './review';

interface Reader {
  kind: TableKind;
  section: number;
  read: (t: TableText) => Table | undefined;
  /** Where the table starts: the first of these (normalized) in the stretch searched. */
  starts: string[];
}

const READERS: Reader[] = (
  [
  { kind: 'active', section: 2, read: readActiveTable, starts: ['第二十条第(一)项', '第二十条', '信息内容'] },
  { kind: 'applications', section: 3, read: readApplicationsTable, starts: ['申请人情况', '本年新收政府信息公开申请'] },
  { kind: 'review', section: 4, read: readReviewTable, starts: ['行政复议', '维持'] },
  ] as Reader[]
).map((r) => ({ ...r, starts: r.starts.map(normalize) }));

/** The stretch from the table's first header text on; without one, the whole stretch, or nothing
 *  when `required` (a search of the whole report needs the header to know where to look). */
function fromStart(t: TableText, starts: string[], required = false): TableText | undefined {
  for (const s of starts) {
    const at = t.n.text.indexOf(s);
    if (at >= 0) return at > 0 || t.n.text.length > MAX_TABLE_TEXT ? tableTextFrom(t, at, MAX_TABLE_TEXT) : t;
  }
  return required ? undefined : t.n.text.length > MAX_TABLE_TEXT ? tableTextFrom(t, 0, MAX_TABLE_TEXT) : t;
}

/** No standard table is longer than this (normalized characters; 表三 has about 3,000): a table is
 *  read from its first words up to here at most, not over the rest of a text of megabytes. */
const MAX_TABLE_TEXT = 100_000;

/** Whether the normalized text of `src` can hold `word`: only if each of its Chinese characters is
 *  in `src` (normalizing drops blanks and marks and folds full-width forms, never a Chinese
 *  character). Spares a long text that holds none of a table's words its whole table text. */
function mayHold(src: string, word: string): boolean {
  for (const ch of word) if (/\p{Script=Han}/u.test(ch) && !src.includes(ch)) return false;
  return true;
}

/** The whole report's table text from the first of `starts` found in it (in the list's order), at
 *  most MAX_TABLE_TEXT characters of it; undefined when none is there. The words are looked for in
 *  the report's table text normalized without offsets (native replaces, made once for every table
 *  looked for there); only the stretch from the words found is normalized with its offsets. */
function wholeReportSearch(src: string, lines: SourceLines, ignored: readonly Span[]): (starts: string[]) => TableText | undefined {
  let found: { segments: Span[]; plain: string[]; text: string } | undefined;
  return (starts) => {
    if (!starts.some((w) => mayHold(src, w))) return undefined;
    if (!found) {
      const segments = tableSegments(lines, { start: 0, end: src.length }, insideAny(ignored));
      const plain = segments.map((s) => normalize(src.slice(s.start, s.end)));
      found = { segments, plain, text: plain.join('') };
    }
    const { segments, plain, text } = found;
    for (const w of starts) {
      const at = text.indexOf(w);
      if (at < 0) continue;
      // The segment holding normalized character `at`, and that character's offset in the source.
      let k = 0;
      let base = 0;
      while (base + plain[k].length <= at) base += plain[k++].length;
      const from = at === 0 ? 0 : sourceOffsetAt(src, segments[k].start, segments[k].end, at - base);
      return tableText(src, lines, { start: from, end: src.length }, ignored, MAX_TABLE_TEXT);
    }
    return undefined;
  };
}

export function readTables(src: string, lines: SourceLines, sections: readonly Section[], ignored: readonly Span[]) {
  const tables: Partial<Record<TableKind, Table>> = {};
  const anywhereFrom = wholeReportSearch(src, lines, ignored);
  for (const r of READERS) {
    const section = sections.find((s) => s.number === r.section);
    const own = section && r.read(fromStart(tableText(src, lines, { start: section.heading.end, end: section.span.end }, ignored), r.starts)!);
    const anywhere = own ? undefined : anywhereFrom(r.starts);
    const table = own ?? (anywhere && r.read(anywhere));
    if (table) tables[r.kind] = table;
  }
  return tables;
}
