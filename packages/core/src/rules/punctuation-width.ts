import type { Rule } from '../types';
import { textScope } from './text-scope';
import { matchesOf } from '../matches';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

// A half-width mark with Chinese on both sides: 其中:减税降费, 信息,加强. Digits and Latin letters
// on either side (10:30, 0591-23163551;传真) are left alone. The marks are found first and their
// neighbours tested after: a lookbehind at every position of a long text is slow.
const MARK = /[,;:?!]/g;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const BEFORE_OK = new Set([...'》”』）'].map((c) => c.charCodeAt(0)));
const AFTER_OK = new Set([...'《“『（'].map((c) => c.charCodeAt(0)));
const chineseBefore = (text: string, i: number) => i > 0 && (isHan(text.charCodeAt(i - 1)) || BEFORE_OK.has(text.charCodeAt(i - 1)));
const chineseAfter = (text: string, i: number) => i + 1 < text.length && (isHan(text.charCodeAt(i + 1)) || AFTER_OK.has(text.charCodeAt(i + 1)));
// Half-width brackets round Chinese text after Chinese text or at a line start: 条例》(以下简称《条例》)、(一)主动公开.
const PARENS = /\(([^()\n]{0,120})\)/g;
const PARENS_AFTER = /[\p{Script=Han}》”。，；：、\s]/u;
const HAS_HAN = /\p{Script=Han}/u;
// The full-width marks of the same kinds, to tell the document's own usage.
const FULL_MARKS = /[，；：？！]/g;
const FULL_PARENS = /（/g;
interface Found {
  start: number;
  end: number;
  /** Offsets to replace by a full-width mark. */
  fix: [number, string][];
  shown: string;
}

export interface PunctuationWidthOptions {
  /** Report every half-width mark, even in a document that uses them throughout (default: only a
   *  document that mostly uses full-width marks, where the half-width ones are slips). */
  all?: boolean;
}

/** Above this share of half-width marks a document has its own (wrong but consistent) habit, better
 *  fixed at once by the writer than as scores of messages; `all` reports them anyway. A few marks
 *  are slips whatever the share (a short text has few full-width marks to compare with). */
const MAX_SLIP_SHARE = 0.2;
const ALWAYS_SLIPS = 3;

export default {
  meta: {
    id: 'punctuation-width',
    description: '汉字之间用了半角标点（, ; : ( ) 等），应为全角',
    defaultSeverity: 'warning',
    fixable: true,
    recommended: false,
    messages: {
      mark: '汉字之间用了半角「{{mark}}」，应为全角「{{full}}」',
      parens: '汉字之间用了半角括号「(…)」，应为全角「（…）」',
    },
    schema: {
      type: 'object',
      properties: { all: { type: 'boolean', description: '通篇使用半角标点的文件也逐个报告' } },
      additionalProperties: false,
    },
  },
  check({ model, report, options }) {
    const all = !!(options && typeof options === 'object' && (options as PunctuationWidthOptions).all);
    const text = model.text;
    const scope = textScope(model);
    const marks: Found[] = [];
    const parens: Found[] = [];
    for (const m of matchesOf(text, MARK)) {
      if (chineseBefore(text, m.index) && chineseAfter(text, m.index) && scope.inText(m.index)) marks.push({ start: m.index, end: m.index + 1, fix: [[m.index, FULL[m[0]]]], shown: m[0] });
    }
    for (const m of matchesOf(text, PARENS)) {
      const close = m.index + m[0].length - 1;
      if (m.index > 0 && !PARENS_AFTER.test(text[m.index - 1])) continue;
      if (!HAS_HAN.test(m[1]) || !scope.inText(m.index) || !scope.inText(close)) continue;
      parens.push({ start: m.index, end: close + 1, fix: [[m.index, '（'], [close, '）']], shown: '()' });
    }
    if (!marks.length && !parens.length) return;
    const countIn = (full: RegExp) => {
      let n = 0;
      for (const m of matchesOf(text, full)) if (scope.inText(m.index)) n++;
      return n;
    };
    // Marks and brackets are habits of their own: each is judged against its full-width form.
    const habit = (found: Found[], full: RegExp) => found.length > ALWAYS_SLIPS && found.length > MAX_SLIP_SHARE * (found.length + countIn(full));
    const marksHabit = habit(marks, FULL_MARKS);
    // A writer who types half-width commas types half-width brackets too: those are the same habit.
    const parensHabit = marksHabit || habit(parens, FULL_PARENS);
    const reported = [...(all || !marksHabit ? marks : []), ...(all || !parensHabit ? parens : [])].sort((a, b) => a.start - b.start);
    for (const f of reported) {
      const replaced = f.fix.reduce((s, [at, ch]) => s.slice(0, at - f.start) + ch + s.slice(at - f.start + 1), text.slice(f.start, f.end));
      const which = f.shown === '()' ? { messageId: 'parens' } : { messageId: 'mark', data: { mark: f.shown, full: FULL[f.shown] } };
      report({ ...which, span: { start: f.start, end: f.end }, fix: { range: [f.start, f.end], text: replaced } });
    }
  },
} satisfies Rule;
