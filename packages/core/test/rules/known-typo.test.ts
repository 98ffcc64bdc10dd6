import { KNOWN_TYPOS } from '../../src/rules/data/known-typos';
import { typoList } from '../../src/rules/known-typo';
import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('known-typo', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'known-typo')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'known-typo')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'known-typo')).toEqual([]);
  });

  it('flags a listed misspelling, says why, and fixes it', () => {
    const text = say('另有不子公开的申请2件，均已告知理由。');
    const [m] = messagesOf(text, 'known-typo');
    expect(m.message).toBe('「不子公开」应为「不予公开」（「予」误作形近的「子」；见于已发布年报）');
    expect(text.slice(m.offset, m.endOffset)).toBe('不子公开');
    expect(applyOne(text, m)).toBe(say('另有不予公开的申请2件，均已告知理由。'));
  });

  it('finds every occurrence, and prefers the longer entry', () => {
    const text = say('工作水平残差不齐，仍在不足；部分栏目需要重新涉及，先行有效件数已核对。');
    const found = messagesOf(text, 'known-typo').map((m) => text.slice(m.offset, m.endOffset));
    expect(found).toEqual(['残差不齐', '仍在不足', '重新涉及', '先行有效件数']);
  });

  it('leaves the right forms and words that merely contain a listed form alone', () => {
    expect(messagesOf(say('依法予以公开；先行先试，采取先行有效处置；绝大多数申请已办结。'), 'known-typo')).toEqual([]);
  });

  it('takes extra typos and ignored entries from its options', () => {
    const text = say('本机关认真落实条例要求，做到公开透名。另有不子公开的申请。');
    const options = { ruleOptions: { 'known-typo': { extra: [{ wrong: '公开透名', right: '公开透明' }], ignore: ['不子公开'] } } };
    const found = messagesOf(text, 'known-typo', options);
    expect(found.map((m) => m.message)).toEqual(['「公开透名」应为「公开透明」（配置中列出的错别字）']);
  });

  it('rejects malformed options with a clear message', () => {
    expect(() => typoList({ extra: [{ wrong: '甲' }] })).toThrow('known-typo 的 extra');
    expect(() => typoList(['x'])).toThrow('known-typo 的选项必须是对象');
    const [m] = messagesOf(say('一句话。'), 'known-typo', { ruleOptions: { 'known-typo': { ignore: 3 } } });
    expect(m.message).toContain('known-typo 的 ignore 必须是字符串数组');
  });

  it('has a list whose entries are distinct, each with a reason, and never right in themselves', () => {
    const wrongs = KNOWN_TYPOS.map((t) => t.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
    for (const t of KNOWN_TYPOS) {
      expect(t.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(t.right).not.toBe(t.wrong);
      // No entry's wrong form is part of another entry's right form.
      for (const u of KNOWN_TYPOS) expect(u.right.includes(t.wrong)).toBe(false);
    }
  });
});
