/** The CLI's file handling under hostile conditions (issue 13): unreadable folders, read-only
 *  files, devices and endless input, bytes that do not round-trip, closed or full output, bad
 *  encodings, links, and files changed while being fixed. */
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { FixNotWritten, writeFixedFile } from '../src/fix-write';
import { BIN, cli, fixture, json, makeOpenTmp, makeTmp, ordinaryUid, readFixture, ROOT, ROW_TOTAL, ROW_TOTAL_LINE, rowTotalFixed, removeTmp } from './helpers';

afterAll(removeTmp);

const original = readFixture(ROW_TOTAL);
const fixedText = rowTotalFixed(original);

describe('1. --fix on a read-only file', () => {
  test('refuses, says so, exits 2, leaves the file as it was, and still reports its problems', () => {
    const dir = makeTmp();
    const file = join(dir, 'locked.txt');
    writeFileSync(file, original);
    chmodSync(file, 0o444);
    const run = cli(['--fix', '-f', 'json', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('文件是只读的，未写入修复');
    expect(run.stderr).toContain('(read-only file, fix not written)');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    const reported = json(run);
    expect(reported.map((f) => f.filePath)).toEqual([file]);
    expect(reported[0].messages.map((m) => m.ruleId)).toContain('row-total');
  });
});

describe('2. and 3. unreadable folders and what a failed look-up says', () => {
  const ordinary = ordinaryUid === undefined ? {} : { uid: ordinaryUid };

  test('a directory walk names an unreadable subdirectory and exits 2', () => {
    const dir = makeOpenTmp();
    copyFileSync(fixture('synthetic/correct.txt'), join(dir, 'ok.txt'));
    mkdirSync(join(dir, 'locked'));
    copyFileSync(fixture(ROW_TOTAL), join(dir, 'locked', 'hidden.txt'));
    chmodSync(join(dir, 'locked'), 0o000);
    const run = cli(['-f', 'json', dir], ordinary);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`无法读取目录：没有访问权限（EACCES）: ${join(dir, 'locked')} (cannot read directory: permission denied)`);
    expect(json(run).map((f) => f.filePath)).toEqual([join(dir, 'ok.txt')]);
  });

  test('an unreadable directory named on the command line is not "no report files"', () => {
    const dir = makeOpenTmp();
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o000);
    const run = cli([join(dir, 'locked')], ordinary);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法读取目录：没有访问权限（EACCES）');
    expect(run.stderr).not.toContain('没有 .md');
  });

  test('a file in a folder we may not enter is "permission denied", not "no such file"', () => {
    const dir = makeOpenTmp();
    mkdirSync(join(dir, 'private'));
    copyFileSync(fixture(ROW_TOTAL), join(dir, 'private', 'r.txt'));
    chmodSync(join(dir, 'private'), 0o000);
    const run = cli([join(dir, 'private', 'r.txt')], ordinary);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法访问：没有访问权限（EACCES）');
    expect(run.stderr).not.toContain('文件不存在');
  });

  test('a loop of symbolic links and a dangling link say what they are', () => {
    const dir = makeTmp();
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const run = cli([join(dir, 'a.txt'), join(dir, 'dangling.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`符号链接层数过多（可能是循环链接）（ELOOP）: ${join(dir, 'a.txt')}`);
    expect(run.stderr).toContain(`符号链接指向的文件不存在: ${join(dir, 'dangling.txt')}`);
    expect(run.stderr).not.toMatch(/^report-lint: 文件不存在/m);
  });
});

describe('4. reading stops at the size cap', () => {
  test('a device named x.txt (endless /dev/zero) is refused after 10 MB', () => {
    const dir = makeTmp();
    symlinkSync('/dev/zero', join(dir, 'x.txt'));
    const run = cli([join(dir, 'x.txt')], { timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('输入过大（超过 10 MB），已跳过');
  });

  test('endless standard input is refused after 10 MB', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = cli(['-'], { stdio: [zero, 'pipe', 'pipe'], timeout: 20_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('输入过大（超过 10 MB），已跳过: <stdin>');
    } finally {
      closeSync(zero);
    }
  });
});

describe('5. --fix leaves every byte outside the fixed ranges as it was', () => {
  test('a GBK file with CP936 0x80 (€) keeps that byte', () => {
    // € in a narrative line; the only fix is the total on another line.
    const text = original.replace('本报告所列数据', '本报告所列€数据');
    expect(text).not.toBe(original);
    const bytes = iconv.encode(text, 'cp936');
    expect(bytes.includes(0x80)).toBe(true);
    const dir = makeTmp();
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, bytes);
    expect(cli(['--fix', file]).status).toBe(0);
    const after = readFileSync(file);
    expect(after.length).toBe(bytes.length);
    const changed = [...after].flatMap((b, i) => (b === bytes[i] ? [] : [i]));
    expect(changed).toHaveLength(1);
    expect(iconv.decode(after, 'gb18030')).toBe(rowTotalFixed(text));
  });

  test('the fixed text of standard input keeps the other bytes too', () => {
    const bytes = iconv.encode(original.replace('本报告所列数据', '本报告所列€数据'), 'cp936');
    const run = cli(['--fix', '-'], { input: bytes });
    expect(run.stdoutBytes.length).toBe(bytes.length);
    expect([...run.stdoutBytes].filter((b, i) => b !== bytes[i])).toHaveLength(1);
  });
});

describe('7. closed and full output', () => {
  test('stdout on a full disk (/dev/full): one clear line and exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = cli([fixture(ROW_TOTAL)], { stdio: ['pipe', full, 'pipe'] });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('report-lint: 无法写入标准输出（ENOSPC），报告不完整 (cannot write to stdout)\n');
    } finally {
      closeSync(full);
    }
  });

  test('a reader that closes at once: the exit code is still 1 for errors, 0 for none', async () => {
    const exit = async (file: string) => {
      const child = spawn(process.execPath, [BIN, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.destroy(); // closed before the CLI writes anything
      return new Promise<number | null>((resolve) => child.on('close', resolve));
    };
    expect(await exit(fixture(ROW_TOTAL))).toBe(1);
    expect(await exit(fixture('synthetic/correct.txt'))).toBe(0);
  });
});

describe('8. lossy decoding', () => {
  test('says once that the encoding could not be read cleanly, and still lints', () => {
    const dir = makeTmp();
    const file = join(dir, 'bad.txt');
    const at = original.indexOf('本报告所列数据');
    writeFileSync(file, Buffer.concat([Buffer.from(original.slice(0, at)), Buffer.from([0x81, 0x20]), Buffer.from(original.slice(at))]));
    const run = cli(['-f', 'json', file]);
    expect(run.status).toBe(1);
    const notes = run.stderr.split('\n').filter((l) => l.includes('无法识别的字节'));
    expect(notes).toEqual([`report-lint: 文件中有按其编码（UTF-8、UTF-16 或 GB18030）无法识别的字节，已替换为 U+FFFD 后检查，结果可能不准确: ${file} (invalid bytes for the encoding, replaced with U+FFFD)`]);
    expect(json(run)[0].messages.map((m) => m.ruleId)).toContain('row-total');
  });

  test('UTF-16 with a lone surrogate is lossy too, and --fix leaves it alone', () => {
    const dir = makeTmp();
    const file = join(dir, 'le.txt');
    const body = Buffer.from(original, 'utf16le');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8]), body]);
    writeFileSync(file, bytes);
    const run = cli(['--fix', file]);
    expect(run.stderr).toContain('无法识别的字节');
    expect(run.stderr).toContain('未修复');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('9. links and files changed during a fix', () => {
  test('--fix on a file with two hard links fixes both names and keeps the link', () => {
    const dir = makeTmp();
    const file = join(dir, 'a.txt');
    writeFileSync(file, original);
    linkSync(file, join(dir, 'b.txt'));
    expect(cli(['--fix', file]).status).toBe(0);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(fixedText);
    expect(statSync(file).nlink).toBe(2);
  });

  test('a directory walk and a glob follow no links; a file reached by two names is linted once', () => {
    const outside = makeTmp();
    copyFileSync(fixture(ROW_TOTAL), join(outside, 'elsewhere.txt'));
    const dir = makeTmp();
    copyFileSync(fixture(ROW_TOTAL), join(dir, 'real.txt'));
    symlinkSync(join(dir, 'real.txt'), join(dir, 'alias.txt'));
    symlinkSync(join(outside, 'elsewhere.txt'), join(dir, 'out.txt'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    const walked = json(cli(['-f', 'json', dir]));
    expect(walked.map((f) => f.filePath)).toEqual([join(dir, 'real.txt')]);
    const globbed = json(cli(['-f', 'json', '*.txt', '**/*.txt'], { cwd: dir }));
    expect(globbed.map((f) => f.filePath)).toEqual([join(dir, 'real.txt')]);
    // Named on the command line, a link is followed; with its target, the file is linted once.
    const named = json(cli(['-f', 'json', join(dir, 'alias.txt'), join(dir, 'real.txt')]));
    expect(named.map((f) => f.filePath)).toEqual([join(dir, 'alias.txt')]);
  });

  test('--fix DIR does not write through a link to a file outside; a named link is written through', () => {
    const outside = makeTmp();
    const target = join(outside, 'elsewhere.txt');
    writeFileSync(target, original);
    const dir = makeTmp();
    symlinkSync(target, join(dir, 'out.txt'));
    writeFileSync(join(dir, 'own.txt'), original);
    expect(cli(['--fix', dir]).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'own.txt'), 'utf8')).toBe(fixedText);
    expect(cli(['--fix', join(dir, 'out.txt')]).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(fixedText);
    expect(lstatSync(join(dir, 'out.txt')).isSymbolicLink()).toBe(true);
  });

  test.each([
    ['one name (temporary file and rename)', false],
    ['hard links (in place)', true],
  ])('a file changed since it was read is not overwritten: %s', (_name, linked) => {
    const dir = makeTmp();
    const file = join(dir, 'r.txt');
    writeFileSync(file, original);
    if (linked) linkSync(file, join(dir, 'link.txt'));
    const read = readFileSync(file);
    appendFileSync(file, '另一个程序追加的一行\n');
    expect(() => writeFixedFile(file, Buffer.from(fixedText), read)).toThrow(FixNotWritten);
    expect(() => writeFixedFile(file, Buffer.from(fixedText), read)).toThrow('文件在检查期间被其他程序修改，未写入修复');
    expect(readFileSync(file, 'utf8')).toBe(original + '另一个程序追加的一行\n');
    // Unchanged since read: written.
    writeFixedFile(file, Buffer.from(fixedText), readFileSync(file));
    expect(readFileSync(file, 'utf8')).toBe(fixedText);
  });
});

describe('10. the config search stays inside the project', () => {
  test('a .reportlintrc.json above a folder holding .git does not apply', () => {
    const shared = makeTmp();
    writeFileSync(join(shared, '.reportlintrc.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
    mkdirSync(join(shared, 'project', '.git'), { recursive: true });
    mkdirSync(join(shared, 'project', 'reports'));
    copyFileSync(fixture(ROW_TOTAL), join(shared, 'project', 'reports', 'r.txt'));
    const run = cli(['-f', 'json', join(shared, 'project', 'reports', 'r.txt')]);
    expect(json(run)[0].messages.map((m) => m.ruleId)).toContain('row-total');
    const printed = JSON.parse(cli(['--print-config', join(shared, 'project', 'reports', 'r.txt')]).stdout);
    expect(printed.configFiles).toEqual([]);
    expect(printed.rules['row-total']).toBe('error');
  });

  test('and one that says "root": true ends the cascade', () => {
    const top = makeTmp();
    writeFileSync(join(top, '.reportlintrc.json'), JSON.stringify({ rules: { 'row-total': 'off' } }));
    mkdirSync(join(top, 'sub'));
    writeFileSync(join(top, 'sub', '.reportlintrc.json'), JSON.stringify({ root: true, rules: { balance: 'off' } }));
    copyFileSync(fixture(ROW_TOTAL), join(top, 'sub', 'r.txt'));
    const ids = json(cli(['-f', 'json', join(top, 'sub', 'r.txt')]))[0].messages.map((m) => m.ruleId);
    expect(ids).toContain('row-total');
    expect(ids).not.toContain('balance');
  });
});

test('the fixture still has its one wrong total', () => {
  expect(original).toContain(`${ROW_TOTAL_LINE}28`);
});
