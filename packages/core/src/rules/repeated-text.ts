import type { Rule, Span } from '../types';
import { textScope } from './text-scope';
import { readSpan } from './window';

/** Reduplicated words that are correct as written (ABAB verbs of plain speech). */
const ACCEPTED = new Set(['研究研究', '讨论讨论', '学习学习', '商量商量', '了解了解', '考虑考虑']);

/** A repeated word is at most this long; longer repeats are sentences (see below). */
const MAX_WORD = 12;
/** CJK ideographs of the basic plane (unified, extension A, compatibility): fast to test per character. */
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** The same run of two or more Chinese characters written twice with nothing between (审核审核,
 *  耕地力地力). One repeated character is left alone: 层层、紧紧、事事、村村 are words, and 落实实验区
 *  is two words meeting. Each position is tried with each length, comparing characters directly: a
 *  back-referencing regex is quadratic on a report whose body is one long line. */
export function repeatedWords(text: string, from = 0, to = text.length): { start: number; length: number }[] {
  const n = text.length;
  const found: { start: number; length: number }[] = [];
  // runEnd: where the run of Chinese characters holding i ends, found once per run.
  let runEnd = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) continue;
    if (runEnd <= i) {
      runEnd = i + 1;
      while (runEnd < n && isHan(text.charCodeAt(runEnd))) runEnd++;
    }
    const maxLen = Math.min(MAX_WORD, (runEnd - i) >> 1);
    for (let len = 2; len <= maxLen; len++) {
      if (text.charCodeAt(i + len) !== c) continue;
      let k = 1;
      while (k < len && text.charCodeAt(i + k) === text.charCodeAt(i + len + k)) k++;
      if (k === len) {
        found.push({ start: i, length: len });
        i += 2 * len - 1;
        break;
      }
    }
  }
  return found;
}

/** 。；！？ or a line break (compared by code: a Set lookup per character is slow on a long text). */
const isTerminator = (c: number) => c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x0a;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000;

/** Sentences written twice in a row, white space between allowed: each sentence ends with 。；！？
 *  and holds at least six Chinese characters. Read terminator by terminator, comparing offsets. */
export function repeatedSentences(text: string, from = 0, to = text.length): { first: Span; second: Span }[] {
  const found: { first: Span; second: Span }[] = [];
  let prev: Span | undefined;
  let pieceStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) continue;
    let start = pieceStart;
    pieceStart = i + 1;
    if (c === 0x0a) {
      if (prev && prev.end !== start) prev = undefined;
      continue;
    }
    while (start < i && isSpace(text.charCodeAt(start))) start++;
    const piece = { start, end: i + 1 };
    const len = piece.end - piece.start;
    if (prev && prev.end <= piece.start && len === prev.end - prev.start && len >= 7 && isBlank(text, prev.end, piece.start) && text.startsWith(text.slice(prev.start, prev.end), piece.start) && hanCount(text, piece) >= 6) {
      found.push({ first: prev, second: piece });
      prev = undefined;
      continue;
    }
    prev = piece;
  }
  return found;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i)) && text[i] !== '\n') return false;
  return true;
}

function hanCount(text: string, span: Span): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

export default {
  meta: {
    id: 'repeated-text',
    description: '同一词语或句子紧挨着重复书写（如「审核审核」）',
    defaultSeverity: 'warning',
    fixable: true,
    local: true,
    messages: {
      sentence: '句子重复：「{{sentence}}」紧接着又写了一遍',
      word: '「{{unit}}」重复书写了两遍：「{{unit}}{{unit}}」',
    },
  },
  check({ model, report, window }) {
    const text = model.text;
    const scope = textScope(model);
    const read = readSpan({ model, window });
    const found: { start: number; end: number }[] = [];
    // A whole sentence written twice in a row.
    for (const { first, second } of repeatedSentences(text, read.start, read.end)) {
      if (!scope.spanInText({ start: first.start, end: second.end })) continue;
      found.push(second);
      const sentence = text.slice(second.start, second.end);
      report({ messageId: 'sentence', data: { sentence: shorten(sentence) }, span: second, fix: { range: [first.end, second.end], text: '' } });
    }
    for (const r of repeatedWords(text, read.start, read.end)) {
      const unit = text.slice(r.start, r.start + r.length);
      if (ACCEPTED.has(unit + unit)) continue;
      const span = { start: r.start + r.length, end: r.start + 2 * r.length };
      if (!scope.spanInText({ start: r.start, end: span.end })) continue;
      if (found.some((f) => span.start < f.end && span.end > f.start)) continue;
      report({ messageId: 'word', data: { unit }, span, fix: { range: [span.start, span.end], text: '' } });
    }
  },
} satisfies Rule;

function shorten(s: string): string {
  return s.length > 30 ? `${s.slice(0, 28)}…` : s;
}
