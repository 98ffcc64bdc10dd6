/** Finding the top-level headings `一、总体情况` … `六、其他需要报告的事项` (SPEC §2).
 *  `（一）` sub-headings are not sections; neither are table row labels such as `一、本年新收…`,
 *  nor a numbered list `一、… 二、…` inside a section's body.
 *
 *  A heading usually starts a line. Text that lost its line structure (a crawler's copy: the whole
 *  body on one line) has its headings mid-line, so long lines are also searched for a numeral followed
 *  by a section's title; there the title decides, as nothing else marks a heading (SPEC §10). */
import type { HeadingStyle, Section, Span } from '../types';
import type { SourceLine, SourceLines } from './source-lines';
import type { MarkdownHeadings } from './markdown';
import { normalize, normalizeWithMap, similarity } from './normalize';
import { SECTION_SYNONYMS, SECTION_TITLES, SECTION_VARIANTS, numeralValue } from './standard';
import { insideAny } from './spans';

/** A line-start heading: numeral, separator (or a blank), title. An OCR'd `l`/`|`/`丨` before the
 *  numeral is noise, not part of it. */
const HEADING = /^[l|丨｜I]?([一二三四五六七八九十]{1,3})[ \t\u3000]*(?:[、.．,，:：][ \t\u3000]*|[ \t\u3000]+)?(\S.*)$/;
/** Other numberings seen in drafts, `第一部分 总体情况` and `1、总体情况`: headings only when a section's
 *  title follows (a `1.` is far more often a list item or a table row). */
const OTHER_HEADING = /^(?:第([一二三四五六])部分|([1-6])(?![\d.．]\d))[ \t\u3000]*(?:[、.．:：][ \t\u3000]*|[ \t\u3000]+)?(\S.*)$/;
/** Table rows of 表三 that look like headings. */
const TABLE_ROW = /^(本年新收|上年结转|本年度办理结果|结转下年度)/;
const MAX_TITLE = 40;
/** Lines longer than this are searched for headings inside them. */
const LONG_LINE = 200;

interface Candidate {
  start: number;
  end: number;
  line: SourceLine;
  number: number;
  numeral: string;
  title: string;
  titleStart: number;
  standardOf?: number;
}

/** A section title as compared with the standard ones: normalized, without a trailing colon. */
export const sectionTitleKey = (title: string) => normalize(title).replace(/[:：]$/, '');

/** The titles searched for in text, by section number: the standard one, the accepted variants and
 *  the common synonymous wordings (SECTION_SYNONYMS). Normalized. */
const SEARCHED: { n: number; key: string }[] = Object.entries(SECTION_TITLES).flatMap(([k, standard]) => {
  const n = Number(k);
  const extra: Record<number, string[]> = {
    4: ['政府信息公开行政复议与行政诉讼情况'],
    5: ['存在的主要问题及改进措施', '存在的主要问题及整改措施'],
  };
  return [standard, ...(SECTION_VARIANTS[n] ?? []), ...(extra[n] ?? [])].map((s) => ({ n, key: normalize(s) }));
});

/** Characters a searched title can start with (its first or, misspelt, its second). */
const TITLE_FIRST = new Set(SEARCHED.flatMap(({ key }) => [key[0], key[1]]));

/** How a title compares with section n's: the standard text, an accepted variant (info), a synonymous
 *  wording (accepted silently), or none of these. */
export function titleStanding(n: number, title: string): 'standard' | 'variant' | 'synonym' | undefined {
  const t = sectionTitleKey(title);
  if (!SECTION_TITLES[n]) return undefined;
  if (t === normalize(SECTION_TITLES[n])) return 'standard';
  if ((SECTION_VARIANTS[n] ?? []).some((v) => normalize(v) === t)) return 'variant';
  if (SECTION_SYNONYMS[n]?.test(t)) return 'synonym';
  return undefined;
}

const memo = new Map<string, number | undefined>();

