import type { Rule, Section } from '../types';
import { numeralOf, SECTION_TITLES } from '../parse/standard';
import { standardNumberOf } from '../parse/sections';

/** Headings out of order, as a reviewer would read them: a number repeating, going backwards, or
 *  skipping one. Computed once and shared with section-title, which skips these headings. */
export function outOfOrder(sections: readonly Section[]): Map<Section, string> {
  const problems = new Map<Section, string>();
  let highest = 0;
  const seen = new Set<number>();
  for (const s of sections) {
    const label = `${s.numeral}、${s.title.text}`;
    const meant = standardNumberOf(s.title.text);
    const hint = meant && meant !== s.number ? `；按标题应为「${numeralOf(meant)}、${SECTION_TITLES[meant]}」` : '';
    if (s.number <= highest) {
      problems.set(s, `「${label}」的编号${seen.has(s.number) ? '重复' : '倒退'}：前面已经到了第${numeralOf(highest)}部分${hint}`);
    } else if (s.number > highest + 1) {
      problems.set(s, `「${label}」的编号跳过了「${numeralOf(highest + 1)}」${hint}`);
    }
    else if (meant && meant !== s.number && s.number <= 6) {
      // In sequence, but titled as another section: its own section is lost under it.
      problems.set(s, `「${label}」的标题属于第${numeralOf(meant)}部分「${SECTION_TITLES[meant]}」，第${s.numeral}部分应为「${numeralOf(s.number)}、${SECTION_TITLES[s.number]}」`);
    }
    highest = Math.max(highest, s.number);
    seen.add(s.number);
  }
  return problems;
}

export default {
  meta: { id: 'section-order', description: '六个部分应按一至六的顺序编号，编号不能重复、倒退或跳过', defaultSeverity: 'error', fixable: false },
  check({ model, report }) {
    for (const [section, message] of outOfOrder(model.sections)) report({ message, span: section.heading });
    const last = model.sections[model.sections.length - 1];
    if (model.sectionsOmitted && last) {
      report({ message: `正文中的编号标题远多于报告应有的六个部分：只按前 ${model.sections.length} 个检查，其后的 ${model.sectionsOmitted} 个未作为部分读取`, span: last.heading, severity: 'info' });
    }
  },
} satisfies Rule;
