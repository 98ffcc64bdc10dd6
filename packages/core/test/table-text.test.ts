/** A table's text normalized only as far as it is read (tableText's limit, a piece of a long line
 *  at a time) is the same as the whole stretch's normalized and then cut; a character found in the
 *  normalized text is placed at the same source offset. */
import { SourceLines } from '../src/parse/source-lines';
import { sourceOffsetAt, tableText, tableTextFrom } from '../src/parse/tables/region';
import { normalizeWithMap } from '../src/parse/normalize';
import { lint } from '../src/lint';
import { correctText } from './support/lint-rule';

const plain = (t: ReturnType<typeof tableText>) => ({ text: t.n.text, map: Array.from(t.n.map), segments: t.segments, span: t.span });

// The synthetic report as a crawler gives it (one line), repeated past a piece (65,536 characters).
const oneLine = correctText().replace(/\n+/g, ' ').repeat(60);
const manyLines = correctText().repeat(80);

describe('tableText with a limit', () => {
  it.each([
    ['one long line', oneLine],
    ['many lines', manyLines],
  ])('%s: the same as the whole table text cut at the limit', (_, src) => {
    const lines = new SourceLines(src);
    const span = { start: 0, end: src.length };
    const whole = tableText(src, lines, span, []);
    expect(whole.n.text.length).toBeGreaterThan(70000);
    for (const limit of [1, 1000, 65536, 70000]) {
      expect(plain(tableText(src, lines, span, [], limit))).toEqual(plain(tableTextFrom(whole, 0, limit)));
    }
    // No limit reached: the whole.
    expect(plain(tableText(src, lines, span, [], whole.n.text.length + 5))).toEqual(plain(whole));
  });

  it('sourceOffsetAt places a normalized character where normalizeWithMap does', () => {
    const n = normalizeWithMap(oneLine, 0, oneLine.length);
    expect(n.text.length).toBeGreaterThan(70000);
    for (const index of [0, 1, 5000, 65535, 65536, 70000, n.text.length - 1]) {
      expect(sourceOffsetAt(oneLine, 0, oneLine.length, index)).toBe(n.map[index]);
    }
    expect(sourceOffsetAt(oneLine, 0, oneLine.length, n.text.length)).toBe(oneLine.length);
  });

  it('a long one-line report still has its tables read', () => {
    const messages = lint(oneLine, { filePath: 'a.txt' }).messages.map((m) => m.ruleId);
    expect(messages).not.toContain('table-missing');
  });
});
