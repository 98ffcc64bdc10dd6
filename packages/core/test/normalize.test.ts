/** Normalization and table tokens are written with regular expressions for speed; here they are held
 *  to plain character-by-character definitions on generated text. */
import fc from 'fast-check';
import { foldChar, normalize, normalizeWithMap, similarity } from '../src/parse/normalize';
import { tokenize } from '../src/parse/tables/tokens';

const DROPPED = /[\s\u3000\u00a0|*_#>`"'“”‘’＂]/;

function normalizeByChar(source: string, start: number, end: number) {
  let text = '';
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    if (DROPPED.test(source[i])) continue;
    text += foldChar(source[i]);
    map.push(i);
  }
  map.push(end);
  return { text, map };
}

function tokensByChar(text: string, start: number, end: number) {
  const out: { text: string; start: number }[] = [];
  const sep = (c: string) => /[\s\u3000\u00a0|]/.test(c);
  for (let i = start; i < end; ) {
    while (i < end && sep(text[i])) i++;
    const s = i;
    while (i < end && !sep(text[i])) i++;
    if (i > s && !/^:?-{3,}:?$/.test(text.slice(s, i))) out.push({ text: text.slice(s, i), start: s });
  }
  return out;
}

const piece = fc.constantFrom('本年新收', '28', '２８', '（一）', ' ', '\u3000', '\t', '\n', '|', '**', '“', '”', '---', ':---:', '😀', '\ud800', 'Ａ', '，', '-', '无');
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
const withRange = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const));

describe('normalizeWithMap', () => {
  it('drops blanks, | and emphasis, folds full-width forms, and maps each kept character to its source', () => {
    const n = normalizeWithMap('| **本年新收** | ２８ |', 0);
    expect(n.text).toBe('本年新收28');
    expect(Array.from(n.map)).toEqual([4, 5, 6, 7, 13, 14, 17]);
  });

  it('agrees with a character-by-character definition, and with normalize()', () => {
    fc.assert(
      fc.property(withRange, ([s, start, end]) => {
        const n = normalizeWithMap(s, start, end);
        expect({ text: n.text, map: Array.from(n.map) }).toEqual(normalizeByChar(s, start, end));
        expect(normalize(s.slice(start, end))).toBe(n.text);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('splits at blanks and |, drops GFM delimiter cells, and reads numbers', () => {
    const toks = tokenize('| 本年新收 | ２８ | --- | 无 |', 0, 23);
    expect(toks.map((t) => [t.text, t.kind, t.value])).toEqual([
      ['本年新收', 'label', undefined],
      ['２８', 'number', 28],
      ['无', 'placeholder', undefined],
    ]);
    expect(toks[1].span).toEqual({ start: 9, end: 11 });
  });

  it('finds the same tokens as a character-by-character scan, within the range given', () => {
    fc.assert(
      fc.property(withRange, ([s, start, end]) => {
        expect(tokenize(s, start, end).map((t) => ({ text: t.text, start: t.span.start }))).toEqual(tokensByChar(s, start, end));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});

/** The textbook table of longest common subsequences. */
function lcsByTable(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  return t[a.length][b.length];
}

describe('similarity', () => {
  it('is the longest common subsequence over the longer length', () => {
    expect(similarity('本年度止件数', '本年废止件数')).toBeCloseTo(5 / 6);
    expect(similarity('总体情况', '总体情况')).toBe(1);
    expect(similarity('', '总体情况')).toBe(0);
  });

  it('agrees with the textbook table, and a threshold changes only scores below it', () => {
    const word = fc.array(fc.constantFrom('本', '年', '新', '收', '件', '数', '（', '一', '）'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, fc.constantFrom(0, 0.6, 0.75), (a, b, atLeast) => {
        const exact = a === b ? 1 : a && b ? lcsByTable(a, b) / Math.max(a.length, b.length) : 0;
        const score = similarity(a, b, atLeast);
        if (exact >= atLeast) expect(score).toBeCloseTo(exact, 12);
        else expect(score).toBeLessThan(atLeast);
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });
});
