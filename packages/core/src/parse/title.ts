/** Finding the report's title: `<机关名称><YYYY>年政府信息公开工作年度报告`, sometimes split over two
 *  lines (机关 on the line above, seeds 000 and 004), sometimes run into the text after it (a crawler's
 *  one-line copy: `…年度报告 根据《…》`), sometimes a cover letter's (`…关于报送…年度报告的函`), or only
 *  in a crawler's `标题:` header field. */
import type { ReportTitle, Span } from '../types';
import type { SourceLine, SourceLines } from './source-lines';
import { normalize } from './normalize';

const TITLE_WORDS = /政府信息公开.{0,6}报告/;
const LOOKS_LIKE_ORG = /^[\u4e00-\u9fff（）()]{2,30}$/;
/** A title inside a longer line: a name, an optional 关于(报送), the year, the report's words. */
const TITLE_IN_LINE =
  /(?<=^|[\s：:])[\u4e00-\u9fff（）()]{2,40}?[ \t\u3000]?(?:关于(?:报送|印发|公布|发布)?)?[ \t\u3000]?\d{4}[ \t\u3000]*年(?:度)?[ \t\u3000]*政府信息公开[^。；，,\s]{0,10}?报告(?:的函|的通知)?/;

/** No title line is this long: longer lines are not normalized, which for a line of megabytes
 *  would cost more than the rest of the parse. */
const MAX_TITLE_LINE = 1000;

export function findTitle(
  lines: SourceLines,
  before: number,
  skip: (offset: number) => boolean = () => false,
  headerTitle?: { text: string; span: Span },
): ReportTitle | undefined {
  const candidates: SourceLine[] = [];
  for (let i = 0; i < lines.length && candidates.length < 20 && lines.start(i) < before; i++) if (!skip(lines.start(i))) candidates.push(lines.at(i));
  for (let index = 0; index < candidates.length; index++) {
    const l = candidates[index];
    const n = l.content.length <= MAX_TITLE_LINE ? normalize(l.content) : '';
    if (n.length <= 60 && TITLE_WORDS.test(n) && !/[。；]/.test(n)) return lineTitle(candidates, index);
    const m = TITLE_IN_LINE.exec(l.content.slice(0, 600));
    if (m) {
      const start = l.contentStart + m.index;
      return withYear(m[0].trim(), { start, end: start + m[0].trimEnd().length });
    }
  }
  return headerTitle ? withYear(headerTitle.text, headerTitle.span) : undefined;
}

function lineTitle(candidates: readonly SourceLine[], index: number): ReportTitle {
  let first = candidates[index];
  const last = candidates[index];
  // A title that starts with its year has the 机关 on the line above, if that line is a bare name.
  if (/^\d{4}/.test(normalize(last.content))) {
    const above = candidates.slice(0, index).reverse().find((l) => normalize(l.content) !== '');
    if (above && LOOKS_LIKE_ORG.test(normalize(above.content))) first = above;
  }
  const text = first === last ? last.content.trim() : `${stripMarkup(first.content)}${stripMarkup(last.content)}`;
  const start = first.start + (first.text.length - first.text.trimStart().length);
  return withYear(stripMarkup(text), { start, end: last.start + last.text.trimEnd().length });
}

function withYear(text: string, span: Span): ReportTitle {
  const year = /(\d{4})\s*年/.exec(normalize(text))?.[1];
  return { text, span, ...(year ? { year: Number(year) } : {}) };
}

function stripMarkup(s: string): string {
  return s.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
}
