/** Pairs and families of synthetic reports built from fixtures/synthetic/correct.txt (never from
 *  the real corpus): last year's report of the same body, a body's subordinates. */
import { correctText } from './lint-rule';
import { parseReport } from '../../src/parse';
import { reportFacts } from '../../src/cross';
import type { OtherReport } from '../../src/types';

export const TITLE_BODY = '某某市某某区人民政府办公室';

/** Replaces one tab-separated row of the report, found by its label. */
export function withRow(text: string, label: string, cells: (number | string)[]): string {
  const re = new RegExp(`^${label.replace(/[()（）.*+?[\]\\]/g, '\\$&')}\\t.*$`, 'm');
  if (!re.test(text)) throw new Error(`no row ${label}`);
  return text.replace(re, [label, ...cells].join('\t'));
}

export const inYear = (text: string, year: number) => text.replace(/2025/g, String(year));

/** This year's report: the correct synthetic report (2025). Its 表三 二 is 2 1 0 0 0 0 3, its
 *  表二 行政规范性文件 5 2 37. */
export const thisYear = () => correctText();

/** Last year's report (2024) that this year's follows from: 四 = this year's 二, 现行有效件数
 *  34 (+ 5 − 2 = 37); its own balance holds (一 lowered where 四 is). */
export function lastYear(): string {
  let t = inYear(correctText(), 2024);
  t = withRow(t, '一、本年新收政府信息公开申请数量', [20, 3, 0, 1, 2, 0, 26]);
  t = withRow(t, '四、结转下年度继续办理', [2, 1, 0, 0, 0, 0, 3]);
  t = withRow(t, '行政规范性文件', [4, 1, 34]);
  return t;
}

export const other = (name: string, text: string, explicit = false): OtherReport => ({ name, facts: reportFacts(parseReport(text)), ...(explicit ? { explicit } : {}) });

/** The result rows （一）…（六） of 表三 cut out: 4 of its standard rows left, too few to read the
 *  table with confidence (the reader says 只认出 4 个标准行). */
export function unreadableApplications(text: string): string {
  const cut = text.replace(/^（一）予以公开[\s\S]*?^3\.其他.*\n/m, '');
  if (cut === text) throw new Error('no result rows');
  return cut;
}

/** The report with every number of 表三 and 表四 multiplied by k (their arithmetic still holds):
 *  a parent over k subordinates that each report the correct synthetic report's numbers. */
export function scaled(text: string, k: number): string {
  const from = text.indexOf('三、收到和处理政府信息公开申请情况');
  const to = text.indexOf('五、存在的主要问题及改进情况');
  const region = text.slice(from, to).replace(/^(.*?)((?:\t\d+)+|\d+(?:\t\d+)+)$/gm, (_, label: string, cells: string) => label + cells.replace(/\d+/g, (d) => String(Number(d) * k)));
  return text.slice(0, from) + region + text.slice(to);
}

export const retitled = (text: string, body: string) => text.replace(TITLE_BODY, body);
