import { lint } from '../../src/lint';
import { ruleById } from '../../src/rules';
import { parseReport } from '../../src/parse';
import { lineOf } from '../support/lint-rule';
import { inYear, other, retitled, scaled, thisYear, unreadableApplications, withRow } from '../support/years';
import type { OtherReport } from '../../src/types';

const sum = (parent: string, subordinates: OtherReport[], rules = {}) => lint(parent, { subordinates, rules }).messages.filter((m) => m.ruleId === 'subordinate-sum');
const child = (body: string, edit: (t: string) => string = (t) => t) => edit(retitled(thisYear(), body));
const CHILDREN = ['某某区财政局', '某某区教育局', '某某区某某镇人民政府'];
const children = (edits: Record<number, (t: string) => string> = {}) => CHILDREN.map((b, i) => other(`${b}.txt`, child(b, edits[i])));
/** The parent: three times the correct report's numbers. */
const parent = () => scaled(thisYear(), 3);

describe('subordinate-sum', () => {
  it('is a cross-report rule that runs only for report-lint sum', () => {
    expect(ruleById('subordinate-sum')!.meta).toMatchObject({ crossReport: 'subordinates', defaultSeverity: 'warning' });
    expect(lint(parent(), {}).messages.filter((m) => m.ruleId === 'subordinate-sum')).toEqual([]);
  });

  it('the parent of the tests is consistent on its own', () => {
    const t = parseReport(parent()).tables;
    expect([t.applications?.confident, t.review?.cells.length]).toEqual([true, 15]);
    expect(lint(parent()).messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('is quiet when each cell of 表三 and 表四 is the sum of the children\'s', () => {
    expect(sum(parent(), children())).toEqual([]);
  });

  it('reports a mismatch on the parent\'s cell, with the children\'s values', () => {
    const text = parent();
    const found = sum(text, children({ 1: (t) => withRow(t, '（一）予以公开', [11, 2, 0, 1, 1, 0, 14]) }));
    expect(found.map((m) => [m.line, text.slice(m.offset, m.endOffset), m.severity])).toEqual([[lineOf(text, '（一）予以公开'), '30', 'warning']]);
    expect(found[0].message).toBe('表三「（一）予以公开」行「自然人」列为 30，与下级报告之和 31 不符（某某区财政局.txt 10、某某区教育局.txt 11、某某区某某镇人民政府.txt 10）');
  });

  it('checks 表四 too', () => {
    const found = sum(parent(), children({ 2: (t) => t.replace('2\t1\t0\t1\t4\t1\t0\t1\t0\t2', '2\t1\t0\t1\t4\t2\t0\t1\t0\t3') }));
    expect(found.map((m) => m.message)).toEqual([
      '表四「行政诉讼（未经复议直接起诉）」「结果维持」列为 3，与下级报告之和 4 不符（某某区财政局.txt 1、某某区教育局.txt 1、某某区某某镇人民政府.txt 2）',
      '表四「行政诉讼（未经复议直接起诉）」「总计」列为 6，与下级报告之和 7 不符（某某区财政局.txt 2、某某区教育局.txt 2、某某区某某镇人民政府.txt 3）',
    ]);
  });

  it('says a child whose 表三 could not be read cannot be assessed, and no mismatch follows from it', () => {
    const found = sum(parent(), children({ 2: unreadableApplications }));
    expect(found.map((m) => [m.severity, m.message])).toEqual([['info', expect.stringMatching(/^无法评估下级报告 某某区某某镇人民政府\.txt 的表三：该表无法可靠读取（只认出 4 个标准行）$/)]]);
  });

  it('says a missing child cannot be assessed', () => {
    const found = sum(parent(), [...children().slice(0, 2), { name: '某某区某某镇人民政府.txt', problem: '文件不存在' }]);
    expect(found.map((m) => [m.severity, m.message, m.line])).toEqual([['info', '无法评估下级报告 某某区某某镇人民政府.txt：文件不存在', 1]]);
  });

  it('with a child unknown, still reports a cell the others already exceed', () => {
    const kids = children({ 0: (t) => withRow(t, '（一）予以公开', [25, 2, 0, 1, 1, 0, 29]) });
    const found = sum(parent(), [kids[0], kids[1], { name: 'c.txt', problem: '文件不存在' }]);
    expect(found.map((m) => [m.severity, m.message])).toEqual([
      ['info', '无法评估下级报告 c.txt：文件不存在'],
      ['warning', '表三「（一）予以公开」行「自然人」列为 30，少于已读取的下级报告之和 35（某某区财政局.txt 25、某某区教育局.txt 10、c.txt 无法评估）：本级数不应少于下级之和'],
      ['warning', expect.stringContaining('「总计」列为 42，少于已读取的下级报告之和 43')],
    ]);
  });

  it('takes a child of another year for one that cannot be assessed', () => {
    const kids = children({ 1: (t) => inYear(t, 2024) });
    expect(sum(parent(), kids).map((m) => [m.severity, m.message])).toEqual([['info', '无法评估下级报告 某某区教育局.txt：它是 2024 年度的报告，本级报告是 2025 年度']]);
  });

  it('checks the rows of a child that were read, and says which were not', () => {
    const unread = (t: string) => withRow(t, '（一）予以公开', [10, 2, 0, 1, 1, 0, 14, 5]); // eight cells for seven columns
    expect(sum(parent(), children({ 0: unread })).map((m) => [m.severity, m.message])).toEqual([
      ['info', expect.stringMatching(/^下级报告 某某区财政局\.txt 的表三有未能读取的行（「（一）予以公开」行.*）：这些行无法评估$/)],
    ]);
    const alsoWrong = (t: string) => withRow(unread(t), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [4, 0, 0, 0, 0, 0, 4]);
    expect(sum(parent(), children({ 0: alsoWrong })).map((m) => m.message)).toEqual([
      expect.stringMatching(/^下级报告/),
      expect.stringMatching(/^表三「（二）部分公开.*「自然人」列为 9/),
      expect.stringMatching(/^表三「（二）部分公开.*「总计」列为 9/),
    ]);
  });

  it('says when the parent\'s own table cannot be read, and checks nothing of it', () => {
    expect(sum(unreadableApplications(parent()), children()).map((m) => [m.severity, m.message])).toEqual([
      ['info', '本级报告的表三无法可靠读取（只认出 4 个标准行），无法与下级报告核对'],
    ]);
  });

  it('says which rows of the parent could not be read, and checks the others', () => {
    const text = withRow(withRow(parent(), '（一）予以公开', [30, 6, 0, 3, 3, 0, 42, 1]), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [10, 0, 0, 0, 0, 0, 10]);
    expect(sum(text, children()).map((m) => [m.severity, m.message])).toEqual([
      ['info', '本级报告的表三有未能读取的行（「（一）予以公开」行有 8 个数字（30 6 0 3 3 0 42 1），应为 7 个）：这些行未与下级报告核对'],
      ['warning', '表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「自然人」列为 10，与下级报告之和 9 不符（某某区财政局.txt 3、某某区教育局.txt 3、某某区某某镇人民政府.txt 3）'],
      ['warning', '表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「总计」列为 10，与下级报告之和 9 不符（某某区财政局.txt 3、某某区教育局.txt 3、某某区某某镇人民政府.txt 3）'],
    ]);
  });

  it('is configured like any rule', () => {
    const kids = children({ 1: (t) => withRow(t, '（一）予以公开', [11, 2, 0, 1, 1, 0, 14]) });
    expect(sum(parent(), kids, { 'subordinate-sum': 'error' }).map((m) => m.severity)).toEqual(['error']);
    expect(sum(parent(), kids, { 'subordinate-sum': 'off' })).toEqual([]);
  });
});
