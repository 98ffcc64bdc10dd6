import type { Rule } from '../types';
import { textScope } from './text-scope';

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
export function repeatedWords(text: string): { start: number; length: number }[] {
  const n = text.length;
  const code = new Uint16Array(n);
  for (let i = 0; i < n; i++) code[i] = text.charCodeAt(i);
  // runEnd[i]: where the run of Chinese characters that holds i ends (i itself when it is not one).
  const runEnd = new Uint32Array(n + 1);
  runEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) runEnd[i] = isHan(code[i]) ? runEnd[i + 1] : i;
  const found: { start: number; length: number }[] = [];
  for (let i = 0; i < n; i++) {
    const maxLen = Math.min(MAX_WORD, (runEnd[i] - i) >> 1);
    const c = code[i];
    for (let len = 2; len <= maxLen; len++) {
      if (code[i + len] !== c) continue;
      let k = 1;
      while (k < len && code[i + k] === code[i + len + k]) k++;
      if (k === len) {
        found.push({ start: i, length: len });
        i += 2 * len - 1;
        break;
      }
    }
  }
  return found;
}

// Pieces of text up to and including a 。；！？ or a line break. The pattern always matches where it
// starts, so the scan stays linear on text without full stops.
const PIECE = /[^。；！？\n]+[。；！？\n]?/g;
const ENDS_SENTENCE = /[。；！？]$/;

export default {
  meta: { id: 'repeated-text', description: '同一词语或句子紧挨着重复书写（如「审核审核」）', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    const found: { start: number; end: number }[] = [];
    // A whole sentence written twice in a row (white space between allowed).
    let prev: RegExpMatchArray | undefined;
    for (const m of text.matchAll(PIECE)) {
      if (!ENDS_SENTENCE.test(m[0])) {
        prev = undefined;
        continue;
      }
      const sentence = m[0].trim();
      if (prev && prev[0].trim() === sentence && /^\s*$/.test(text.slice(prev.index! + prev[0].length, m.index)) && (sentence.match(/\p{Script=Han}/gu) ?? []).length >= 6) {
        const span = { start: m.index + m[0].indexOf(sentence), end: m.index + m[0].length };
        if (scope.spanInText({ start: prev.index!, end: span.end })) {
          found.push(span);
          report({ message: `句子重复：「${shorten(sentence)}」紧接着又写了一遍`, span, fix: { range: [prev.index! + prev[0].length, span.end], text: '' } });
        }
      }
      prev = m;
    }
    for (const r of repeatedWords(text)) {
      const unit = text.slice(r.start, r.start + r.length);
      if (ACCEPTED.has(unit + unit)) continue;
      const span = { start: r.start + r.length, end: r.start + 2 * r.length };
      if (!scope.spanInText({ start: r.start, end: span.end })) continue;
      if (found.some((f) => span.start < f.end && span.end > f.start)) continue;
      report({ message: `「${unit}」重复书写了两遍：「${unit}${unit}」`, span, fix: { range: [span.start, span.end], text: '' } });
    }
  },
} satisfies Rule;

function shorten(s: string): string {
  return s.length > 30 ? `${s.slice(0, 28)}…` : s;
}
