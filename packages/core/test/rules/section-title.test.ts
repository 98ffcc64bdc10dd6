import { applyOne, correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';
import { lint } from '../../src/lint';

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

describe('section-title: what the title is', () => {
  it('fixes the title only, keeping what the author added after it', () => {
    const text = correctText().replace('五、存在的主要问题及改进情况', '五、存在的问题及改进情况（截至2025年12月31日）');
    const [m] = messagesOf(text, 'section-title');
    expect(m.message).toBe('第五部分标题「存在的问题及改进情况」不规范，应为「存在的主要问题及改进情况」');
    expect(applyOne(text, m)).toContain('五、存在的主要问题及改进情况（截至2025年12月31日）');
    const unit = correctText().replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况（单位：件）');
    expect(messagesOf(unit, 'section-title')).toEqual([]);
  });

  it('accepts wordings that say the same (与 for 、, 需 for 需要, 改进措施) and flags those that do not', () => {
    const same = correctText()
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议与行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五、存在的主要问题及整改措施')
      .replace('六、其他需要报告的事项', '六、其他需报告的事项');
    expect(messagesOf(same, 'section-title')).toEqual([]);
    const wrong = correctText().replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
    expect(messagesOf(wrong, 'section-title').map((m) => m.message)).toEqual(['第四部分标题「政府信息公开行政法复议、行政诉讼情况」不规范，应为「政府信息公开行政复议、行政诉讼情况」']);
  });

  it('finds headings without 、, after an OCR mark, and inside text that lost its lines', () => {
    const bare = correctText().replace('一、总体情况', '一总体情况').replace('六、其他需要报告的事项', 'l六、其他需要报告的事项');
    expect(lint(bare).model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const flat = correctText().split('\n').slice(0, 14).join('') + '\n' + correctText().split('\n').slice(14).join('\n');
    expect(lint(flat).model.sections.map((s) => `${s.numeral}${s.title.text}`).slice(0, 2)).toEqual(['一总体情况', '二主动公开政府信息情况']);
  });
});
