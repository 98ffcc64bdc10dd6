import type { Rule } from '../types';
import { SECTION_TITLES, numeralOf } from '../parse/standard';
import { normalize, similarity } from '../parse/normalize';
import { sectionTitleKey, standardNumberOf, titleStanding } from '../parse/sections';
import { outOfOrder } from './section-order';

/** Below this likeness a title is another text, not a misspelt title: replacing it would lose it. */
const FIXABLE = 0.5;

export default {
  meta: {
    id: 'section-title',
    description: '六个部分的标题应与标准格式一致',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      variant: '第{{numeral}}部分标题「{{title}}」是可接受的写法，标准标题为「{{standard}}」',
      nonStandard: '第{{numeral}}部分标题「{{title}}」不规范，应为「{{standard}}」',
    },
  },
  check({ model, report }) {
    const misplaced = outOfOrder(model.sections);
    for (const s of model.sections) {
      if (s.number > 6 || misplaced.has(s)) continue;
      const standard = SECTION_TITLES[s.number];
      const standing = titleStanding(s.number, s.title.text);
      if (standing === 'standard' || standing === 'synonym') continue;
      const data = { numeral: numeralOf(s.number), title: s.title.text, standard };
      if (standing === 'variant') {
        report({ messageId: 'variant', data, span: s.title.span, severity: 'info' });
        continue;
      }
      // A title that is another section's is a numbering problem (section-order), not a title one.
      const meant = standardNumberOf(s.title.text);
      if (meant && meant !== s.number) continue;
      const fixable = similarity(sectionTitleKey(s.title.text), normalize(standard)) >= FIXABLE;
      report({
        messageId: 'nonStandard',
        data,
        span: s.title.span,
        ...(fixable ? { fix: { range: [s.title.span.start, s.title.span.end] as [number, number], text: standard } } : {}),
      });
    }
  },
} satisfies Rule;
