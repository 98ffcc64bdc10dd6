/** Finding the top-level headings `一、总体情况` … `六、其他需要报告的事项` (SPEC §2).
 *  `（一）` sub-headings are not sections; neither are table row labels such as `一、本年新收…`,
 *  nor a numbered list `一、… 二、…` inside a section's body. */
import type { HeadingStyle, Section, Span } from '../types';
import type { SourceLine } from './source-lines';
import type { MarkdownHeading } from './markdown';
import { normalize, normalizeWithMap, similarity } from './normalize';
import { SECTION_TITLES, SECTION_VARIANTS, numeralValue } from './standard';
import { insideAny } from './spans';

const HEADING = /^([一二三四五六七八九十]{1,3})[ \t\u3000]*(?:[、.．,，:：][ \t\u3000]*|[ \t\u3000]+)(\S.*)$/;
/** Table rows of 表三 that look like headings. */
const TABLE_ROW = /^(本年新收|上年结转|本年度办理结果|结转下年度)/;
const MAX_TITLE = 40;

interface Candidate {
  line: SourceLine;
  number: number;
  numeral: string;
  title: string;
  titleStart: number;
  standardOf?: number;
}

const memo = new Map<string, number | undefined>();

/** The section number whose standard title (or accepted variant) this title is, if any. */
/** A section title as compared with the standard ones: normalized, without a trailing colon. */
export const sectionTitleKey = (title: string) => normalize(title).replace(/[:：]$/, '');

export function standardNumberOf(title: string): number | undefined {
  if (memo.has(title)) return memo.get(title);
  if (memo.size > 5000) memo.clear(); // a long-lived language server sees many titles
  const n = closestStandard(title);
  memo.set(title, n);
  return n;
}

/** The standard titles and their accepted variants, normalized, with their section numbers. */
let standards: { n: number; key: string }[] | undefined;
function standardKeys(): { n: number; key: string }[] {
  standards ??= Object.entries(SECTION_TITLES).flatMap(([key, standard]) =>
    [standard, ...(SECTION_VARIANTS[Number(key)] ?? [])].map((s) => ({ n: Number(key), key: normalize(s) })),
  );
  return standards;
}

function closestStandard(title: string, tolerance = 0.75): number | undefined {
  const t = sectionTitleKey(title);
  const exact = standardKeys().find((s) => s.key === t); // the usual case, without the LCS
  if (exact) return exact.n;
  let best: { n: number; score: number } | undefined;
  for (const { n, key } of standardKeys()) {
    const score = similarity(t, key, tolerance);
    if (score >= tolerance && (!best || score > best.score)) best = { n, score };
  }
  return best?.n;
}

/** A heading followed by its first sentence on the same line (`一、总体情况：2025年，……。`): the
 *  standard title at the start of the text, as written in the source. */
function standardPrefix(text: string): string | undefined {
  const { text: n, map } = normalizeWithMap(text);
  const hit = standardKeys().find((s) => n.startsWith(s.key));
  return hit && text.slice(0, map[hit.key.length - 1] + 1);
}

function candidateOf(line: SourceLine): Candidate | undefined {
  if (/\t/.test(line.content)) return undefined;
  const m = HEADING.exec(line.content);
  if (!m) return undefined;
  const number = numeralValue(m[1]);
  let title = m[2].replace(/[：:]$/, '');
  let n = normalize(title);
  if (!number || !n || TABLE_ROW.test(n)) return undefined;
  if (n.length > MAX_TITLE || /[。；;]/.test(n)) {
    const prefix = standardPrefix(title);
    if (!prefix) return undefined;
    title = prefix;
    n = normalize(title);
  }
  const standardOf = standardNumberOf(title);
  if (/,/.test(n) && !standardOf) return undefined; // a sentence, not a heading
  return { line, number, numeral: m[1], title, titleStart: line.contentStart + m[0].length - m[2].length, standardOf };
}

export function findSections(
  lines: readonly SourceLine[],
  ignored: readonly Span[],
  mdHeadings: Map<number, MarkdownHeading> | undefined,
  textEnd: number,
): Section[] {
  const inIgnored = insideAny(ignored);
  const chosen: Candidate[] = [];
  let highest = 0;
  let inList = false;
  for (const line of lines) {
    const c = candidateOf(line);
    if (!c || inIgnored(line.start)) continue;
    const inSequence = c.number === highest + 1;
    if (c.standardOf || inSequence) {
      inList = false;
    } else if (c.number === 1 && highest >= 1) {
      inList = true; // a numbered list restarting at 一 inside a section's body
      continue;
    } else if (inList) {
      continue;
    }
    chosen.push(c);
    highest = Math.max(highest, c.number);
  }
  return chosen.map((c, i) => {
    const md = mdHeadings?.get(c.line.start);
    const style: HeadingStyle = md ? (md.setext ? 'setext' : 'atx') : /^\s*(\*\*|__)/.test(c.line.text) ? 'bold' : 'plain';
    const next = chosen[i + 1]?.line.start ?? textEnd;
    return {
      number: c.number,
      numeral: c.numeral,
      title: { text: c.title, span: { start: c.titleStart, end: c.titleStart + c.title.length } },
      heading: { start: c.line.start, end: c.line.end },
      span: { start: c.line.start, end: next },
      style,
      ...(md ? { depth: md.depth } : {}),
    };
  });
}
