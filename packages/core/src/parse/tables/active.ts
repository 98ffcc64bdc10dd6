/** 表二 主动公开政府信息情况 (SPEC §3): four blocks of 第二十条, one to three numbers a row; in the
 *  2019 format five blocks with other columns (§3b). No arithmetic ties its cells, so run-together
 *  digits are cut only where one cut is possible at all (`000` → 0,0,0; `0011` → 0,0,11), never guessed. */
import type { Cell, Table, TableLabel, TextPiece } from '../../types';
import { def, findLabel, type LabelDef } from './anchors';
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS, DECIMAL_COLUMNS, LEGACY_ACTIVE_MARKERS, LEGACY_ACTIVE_ROWS, SIGNED_COLUMNS, type ActiveRowDef } from './definitions';
import { chunksIn, normIndexAt, segmentAt, tokensIn, type TableText } from './region';
import { anchorRows, cellOf, labelOf, piece, cover } from './read-rows';
import { foldDigits, normalize, similarity } from '../normalize';
import { readRowValues } from './values';
import { describeUnread, type Unread } from './unread';
import type { Chunk } from './chunks';

const LEGACY_DEFS = LEGACY_ACTIVE_MARKERS.map((m, i) => def(`legacy.${i}`, m));
/** 行政规范性文件 is 规范性文件 in the 2019 format, and often in later ones: anchor on the shorter text. */
const withShortNormative = (rows: ActiveRowDef[]): LabelDef[] =>
  rows.map((r) => (r.key === 'normative' ? { ...r, core: normalize('规范性文件'), variants: [normalize('行政规范性文件')] } : r));
const ROW_DEFS = withShortNormative(ACTIVE_ROWS);
const LEGACY_ROW_DEFS = withShortNormative(LEGACY_ACTIVE_ROWS);
const KNOWN_TEXTS = new Set(
  [...ACTIVE_ROWS.map((r) => r.label), '规范性文件', '信息内容', ...LEGACY_ACTIVE_MARKERS, ...Object.values(ACTIVE_COLUMN_LABELS)].map(normalize),
);

function legacyMarkers(t: TableText): TextPiece[] {
  const out: TextPiece[] = [];
  for (const d of LEGACY_DEFS) {
    const a = findLabel(t.src, t.n, d, 0, t.n.text.length);
    if (a) out.push(piece(t.src, a.span));
  }
  // 处理决定数量 without 本年 before it is the 2019 column.
  for (let at = t.n.text.indexOf('处理决定数量'); at >= 0; at = t.n.text.indexOf('处理决定数量', at + 1)) {
    if (t.n.text.slice(Math.max(0, at - 2), at) !== '本年') {
      out.push(piece(t.src, { start: t.n.map[at], end: t.n.map[at + 5] + 1 }));
      break;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const COLUMN_KEYS = Object.entries(ACTIVE_COLUMN_LABELS).map(([key, standard]) => ({ key, standard, normalized: normalize(standard) }));
/** How similar a header must be to a standard one to be taken for it, misspelt. */
const MISSPELT_HEADER = 0.6;

/** Column headers that are near misses of the standard ones (`本年度止件数` for `本年废止件数`). */
function misspeltHeaders(t: TableText, end: number): TableLabel[] {
  const out: TableLabel[] = [];
  // Where standard texts stand whole in the normalized table: a token inside one is part of a
  // label broken over lines (`本年收费金额（单位` + `：万元）`), not a misspelling.
  const standing: [number, number][] = [];
  for (const known of KNOWN_TEXTS) {
    for (let at = t.n.text.indexOf(known); at >= 0; at = t.n.text.indexOf(known, at + 1)) standing.push([at, at + known.length]);
  }
  for (const tok of tokensIn(t, t.span.start, end)) {
    if (tok.kind !== 'label') continue;
    const n = normalize(tok.text);
    const at = normIndexAt(t.n, tok.span.start);
    if (KNOWN_TEXTS.has(n) || n.startsWith('第二十条') || standing.some(([from, to]) => at >= from && at < to)) continue;
    const scored = COLUMN_KEYS.map(({ key, standard, normalized }) => ({ key, standard, score: similarity(n, normalized, MISSPELT_HEADER) }));
    const best = scored.sort((a, b) => b.score - a.score)[0];
    if (best.score < MISSPELT_HEADER) continue;
    out.push({ key: best.key, standard: best.standard, text: tok.text, span: tok.span, misspelt: true, fix: { range: [tok.span.start, tok.span.end], text: best.standard } });
  }
  return out;
}

/** A 2019 本年增/减 cell may be negative: `-3` is a number there. */
function signed(c: Chunk, column: string): Chunk {
  const digits = foldDigits(c.text);
  const m = /^[-－]\d+$/.exec(digits);
  return SIGNED_COLUMNS.has(column) && m ? { ...c, kind: 'number', value: -Number(digits.slice(1)) } : c;
}

export function readActiveTable(t: TableText): Table | undefined {
  const markers = legacyMarkers(t);
  const legacy = markers.length > 0;
  const rows = legacy ? LEGACY_ACTIVE_ROWS : ACTIVE_ROWS;
  const anchors = anchorRows(t, legacy ? LEGACY_ROW_DEFS : ROW_DEFS);
  if (anchors.filter(Boolean).length < 2) return undefined;
  const found = anchors.map((a, i) => (a ? i : -1)).filter((i) => i >= 0);
  const cells: Cell[] = [];
  const unread: Unread[] = [];
  found.forEach((i, k) => {
    const a = anchors[i]!;
    const rowDef = rows[i];
    const stop = k + 1 < found.length ? anchors[found[k + 1]]!.span.start : t.span.end;
    const values = readRowValues({
      src: t.src,
      label: a.span,
      line: segmentAt(t, a.span.end) ?? a.span,
      chunks: chunksIn(t, a.span.end, stop),
      count: rowDef.columns.length,
      last: k === found.length - 1,
    });
    if ('unread' in values) {
      unread.push({ label: rowDef.label, span: a.span, reason: values.unread });
      return;
    }
    values.cells.forEach((c, col) => {
      const column = rowDef.columns[col];
      cells.push(cellOf(rowDef.key, c.unplaced ? '?' : column, signed(c, column), !DECIMAL_COLUMNS.has(column)));
    });
  });
  const labels = [...found.filter((i) => !legacy || !anchors[i]!.typo).map((i) => labelOf(anchors[i]!, t.src)), ...(legacy ? [] : misspeltHeaders(t, t.span.end))];
  const doubt = describeUnread(unread);
  return {
    kind: 'active',
    span: cover([...labels.map((l) => l.span), ...cells.map((c) => c.span), ...markers.map((m) => m.span)]),
    confident: true,
    ...(doubt ? { doubt, doubtSpan: unread[0].span } : {}),
    legacyMarkers: markers,
    labels,
    columns: [...new Set(rows.flatMap((r) => r.columns))],
    rows: found.map((i) => rows[i].key),
    cells,
  };
}
