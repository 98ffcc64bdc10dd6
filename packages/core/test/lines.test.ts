import { LineIndex } from '../src/lines';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across LF, CRLF and CR', () => {
    const text = 'a\r\nb😀c\rd\ne';
    const idx = new LineIndex(text);
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(3)).toEqual({ line: 2, column: 1 });
    // 😀 is two UTF-16 units, so c is column 4.
    expect(idx.position(text.indexOf('c'))).toEqual({ line: 2, column: 4 });
    expect(idx.position(text.indexOf('d'))).toEqual({ line: 3, column: 1 });
    expect(idx.position(text.indexOf('e'))).toEqual({ line: 4, column: 1 });
    expect(idx.offset(2, 4)).toBe(text.indexOf('c'));
    expect(idx.lineEnd(1)).toBe(1);
    expect(idx.lineCount).toBe(4);
  });
});
