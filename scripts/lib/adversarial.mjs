// Adversarial texts: what a linter built on regular expressions and line scans may choke on.
// Used by scripts/fuzz.mjs (scaling: 256 KB vs 1 MB) and packages/core/test/property.test.ts
// (1 MB inputs complete). No Node APIs here, so that jest can load it as it is.

const utf8Bytes = (s) => new TextEncoder().encode(s).length;

/** Repeats `unit` until the text has at least `bytes` UTF-8 bytes. */
export function repeatTo(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / utf8Bytes(unit)));
}

/** A stand-in for a whole report on one line (the giant-line pattern). */
const REPORT_LINE = '某某区人民政府2025年政府信息公开工作年度报告 一、总体情况 本年度收到申请27件。 二、主动公开政府信息情况 规章\t0\t0\t0 三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量\t20\t3\t0\t1\t2\t1\t27 （七）总计\t20\t3\t0\t1\t2\t0\t26 四、政府信息公开行政复议、行政诉讼情况 国办函〔2020〕109号《政府信息公开信息处理费管理办法》 ';

/** Each pattern makes a text of about `bytes` bytes. `embed` patterns are put inside a real report
 *  (in section 三, before its table) so that the table reader sees them; the others are linted
 *  with `force: true` (and as Markdown when `markdown`). */
export const ADVERSARIAL = [
  { name: 'open-parens', make: (b) => repeatTo('（', b) },
  { name: 'pipes', make: (b) => repeatTo('|', b) },
  { name: 'tabs', make: (b) => repeatTo('\t', b) },
  { name: 'spaces', make: (b) => repeatTo(' ', b) },
  { name: 'digits', make: (b) => repeatTo('1234567890', b) },
  { name: 'doc-number-open', make: (b) => repeatTo('〔2020', b) },
  { name: 'title-marks', make: (b) => repeatTo('《<<<', b) },
  { name: 'numeral-one-line', make: (b) => repeatTo('一、', b) },
  { name: 'heading-lines', make: (b) => repeatTo('一、总体情况\n', b) },
  { name: 'bold-markers', make: (b) => repeatTo('**', b) },
  { name: 'hashes', make: (b) => repeatTo('#', b) },
  { name: 'giant-line', make: (b) => repeatTo(REPORT_LINE, b) },
  { name: 'short-lines', make: (b) => repeatTo('1\t2\n|\n无\n', b) },
  { name: 'crlf-lines', make: (b) => repeatTo('\r\n', b) },
  { name: 'table-rows', make: (b) => repeatTo('（七）总计\t20\t3\t0\t1\t2\t0\t26\n', b) },
  { name: 'pipe-rows', make: (b) => repeatTo('| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', b) },
  { name: 'gfm-delimiters', make: (b) => repeatTo('| --- | --- |\n', b) },
  { name: 'labels-broken', make: (b) => repeatTo('一、本年新收政府信息公开申请数\n量\n', b) },
  { name: 'percent-sum', make: (b) => repeatTo('共37条，其中35条、1条、1条，占12.5%，', b) },
  { name: 'html-comment-open', make: (b) => repeatTo('<!--', b) },
  { name: 'md-brackets', markdown: true, make: (b) => repeatTo('[a](', b) },
  { name: 'md-emphasis', markdown: true, make: (b) => repeatTo('*a _b ', b) },
  { name: 'md-backticks', markdown: true, make: (b) => repeatTo('`a``', b) },
  { name: 'md-blockquotes', markdown: true, make: (b) => repeatTo('> ', b) },
  { name: 'md-nested-lists', markdown: true, make: (b) => repeatTo('- ', b) },
  { name: 'md-table-rows', markdown: true, make: (b) => '| a | b |\n| --- | --- |\n' + repeatTo('| 1 | 无 |\n', b) },
  { name: 'md-headings', markdown: true, make: (b) => repeatTo('## 一、总体情况\n', b) },
  { name: 'md-html', markdown: true, make: (b) => repeatTo('<a ', b) },
  { name: 'in-report-parens', embed: true, make: (b) => repeatTo('（', b) },
  { name: 'in-report-digits-tabs', embed: true, make: (b) => repeatTo('12\t', b) },
  { name: 'in-report-pipes', embed: true, make: (b) => repeatTo('|', b) },
  { name: 'in-report-table-rows', embed: true, make: (b) => repeatTo('1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n', b) },
];

/** The text to lint for a pattern at `bytes` bytes, and the options to lint it with; `report` is a
 *  correct report (fixtures/synthetic/correct.txt) for the patterns embedded in one. */
export function adversarialInput(pattern, bytes, report) {
  const body = pattern.make(bytes);
  if (!pattern.embed) return { text: body, options: pattern.markdown ? { force: true, format: 'markdown' } : { force: true } };
  const base = report;
  const at = base.indexOf('（本列数据的勾稽关系');
  return { text: base.slice(0, at) + body + '\n' + base.slice(at), options: {} };
}
