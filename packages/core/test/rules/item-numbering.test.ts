import { numeralValue } from '../../src/rules/enumeration';
import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('item-numbering', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'item-numbering')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'item-numbering')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'item-numbering')).toEqual([]);
  });

  it('flags a repeated number and fixes it', () => {
    const text = say('一是加强培训；二是规范答复；三是完善制度；三是强化监督。');
    const [m] = messagesOf(text, 'item-numbering');
    expect(m.message).toBe('编号重复：「三是」之后是「三是」，应为「四是」');
    expect(applyOne(text, m)).toBe(say('一是加强培训；二是规范答复；三是完善制度；四是强化监督。'));
  });

  it('flags a skipped number', () => {
    const [m] = messagesOf(say('一是加强培训；三是规范答复。'), 'item-numbering');
    expect(m.message).toBe('编号跳号：「一是」之后是「三是」，应为「二是」');
  });

  it('starts a new list at each 一是 and at a sub-heading, and ignores orphans and words', () => {
    expect(messagesOf(say('一是加强培训；二是规范答复。一是完善制度；二是强化监督。'), 'item-numbering')).toEqual([]);
    expect(messagesOf(say('一是加强培训；二是规范答复。（二）改进措施。二是完善制度。'), 'item-numbering')).toEqual([]);
    expect(messagesOf(say('二是完善制度。重点工作之一是培训，统一是原则。'), 'item-numbering')).toEqual([]);
  });

  it('reads Chinese numerals', () => {
    expect([numeralValue('一'), numeralValue('九'), numeralValue('十'), numeralValue('十一'), numeralValue('二十'), numeralValue('二十三')]).toEqual([1, 9, 10, 11, 20, 23]);
    expect(numeralValue('一一')).toBeUndefined();
  });
});
