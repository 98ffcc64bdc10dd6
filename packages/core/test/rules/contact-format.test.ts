import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('contact-format', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'contact-format')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'contact-format')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'contact-format')).toEqual([]);
  });

  it.each([
    ['网址：https//www.example.gov.cn。', '网址「https//…」写法有误，应为「https://」', '网址：https://www.example.gov.cn。'],
    ['网址：http:/www.example.gov.cn。', '网址「http:/…」写法有误，应为「http://」', '网址：http://www.example.gov.cn。'],
    ['邮箱：office＠example.com。', '电子邮箱「office＠example.com」用了全角「＠」，应为半角「@」', '邮箱：office@example.com。'],
    ['邮箱：office@example．com。', '电子邮箱「office@example．com」中用了全角「．」或「。」，应为半角「.」', '邮箱：office@example.com。'],
    ['网址：www。example。gov。cn。', '网址「www。example。gov。cn」中用了全角「．」或「。」，应为半角「.」', '网址：www.example.gov.cn。'],
    ['邮箱：office @example.com。', '电子邮箱「office @example.com」中间有空格', '邮箱：office@example.com。'],
  ])('%s', (sentence, message, fixed) => {
    const text = say(sentence);
    const [m] = messagesOf(text, 'contact-format');
    expect(m.message).toBe(message);
    expect(applyOne(text, m)).toBe(say(fixed));
  });

  it('flags a postcode that is not six digits (no fix: the right digits are unknown)', () => {
    const [m] = messagesOf(say('邮编：35040，电话：0591-1234567。'), 'contact-format');
    expect(m.message).toBe('邮政编码「35040」应为 6 位数字，这里是 5 位');
    expect(m.fix).toBeUndefined();
  });

  it('accepts well-formed addresses, and a full stop after them', () => {
    const text = say('网址：https://www.example.gov.cn/，邮箱：office@example.com。邮编：350400，网站（www.example.gov.cn）。');
    expect(messagesOf(text, 'contact-format')).toEqual([]);
  });
});
