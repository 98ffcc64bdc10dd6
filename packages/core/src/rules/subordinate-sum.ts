import type { Rule } from '../types';
import { subordinateSumFindings } from '../cross/subordinates';

/** Runs only for `report-lint sum PARENT CHILD…`, which gives the subordinates' reports: see
 *  meta.crossReport. A warning, not an error: a parent may count its own office's requests too. */
export default {
  meta: {
    id: 'subordinate-sum',
    description: '本级报告表三、表四的数字与所汇总的下级报告之和不符（report-lint sum）',
    defaultSeverity: 'warning',
    fixable: false,
    crossReport: 'subordinates',
    messages: {
      mismatch: '{{cell}}为 {{value}}，与下级报告之和 {{sum}} 不符（{{listed}}）',
      belowKnown: '{{cell}}为 {{value}}，少于已读取的下级报告之和 {{sum}}（{{listed}}）：本级数不应少于下级之和',
      cannotAssess: '{{text}}',
    },
  },
  check({ model, subordinates, report }) {
    if (!subordinates) return;
    for (const r of subordinateSumFindings(model, subordinates)) report(r);
  },
} satisfies Rule;
