import type { Rule, RuleReport, Span } from '../types';
import { textScope } from './text-scope';
import { firstIndex, insideAny } from '../parse/spans';
import { besideGridRow, endsSentence, lastBeforeBreak, readSpan } from './window';

/** Opening mark → its kind; full- and half-width round brackets are one kind (their width is
 *  punctuation-width's matter). ASCII [] and {} are left out: Markdown links, page markup and code
 *  use them, the report's own sentences do not. */
const OPEN: Record<string, string> = { '（': '()', '(': '()', '【': '【】', '〔': '〔〕', '［': '［］', '《': '《》', '〈': '〈〉', '“': '“”', '‘': '‘’' };
const CLOSE: Record<string, string> = { '）': '()', ')': '()', '】': '【】', '〕': '〔〕', '］': '［］', '》': '《》', '〉': '〈〉', '”': '“”', '’': '‘’' };

/** Each mark's partner of the same width. */
const PARTNER: Record<string, string> = { '（': '）', '(': ')', '【': '】', '〔': '〕', '［': '］', '《': '》', '〈': '〉', '“': '”', '‘': '’' };
for (const [o, c] of Object.entries(PARTNER)) PARTNER[c] = o;

const NAME: Record<string, string> = { '()': '括号', '【】': '方头括号', '〔〕': '六角括号', '［］': '方括号', '《》': '书名号', '〈〉': '单书名号', '“”': '引号', '‘’': '单引号' };

// An enumeration marker closes a bracket it never opened: 1）、a)、（一 is not one.
const MARKER_BEFORE = /(?:^|[\s。；：，、！？])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3}|[①-⑳])$/;


