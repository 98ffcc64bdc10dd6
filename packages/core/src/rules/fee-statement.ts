import type { Rule, Section } from '../types';
import { sectionTitleKey } from '../parse/sections';
import { SECTION_TITLES } from '../parse/standard';

const FEE = /处理费/;
// "states whether it was charged": 未收取 / 没有产生 / 收取…元 / 0 元 …
const STATED = /收取|收费|产生|征收|缴纳|未|没有|无|免|[0-9０-９零]/;
const OTHER_MATTERS = sectionTitleKey(SECTION_TITLES[6]);

/** Section 六, or the section titled 其他需要报告的事项 whatever its number (seed 003 numbers it 五). */
function otherMattersSection(sections: Section[]): Section | undefined {
  return sections.find((s) => sectionTitleKey(s.title.text) === OTHER_MATTERS) ?? sections.find((s) => s.number === 6);
}

export default {
  meta: { id: 'fee-statement', description: '2021 年度及以后的报告应在第六部分说明信息处理费收取情况（国办函〔2020〕109号）', defaultSeverity: 'error', fixable: false },
  check({ model, report }) {
    // 国办函〔2020〕109号 is in force from 2021-01-01; without a year we cannot tell, so stay silent.
    if (model.year === undefined || model.year < 2021) return;
    const section = otherMattersSection(model.sections);
    if (!section) return; // section-missing reports the absent section
    const body = model.text.slice(section.heading.end, section.span.end);
    if (body.split(/[。；;\n]/).some((s) => FEE.test(s) && STATED.test(s))) return;
    const name = `第${section.numeral}部分「${section.title.text}」`;
    const elsewhere = FEE.test(model.text.slice(0, section.heading.start)) || FEE.test(model.text.slice(section.span.end));
    report({
      message: elsewhere
        ? `${name}没有说明信息处理费收取情况（报告其他部分提到了处理费，但按格式应在此说明）`
        : `${name}没有说明本年度信息处理费的收取情况（国办函〔2020〕109号，2021 年起施行），如「本年度未收取信息处理费」`,
      span: section.heading,
      ...(elsewhere ? { severity: 'warning' as const } : {}),
    });
  },
} satisfies Rule;
