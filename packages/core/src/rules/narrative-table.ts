import type { Cell, ReportModel, Rule, RuleReport, Span, Table } from '../types';
import { inProse } from './prose';
import { cellName } from './names';
import { cellAt, totalChecks } from '../arithmetic';
import { APPLICANT_PARTS, APPLICATION_ROWS } from '../parse/tables/definitions';
import { matchesOf } from '../matches';

const sum = (values: (number | undefined)[]) => (values.every((v) => v !== undefined) ? values.reduce((a, b) => a! + b!, 0) : undefined);

/** A total that the table's own arithmetic contradicts (row-total or review-total says so): the
 *  text is not compared with it, as neither it nor the sum of its parts can be trusted. */
const contradicted = (table: Table, cell: Cell) => totalChecks(table).some((c) => c.cell === cell && c.expected !== cell.value);

/** A row's total: its 总计 cell, or the sum of its six parts when there is no 总计 column. */
function rowTotal(table: Table | undefined, row: string): number | undefined {
  if (!table?.confident) return undefined;
  const total = cellAt(table, row, 'total');
  if (total?.value !== undefined) return contradicted(table, total) ? undefined : total.value;
  return sum(APPLICANT_PARTS.map((c) => cellAt(table, row, c)?.value));
}

function reviewTotal(model: ReportModel, groups: string[]): number | undefined {
  const table = model.tables.review;
  if (!table?.confident) return undefined;
  return sum(groups.map((g) => {
    const total = cellAt(table, g, 'total');
    return total && !contradicted(table, total) ? total.value : undefined;
  }));
}

/** A cell that says there were applications: 一, 二 or （七）, first by column. */
function firstNonZero(table: Table): Cell | undefined {
  for (const row of ['new', 'carried', 'results.total']) {
    const hit = table.cells.find((c) => c.row === row && c.col === 'total' && (c.value ?? 0) > 0) ?? table.cells.find((c) => c.row === row && (c.value ?? 0) > 0);
    if (hit) return hit;
  }
  return undefined;
}

/** `表三「一、本年新收…」为 27` for a row's 总计, else the cell by row and column. */
const nameOf = (table: Table, c: Cell) => (c.col === 'total' ? `表三「${APPLICATION_ROWS.find((r) => r.key === c.row)!.label}」` : cellName(table, c.row, c.col));

const NO_APPLICATIONS = /未(?:收到|接到|受理|有)[^。；;，,\d]{0,20}?申请/g;
const RECEIVED = /(?<!新)(?:收到|受理|接收|接到)[^。；;，,\d]{0,20}?申请[^。；;，,\d]{0,6}?(\d+)\s*(?:件|个|份|条)/g;
/** Statements of one row's total: `新收政府信息公开申请170件` is 一, `上年结转…3件` is 二, `结转下年度
 *  继续办理…4件` is 四, `办结…26件` is （七）. The count must follow its words in the same clause,
 *  so that `11件办结，8件撤销` (counts before the verbs, a breakdown) is not read as a total. */
const ROW_STATEMENTS: { re: RegExp; row: string; what: string }[] = [
  { re: /新收[^。；;，,\d]{0,16}?申请[^。；;，,\d]{0,6}?(\d+)\s*件/g, row: 'new', what: '新收申请' },
  { re: /(?:上年结转|结转上年度?)[^。；;，,\d下]{0,16}?(\d+)\s*件/g, row: 'carried', what: '上年结转' },
  { re: /结转下(?:一)?年度?[^。；;，,\d]{0,12}?(\d+)\s*件/g, row: 'carryover', what: '结转下年度' },
  // 答复 also names a kind of reply (`其中公开答复1件`): only 办结 is read, and not inside a breakdown.
  { re: /(?<!其中[^。；;，,]{0,6})办结[^。；;，,\d率]{0,12}?(\d+)\s*件(?![^。；;，,]{0,4}(?:办结|撤销|驳回))/g, row: 'results.total', what: '办结' },
];

const NO_REVIEW = /未(?:发生|出现|产生|有|被申请|被提起)[^。；;\d]{0,30}?(行政复议|行政诉讼)(?:[、和及与或](行政复议|行政诉讼))?/g;
const REVIEW_COUNT = /(行政复议|行政诉讼)[^。；;，,\d]{0,4}?(\d+)\s*(?:件|起|宗|次)/g;

const GROUPS: Record<string, string[]> = { 行政复议: ['reconsideration'], 行政诉讼: ['direct', 'after'] };

export default {
  meta: {
    id: 'narrative-table',
    description: '正文所述的申请数、行政复议和行政诉讼数应与统计表一致',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      noApplications: '正文称「{{said}}」，但{{cell}}为 {{value}}',
      received: '正文称收到申请 {{stated}} 件，但表三「本年新收」为 {{received}}',
      receivedOrCarried: '正文称收到申请 {{stated}} 件，但表三「本年新收」为 {{received}}（或加上年结转共 {{withCarried}}）',
      row: '正文称{{what}} {{stated}} 件，但表三「{{label}}」为 {{total}}',
      noReview: '正文称「{{said}}」，但表四{{kind}}总计为 {{total}}',
      reviewCount: '正文称{{kind}} {{stated}} 件，但表四{{kind}}总计为 {{total}}',
    },
  },
  check({ model, report }) {
    const outside = inProse(model);
    const say = (r: RuleReport) => outside(r.span.start) && report(r);
    const text = model.text;
    const table = model.tables.applications;
    const received = rowTotal(table, 'new');
    const carried = rowTotal(table, 'carried');
    const span = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

    for (const m of matchesOf(text, NO_APPLICATIONS)) {
      const contrary = table?.confident ? firstNonZero(table) : undefined;
      if (!contrary) continue;
      say({ messageId: 'noApplications', data: { said: m[0], cell: nameOf(table!, contrary), value: contrary.value! }, span: span(m) });
    }
    for (const m of matchesOf(text, RECEIVED)) {
      const stated = Number(m[1]);
      if (received === undefined) continue;
      // Many write 受理 for 新收 + 上年结转: accept either reading.
      if (stated === received || (carried !== undefined && stated === received + carried)) continue;
      say({ messageId: carried ? 'receivedOrCarried' : 'received', data: { stated, received, withCarried: received + (carried ?? 0) }, span: span(m) });
    }
    for (const { re, row, what } of ROW_STATEMENTS) {
      const total = rowTotal(table, row);
      if (total === undefined) continue;
      for (const m of matchesOf(text, re)) {
        if (Number(m[1]) === total) continue;
        const label = APPLICATION_ROWS.find((r) => r.key === row)!.label;
        say({ messageId: 'row', data: { what, stated: m[1], label, total }, span: span(m) });
      }
    }
    for (const m of matchesOf(text, NO_REVIEW)) {
      for (const kind of [m[1], m[2]].filter(Boolean)) {
        const total = reviewTotal(model, GROUPS[kind]);
        if (total === undefined || total === 0) continue;
        say({ messageId: 'noReview', data: { said: m[0], kind, total }, span: span(m) });
      }
    }
    for (const m of matchesOf(text, REVIEW_COUNT)) {
      const total = reviewTotal(model, GROUPS[m[1]]);
      if (total === undefined || total === Number(m[2])) continue;
      say({ messageId: 'reviewCount', data: { kind: m[1], stated: m[2], total }, span: span(m) });
    }
  },
} satisfies Rule;
