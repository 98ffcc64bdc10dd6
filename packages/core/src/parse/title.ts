/** Finding the report's title: `<机关名称><YYYY>年政府信息公开工作年度报告`, sometimes split over two
 *  lines (机关 on the line above, seeds 000 and 004). */
import type { ReportTitle } from '../types';
import type { SourceLine } from './source-lines';
import { normalize } from './normalize';

const TITLE_WORDS = /政府信息公开.{0,6}报告/;
const LOOKS_LIKE_ORG = /^[\u4e00-\u9fff（）()]{2,30}$/;

/** No title line is this long: longer lines are not normalized, which for a line of megabytes
 *  would cost more than the rest of the parse. */
const MAX_TITLE_LINE = 1000;

export function findTitle(lines: readonly SourceLine[], before: number): ReportTitle | undefined {
  const candidates = lines
    .filter((l) => l.start < before)
    .slice(0, 20)
    .filter((l) => l.content.length <= MAX_TITLE_LINE);
  const index = candidates.findIndex((l) => {
    const n = normalize(l.content);
    return n.length <= 60 && TITLE_WORDS.test(n) && !/[。；]/.test(n);
  });
  if (index < 0) return undefined;
  let first = candidates[index];
  const last = candidates[index];
  // A title that starts with its year has the 机关 on the line above, if that line is a bare name.
  if (/^\d{4}/.test(normalize(last.content))) {
    const above = candidates.slice(0, index).reverse().find((l) => normalize(l.content) !== '');
    if (above && LOOKS_LIKE_ORG.test(normalize(above.content))) first = above;
  }
  const text = first === last ? last.content.trim() : `${stripMarkup(first.content)}${stripMarkup(last.content)}`;
  const year = /(\d{4})\s*年/.exec(normalize(last.content))?.[1];
  const start = first.start + (first.text.length - first.text.trimStart().length);
  return { text: stripMarkup(text), span: { start, end: last.start + last.text.trimEnd().length }, ...(year ? { year: Number(year) } : {}) };
}

function stripMarkup(s: string): string {
  return s.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
}
