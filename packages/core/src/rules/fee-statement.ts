import type { Rule, Section } from '../types';
import { sectionTitleKey } from '../parse/sections';
import { SECTION_TITLES } from '../parse/standard';

/** What a fee statement speaks of: 信息处理费, and the other wordings real reports use for it
 *  (`信息公开处理费`, `收取政府信息公开费用`, `未发生收费情况`, `未收取任何费用`). */
const FEE = /处理费|费用|收费/g;
// "states whether it was charged": 未收取 / 没有产生 / 收取…元 / 0 元 …
const STATED = /收取|收费|产生|征收|缴纳|未|没有|无|免|[0-9０-９零]/;
const OTHER_MATTERS = sectionTitleKey(SECTION_TITLES[6]);

/** Section 六, or the section titled 其他需要报告的事项 whatever its number (seed 003 numbers it 五). */
function otherMattersSection(sections: Section[]): Section | undefined {
  return sections.find((s) => sectionTitleKey(s.title.text) === OTHER_MATTERS) ?? sections.find((s) => s.number === 6);
}

/** Outside section 六 only the fee's own name counts: 表二 has a row 行政事业性收费. */
const NAMED = /处理费/g;
const SENTENCE_ENDS = new Set([...'。；;\n']);

/** Whether a sentence of `text` (between 。；; and line breaks) speaks of the fee (`fee`) and says
 *  whether it was charged: each mention's sentence is read, not every sentence of a long section. */
function states(text: string, fee = FEE): boolean {
  for (const m of text.matchAll(fee)) {
    let start = m.index;
    while (start > 0 && !SENTENCE_ENDS.has(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !SENTENCE_ENDS.has(text[end])) end++;
    if (STATED.test(text.slice(start, end))) return true;
  }
  return false;
}

export default {
  meta: {
    id: 'fee-statement',
    description: '2021 年度及以后的报告应在第六部分说明信息处理费收取情况（国办函〔2020〕109号）',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missingNoSection:
        '报告没有说明本年度信息处理费的收取情况（国办函〔2020〕109号，2021 年起施行），应在第六部分「其他需要报告的事项」中说明，如「本年度未收取信息处理费」',
      elsewhere: '{{section}}没有说明信息处理费收取情况（报告其他部分提到了处理费，但按格式应在此说明）',
      missing: '{{section}}没有说明本年度信息处理费的收取情况（国办函〔2020〕109号，2021 年起施行），如「本年度未收取信息处理费」',
    },
  },
  check({ model, report }) {
    // 国办函〔2020〕109号 is in force from 2021-01-01; without a year we cannot tell, so stay silent.
    if (model.year === undefined || model.year < 2021) return;
    const section = otherMattersSection(model.sections);
    if (!section) {
      // No section 六 (section-missing says so): the statement may still stand elsewhere.
      const last = model.sections[model.sections.length - 1];
      if (last && !states(model.text.slice(model.sections[0].heading.start), NAMED)) {
        report({ messageId: 'missingNoSection', span: last.heading });
      }
      return;
    }
    const body = model.text.slice(section.heading.end, section.span.end);
    if (states(body)) return;
    const name = `第${section.numeral}部分「${section.title.text}」`;
    const elsewhere = states(model.text.slice(0, section.heading.start), NAMED) || states(model.text.slice(section.span.end), NAMED);
    report({
      messageId: elsewhere ? 'elsewhere' : 'missing',
      data: { section: name },
      span: section.heading,
      ...(elsewhere ? { severity: 'warning' as const } : {}),
    });
  },
} satisfies Rule;
