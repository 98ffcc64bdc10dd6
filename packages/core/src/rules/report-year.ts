import type { Rule } from '../types';
import { inProse } from './prose';
import { TEXT_YEAR_MESSAGES, yearsInText } from './text-year';
import { matchesOf } from '../matches';

// 统计期限自2024年1月1日至2024年12月31日 / 本报告统计数据从 2025 年 1 月 1 日至 12 月 31 日
const PERIOD =
  /统计(?:期限|数据|时限|时间|期间|区间|周期)?[^。\n\d]{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
// 20241月1日: a year run into its month; 2024年13月; 2024年2月30日.
const DATE = /(\d{5,6})\s*月|(\d{4})\s*年\s*(\d{1,3})\s*月(?:\s*(\d{1,3})\s*日)?/g;

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function malformed(m: RegExpMatchArray): string | undefined {
  if (m[1]) return `「${m[0].trim()}」年份和月份连在一起，缺少「年」`;
  const [year, month, day] = [Number(m[2]), Number(m[3]), m[4] === undefined ? undefined : Number(m[4])];
  if (month < 1 || month > 12) return `「${m[0]}」月份 ${month} 不存在`;
  if (day !== undefined && (day < 1 || day > DAYS_IN_MONTH(year, month))) return `「${m[0]}」${year} 年 ${month} 月没有 ${day} 日`;
  return undefined;
}

export default {
  meta: {
    id: 'report-year',
    description: '标题年份、统计期限与表格格式应一致；日期应书写正确',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      periodYear: '统计期限从 {{from}} 年开始，但标题是 {{titleYear}} 年度报告',
      periodSpan: '统计期限跨越 {{from}}—{{to}} 年，年度报告应统计一个自然年（1 月 1 日至 12 月 31 日）',
      formatTooNew: '标题为 {{titleYear}} 年度报告，但表格是 2021 年版格式（国办公开办函〔2021〕30号，自 2020 年度报告起使用）',
      badDate: '日期书写有误：{{problem}}',
      ...TEXT_YEAR_MESSAGES,
    },
  },
  check({ model, report }) {
    const text = model.text;
    const outside = inProse(model);
    const titleYear = model.title?.year;

    for (const m of matchesOf(text, PERIOD)) {
      if (!outside(m.index)) continue;
      const span = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length };
      const [from, to] = [Number(m[1]), m[4] ? Number(m[4]) : Number(m[1])];
      if (titleYear !== undefined && from !== titleYear) {
        report({ messageId: 'periodYear', data: { from, titleYear }, span });
      } else if (to !== from) {
        report({ messageId: 'periodSpan', data: { from, to }, span, severity: 'warning' });
      }
    }

    // The format follows the year: a 2019 or 2020 report may use the 2019 tables, a later one may not
    // (table-legacy-format says that); but a report on 2019 or earlier cannot use the 2021 format.
    const applications = model.tables.applications;
    if (model.title && titleYear !== undefined && titleYear < 2020 && applications?.rows.includes('results.other.2')) {
      report({ messageId: 'formatTooNew', data: { titleYear }, span: model.title.span, severity: 'warning' });
    }

    for (const m of matchesOf(text, DATE)) {
      if (!outside(m.index)) continue;
      const problem = malformed(m);
      if (problem) report({ messageId: 'badDate', data: { problem }, span: { start: m.index, end: m.index + m[0].length }, severity: 'warning' });
    }
    // Years in the text that are not the report's (a later year's report named, a plan dated this year).
    for (const r of yearsInText(model)) report(r);
  },
} satisfies Rule;
