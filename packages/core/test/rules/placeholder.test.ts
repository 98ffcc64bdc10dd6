import { correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;
const flagged = (text: string) => messagesOf(text, 'placeholder').map((m) => text.slice(m.offset, m.endOffset));

describe('placeholder', () => {
  it('is quiet on the correct reports (某某 in their title is anonymisation) and the seeds', () => {
    expect(messagesOf(correctText(), 'placeholder')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'placeholder')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'placeholder')).toEqual([]);
  });

  it('flags XXX, ×× and 〇〇 left in the text', () => {
    const text = say('XXX局于××年印发通知，由〇〇负责。');
    expect(flagged(text)).toEqual(['XXX', '××', '〇〇']);
    expect(messagesOf(text, 'placeholder')[0].message).toBe('「XXX」像是模板占位符，应填写实际内容');
  });

  it('flags a bracketed fill-in instruction', () => {
    const text = say('【单位名称】全年主动公开信息50条。');
    expect(messagesOf(text, 'placeholder').map((m) => m.message)).toEqual(['「【单位名称】」是模板里的填写提示，应替换为实际内容']);
  });

  it('flags a contact field with nothing after it', () => {
    const text = say('如有疑问请联系，网址：，电话：0591-1234567，邮箱：。');
    expect(flagged(text)).toEqual(['网址：', '邮箱：']);
    expect(messagesOf(text, 'placeholder')[0].message).toBe('「网址」后面没有内容：应填写网址，或删去这一项');
  });

  it('leaves a value on the next line alone (PDF copies break lines anywhere)', () => {
    expect(flagged(say('如有疑问请联系，电话：\n0591-1234567。'))).toEqual([]);
  });

  it('leaves x in words and addresses, years in numerals and 【】 headings alone', () => {
    expect(flagged(say('详见 www.example.gov.cn/zfxxgk/ 与 xxgk 栏目，二〇〇五年，【政策解读】栏目，2×3 矩阵。'))).toEqual([]);
  });
});