/** The section number whose standard title (or accepted variant) this title is, if any. */
export function standardNumberOf(title: string): number | undefined {
  if (memo.has(title)) return memo.get(title);
  if (memo.size > 5000) memo.clear(); // a long-lived language server sees many titles
  const n = closestStandard(title);
  memo.set(title, n);
  return n;
}

function closestStandard(title: string, tolerance = 0.75): number | undefined {
  const t = sectionTitleKey(title);
  for (let n = 1; n <= 6; n++) if (titleStanding(n, t)) return n; // the usual case, without the LCS
  let best: { n: number; score: number } | undefined;
  for (const { n, key } of SEARCHED) {
    const score = similarity(t, key, tolerance);
    if (score >= tolerance && (!best || score > best.score)) best = { n, score };
  }
  return best?.n;
}

/** Edit distance between `t` and the best prefix of `s`: which prefix length, at what distance.
 *  Ties go to the prefix as long as `t` (a word replaced rather than dropped). */
function alignPrefix(t: string, s: string): { dist: number; length: number } {
  const m = t.length;
  const n = Math.min(s.length, m + 4);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (t[i - 1] === s[j - 1] ? 0 : 1));
    prev = cur;
  }
  let best = { dist: Infinity, length: 0 };
  for (let j = Math.max(1, m - 4); j <= n; j++) {
    const d = prev[j];
    if (d < best.dist || (d === best.dist && Math.abs(j - m) < Math.abs(best.length - m))) best = { dist: d, length: j };
  }
  return best;
}

/** How far after a numeral a section's title is looked for. */
const TITLE_WINDOW = 60;

/** The section title standing at `from` in the source (a heading followed by its text on the same
 *  line): the searched title it matches within a quarter of its length, and where it ends. */
function titleAt(src: string, from: number, to: number): { n: number; end: number; dist: number } | undefined {
  const { text, map } = normalizeWithMap(src, from, Math.min(to, from + TITLE_WINDOW));
  let best: { n: number; end: number; dist: number; key: string } | undefined;
  for (const { n, key } of SEARCHED) {
    if (text[0] !== key[0] && text[1] !== key[1]) continue; // the title's start must be there
    const { dist, length } = alignPrefix(key, text);
    if (dist > Math.max(1, Math.floor(key.length / 4))) continue;
    if (!best || dist < best.dist || (dist === best.dist && key.length > best.key.length)) best = { n, end: map[length - 1] + 1, dist, key };
  }
  return best && { n: best.n, end: best.end, dist: best.dist };
}

type TitleAt = typeof titleAt;

/** How many lines' and titles' readings are remembered (sameLinesOnce, sameTitlesOnce). */
const MAX_REMEMBERED = 10000;

/** titleAt, reading the same characters once: a text that lost its line breaks and repeats itself
 *  (an adversarial file, a page pasted twice) has a numeral before the same words many times. */
function sameTitlesOnce(): TitleAt {
  const seen = new Map<string, ReturnType<TitleAt> | null>();
  return (src, from, to) => {
    const key = src.slice(from, Math.min(to, from + TITLE_WINDOW));
    const known = seen.get(key);
    if (known !== undefined) return known ? { ...known, end: known.end + from } : undefined;
    const hit = titleAt(src, from, to);
    if (seen.size < MAX_REMEMBERED) seen.set(key, hit ? { ...hit, end: hit.end - from } : null);
    return hit;
  };
}

/** A title that is no section's but reads as a heading's (`五、信息处理费收取情况` standing where 五 is
 *  due): up to the first word that ends headings. Only taken for the next number in sequence. */
const PLAIN_TITLE = /^[\u4e00-\u9fff（）()、]{2,22}?(?:情况|事项|措施)/;

