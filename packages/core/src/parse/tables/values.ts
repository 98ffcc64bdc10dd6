/** Reading one row's values: from its grid fields where the row is a grid line, else from the free
 *  text after its label, cutting run-together digits only where exactly one cut fits (split.ts).
 *  A row that cannot be read is said so, with the reason, and gives no cells: a guessed cell would
 *  turn a reading failure into a false "total mismatch". */
import type { Span } from '../../types';
import { fieldChunk, gridFields, hasDigits, isCell, PAGE_NUMBER_CHUNK, type Chunk } from './chunks';
import { splitRuns, type RowCheck } from './split';
import { foldDigits } from '../normalize';

export type RowValues = { cells: Chunk[]; grid: boolean } | { unread: string };

export interface RowRequest {
  src: string;
  /** The row label's source range. */
  label: Span;
  /** The line the label ends on (its grid fields, if it is a grid line). */
  line: Span;
  /** Free-text chunks between this label and the next. */
  chunks: readonly Chunk[];
  count: number;
  /** The row's own arithmetic, used to choose among cuts of run-together digits. */
  check?: RowCheck;
  /** The last row of a table: what follows its values is not the table's. */
  last?: boolean;
  /** Grid field index of each value, from the table's header, when the header is a grid. */
  fieldOf?: readonly number[];
}

const quote = (chunks: readonly Chunk[]) => chunks.map((c) => c.text).join(' ');

/** Values from the grid fields after the label's field, when the line is a grid row holding them. */
function fromGrid(r: RowRequest): Chunk[] | undefined {
  const fields = gridFields(r.src, r.line);
  if (!fields) return undefined;
  // The label's own field, or none when the values stand on a line of their own (表四).
  const labelField = r.label.end <= r.line.start ? -1 : fields.findIndex((f) => f.span.end >= r.label.end);
  if (labelField < 0 && r.label.end > r.line.start) return undefined;
  // As many fields after the label as the row has values: they are its values, in order. Copies
  // out of Word shift the sub-rows one field to the right of the header (seed 004); this holds there.
  let after = fields.slice(labelField + 1);
  while (after.length > r.count && after[after.length - 1].text === '') after = after.slice(0, -1); // trailing separators
  if (after.length === r.count) return after.map((f) => fieldChunk(r.src, f));
  if (!r.fieldOf || fields.length <= Math.max(...r.fieldOf)) return undefined;
  // Otherwise the header says where each column is (a merged label cell leaves empty fields before the
  // values), if every filled field is under a column. A row shifted against the header (seed 001) is
  // read as free text, by counting.
  const columns = new Set(r.fieldOf);
  if (labelField >= r.fieldOf[0] || fields.some((f, i) => i > labelField && f.text && !columns.has(i))) return undefined;
  return r.fieldOf.map((i) => fieldChunk(r.src, fields[i]));
}

export function readRowValues(r: RowRequest): RowValues {
  const grid = fromGrid(r);
  if (grid) return { cells: grid, grid: true };

  let chunks = r.chunks;
  if (r.last) {
    // Up to the first text after the values: a note or the next part of the report.
    const firstCell = chunks.findIndex(isCell);
    const end = firstCell < 0 ? 0 : chunks.findIndex((c, i) => i > firstCell && !isCell(c));
    chunks = chunks.slice(0, end < 0 ? chunks.length : end);
  }
  const cells = chunks.filter(isCell);
  // Text with digits among the values: a page number or a stray figure, not a cell.
  const first = chunks.indexOf(cells[0]);
  const last = chunks.lastIndexOf(cells[cells.length - 1]);
  const stray = chunks.find((c, i) => i > first && i < last && !isCell(c) && hasDigits(c));
  if (stray) return { unread: `「${stray.text}」${PAGE_NUMBER_CHUNK.test(stray.text) ? '像页码' : '不是数字'}` };
  if (r.last && cells.length > r.count) return { cells: cells.slice(0, r.count), grid: false };
  if (cells.length === r.count) return { cells, grid: false };
  if (cells.length > r.count) return { unread: `有 ${cells.length} 个数字（${quote(cells)}），应为 ${r.count} 个` };
  if (!cells.length) return { unread: '没有数字' };
  // Nothing but 无/-/… : the row is not filled in, which is the report's defect, not a reading failure.
  if (cells.every((c) => c.kind === 'placeholder')) return { cells: cells.map((c) => ({ ...c, unplaced: true })), grid: false };
  // Full-width digits (０-９) are cut like ASCII ones.
  const digitsOf = (c: Chunk) => foldDigits(c.text);
  if (!cells.every((c) => c.kind === 'number' && /^\d+$/.test(digitsOf(c)))) {
    return { unread: `只有 ${cells.length} 个值（${quote(cells)}），应为 ${r.count} 个，无法确定空着的是哪几列` };
  }
  const split = splitRuns(cells.map((c) => ({ digits: digitsOf(c), start: c.span.start })), r.count, r.check);
  if (split.kind === 'one') {
    return { cells: split.cells.map((s) => ({ text: r.src.slice(s.start, s.end), span: { start: s.start, end: s.end }, kind: 'number', value: s.value })), grid: false };
  }
  const digits = cells.reduce((n, c) => n + c.text.length, 0);
  if (digits < r.count) return { unread: `只有 ${digits} 位数字（${quote(cells)}），应有 ${r.count} 个数，可能有空单元格，无法确定位置` };
  return { unread: `数字连在一起（${quote(cells)}），${split.kind === 'many' ? '有多种拆分方式' : '没有符合合计关系的拆分方式'}` };
}
