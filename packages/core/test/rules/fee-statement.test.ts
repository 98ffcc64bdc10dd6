import { correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';

const FEE_SENTENCE = '本年度未收取信息处理费。本机关按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）执行。';
const withoutFee = (text: string) => text.replace(FEE_SENTENCE, '无其他需要报告的事项。');

describe('fee-statement', () => {
  it('accepts a section 六 that states the fee, in any wording (seeds 001, 002, 004)', () => {
    expect(messagesOf(correctText(), 'fee-statement')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'fee-statement')).toEqual([]);
    for (const seed of ['001_ff4af530816f6324', '002_3de73757d3cdff2d', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'fee-statement')).toEqual([]);
    }
  });

  it('flags a section 六 that says nothing of the fee (seed 000)', () => {
    const [m] = messagesOf(fixture('seeds/000_19b186ad1a196a36.txt'), 'fee-statement');
    expect(m.line).toBe(589);
    expect(m.message).toBe('第六部分「其他需要报告的事项」没有说明本年度信息处理费的收取情况（国办函〔2020〕109号，2021 年起施行），如「本年度未收取信息处理费」');
  });

  it('finds the section by its title when it is misnumbered (seed 003: 五、其他需要报告的事项)', () => {
    const [m] = messagesOf(fixture('seeds/003_f0739a87bbbceb08.txt'), 'fee-statement');
    expect(m.line).toBe(99);
    expect(m.message).toContain('第五部分「其他需要报告的事项」');
  });

  it('only warns when the fee is stated in another section', () => {
    const text = withoutFee(correctText()).replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\n\n本年度未收取信息处理费。');
    const [m] = messagesOf(text, 'fee-statement');
    expect(m.severity).toBe('warning');
    expect(m.message).toContain('报告其他部分提到了处理费');
  });

  it('does not apply to reports on 2020 or earlier, nor when the year is unknown', () => {
    const text = withoutFee(correctText());
    expect(messagesOf(text, 'fee-statement')).toHaveLength(1);
    expect(messagesOf(text.replace(/2025/g, '2020'), 'fee-statement')).toEqual([]);
    expect(messagesOf(text.replace(/2025/g, '某'), 'fee-statement')).toEqual([]);
  });
});
