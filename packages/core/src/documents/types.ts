/** The document layer's contract: a reader turns a file (.html, .docx, .pdf) into the text the linter
 *  reads, its tables as grids, and a map from every character back to its place in the file. */
export type DocumentKind = 'html' | 'docx' | 'pdf';

/** Where a character of the extracted text came from (JSON output: `message.source`). */
export interface SourcePlace {
  kind: DocumentKind;
  /** html: 1-based line and column in the HTML file; docx: 1-based table column (with `table`/`row`). */
  line?: number;
  column?: number;
  /** docx: 1-based table and row; the paragraph id Word keeps (`w14:paraId`). */
  table?: number;
  row?: number;
  paraId?: string;
  /** pdf: 1-based page, and PDF user-space coordinates of the text. */
  page?: number;
  x?: number;
  y?: number;
}

export interface GridCell {
  /** Where the cell's text lies in `text`. */
  span: { start: number; end: number };
  /** 0-based grid row and column of the cell's top-left position. */
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface ExtractedTable {
  span: { start: number; end: number };
  cells: GridCell[];
  rowCount: number;
  colCount: number;
}

export interface ExtractedDocument {
  kind: DocumentKind;
  /** The text the linter reads. One line per paragraph or heading (a <p>, <h*>, <li>, <div> text block; a
   *  w:p; a PDF line). Each table row is ONE line whose grid cells are separated by '\t', with rowspan/colspan
   *  and vertical merges expanded so that field index = grid column: a position covered by a merged cell from
   *  another row or column is an empty field. Text inside one cell never contains '\t' or '\n' (several <p> in a
   *  cell are joined with '' between CJK characters, else ' '); &nbsp; → space; cell text trimmed.
   *  A blank line after each table. Layout tables (a table that contains another table) are not tables: their
   *  cells are read as blocks. Script/style/nav chrome is dropped where it is recognisable. */
  text: string;
  tables: ExtractedTable[];
  placeOf(offset: number): SourcePlace;
  /** The byte/char range in the original file that text[start,end) was taken from verbatim, when it lies in
   *  one editable run (html: one text node with no entity or tag inside; docx: one w:t), else undefined.
   *  html: offsets into the decoded HTML string; docx: offsets into the decoded `word/document.xml`. */
  sourceRange(start: number, end: number): { start: number; end: number } | undefined;
}
