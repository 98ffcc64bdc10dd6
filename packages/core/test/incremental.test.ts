/** relint after an edit must give exactly what a whole lint gives: checked on chains of random
 *  edits (typos, brackets, repeats, line breaks, headings, table digits) over several report shapes,
 *  each step re-linted from the step before, so that an error carried along would show. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/lint';
import { relint, changedStretch } from '../src/incremental';
import { rules } from '../src/rules';
import type { LintResult } from '../src/types';
import { correctText, fixture } from './support/lint-rule';

// The bench's seeded PRNG (a plain JS module; jest transforms it): a failing chain can be replayed.
const { rng } = require('../../../scripts/lib/rng.mjs') as { rng: (seed: number) => () => number };

const INSERTS = ['不子公开', '（', '）', '《关于<某某>的通知》', '审核审核', '本机关持续深化政务公开工作。本机关持续深化政务公开工作。', '。', '\n', '\n\n', '7', '0', 'XXX', '【单位名称】', '一、总体情况\n', '〔2020]', '\r\n', '“', '1）', '电话：，'];
const PROSE = '本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作（见《条例》）。\n围绕优化营商环境等重点领域，及时发布政策文件。\n\n';

function shapes(): [string, string][] {
  const base = correctText();
  const long = base.replace('五、存在的主要问题', PROSE.repeat(40) + '五、存在的主要问题');
  const out: [string, string][] = [
    ['synthetic report with prose', long],
    // Over matches.ts's MIN_LENGTH: the rules' expressions are searched only around each edit.
    ['synthetic report with long prose', base.replace('五、存在的主要问题', PROSE.repeat(400) + '五、存在的主要问题')],
    ['the same, one line per sentence, CRLF', long.replace(/。/g, '。\n').replace(/\n/g, '\r\n')],
    ['seed 003', fixture('seeds/003_f0739a87bbbceb08.txt')],
    ['seed 004 (Markdown in .txt)', fixture('seeds/004_e37f677c45259637.txt')],
  ];
  // Real reports, read in place where the corpus is there (never copied).
  const corpus = join(__dirname, '../../../../shared/corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt')).slice(0, 4)) out.push([`corpus ${f}`, readFileSync(join(corpus, f), 'utf8')]);
  // Short ones get running text at the end (section 六), so that they are re-linted by parts.
  return out.map(([name, text]) => [name, text.length >= 6000 ? text : text + '\n' + PROSE.repeat(Math.ceil((6000 - text.length) / PROSE.length))]);
}

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.5) return text.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 30));
  // A digit of the text changed (a table cell, a count in a sentence).
  const digit = text.slice(at).search(/\d/);
  if (digit < 0) return text;
  const i = at + digit;
  return text.slice(0, i) + String((Number(text[i]) + 1 + Math.floor(r() * 8)) % 10) + text.slice(i + 1);
}

const allOn = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));

describe('relint equals lint', () => {
  it.each(shapes())('%s: 40 random edits, each re-linted from the last', (name, start) => {
    for (const options of [{}, { rules: allOn }]) {
      const r = rng(start.length);
      let text = start;
      let previous: LintResult = lint(text, options);
      let byParts = 0;
      for (let step = 0; step < 40; step++) {
        const next = edit(text, r);
        const got = relint({ text, result: previous }, next, options);
        expect(got.messages).toEqual(lint(next, options).messages);
        if (got.relinted) byParts++;
        text = next;
        previous = got;
      }
      // Most edits are re-linted by parts (the others: an edit that moved a table's bounds or a
      // citation). A crawled report's body is one line, one paragraph: only the edits in the
      // running text added at its end can be.
      expect(byParts).toBeGreaterThanOrEqual(name.startsWith('corpus') ? 5 : 20);
    }
  });

  it('reports a new typo and keeps the findings after the edit, moved', () => {
    const text = correctText().replace('五、存在的主要问题', PROSE.repeat(40) + '审核审核。\n五、存在的主要问题');
    const before = lint(text);
    const at = text.indexOf('围绕优化');
    const next = text.slice(0, at) + '不子公开' + text.slice(at);
    const after = relint({ text, result: before }, next);
    expect(after.messages).toEqual(lint(next).messages);
    const repeat = after.messages.find((m) => m.ruleId === 'repeated-text')!;
    expect(repeat.offset).toBe(before.messages.find((m) => m.ruleId === 'repeated-text')!.offset + 4);
    expect(after.messages.some((m) => m.ruleId === 'known-typo' && m.offset === at)).toBe(true);
  });
});

describe('changedStretch', () => {
  it('is the new text between the common prefix and suffix', () => {
    expect(changedStretch('abcdef', 'abXYef')).toEqual({ start: 2, end: 4 });
    expect(changedStretch('aaaa', 'aaaaa')).toEqual({ start: 4, end: 5 });
    expect(changedStretch('abc', 'abc')).toBeUndefined();
    expect(changedStretch('abc', '')).toEqual({ start: 0, end: 0 });
  });
});
