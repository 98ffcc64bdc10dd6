import type { Rule, Section, Span } from '../types';
import { numeralOf, SECTION_TITLES } from '../parse/standard';
import { standardNumberOf } from '../parse/sections';

/** Section n is there when a heading numbered n carries its title, or a title that is no section's.
 *  A heading numbered n that carries another section's title does not make n present (SPEC §2:
 *  seed 003's 五、其他需要报告的事项 leaves 六 missing). */
export function presentSections(sections: readonly Section[]): Set<number> {
  const present = new Set<number>();
  for (const s of sections) {
    const meant = standardNumberOf(s.title.text);
    if (meant === undefined || meant === s.number) present.add(s.number);
  }
  return present;
}

export default {
  meta: {
    id: 'section-missing',
    description: '报告应包含一至六全部六个部分',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: '缺少第{{numeral}}部分「{{expected}}」',
      misnumbered: '缺少第{{numeral}}部分「{{expected}}」（「{{found}}」的编号应为「{{numeral}}」）',
    },
  },
  check({ model, report }) {
    const { sections } = model;
    const present = presentSections(sections);
    for (let n = 1; n <= 6; n++) {
      if (present.has(n)) continue;
      const expected = `${numeralOf(n)}、${SECTION_TITLES[n]}`;
      // Point at a heading that carries this section's title under another number (seed 003), else
      // where the section should stand: the next section's heading, or the end of the last one.
      const misnumbered = sections.find((s) => s.number !== n && standardNumberOf(s.title.text) === n);
      const next = sections.find((s) => s.number > n);
      const span: Span = misnumbered?.heading ?? next?.heading ?? sections[sections.length - 1]?.heading ?? model.title?.span ?? { start: 0, end: 0 };
      const found = misnumbered ? `${misnumbered.numeral}、${misnumbered.title.text}` : '';
      report({ messageId: misnumbered ? 'misnumbered' : 'missing', data: { numeral: numeralOf(n), expected, found }, span });
    }
  },
} satisfies Rule;
