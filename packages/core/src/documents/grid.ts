/** Table grids: cells with rowspan/colspan laid out as HTML does (a cell takes the first free
 *  position of its row), then one text line per row with a tab between grid columns. */
import type { ExtractedTable, GridCell } from './types';
import { emptyPiece, type Piece, TextBuilder } from './pieces';

export interface SourceCell {
  text: Piece;
  rowspan: number;
  colspan: number;
  /** Where an empty field of this cell is placed (a reader-defined `near`). */
  near: number;
  /** Grid columns to skip before this cell (docx w:gridBefore). */
  skipBefore?: number;
}

interface Placed extends SourceCell {
  row: number;
  col: number;
}

/** Table width and cell positions, merged positions expanded. Spans are capped at what the table
 *  holds (a rowspan reaching past the last row is cut there, as browsers do). */
export function layOut(rows: readonly SourceCell[][]): { placed: Placed[]; rowCount: number; colCount: number } {
  const taken: boolean[][] = rows.map(() => []);
  const placed: Placed[] = [];
  let colCount = 0;
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      c += cell.skipBefore ?? 0;
      while (taken[r][c]) c++;
      const rowspan = Math.max(1, Math.min(cell.rowspan || 1, rows.length - r));
      const colspan = Math.max(1, Math.min(cell.colspan || 1, 1000));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken[r + dr][c + dc] = true;
      placed.push({ ...cell, rowspan, colspan, row: r, col: c });
      c += colspan;
      colCount = Math.max(colCount, c);
    }
    colCount = Math.max(colCount, taken[r].length);
  });
  return { placed, rowCount: rows.length, colCount };
}

/** Writes the table as row lines (fields = grid columns) and a blank line; returns its grid. */
export function writeTable(out: TextBuilder, rows: readonly SourceCell[][]): ExtractedTable {
  const { placed, rowCount, colCount } = layOut(rows);
  const start = out.length;
  const byRow: Placed[][] = rows.map(() => []);
  for (const p of placed) byRow[p.row].push(p);
  const cells: GridCell[] = [];
  for (let r = 0; r < rowCount; r++) {
    const origin = new Map(byRow[r].map((p) => [p.col, p]));
    let lastNear = byRow[r][0]?.near ?? out.lastNear();
    for (let c = 0; c < colCount; c++) {
      if (c > 0) out.char('\t', lastNear);
      const p = origin.get(c);
      if (!p) continue;
      const cellStart = out.length;
      out.put(p.text.s ? p.text : emptyPiece());
      cells.push({ span: { start: cellStart, end: out.length }, row: r, col: c, rowspan: p.rowspan, colspan: p.colspan });
      lastNear = p.text.near.length ? p.text.near[p.text.near.length - 1] : p.near;
      // An empty cell still needs a place for a message about it.
      if (!p.text.s) lastNear = p.near;
    }
    out.char('\n', lastNear);
  }
  const end = out.length;
  out.blankLine();
  return { span: { start, end }, cells, rowCount, colCount };
}
