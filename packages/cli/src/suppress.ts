/** The CLI's side of the suppressions file (core suppressions.ts): read it before the run, filter each
 *  file's findings by it, and with --suppress / --prune-suppressions write it back once at the end. */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import {
  addSuppressions,
  applySuppressions,
  loadSuppressions,
  removeSuppressions,
  serializeSuppressions,
  SUPPRESSIONS_FILE_NAME,
  writeSuppressions,
  type LintMessage,
  type SuppressionEntry,
  type Suppressions,
} from '@report-lint/core';
import { existsSync } from 'node:fs';

export interface SuppressionSummary {
  /** Entries added by --suppress, dropped by --prune-suppressions. */
  added: number;
  removed: number;
  /** Entries of the files linted that matched nothing and were kept. */
  stale: number;
  written: boolean;
}

export class SuppressionRun {
  private readonly data: Suppressions;
  private readonly before: string;
  private added = 0;
  private removed = 0;
  private stale = 0;

  /** Throws SuppressionsError when the file exists but cannot be used. */
  constructor(
    readonly file: string,
    private readonly mode: { suppress: boolean; prune: boolean },
  ) {
    this.data = loadSuppressions(file);
    this.before = serializeSuppressions(this.data);
  }

  /** The suppressions file of a run: --suppressions-location, or the one in the working directory. */
  static locate(cwd: string, location?: string): string {
    return resolve(cwd, location ?? SUPPRESSIONS_FILE_NAME);
  }

  /** Whether the run needs fingerprints at all (a file to honour, or one to write). */
  static wanted(file: string, mode: { suppress: boolean; prune: boolean }): boolean {
    return mode.suppress || mode.prune || existsSync(file);
  }

  /** The key of a linted file in the suppressions file: relative to it, with `/`. */
  pathOf(filePath: string): string {
    const rel = relative(dirname(this.file), filePath);
    return (isAbsolute(rel) ? filePath : rel).split(sep).join('/');
  }

  /** The file's messages not accepted by an entry, and how many were. */
  filter(filePath: string, messages: LintMessage[], keys: SuppressionEntry[]): { messages: LintMessage[]; suppressed: number } {
    const path = this.pathOf(filePath);
    let result = applySuppressions(messages, keys, this.data.files[path] ?? []);
    if (this.mode.prune) this.removed += removeSuppressions(this.data, path, result.unmatched);
    else this.stale += result.unmatched.length;
    if (this.mode.suppress && result.messages.length) {
      const accepted = new Set(result.messages);
      this.added += addSuppressions(this.data, path, keys.filter((_, i) => accepted.has(messages[i])));
      result = { ...result, messages: [], suppressed: result.suppressed + result.messages.length };
    }
    return { messages: result.messages, suppressed: result.suppressed };
  }

  /** Writes the file when --suppress or --prune-suppressions changed it. */
  finish(): SuppressionSummary {
    const changed = serializeSuppressions(this.data) !== this.before;
    if (changed) writeSuppressions(this.file, this.data);
    return { added: this.added, removed: this.removed, stale: this.stale, written: changed };
  }
}
