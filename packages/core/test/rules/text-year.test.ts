import { formatMessage, parseReport } from '../../src';
import { TEXT_YEAR_MESSAGES, yearsInText } from '../../src/rules/text-year';
import { correctMarkdown, correctText, fixture, SEEDS } from '../support/lint-rule';

/** The messages of the years-in-text check (part of report-year) on `text`. */
const years = (text: string) =>
  yearsInText(parseReport(text)).map((r) => [text.slice(r.span.start, r.span.end), formatMessage(TEXT_YEAR_MESSAGES[r.messageId as keyof typeof TEXT_YEAR_MESSAGES], r.data), r.severity]);
const FIRST = '2025年，本机关共收到政府信息公开申请27件';

describe('years in the text (report-year)', () => {
  it('is quiet on the correct reports and the seeds', () => {
    expect(years(correctText())).toEqual([]);
    expect(years(correctMarkdown())).toEqual([]);
    for (const seed of SEEDS) expect(years(fixture(seed))).toEqual([]);
  });

  it('flags the year before opening a clause in sections 一–四', () => {
    const text = correctText().replace(FIRST, '2024年，本机关共收到政府信息公开申请27件');
    expect(years(text)).toEqual([['2024', '这里写的是 2024 年的工作，但本报告是 2025 年度报告：应为「2025年」', 'warning']]);
  });

  it('flags a later year\'s report named in the text', () => {
    const text = correctText().replace('编制。', '编制。现编制完成2026年度政府信息公开工作年度报告。');
    expect(years(text)).toEqual([['2026', '文中提到「2026年度政府信息公开工作年度报告」，但本报告是 2025 年度报告', 'warning']]);
  });

  it('flags next year\'s plan dated this year in section 五', () => {
    const text = correctText().replace('下一步，将加强培训', '2025年，本机关将加强培训');
    expect(years(text)).toEqual([['2025', '「2025年，本机关将」是下一年的工作打算，应为「2026年」（本报告是 2025 年度报告）', 'warning']]);
  });

  it('accepts earlier years in passing, last year\'s report, and next year\'s plan', () => {
    const text = correctText()
      .replace(FIRST, '与2024年相比，本机关共收到政府信息公开申请27件')
      .replace('编制。', '编制。针对2024年度政府信息公开工作年度报告中提到的问题已整改。')
      .replace('下一步，将加强培训', '2026年，本机关将加强培训');
    expect(years(text)).toEqual([]);
  });
});
