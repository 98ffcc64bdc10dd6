import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;
const messages = (text: string) => messagesOf(text, 'unbalanced-pair').map((m) => [text.slice(m.offset, m.endOffset), m.message]);

describe('unbalanced-pair', () => {
  it('is quiet on the correct reports and the seeds (cells broken over lines, 〔2020] left to doc-number-format)', () => {
    expect(messagesOf(correctText(), 'unbalanced-pair')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'unbalanced-pair')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'unbalanced-pair')).toEqual([]);
  });

  it('flags a closing bracket with no opening one', () => {
    expect(messages(say('按照《某某办法》某办函〔2021〕7号）规定执行。'))).toEqual([['）', '「）」前面没有对应的开括号「（」']]);
  });

  it('flags an opening bracket, title mark or quote left open in its paragraph', () => {
    expect(messages(say('联系地址（某某路1号。'))).toEqual([['（', '「（」没有对应的闭合括号「）」']]);
    expect(messages(say('坚持“公开为常态，不公开为例外原则。'))).toEqual([['“', '「“」没有对应的闭合引号「”」']]);
    expect(messages(say('依照《某某办法执行。'))).toEqual([['《', '「《」没有对应的闭合书名号「》」']]);
  });

  it('names the mark left open inside a closed pair', () => {
    expect(messages(say('详见（附件《公开目录）。'))).toEqual([['《', '「《」没有对应的闭合书名号「》」']]);
  });

  it('flags a doubled bracket and fixes it to one pair', () => {
    const text = say('请联系办公室（(地址：某某路1号））。');
    const [m] = messagesOf(text, 'unbalanced-pair');
    expect(m.message).toBe('括号重复：「（(…））」，应只用一对「（）」');
    expect(applyOne(text, m)).toBe(say('请联系办公室（地址：某某路1号）。'));
  });

  it('accepts nesting, mixed widths, brackets over a line break and enumeration markers', () => {
    expect(messages(say('详见（《某某办法》（试行））和“三个“不””。'))).toEqual([]);
    expect(messages(say('电话（0591-1234567)。'))).toEqual([]);
    expect(messages(say('联系地址（某某\n路1号）。'))).toEqual([]);
    expect(messages(say('主要措施：1）加强培训；2）规范答复；a)完善制度。'))).toEqual([]);
  });

  it('does not pair across paragraphs', () => {
    expect(messages(say('联系地址（某某路1号。\n\n另见附件）。'))).toHaveLength(2);
  });
});
