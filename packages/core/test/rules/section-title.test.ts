import { applyOne, correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';

describe('section-title', () => {
  it('accepts the standard titles in every heading style', () => {
    expect(messagesOf(correctText(), 'section-title')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'section-title')).toEqual([]);
    expect(messagesOf(correctText().replace('一、总体情况', '**一、总体情况**'), 'section-title')).toEqual([]);
    expect(messagesOf(correctText().replace('一、总体情况', '一. 总体情况'), 'section-title')).toEqual([]);
  });

  it('flags 存在的问题及改进情况 (主要 missing, seed 003) and fixes just the title', () => {
    const text = fixture('seeds/003_f0739a87bbbceb08.txt');
    const [m, ...rest] = messagesOf(text, 'section-title');
    expect(rest).toEqual([]);
    expect(m.line).toBe(89);
    expect(m.message).toBe('第五部分标题「存在的问题及改进情况」不规范，应为「存在的主要问题及改进情况」');
    expect(applyOne(text, m).split('\n')[88]).toBe('五、存在的主要问题及改进情况');
  });

  it('gives only info for an accepted variant', () => {
    const text = correctMarkdown().replace('五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况');
    const [m] = messagesOf(text, 'section-title');
    expect(m.severity).toBe('info');
    expect(m.fix).toBeUndefined();
  });

  it('keeps Markdown markup when fixing', () => {
    const text = correctMarkdown().replace('## 六、其他需要报告的事项', '## 六、其他报告的事项');
    const [m] = messagesOf(text, 'section-title');
    expect(applyOne(text, m)).toBe(correctMarkdown());
  });
});
