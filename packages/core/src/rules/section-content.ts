import type { Rule, Section } from '../types';

// What is left of a section's text after white space, Markdown markup and punctuation, when it says nothing.
const SAYS_NOTHING = /^(?:无|暂无|没有|无相关情况|本年度无|本年无|不涉及|略)?$/;

/** Sections that must say something of their own: 一 (总体情况) and 五 (问题及改进). 二–四 hold tables
 *  (table-missing says when they do not); 六 may truly have nothing more to report, and its fee
 *  statement is fee-statement's. */
const CHECKED: Record<number, string> = { 1: '应概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作', 5: '应写明存在的主要问题和改进措施；确实没有问题也应说明改进情况' };

// The body: markup and punctuation around at most a few words. Anchored, so that a section of real
// text fails at its first characters instead of being rewritten.
const SHORT_BODY = /^[\s*#>_`|\-—=。.！!；;，,、：:]*([^\s*#>_`|\-—=。.！!；;，,、：:]{0,8})[\s*#>_`|\-—=。.！!；;，,、：:]*$/;

/** What a section says when it says at most a few words, or undefined. */
function shortBody(text: string, s: Section): string | undefined {
  const body = text.slice(s.heading.end, Math.min(s.span.end, s.heading.end + 400));
  if (s.span.end - s.heading.end > 400) return undefined;
  return SHORT_BODY.exec(body)?.[1];
}

export default {
  meta: {
    id: 'section-content',
    description: '第一部分或第五部分没有实际内容（只写了「无」「暂无」）',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      onlyWord: '「{{heading}}」只写了「{{body}}」：{{need}}',
      empty: '「{{heading}}」没有内容：{{need}}',
    },
  },
  check({ model, report }) {
    const text = model.text;
    for (const s of model.sections) {
      const need = CHECKED[s.number];
      if (!need) continue;
      const body = shortBody(text, s);
      if (body === undefined || !SAYS_NOTHING.test(body)) continue;
      report({ messageId: body ? 'onlyWord' : 'empty', data: { heading: text.slice(s.heading.start, s.heading.end).trim(), body, need }, span: s.heading });
    }
  },
} satisfies Rule;
