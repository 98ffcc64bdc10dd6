/** 表四 政府信息公开行政复议、行政诉讼情况: 15 numbers in one row (SPEC §5). */
import type { Cell, Table, TableLabel } from '../../types';
import { def, findLabel } from './anchors';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_HEADER_LABELS } from './definitions';
import { tokensIn, type TableText } from './region';
import { cellOf, labelOf, looksRunTogether, shortRowCells, cover } from './read-rows';
import { isCellToken } from './tokens';

const HEADER_DEFS = REVIEW_HEADER_LABELS.map((l, i) => def(`header.${i}`, l));
const COUNT = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;

export function readReviewTable(t: TableText): Table | undefined {
  const labels: TableLabel[] = [];
  let headerEnd = -1;
  for (const d of HEADER_DEFS) {
    for (let a = findLabel(t.src, t.n, d, 0, t.n.text.length); a; a = findLabel(t.src, t.n, d, a.to, t.n.text.length)) {
      if (!labels.some((l) => l.key === d.key)) labels.push(labelOf(a, t.src));
      headerEnd = Math.max(headerEnd, a.to);
    }
  }
  // Without 维持/纠正/审结 there is no table here, whatever the prose says.
  if (!labels.some((l) => /维持|纠正|审结/.test(l.standard))) return undefined;
  const valuesStart = t.n.map[headerEnd - 1] + 1;
  const tokens = tokensIn(t, valuesStart, t.span.end).filter(isCellToken).slice(0, COUNT);
  const cells: Cell[] = [];
  let doubt: string | undefined;
  if (tokens.length === COUNT) {
    tokens.forEach((tok, k) => {
      cells.push(cellOf(REVIEW_GROUPS[Math.floor(k / 5)].key, REVIEW_COLUMNS[k % 5].key, tok, true));
    });
  } else if (looksRunTogether(tokens, COUNT)) {
    doubt = `表四的数字可能粘连在一起（${tokens.map((x) => x.text).join(' ')}）`;
  } else {
    const where = tokens[0]?.span ?? labels[labels.length - 1].span;
    cells.push(...shortRowCells('review', tokens, where, true));
  }
  const spans = [...labels.map((l) => l.span), ...cells.map((c) => c.span)];
  return {
    kind: 'review',
    span: cover(spans),
    confident: !doubt,
    ...(doubt ? { doubt } : {}),
    legacyMarkers: [],
    labels,
    columns: REVIEW_COLUMNS.map((c) => c.key),
    rows: REVIEW_GROUPS.map((g) => g.key),
    cells,
  };
}
