// npm run corpus [-- DIR] [--update-cells]: lints the real reports of ../shared/corpus (or DIR), holds
// the result to fixtures/corpus-expected.json and prints a table per file and a summary line.
//
// The expectations hold rule ids, lines and the tables' numbers, never the reports' text: what each
// file must report (E, as its hand-checked defects), should report (W), and the 表三/表四 cells as read
// ('?' for a cell the reader declares unreadable). Any other error or warning is a false positive.
// Exit 1 when an E is missed, a false positive appears or a cell is read differently.
// --update-cells rewrites the cell expectations from what is read now: review the diff.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const updateCells = args.includes('--update-cells');
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus');
if (!existsSync(dir)) {
  console.log(`corpus: ${dir} not found, nothing to check (the real reports live outside the repository)`);
  process.exit(0);
}

const out = join(root, '.bench/core-corpus.js');
await build({
  entryPoints: [join(root, 'packages/core/src/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'error',
  conditions: ['report-lint-source'],
  external: ['pdfjs-dist'],
});
const core = createRequire(import.meta.url)(out);
const expectedFile = join(root, 'fixtures/corpus-expected.json');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));

/** A table's cells as read, one string per row in the format's row order: `20,3,0,1,2,1,27`. */
function cellRows(table, rows, columns) {
  if (!table) return undefined;
  const at = new Map(table.cells.map((c) => [`${c.row}|${c.col}`, c]));
  const show = (c) => (!c ? '?' : c.status === 'number' ? String(c.value) : c.status === 'blank' ? '_' : c.raw);
  return rows.map((r) => columns.map((col) => show(at.get(`${r}|${col}`))).join(','));
}

function readCells(model) {
  const apps = model.tables.applications;
  const legacy = apps?.legacyMarkers.length > 0;
  const rows = core.APPLICATION_ROWS.filter((r) => (legacy ? !r.key.startsWith('results.other.') && (r.values || r.key === 'results.other') : r.values)).map((r) => r.key);
  return {
    applications: cellRows(apps, rows, apps?.columns ?? []),
    review: cellRows(model.tables.review, core.REVIEW_GROUPS.map((g) => g.key), core.REVIEW_COLUMNS.map((c) => c.key)),
  };
}

const count = (rowsOfCells, pred) => (rowsOfCells ?? []).flatMap((r) => r.split(',')).filter(pred).length;
// The reports as text, then the web pages some of them were published as (html/): a page must give
// the findings of its text, with the cells read from its grid.
const htmlDir = join(dir, 'html');
const files = [
  ...readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort(),
  ...(existsSync(htmlDir) ? readdirSync(htmlDir).filter((f) => /\.html?$/.test(f)).sort().map((f) => `html/${f}`) : []),
];
const rows = [];
const totals = { E: 0, Efound: 0, W: 0, Wfound: 0, fp: 0, info: 0, cells: 0, read: 0, wrong: 0 };
for (const name of files) {
  const bytes = readFileSync(join(dir, name));
  const { messages, model } = name.startsWith('html/') ? await core.lintDocument(bytes, name, {}) : core.lint(bytes.toString('utf8'), { filePath: name });
  const exp = expected[name] ?? { E: [], W: [] };
  const unmatched = messages.filter((m) => m.severity !== 'info');
  const take = (rule) => {
    const i = unmatched.findIndex((m) => m.ruleId === rule);
    return i >= 0 ? unmatched.splice(i, 1)[0] : undefined;
  };
  const missedE = exp.E.filter((r) => !take(r));
  const missedW = exp.W.filter((r) => !take(r));
  const cells = readCells(model);
  let wrong = 0;
  for (const kind of ['applications', 'review']) {
    const want = exp.cells?.[kind];
    const got = cells[kind];
    if (!want) continue;
    want.forEach((row, i) => {
      const g = (got?.[i] ?? '').split(',');
      row.split(',').forEach((v, k) => (wrong += g[k] !== v ? 1 : 0));
    });
  }
  if (updateCells) expected[name] = { ...exp, cells };
  // A cell is read when its value (a number, blank or text) is known: '?' is one declared unreadable.
  const known = (v) => v !== '?';
  const read = count(cells.applications, known) + count(cells.review, known);
  const all = count(cells.applications, () => true) + count(cells.review, () => true);
  const infos = messages.filter((m) => m.severity === 'info');
  rows.push({ name, E: `${exp.E.length - missedE.length}/${exp.E.length}`, W: `${exp.W.length - missedW.length}/${exp.W.length}`, fp: unmatched.length, info: infos.length, cells: `${read}/${all}`, wrong, missedE, missedW, unmatched });
  totals.E += exp.E.length;
  totals.Efound += exp.E.length - missedE.length;
  totals.W += exp.W.length;
  totals.Wfound += exp.W.length - missedW.length;
  totals.fp += unmatched.length;
  totals.info += infos.length;
  totals.cells += all;
  totals.read += read;
  totals.wrong += wrong;
}
if (updateCells) writeFileSync(expectedFile, JSON.stringify(expected, null, 1) + '\n');

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('file', 15)}${pad('E', 7)}${pad('W', 7)}${pad('false+', 8)}${pad('info', 6)}${pad('cells read', 12)}cells wrong`);
for (const r of rows) {
  console.log(`${pad(r.name, 15)}${pad(r.E, 7)}${pad(r.W, 7)}${pad(r.fp, 8)}${pad(r.info, 6)}${pad(r.cells, 12)}${r.wrong}`);
  for (const e of r.missedE) console.log(`    missed E: ${e}`);
  for (const w of r.missedW) console.log(`    missed W: ${w}`);
  for (const m of r.unmatched) console.log(`    false positive: ${m.ruleId} ${m.line}:${m.column} ${m.message.slice(0, 80)}`);
}
console.log(
  `corpus: ${files.length} reports, E found ${totals.Efound}/${totals.E}, W found ${totals.Wfound}/${totals.W}, ` +
    `false positives ${totals.fp}, info ${totals.info}, cells read ${totals.read}/${totals.cells} (${totals.wrong} differ from the expectations)`,
);
process.exit(totals.Efound < totals.E || totals.fp > 0 || totals.wrong > 0 ? 1 : 0);
