/** Last year's report for the open one, for the cross-year rule: the file the `reportLint.previousReport`
 *  setting names, or the one report beside it (same folder, same body, year − 1). Reports open in
 *  the editor are read from the editor, others from disk; each file's facts are kept until its size
 *  or modification time changes, and a folder is listed again at most once a second while typing. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseReport, reportFacts, sameBody, type OtherReport, type ReportFacts } from '@report-lint/core';

/** Text report files the server reads (documents are linted by the CLI). */
const REPORT_FILE = /\.(md|markdown|txt)$/i;
/** Larger files are not reports: not read for a neighbour. */
const MAX_BYTES = 4 * 1024 * 1024;
const LIST_TTL_MS = 1000;

export interface Identity {
  body?: string;
  year?: number;
}

/** The facts of an open document, by path (the server's documents). */
export type OpenText = (path: string) => string | undefined;

interface FileFacts {
  key: string;
  facts?: ReportFacts;
  problem?: string;
}

/** UTF-8, else GB18030 (as the CLI reads drafts saved by Windows tools). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export class PreviousReports {
  private readonly facts = new Map<string, FileFacts>();
  /** An open document's facts, kept while its text is the same (each keystroke in this year's
   *  report looks last year's up again). */
  private readonly openFacts = new Map<string, { text: string; facts: ReportFacts }>();
  private readonly listings = new Map<string, { at: number; names: string[] }>();

  constructor(private readonly openText: OpenText) {}

  clear(): void {
    this.facts.clear();
    this.openFacts.clear();
    this.listings.clear();
  }

  /** The facts of a file: from the editor when open, else from disk (cached by size and mtime). */
  factsOf(path: string): FileFacts {
    const open = this.openText(path);
    if (open !== undefined) {
      let known = this.openFacts.get(path);
      if (known?.text !== open) this.openFacts.set(path, (known = { text: open, facts: reportFacts(parseReport(open, { filePath: path })) }));
      return { key: 'open', facts: known.facts };
    }
    this.openFacts.delete(path);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return { key: 'missing', problem: '文件不存在' };
    }
    if (!stat.isFile()) return { key: 'not-file', problem: '不是文件' };
    if (stat.size > MAX_BYTES) return { key: 'large', problem: '文件过大' };
    const key = `${stat.size}:${stat.mtimeMs}`;
    const known = this.facts.get(path);
    if (known?.key === key) return known;
    let found: FileFacts;
    try {
      const text = decode(readFileSync(path));
      const model = parseReport(text, { filePath: path });
      found = model.isReport ? { key, facts: reportFacts(model) } : { key, problem: '看起来不是年度报告' };
    } catch (err) {
      found = { key, problem: `无法读取（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）` };
    }
    this.facts.set(path, found);
    return found;
  }

  private list(dir: string): string[] {
    const now = Date.now();
    const known = this.listings.get(dir);
    if (known && now - known.at < LIST_TTL_MS) return known.names;
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => REPORT_FILE.test(n)).sort();
    } catch {
      // an unreadable folder has no neighbours
    }
    this.listings.set(dir, { at: now, names });
    return names;
  }

  /** Last year's report of `filePath` (whose body and year are `id`): the setting's file, paired
   *  explicitly, or the one neighbour of the same body and year − 1; undefined when there is none
   *  (or two: which is meant is not guessed). */
  find(filePath: string, id: Identity, setting: string): { path: string; report: OtherReport } | undefined {
    const dir = dirname(filePath);
    if (setting.trim()) {
      const path = isAbsolute(setting) ? setting : resolve(dir, setting);
      if (path === filePath) return undefined;
      const f = this.factsOf(path);
      return { path, report: { name: relative(dir, path) || path, ...(f.facts ? { facts: f.facts } : { problem: f.problem }), explicit: true } };
    }
    if (!id.body || !id.year) return undefined;
    const matches: { path: string; facts: ReportFacts }[] = [];
    for (const name of this.list(dir)) {
      const path = join(dir, name);
      if (path === filePath) continue;
      const f = this.factsOf(path);
      if (f.facts && f.facts.year === id.year - 1 && sameBody(f.facts.body, id.body)) matches.push({ path, facts: f.facts });
    }
    if (matches.length !== 1) return undefined;
    return { path: matches[0].path, report: { name: relative(dir, matches[0].path), facts: matches[0].facts } };
  }
}
