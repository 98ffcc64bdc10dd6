/** The editor's side of report-lint-suppressions.json (core suppressions.ts): which file applies to
 *  a document, its entries (re-read when it changes on disk), and "忽略此问题", which adds an entry
 *  to it. The file that applies is the nearest one from the document's folder up to the project's
 *  top (a folder with .git or package.json); when there is none, "忽略此问题" creates one in the
 *  workspace folder holding the document, else at the project's top, else beside the document. */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import {
  addSuppressions,
  applySuppressions,
  findInProject,
  fingerprints,
  isProjectTop,
  loadSuppressions,
  SUPPRESSIONS_FILE_NAME,
  writeSuppressions,
  type LintMessage,
  type ReportModel,
  type SuppressionEntry,
  type Suppressions,
} from '@report-lint/core';

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

export class SuppressionFiles {
  private readonly loaded = new Map<string, { mtimeMs: number; size: number; data: Suppressions }>();
  /** Workspace folders (file system paths), for where a new file goes. */
  workspaceFolders: string[] = [];

  clear(): void {
    this.loaded.clear();
  }

  /** The existing suppressions file that applies to `filePath`, if any. */
  existing(filePath: string): string | undefined {
    return findInProject(dirname(filePath), SUPPRESSIONS_FILE_NAME);
  }

  /** The file "忽略此问题" writes to for `filePath`. */
  target(filePath: string): string {
    const found = this.existing(filePath);
    if (found) return found;
    const folder = this.workspaceFolders.filter((f) => inside(f, filePath)).sort((a, b) => b.length - a.length)[0];
    if (folder) return join(folder, SUPPRESSIONS_FILE_NAME);
    for (let dir = dirname(filePath); ; ) {
      if (isProjectTop(dir)) return join(dir, SUPPRESSIONS_FILE_NAME);
      const parent = dirname(dir);
      if (parent === dir) return join(dirname(filePath), SUPPRESSIONS_FILE_NAME);
      dir = parent;
    }
  }

  /** The file's entries, read again when its size or time changed. Throws SuppressionsError. */
  read(file: string): Suppressions {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      this.loaded.delete(file);
      return { files: {} };
    }
    const hit = this.loaded.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.data;
    const data = loadSuppressions(file);
    this.loaded.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, data });
    return data;
  }

  /** The document's messages without those its suppressions file accepts. Throws SuppressionsError. */
  filter(filePath: string, messages: LintMessage[], model: ReportModel): { messages: LintMessage[]; suppressed: number } {
    const file = this.existing(filePath);
    if (!file || !messages.length) return { messages, suppressed: 0 };
    const entries = this.read(file).files[pathIn(file, filePath)] ?? [];
    if (!entries.length) return { messages, suppressed: 0 };
    const { messages: kept, suppressed } = applySuppressions(messages, fingerprints(messages, model), entries);
    return { messages: kept, suppressed };
  }

  /** Adds an entry for the document at `filePath`; returns the file written. */
  add(filePath: string, entry: SuppressionEntry): string {
    const file = this.target(filePath);
    const data = existsSync(file) ? loadSuppressions(file) : { files: {} };
    addSuppressions(data, pathIn(file, filePath), [entry]);
    writeSuppressions(file, data);
    this.loaded.delete(file);
    return file;
  }
}

/** A document's key in a suppressions file: its path relative to the file, with `/`. */
export function pathIn(file: string, filePath: string): string {
  const rel = relative(dirname(file), filePath);
  return (isAbsolute(rel) ? filePath : rel).split(sep).join('/');
}
