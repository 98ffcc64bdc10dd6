/** A reviewer's decisions kept outside the text (as ESLint's bulk suppressions): the file
 *  `report-lint-suppressions.json` lists findings that are accepted, and a later run reports only
 *  the others. Reports are published as written, so a disable comment in the text often will not do.
 *
 *  An entry names its finding by what stays when the text around it is edited: the file (relative to
 *  the suppressions file), the rule, the message id, and then either the table cell (table, row and
 *  column keys) or the flagged text itself with its occurrence index among the file's findings of
 *  that rule and message id quoting the same text. Never a line number. Values in the message are
 *  not part of it: a reviewer who accepted 「结转下年度」 in column 自然人 has accepted that cell. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { LintMessage, ReportModel, TableKind } from './types';

export const SUPPRESSIONS_FILE_NAME = 'report-lint-suppressions.json';

/** The flagged text is kept up to this many characters (a heading, a sentence); longer spans are
 *  keyed by their start, which is what a person recognises them by anyway. */
const MAX_QUOTE = 120;

export interface SuppressionEntry {
  ruleId: string;
  messageId?: string;
  /** For a finding at a table cell. */
  table?: TableKind;
  row?: string;
  col?: string;
  /** For any other finding: the flagged text, and which of the equal quotes it is (0 = first). */
  quote?: string;
  occurrence?: number;
  /** The message when it was recorded, for the person reading the file; not part of the key. */
  message?: string;
}

export interface Suppressions {
  /** File path (relative to the suppressions file, `/`-separated) → its accepted findings. */
  files: Record<string, SuppressionEntry[]>;
}

/** A suppressions file that cannot be read or used: the CLI exits 2, the server says so once. */
export class SuppressionsError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'SuppressionsError';
  }
}

/** The identity of an entry: everything but the message. */
export function entryKey(e: SuppressionEntry): string {
  return JSON.stringify([e.ruleId, e.messageId ?? null, e.table ?? null, e.row ?? null, e.col ?? null, e.quote ?? null, e.occurrence ?? null]);
}

/** Each message's entry, in the order of `messages` (offsets into `model.text`). */
export function fingerprints(messages: readonly LintMessage[], model: ReportModel): SuppressionEntry[] {
  const cells = new Map<string, { table: TableKind; row: string; col: string }>();
  for (const [kind, table] of Object.entries(model.tables) as [TableKind, NonNullable<ReportModel['tables'][TableKind]>][]) {
    for (const c of table.cells) {
      const at = `${c.span.start}:${c.span.end}`;
      if (c.span.end > c.span.start && !cells.has(at)) cells.set(at, { table: kind, row: c.row, col: c.col });
    }
  }
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = { ruleId: m.ruleId, ...(m.messageId !== undefined ? { messageId: m.messageId } : {}) };
    const cell = cells.get(`${m.offset}:${m.endOffset}`);
    if (cell) return { ...base, ...cell, message: m.message };
    // Without a message id the text is what identifies the finding (a rule's internal error).
    const quote = model.text.slice(m.offset, m.endOffset).replace(/\r\n?/g, '\n').slice(0, MAX_QUOTE) || (m.messageId === undefined ? m.message : '');
    const group = JSON.stringify([m.ruleId, m.messageId ?? null, quote]);
    const occurrence = seen.get(group) ?? 0;
    seen.set(group, occurrence + 1);
    return { ...base, quote, occurrence, message: m.message };
  });
}

export interface Suppressed {
  /** The messages no entry accepts. */
  messages: LintMessage[];
  suppressed: number;
  /** Entries that matched no message (stale: the finding is gone). */
  unmatched: SuppressionEntry[];
}

/** Filters `messages` (with their `keys`, from fingerprints) by a file's entries. */
export function applySuppressions(messages: readonly LintMessage[], keys: readonly SuppressionEntry[], entries: readonly SuppressionEntry[]): Suppressed {
  if (!entries.length) return { messages: [...messages], suppressed: 0, unmatched: [] };
  const pending = new Map<string, SuppressionEntry>(entries.map((e) => [entryKey(e), e]));
  const kept: LintMessage[] = [];
  let suppressed = 0;
  messages.forEach((m, i) => {
    const key = entryKey(keys[i]);
    if (pending.has(key)) {
      pending.delete(key);
      suppressed++;
    } else kept.push(m);
  });
  return { messages: kept, suppressed, unmatched: [...pending.values()] };
}

