import { correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';

describe('heading-level', () => {
  it('accepts six headings at one level, and plain text with no Markdown headings', () => {
    expect(messagesOf(correctMarkdown(), 'heading-level')).toEqual([]);
    expect(messagesOf(correctText(), 'heading-level')).toEqual([]);
  });

  it('flags the headings of seed 004 that differ from the first section’s level', () => {
    const found = messagesOf(fixture('seeds/004_e37f677c45259637.txt'), 'heading-level');
    expect(found.map((m) => m.line)).toEqual([37, 85, 92, 98]);
    expect(found[0].message).toBe('「二、主动公开政府信息情况」是2级标题，其他部分标题是3级标题；六个部分标题应使用同一级别');
  });

  it('flags a section written as a bold paragraph among headings', () => {
    const text = correctMarkdown().replace('## 五、存在的主要问题及改进情况', '**五、存在的主要问题及改进情况**');
    const [m] = messagesOf(text, 'heading-level');
    expect(m.message).toBe('「五、存在的主要问题及改进情况」是加粗段落，其他部分标题是2级标题；六个部分标题应使用同一级别');
  });
});
