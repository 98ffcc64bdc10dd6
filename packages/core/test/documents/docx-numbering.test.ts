/** Word's automatic numbering in the .docx reader: the 一、 of a heading drawn by a list
 *  (numbering.xml) is read into the text, so the sections are found. */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { lintDocument, readDocument } from '../../src/documents';
import { formatNumber } from '../../src/documents/docx-numbering';
import { applicationRows, bytesOf, numberRows, rulesOf } from './support';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx with `body` and, when given, numbering.xml and styles.xml. */
function docx(body: string, numbering?: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

/** A paragraph in list `numId` at level `ilvl` (or with paragraph style `style`). */
const item = (text: string, numId?: number, ilvl?: number, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined || ilvl !== undefined ? `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}${numId !== undefined ? `<w:numId w:val="${numId}"/>` : ''}</w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const startAt = (ilvl: number, start: number) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

const linesOf = async (bytes: Uint8Array) => (await readDocument(bytes, 'x.docx')).text.split('\n').filter(Boolean);
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

describe('a report whose numbers are Word lists (fixtures/docx/numbered*.docx)', () => {
  it('reads the same text as the report with typed numbers', async () => {
    const numbered = await readDocument(bytesOf('docx/numbered.docx'), 'numbered.docx');
    const typed = await readDocument(bytesOf('docx/correct.docx'), 'correct.docx');
    expect(numbered.text).toBe(typed.text);
  });

  it.each(['numbered.docx', 'numbered.libreoffice.docx'])('%s: the six sections, 表二 and 表三 labels, and no diagnostic', async (name) => {
    const { messages, model, document } = await lintDocument(bytesOf(`docx/${name}`), name);
    expect(model.sections.map((s) => `${s.numeral}、${s.title.text}`)).toEqual(HEADINGS);
    for (const h of HEADINGS) expect(document.text.split('\n')).toContain(h);
    // 表二's 第二十条第（五）项, （六）, （八）: one list restarted at 5, 6 and 8.
    expect(document.text.match(/^第二十条第（[一-龥]）项/gm)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    // 表三's rows: 一、…四、, （一）…（七）, and the 1. 2. items restarted under each group.
    const rows = numberRows(document.text);
    const expected = applicationRows('correct');
    expect(rows.map((r) => r.numbers)).toEqual(expected.map((r) => r.numbers));
    rows.forEach((r, i) => expect(r.label.replace(/ /g, '')).toContain(expected[i].label));
    expect(rulesOf(messages)).toEqual([]);
  });

  it('without numbering.xml the numbers are lost and the sections with them (what the list reading prevents)', async () => {
    const files = unzipSync(bytesOf('docx/numbered.docx'));
    delete files['word/numbering.xml'];
    const { messages, document } = await lintDocument(zipSync(files), 'stripped.docx');
    expect(document.text.split('\n')).toContain('总体情况');
    expect(rulesOf(messages)).toContain('section-missing');
  });
});

describe('list numbering', () => {
  it('counts per level, restarts a level when a level above it is used, honours w:start', async () => {
    const numbering =
      abstract(0, level(0, 'chineseCounting', '%1、') + level(1, 'chineseCountingThousand', '（%2）') + level(2, 'decimal', '%3.').replace('<w:start w:val="1"/>', '<w:start w:val="3"/>')) +
      num(1, 0);
    const body = [item('甲', 1, 0), item('乙', 1, 1), item('丙', 1, 2), item('丁', 1, 2), item('戊', 1, 1), item('己', 1, 2), item('庚', 1, 0), item('辛', 1, 1)].join('');
    expect(await linesOf(docx(body, numbering))).toEqual(['一、甲', '（一）乙', '3.丙', '4.丁', '（二）戊', '3.己', '二、庚', '（一）辛']);
  });

  it('w:lvlRestart 0: a level that never restarts; %1.%2 labels; w:isLgl gives decimals; the tab after a word is a space', async () => {
    const numbering =
      abstract(0, level(0, 'chineseCounting', '第%1章') + level(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/><w:isLgl/><w:suff w:val="space"/>')) + num(1, 0);
    const body = [item('总则', 1, 0), item('甲', 1, 1), item('分则', 1, 0), item('乙', 1, 1)].join('');
    expect(await linesOf(docx(body, numbering))).toEqual(['第一章 总则', '1.1 甲', '第二章 分则', '2.2 乙']);
  });

  it('numIds on one abstract continue each other; a startOverride restarts where its numId first appears', async () => {
    const numbering = abstract(0, level(0, 'decimal', '%1.')) + num(1, 0) + num(2, 0) + num(3, 0, startAt(0, 7));
    const body = [item('a', 1, 0), item('b', 1, 0), item('c', 2, 0), item('d', 3, 0), item('e', 3, 0), item('f', 1, 0)].join('');
    expect(await linesOf(docx(body, numbering))).toEqual(['1.a', '2.b', '3.c', '7.d', '8.e', '9.f']);
  });

  it('numbering by paragraph style (and the style it is based on); numId 0 and bullets add nothing', async () => {
    const numbering = abstract(0, level(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')) + abstract(1, level(0, 'bullet', '\uf0b7')) + num(1, 0) + num(2, 1);
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>';
    const body = [item('总体情况', undefined, undefined, 'Heading1'), item('说明', 0, 0, 'Heading1'), item('主动公开', undefined, undefined, 'MyHeading'), item('要点', 2, 0)].join('');
    expect(await linesOf(docx(body, numbering, styles))).toEqual(['一、总体情况', '说明', '二、主动公开', '要点']);
  });

  it('a list number of a table cell is read into the cell', async () => {
    const numbering = abstract(0, level(0, 'chineseCountingThousand', '（%1）', '<w:suff w:val="nothing"/>')) + num(1, 0);
    const tc = (text: string, numId?: number) => `<w:tc>${item(text, numId, numId ? 0 : undefined)}</w:tc>`;
    const body = `<w:tbl><w:tr>${tc('予以公开', 1)}${tc('10')}</w:tr><w:tr>${tc('部分公开', 1)}${tc('3')}</w:tr></w:tbl>`;
    const doc = await readDocument(docx(body, numbering), 'x.docx');
    expect(doc.text.split('\n').slice(0, 2)).toEqual(['（一）予以公开\t10', '（二）部分公开\t3']);
    expect(doc.tables[0].cells.map((c) => doc.text.slice(c.span.start, c.span.end))).toEqual(['（一）予以公开', '10', '（二）部分公开', '3']);
  });

  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCountingThousand', '十一'],
    [20, 'chineseCountingThousand', '二十'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [2024, 'chineseCountingThousand', '二千零二十四'],
    [3, 'ideographTraditional', '丙'],
    [12, 'ideographZodiac', '亥'],
    [4, 'chineseLegalSimplified', '肆'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [20, 'ideographDigital', '二〇'],
    [7, 'decimal', '7'],
    [7, 'decimalZero', '07'],
    [12, 'decimalFullWidth', '１２'],
    [3, 'decimalEnclosedCircleChinese', '③'],
    [2, 'decimalEnclosedParen', '⑵'],
    [28, 'upperLetter', 'BB'],
    [14, 'lowerRoman', 'xiv'],
    [4, 'none', ''],
    [5, 'somethingNew', '5'],
  ])('%i as %s is %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});
