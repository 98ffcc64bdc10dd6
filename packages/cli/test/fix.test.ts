/** --fix and --fix-dry-run: only the fixed text changes; encoding, BOM, line endings and mode stay. */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { cli, fixture, json, makeTmp, readFixture, ROW_TOTAL, ROW_TOTAL_LINE, rowTotalFixed, removeTmp } from './helpers';

afterAll(removeTmp);

const original = readFixture(ROW_TOTAL);
const expected = rowTotalFixed(original);

/** Writes `bytes` to a fresh temp dir, runs --fix twice, returns the bytes after each run. */
function fixTwice(name: string, bytes: Buffer) {
  const dir = makeTmp();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const first = cli(['--fix', file]);
  const afterFirst = readFileSync(file);
  const second = cli(['--fix', file]);
  const afterSecond = readFileSync(file);
  return { dir, file, first, second, afterFirst, afterSecond };
}

/** Number of differing bytes between two equally long buffers. */
function bytesChanged(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

describe('--fix', () => {
  test('UTF-8: fixes the wrong total, reports what remains, and a second run changes nothing', () => {
    const r = fixTwice('report.txt', Buffer.from(original));
    expect(r.first.status).toBe(0);
    expect(r.afterFirst.toString('utf8')).toBe(expected);
    expect(bytesChanged(Buffer.from(original), r.afterFirst)).toBe(1);
    expect(r.afterSecond.equals(r.afterFirst)).toBe(true);
    expect(r.second.status).toBe(0);
    // No temporary files are left behind.
    expect(readdirSync(r.dir)).toEqual(['report.txt']);
  });

  test('CRLF line endings are kept', () => {
    const crlf = Buffer.from(original.replace(/\n/g, '\r\n'));
    const r = fixTwice('crlf.txt', crlf);
    expect(r.afterFirst.equals(Buffer.from(expected.replace(/\n/g, '\r\n')))).toBe(true);
    expect(bytesChanged(crlf, r.afterFirst)).toBe(1);
    expect(r.afterSecond.equals(r.afterFirst)).toBe(true);
  });

  test('a GBK file stays GBK', () => {
    const gbk = iconv.encode(original, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const r = fixTwice('gbk.txt', gbk);
    expect(iconv.decode(r.afterFirst, 'gbk')).toBe(expected);
    expect(r.afterFirst.equals(iconv.encode(expected, 'gbk'))).toBe(true);
    expect(bytesChanged(gbk, r.afterFirst)).toBe(1);
    expect(r.afterSecond.equals(r.afterFirst)).toBe(true);
  });

  test('a UTF-8 BOM is kept', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]);
    const r = fixTwice('bom.md', bom);
    expect(r.afterFirst.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(bytesChanged(bom, r.afterFirst)).toBe(1);
  });

  test('UTF-16 LE and BE with BOM stay so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const rl = fixTwice('le.txt', le);
    expect(rl.afterFirst.equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(expected, 'utf16le')]))).toBe(true);
    expect(rl.afterSecond.equals(rl.afterFirst)).toBe(true);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(original, 'utf16le').swap16()]);
    const rb = fixTwice('be.txt', be);
    expect(rb.afterFirst.equals(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(expected, 'utf16le').swap16()]))).toBe(true);
  });

  test('the file mode is kept', () => {
    const dir = makeTmp();
    const file = join(dir, 'mode.txt');
    writeFileSync(file, original);
    chmodSync(file, 0o640);
    cli(['--fix', file]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  test('无 becomes 0 (cell-not-number)', () => {
    const dir = makeTmp();
    const file = join(dir, 'placeholder.txt');
    writeFileSync(file, readFileSync(fixture('cli/placeholder.txt')));
    const run = cli(['--fix', '-f', 'json', file]);
    expect(json(run)[0].messages).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(readFixture('synthetic/correct.txt'));
  });

  test('the remaining messages are reported', () => {
    const dir = makeTmp();
    const file = join(dir, 'r.txt');
    writeFileSync(file, original);
    const run = cli(['--fix', '-f', 'json', '--rule', 'balance:off', '--rule', 'narrative-table:off', '--rule', 'report-title:error', file]);
    const messages = json(run)[0].messages;
    expect(messages.some((m) => m.ruleId === 'row-total')).toBe(false);
  });

  test('standard input: the fixed text goes to stdout', () => {
    const run = cli(['--fix', '-'], { input: Buffer.from(original) });
    expect(run.stdout).toBe(expected);
    expect(run.status).toBe(0);
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff and writes nothing', () => {
    const dir = makeTmp();
    const file = join(dir, '年度报告.txt'); // a Chinese name stays readable in the diff headers
    writeFileSync(file, original);
    const before = statSync(file).mtimeMs;
    const run = cli(['--fix-dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(run.stdout).toContain(`--- ${file}`);
    expect(run.stdout).toContain(`+++ ${file}`);
    expect(run.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(run.stdout).toContain(`\n-${ROW_TOTAL_LINE}28\n`);
    expect(run.stdout).toContain(`\n+${ROW_TOTAL_LINE}27\n`);
    expect(readdirSync(dir)).toEqual(['年度报告.txt']);
  });

  test('prints nothing on stdout for a file with nothing to fix', () => {
    const run = cli(['--fix-dry-run', fixture('synthetic/correct.txt')]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