function lineCandidate(line: SourceLine, src: string): Candidate | undefined {
  if (/\t/.test(line.content)) return undefined;
  const m = HEADING.exec(line.content);
  if (!m) return otherCandidate(line, src);
  const number = numeralValue(m[1]);
  const titleStart = line.contentStart + m[0].length - m[2].length;
  const separated = m[0].length - m[2].length > m[1].length + (/^[l|丨｜I]/.test(line.content) ? 1 : 0);
  let title = m[2].replace(/[：:]$/, '');
  const n = normalize(title);
  if (!number || !n || TABLE_ROW.test(n)) return undefined;
  if (!separated && !TITLE_FIRST.has(n[0])) return undefined;
  const runsOn = !separated || n.length > MAX_TITLE || /[。；;]/.test(n);
  // A table row with its group label in front (`三、本 （一）予以公开  115  13 …`): numbers, not a title.
  const tableRow = /[\d０-９]+[^\d０-９]+[\d０-９]+[^\d０-９]+[\d０-９]+/.test(m[2]);
  // Only a title that runs on, or carries an addition in brackets, needs to be cut to its title.
  const hit = runsOn || tableRow || /[（(]/.test(n) ? titleAt(src, titleStart, line.end) : undefined;
  if (tableRow && !hit) return undefined;
  if (runsOn) {
    // No separator (`一总体情况`), or the heading runs on into its text: the title must be a section's.
    if (!hit) return undefined;
    title = src.slice(titleStart, hit.end);
  } else if (hit && titleStart + title.length > hit.end && (hit.dist === 0 || /^[ \t\u3000]*[（(]/.test(src.slice(hit.end, line.end)))) {
    // The title and then an author's addition (`（单位：件）`, `（截至2025年12月31日）`): the title is
    // the part before it, so that a fix replaces the title only.
    title = src.slice(titleStart, hit.end);
  }
  const standardOf = standardNumberOf(title);
  if (/,/.test(normalize(title)) && !standardOf) return undefined; // a sentence, not a heading
  const numeralAt = line.contentStart + line.content.indexOf(m[1]);
  return { start: numeralAt, end: titleStart + title.length, line, number, numeral: m[1], title, titleStart, standardOf };
}

function otherCandidate(line: SourceLine, src: string): Candidate | undefined {
  const m = OTHER_HEADING.exec(line.content);
  if (!m) return undefined;
  const titleStart = line.contentStart + m[0].length - m[3].length;
  const hit = titleAt(src, titleStart, line.end);
  if (!hit) return undefined;
  const numeral = m[1] ?? m[2];
  const number = m[1] ? numeralValue(m[1])! : Number(m[2]);
  const title = src.slice(titleStart, hit.end);
  return { start: line.contentStart, end: hit.end, line, number, numeral, title, titleStart, standardOf: hit.n };
}

const BRACKETED_HEADING = /^[（(]([一二三四五六])[)）][ \t\u3000]*(\S.*)$/;

function bracketedCandidate(line: SourceLine, src: string): Candidate | undefined {
  const m = BRACKETED_HEADING.exec(line.content);
  if (!m) return undefined;
  const titleStart = line.contentStart + m[0].length - m[2].length;
  const hit = titleAt(src, titleStart, line.end);
  const number = numeralValue(m[1])!;
  if (!hit || hit.n !== number) return undefined;
  return { start: line.contentStart, end: hit.end, line, number, numeral: m[1], title: src.slice(titleStart, hit.end), titleStart, standardOf: hit.n };
}

/** Headings inside a long line: a numeral not inside （…） followed by a section's title, or, for
 *  the number due next, by a plain heading-like title. */
function* inlineCandidates(line: SourceLine, src: string, due: () => number, titleAt: TitleAt): Generator<Candidate> {
  const re = /(?<![（(第一二三四五六七八九十])([一二三四五六])(?![)）是])[ \t\u3000]*([、.．:：]?)[ \t\u3000]*/g;
  re.lastIndex = 0;
  const body = src.slice(line.start, line.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = line.start + m.index;
    if (at === line.contentStart) continue; // the line-start candidate covers it
    const number = numeralValue(m[1])!;
    const titleStart = at + m[0].length;
    // Most numerals in running text (统一, 一是…) are followed by no title: a character test first.
    if (!TITLE_FIRST.has(src[titleStart]) && !(m[2] === '、' && number === due())) continue;
    if (TABLE_ROW.test(normalize(src.slice(titleStart, titleStart + 12)))) continue;
    const hit = titleAt(src, titleStart, line.end);
    let end: number | undefined;
    let standardOf: number | undefined;
    if (hit) {
      end = hit.end;
      standardOf = hit.n;
    } else if (m[2] === '、' && number === due()) {
      const plain = PLAIN_TITLE.exec(src.slice(titleStart, titleStart + 30));
      if (plain) end = titleStart + plain[0].length;
    }
    if (end === undefined) continue;
    const title = src.slice(titleStart, end);
    // Yielded one at a time: whether a plain title is due depends on the headings taken before it.
    yield { start: at, end, line, number, numeral: m[1], title, titleStart, standardOf };
    re.lastIndex = end - line.start;
  }
}

/** A list of the section titles in a row, each right after the other (a table of contents in the
 *  introduction: `一、总体情况 二、主动公开政府信息情况 三、…`), is no set of headings when the same
 *  sections come again as headings later. */
function withoutContents(chosen: Candidate[]): Candidate[] {
  // How many candidates of each number are still to come: kept as the scan moves on, so that the
  // check stays linear however many headings a text has.
  const later = new Map<number, number>();
  for (const c of chosen) later.set(c.number, (later.get(c.number) ?? 0) + 1);
  const contents = new Set<Candidate>();
  for (let i = 0; i < chosen.length; ) {
    let j = i;
    while (j + 1 < chosen.length && chosen[j + 1].number === chosen[j].number + 1 && chosen[j + 1].start - chosen[j].end <= 3) j++;
    const run = chosen.slice(i, j + 1);
    for (const c of run) later.set(c.number, later.get(c.number)! - 1);
    // The run's numbers are consecutive, so each is counted once.
    const again = run.reduce((n, r) => n + later.get(r.number)!, 0);
    if (run.length >= 3 && again >= run.length) run.forEach((c) => contents.add(c));
    i = j + 1;
  }
  return contents.size ? chosen.filter((c) => !contents.has(c)) : chosen;
}

/** A line's candidate depends on its text alone (it reads nothing outside the line): a text that
 *  repeats a line (a pasted list, an adversarial file of one heading) has it read once. */
function sameLinesOnce(read: (line: SourceLine) => Candidate | undefined): (line: SourceLine) => Candidate | undefined {
  const seen = new Map<string, Candidate | null>();
  return (line) => {
    const known = seen.get(line.text);
    if (known !== undefined) return known ? moved(known, line) : undefined;
    const c = read(line);
    if (seen.size < MAX_REMEMBERED) seen.set(line.text, c ?? null);
    return c;
  };
}

/** Candidate `c`, read on another line with the same text, placed on `line`. */
function moved(c: Candidate, line: SourceLine): Candidate {
  const shift = line.start - c.line.start;
  return { ...c, start: c.start + shift, end: c.end + shift, titleStart: c.titleStart + shift, line };
}

/** What a line's content can start with to be a heading (HEADING, OTHER_HEADING; BRACKETED_HEADING). */
const HEADING_FIRST = new Set([...'l|丨｜I一二三四五六七八九十第123456']);
const BRACKET_FIRST = new Set([...'（(']);
/** A numeral and its separator inside a line: a heading there is looked for. */
const NUMBERED_TITLE = /[一二三四五六][、.．]/;

/** The first character of line `i`'s content, if that starts with no heading or emphasis mark. */
const firstChar = (lines: SourceLines, i: number): string => lines.src[lines.firstOf(i, true)] ?? '';

/** Whether [start, end) holds a numeral and its separator, asked for stretches in order: the text
 *  is searched once, from one place found to the next. */
function numberedTitles(src: string): (start: number, end: number) => boolean {
  const re = new RegExp(NUMBERED_TITLE.source, 'g');
  let next = -1;
  return (start, end) => {
    if (next < start) {
      re.lastIndex = start;
      next = re.exec(src)?.index ?? Infinity;
    }
    return next < end;
  };
}

/** More numbered headings than a report has, even a misnumbered one, by far: the rest are not read. */
export const MAX_SECTIONS = 100;
/** Headings kept for the table-of-contents check (withoutContents) and the choice of those
 *  MAX_SECTIONS: ten times as many are plenty; the rest of a text of half a million headings are
 *  only counted (keeping each would cost more than reading it). */
const MAX_CANDIDATES = 10 * MAX_SECTIONS;

export function findSections(
  lines: SourceLines,
  ignored: readonly Span[],
  mdHeadings: MarkdownHeadings | undefined,
  textEnd: number,
  src: string,
): { sections: Section[]; omitted: number } {
  const inIgnored = insideAny(ignored);
  const chosen: Candidate[] = [];
  let highest = 0;
  let inList = false;
  let uncounted = 0; // taken beyond MAX_CANDIDATES: counted, not kept
  const consider = (c: Candidate) => {
    if (inIgnored(c.start)) return;
    const inSequence = c.number === highest + 1;
    if (c.standardOf || inSequence) {
      inList = false;
    } else if (c.number === 1 && highest >= 1) {
      inList = true; // a numbered list restarting at 一 inside a section's body
      return;
    } else if (inList) {
      return;
    }
    if (chosen.length < MAX_CANDIDATES) chosen.push(c);
    else uncounted++;
    highest = Math.max(highest, c.number);
  };
  const numbered = numberedTitles(src);
  const candidateOf = sameLinesOnce((line) => lineCandidate(line, src));
  const titleNear = sameTitlesOnce();
  for (let i = 0; i < lines.length; i++) {
    // Most lines start with no numeral, are short and hold no 一、: passed over without their record.
    const long = lines.end(i) - lines.start(i) > LONG_LINE;
    if (!long && !numbered(lines.start(i), lines.end(i)) && !HEADING_FIRST.has(firstChar(lines, i))) continue;
    const line = lines.at(i);
    const c = candidateOf(line);
    if (c) consider(c);
    // Inside a line: any long line; a shorter one (a copy that broke lines only at 。) where a
    // section's own title follows the numeral.
    if (long || NUMBERED_TITLE.test(line.content.slice(1))) {
      for (const inline of inlineCandidates(line, src, () => highest + 1, titleNear)) {
        if (c && inline.start < c.end) continue; // the line's own heading (`l六、…`), already taken
        if (long || inline.standardOf) consider(inline);
      }
    }
  }
  // A report that numbers its six parts （一）…（六） has no 一、 headings at all: then those are its
  // sections, where each carries a section's title.
  if (!chosen.some((c) => c.standardOf)) {
    for (let i = 0; i < lines.length; i++) {
      if (!BRACKET_FIRST.has(firstChar(lines, i))) continue;
      const c = bracketedCandidate(lines.at(i), src);
      if (c && !inIgnored(c.start)) chosen.push(c);
    }
  }
  const all = withoutContents(chosen);
  const headings = all.slice(0, MAX_SECTIONS);
  const sections = headings.map((c, i): Section => {
    const atLineStart = c.start === c.line.contentStart || c.line.content.indexOf(c.numeral) <= 1;
    const md = atLineStart ? mdHeadings?.get(c.line.start) : undefined;
    const style: HeadingStyle = md ? (md.setext ? 'setext' : 'atx') : atLineStart && /^\s*(\*\*|__)/.test(c.line.text) ? 'bold' : 'plain';
    const headingStart = atLineStart ? c.line.start : c.start;
    const headingEnd = atLineStart && c.end >= c.line.end - 2 ? c.line.end : c.end;
    const next = headings[i + 1];
    const nextStart = next ? (next.start === next.line.contentStart || next.line.content.indexOf(next.numeral) <= 1 ? next.line.start : next.start) : textEnd;
    return {
      number: c.number,
      numeral: c.numeral,
      title: { text: c.title, span: { start: c.titleStart, end: c.titleStart + c.title.length } },
      heading: { start: headingStart, end: Math.max(headingEnd, c.titleStart + c.title.length) },
      span: { start: headingStart, end: nextStart },
      style,
      ...(md ? { depth: md.depth } : {}),
    };
  });
  return { sections, omitted: all.length - headings.length + uncounted };
}
