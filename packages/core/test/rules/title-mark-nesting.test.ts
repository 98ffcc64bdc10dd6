import { applyOne, correctText, fixture, messagesOf, seedsExcept, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('title-mark-nesting', () => {
  it('accepts 〈〉 inside 《》, and the seeds that use it', () => {
    expect(messagesOf(correctText(), 'title-mark-nesting')).toEqual([]);
    for (const seed of seedsExcept('002')) expect(messagesOf(fixture(seed), 'title-mark-nesting')).toEqual([]);
  });

  it('flags <…> inside 《》 (seed 002) and fixes it to 〈…〉', () => {
    const text = fixture('seeds/002_3de73757d3cdff2d.txt');
    const [m] = messagesOf(text, 'title-mark-nesting');
    expect(m.line).toBe(383);
    expect(m.message).toBe('书名号内的「政府信息公开信息处理费管理办法」用了尖括号「<>」，应使用单书名号：〈政府信息公开信息处理费管理办法〉');
    const fixed = applyOne(text, m);
    expect(fixed.split('\n')[382]).toContain('《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》');
    expect(messagesOf(fixed, 'title-mark-nesting')).toEqual([]);
  });

  it('flags 《…》 inside 《》', () => {
    const text = say('见《关于印发《某某办法》的通知》。');
    const [m] = messagesOf(text, 'title-mark-nesting');
    expect(m.message).toContain('双书名号「《》」');
    expect(applyOne(text, m)).toBe(say('见《关于印发〈某某办法〉的通知》。'));
  });

  it('leaves alone <> outside titles, markup inside titles, and unclosed marks', () => {
    const text = say('a<b>c，《条例<br>说明》，《未闭合<某某办法>的标题。');
    expect(messagesOf(text, 'title-mark-nesting')).toEqual([]);
  });
});
