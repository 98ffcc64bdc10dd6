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
    messages: {
      carriedOver: '本报告{{current}}{{cell}}为 {{value}}，上年报告{{previous}}表三「{{row}}」行「{{column}}」列为 {{last}}：上年结转应等于上年报告的结转下年度继续办理数，应为 {{last}}',
      inForce: '本报告{{current}}{{cell}}为 {{value}}，应为 {{expected}}：上年报告{{previous}}{{effective}} {{last}} + {{issued}} {{issuedValue}} − {{repealed}} {{repealedValue}} = {{expected}}',
      notCompared: '{{text}}',
    },
  },
  check({ model, previous, filePath, report }) {
    if (!previous) return;
    for (const r of crossYearFindings(model, previous, filePath)) report(r);
  },
} satisfies Rule;
