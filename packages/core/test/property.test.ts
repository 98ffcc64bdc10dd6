/** Property tests: nothing breaks on bad input, fixes are idempotent and local, a total fix removes
 *  its diagnostic, and 1 MB adversarial inputs complete.
 *
 *  The properties themselves live in scripts/lib/properties.mjs, shared with `npm run fuzz`, which
 *  runs them for as long as asked (`npm run fuzz -- --runs 100000 --seed N`). Here they run with a
 *  fixed seed and a modest number of runs, so a failure is reproducible. Timing (1× vs 4× size) is
 *  not asserted here: it belongs to the fuzz and bench scripts. */
import fc from 'fast-check';
import * as core from '@report-lint/core';
import type { LintMessage, LintOptions } from '@report-lint/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Property {
  name: string;
  weight: number;
  arbitrary: fc.Arbitrary<unknown>;
  predicate: (input: unknown) => boolean;
  size: (input: unknown) => number;
}
interface PropertiesModule {
  REPORT_FILES: string[];
  makeProperties(fastCheck: typeof fc, c: typeof core, fixtures: Record<string, string>): Property[];
  checkMessages(text: string, messages: LintMessage[]): void;
  checkNoThrow(c: typeof core, text: string, options: LintOptions): boolean;
  checkIdempotent(c: typeof core, text: string, options: LintOptions): boolean;
  checkFixesLocal(c: typeof core, text: string, options: LintOptions): boolean;
  positionsOf(text: string, offsets: number[]): { line: number; column: number }[];
}
interface Pattern {
  name: string;
}
interface AdversarialModule {
  ADVERSARIAL: Pattern[];
  adversarialInput(pattern: Pattern, bytes: number, report: string): { text: string; options: LintOptions };
}

// Plain JS modules shared with scripts/fuzz.mjs (jest transforms them; tsc needs no types for require).
const P = require('../../../scripts/lib/properties.mjs') as PropertiesModule;
const A = require('../../../scripts/lib/adversarial.mjs') as AdversarialModule;

const fixture = (path: string) => readFileSync(join(__dirname, '../../../fixtures', path), 'utf8');
const fixtures: Record<string, string> = Object.fromEntries(P.REPORT_FILES.map((f) => [f, fixture(f)]));
const optionsFor = (file: string): LintOptions => ({ filePath: file.replace(/^.*\//, '') });

const SEED = 20251130;
/** Runs per property, in the order of makeProperties: cheap ones get more. About 8 s in all. */
const RUNS = [1000, 250, 300, 1000, 300, 300];

describe('properties (seed ' + SEED + ')', () => {
  const properties = P.makeProperties(fc, core, fixtures);
  it('has every property', () => {
    expect(properties.map((p) => p.name)).toEqual([
      'arbitrary text: lint and fixText never throw, messages well placed',
      'mutated reports: lint and fixText never throw, messages well placed',
      'fixes are idempotent (fixtures and mutated reports)',
      'fixes are idempotent (arbitrary text, forced)',
      'each fix changes only its own range',
      'a total fix removes its diagnostic',
    ]);
  });
  it.each(properties.map((p, i) => [p.name, p, i] as const))('%s', (_name, p, i) => {
    const numRuns = RUNS[i] ?? 100;
    fc.assert(
      fc.property(p.arbitrary, (x) => p.predicate(x)),
      { seed: SEED + i, numRuns },
    );
  });
});

describe('every fixture', () => {
  it.each(P.REPORT_FILES)('%s: no throw, well placed, idempotent, local fixes', (file) => {
    const text = fixtures[file];
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      expect(P.checkNoThrow(core, t, optionsFor(file))).toBe(true);
      expect(P.checkIdempotent(core, t, optionsFor(file))).toBe(true);
      expect(P.checkFixesLocal(core, t, optionsFor(file))).toBe(true);
    }
  });
});

describe('counterexamples found by fuzzing', () => {
  // `npm run fuzz -- --runs 20000 --seed 2` (shrunk by hand): in correct.txt the 其他 cell of
  // 6.属于四类过程性信息 is `-` and row （二） has 其他 5, 总计 8. （七）总计 then got two fixes
  // that disagreed — results-total 26 → 31 (the 总计 column), row-total back to 26 (its row) — and
  // fixText ping-ponged for all its 10 passes. Fixed in total-rule.ts: a cell whose row and
  // column sums disagree is reported without a fix.
  it('fixText is idempotent when two totals disagree about one cell', () => {
    const text = fixture('synthetic/correct.txt')
      .replace('6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0', '6.属于四类过程性信息\t0\t0\t0\t0\t0\t-\t0')
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t0\t0\t0\t0\t0\t3', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t0\t0\t0\t0\t5\t8');
    expect(() => P.checkIdempotent(core, text, {})).not.toThrow();
    const corner = core.lint(text).messages.filter((m) => m.line === 59 && m.column === 20);
    expect(corner.map((m) => [m.ruleId, !!m.fix])).toEqual([['results-total', false]]);
  });
});

describe('the independent line/column count', () => {
  it('agrees with LineIndex on \\n, \\r\\n and \\r, offsets inside \\r\\n included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', '\ud83d\ude00'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const lines = new core.LineIndex(text);
        const offsets = Array.from({ length: text.length + 1 }, (_, k) => k).reverse();
        const ours = P.positionsOf(text, offsets);
        offsets.forEach((o, k) => expect(ours[k]).toEqual(lines.position(o)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('1 MB adversarial inputs complete', () => {
  const report = fixture('synthetic/correct.txt');
  it.each(A.ADVERSARIAL.map((p) => [p.name, p] as const))('%s', (_name, pattern) => {
    const { text, options } = A.adversarialInput(pattern, 1024 * 1024, report);
    expect(text.length).toBeGreaterThan(300_000);
    const { messages } = core.lint(text, options);
    P.checkMessages(text, messages);
  });
  it('50,000 short lines and one giant line, with fixText', () => {
    const short = '1\t无\n'.repeat(50_000);
    const giant = report.replace(/\n/g, ' ').repeat(300);
    for (const text of [short, giant, report + short, report.replace('五、存在', giant + '\n五、存在')]) {
      const { output, messages } = core.fixText(text, { force: true });
      P.checkMessages(output, messages);
    }
  });
  // Found on 10 MB one-line inputs: a table stretch of more blank-separated runs than a call takes
  // arguments (`push(...chunks)` overflowed the stack), and runs of digits and text cut recursively.
  it('a table line of 300,000 cells and a 200,000-piece run of digits and text', () => {
    const row = '一、本年新收政府信息公开申请数量';
    const cells = report.replace(row, `${row} ${'1 '.repeat(300_000)}`);
    const pieces = report.replace(row, `${row} ${'1公'.repeat(200_000)}`);
    for (const text of [cells, pieces]) P.checkMessages(text, core.lint(text).messages);
  });
});
