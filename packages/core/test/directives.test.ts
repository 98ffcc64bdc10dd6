/** Disable comments: honoured, ignored with noInlineConfig, reported when unused or naming an unknown
 *  rule, and only text (not directives) inside a Markdown code fence. */
import { DIRECTIVE_RULE_ID, fixText, lint, type LintOptions } from '../src';
import { correctMarkdown, correctText, fixture } from './support/lint-rule';

const rowTotalTxt = fixture('synthetic/row-total.txt');
const rowTotalMd = fixture('synthetic/row-total.md');
// The row-total finding of the fixtures is on the 本年新收 row.
const NEW_ROW_TXT = '一、本年新收政府信息公开申请数量';
const ids = (text: string, options: LintOptions = {}) => lint(text, options).messages.map((m) => m.ruleId);
const above = (text: string, line: string, directive: string) => text.replace(line, `${directive}\n${line}`);

describe('disable comments', () => {
  const disabled = above(rowTotalTxt, NEW_ROW_TXT, '// report-lint-disable-next-line row-total');

  it('silence the rule on the next line, and nothing with noInlineConfig', () => {
    expect(ids(rowTotalTxt)).toContain('row-total');
    expect(ids(disabled)).not.toContain('row-total');
    expect(ids(disabled, { noInlineConfig: true })).toContain('row-total');
  });

  it('a directive that silenced something is not reported as unused', () => {
    expect(ids(disabled, { reportUnusedDisableDirectives: 'warning' })).not.toContain(DIRECTIVE_RULE_ID);
  });

  it('an unused directive is a warning at the directive, only when asked for, with a fix that removes its line', () => {
    const text = above(correctText(), '二、主动公开政府信息情况', '// report-lint-disable-next-line balance');
    expect(ids(text)).toEqual([]);
    const [unused] = lint(text, { reportUnusedDisableDirectives: 'warning' }).messages;
    expect(unused).toMatchObject({ ruleId: DIRECTIVE_RULE_ID, messageId: 'unused', severity: 'warning', message: '未使用的禁用注释：这里没有被它禁用的问题，可以删除' });
    expect(text.slice(unused.offset, unused.endOffset)).toBe('// report-lint-disable-next-line balance');
    expect(fixText(text, { reportUnusedDisableDirectives: 'warning' }).output).toBe(correctText());
    expect(lint(text, { reportUnusedDisableDirectives: 'error' }).messages[0].severity).toBe('error');
  });

  it('names the rules of a directive that silenced only some of its rules, and offers no fix then', () => {
    const text = above(rowTotalTxt, NEW_ROW_TXT, '// report-lint-disable-next-line row-total, balance');
    const [unused] = lint(text, { reportUnusedDisableDirectives: 'warning' }).messages.filter((m) => m.ruleId === DIRECTIVE_RULE_ID);
    expect(unused.message).toBe('未使用的禁用注释：这里没有 balance 的问题');
    expect(unused.fix).toBeUndefined();
  });

  it('a range (disable … enable) that silenced nothing is unused; enable never is', () => {
    const text = correctMarkdown().replace('## 二、', '<!-- report-lint-disable row-total -->\n\n## 二、').replace('## 三、', '<!-- report-lint-enable row-total -->\n\n## 三、');
    const found = lint(text, { reportUnusedDisableDirectives: 'warning' }).messages;
    expect(found.map((m) => [m.ruleId, text.slice(m.offset, m.endOffset)])).toEqual([[DIRECTIVE_RULE_ID, '<!-- report-lint-disable row-total -->']]);
  });

  it('an unknown rule id is a warning at the directive, always, with the id it likely meant as a suggestion', () => {
    const text = above(rowTotalTxt, NEW_ROW_TXT, '// report-lint-disable-next-line row-totl');
    const [unknown] = lint(text).messages.filter((m) => m.ruleId === DIRECTIVE_RULE_ID);
    expect(unknown).toMatchObject({ messageId: 'unknownRuleLike', severity: 'warning' });
    expect(unknown.message).toBe('禁用注释中的规则 “row-totl” 不存在，这条注释没有禁用它；是否应为 “row-total”？');
    expect(unknown.fix).toBeUndefined();
    const [use] = unknown.suggestions!;
    expect(use.desc).toBe('改为 “row-total”');
    const mended = text.slice(0, use.fix.range[0]) + use.fix.text + text.slice(use.fix.range[1]);
    expect(ids(mended)).not.toContain('row-total');
    expect(ids(mended)).not.toContain(DIRECTIVE_RULE_ID);
    expect(ids(text)).toContain('row-total'); // and the misspelt directive silences nothing
    expect(ids(text, { noInlineConfig: true })).not.toContain(DIRECTIVE_RULE_ID);
    // Nothing near: no guess.
    const far = lint(above(rowTotalTxt, NEW_ROW_TXT, '// report-lint-disable-next-line typos')).messages.find((m) => m.ruleId === DIRECTIVE_RULE_ID)!;
    expect(far.message).toBe('禁用注释中的规则 “typos” 不存在，这条注释没有禁用它');
    expect(far.suggestions).toBeUndefined();
  });

  it('inside a Markdown code fence a directive is text: it silences nothing and is not reported', () => {
    const fenced = rowTotalMd.replace(/^(#+ *二、)/m, '```markdown\n<!-- report-lint-disable row-total -->\n<!-- report-lint-disable-line no-such-rule -->\n```\n\n$1');
    expect(fenced).not.toBe(rowTotalMd);
    const found = ids(fenced, { reportUnusedDisableDirectives: 'warning' });
    expect(found).toContain('row-total');
    expect(found).not.toContain(DIRECTIVE_RULE_ID);
    // The same directive outside the fence does silence the rule.
    const bare = rowTotalMd.replace(/^(#+ *二、)/m, '<!-- report-lint-disable row-total -->\n\n$1');
    expect(ids(bare)).not.toContain('row-total');
  });
});
