// Dev aid: prints the report model of a file (sections, tables) as the parser reads it.
import { build } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
mkdirSync('.bench', { recursive: true });
await build({ entryPoints: ['packages/core/src/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '.bench/core-dev.js', logLevel: 'error' });
const core = require('../../.bench/core-dev.js');
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const model = core.parseReport(text, { filePath: file });
const lines = new core.LineIndex(text);
const ln = (o) => lines.position(o).line;
console.log('format', model.format, 'isReport', model.isReport, 'year', model.year, 'title', model.title?.text, ln(model.title?.span.start ?? 0));
for (const s of model.sections) console.log(`  L${ln(s.heading.start)} ${s.numeral}(${s.number}) ${s.title.text} [${s.style}${s.depth ? ' ' + s.depth : ''}]`);
for (const [k, t] of Object.entries(model.tables)) {
  console.log(`table ${k} L${ln(t.span.start)}-${ln(t.span.end)} confident=${t.confident} ${t.doubt ?? ''} legacy=${t.legacyMarkers.map((m) => m.text).join(',')} cols=${t.columns.join(',')}`);
  console.log('  labels:', t.labels.map((l) => `${l.key}${l.misspelt ? '!' + l.text : ''}@${ln(l.span.start)}`).join(' '));
  const byRow = new Map();
  for (const c of t.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const [r, cs] of byRow) console.log(`  ${r}: ${cs.map((c) => `${c.col}=${c.status === 'number' ? c.value : c.status + ':' + JSON.stringify(c.raw)}@${ln(c.span.start)}`).join(' ')}`);
}
if (process.argv[3] === '--lint') for (const m of core.lint(text, { filePath: file }).messages) console.log(`${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
