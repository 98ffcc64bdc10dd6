import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('repeated-text', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'repeated-text')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'repeated-text')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'repeated-text')).toEqual([]);
  });

  it('flags a word written twice and fixes it by deleting the second', () => {
    const text = say('所有信息经过审核审核后发布。');
    const [m] = messagesOf(text, 'repeated-text');
    expect(m.message).toBe('「审核」重复书写了两遍：「审核审核」');
    expect(text.slice(m.offset, m.endOffset)).toBe('审核');
    expect(applyOne(text, m)).toBe(say('所有信息经过审核后发布。'));
  });

  it('finds a repeat that starts inside a word (耕地力地力)', () => {
    const text = say('开展耕地力地力评价。');
    const [m] = messagesOf(text, 'repeated-text');
    expect(applyOne(text, m)).toBe(say('开展耕地力评价。'));
  });

  it('flags a whole sentence written twice in a row', () => {
    const sentence = '本机关全年组织业务培训三次。';
    const text = say(sentence + sentence + '其他工作正常。');
    const found = messagesOf(text, 'repeated-text');
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('句子重复：「本机关全年组织业务培训三次。」紧接着又写了一遍');
    expect(applyOne(text, found[0])).toBe(say(sentence + '其他工作正常。'));
    // Across a line break too, but not when other text comes between.
    expect(messagesOf(say(`${sentence}\n${sentence}`), 'repeated-text')).toHaveLength(1);
    expect(messagesOf(say(`${sentence}另外，${sentence}`), 'repeated-text')).toEqual([]);
  });

  it('leaves one repeated character, repeats across punctuation and table headers alone', () => {
    const text = say('层层把关，紧紧围绕中心工作，落实实验区要求；主动公开，公开率100%。本报告、本报告附表均已公布。');
    expect(messagesOf(text, 'repeated-text')).toEqual([]);
    // The review table's five headings repeat for each group when a crawler runs the cells together.
    const review = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 0 0 0 0 0';
    expect(messagesOf(say(review), 'repeated-text')).toEqual([]);
  });
});
