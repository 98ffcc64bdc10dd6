/** The rule catalog is public interface (SPEC §11): ids, default severities and fixability. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src';

const SPEC_CATALOG: [string, string, boolean][] = [
  ['section-missing', 'error', false],
  ['section-order', 'error', false],
  ['section-title', 'warning', true],
  ['report-title', 'warning', false],
  ['heading-level', 'warning', false],
  ['table-missing', 'error', false],
  ['table-legacy-format', 'error', false],
  ['table-shape', 'error', false],
  ['table-label', 'warning', true],
  ['cell-not-number', 'warning', true],
  ['row-total', 'error', true],
  ['results-total', 'error', true],
  ['balance', 'error', false],
  ['review-total', 'error', true],
  ['regulations-authority', 'warning', false],
  ['doc-number-format', 'error', true],
  ['doc-number-known', 'warning', false],
  ['title-mark-nesting', 'warning', true],
  ['narrative-table', 'warning', false],
  ['narrative-sum', 'warning', false],
  ['fee-statement', 'error', false],
  ['report-year', 'error', false],
  // the writing rules (issue 15), beyond SPEC §11
  ['known-typo', 'warning', true],
  ['repeated-text', 'warning', true],
  ['punctuation-width', 'warning', true],
  ['unbalanced-pair', 'warning', true],
  ['placeholder', 'warning', false],
  ['contact-format', 'warning', true],
  ['item-numbering', 'warning', true],
  ['promised-count', 'warning', false],
  ['section-content', 'warning', false],
  ['body-consistency', 'info', false],
  // the cross-report rules (SPEC §11, issue 14): they run only when the other reports are given
  ['cross-year', 'warning', false],
  ['subordinate-sum', 'warning', false],
];

describe('rule catalog', () => {
  it('marks the cross-report rules, and only them', () => {
    expect(rules.filter((r) => r.meta.crossReport).map((r) => [r.meta.id, r.meta.crossReport])).toEqual([
      ['cross-year', 'previous'],
      ['subordinate-sum', 'subordinates'],
    ]);
  });

  it('has every rule of SPEC §11 and the writing rules, with default severity and fixability, and no other', () => {
    const actual = rules.map((r) => [r.meta.id, r.meta.defaultSeverity, r.meta.fixable]);
    expect(actual.sort()).toEqual([...SPEC_CATALOG].sort());
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has a Chinese description and a docs page with a wrong and a right example', (id, rule) => {
    expect(rule.meta.description).toMatch(/[\u4e00-\u9fff]/);
    const page = join(__dirname, '../../../docs/rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain('## 错误示例');
    expect(text).toContain('## 正确示例');
    expect(text).toMatch(/默认级别：(error|warning|info)/);
  });
});
