/** .reportlintignore and --ignore-pattern: .gitignore's syntax and meaning, relative to the working
 *  directory; directory walks and globs skip what they exclude, without entering ignored folders. */
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixture, json, makeOpenTmp, makeTmp, ordinaryUid, ROW_TOTAL, removeTmp } from './helpers';

afterAll(removeTmp);

/** drafts/{a,b}.txt, drafts/old/c.txt, final/d.md, final/keep.txt, notes.txt */
function project(ignoreFile?: string): string {
  const dir = makeOpenTmp();
  for (const f of ['drafts/a.txt', 'drafts/b.txt', 'drafts/old/c.txt', 'final/d.md', 'final/keep.txt', 'notes.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    copyFileSync(fixture(ROW_TOTAL), join(dir, f));
  }
  if (ignoreFile !== undefined) writeFileSync(join(dir, '.reportlintignore'), ignoreFile);
  return dir;
}
const linted = (dir: string, args: string[], opts: Parameters<typeof cli>[1] = {}) =>
  json(cli(['-f', 'json', ...args], { cwd: dir, ...opts })).map((f) => f.filePath.slice(dir.length + 1));

test('.reportlintignore: folders, globs, negation and comments as in .gitignore', () => {
  const dir = project('# 草稿不检查\ndrafts/\n*.md\nfinal/*\n!final/keep.txt\n');
  expect(linted(dir, ['.'])).toEqual(['final/keep.txt', 'notes.txt']);
  expect(linted(dir, ['**/*.txt'])).toEqual(['final/keep.txt', 'notes.txt']);
});

test('--ignore-pattern adds to the file; --no-ignore uses neither', () => {
  const dir = project('drafts/old/\n');
  expect(linted(dir, ['.', '--ignore-pattern', 'notes.txt', '--ignore-pattern', '/final'])).toEqual(['drafts/a.txt', 'drafts/b.txt']);
  expect(linted(dir, ['.', '--no-ignore'])).toEqual(['drafts/a.txt', 'drafts/b.txt', 'drafts/old/c.txt', 'final/d.md', 'final/keep.txt', 'notes.txt']);
});

test('a pattern without a slash matches at any depth; one with a slash from the working directory', () => {
  const dir = project();
  expect(linted(dir, ['.', '--ignore-pattern', 'c.txt'])).not.toContain('drafts/old/c.txt');
  expect(linted(dir, ['.', '--ignore-pattern', 'old/c.txt'])).toContain('drafts/old/c.txt');
  expect(linted(dir, ['.', '--ignore-pattern', 'drafts/old/c.txt'])).not.toContain('drafts/old/c.txt');
});

test('a file named on the command line that is ignored is skipped with a notice, not an error', () => {
  const dir = project('drafts/\n');
  const run = cli(['-f', 'json', 'drafts/a.txt', 'notes.txt'], { cwd: dir });
  expect(run.status).toBe(1); // notes.txt has errors; the ignored file is not a failure
  expect(run.stderr).toContain('report-lint: 已忽略（匹配 .reportlintignore 或 --ignore-pattern；用 --no-ignore 检查它）: drafts/a.txt (ignored)');
  expect(json(run).map((f) => f.filePath)).toEqual([join(dir, 'notes.txt')]);
});

test('an ignored folder is not entered: an unreadable one there is no error', () => {
  const dir = project('private/\n');
  mkdirSync(join(dir, 'private'));
  chmodSync(join(dir, 'private'), 0o000);
  const run = cli(['-f', 'json', '.'], { cwd: dir, ...(ordinaryUid === undefined ? {} : { uid: ordinaryUid }) });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
});

test('paths outside the working directory are not matched against it', () => {
  const dir = project('*.txt\n');
  const elsewhere = makeTmp();
  copyFileSync(fixture(ROW_TOTAL), join(elsewhere, 'r.txt'));
  expect(json(cli(['-f', 'json', join(elsewhere, 'r.txt')], { cwd: dir })).map((f) => f.filePath)).toEqual([join(elsewhere, 'r.txt')]);
});

test('--ignore-pattern with --no-ignore is a usage error', () => {
  expect(cli(['--no-ignore', '--ignore-pattern', 'x', '.']).status).toBe(2);
});
