/** 表四 政府信息公开行政复议、行政诉讼情况: 15 numbers after a two-level header (SPEC §5). The header
 *  is found by its words even when a PDF wrapped them (`结果 结果 其他 尚未` / `维持 纠正 结果 审结`). */
import type { Cell, Table, TableLabel } from '../../types';
import { def, findLabel } from './anchors';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_HEADER_LABELS } from './definitions';
import { chunksIn, segmentAt, type TableText } from './region';
import { cellOf, labelOf, cover } from './read-rows';
import { isCell } from './chunks';
import { readRowValues } from './values';
import { blockTotalCheck } from './split';

const HEADER_DEFS = REVIEW_HEADER_LABELS.map((l, i) => def(`header.${i}`, l));
const COUNT = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
/** Words of the header, whole or as a PDF breaks them. */
const HEADER_WORD = /复议|诉讼|起诉|维持|纠正|结果|审结|尚未|总计/;
const TABLE_WORDS = ['维持', '纠正', '审结'];

export function readReviewTable(t: TableText): Table | undefined {
  // Without 维持/纠正/审结 there is no table here, whatever the prose says.
  if (TABLE_WORDS.filter((w) => t.n.text.includes(w)).length < 2) return undefined;
  const labels: TableLabel[] = [];
  for (const d of HEADER_DEFS) {
    const a = findLabel(t.src, t.n, d, 0, t.n.text.length);
    if (a) labels.push(labelOf(a, t.src));
  }
  const firstWord = t.n.text.search(/维持|纠正|审结/);
  const chunks = chunksIn(t, t.n.map[firstWord], t.span.end);
  // The values follow the last header word before the first number.
  let lastHeader = -1;
  for (let i = 0; i < chunks.length && !(isCell(chunks[i]) && lastHeader >= 0); i++) if (!isCell(chunks[i]) && HEADER_WORD.test(chunks[i].text)) lastHeader = i;
  if (lastHeader < 0) return undefined;
  const head = chunks[lastHeader];
  if (!labels.length) labels.push({ key: 'header', standard: '行政复议', text: head.text, span: head.span });
  const values = readRowValues({
    src: t.src,
    label: head.span,
    line: segmentAt(t, chunks.find((c, i) => i > lastHeader && isCell(c))?.span.start ?? head.span.end) ?? head.span,
    chunks: chunks.slice(lastHeader + 1),
    count: COUNT,
    check: blockTotalCheck,
    last: true,
  });
  const cells: Cell[] = [];
  let doubt: string | undefined;
  if ('unread' in values) doubt = `表四的 15 个数字${values.unread}`;
  else values.cells.forEach((c, k) => cells.push(cellOf(c.unplaced ? 'review' : REVIEW_GROUPS[Math.floor(k / 5)].key, c.unplaced ? '?' : REVIEW_COLUMNS[k % 5].key, c, true)));
  return {
    kind: 'review',
    span: cover([...labels.map((l) => l.span), ...cells.map((c) => c.span)]),
    confident: true,
    ...(doubt ? { doubt, doubtSpan: head.span } : {}),
    legacyMarkers: [],
    labels,
    columns: REVIEW_COLUMNS.map((c) => c.key),
    rows: REVIEW_GROUPS.map((g) => g.key),
    cells,
  };
}
