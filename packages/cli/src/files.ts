/** Turns the command line's files, directories and globs into a list of files, in the order given,
 *  each once. Directories are searched for reports (*.md, *.markdown, *.txt, *.html, *.htm, *.docx,
 *  *.pdf); a file named explicitly is taken whatever its extension. node_modules and .git are never
 *  searched, nor what .reportlintignore and --ignore-pattern exclude.
 *
 *  Symbolic links: a directory walk and a glob do not follow them (neither linked folders nor
 *  linked files: what a link points to may be outside the tree, or in it twice); a link named on
 *  the command line is followed. A file reached by two names (a link and its target, two hard
 *  links) is linted once, under the first name. */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeFsError } from './fs-errors';
import { displayPath } from './formatters/stylish';
import type { IgnoreFilter } from './ignore';

export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.pdf'];
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface InputProblem {
  path: string;
  /** Chinese, then English. */
  message: string;
  english: string;
}

export interface ExpandedInputs {
  /** Absolute paths, or '-' for standard input. */
  files: string[];
  /** Fatal: exit code 2. */
  problems: InputProblem[];
  /** Said, not fatal (a named file that is ignored). */
  notices: InputProblem[];
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);
const isReportName = (name: string) => REPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

interface WalkContext {
  cwd: string;
  ignore?: IgnoreFilter;
  problems: InputProblem[];
}

/** Depth-first, entries sorted so that runs are reproducible. Returns false when `dir` itself could
 *  not be read. */
function walk(dir: string, out: string[], ctx: WalkContext): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // Files lost silently would pass a CI check that never saw them.
    ctx.problems.push({ path: displayPath(dir, ctx.cwd), ...describeFsError(err, ['无法读取目录', 'cannot read directory']) });
    return false;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !ctx.ignore?.ignores(full, true)) walk(full, out, ctx);
    } else if (e.isFile() && isReportName(e.name) && !ctx.ignore?.ignores(full, false)) {
      out.push(full);
    }
  }
  return true;
}

/** What a named input that cannot be looked at is: a dangling link says so. */
function statProblem(abs: string, pattern: string, err: unknown): InputProblem {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (lstatSync(abs).isSymbolicLink()) return { path: pattern, message: '符号链接指向的文件不存在', english: 'dangling symbolic link' };
    } catch {
      // not there at all
    }
  }
  return { path: pattern, ...describeFsError(err) };
}

const ignoredNotice = (pattern: string): InputProblem => ({ path: pattern, message: '已忽略（匹配 .reportlintignore 或 --ignore-pattern；用 --no-ignore 检查它）', english: 'ignored' });

/** Globs are filtered to report extensions too: `reports/**` should not pick up PDFs and images. */
export function expandInputs(patterns: string[], cwd: string, ignore?: IgnoreFilter): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  const notices: InputProblem[] = [];
  const ctx: WalkContext = { cwd, ignore, problems };
  /** One file, one lint: identified by device and inode, whatever the name. */
  const add = (f: string) => {
    if (f !== '-') {
      let key = f;
      try {
        const s = statSync(f);
        key = `${s.dev}:${s.ino}`;
      } catch {
        // it went away: the read will say so
      }
      if (seen.has(key)) return;
      seen.add(key);
    }
    files.push(f);
  };

  for (const pattern of patterns) {
    if (pattern === '-') {
      add('-');
      continue;
    }
    const abs = resolve(cwd, pattern);
    let stat;
    let statError: unknown;
    try {
      stat = statSync(abs);
    } catch (err) {
      statError = err;
    }
    if (stat && ignore?.ignores(abs, stat.isDirectory())) {
      notices.push(ignoredNotice(pattern));
    } else if (stat?.isDirectory()) {
      const found: string[] = [];
      if (walk(abs, found, ctx) && found.length === 0) problems.push({ path: pattern, message: '目录中没有 .md、.markdown、.txt、.html、.htm、.docx 或 .pdf 文件', english: 'no report files in directory' });
      found.forEach(add);
    } else if (stat) {
      add(abs);
    } else if (isGlob(pattern) && (statError as NodeJS.ErrnoException).code === 'ENOENT') {
      // tinyglobby only when a glob is given: most runs name files or directories.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { globSync } = require('tinyglobby') as typeof import('tinyglobby');
      const found = globSync(pattern, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] })
        .map((f) => resolve(f))
        .filter((f) => isReportName(f) && !isLink(f) && !ignore?.ignores(f, false))
        .sort();
      if (found.length === 0) problems.push({ path: pattern, message: '没有匹配的文件', english: 'no files match the pattern' });
      found.forEach(add);
    } else {
      problems.push(statProblem(abs, pattern, statError));
    }
  }
  return { files, problems, notices };
}

function isLink(f: string): boolean {
  try {
    return lstatSync(f).isSymbolicLink();
  } catch {
    return false;
  }
}

