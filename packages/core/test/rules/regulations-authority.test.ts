import { correctText, messagesOf } from '../support/lint-rule';

const withRegulations = (text: string) => text.replace('规章\t0\t0\t0', '规章\t2\t0\t5');

describe('regulations-authority', () => {
  it('accepts 规章 = 0 for a 区 body, and 规章 from a province', () => {
    expect(messagesOf(correctText(), 'regulations-authority')).toEqual([]);
    const province = withRegulations(correctText()).replace('某某市某某区人民政府办公室', '某某自治区人民政府');
    expect(messagesOf(province, 'regulations-authority')).toEqual([]);
    const city = withRegulations(correctText()).replace('某某市某某区人民政府办公室', '某某市人民政府');
    expect(messagesOf(city, 'regulations-authority')).toEqual([]);
  });

  it('flags the 规章 row of a 区 body once, at its first non-zero cell', () => {
    const text = withRegulations(correctText());
    const found = messagesOf(text, 'regulations-authority');
    expect(found.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['2']);
    expect(found[0].message).toBe('「某某市某某区人民政府办公室」无权制定规章，但表二「规章」行填写了 2、0、5；请核实是否应填入「行政规范性文件」');
  });

  it('reads 乡 and 镇 as a level only where they end the place name', () => {
    const named = (body: string) => messagesOf(withRegulations(correctText()).replace('某某市某某区人民政府办公室', body), 'regulations-authority');
    expect(named('镇江市人民政府')).toEqual([]);
    expect(named('乡宁市人民政府')).toEqual([]);
    expect(named('某某县某某镇人民政府')).toHaveLength(1);
    expect(named('哈拉直沟乡人民政府')).toHaveLength(1);
    expect(named('某某市某某街道办事处')).toHaveLength(1);
  });
});
