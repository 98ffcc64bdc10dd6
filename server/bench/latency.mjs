// didChange → publishDiagnostics latency of the bundled server over stdio, on a ~1 MB report.
//   node server/bench/latency.mjs [--size BYTES] [--runs N] [--debounce MS]
// The document is fixtures/synthetic/row-total.txt with prose paragraphs added to section 一 until
// it reaches --size bytes of UTF-8 (default 1 MiB). Each run edits one cell (the wrong total 28 ↔ 27,
// an incremental change of one character) and waits for the diagnostics of that version.
// Prints median / p95 / max of the round trip and of the core's own time (from reportLint/status).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const size = arg('--size', 1024 * 1024);
const runs = arg('--runs', 40);
const debounce = arg('--debounce', 0);

const seedPath = join(root, 'fixtures/synthetic/row-total.txt');
const seed = readFileSync(seedPath, 'utf8');
const anchor = '二、主动公开政府信息情况';
const para = '本机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开、政策解读和回应关切，持续推进政务公开标准化规范化建设，不断提升政府信息公开质量和实效。\n\n';
let padding = '';
const need = size - Buffer.byteLength(seed);
const reps = Math.max(0, Math.ceil(need / Buffer.byteLength(para)));
padding = para.repeat(reps);
const at = seed.indexOf(anchor);
const text = seed.slice(0, at) + padding + seed.slice(at);
const lines = text.split('\n');
const totalLine = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
const totalCol = lines[totalLine].lastIndexOf('28');

const proc = spawn(process.execPath, [join(root, 'server/dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiting = new Map();
const coreMs = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const w = waiting.get(p.version);
  if (w) {
    waiting.delete(p.version);
    w(p);
  }
});
conn.onNotification('reportLint/status', (s) => coreMs.set(s.version, s.ms));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: debounce })));
conn.onRequest('client/registerCapability', () => null);
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await conn.sendNotification('initialized', {});

const uri = pathToFileURL(join(root, 'fixtures/synthetic/bench-1mb.txt')).href;
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
let t = performance.now();
let p = published(1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
let first = await p;
const openMs = performance.now() - t;
const codes = (d) => d.diagnostics.map((x) => x.code);

const round = [];
const core = [];
let current = '28';
for (let v = 2; v < runs + 2 + 5; v++) {
  const next = current === '28' ? '27' : '28';
  const range = { start: { line: totalLine, character: totalCol + 1 }, end: { line: totalLine, character: totalCol + 2 } };
  t = performance.now();
  p = published(v);
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: next[1] }] });
  const d = await p;
  const ms = performance.now() - t;
  const hasTotal = codes(d).includes('row-total');
  if (hasTotal !== (next === '28')) throw new Error(`version ${v}: row-total ${hasTotal ? 'present' : 'absent'} after setting ${next}`);
  current = next;
  if (v >= 7) round.push(ms);
}
await new Promise((r) => setTimeout(r, 100)); // the status notifications follow the diagnostics
for (const [v, ms] of coreMs) if (v >= 7) core.push(ms);
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');

const q = (xs, f) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(f * s.length))];
};
const fmt = (x) => x.toFixed(1);
console.log(`document: ${(Buffer.byteLength(text) / 1048576).toFixed(2)} MiB UTF-8, ${text.length} UTF-16 units, ${lines.length} lines; debounceMs ${debounce}; ${round.length} runs`);
console.log(`open → diagnostics: ${fmt(openMs)} ms (${first.diagnostics.length} diagnostics: ${[...new Set(codes(first))].join(', ')})`);
console.log(`didChange → publishDiagnostics: median ${fmt(q(round, 0.5))} ms, p95 ${fmt(q(round, 0.95))} ms, max ${fmt(Math.max(...round))} ms`);
console.log(`core lint time (server side):  median ${fmt(q(core, 0.5))} ms, p95 ${fmt(q(core, 0.95))} ms`);
