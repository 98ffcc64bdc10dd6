import type { Rule, Span } from '../types';
import { numeralOf, SECTION_TITLES } from '../parse/standard';
import { standardNumberOf } from '../parse/sections';

export default {
  meta: { id: 'section-missing', description: '报告应包含一至六全部六个部分', defaultSeverity: 'error', fixable: false },
  check({ model, report }) {
    const { sections } = model;
    for (let n = 1; n <= 6; n++) {
      if (sections.some((s) => s.number === n)) continue;
      const expected = `${numeralOf(n)}、${SECTION_TITLES[n]}`;
      // Point at a heading that carries this section's title under another number (seed 003), else
      // where the section should stand: the next section's heading, or the end of the last one.
      const misnumbered = sections.find((s) => standardNumberOf(s.title.text) === n);
      const next = sections.find((s) => s.number > n);
      const span: Span = misnumbered?.heading ?? next?.heading ?? sections[sections.length - 1]?.heading ?? model.title?.span ?? { start: 0, end: 0 };
      const hint = misnumbered ? `（「${misnumbered.numeral}、${misnumbered.title.text}」的编号应为「${numeralOf(n)}」）` : '';
      report({ message: `缺少第${numeralOf(n)}部分「${expected}」${hint}`, span });
    }
  },
} satisfies Rule;
