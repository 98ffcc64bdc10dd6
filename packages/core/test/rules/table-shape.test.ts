import { correctMarkdown, correctText, fixture, messagesOf } from '../support/lint-rule';
import { lint } from '../../src/lint';

describe('table-shape', () => {
  it('accepts the full standard tables', () => {
    expect(messagesOf(correctText(), 'table-shape')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'table-shape')).toEqual([]);
    expect(messagesOf(fixture('seeds/004_e37f677c45259637.txt'), 'table-shape')).toEqual([]);
  });

  it('flags a 表三 without the 总计 column (seed 001) and says once, as info, that the shifted rows cannot be read', () => {
    const found = messagesOf(fixture('seeds/001_ff4af530816f6324.txt'), 'table-shape');
    expect(found.map((m) => [m.severity, m.line])).toEqual([
      ['error', 37],
      ['info', 43],
    ]);
    expect(found[0].message).toContain('表三缺少「总计」列');
    // The rows shifted against the header are named, once, at the first of them.
    expect(found[1].message).toContain('「1.属于国家秘密」行只有 5 位数字（0 0 0 0 0），应有 6 个数');
    expect(found[1].message).toContain('已跳过依赖这些数字的检查');
  });

  it('flags a missing standard row', () => {
    const text = correctText().replace(/^（七）总计.*\n/m, '');
    const found = messagesOf(text, 'table-shape');
    expect(found.map((m) => m.message)).toContain('表三缺少标准行「（七）总计」');
  });

  it('says once (info) when run-together numbers split more than one way, and skips the checks on that row', () => {
    // 2030121 27 is 20,3,0,1,2,1 | 27, but also 2,0,3,0,1,21 | 27: both add up.
    const text = correctText().replace('\t20\t3\t0\t1\t2\t1\t27', '\t2030121\t27');
    const found = messagesOf(text, 'table-shape');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toContain('「一、本年新收政府信息公开申请数量」行数字连在一起（2030121 27），有多种拆分方式');
    expect(messagesOf(text, 'balance')).toEqual([]);
  });

  it('reads run-together numbers where exactly one split adds up, and still checks the rest', () => {
    // 203 is 20,3 (2,0,3 would give eight cells; 2,7 for 27 would break the row's 总计).
    const text = correctText().replace('\t20\t3\t0\t1\t2\t1\t27', '\t203\t0\t1\t2\t1\t27');
    expect(lint(text).messages).toEqual([]);
    const cells = lint(text).model.tables.applications!.cells.filter((c) => c.row === 'new');
    expect(cells.map((c) => c.value)).toEqual([20, 3, 0, 1, 2, 1, 27]);
    expect(cells.map((c) => text.slice(c.span.start, c.span.end))).toEqual(['20', '3', '0', '1', '2', '1', '27']);
    // Seven digits for seven cells is one digit each, whatever the total says: the wrong total is found.
    const forced = correctText().replace('\t2\t1\t0\t0\t0\t0\t3', '\t2100004');
    expect(messagesOf(forced, 'row-total').map((m) => m.message)).toEqual(['表三「二、上年结转政府信息公开申请数量」行的总计为 4，但自然人至其他六列之和为 2+1+0+0+0+0 = 3，应为 3']);
  });
});

describe('table cells in text that lost its line structure', () => {
  const flat = (text: string) => text.replace(/\n+/g, ' ');
  it('reads a flattened report, with &nbsp; between cells, as the line-structured one', () => {
    const text = flat(correctText().replace(/\t/g, ' ')).replace('20 3 0 1 2 1 27', '20&nbsp;3&nbsp;0&nbsp;1&nbsp;2&nbsp;1&nbsp;27');
    const { model, messages } = lint(text);
    expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.tables.applications!.cells.filter((c) => c.row === 'new').map((c) => c.value)).toEqual([20, 3, 0, 1, 2, 1, 27]);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });
  it('takes 第一部分 and 1、 numberings for headings only with a section title after them', () => {
    const text = correctText().replace('一、总体情况', '第一部分 总体情况').replace('二、主动公开政府信息情况', '2、主动公开政府信息情况');
    expect(lint(text).messages).toEqual([]);
    expect(lint(correctText().replace('一是政策解读', '1、政策解读')).model.sections).toHaveLength(6);
  });
});

describe('full-width digits throughout (an OCR or a converter)', () => {
  it('reads cells and the rows numbered １. ２. … as the half-width report', () => {
    const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const text = wide(correctText());
    const { model, messages } = lint(text);
    expect(messages.filter((m) => m.ruleId !== 'doc-number-format')).toEqual([]);
    expect(model.tables.applications!.cells.filter((c) => c.row === 'new').map((c) => c.value)).toEqual([20, 3, 0, 1, 2, 1, 27]);
    // Run together, too.
    const runs = wide(correctText().replace('\t2\t1\t0\t0\t0\t0\t3', '\t2100003'));
    expect(lint(runs).model.tables.applications!.cells.filter((c) => c.row === 'carried').map((c) => c.value)).toEqual([2, 1, 0, 0, 0, 0, 3]);
  });
});
