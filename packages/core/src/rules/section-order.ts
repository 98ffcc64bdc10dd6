import type { Rule, Section } from '../types';
import { numeralOf, SECTION_TITLES } from '../parse/standard';
import { standardNumberOf } from '../parse/sections';

/** A heading's problem: a message id of section-order's and its data. */
interface Problem {
  messageId: 'backwards' | 'skipped' | 'otherTitle';
  data: Record<string, string>;
}

/** Headings out of order, as a reviewer would read them: a number repeating, going backwards, or
 *  skipping one. Computed once and shared with section-title, which skips these headings. */
export function outOfOrder(sections: readonly Section[]): Map<Section, Problem> {
  const problems = new Map<Section, Problem>();
  let highest = 0;
  const seen = new Set<number>();
  for (const s of sections) {
    const label = `${s.numeral}、${s.title.text}`;
    const meant = standardNumberOf(s.title.text);
    const hint = meant && meant !== s.number ? `；按标题应为「${numeralOf(meant)}、${SECTION_TITLES[meant]}」` : '';
    if (s.number <= highest) {
      problems.set(s, { messageId: 'backwards', data: { label, how: seen.has(s.number) ? '重复' : '倒退', highest: numeralOf(highest), hint } });
    } else if (s.number > highest + 1) {
      problems.set(s, { messageId: 'skipped', data: { label, skipped: numeralOf(highest + 1), hint } });
    }
    else if (meant && meant !== s.number && s.number <= 6) {
      // In sequence, but titled as another section: its own section is lost under it.
      problems.set(s, {
        messageId: 'otherTitle',
        data: { label, meant: numeralOf(meant), meantTitle: SECTION_TITLES[meant], numeral: s.numeral, own: `${numeralOf(s.number)}、${SECTION_TITLES[s.number]}` },
      });
    }
    highest = Math.max(highest, s.number);
    seen.add(s.number);
  }
  return problems;
}

export default {
  meta: {
    id: 'section-order',
    description: '六个部分应按一至六的顺序编号，编号不能重复、倒退或跳过',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      backwards: '「{{label}}」的编号{{how}}：前面已经到了第{{highest}}部分{{hint}}',
      skipped: '「{{label}}」的编号跳过了「{{skipped}}」{{hint}}',
      otherTitle: '「{{label}}」的标题属于第{{meant}}部分「{{meantTitle}}」，第{{numeral}}部分应为「{{own}}」',
      omitted: '正文中的编号标题远多于报告应有的六个部分：只按前 {{read}} 个检查，其后的 {{omitted}} 个未作为部分读取',
    },
  },
  check({ model, report }) {
    for (const [section, problem] of outOfOrder(model.sections)) report({ ...problem, span: section.heading });
    const last = model.sections[model.sections.length - 1];
    if (model.sectionsOmitted && last) {
      report({ messageId: 'omitted', data: { read: model.sections.length, omitted: model.sectionsOmitted }, span: last.heading, severity: 'info' });
    }
  },
} satisfies Rule;
