/** Offset ↔ line/column conversion. Lines end at \n, \r\n or \r; columns count UTF-16 units. */
import { IntList } from './int-list';

export class LineIndex {
  /** Each line's first offset (4 bytes a line: a text of millions of lines keeps no more). */
  private readonly starts: Int32Array;
  readonly lineCount: number;

  constructor(readonly text: string) {
    const starts = new IntList();
    starts.push(0);
    // Line breaks found with indexOf (native; a regular expression's match array per line, or a
    // loop over characters, costs more on a text of many short lines). \r\n is one break.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      const next = at === cr && lf === cr + 1 ? lf + 1 : at + 1;
      starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    this.starts = starts.done();
    this.lineCount = starts.length;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineCount));
    return Math.min(this.starts[l - 1] + column - 1, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(1, Math.min(line, this.lineCount)) - 1];
  }

  /** End of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.lineCount) return this.text.length;
    let end = this.starts[line];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

let lastIndex: LineIndex | undefined;

/** The line index of `text`, made once for the parser's lines and the linter's positions, which
 *  both need it for the same text one after the other. */
export function lineIndexOf(text: string): LineIndex {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  return lastIndex;
}
