/** Text around a report that is not part of it: a site crawler's metadata header (`标题: …` …
 *  `==== 正文 ====`), and page furniture between table rows (page numbers such as `-4-`, `- 5 -`,
 *  `第 4 页`). Both are left out of the report model. */
import type { Span } from '../types';
import type { SourceLines } from './source-lines';

const HEADER_FIELD = /^(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|来源|索引号|主题分类|成文日期|发文机关|页面链接与图片详见)\s*[:：(（]/;
const BODY_MARK = /^\s*=+\s*正文\s*=+\s*$/;
const PAGE_NUMBER = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

export interface Furniture {
  /** Spans to leave out: the crawler header, page-number lines. */
  spans: Span[];
  /** The `标题:` field of a crawler header, if there is one. */
  headerTitle?: { text: string; span: Span };
}

/** What a page-number line's first character after blanks can be: a dash, 第, a digit, or a blank
 *  that a line's content keeps (PAGE_NUMBER's \s is wider). A cheap test before the expression. */
const PAGE_NUMBER_FIRST = /[-－—–第\d\s]/;

export function findFurniture(lines: SourceLines): Furniture {
  const spans: Span[] = [];
  let headerTitle: Furniture['headerTitle'];
  // A crawler header: key: value lines at the top, up to a `==== 正文 ====` line.
  const top = lines.first(20);
  const mark = top.findIndex((l) => BODY_MARK.test(l.text));
  if (mark > 0 && top.slice(0, mark).filter((l) => HEADER_FIELD.test(l.text)).length >= 2) {
    spans.push({ start: 0, end: top[mark].end });
    const field = top.slice(0, mark).find((l) => /^标题\s*[:：]/.test(l.text));
    if (field) {
      const value = field.text.replace(/^标题\s*[:：]\s*/, '');
      const start = field.start + field.text.length - value.length;
      const text = value.trim();
      if (text) headerTitle = { text, span: { start, end: start + text.length } };
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const first = lines.firstOf(i);
    if (first < 0 || !PAGE_NUMBER_FIRST.test(lines.src[first])) continue;
    const l = lines.at(i);
    if (PAGE_NUMBER.test(l.text)) spans.push({ start: l.start, end: l.end });
  }
  return { spans, ...(headerTitle ? { headerTitle } : {}) };
}
