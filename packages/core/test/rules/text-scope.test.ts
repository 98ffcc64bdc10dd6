import { parseReport } from '../../src';
import { tableZones, textScope } from '../../src/rules/text-scope';

describe('text-scope (the running text the writing rules read)', () => {
  const table = '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量2000002';

  it('finds a table whose labels and numbers are run together, and ends it after its numbers', () => {
    const text = `本机关全年共收到申请2件。${table}。下一步将加强培训。`;
    const [zone] = tableZones(text);
    expect(text.slice(zone.start, zone.end)).toBe(table);
  });

  it('does not take two labels quoted in a sentence for a table', () => {
    expect(tableZones('申请人中，自然人2人，商业企业1家。')).toEqual([]);
  });

  it('leaves out a crawler header, the found tables and the label zones', () => {
    const text = `标题: 某某局2025年政府信息公开工作年度报告\n==================== 正文 ====================\n某某局2025年政府信息公开工作年度报告 本局全年收到申请2件。${table}。`;
    const scope = textScope(parseReport(text, {}));
    expect(scope.inText(text.indexOf('标题'))).toBe(false);
    expect(scope.inText(text.indexOf('本局全年'))).toBe(true);
    expect(scope.inText(text.indexOf('科研机构'))).toBe(false);
    expect(scope.spanInText({ start: text.indexOf('本局'), end: text.indexOf('本局') + 4 })).toBe(true);
  });
});
