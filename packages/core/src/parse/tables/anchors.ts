/** Anchoring on standard labels (SPEC §6): labels are found in the normalized text, so line breaks
 *  inside a label, `|`, and full/half-width punctuation do not matter. */
import type { Span } from '../../types';
import { normalize, similarity, sourceSpan, type Normalized } from '../normalize';
import type { Token } from './tokens';

export interface LabelDef {
  key: string;
  /** The standard label, as printed in the format. */
  label: string;
  /** Distinctive start of the label (after its numbering), searched exactly. */
  core: string;
  /** Whether the rest of the standard label after `core` may follow (consumed loosely). */
  rest?: string;
  /** Other wordings of the whole label, accepted as it (normalized). */
  variants?: string[];
  /** The label's own number (`2` of `2.属于…`, `三` of `（三）不予公开`), matched exactly when the
   *  label's span is extended over its numbering: `00000002.其他…` is six zeros' row then `2.`. */
  numbering?: string;
}

export interface Anchor {
  def: LabelDef;
  span: Span;
  /** Normalized index range. */
  from: number;
  to: number;
  /** Set when the label was recognised only as a misspelling. */
  typo?: { text: string; fix?: { span: Span; text: string } };
}

/** Numbering before a label: 一、 （一） 1. （1） */
const NUMBERING = /(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][)）]|[\d０-９]{1,2}[.．、)）]|[（(][\d０-９]{1,2}[)）])[ \t\u3000]*$/;