const ENTRY_KEYS = new Set(['ruleId', 'messageId', 'table', 'row', 'col', 'quote', 'occurrence', 'message']);

function checkEntry(e: unknown, file: string, where: string): SuppressionEntry {
  const bad = (why: string) => new SuppressionsError(file, `${where}：${why}`);
  if (!e || typeof e !== 'object' || Array.isArray(e)) throw bad('每一条必须是对象');
  const o = e as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!ENTRY_KEYS.has(k)) throw bad(`未知的字段 “${k}”`);
  if (typeof o.ruleId !== 'string' || !o.ruleId) throw bad('缺少 “ruleId”');
  for (const k of ['messageId', 'table', 'row', 'col', 'quote', 'message']) if (o[k] !== undefined && typeof o[k] !== 'string') throw bad(`“${k}” 必须是字符串`);
  if (o.occurrence !== undefined && !(Number.isInteger(o.occurrence) && (o.occurrence as number) >= 0)) throw bad('“occurrence” 必须是非负整数');
  const isCell = o.table !== undefined || o.row !== undefined || o.col !== undefined;
  if (isCell && (o.table === undefined || o.row === undefined || o.col === undefined)) throw bad('表格单元格须同时有 “table”、“row”、“col”');
  if (!isCell && o.quote === undefined) throw bad('须有 “quote”（被标出的文字）或 “table”/“row”/“col”');
  return o as unknown as SuppressionEntry;
}

/** Reads a suppressions file; a missing file is an empty one. Throws SuppressionsError. */
export function loadSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return { files: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SuppressionsError(file, `无法读取忽略记录文件：${(err as Error).message}`);
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!parsed || typeof parsed !== 'object' || !files || typeof files !== 'object' || Array.isArray(files)) {
    throw new SuppressionsError(file, '忽略记录文件应为 {"version": 1, "files": {"<文件路径>": [ … ]}}');
  }
  const out: Suppressions = { files: {} };
  for (const [path, list] of Object.entries(files as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new SuppressionsError(file, `“${path}” 的值必须是数组`);
    out.files[path] = list.map((e, i) => checkEntry(e, file, `${path} 第 ${i + 1} 条`));
  }
  return out;
}

/** The file's text: files and entries in a stable order, so that the file diffs well in review. */
export function serializeSuppressions(s: Suppressions): string {
  const files: Record<string, SuppressionEntry[]> = {};
  for (const path of Object.keys(s.files).sort()) {
    if (!s.files[path].length) continue;
    files[path] = s.files[path].map((e) => Object.fromEntries([...ENTRY_KEYS].filter((k) => (e as unknown as Record<string, unknown>)[k] !== undefined).map((k) => [k, (e as unknown as Record<string, unknown>)[k]])) as unknown as SuppressionEntry);
  }
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

/** Writes the file whole (a temporary file renamed over it: never half a file). */
export function writeSuppressions(file: string, s: Suppressions): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeSuppressions(s));
  renameSync(tmp, file);
}

/** `entries` added to a file's list, those already there left as they are. Returns how many were new. */
export function addSuppressions(s: Suppressions, path: string, entries: readonly SuppressionEntry[]): number {
  const list = (s.files[path] ??= []);
  const have = new Set(list.map(entryKey));
  let added = 0;
  for (const e of entries) {
    const key = entryKey(e);
    if (have.has(key)) continue;
    have.add(key);
    list.push(e);
    added++;
  }
  return added;
}

/** A file's list without `stale` entries. Returns how many were dropped. */
export function removeSuppressions(s: Suppressions, path: string, stale: readonly SuppressionEntry[]): number {
  const list = s.files[path];
  if (!list || !stale.length) return 0;
  const drop = new Set(stale.map(entryKey));
  const kept = list.filter((e) => !drop.has(entryKey(e)));
  const removed = list.length - kept.length;
  if (kept.length) s.files[path] = kept;
  else delete s.files[path];
  return removed;
}
