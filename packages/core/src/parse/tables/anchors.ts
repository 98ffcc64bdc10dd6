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
const NUMBERING = /(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][)）]|\d{1,2}[.．、)）]|[（(]\d{1,2}[)）])[ \t\u3000]*$/;

const PUNCT = /[、,.:;()\-"'“”]/;
/** How many tokens after the previous label a misspelt label is looked for in. */
export const MISSPELT_WINDOW = 60;

export function def(key: string, label: string, coreLength?: number): LabelDef {
  const unnumbered = label.replace(/^(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][)）]|\d{1,2}[.．、])/, '');
  const n = normalize(unnumbered);
  const core = coreLength ? n.slice(0, coreLength) : n;
  return { key, label, core, ...(core.length < n.length ? { rest: n.slice(core.length) } : {}) };
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

/** Source span of a match, extended backwards over the label's numbering. */
function spanWithNumbering(src: string, n: Normalized, from: number, to: number): Span {
  const span = sourceSpan(n, from, to);
  const before = src.slice(Math.max(0, span.start - 8), span.start);
  const m = NUMBERING.exec(before);
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}

/** Finds `d` in n.text[from, to). */
export function findLabel(src: string, n: Normalized, d: LabelDef, from: number, to: number): Anchor | undefined {
  const at = n.text.indexOf(d.core, from);
  if (at < 0 || at + d.core.length > to) return undefined;
  const end = d.rest ? consumeRest(n.text, at + d.core.length, d.rest) : at + d.core.length;
  return { def: d, from: at, to: end, span: spanWithNumbering(src, n, at, end) };
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
