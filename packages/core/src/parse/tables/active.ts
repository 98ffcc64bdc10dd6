/** 表二 主动公开政府信息情况 (SPEC §3): four blocks of 第二十条, one to three numbers a row. */
import type { Cell, Table, TableLabel, TextPiece } from '../../types';
import { def, findLabel, type LabelDef } from './anchors';
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS, LEGACY_ACTIVE_MARKERS } from './definitions';
import { normIndexAt, tokensIn, type TableText } from './region';
import { anchorRows, cellOf, labelOf, piece, rowsAfter, shortRowCells, cover } from './read-rows';
import { normalize, similarity } from '../normalize';

const LEGACY_DEFS = LEGACY_ACTIVE_MARKERS.map((m, i) => def(`legacy.${i}`, m));
/** 行政规范性文件 is 规范性文件 in the 2019 format: anchor on the shorter text. */
const ROW_DEFS: LabelDef[] = ACTIVE_ROWS.map((r) => (r.key === 'normative' ? { ...r, core: normalize('规范性文件') } : r));
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

export function readActiveTable(t: TableText): Table | undefined {
  const anchors = anchorRows(t, ROW_DEFS);
  if (anchors.filter(Boolean).length < 2) return undefined;
  const markers = legacyMarkers(t);
  const legacy = markers.length > 0;
  const tokens = rowsAfter(t, anchors, t.span.end);
  const cells: Cell[] = [];
  anchors.forEach((a, i) => {
    if (!a) return;
    const rowDef = ACTIVE_ROWS[i];
    const toks = tokens[i]!.slice(0, legacy ? 3 : rowDef.columns.length);
    const integer = rowDef.key !== 'fees';
    if (legacy) {
      // 2019 columns differ; keep the numbers for regulations-authority, under the first column's key.
      toks.forEach((tok, k) => cells.push(cellOf(rowDef.key, `legacy.${k}`, tok, integer)));
    } else if (toks.length === rowDef.columns.length) {
      toks.forEach((tok, k) => cells.push(cellOf(rowDef.key, rowDef.columns[k], tok, integer)));
    } else {
      cells.push(...shortRowCells(rowDef.key, toks, a.span, integer));
    }
  });
  const found = anchors.filter((a): a is NonNullable<typeof a> => !!a);
  const labels = [...found.filter((a) => !legacy || !a.typo).map((a) => labelOf(a, t.src)), ...(legacy ? [] : misspeltHeaders(t, t.span.end))];
  const spans = [...labels.map((l) => l.span), ...cells.map((c) => c.span), ...markers.map((m) => m.span)];
  return {
    kind: 'active',
    span: cover(spans),
    confident: true,
    legacyMarkers: markers,
    labels,
    columns: legacy ? ['legacy.0', 'legacy.1', 'legacy.2'] : ['issued', 'repealed', 'effective', 'decisions', 'amount'],
    rows: found.map((a) => a.def.key),
    cells,
  };
}