// A line that starts a heading or a numbered part: # …, 二、…, （二）…
const HEADING_START = /[ \t]*(?:#|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/y;

/** Paragraphs of one run of running text: a blank line, a line break after a full stop, or a line
 *  that starts a heading ends one. Lines broken mid-sentence (PDF copies) stay together, so a
 *  bracket may close on the next line. Read line break by line break, not character by character. */
function paragraphs(text: string, run: Span): Span[] {
  const out: Span[] = [];
  let start = run.start;
  for (let nl = text.indexOf('\n', run.start); nl >= 0 && nl < run.end; nl = text.indexOf('\n', nl + 1)) {
    const before = lastBeforeBreak(text, nl, start);
    let after = nl + 1;
    while (after < run.end && (text[after] === ' ' || text[after] === '\t' || text[after] === '\u3000' || text[after] === '\r')) after++;
    HEADING_START.lastIndex = nl + 1;
    const ends = before < start || endsSentence(text, before) || text[after] === '\n' || HEADING_START.test(text) || besideGridRow(text, nl);
    if (!ends) continue;
    out.push({ start, end: nl });
    start = nl + 1;
  }
  out.push({ start, end: run.end });
  return out;
}

/** Near a table left out of the running text, a bracket may open before the table and close in it
 *  (（本列数据的勾稽关系为：…）): such marks are not reported. */
const NEAR_TABLE = 40;

export interface Edges {
  /** A table ends where the paragraph starts. */
  tableBefore: boolean;
  /** A table starts where the paragraph ends. */
  tableAfter: boolean;
}

/** Which characters are marks: a table by character code, so that the scan of a long paragraph
 *  costs a lookup per character. */
const IS_MARK = new Uint8Array(65536);
for (const c of [...Object.keys(OPEN), ...Object.keys(CLOSE)]) IS_MARK[c.charCodeAt(0)] = 1;
const MAX_DEPTH = 8;

/** The offsets of all marks in text[from, to), in order. */
function markPositions(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (IS_MARK[text.charCodeAt(i)]) out.push(i);
  return out;
}

/** Unmatched and doubled marks in one paragraph. */
export function pairProblems(text: string, para: Span, skip: (offset: number) => boolean, edges: Edges = { tableBefore: false, tableAfter: false }, marks?: number[]): RuleReport[] {
  const at = marks ?? markPositions(text);
  const found: RuleReport[] = [];
  // Offsets of the marks still open (their kind is read from the text).
  const stack: number[] = [];
  const matched: { open: number; close: number }[] = [];
  // One unclosed mark of each kind per paragraph: after the first, which one was meant to be closed
  // is anyone's guess, and a run of （ must not give a message per character.
  const reportedKinds = new Set<string>();
  const unclosed = (at: number) => {
    const ch = text[at];
    const kind = OPEN[ch];
    if (edges.tableAfter && para.end - at <= NEAR_TABLE) return;
    if (reportedKinds.has(kind)) return;
    reportedKinds.add(kind);
    found.push({ messageId: 'unclosed', data: { mark: ch, kind: NAME[kind], partner: PARTNER[ch] }, span: { start: at, end: at + 1 } });
  };
  for (let n = firstIndex(at.length, (i) => at[i] >= para.start); n < at.length && at[n] < para.end; n++) {
    const i = at[n];
    if (skip(i)) continue;
    const ch = text[i];
    if (OPEN[ch]) {
      stack.push(i);
      continue;
    }
    const close = CLOSE[ch];
    // The partner is looked for a few levels down only: deeper, the pairing is a guess (and a search
    // through a long run of other marks would make the scan quadratic).
    let depth = stack.length - 1;
    while (depth >= 0 && stack.length - depth <= MAX_DEPTH && OPEN[text[stack[depth]]] !== close) depth--;
    if (depth >= 0 && stack.length - depth > MAX_DEPTH) depth = -1;
    if (depth < 0) {
      if (close === '()' && MARKER_BEFORE.test(text.slice(Math.max(para.start, i - 4), i))) continue;
      // ’ after a Latin letter is an apostrophe (don’t).
      if (ch === '’' && /[A-Za-z]/.test(text[i - 1] ?? '')) continue;
      if (edges.tableBefore && i - para.start <= NEAR_TABLE) continue;
      if (reportedKinds.has(`close${close}`)) continue;
      reportedKinds.add(`close${close}`);
      found.push({ messageId: 'unopened', data: { mark: ch, kind: NAME[close], partner: PARTNER[ch] }, span: { start: i, end: i + 1 } });
      continue;
    }
    // Marks opened after the matching one and never closed.
    while (stack.length > depth + 1) unclosed(stack.pop()!);
    matched.push({ open: stack.pop()!, close: i });
  }
  for (const at of stack) unclosed(at);
  // （(…)）: the same round bracket opened and closed twice around the same text.
  const byOpen = new Map(matched.map((m) => [m.open, m]));
  for (const outer of matched) {
    const inner = byOpen.get(outer.open + 1);
    if (!inner || inner.close !== outer.close - 1 || OPEN[text[outer.open]] !== '()' || OPEN[text[inner.open]] !== '()') continue;
    const marks = `${text[outer.open]}${text[inner.open]}…${text[inner.close]}${text[outer.close]}`;
    const fix = { range: [outer.open, outer.close + 1] as [number, number], text: `（${text.slice(inner.open + 1, inner.close)}）` };
    found.push({ messageId: 'doubled', data: { marks }, span: { start: outer.open, end: inner.open + 1 }, fix });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

export default {
  meta: {
    id: 'unbalanced-pair',
    description: '括号、书名号、引号不成对（缺开、缺闭或重复）',
    defaultSeverity: 'warning',
    fixable: true,
    local: true,
    messages: {
      unclosed: '「{{mark}}」没有对应的闭合{{kind}}「{{partner}}」',
      unopened: '「{{mark}}」前面没有对应的开{{kind}}「{{partner}}」',
      doubled: '括号重复：「{{marks}}」，应只用一对「（）」',
    },
  },
  check({ model, report, window }) {
    const text = model.text;
    const read = readSpan({ model, window });
    const scope = textScope(model);
    // A malformed 发文字号 (〔2020]) is doc-number-format's; its brackets are not counted here.
    const inCitation = insideAny(model.citations.map((c) => c.span));
    // Where the marks are, found in one pass: most paragraphs have none and are not looked at.
    // After an edit (a window), only in the paragraphs read.
    const windowed = read.start > 0 || read.end < text.length;
    const all = windowed ? undefined : markPositions(text);
    let next = 0;
    const hasMark = (para: Span) => {
      if (!all) return true;
      while (next < all.length && all[next] < para.start) next++;
      return next < all.length && all[next] < para.end;
    };
    for (const run of scope.runs) {
      if (run.end <= read.start || run.start >= read.end || !hasMark(run)) continue;
      const paras = paragraphs(text, run);
      paras.forEach((para, i) => {
        if (para.end < read.start || para.start >= read.end || !hasMark(para)) return;
        const marks = all ?? markPositions(text, para.start, para.end);
        if (!marks.length) return;
        const edges = { tableBefore: i === 0 && run.start > 0, tableAfter: i === paras.length - 1 && run.end < text.length };
        for (const r of pairProblems(text, para, inCitation, edges, marks)) report(r);
      });
    }
  },
} satisfies Rule;
