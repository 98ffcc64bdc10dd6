import { fixText, lint, parseReport, totalAt, explainTotal } from '../src';
import { correctText, fixture } from './support/lint-rule';

describe('lint', () => {
  it('lints only documents that look like a report, unless forced', () => {
    const notes = '会议纪要\n一、总体情况\n今天开会。';
    expect(lint(notes).messages).toEqual([]);
    expect(lint(notes).model.isReport).toBe(false);
    expect(lint(notes, { force: true }).messages.length).toBeGreaterThan(0);
  });

  it('places messages with 1-based lines, UTF-16 columns and offsets', () => {
    const text = fixture('seeds/003_f0739a87bbbceb08.txt');
    const m = lint(text).messages.find((x) => x.ruleId === 'section-title')!;
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([89, 3, 89, 13]);
    expect(text.slice(m.offset, m.endOffset)).toBe('存在的问题及改进情况');
  });

  it('applies configured levels and turns rules off', () => {
    const text = fixture('seeds/003_f0739a87bbbceb08.txt');
    const configured = lint(text, { rules: { 'section-title': 'error', 'cell-not-number': 'off' } }).messages;
    expect(configured.find((m) => m.ruleId === 'section-title')?.severity).toBe('error');
    expect(configured.some((m) => m.ruleId === 'cell-not-number')).toBe(false);
  });

  it('honours disable comments in Markdown and text', () => {
    const md = fixture('seeds/004_e37f677c45259637.txt').replace('## 二、主动公开', '<!-- report-lint-disable-next-line heading-level -->\n## 二、主动公开');
    const lines = lint(md).messages.filter((m) => m.ruleId === 'heading-level').map((m) => m.line);
    expect(lines).toEqual([86, 93, 99]);
    const text = fixture('seeds/003_f0739a87bbbceb08.txt').replace('五、存在的问题', '// report-lint-disable-next-line section-title\n五、存在的问题');
    expect(lint(text).messages.some((m) => m.ruleId === 'section-title')).toBe(false);
  });
});

describe('fixText', () => {
  it('fixes in passes until stable, and a second run changes nothing', () => {
    const text = fixture('seeds/003_f0739a87bbbceb08.txt');
    const first = fixText(text);
    expect(first.fixed).toBe(7); // 表三's rows 一 and 二, its 21 blank rows at once, the 无 of three rows, and the section title
    expect(first.output).toContain('五、存在的主要问题及改进情况');
    expect(first.messages.some((m) => m.fix)).toBe(false);
    expect(fixText(first.output)).toMatchObject({ fixed: 0, output: first.output });
  });

  it('keeps CRLF line endings', () => {
    const text = fixture('seeds/003_f0739a87bbbceb08.txt').replace(/\n/g, '\r\n');
    const { output } = fixText(text);
    expect(output.split('\r\n').length).toBe(text.split('\r\n').length);
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('totals explained', () => {
  it('explains the total cell under an offset', () => {
    const text = correctText();
    const model = parseReport(text);
    const at = text.indexOf('\t27', text.indexOf('一、本年新收')) + 1;
    expect(totalAt(model, at)?.formula).toBe('20+3+0+1+2+1 = 27');
    expect(totalAt(model, text.indexOf('一、本年新收'))).toBeUndefined();
    expect(explainTotal(model).length).toBe(25 + 7 + 3); // 25 value rows, 7 columns, 3 review groups
  });
});
