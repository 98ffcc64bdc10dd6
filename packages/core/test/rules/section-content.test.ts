import { correctMarkdown, correctText, fixture, messagesOf, SEEDS } from '../support/lint-rule';

const FIVE_BODY = '一是政策解读形式还不够丰富；二是依申请公开答复质量有待提高。下一步，将加强培训，规范答复。';

describe('section-content', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(messagesOf(correctText(), 'section-content')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'section-content')).toEqual([]);
    for (const seed of SEEDS) expect(messagesOf(fixture(seed), 'section-content')).toEqual([]);
  });

  it.each(['无。', '暂无', ''])('flags section 五 that says only %j', (body) => {
    const text = correctText().replace(FIVE_BODY, body);
    const [m] = messagesOf(text, 'section-content');
    const said = body ? `只写了「${body.replace('。', '')}」` : '没有内容';
    expect(m.message).toBe(`「五、存在的主要问题及改进情况」${said}：应写明存在的主要问题和改进措施；确实没有问题也应说明改进情况`);
    expect(text.slice(m.offset, m.endOffset)).toBe('五、存在的主要问题及改进情况');
  });

  it('flags section 一 that says only 无, in Markdown too', () => {
    const text = correctMarkdown().replace(/(## 一、总体情况\n\n)[^\n]+/, '$1无');
    expect(messagesOf(text, 'section-content').map((m) => m.message)).toEqual(['「## 一、总体情况」只写了「无」：应概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作']);
  });

  it('leaves section 六 alone: 暂无 may be all there is to report', () => {
    const text = correctText().replace(/(六、其他需要报告的事项\n\n)[^\n]+/, '$1暂无。');
    expect(messagesOf(text, 'section-content')).toEqual([]);
  });
});
