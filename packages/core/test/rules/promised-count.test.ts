import { correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('promised-count', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'promised-count')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'promised-count')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'promised-count')).toEqual([]);
  });

  it('flags a list shorter than announced', () => {
    const text = say('下一步重点做好以下三个方面工作：一是加强培训；二是规范答复。');
    const [m] = messagesOf(text, 'promised-count');
    expect(m.message).toBe('说有三个方面，但只列了 2 项（一是、二是）');
    expect(text.slice(m.offset, m.endOffset)).toBe('三个方面工作：');
  });

  it('flags a list longer than announced', () => {
    const [m] = messagesOf(say('存在两点不足：一是公开不及时；二是解读不充分；三是答复不规范。'), 'promised-count');
    expect(m.message).toBe('说有两点，却列了 3 项（一是、二是、三是）');
  });

  it('accepts a list of the announced length, and a count not followed by a list', () => {
    expect(messagesOf(say('做好三个方面工作：一是加强培训；二是规范答复；三是完善制度。'), 'promised-count')).toEqual([]);
    expect(messagesOf(say('从三个方面加强培训。一是加强培训；二是规范答复。'), 'promised-count')).toEqual([]);
  });

  it('compares the parts of the report announced in the introduction with those listed', () => {
    const intro = (list: string, n: string) => say(`本报告包括${list}等${n}个部分。`);
    const five = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况和其他需要报告的事项';
    const [m] = messagesOf(intro(five, '六'), 'promised-count');
    expect(m.message).toBe('说本报告共六个部分，但列出的是 5 个部分');
    const six = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项';
    expect(messagesOf(intro(six, '六'), 'promised-count')).toEqual([]);
    // An abbreviated list is not a count.
    expect(messagesOf(intro('总体情况、主动公开政府信息情况', '六'), 'promised-count')).toEqual([]);
  });
});
