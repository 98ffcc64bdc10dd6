import { applyOne, correctMarkdown, correctText, fixture, messagesOf, SEEDS, withSentence } from '../support/lint-rule';

const say = withSentence;

describe('punctuation-width', () => {
  it('is quiet on the correct reports and the seeds (002 and 004 use half-width marks throughout)', () => {
    expect(messagesOf(correctText(), 'punctuation-width')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'punctuation-width')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'punctuation-width')).toEqual([]);
  });

  it('flags a half-width comma, semicolon or colon between Chinese characters and fixes it', () => {
    const text = say('其中:政策文件五条,工作动态三条;其他两条。');
    const found = messagesOf(text, 'punctuation-width');
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
    const [m] = messagesOf(text, 'punctuation-width');
    expect(m.message).toBe('汉字之间用了半角括号「(…)」，应为全角「（…）」');
    expect(applyOne(text, m)).toBe(say('依照《条例》（以下简称条例）执行。'));
  });

  it('leaves marks next to digits or Latin text alone', () => {
    const text = say('电话:0591-1234567;传真:0591-7654321，网址(www.example.gov.cn)，时间10:30。');
    expect(messagesOf(text, 'punctuation-width')).toEqual([]);
  });

  it('stays quiet where half-width marks are the document\'s habit, unless `all` is set', () => {
    const habit = '本机关认真落实,扎实推进;做好公开,强化监督;完善制度,规范流程;加强培训,提升能力。';
    const text = say(habit);
    expect(messagesOf(text, 'punctuation-width')).toEqual([]);
    expect(messagesOf(text, 'punctuation-width', { ruleOptions: { 'punctuation-width': { all: true } } })).toHaveLength(7);
  });
});
