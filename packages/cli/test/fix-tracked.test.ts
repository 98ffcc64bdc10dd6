/** The bookkeeping behind --fix's byte-exact write-back: after any sequence of fix passes, the
 *  pieces spell the fixed text, and the written bytes are the original's outside the new text. */
import * as fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { decode, type Decoded } from '../src/encoding';
import { applyToPieces, encodeTracked, type Piece } from '../src/fix-tracked';

/** Characters that stress the offset mapping: ASCII, CJK, CP936's one-byte €, a four-byte GB18030
 *  sequence that is two UTF-16 units, and line breaks. */
const CHARS = ['a', '7', ' ', '中', '表', '€', '😀', '\n', '\r\n', '\t', '（'];
const textArb = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));

/** Sorted, non-overlapping fixes inside a text of `length`, cut at code point boundaries of `text`. */
function fixesFor(text: string, seeds: [number, number, string][]) {
  const bounds = [0];
  for (let i = 0; i < text.length; ) {
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    bounds.push(i);
  }
  const picked = seeds
    .map(([a, b, t]) => {
      const s = bounds[a % bounds.length];
      const e = bounds[Math.min(bounds.length - 1, bounds.indexOf(s) + (b % 3))];
      return { range: [s, e] as [number, number], text: t };
    })
    .sort((x, y) => x.range[0] - y.range[0]);
  const out: typeof picked = [];
  let cursor = -1;
  for (const f of picked) {
    // As compatibleFixes: no overlap, and no fix that changes nothing.
    if (f.range[0] <= cursor || text.slice(f.range[0], f.range[1]) === f.text) continue;
    out.push(f);
    cursor = Math.max(f.range[1], f.range[0]);
  }
  return out;
}

const apply = (text: string, fixes: { range: [number, number]; text: string }[]) => {
  let out = '';
  let cursor = 0;
  for (const f of fixes) {
    out += text.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
  }
  return out + text.slice(cursor);
};

const spell = (original: string, pieces: Piece[]) => pieces.map((p) => ('text' in p ? p.text : original.slice(p.start, p.end))).join('');

const passArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', '0', '27', '中', '€')), { maxLength: 4 });

test.each(['utf-8', 'utf-8 BOM', 'gb18030', 'utf-16le', 'utf-16be'])('%s: pieces after several passes spell the fixed text; untouched bytes stay', (name) => {
  fc.assert(
    fc.property(textArb, fc.array(passArb, { minLength: 1, maxLength: 3 }), (original, passes) => {
      const bytes =
        name === 'gb18030'
          ? iconv.encode(original, 'cp936')
          : name === 'utf-16le'
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')])
            : name === 'utf-16be'
              ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(original, 'utf16le').swap16()])
              : Buffer.concat([Buffer.from(name.includes('BOM') ? [0xef, 0xbb, 0xbf] : []), Buffer.from(original)]);
      // How the CLI would have read it (cp936 bytes decode as GB18030 unless they are valid UTF-8).
      const decoded: Decoded = name === 'gb18030' ? { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030', bom: false, lossy: false } : decode(bytes);
      fc.pre(decoded.text === original);
      let current = original;
      let pieces: Piece[] = [{ start: 0, end: original.length }];
      for (const seeds of passes) {
        const fixes = fixesFor(current, seeds);
        pieces = applyToPieces(pieces, current.length, fixes);
        current = apply(current, fixes);
        expect(spell(original, pieces)).toBe(current);
      }
      const out = encodeTracked(bytes, decoded, { pieces, output: current });
      if (name === 'gb18030') {
        // Exactly: each original piece as its CP936 bytes (€ stays 0x80), new text as GB18030 (A2 E3).
        const want = Buffer.concat(pieces.map((p) => ('text' in p ? iconv.encode(p.text, 'gb18030') : iconv.encode(original.slice(p.start, p.end), 'cp936'))));
        expect(out.equals(want)).toBe(true);
      } else {
        expect(decode(out).text).toBe(current);
      }
      // Nothing rewritten: the very same bytes.
      if (current === original && pieces.every((p) => !('text' in p))) expect(out.equals(bytes)).toBe(true);
    }),
    { numRuns: Number(process.env.RUNS ?? 300) },
  );
});
