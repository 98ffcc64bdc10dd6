// didChange → publishDiagnostics latency of the bundled language server over stdio, shared by
// `npm run bench` (d) and server/bench/latency.mjs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, ROOT } from './generate.mjs';

const require = createRequire(import.meta.url);

/** Opens `text` in a fresh server (`serverPath`) and times `edits` incremental didChange edits
 *  (after 3 warm-up edits), each changing one digit of the 自然人 cell of （一）予以公开, until the
 *  publishDiagnostics of that version. Each answer is checked: row-total is reported exactly when the
 *  digit differs from the one in `text`. Returns the times, the server's own lint times (from
 *  reportLint/status), didOpen → first diagnostics, notes, and the debounce in effect. */
export async function lspLatency(serverPath, text, settings, edits) {
  const rpc = require('vscode-languageserver-protocol/node');
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = [];
  const lintMs = [];
  const notes = [];
  let debounceMs;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const t = performance.now();
    for (const w of [...waiters]) if (w.uri === p.uri && w.version === p.version) (waiters.splice(waiters.indexOf(w), 1), w.resolve({ t, diagnostics: p.diagnostics }));
  });
  conn.onNotification('reportLint/status', (p) => {
    if (typeof p?.ms === 'number') lintMs.push(p.ms);
  });
  conn.onNotification(() => {});
  conn.onRequest('workspace/configuration', (params) => (params?.items ?? []).map((it) => (it.section === 'reportLint' ? settings : it.section ? null : { reportLint: settings })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest(() => null);
  conn.listen();
  const waitFor = (uri, version, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const w = { uri, version, resolve };
      waiters.push(w);
      setTimeout(() => reject(new Error(`no publishDiagnostics for version ${version} within ${timeoutMs} ms${stderr ? `; stderr: ${stderr.slice(0, 300)}` : ''}`)), timeoutMs).unref();
    });
  try {
    const path = join(BENCH_DIR, 'lsp-1mb.txt');
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(BENCH_DIR).href,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
      initializationOptions: { reportLint: settings },
    });
    conn.sendNotification('initialized', {});
    let s = performance.now();
    let version = 1;
    const opened = waitFor(uri, version);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    const first = await opened;
    const openMs = first.t - s;
    // The cell to edit: the 自然人 number of （一）予以公开 (two digits in every generated report).
    // Followed by a tab, or (a PDF copy) by line breaks.
    const cell = /（一）予以公开\s+/.exec(text);
    const at = cell ? cell.index + cell[0].length : 0;
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - before.lastIndexOf('\n') - 1;
    const original = text[at];
    let digit = original;
    if (!/\d/.test(digit)) notes.push(`the edited cell starts with ${JSON.stringify(digit)}, not a digit`);
    const times = [];
    const warmUp = 3; // edits not counted: the server's JIT warms up on the first ones
    for (let i = -warmUp; i < edits; i++) {
      const next = String((Number(digit) + 1) % 10);
      version++;
      const done = waitFor(uri, version);
      s = performance.now();
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, rangeLength: 1, text: next }],
      });
      const answer = await done;
      const rowTotal = answer.diagnostics.some((d) => d.code === 'row-total');
      if (rowTotal !== (next !== original)) throw new Error(`version ${version}: row-total ${rowTotal ? 'reported' : 'missing'} after setting the cell to ${next}`);
      if (i >= 0) times.push(answer.t - s);
      digit = next;
      await new Promise((r) => setTimeout(r, 20));
    }
    debounceMs = settings.debounceMs;
    if (debounceMs === undefined) {
      try {
        const mod = readFileSync(join(ROOT, 'server/src/settings.ts'), 'utf8');
        debounceMs = Number(/debounceMs:\s*(\d+)\s*}/.exec(mod)?.[1]) || undefined;
      } catch {
        /* unknown */
      }
    }
    return { times, openMs, firstCodes: [...new Set(first.diagnostics.map((d) => d.code))], lintMs: lintMs.slice(1 + warmUp), notes, debounceMs };
  } finally {
    try {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    setTimeout(() => proc.kill(), 500).unref();
    await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
    conn.dispose();
  }
}
