import { correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';

describe('table-shape', () => {
  it('accepts the full standard tables', () => {
    expect(messagesOf(correctText(), 'table-shape')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'table-shape')).toEqual([]);
    expect(messagesOf(fixture('seeds/004_e37f677c45259637.txt'), 'table-shape')).toEqual([]);
  });

  it('flags a 表三 without the 总计 column (seed 001) and says once, as info, that the shifted rows cannot be read', () => {
    const found = messagesOf(fixture('seeds/001_ff4af530816f6324.txt'), 'table-shape');
    expect(found.map((m) => [m.severity, m.line])).toEqual([
      ['error', 37],
      ['info', 37],
    ]);
    expect(found[0].message).toContain('表三缺少「总计」列');
    expect(found[1].message).toContain('已跳过该表的勾稽关系检查');
  });

  it('flags a missing standard row', () => {
    const text = correctText().replace(/^（七）总计.*\n/m, '');
    const found = messagesOf(text, 'table-shape');
    expect(found.map((m) => m.message)).toContain('表三缺少标准行「（七）总计」');
  });

  it('says once (info) when numbers run together, and skips the arithmetic', () => {
    const text = correctText().replace('\t20\t3\t0\t1\t2\t1\t27', '\t2030121\t27');
    const found = messagesOf(text, 'table-shape');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toContain('粘连');
  });
});
