import type { Rule } from '../types';
import { crossYearFindings } from '../cross/year';

/** Runs only when last year's report is given (`--previous`, a folder's pairs, the editor's
 *  neighbour file): see meta.crossReport. */
export default {
  meta: {
    id: 'cross-year',
    description: '与上年报告不衔接：表三「二、上年结转」与上年「四、结转下年度继续办理」不等，或表二现行有效件数 ≠ 上年现行有效件数 + 本年制发 − 本年废止（需提供上年报告）',
    defaultSeverity: 'warning',
    fixable: false,
    crossReport: 'previous',
  },
  check({ model, previous, filePath, report }) {
    if (!previous) return;
    for (const r of crossYearFindings(model, previous, filePath)) report(r);
  },
} satisfies Rule;
