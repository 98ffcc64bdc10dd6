// didChange → publishDiagnostics latency of the bundled server over stdio, on a generated report
// (the one `npm run bench` (d) uses; the measuring is shared with it, in scripts/lib/lsp.mjs).
//   node server/bench/latency.mjs [--size BYTES] [--runs N] [--debounce MS]
// Each edit changes one digit of a 表三 cell and waits for the diagnostics of that version.
// Prints median / p95 / max of the round trip and of the server's own lint time (reportLint/status).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, ROOT, bigReport } from '../../scripts/lib/generate.mjs';
import { lspLatency } from '../../scripts/lib/lsp.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const size = arg('--size', 1024 * 1024);
const runs = arg('--runs', 40);
const debounce = arg('--debounce', 0);

mkdirSync(BENCH_DIR, { recursive: true });
const text = bigReport(size, 'text');
const r = await lspLatency(join(ROOT, 'server/dist/server.js'), text, { debounceMs: debounce }, runs);

const q = (xs, f) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(f * s.length))];
};
const fmt = (x) => x.toFixed(1);
console.log(`document: ${(Buffer.byteLength(text) / 1048576).toFixed(2)} MiB UTF-8, ${text.length} UTF-16 units, ${text.split('\n').length} lines; debounceMs ${debounce}; ${r.times.length} runs`);
console.log(`open → diagnostics: ${fmt(r.openMs)} ms (${r.firstCodes.length ? r.firstCodes.join(', ') : 'no diagnostics'})`);
console.log(`didChange → publishDiagnostics: median ${fmt(q(r.times, 0.5))} ms, p95 ${fmt(q(r.times, 0.95))} ms, max ${fmt(Math.max(...r.times))} ms`);
console.log(`core lint time (server side):  median ${fmt(q(r.lintMs, 0.5))} ms, p95 ${fmt(q(r.lintMs, 0.95))} ms`);
for (const n of r.notes) console.log(`note: ${n}`);