const PUNCT = /[、,.:;()\-"'“”]/;
/** How many tokens after the previous label a misspelt label is looked for in. */
export const MISSPELT_WINDOW = 60;

const LABEL_NUMBER = /^(?:([一二三四五六七八九十])[、.．]|[（(]([一二三四五六七八九十])[)）]|(\d{1,2})[.．、])/;

export function def(key: string, label: string, coreLength?: number, variants: string[] = []): LabelDef {
  const number = LABEL_NUMBER.exec(label);
  const unnumbered = label.replace(LABEL_NUMBER, '');
  const n = normalize(unnumbered);
  const core = coreLength ? n.slice(0, coreLength) : n;
  return {
    key,
    label,
    core,
    ...(core.length < n.length ? { rest: n.slice(core.length) } : {}),
    ...(variants.length ? { variants: variants.map(normalize) } : {}),
    ...(number ? { numbering: number[1] ?? number[2] ?? number[3] } : {}),
  };
}

/** Consumes as much of `rest` as follows at `pos`, letting punctuation differ. */
function consumeRest(text: string, pos: number, rest: string): number {
  let i = 0;
  let p = pos;
  let lastMatch = pos;
  while (i < rest.length && p < text.length) {
    if (text[p] === rest[i]) {
      p++;
      i++;
      lastMatch = p;
    } else if (PUNCT.test(rest[i]) && PUNCT.test(text[p])) {
      p++;
      i++;
    } else if (PUNCT.test(rest[i])) i++;
    else if (PUNCT.test(text[p])) p++;
    else break;
  }
  // End at the last character that matched: punctuation after it belongs to the next cell.
  return lastMatch;
}

/** Source span of a match, extended backwards over the label's own numbering (its own number only:
 *  the digits before it may be the previous row's cells). */
function spanWithNumbering(src: string, n: Normalized, from: number, to: number, d?: LabelDef): Span {
  const span = sourceSpan(n, from, to);
  const before = src.slice(Math.max(0, span.start - 8), span.start);
  // Its digits also in their full-width forms (`３.其他`).
  const own = d?.numbering?.replace(/\d/g, (c) => `[${c}${String.fromCharCode(c.charCodeAt(0) + 0xfee0)}]`);
  const pattern = own
    ? /\d/.test(d!.numbering!)
      ? new RegExp(`(?:[（(]${own}[)）]|${own}[.．、)）])[ \\t\u3000]*$`)
      : new RegExp(`(?:${own}[、.．]|[（(]${own}[)）])[ \\t\u3000]*$`)
    : NUMBERING;
  const m = pattern.exec(before);
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}

/** Finds `d` in n.text[from, to). */
/** A core this short (`其他`) is a label only with its own numbering before it (`3.其他`): alone it is
 *  also a column header or a word of another label. */
const SHORT_CORE = 2;

function coreAt(src: string, n: Normalized, d: LabelDef, from: number): number {
  for (let at = n.text.indexOf(d.core, from); at >= 0; at = n.text.indexOf(d.core, at + 1)) {
    if (d.core.length > SHORT_CORE || !d.numbering) return at;
    const span = sourceSpan(n, at, at + d.core.length);
    if (spanWithNumbering(src, n, at, at + d.core.length, d).start < span.start) return at;
  }
  return -1;
}

export function findLabel(src: string, n: Normalized, d: LabelDef, from: number, to: number): Anchor | undefined {
  let at = coreAt(src, n, d, from);
  let end = at < 0 ? -1 : d.rest ? consumeRest(n.text, at + d.core.length, d.rest) : at + d.core.length;
  for (const v of d.variants ?? []) {
    const vat = n.text.indexOf(v, from);
    if (vat >= 0 && (at < 0 || vat < at)) [at, end] = [vat, vat + v.length];
  }
  if (at < 0) [at, end] = wrappedAt(n, d, from);
  if (at < 0 || end > to) return undefined;
  return { def: d, from: at, to: end, span: spanWithNumbering(src, n, at, end, d) };
}

/** A label a PDF wrapped around its row's numbers (`2.其他法律行政法规` / `3 0 0 0 0 0 3` / `禁止公开`):
 *  most of it, then digits. The anchor is the part before the digits; the rest is text after the
 *  numbers, left out of the cells. */
function wrappedAt(n: Normalized, d: LabelDef, from: number): [number, number] {
  const full = d.core + (d.rest ?? '');
  for (let length = full.length - 1; length >= Math.max(4, Math.ceil(full.length / 2)); length--) {
    const prefix = full.slice(0, length);
    for (let at = n.text.indexOf(prefix, from); at >= 0; at = n.text.indexOf(prefix, at + 1)) {
      // Digits next, or after a group label's fragment standing between (`公开出版` `（五）` `0 0 …`).
      // (a group label's `（五）` or one character of a vertical one may stand between; not more text,
      // which makes it a misspelling: `其他法律行政止公开`).
      if (/^(?:\([一二三四五六七八九十]\)|[\u4e00-\u9fff])?\d/.test(n.text.slice(at + length, at + length + 5))) return [at, at + length];
    }
  }
  return [-1, -1];
}

/** Finds a misspelt `d` among label tokens: the best run of adjacent label tokens (a label may be
 *  broken over lines) similar enough to the standard text. */
export function findMisspelt(src: string, d: LabelDef, tokens: readonly Token[], threshold = 0.6): Anchor | undefined {
  const target = d.core + (d.rest ?? '');
  let best: { score: number; first: number; last: number } | undefined;
  // A row's label stands right after the row before it; looking further only costs time.
  for (let i = 0; i < Math.min(tokens.length, MISSPELT_WINDOW); i++) {
    if (tokens[i].kind !== 'label') continue;
    let joined = '';
    for (let j = i; j < tokens.length && j < i + 4 && tokens[j].kind === 'label'; j++) {
      joined += normalize(tokens[j].text);
      const score = similarity(stripNumbering(joined), target, threshold);
      if (score >= threshold && (!best || score > best.score)) best = { score, first: i, last: j };
    }
  }
  if (!best) return undefined;
  const first = tokens[best.first];
  const last = tokens[best.last];
  const span = { start: first.span.start, end: last.span.end };
  const text = src.slice(span.start, span.end);
  // A fix only when the label sits in one token: rewrite it, keeping its numbering.
  let fix: { span: Span; text: string } | undefined;
  if (best.first === best.last) {
    const numbering = /^(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][)）]|\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])/.exec(text)?.[0] ?? '';
    const standard = d.label.replace(/^(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][)）]|\d{1,2}[.．、])/, '');
    fix = { span: { start: span.start + numbering.length, end: span.end }, text: standard };
  }
  return { def: d, from: -1, to: -1, span, typo: { text, ...(fix ? { fix } : {}) } };
}

function stripNumbering(s: string): string {
  return s.replace(/^(?:[一二三四五六七八九十][、.]|\([一二三四五六七八九十]\)|\d{1,2}[.、)]|\(\d{1,2}\))/, '');
}
