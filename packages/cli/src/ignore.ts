/** Which paths are left out: `.reportlintignore` in the working directory and --ignore-pattern,
 *  both with .gitignore's syntax and meaning (the `ignore` package, as ESLint and Prettier use),
 *  relative to the working directory. Paths outside it are never ignored. The package is loaded
 *  only when there is something to ignore. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export const IGNORE_FILE_NAME = '.reportlintignore';

export interface IgnoreFilter {
  ignores(absPath: string, isDirectory: boolean): boolean;
}

/** Throws Error with a Chinese message when the ignore file cannot be read. */
export function loadIgnore(cwd: string, patterns: string[]): IgnoreFilter | undefined {
  const file = join(cwd, IGNORE_FILE_NAME);
  let fromFile: string | undefined;
  if (existsSync(file)) {
    try {
      fromFile = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      throw new Error(`无法读取 ${file}（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`);
    }
  }
  if (fromFile === undefined && !patterns.length) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ignore = require('ignore') as typeof import('ignore');
  const ig = ignore().add(fromFile ?? '').add(patterns);
  return {
    ignores(absPath, isDirectory) {
      const rel = relative(cwd, absPath);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
      const posix = sep === '/' ? rel : rel.split(sep).join('/');
      return ig.ignores(isDirectory ? `${posix}/` : posix);
    },
  };
}
