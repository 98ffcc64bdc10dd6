/** The bundled extension, activated against a stand-in `vscode` module (test/fake-vscode/activate.js):
 *  vscode-languageclient starts the real server over node-ipc, syncs an open report, and the
 *  diagnostics, the status bar item and the fix-all command come back through it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXT = join(__dirname, '..');
const ROOT = join(EXT, '..');
const HARNESS = join(__dirname, 'fake-vscode', 'activate.js');

interface Run {
  commands: string[];
  diagnostics: { uri: string; count: number; codes: string[]; messages: string[]; ranges: number[][] }[];
  messages: string[];
  executed: string[];
  checked?: {
    answer?: { uri: string; kind?: string; errors?: number; error?: string };
    view?: string;
    diagnostics?: { count: number; codes: string[]; messages: string[]; ranges: number[][] };
    content?: string;
    sameAsAnswer: boolean;
    watched?: boolean;
    afterChange?: { count: number; codes: string[] };
    contentAfterChange?: string;
  };
  status: string[];
  statusText?: string;
  statusCommand?: string;
  applied: number;
  fixAllResult?: { applied: boolean; edits: number };
  errors: string[];
}

function activate(file: string, checkFile?: string, replacement?: string): Run {
  if (!existsSync(join(EXT, 'dist', 'extension.js'))) throw new Error('extension/dist missing: run node scripts/build.mjs');
  const out = execFileSync(process.execPath, [HARNESS, EXT, file, ...(checkFile ? [checkFile] : []), ...(replacement ? [replacement] : [])], { encoding: 'utf8', timeout: 30_000 });
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

test('an .html report page is linted live; its wrong total at the <td> in the page', () => {
  const page = join(ROOT, 'fixtures/html/row-total.cms.html');
  const r = activate(page);
  expect(r.errors).toEqual([]);
  const last = r.diagnostics.filter((d) => d.uri.endsWith('row-total.cms.html')).at(-1)!;
  expect([...last.codes].sort()).toEqual(['balance', 'row-total']);
  const [line, character] = last.ranges[last.codes.indexOf('row-total')];
  expect(readFileSync(page, 'utf8').split('\n')[line].slice(character, character + 2)).toBe('28');
  expect(r.statusText).toBe('年报 ✖2');
}, 40_000);

describe('检查此文件 (reportLint.checkFile)', () => {
  const lineOf = (text: string, range: number[]) => text.split('\n')[range[0]].slice(range[1], range[3]);

  test.each([
    ['fixtures/docx/row-total.docx', '表三 第 4 行 第 10 列'],
    // LibreOffice prints 表三 from the second page on (pdftotext agrees).
    ['fixtures/pdf/row-total.libreoffice.pdf', '第 2 页'],
  ])('%s: the problems on the extracted view, which the provider shows', (file, place) => {
    const r = activate(join(ROOT, 'fixtures/synthetic/correct.txt'), join(ROOT, file));
    expect(r.errors).toEqual([]);
    expect(r.commands).toContain('reportLint.checkFile');
    const c = r.checked!;
    expect(c.view).toBe(`report-lint-extracted:${join(ROOT, file)}.txt`);
    expect(c.diagnostics?.codes).toEqual(['row-total', 'balance']);
    expect(c.diagnostics?.messages[0]).toMatch(new RegExp(`应为 27（${place}）$`));
    // The view's text is what the server read, and the range in it is the wrong total.
    expect(c.sameAsAnswer).toBe(true);
    expect(lineOf(c.content!, c.diagnostics!.ranges[0])).toBe('28');
    expect(r.messages).toContain(`report-lint：「${file.split('/').pop()}」有 2 个错误，0 个警告，0 条提示，见「问题」面板（点击问题即打开提取的文字）。`);
    expect(r.executed).toContain('workbench.panel.markers.view.focus');
  }, 40_000);

  test('a checked file saved again is checked again: the Problems and the view follow it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-ext-'));
    try {
      const file = join(dir, 'draft.docx');
      writeFileSync(file, readFileSync(join(ROOT, 'fixtures/docx/row-total.docx')));
      const r = activate(join(ROOT, 'fixtures/synthetic/correct.txt'), file, join(ROOT, 'fixtures/docx/correct.docx'));
      expect(r.errors).toEqual([]);
      expect(r.checked?.diagnostics?.codes).toEqual(['row-total', 'balance']);
      expect(r.checked?.watched).toBe(true);
      // The total corrected in Word and saved: nothing left, and the view shows 27.
      expect(r.checked?.afterChange?.count).toBe(0);
      expect(r.checked?.contentAfterChange).toMatch(/一、本年新收政府信息公开申请数量(\t\d*)*\t27\n/);
      expect(r.checked?.content).toMatch(/一、本年新收政府信息公开申请数量(\t\d*)*\t28\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);

  test('a scanned PDF: the reader says what it is, nothing is listed', () => {
    const r = activate(join(ROOT, 'fixtures/synthetic/correct.txt'), join(ROOT, 'fixtures/pdf/scanned.pdf'));
    expect(r.errors).toEqual([]);
    expect(r.checked?.answer?.error).toMatch(/可能是扫描件/);
    expect(r.checked?.diagnostics?.count).toBe(0);
    expect(r.messages.some((m) => /^report-lint：「scanned\.pdf」PDF 中没有可提取的文字/.test(m))).toBe(true);
  }, 40_000);
});
