/** Golden tests: every fixture gives exactly the diagnostics recorded in fixtures/expected/, and the
 *  seed reports' known defects (issue #2) are all among them. Regenerate with
 *  `node scripts/update-expected.mjs` and review the diff. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ROWS, lint } from '../src';

const FIXTURES = join(__dirname, '../../../fixtures');

interface Expected {
  line: number;
  ruleId: string;
  severity: string;
}

/** The fixtures of each folder: report files only (shapes/ also holds its README and the PDFs' sources). */
export const fixtureFiles = (dir: string) => readdirSync(join(FIXTURES, dir)).filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md');

const cases = ['seeds', 'synthetic', 'shapes'].flatMap((dir) => fixtureFiles(dir).map((name) => ({ dir, name, file: join(FIXTURES, dir, name) })));

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

/** The shapes real reports arrive in (fixtures/shapes/README.md, written by scripts/dev/make-shapes.py):
 *  each correct file gives no error or warning and its cells are read as the source numbers; each
 *  single-defect file gives that defect (and, for a wrong row total, the balance it breaks). */
describe('shape fixtures', () => {
  const readme = readFileSync(join(FIXTURES, 'shapes/README.md'), 'utf8');
  const table3 = readme.slice(readme.indexOf('The 表三 of the correct files'));
  const expectedRows = [...table3.matchAll(/^\| (\S[^|]*?) \| ((?:\d+ \| ){6}\d+) \|$/gm)].map((m) => m[2].split(' | ').map(Number));
  const expectedReview = /表四: ([\d ]+)\./.exec(readme)![1].split(' ').map(Number);
  const lintShape = (name: string) => lint(readFileSync(join(FIXTURES, 'shapes', name), 'utf8'), { filePath: name });
  const shapes = fixtureFiles('shapes');

  it.each(shapes.filter((n) => n.includes('.correct.')))('%s: no error or warning', (name) => {
    expect(lintShape(name).messages.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId}@${m.line}`)).toEqual([]);
  });

  it.each(shapes.filter((n) => n.includes('.correct.') && !n.startsWith('legacy')))('%s: every cell read is the source number', (name) => {
    const { model } = lintShape(name);
    const t3 = model.tables.applications!;
    const keys = t3.rows.filter((r) => t3.cells.some((c) => c.row === r));
    const read = keys.map((r) => t3.columns.map((col) => t3.cells.find((c) => c.row === r && c.col === col)?.value));
    const rowsOfSpec = APPLICATION_ROWS.filter((r) => r.values).map((r) => r.key);
    for (const [k, row] of keys.entries()) expect(read[k]).toEqual(expectedRows[rowsOfSpec.indexOf(row)]);
    // pdfcopy declares its displaced rows unreadable: fewer rows, none wrong.
    expect(keys.length).toBe(name.startsWith('pdfcopy') ? keys.length : rowsOfSpec.length);
    expect(model.tables.review!.cells.map((c) => c.value)).toEqual(expectedReview);
  });

  it.each(shapes.filter((n) => !n.includes('.correct.') && !n.includes('fee-section')))('%s: gives its one defect', (name) => {
    const errors = lintShape(name).messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId);
    const defect = name.includes('review-total') ? ['review-total'] : ['row-total', 'balance'];
    // pdfcopy: the 总计 column's balance needs （七） and 四, which come after its displaced labels.
    expect(errors).toEqual(name.startsWith('pdfcopy') ? defect.slice(0, 1) : defect);
  });
});
