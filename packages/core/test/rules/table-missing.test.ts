import { correctText, fixture, messagesOf } from '../support/lint-rule';

describe('table-missing', () => {
  it('accepts sections 二, 三 and 四 with their tables', () => {
    expect(messagesOf(correctText(), 'table-missing')).toEqual([]);
    for (const seed of ['000_19b186ad1a196a36', '001_ff4af530816f6324', '002_3de73757d3cdff2d', '003_f0739a87bbbceb08', '004_e37f677c45259637']) {
      expect(messagesOf(fixture(`seeds/${seed}.txt`), 'table-missing')).toEqual([]);
    }
  });

  it('flags a section 四 whose table was replaced by prose', () => {
    const text = correctText();
    const start = text.indexOf('四、政府信息公开行政复议');
    const end = text.indexOf('五、存在的主要问题');
    const prose = text.slice(0, start) + '四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n\n' + text.slice(end);
    const [m] = messagesOf(prose, 'table-missing');
    expect(m.message).toBe('第四部分「政府信息公开行政复议、行政诉讼情况」中没有找到表四（政府信息公开行政复议、行政诉讼情况）的标准统计表');
    expect(m.severity).toBe('error');
  });
});
