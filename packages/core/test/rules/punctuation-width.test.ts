import type { LintOptions } from '../../src/types';
import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

/** punctuation-width is opt-in (off unless configured): switched on for its tests. */
const pw = (text: string, options: LintOptions = {}) => messagesOf(text, 'punctuation-width', { ...options, rules: { 'punctuation-width': 'warning', ...options.rules } });

describe('punctuation-width', () => {
  it('is quiet on the correct reports and the seeds (002 and 004 use half-width marks throughout)', () => {
    expect(pw(correctText())).toEqual([]);
    expect(pw(correctMarkdown())).toEqual([]);
    for (const seed of SEEDS) expect(pw(fixture(seed))).toEqual([]);
  });

  it('flags a half-width comma, semicolon or colon between Chinese characters and fixes it', () => {
    const text = say('其中:政策文件五条,工作动态三条;其他两条。');
    const found = pw(text);
    expect(found.map((m) => m.message)).toEqual([
      '汉字之间用了半角「:」，应为全角「：」',
      '汉字之间用了半角「,」，应为全角「，」',
      '汉字之间用了半角「;」，应为全角「；」',
    ]);
    let fixed = text;
    for (const m of [...found].reverse()) fixed = applyOne(fixed, m);
    expect(fixed).toBe(say('其中：政策文件五条，工作动态三条；其他两条。'));
  });

  it('flags half-width brackets round Chinese text and fixes both', () => {
    const text = say('依照《条例》(以下简称条例)执行。');
    const [m] = pw(text);
    expect(m.message).toBe('汉字之间用了半角括号「(…)」，应为全角「（…）」');
    expect(applyOne(text, m)).toBe(say('依照《条例》（以下简称条例）执行。'));
  });

  it('leaves marks next to digits or Latin text alone', () => {
    const text = say('电话:0591-1234567;传真:0591-7654321，网址(www.example.gov.cn)，时间10:30。');
    expect(pw(text)).toEqual([]);
  });

  it('stays quiet where half-width marks are the document\'s habit, unless `all` is set', () => {
    const habit = '本机关认真落实,扎实推进;做好公开,强化监督;完善制度,规范流程;加强培训,提升能力。';
    const text = say(habit);
    expect(pw(text)).toEqual([]);
    expect(pw(text, { ruleOptions: { 'punctuation-width': { all: true } } })).toHaveLength(7);
  });
});
