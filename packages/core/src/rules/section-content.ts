import type { Rule, Section } from '../types';

// What is left of a section's text after white space, Markdown markup and punctuation, when it says nothing.
const SAYS_NOTHING = /^(?:无|暂无|没有|无相关情况|本年度无|本年无|不涉及|略)?$/;

/** Sections that must say something of their own: 一 (总体情况) and 五 (问题及改进). 二–四 hold tables
 *  (table-missing says when they do not); 六 may truly have nothing more to report, and its fee
 *  statement is fee-statement's. */
const CHECKED: Record<number, string> = { 1: '应概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作', 5: '应写明存在的主要问题和改进措施；确实没有问题也应说明改进情况' };

function bodyOf(text: string, s: Section): string {
  return text
    .slice(s.heading.end, s.span.end)
    .replace(/[\s*#>_`|\-—=]+/g, '')
    .replace(/[。.！!；;，,、：:]/g, '');
}

export default {
  meta: { id: 'section-content', description: '第一部分或第五部分没有实际内容（只写了「无」「暂无」）', defaultSeverity: 'warning', fixable: false },
  check({ model, report }) {
    const text = model.text;
    for (const s of model.sections) {
      const need = CHECKED[s.number];
      if (!need) continue;
      const body = bodyOf(text, s);
      if (!SAYS_NOTHING.test(body)) continue;
      const said = body ? `只写了「${body}」` : '没有内容';
      report({ message: `「${text.slice(s.heading.start, s.heading.end).trim()}」${said}：${need}`, span: s.heading });
    }
  },
} satisfies Rule;
