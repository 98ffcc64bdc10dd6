import { applyOne, correctMarkdown, correctText, fixture, messagesOf, seedsExcept, withSentence } from '../support/lint-rule';

const SEED_002 = 'seeds/002_3de73757d3cdff2d.txt';
const say = withSentence;

describe('doc-number-format', () => {
  it('accepts canonical numbers in the seeds and the correct report', () => {
    expect(messagesOf(correctText(), 'doc-number-format')).toEqual([]);
    for (const seed of seedsExcept('002')) expect(messagesOf(fixture(seed), 'doc-number-format')).toEqual([]);
  });

  it('flags the mixed brackets of seed 002 and fixes them to 〔〕', () => {
    const text = fixture(SEED_002);
    const [m] = messagesOf(text, 'doc-number-format');
    expect(m.line).toBe(383);
    expect(text.slice(m.offset, m.endOffset)).toBe('国办函〔2020]109号');
    expect(m.message).toBe('发文字号「国办函〔2020]109号」格式不规范：年份用了「〔]」，应使用六角括号「〔〕」。应为「国办函〔2020〕109号」');
    const fixed = applyOne(text, m);
    expect(fixed.split('\n')[382]).toContain('(国办函〔2020〕109号)');
    expect(messagesOf(fixed, 'doc-number-format')).toEqual([]);
  });

  it.each([
    ['国办函[2020]109号', '「[]」'],
    ['国办函【2020】109号', '「【】」'],
    ['国办函（2020）109号', '「（）」'],
    ['国办函(2020)109号', '「()」'],
    ['国办函［2020］109号', '「［］」'],
  ])('flags %s and rewrites it to 国办函〔2020〕109号', (written, marks) => {
    const text = say(`本机关按照${written}执行。`);
    const [m] = messagesOf(text, 'doc-number-format');
    expect(m.message).toContain(`年份用了${marks}`);
    expect(text.slice(m.offset, m.endOffset)).toBe(written);
    expect(applyOne(text, m)).toBe(say('本机关按照国办函〔2020〕109号执行。'));
  });

  it('flags leading zeros, 第 and spaces, all in one message', () => {
    const text = say('依据宁政办发〔2021〕 第 009号文件。');
    const [m] = messagesOf(text, 'doc-number-format');
    expect(m.message).toBe('发文字号「宁政办发〔2021〕 第 009号」格式不规范：序号前不加「第」；序号「009」不编虚位，不加前导 0；中间不应有空格。应为「宁政办发〔2021〕9号」');
    expect(applyOne(text, m)).toBe(say('依据宁政办发〔2021〕9号文件。'));
  });

  it('reports a two-digit year without guessing a fix', () => {
    const [m] = messagesOf(say('按照国办函〔20〕109号执行。'), 'doc-number-format');
    expect(m.message).toContain('年份「20」应写全四位');
    expect(m.fix).toBeUndefined();
  });

  it('leaves alone text that is not a document number', () => {
    const text = say('会议于（2025）年召开，编号[2024]，第3号会议室，国办函〔2020〕109号。');
    expect(messagesOf(text, 'doc-number-format')).toEqual([]);
    const md = correctMarkdown().replace('本年度未收取信息处理费。', '本年度未收取信息处理费。\n\n```\n国办函[2020]109号\n```\n');
    expect(messagesOf(md, 'doc-number-format')).toEqual([]);
    expect(messagesOf(md.replace(/```/g, ''), 'doc-number-format')).toHaveLength(1);
  });
});

describe('doc-number-format: full-width digits and a missing 号', () => {
  const cite = (n: string) => withSentence(`本机关按照《某某办法》（${n}）执行。`);
  it('flags full-width digits with a fix to half-width', () => {
    const text = cite('国办公开办函〔２０２１〕３０号');
    const [m] = messagesOf(text, 'doc-number-format');
    expect(m.message).toBe('发文字号「国办公开办函〔２０２１〕３０号」格式不规范：数字应使用半角阿拉伯数字。应为「国办公开办函〔2021〕30号」');
    expect(applyOne(text, m)).toBe(cite('国办公开办函〔2021〕30号'));
  });
  it('flags a number without 号 followed by text, with a fix adding it', () => {
    const text = withSentence('本报告按照国办公开办函〔2021〕30要求编制。');
    const [m] = messagesOf(text, 'doc-number-format');
    expect(m.message).toBe('发文字号「国办公开办函〔2021〕30」格式不规范：序号后缺少「号」。应为「国办公开办函〔2021〕30号」');
    expect(applyOne(text, m)).toBe(withSentence('本报告按照国办公开办函〔2021〕30号要求编制。'));
  });
  it('flags a space before 号, and leaves bracketed years in prose alone', () => {
    const [m] = messagesOf(cite('岚综管规〔2023〕38 号'), 'doc-number-format');
    expect(m.message).toContain('中间不应有空格');
    expect(messagesOf(withSentence('全年（2025）12个月均按时更新。'), 'doc-number-format')).toEqual([]);
  });
});
