import { correctText, fixture, messagesOf } from '../support/lint-rule';
import { lint } from '../../src/lint';

describe('section-order', () => {
  it('accepts 一 to 六 in order, and a numbered list restarting at 一 inside a section', () => {
    expect(messagesOf(correctText(), 'section-order')).toEqual([]);
    const list = correctText().replace('一是政策解读形式', '一、存在问题\n二、改进措施\n一是政策解读形式');
    expect(messagesOf(list, 'section-order')).toEqual([]);
  });

  it('flags the stray 四 and the repeated 五 of seed 003', () => {
    const found = messagesOf(fixture('seeds/003_f0739a87bbbceb08.txt'), 'section-order');
    expect(found.map((m) => m.line)).toEqual([95, 99]);
    expect(found[0].message).toBe('「四、下一步改进措施」的编号重复：前面已经到了第五部分');
    expect(found[1].message).toBe('「五、其他需要报告的事项」的编号重复：前面已经到了第五部分；按标题应为「六、其他需要报告的事项」');
  });

  it('flags a skipped number', () => {
    const text = correctText().replace('四、政府信息公开行政复议', '五、政府信息公开行政复议');
    const found = messagesOf(text, 'section-order');
    expect(found[0].message).toBe('「五、政府信息公开行政复议、行政诉讼情况」的编号跳过了「四」；按标题应为「四、政府信息公开行政复议、行政诉讼情况」');
  });

  it('does not take table row labels such as 三、本年度办理结果 for sections', () => {
    expect(messagesOf(fixture('seeds/000_19b186ad1a196a36.txt'), 'section-order')).toEqual([]);
  });
});

describe('section-order: what is not a heading', () => {
  it('takes a table of contents in the introduction for no headings', () => {
    const contents = '本报告包括：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项。';
    const text = correctText().replace('本报告根据', `${contents}\n\n本报告根据`);
    expect(lint(text).model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(messagesOf(text, 'section-order')).toEqual([]);
  });
  it('cuts run-together full-width digits like ASCII ones', () => {
    const text = correctText().replace('\t2\t1\t0\t0\t0\t0\t3', '\t２１００００３');
    expect(lint(text).model.tables.applications!.cells.filter((c) => c.row === 'carried').map((c) => c.value)).toEqual([2, 1, 0, 0, 0, 0, 3]);
  });
});

describe('section-order: a text of thousands of headings', () => {
  it('reads the first 100 as sections and says once how many were left', () => {
    const text = correctText() + '\n' + '五、存在的主要问题及改进情况\n'.repeat(3000);
    const { messages, model } = lint(text);
    expect(model.sections).toHaveLength(100);
    expect(model.sectionsOmitted).toBe(3000 + 6 - 100);
    const order = messages.filter((m) => m.ruleId === 'section-order');
    expect(order.filter((m) => m.severity === 'info').map((m) => m.message)).toEqual([
      '正文中的编号标题远多于报告应有的六个部分：只按前 100 个检查，其后的 2906 个未作为部分读取',
    ]);
    expect(order.filter((m) => m.severity === 'error')).toHaveLength(94);
  });
});

describe('lint: at most 1000 messages of one rule', () => {
  it('lists the first 1000 and says how many more there are, at the first left out', () => {
    const text = correctText().replace('一是政策解读形式', '审核审核。'.repeat(1500) + '一是政策解读形式');
    const repeated = lint(text).messages.filter((m) => m.ruleId === 'repeated-text');
    expect(repeated).toHaveLength(1001);
    const notice = repeated.find((m) => m.severity === 'info')!;
    expect(notice.message).toBe('规则 repeated-text 在本文件中另有 500 处问题未列出：每条规则最多列出 1000 处，改正后再次检查可见其余');
    expect(notice.offset).toBe(text.indexOf('审核审核') + 5 * 1000 + 2);
  });
});
