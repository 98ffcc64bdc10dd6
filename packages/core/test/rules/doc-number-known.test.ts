import { correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('doc-number-known', () => {
  it('accepts the known documents cited with their own numbers, however the inner title is marked', () => {
    expect(messagesOf(correctText(), 'doc-number-known')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'doc-number-known')).toEqual([]);
    expect(messagesOf(say('按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）执行。'), 'doc-number-known')).toEqual([]);
    expect(messagesOf(say('按照《关于印发<政府信息公开信息处理费管理办法>的通知》（国办函〔2020〕109号）执行。'), 'doc-number-known')).toEqual([]);
  });

  it('accepts other documents and provincial notices on the same subject with their own numbers', () => {
    const text = say('按照《某某省关于贯彻落实〈政府信息公开信息处理费管理办法〉的通知》（某政办函〔2021〕5号）执行。');
    expect(messagesOf(text, 'doc-number-known')).toEqual([]);
  });

  it('flags a known title cited with another number, and says the right one', () => {
    const text = say('按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办发〔2020〕109号）执行。');
    const [m] = messagesOf(text, 'doc-number-known');
    expect(m.message).toBe('《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》的发文字号应为「国办函〔2020〕109号」，这里写作「国办发〔2020〕109号」');
    expect(text.slice(m.offset, m.endOffset)).toBe('国办发〔2020〕109号');
  });

  it('flags a known number cited with another title', () => {
    const text = say('按照《某某信息公开办法》（国办函〔2020〕109号）执行。');
    const [m] = messagesOf(text, 'doc-number-known');
    expect(m.message).toBe('发文字号「国办函〔2020〕109号」对应的文件是《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》，但这里引用的标题是《某某信息公开办法》');
    expect(text.slice(m.offset, m.endOffset)).toBe('《某某信息公开办法》');
  });

  it('names the right number when the title is another known document', () => {
    const [m] = messagesOf(say('按照《中华人民共和国政府信息公开工作年度报告格式》（国办函〔2020〕109号）执行。'), 'doc-number-known');
    expect(m.message).toBe('《中华人民共和国政府信息公开工作年度报告格式》的发文字号应为「国办公开办函〔2021〕30号」，这里写作「国办函〔2020〕109号」');
  });

  it('mentions (info) that the 2019 format was superseded, in a report on 2021 or later', () => {
    const [m] = messagesOf(say('参照国办公开办函〔2019〕60号。'), 'doc-number-known');
    expect(m.severity).toBe('info');
    expect(m.message).toContain('已被 国办公开办函〔2021〕30号 取代');
    const in2020 = say('参照国办公开办函〔2019〕60号。').replace(/2025年/g, '2020年');
    expect(messagesOf(in2020, 'doc-number-known')).toEqual([]);
  });
});
