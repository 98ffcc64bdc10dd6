/** matchesOf after an edit must give exactly what text.matchAll gives, though it searches only
 *  around the edit: checked on chains of random edits over a long report, for expressions of the
 *  kinds the rules use (look-behind, lazy and bounded reads ahead, look-ahead, alternations that
 *  start with a digit, the u flag, matches that may be empty, matches next to each other). */
import { matchesOf, matchSearches } from '../src/matches';
import { correctText } from './support/lint-rule';

const { rng } = require('../../../scripts/lib/rng.mjs') as { rng: (seed: number) => () => number };

const EXPRESSIONS: RegExp[] = [
  /(?<!\d)(\d{4})\s*年[，,]/g,
  /(\d{5,6})\s*月|(\d{4})\s*年\s*(\d{1,3})\s*月(?:\s*(\d{1,3})\s*日)?/g,
  /统计(?:期限|数据)?[^。\n\d]{0,12}?(\d{4})\s*年/g,
  /([两二三四五六七八九十]|\d{1,2})(?:个|大)?(?:方面|点|项)\p{Script=Han}{0,8}?[：:，,]?\s*(?=一是)/gu,
  /本(?:年度)?报告[^。]{0,12}?(?:包括|分为)([^。]{10,300}?)个部分/gu,
  // Reads 200 characters ahead of a match that is one character long.
  /年(?=[^。]{0,200}报告)/g,
  /(?=一是)|$/g,
  /予以公开|政府信息|公开/g,
  /[（(][^（()）]*[）)]/g,
];

const INSERTS = ['2024年，', '2023年13月', '。', '\n', '一是', '三个方面：', '本年度报告包括总体情况、主动公开等六个部分', '（见附表）', '报告', '7', '年', '      ', ''];

function longText(): string {
  const base = correctText();
  const prose = '本机关2024年，坚持以公开为常态、不公开为例外，围绕三个方面：一是优化营商环境，二是政策解读（见《条例》）。\n';
  return base.replace('五、存在的主要问题', prose.repeat(400) + '五、存在的主要问题');
}

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.6) return text.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 40));
}

const shape = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  it.each(EXPRESSIONS.map((re) => [String(re), re]))('%s: 60 random edits, each searched from the last', (_, re) => {
    const r = rng(String(re).length);
    let text = longText();
    expect(text.length).toBeGreaterThan(20000);
    const before = matchSearches.partial;
    for (let step = 0; step < 60; step++) {
      text = edit(text, r);
      expect(shape(matchesOf(text, re as RegExp))).toEqual(shape([...text.matchAll(re as RegExp)] as RegExpExecArray[]));
    }
    // Most edits were searched around the edit only (the rest: the first text, and any edit whose
    // earlier matches did not match again where they were).
    expect(matchSearches.partial - before).toBeGreaterThanOrEqual(50);
  });

  it('searches a short text whole', () => {
    const re = /年/g;
    expect(matchesOf('2024年', re).map((m) => m.index)).toEqual([4]);
  });

  it('takes a global expression only', () => {
    expect(() => matchesOf(longText(), /年/)).toThrow(/global/);
  });
});
