/** Golden tests: every fixture gives exactly the diagnostics recorded in fixtures/expected/, and the
 *  seed reports' known defects (issue #2) are all among them. Regenerate with
 *  `node scripts/update-expected.mjs` and review the diff. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src';

const FIXTURES = join(__dirname, '../../../fixtures');

interface Expected {
  line: number;
  ruleId: string;
  severity: string;
}

const cases = ['seeds', 'synthetic'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir)).map((name) => ({ dir, name, file: join(FIXTURES, dir, name) })),
);

const diagnostics = (file: string): Expected[] =>
  lint(readFileSync(file, 'utf8'), { filePath: file }).messages.map((m) => ({ line: m.line, ruleId: m.ruleId, severity: m.severity }));

describe.each(cases)('$dir/$name', ({ dir, name, file }) => {
  it('gives exactly the recorded diagnostics', () => {
    const expected: Expected[] = JSON.parse(readFileSync(join(FIXTURES, 'expected', `${dir}-${name}.json`), 'utf8'));
    expect(diagnostics(file)).toEqual(expected);
  });
});

/** The defects each seed is known to have (rule id @ line). */
const KNOWN_DEFECTS: Record<string, string[]> = {
  '000_19b186ad1a196a36.txt': ['table-legacy-format@12', 'table-legacy-format@489', 'fee-statement@589'],
  '001_ff4af530816f6324.txt': ['table-shape@37', 'table-label@20'],
  '002_3de73757d3cdff2d.txt': ['doc-number-format@383', 'title-mark-nesting@383'],
  '003_f0739a87bbbceb08.txt': [
    'report-title@3',
    'section-title@89',
    'section-order@95',
    'section-order@99',
    'section-missing@99',
    'cell-not-number@55',
    'cell-not-number@57',
    'cell-not-number@87',
    'fee-statement@99',
  ],
  '004_e37f677c45259637.txt': ['heading-level@37', 'heading-level@85', 'heading-level@92', 'heading-level@98'],
};

/** Errors that are allowed on the seeds: exactly the known defects of error severity. */
describe('seed reports', () => {
  it.each(Object.entries(KNOWN_DEFECTS))('%s: every known defect is found, and no other error', (name, defects) => {
    const found = diagnostics(join(FIXTURES, 'seeds', name));
    const keys = found.map((d) => `${d.ruleId}@${d.line}`);
    for (const d of defects) expect(keys).toContain(d);
    const errors = found.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}@${d.line}`);
    for (const e of errors) expect(defects).toContain(e);
  });

  it('the correct synthetic reports give nothing at all', () => {
    expect(diagnostics(join(FIXTURES, 'synthetic/correct.txt'))).toEqual([]);
    expect(diagnostics(join(FIXTURES, 'synthetic/correct.md'))).toEqual([]);
    expect(diagnostics(join(FIXTURES, 'synthetic/correct.setext.md'))).toEqual([]);
  });
});
