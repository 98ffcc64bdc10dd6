import type { Rule } from '../types';
import { textScope } from './text-scope';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

// A half-width mark with Chinese on both sides: 其中:减税降费, 信息,加强. Digits and Latin letters
// on either side (10:30, 0591-23163551;传真) are left alone.
const MARK = /(?<=[\p{Script=Han}》”』）])[,;:?!](?=[\p{Script=Han}《“『（])/gu;
// Half-width brackets round Chinese text after Chinese text: 条例》(以下简称《条例》)、(一)主动公开.
const PARENS = /(?<=[\p{Script=Han}》”。，；：、\s]|^)\(([^()\n]{0,60}?\p{Script=Han}[^()\n]{0,60}?)\)/gmu;
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
 *  fixed at once by the writer than as scores of messages; `all` reports them anyway. */
const MAX_SLIP_SHARE = 0.2;

export default {
  meta: { id: 'punctuation-width', description: '汉字之间用了半角标点（, ; : ( ) 等），应为全角', defaultSeverity: 'warning', fixable: true },
  check({ model, report, options }) {
    const all = !!(options && typeof options === 'object' && (options as PunctuationWidthOptions).all);
    const text = model.text;
    const scope = textScope(model);
    const marks: Found[] = [];
    const parens: Found[] = [];
    for (const m of text.matchAll(MARK)) {
      if (scope.inText(m.index)) marks.push({ start: m.index, end: m.index + 1, fix: [[m.index, FULL[m[0]]]], shown: m[0] });
    }
    for (const m of text.matchAll(PARENS)) {
      const close = m.index + m[0].length - 1;
      if (scope.inText(m.index) && scope.inText(close)) parens.push({ start: m.index, end: close + 1, fix: [[m.index, '（'], [close, '）']], shown: '()' });
    }
    if (!marks.length && !parens.length) return;
    const running = scope.runs.map((r) => text.slice(r.start, r.end)).join('\n');
    // Marks and brackets are habits of their own: each is judged against its full-width form.
    const slips = (found: Found[], full: RegExp) => (all || found.length <= MAX_SLIP_SHARE * (found.length + (running.match(full) ?? []).length) ? found : []);
    const reported = [...slips(marks, FULL_MARKS), ...slips(parens, FULL_PARENS)].sort((a, b) => a.start - b.start);
    for (const f of reported) {
      const replaced = f.fix.reduce((s, [at, ch]) => s.slice(0, at - f.start) + ch + s.slice(at - f.start + 1), text.slice(f.start, f.end));
      const what = f.shown === '()' ? `半角括号「(…)」，应为全角「（…）」` : `半角「${f.shown}」，应为全角「${FULL[f.shown]}」`;
      report({ message: `汉字之间用了${what}`, span: { start: f.start, end: f.end }, fix: { range: [f.start, f.end], text: replaced } });
    }
  },
} satisfies Rule;
