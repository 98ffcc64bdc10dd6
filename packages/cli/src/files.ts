/** Turns the command line's files, directories and globs into a list of files, in the order given,
 *  each once. Directories are searched for reports (*.md, *.markdown, *.txt, *.html, *.htm, *.docx,
 *  *.pdf); a file named
 *  explicitly is taken whatever its extension. node_modules (and .git) are never searched. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  problems: InputProblem[];
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);
const isReportName = (name: string) => REPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Depth-first, entries sorted so that runs are reproducible. */
function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable subdirectory: nothing to lint there
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && isReportName(e.name)) {
      out.push(full);
    }
  }
}

/** Globs are filtered to report extensions too: `reports/**` should not pick up PDFs and images. */
export function expandInputs(patterns: string[], cwd: string): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  const add = (f: string) => {
    if (f !== '-' && seen.has(f)) return;
    seen.add(f);
    files.push(f);
  };

  for (const pattern of patterns) {
    if (pattern === '-') {
      add('-');
      continue;
    }
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      if (found.length === 0) problems.push({ path: pattern, message: '目录中没有 .md、.markdown、.txt、.html、.htm、.docx 或 .pdf 文件', english: 'no report files in directory' });
      found.forEach(add);
    } else if (stat) {
      add(abs);
    } else if (isGlob(pattern)) {
      // tinyglobby only when a glob is given: most runs name files or directories.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { globSync } = require('tinyglobby') as typeof import('tinyglobby');
      const found = globSync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })
        .filter(isReportName)
        .sort();
      if (found.length === 0) problems.push({ path: pattern, message: '没有匹配的文件', english: 'no files match the pattern' });
      found.map((f) => resolve(f)).forEach(add);
    } else {
      problems.push({ path: pattern, message: '文件不存在', english: 'no such file or directory' });
    }
  }
  return { files, problems };
}
