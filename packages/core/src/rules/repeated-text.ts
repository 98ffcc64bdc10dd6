import type { Rule } from '../types';
import { textScope } from './text-scope';

// The same run of two or more Chinese characters written twice with nothing between (审核审核,
// 地力地力). One repeated character is left alone: 层层、紧紧、事事、村村 are words, and 落实实验区
// is two words meeting.
const REPEAT = /(\p{Script=Han}{2,40})\1/gu;

/** Reduplicated words that are correct as written (ABAB verbs of plain speech, numerals). */
const ACCEPTED = new Set(['研究研究', '讨论讨论', '学习学习', '商量商量', '了解了解', '考虑考虑', '一一一一']);

// A whole sentence written twice in a row: 。 or ； or ！ or ？ ends each.
const SENTENCE = /([^。；！？\n]{8,}?[。；！？])\s*\1/gu;

export default {
  meta: { id: 'repeated-text', description: '同一词语或句子紧挨着重复书写（如「审核审核」）', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    const found: { start: number; end: number }[] = [];
    for (const m of text.matchAll(SENTENCE)) {
      const unit = m[1];
      if ((unit.match(/\p{Script=Han}/gu) ?? []).length < 6) continue;
      const start = m.index + m[0].length - unit.length;
      const span = { start, end: m.index + m[0].length };
      if (!scope.spanInText({ start: m.index, end: span.end })) continue;
      found.push(span);
      report({ message: `句子重复：「${shorten(unit)}」紧接着又写了一遍`, span, fix: { range: [m.index + unit.length, span.end], text: '' } });
    }
    for (const m of text.matchAll(REPEAT)) {
      if (ACCEPTED.has(m[0])) continue;
      const unit = m[1];
      const span = { start: m.index + unit.length, end: m.index + m[0].length };
      if (!scope.spanInText({ start: m.index, end: span.end })) continue;
      if (found.some((f) => span.start < f.end && span.end > f.start)) continue;
      report({ message: `「${unit}」重复书写了两遍：「${unit}${unit}」`, span, fix: { range: [span.start, span.end], text: '' } });
    }
  },
} satisfies Rule;

function shorten(s: string): string {
  return s.length > 30 ? `${s.slice(0, 28)}…` : s;
}
