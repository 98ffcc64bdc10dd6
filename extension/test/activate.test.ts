/** The bundled extension, activated against a stand-in `vscode` module (test/fake-vscode/activate.js):
 *  vscode-languageclient starts the real server over node-ipc, syncs an open report, and the
 *  diagnostics, the status bar item and the fix-all command come back through it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXT = join(__dirname, '..');
const ROOT = join(EXT, '..');
const HARNESS = join(__dirname, 'fake-vscode', 'activate.js');

interface Run {
  commands: string[];
  diagnostics: { count: number; codes: string[] }[];
  status: string[];
  statusText?: string;
  statusCommand?: string;
  applied: number;
  fixAllResult?: { applied: boolean; edits: number };
  errors: string[];
}

function activate(file: string): Run {
  if (!existsSync(join(EXT, 'dist', 'extension.js'))) throw new Error('extension/dist missing: run node scripts/build.mjs');
  const out = execFileSync(process.execPath, [HARNESS, EXT, file], { encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

test('activation starts the server; a report gets diagnostics, status and fix-all', () => {
  const r = activate(join(ROOT, 'fixtures/synthetic/row-total.txt'));
  expect(r.errors).toEqual([]);
  expect(r.commands).toEqual(expect.arrayContaining(['reportLint.fixAll', 'reportLint.showOutput']));
  expect(r.diagnostics.at(-1)?.codes).toEqual(expect.arrayContaining(['row-total', 'balance']));
  expect(r.statusText).toMatch(/^年报 ✖\d+( ⚠\d+)?$/);
  expect(r.statusCommand).toBe('reportLint.fixAll');
  // The palette command (no argument) fixes the active document through workspace/applyEdit.
  expect(r.fixAllResult).toEqual({ applied: true, edits: 1 });
  expect(r.applied).toBe(1);
}, 40_000);

test('a document that is not a report: no diagnostics, no status item', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-ext-'));
  try {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, '购物清单\n\n一、苹果\n二、香蕉\n');
    const r = activate(file);
    expect(r.errors).toEqual([]);
    expect(r.diagnostics.every((d) => d.count === 0)).toBe(true);
    expect(r.status).toEqual([]);
    expect(r.fixAllResult).toEqual({ applied: false, edits: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 40_000);
