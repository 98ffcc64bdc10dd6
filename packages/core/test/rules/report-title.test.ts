import { correctText, fixture, messagesOf } from '../support/lint-rule';

describe('report-title', () => {
  it('accepts the standard title, also split over two lines or with spaces around the year', () => {
    expect(messagesOf(correctText(), 'report-title')).toEqual([]);
    for (const seed of ['000_19b186ad1a196a36', '001_ff4af530816f6324', '002_3de73757d3cdff2d', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'report-title')).toEqual([]);
    }
  });

  it('flags 2025 年度 政府信息公开工作报告 (seed 003) with the expected title', () => {
    const [m] = messagesOf(fixture('seeds/003_f0739a87bbbceb08.txt'), 'report-title');
    expect(m.line).toBe(3);
    expect(m.message).toBe(
      '标题「哈拉直沟乡人民政府 2025 年度 政府信息公开工作报告」不规范，应为「哈拉直沟乡人民政府2025年政府信息公开工作年度报告」',
    );
  });

  it('flags a title without the body name', () => {
    const text = correctText().replace('某某市某某区人民政府办公室2025年', '2025年');
    const [m] = messagesOf(text, 'report-title');
    expect(m.message).toBe('标题「2025年政府信息公开工作年度报告」缺少机关名称，应为「<机关名称>2025年政府信息公开工作年度报告」');
  });
});
