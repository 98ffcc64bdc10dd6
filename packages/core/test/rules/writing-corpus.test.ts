/** The writing rules on the real reports of ../shared/corpus (read in place, never copied): exactly the
 *  defects listed here, and nothing on the traps and clean passages. Skipped when the corpus is absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src';
import { yearsInText } from '../../src/rules/text-year';

const CORPUS = join(__dirname, '../../../../../shared/corpus');
const WRITING_RULES = ['known-typo', 'repeated-text', 'punctuation-width', 'unbalanced-pair', 'placeholder', 'contact-format', 'item-numbering', 'promised-count', 'section-content', 'body-consistency'];

/** Per file: rule id and the text each message points at, in order. */
const EXPECTED: Record<string, [string, string][]> = {
  '101.txt': [
    ['punctuation-width', ':'],
    ['punctuation-width', ';'],
    ['punctuation-width', ':'],
    ['punctuation-width', ':'],
    ['report-year', '2021'], // (二)改进措施。2021年，我局将… in the 2021 report: next year's plan
    ['punctuation-width', ':'],
  ],
  '105.txt': [
    ['punctuation-width', ','],
    ['unbalanced-pair', '）'], // …的通知》国办函〔2020〕109号） with no opening bracket
  ],
  '107.txt': [['punctuation-width', ',']],
  '109.txt': [['unbalanced-pair', '（(']], // （(地址：…））
  '111.txt': [['punctuation-width', ';']],
  '120.txt': [['punctuation-width', ',']],
  '126.txt': [
    ['punctuation-width', '('], // a half-width ( … ) round the contact details
    ['unbalanced-pair', '）'],
  ],
  '128.txt': [['contact-format', '＠']],
  '130.txt': [
    ['known-typo', '不子公开'],
    ['report-year', '2023'], // 主要类别2023年，… in the 2024 report
    ['punctuation-width', ':'],
    ['punctuation-width', ':'],
    ['punctuation-width', ','],
  ],
};

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];

(files.length ? describe : describe.skip)('writing rules on the real reports in ../shared/corpus', () => {
  it.each(files)('%s: exactly the known defects', (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    // punctuation-width is opt-in: switched on here to hold its findings too.
    const { messages, model } = lint(text, { filePath: name, force: true, rules: { 'punctuation-width': 'warning' } });
    const found = [
      ...messages.filter((m) => WRITING_RULES.includes(m.ruleId)).map((m) => ({ ruleId: m.ruleId, start: m.offset, end: m.endOffset })),
      ...yearsInText(model).map((r) => ({ ruleId: 'report-year', start: r.span.start, end: r.span.end })),
    ]
      .sort((a, b) => a.start - b.start)
      .map((m) => [m.ruleId, text.slice(m.start, m.end)]);
    const expected = (EXPECTED[name] ?? []).map(([id, at]) => [id, at]);
    // The text pointed at holds the listed snippet (a bracket or an address is longer than its mark).
    expect(found.map(([id, at], i) => [id, expected[i] && at.includes(expected[i][1]) ? expected[i][1] : at])).toEqual(expected);
  });
});

if (!files.length) {
  // eslint-disable-next-line no-console
  console.warn(`writing-corpus: ${CORPUS} not found; the corpus checks of the writing rules were skipped`);
}
