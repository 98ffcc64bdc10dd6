import { correctText, fixture, messagesOf } from '../support/lint-rule';
import { lint } from '../../src/lint';

describe('section-missing', () => {
  it('accepts all six sections', () => {
    expect(messagesOf(correctText(), 'section-missing')).toEqual([]);
    expect(messagesOf(fixture('seeds/000_19b186ad1a196a36.txt'), 'section-missing')).toEqual([]);
  });

  it('flags the missing 六 of seed 003 at the misnumbered heading', () => {
    const [m] = messagesOf(fixture('seeds/003_f0739a87bbbceb08.txt'), 'section-missing');
    expect(m.line).toBe(99);
    expect(m.message).toBe('缺少第六部分「六、其他需要报告的事项」（「五、其他需要报告的事项」的编号应为「六」）');
  });

  it('flags a section that is simply absent, where it should stand', () => {
    const text = correctText().replace(/五、存在的主要问题及改进情况\n\n.*\n\n/, '');
    const [m] = messagesOf(text, 'section-missing');
    expect(m.message).toBe('缺少第五部分「五、存在的主要问题及改进情况」');
    expect(text.slice(m.offset, m.endOffset)).toBe('六、其他需要报告的事项');
  });
});

describe('section headings followed by text on the same line', () => {
  it('finds 一、总体情况 when its first sentence follows on the line', () => {
    const text = correctText().replace('一、总体情况\n\n2025年', '一、总体情况：2025年');
    expect(messagesOf(text, 'section-missing')).toEqual([]);
    expect(messagesOf(text, 'section-title')).toEqual([]);
  });
});

describe('section-missing: reports that number their parts （一）…（六）', () => {
  it('takes （一）总体情况 … （六）其他需要报告的事项 for the sections when there is no 一、 heading', () => {
    const text = correctText().replace(/^([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政|存在的主要|其他需要)/gm, '（$1）$2');
    expect(lint(text).model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(messagesOf(text, 'section-missing')).toEqual([]);
    // With 一、 headings, （一） stays a sub-heading.
    expect(lint(correctText().replace('一是政策解读', '（一）总体情况\n一是政策解读')).model.sections).toHaveLength(6);
  });
});

describe('section-missing: text broken into lines only at 。', () => {
  it('finds the headings and tables that follow a sentence on its line', () => {
    const flat = correctText().replace(/\t/g, ' ').replace(/\n+/g, '').replace(/。/g, '。\n');
    const { model, messages } = lint(flat);
    expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Object.keys(model.tables).sort()).toEqual(['active', 'applications', 'review']);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});
