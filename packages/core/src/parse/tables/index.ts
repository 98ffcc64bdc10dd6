/** Reads the three standard tables from their sections. */
import type { Section, Span, Table, TableKind } from '../../types';
import type { SourceLine } from '../source-lines';
import { tableText } from './region';
import { readActiveTable } from './active';
import { readApplicationsTable } from './applications';
import { readReviewTable } from './review';

const READERS: [TableKind, number, typeof readActiveTable][] = [
  ['active', 2, readActiveTable],
  ['applications', 3, readApplicationsTable],
  ['review', 4, readReviewTable],
];

export function readTables(src: string, lines: readonly SourceLine[], sections: readonly Section[], ignored: readonly Span[]) {
  const tables: Partial<Record<TableKind, Table>> = {};
  for (const [kind, number, read] of READERS) {
    const section = sections.find((s) => s.number === number);
    if (!section) continue;
    const table = read(tableText(src, lines, { start: section.heading.end, end: section.span.end }, ignored));
    if (table) tables[kind] = table;
  }
  return tables;
}
