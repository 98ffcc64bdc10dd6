/** 表三 收到和处理政府信息公开申请情况 (SPEC §4). */
import type { Cell, Table, TableLabel, TextPiece } from '../../types';
import { findLabel } from './anchors';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, APPLICATION_ROWS_2019 } from './definitions';
import { chunksIn, segmentAt, type TableText } from './region';
import { gridFields } from './chunks';
import { anchorRows, cellOf, labelOf, piece, cover } from './read-rows';
import { readRowValues } from './values';
import { rowTotalCheck } from './split';
import { headerFields, isCell } from './chunks';
import { describeUnread, type Unread } from './unread';

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

const gridFieldsOf = (t: TableText, offset: number) => {
  const line = segmentAt(t, offset);
  return line ? gridFields(t.src, line) : undefined;
};

export function readApplicationsTable(t: TableText): Table | undefined {
  // （六）其他处理 holds numbers in the 2019 format: it is looked for, misspelt too; other group headings are not.
  const anchors = anchorRows(t, APPLICATION_ROWS, 0, (d) => (d as (typeof APPLICATION_ROWS)[number]).values || d.key === 'results.other');
  if (anchors.filter(Boolean).length < 3) return undefined;
  const firstRow = anchors.find(Boolean)!;
  const header = headerColumns(t, firstRow.from >= 0 ? firstRow.from : 0);
  const found = anchors.map((a, i) => (a ? i : -1)).filter((i) => i >= 0);
  const chunksAfter = new Map<number, ReturnType<typeof chunksIn>>();
  found.forEach((i, k) => {
    const stop = k + 1 < found.length ? anchors[found[k + 1]]!.span.start : t.span.end;
    chunksAfter.set(i, chunksIn(t, anchors[i]!.span.end, stop));
  });

  // 2019 format: （六）其他处理 carries the numbers itself and has no sub-rows.
  const otherIndex = APPLICATION_ROWS.findIndex((r) => r.key === 'results.other');
  const legacyOther =
    APPLICATION_ROWS.every((r, i) => !r.key.startsWith('results.other.') || !anchors[i]) && (chunksAfter.get(otherIndex) ?? []).some(isCell);
  const defs = legacyOther ? APPLICATION_ROWS_2019 : APPLICATION_ROWS;
  const valueRow = (i: number) => defs.find((d) => d.key === APPLICATION_ROWS[i].key)?.values ?? false;

  // A header that is a grid tells each column's field; else six values a row and no 总计 in the
  // header: the 总计 column is missing (seed 001).
  const headerLines = t.segments.filter((sg) => sg.end <= firstRow.span.start);
  const fieldOf = headerFields(t.src, headerLines, APPLICANT_COLUMNS.map((c) => c.label));
  const sixes = found.filter((i) => valueRow(i) && chunksAfter.get(i)!.filter(isCell).length === 6).length;
  const count = fieldOf ? fieldOf.length : !header.keys.includes('total') && sixes * 2 > found.length ? 6 : 7;
  const columns = APPLICANT_COLUMNS.slice(0, count).map((c) => c.key);

  const cells: Cell[] = [];
  const unread: Unread[] = [];
  const valueRows = found.filter(valueRow);
  const lastValueRow = valueRows[valueRows.length - 1];
  // Labels out of place (a PDF copy that put two labels before one row's numbers): a row without
  // numbers followed by one with too many. From there on no row's numbers can be trusted.
  const cellCount = (i: number) => chunksAfter.get(i)!.filter(isCell).length;
  const lostAt = valueRows.findIndex((i) => i !== lastValueRow && cellCount(i) > count && !gridFieldsOf(t, anchors[i]!.span.end));
  const lostRow = lostAt > 0 && cellCount(valueRows[lostAt - 1]) === 0 ? valueRows[lostAt - 1] : valueRows[lostAt];
  for (const i of found) {
    const a = anchors[i]!;
    const key = APPLICATION_ROWS[i].key;
    if (!valueRow(i)) continue;
    if (lostAt >= 0 && i >= lostRow) continue;
    const values = readRowValues({
      src: t.src,
      label: a.span,
      line: segmentAt(t, a.span.end) ?? a.span,
      chunks: chunksAfter.get(i)!,
      count,
      ...(count === 7 ? { check: rowTotalCheck } : {}),
      last: i === lastValueRow,
      ...(fieldOf ? { fieldOf } : {}),
    });
    if ('unread' in values) unread.push({ label: APPLICATION_ROWS[i].label, span: a.span, reason: values.unread });
    else values.cells.forEach((c, k) => cells.push(cellOf(key, c.unplaced ? '?' : columns[k], c, true)));
  }

  if (lostAt >= 0) {
    const where = APPLICATION_ROWS[lostRow].label;
    unread.unshift({ label: where, span: anchors[lostRow]!.span, reason: `起标签与数字错位（「${APPLICATION_ROWS[valueRows[lostAt]].label}」后有 ${cellCount(valueRows[lostAt])} 个数字），此后各行无法可靠读取` });
  }
  const standardValueRows = defs.filter((r) => r.values);
  const foundValueRows = valueRows.length;
  const confident = foundValueRows * 2 > standardValueRows.length;
  const legacyMarkers: TextPiece[] = legacyOther ? [piece(t.src, anchors[otherIndex]!.span)] : [];
  const labels = [...header.labels, ...found.map((i) => labelOf(anchors[i]!, t.src))];
  const doubt = confident ? describeUnread(unread) : `只认出 ${foundValueRows} 个标准行`;
  return {
    kind: 'applications',
    span: cover([...labels.map((l) => l.span), ...cells.map((c) => c.span)]),
    confident,
    ...(doubt ? { doubt, doubtSpan: unread[0]?.span ?? labels[0].span } : {}),
    ...(lostAt >= 0 ? { lost: true } : {}),
    legacyMarkers,
    labels,
    columns,
    rows: found.map((i) => APPLICATION_ROWS[i].key),
    cells,
  };
}
