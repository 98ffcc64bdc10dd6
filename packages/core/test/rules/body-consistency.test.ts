import { bodyName } from '../../src/rules/body-consistency';
import { correctMarkdown, correctText, fixture, messagesOf, SEEDS } from '../support/lint-rule';

const TITLE = '某某市某某区人民政府办公室2025年政府信息公开工作年度报告';
const report = (title: string, sentence: string) => correctText().replace(TITLE, title).replace('本年度未收取信息处理费。', `本年度未收取信息处理费。${sentence}`);

describe('body-consistency', () => {
  it('is quiet on the correct reports and on the seeds other than 000', () => {
    expect(messagesOf(correctText(), 'body-consistency')).toEqual([]);
    expect(messagesOf(correctMarkdown(), 'body-consistency')).toEqual([]);
    for (const seed of SEEDS.slice(1)) expect(messagesOf(fixture(seed), 'body-consistency')).toEqual([]);
  });

  it('flags a township report that calls itself 我局 (seed 000)', () => {
    const text = fixture(SEEDS[0]);
    const found = messagesOf(text, 'body-consistency');
    expect(found.map((m) => [m.line, text.slice(m.offset, m.endOffset), m.severity])).toEqual([[3, '我局', 'info']]);
    expect(found[0].message).toBe('报告机关是「恰科日乡人民政府」，文中却自称「我局」：局不是本机关，应为「我乡」或「本机关」');
  });

  it('accepts the self-reference that fits the body, and regional ones', () => {
    expect(messagesOf(report('某某县某某镇人民政府2025年政府信息公开工作年度报告', '我镇将继续做好公开工作，我县各部门积极配合。'), 'body-consistency')).toEqual([]);
    expect(messagesOf(report('某某县财政局2025年政府信息公开工作年度报告', '我局将继续做好公开工作。'), 'body-consistency')).toEqual([]);
    expect(messagesOf(report('某某区某某街道办事处2025年政府信息公开工作年度报告', '我办将继续做好公开工作，本街道各社区积极配合。'), 'body-consistency')).toEqual([]);
  });

  it('flags a bureau report that calls itself 我乡', () => {
    const text = report('某某县财政局2025年政府信息公开工作年度报告', '我乡将继续做好公开工作。');
    expect(messagesOf(text, 'body-consistency').map((m) => m.message)).toEqual(['报告机关是「某某县财政局」，文中却自称「我乡」：乡不是本机关，应为「我局」或「本机关」']);
  });

  it('flags another province\'s document cited in a report whose title names the province', () => {
    const text = report('福建省某某厅2025年政府信息公开工作年度报告', '参照《江苏省政务公开工作规范》执行，并落实《福建省政府信息公开办法》。');
    const found = messagesOf(text, 'body-consistency');
    expect(found.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['江苏省']);
    expect(found[0].message).toBe('报告机关在福建省，却引用了江苏省的文件《江苏省政务公开工作规范》：请确认是否引错');
  });

  it('reads the body from the title', () => {
    expect(bodyName('某某片区管理局关于报送2020年度政府信息公开工作年度报告的函')).toBe('某某片区管理局');
    expect(bodyName('某某乡人民政府\n2025年政府信息公开工作年度报告')).toBe('某某乡人民政府');
    expect(bodyName('某某区财政局 2025 年政府信息公开工作年度报告')).toBe('某某区财政局');
  });
});
