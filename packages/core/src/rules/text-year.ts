/** Years in the running text that contradict the year reported on: part of report-year (which calls
 *  `yearsInText`), kept apart because it reads sentences rather than the title and the period. */
import type { ReportModel, RuleReport, Span } from '../types';
import { textScope } from './text-scope';
import { matchesOf } from '../matches';

// …编制完成2023年度政府信息公开工作年度报告 (in a 2022 report). A later year cannot be this report.
const REPORT_NAMED = /(?<!\d)(\d{4})\s*年度?\s*(?:政府信息公开|政务公开)?(?:工作)?年度报告/g;
// 。2023年，在主动公开的…: a clause opening on the year, the way the year's work is told.
// Found by the year, then the text before it is looked at (a lookbehind at every position of a
// long text would be slow).
const YEAR_CLAUSE = /(?<!\d)(\d{4})\s*年[，,]/g;
const OPENS_CLAUSE = /(?:[。；！？\s]|[（(][一二三四五六七八九十]{1,2}[）)][^。；，\d]{0,30}?|类别|情况)$/u;
const opensClause = (text: string, at: number) => at === 0 || text[at - 1] === '\n' || OPENS_CLAUSE.test(text.slice(Math.max(0, at - 40), at));
// 2024年，我局将… / 2024年将…: a plan.
const PLAN = /(?<!\d)(\d{4})\s*年[，,]?\s*(?:[我本][\p{Script=Han}]{1,3}?|全\p{Script=Han}{1,2})?将/gu;
// Section 五 (problems and plans) and what follows it, when the parser has not found the sections.
const SECTION_FIVE = /五\s*[、.．]\s*(?:政府信息公开工作)?存在的?(?:主要)?问题/;

function sectionFiveStart(model: ReportModel): number {
  const five = model.sections.find((s) => s.number === 5);
  if (five) return five.span.start;
  const m = SECTION_FIVE.exec(model.text);
  return m ? m.index : model.text.length;
}

const spanOf = (m: RegExpMatchArray, group: string): Span => {
  const start = m.index! + m[0].indexOf(group);
  return { start, end: start + group.length };
};

/** The messages of yearsInText, part of report-year's `meta.messages`. */
export const TEXT_YEAR_MESSAGES = {
  laterReport: '文中提到「{{named}}」，但本报告是 {{year}} 年度报告',
  lastYearsWork: '这里写的是 {{said}} 年的工作，但本报告是 {{year}} 年度报告：应为「{{year}}年」',
  planThisYear: '「{{plan}}」是下一年的工作打算，应为「{{next}}年」（本报告是 {{year}} 年度报告）',
};

/** What the running text says about years that cannot be right in a report on `model.year`. */
export function yearsInText(model: ReportModel): RuleReport[] {
  const year = model.year;
  if (year === undefined) return [];
  const text = model.text;
  const scope = textScope(model);
  const five = sectionFiveStart(model);
  const out: RuleReport[] = [];
  for (const m of matchesOf(text, REPORT_NAMED)) {
    const named = Number(m[1]);
    if (named <= year || !scope.inText(m.index)) continue;
    out.push({ messageId: 'laterReport', data: { named: m[0], year }, span: spanOf(m, m[1]), severity: 'warning' });
  }
  for (const m of matchesOf(text, YEAR_CLAUSE)) {
    if (!opensClause(text, m.index!)) continue;
    const said = Number(m[1]);
    const span = spanOf(m, m[1]);
    // Only the year before, and only where the year's work is told (sections 一–四): a copy of last
    // year's sentence. Earlier years open histories (2019年，机构改革后…), later ones plans.
    if (said !== year - 1 || span.start >= five || !scope.inText(span.start)) continue;
    out.push({ messageId: 'lastYearsWork', data: { said, year }, span, severity: 'warning' });
  }
  for (const m of matchesOf(text, PLAN)) {
    const said = Number(m[1]);
    const span = spanOf(m, m[1]);
    if (said !== year || span.start < five || !scope.inText(span.start)) continue;
    out.push({ messageId: 'planThisYear', data: { plan: m[0], next: year + 1, year }, span, severity: 'warning' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
