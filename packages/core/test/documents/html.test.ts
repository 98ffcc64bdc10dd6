import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixDocument, lintDocument, readDocument } from '../../src/documents';
import { readHtml } from '../../src/documents/html';
import { lint } from '../../src/lint';
import { applicationRows, bytesOf, FIXTURES, numberRows, rulesOf, textOf } from './support';

const SHAPES = ['word', 'cms', 'gbk'] as const;
const DEFECTS = ['row-total', 'results-total', 'review-total', 'balance'] as const;
const html = (s: string) => new TextEncoder().encode(s);
/** The page's text at a 1-based line and column. */
const at = (page: string, line: number, column: number, length: number) => page.split('\n')[line - 1].slice(column - 1, column - 1 + length);
const pageOf = (file: string) => readHtml(bytesOf(file)).source;

describe('HTML reader', () => {
  it.each(SHAPES)('reads every 表三 number of the %s page from its grid', async (shape) => {
    const doc = await readDocument(bytesOf(`html/correct.${shape}.html`), `correct.${shape}.html`);
    const rows = numberRows(doc.text);
    const expected = applicationRows('correct');
    expect(rows.map((r) => r.numbers)).toEqual(expected.map((r) => r.numbers));
    rows.forEach((r, i) => expect(r.label).toContain(expected[i].label));
  });

  it('expands rowspan and colspan: 表三 is a 10-column grid, merged positions are empty fields', async () => {
    const doc = await readDocument(bytesOf('html/correct.word.html'), 'x.html');
    const t3 = doc.tables[1];
    expect([t3.rowCount, t3.colCount]).toEqual([28, 10]);
    const lines = doc.text.slice(t3.span.start, t3.span.end).split('\n');
    expect(lines[0].split('\t')).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', '']);
    expect(lines.find((l) => l.includes('1.属于国家秘密'))!.split('\t').slice(0, 4)).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0']);
    expect(lines.find((l) => l.includes('2.其他法律'))!.split('\t').slice(0, 4)).toEqual(['', '', '2.其他法律行政法规禁止公开', '1']);
    const merged = t3.cells.find((c) => c.rowspan > 20)!;
    expect(doc.text.slice(merged.span.start, merged.span.end)).toBe('三、本年度办理结果');
  });

  it.each(SHAPES)('finds nothing in the correct %s page, as in the text', async (shape) => {
    expect((await lintDocument(bytesOf(`html/correct.${shape}.html`), `correct.${shape}.html`)).messages).toEqual([]);
  });

  it.each(DEFECTS.flatMap((d) => SHAPES.map((s) => [d, s] as const)))('gives %s in the %s page as the text does, placed on the cell', async (defect, shape) => {
    const file = `html/${defect}.${shape}.html`;
    const { messages } = await lintDocument(bytesOf(file), file);
    const fromText = lint(textOf(`synthetic/${defect}.txt`)).messages;
    expect(rulesOf(messages)).toEqual(rulesOf(fromText));
    const page = pageOf(file);
    for (const m of messages) {
      // The page at the message's position holds the flagged number, and source says the same place.
      const flagged = (m as { endOffset: number; offset: number }).endOffset - m.offset;
      const expectedText = fromText.find((t) => t.ruleId === m.ruleId && t.message === m.message);
      expect(expectedText).toBeDefined();
      expect(at(page, m.line, m.column, flagged)).toBe(textOf(`synthetic/${defect}.txt`).slice(expectedText!.offset, expectedText!.endOffset));
      expect(m.source).toEqual({ kind: 'html', line: m.line, column: m.column });
    }
  });

  it('fixes a misspelt cell label in each page and leaves the rest of the page as it was', async () => {
    for (const shape of SHAPES) {
      const file = `html/label.${shape}.html`;
      const before = await lintDocument(bytesOf(file), file);
      expect(rulesOf(before.messages)).toEqual(['table-label']);
      expect(before.messages[0].fix).toBeDefined();
      const fixed = await fixDocument(bytesOf(file), file);
      expect(fixed.fixed).toBe(1);
      expect(fixed.messages).toEqual([]);
      expect((await lintDocument(fixed.output, file)).messages).toEqual([]);
      // The fix wrote only the label, in the page's own charset.
      const page = readHtml(bytesOf(file)).source;
      expect(readHtml(fixed.output).source).toBe(page.replace('2.其他法律行政止公开', '2.其他法律行政法规禁止公开'));
      expect(readHtml(fixed.output).charset).toEqual(readHtml(bytesOf(file)).charset);
    }
  });

  it('fixes a 发文字号 in one text node, and only reports it where Word split it over spans', async () => {
    const cms = await fixDocument(bytesOf('html/doc-number.cms.html'), 'doc-number.cms.html');
    expect(cms.fixed).toBe(1);
    expect(Buffer.from(cms.output).equals(Buffer.from(bytesOf('html/correct.cms.html')))).toBe(true);
    const word = await lintDocument(bytesOf('html/doc-number.word.html'), 'doc-number.word.html');
    expect(rulesOf(word.messages)).toEqual(['doc-number-format']);
    expect(word.messages[0].fix).toBeUndefined();
    expect((await fixDocument(bytesOf('html/doc-number.word.html'), 'x.html')).fixed).toBe(0);
  });

  it('reads the charset from <meta>: the GBK page reads as the UTF-8 one', async () => {
    const gbk = await readDocument(bytesOf('html/correct.gbk.html'), 'a.html');
    const utf8 = await readDocument(bytesOf('html/correct.cms.html'), 'b.html');
    expect(gbk.text).toBe(utf8.text);
    expect(readFileSync(join(FIXTURES, 'html/correct.gbk.html')).includes(Buffer.from('某某', 'utf8'))).toBe(false);
  });

  it('drops scripts, styles, menus and breadcrumbs, and reads a layout table as blocks', async () => {
    const doc = await readDocument(bytesOf('html/correct.cms.html'), 'x.html');
    expect(doc.text).not.toMatch(/_hmt|jquery|当前位置|首页|主办单位|\.menu/);
    expect(doc.tables).toHaveLength(3); // the page's layout tables are not tables
    expect(doc.text.split('\n')[0]).toBe('某某市某某区人民政府办公室2025年政府信息公开工作年度报告');
  });

  it('joins a cell’s paragraphs (no space between CJK), reads &nbsp; as a space and trims it', async () => {
    const doc = await readDocument(html('<table><tr><td><p>一、本年新收</p><p>申请数量</p></td><td>&nbsp;1&nbsp;</td><td><p>a</p><p>b</p></td></tr></table>'), 'x.html');
    expect(doc.text).toBe('一、本年新收申请数量\t1\ta b\n\n');
  });

  it('removes a source line break between CJK characters and keeps one between words', async () => {
    const doc = await readDocument(html('<p>政府信\n  息公开 annual\n report</p>'), 'x.html');
    expect(doc.text).toBe('政府信息公开 annual report\n');
  });

  it('maps text back to the page: verbatim runs have a source range, entities and tags break it', async () => {
    const page = '<p>甲乙&amp;丙<b>丁</b></p>';
    const doc = await readDocument(html(page), 'x.html');
    expect(doc.text).toBe('甲乙&丙丁\n');
    expect(doc.sourceRange(0, 2)).toEqual({ start: 3, end: 5 });
    expect(page.slice(3, 5)).toBe('甲乙');
    expect(doc.sourceRange(1, 3)).toBeUndefined(); // through &amp;
    expect(doc.sourceRange(3, 5)).toBeUndefined(); // 丙 and 丁 lie in two text nodes
    expect(doc.placeOf(4)).toEqual({ kind: 'html', line: 1, column: page.indexOf('丁') + 1 });
  });
});
