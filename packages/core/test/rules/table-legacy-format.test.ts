import { correctText, fixture, messagesOf } from '../support/lint-rule';

const SEED_000 = fixture('seeds/000_19b186ad1a196a36.txt');

describe('table-legacy-format', () => {
  it('accepts the 2021 format', () => {
    expect(messagesOf(correctText(), 'table-legacy-format')).toEqual([]);
  });

  it('flags the 2019-format 表二 and 表三 in a 2025 report (seed 000)', () => {
    const found = messagesOf(SEED_000, 'table-legacy-format');
    expect(found.map((m) => [m.severity, m.line])).toEqual([
      ['error', 12],
      ['error', 489],
    ]);
    expect(found[0].message).toContain('本年新制作数量');
    expect(found[0].message).toContain('2025 年度报告应使用国办公开办函〔2021〕30号规定的格式');
    expect(found[1].message).toContain('「（六）其他处理」没有细分为 3 项');
  });

  it('accepts the 2019 format in a 2020 report', () => {
    const text = SEED_000.replace('2025年政府信息公开工作年度报告', '2020年政府信息公开工作年度报告');
    expect(messagesOf(text, 'table-legacy-format')).toEqual([]);
  });
});
