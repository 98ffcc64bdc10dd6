/** 表三 收到和处理政府信息公开申请情况 (SPEC §4). */
import type { Cell, Table, TableLabel, TextPiece } from '../../types';
import { findLabel } from './anchors';
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from './definitions';
import type { TableText } from './region';
import { anchorRows, cellOf, labelOf, looksRunTogether, piece, rowsAfter, shortRowCells, cover } from './read-rows';

/** Columns named in the header (the text before the first row label). */
function headerColumns(t: TableText, headerEnd: number): { keys: string[]; labels: TableLabel[] } {
  const keys: string[] = [];
  const labels: TableLabel[] = [];
  for (const col of APPLICANT_COLUMNS) {
    let a = findLabel(t.src, t.n, col, 0, headerEnd);
    // 其他 also occurs inside 法人或其他组织.
    while (a && col.key === 'other' && t.n.text[a.from - 1] === '或') a = findLabel(t.src, t.n, col, a.to, headerEnd);
    if (!a) continue;
    keys.push(col.key);
    labels.push(labelOf(a, t.src));
  }
  return { keys, labels };
}

function mostCommon(counts: number[]): number | undefined {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function readApplicationsTable(t: TableText): Table | undefined {
  const anchors = anchorRows(t, APPLICATION_ROWS);
  const foundRows = anchors.filter(Boolean).length;
  if (foundRows < 3) return undefined;
  const firstRow = anchors.find(Boolean)!;
  const header = headerColumns(t, firstRow.from >= 0 ? firstRow.from : 0);
  const tokens = rowsAfter(t, anchors, t.span.end);

  const isValueRow = (i: number) => APPLICATION_ROWS[i].values;
  const subRowsOfOther = APPLICATION_ROWS.map((r, i) => (r.key.startsWith('results.other.') ? i : -1)).filter((i) => i >= 0);
  const otherIndex = APPLICATION_ROWS.findIndex((r) => r.key === 'results.other');
  // 2019 format: （六）其他处理 carries the numbers itself and has no sub-rows.
  const legacyOther = subRowsOfOther.every((i) => !anchors[i]) && (tokens[otherIndex]?.length ?? 0) > 0;
  const valueRow = (i: number) => isValueRow(i) || (legacyOther && i === otherIndex);

  const counts = anchors.map((a, i) => (a && valueRow(i) ? tokens[i]!.length : -1)).filter((c) => c > 0);
  const common = mostCommon(counts);
  const expected = common === 6 || common === 7 ? common : header.keys.length >= 6 ? Math.min(header.keys.length, 7) : 7;
  // Six numbers a row: the 总计 column is missing (seed 001).
  const columns = APPLICANT_COLUMNS.slice(0, expected).map((c) => c.key);

  const cells: Cell[] = [];
  const doubts: string[] = [];
  const lastFound = anchors.reduce((last, a, i) => (a ? i : last), -1);
  anchors.forEach((a, i) => {
    if (!a) return;
    let toks = tokens[i]!;
    const key = APPLICATION_ROWS[i].key;
    if (!valueRow(i)) {
      if (toks.length) doubts.push(`「${APPLICATION_ROWS[i].label}」下有多余的数字`);
      return;
    }
    if (i === lastFound) toks = toks.slice(0, expected); // what follows the last row is not ours
    if (toks.length === expected) {
      toks.forEach((tok, k) => cells.push(cellOf(key, columns[k], tok, true)));
    } else if (toks.length > expected) {
      doubts.push(`「${APPLICATION_ROWS[i].label}」行有 ${toks.length} 个数字，应为 ${expected} 个`);
    } else if (looksRunTogether(toks, expected)) {
      doubts.push(`「${APPLICATION_ROWS[i].label}」行的数字可能粘连在一起（${toks.map((x) => x.text).join(' ')}）`);
    } else {
      cells.push(...shortRowCells(key, toks, a.span, true));
    }
  });
  // Many rows each a number or two short, all numbers: the columns are shifted (seed 001), not blank.
  const shifted = anchors.filter((a, i) => {
    const toks = tokens[i];
    return a && valueRow(i) && toks && toks.length < expected && toks.length >= expected - 2 && toks.every((x) => x.kind === 'number');
  }).length;
  if (shifted >= 3) {
    doubts.push(`${shifted} 行的数字比列少，列可能错位`);
    for (let k = cells.length - 1; k >= 0; k--) if (cells[k].col === '?') cells.splice(k, 1);
  }
  const valueRows = APPLICATION_ROWS.filter((_, i) => valueRow(i) && !(legacyOther && APPLICATION_ROWS[i].key.startsWith('results.other.')));
  const missingValueRows = valueRows.filter((r) => !anchors[APPLICATION_ROWS.indexOf(r)]).length;
  if (missingValueRows * 2 > valueRows.length) doubts.push(`只认出 ${valueRows.length - missingValueRows} 个标准行`);

  const legacyMarkers: TextPiece[] = legacyOther ? [piece(t.src, anchors[otherIndex]!.span)] : [];
  const labels = [...header.labels, ...anchors.filter((a): a is NonNullable<typeof a> => !!a).map((a) => labelOf(a, t.src))];
  const spans = [...labels.map((l) => l.span), ...cells.map((c) => c.span)];
  return {
    kind: 'applications',
    span: cover(spans),
    confident: doubts.length === 0,
    ...(doubts.length ? { doubt: doubts.join('；') } : {}),
    legacyMarkers,
    labels,
    columns,
    rows: anchors.map((a, i) => (a ? APPLICATION_ROWS[i].key : '')).filter(Boolean),
    cells,
  };
}
