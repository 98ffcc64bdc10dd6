import type { Rule, RuleReport, Span } from '../types';
import { textScope } from './text-scope';

/** Opening mark → its kind; full- and half-width brackets are one kind (their width is another matter). */
const OPEN: Record<string, string> = { '（': '()', '(': '()', '【': '【】', '〔': '〔〕', '［': '[]', '[': '[]', '《': '《》', '〈': '〈〉', '“': '“”', '‘': '‘’', '{': '{}', '｛': '{}' };
const CLOSE: Record<string, string> = { '）': '()', ')': '()', '】': '【】', '〕': '〔〕', '］': '[]', ']': '[]', '》': '《》', '〉': '〈〉', '”': '“”', '’': '‘’', '}': '{}', '｝': '{}' };

const NAME: Record<string, string> = { '()': '括号', '【】': '方头括号', '〔〕': '六角括号', '[]': '方括号', '《》': '书名号', '〈〉': '单书名号', '“”': '引号', '‘’': '单引号', '{}': '花括号' };

// An enumeration marker closes a bracket it never opened: 1）、a)、（一 is not one.
const MARKER_BEFORE = /(?:^|[\s。；：，、！？])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3}|[①-⑳])$/;

interface Open {
  ch: string;
  kind: string;
  at: number;
}

/** Paragraphs of one run of running text: a blank line, or a line break after a full stop, ends one.
 *  Lines broken mid-sentence (PDF copies) stay together, so a bracket may close on the next line. */
function paragraphs(text: string, run: Span): Span[] {
  const out: Span[] = [];
  let start = run.start;
  const re = /\n[ \t\u3000]*\n|(?<=[。！？；：”])[ \t]*\n|\n(?=[ \t]*(?:#|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]))/g;
  const slice = text.slice(run.start, run.end);
  for (const m of slice.matchAll(re)) {
    out.push({ start, end: run.start + m.index });
    start = run.start + m.index + m[0].length;
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

/** Unmatched and doubled marks in one paragraph. */
export function pairProblems(text: string, para: Span, skip: (offset: number) => boolean, edges: Edges = { tableBefore: false, tableAfter: false }): RuleReport[] {
  const found: RuleReport[] = [];
  const stack: Open[] = [];
  const matched: { open: Open; close: number }[] = [];
  const unclosed = (o: Open) => {
    if (edges.tableAfter && para.end - o.at <= NEAR_TABLE) return;
    found.push({ message: `「${o.ch}」没有对应的闭合${NAME[o.kind]}「${o.kind[1]}」`, span: { start: o.at, end: o.at + 1 } });
  };
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    const open = OPEN[ch];
    const close = CLOSE[ch];
    if (!open && !close) continue;
    if (skip(i)) continue;
    if (open) {
      stack.push({ ch, kind: open, at: i });
      continue;
    }
    const depth = stack.map((o) => o.kind).lastIndexOf(close);
    if (depth < 0) {
      if (close === '()' && MARKER_BEFORE.test(text.slice(Math.max(para.start, i - 4), i))) continue;
      if (edges.tableBefore && i - para.start <= NEAR_TABLE) continue;
      found.push({ message: `「${ch}」前面没有对应的开${NAME[close]}「${close[0]}」`, span: { start: i, end: i + 1 } });
      continue;
    }
    // Marks opened after the matching one and never closed.
    for (const o of stack.splice(depth + 1)) unclosed(o);
    matched.push({ open: stack.pop()!, close: i });
  }
  for (const o of stack) unclosed(o);
  // （(…)）: the same bracket opened and closed twice around the same text.
  for (const outer of matched) {
    const inner = matched.find((m) => m.open.at === outer.open.at + 1 && m.close === outer.close - 1 && m.open.kind === outer.open.kind);
    if (inner && outer.open.kind === '()') {
      const marks = `${outer.open.ch}${inner.open.ch}…${text[inner.close]}${text[outer.close]}`;
      const fix = { range: [outer.open.at, outer.close + 1] as [number, number], text: `（${text.slice(inner.open.at + 1, inner.close)}）` };
      found.push({ message: `括号重复：「${marks}」，应只用一对「（）」`, span: { start: outer.open.at, end: inner.open.at + 1 }, fix });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

export default {
  meta: { id: 'unbalanced-pair', description: '括号、书名号、引号不成对（缺开、缺闭或重复）', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    // A malformed 发文字号 (〔2020]) is doc-number-format's; its brackets are not counted here.
    const inCitation = (offset: number) => model.citations.some((c) => offset >= c.span.start && offset < c.span.end);
    for (const run of scope.runs) {
      const paras = paragraphs(text, run);
      paras.forEach((para, i) => {
        const edges = { tableBefore: i === 0 && run.start > 0, tableAfter: i === paras.length - 1 && run.end < text.length };
        for (const r of pairProblems(text, para, inCitation, edges)) report(r);
      });
    }
  },
} satisfies Rule;
