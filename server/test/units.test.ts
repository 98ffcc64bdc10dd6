/** The server's pure helpers. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes } from '@report-lint/core';
import { fixTitle } from '../src/code-actions';
import { formatFor, toDiagnostic } from '../src/diagnostics';
import { minimalEdit } from '../src/positions';
import { effectiveConfig, normalizeSettings, uriToPath } from '../src/settings';
import { applyEdits } from './client';

const doc = (text: string) => TextDocument.create('file:///t.txt', 'plaintext', 1, text);

test('minimalEdit: one edit between the common prefix and suffix, never splitting a surrogate pair', () => {
  for (const [a, b] of [
    ['总计\t28\n', '总计\t27\n'],
    ['a😀b', 'a😃b'],
    ['😀', ''],
    ['', 'x'],
    ['无\t无\r\n无', '0\t0\r\n0'],
    ['same', 'same'],
  ]) {
    const e = minimalEdit(doc(a), a, b);
    if (a === b) {
      expect(e).toBeUndefined();
      continue;
    }
    expect(applyEdits(a, [e!])).toBe(b);
    // No lone surrogates at the edges of the replaced text.
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(e!.newText)).toBe(false);
  }
});

test('compatibleFixes drops overlapping and no-op fixes', () => {
  const m = (start: number, end: number, text: string) => ({ fix: { range: [start, end] as [number, number], text } }) as never;
  const fixes = compatibleFixes('abcdef', [m(0, 2, 'X'), m(1, 3, 'Y'), m(4, 5, 'e'), m(5, 6, 'Z')]);
  expect(fixes.map((f) => f.text)).toEqual(['X', 'Z']);
});

test('fix titles', () => {
  const base = { severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1 } as const;
  expect(fixTitle({ ...base, ruleId: 'row-total', fix: { range: [0, 1], text: '3119' } })).toBe('将总计改为 3119');
  expect(fixTitle({ ...base, ruleId: 'cell-not-number', fix: { range: [0, 1], text: '0' } })).toBe('将“无”改为 0');
  expect(fixTitle({ ...base, ruleId: 'section-title', message: '标题不规范', fix: { range: [0, 1], text: 'x' } })).toBe('修复：标题不规范');
});

test('toDiagnostic maps 1-based core positions and severities', () => {
  const d = toDiagnostic({ ruleId: 'balance', severity: 'info', message: 'm', line: 3, column: 5, endLine: 3, endColumn: 7, offset: 10, endOffset: 12 }, 4);
  expect(d.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 6 } });
  expect(d.severity).toBe(3);
  expect(d.codeDescription?.href).toBe('https://github.com/report-lint/report-lint/blob/main/docs/rules/balance.md');
  expect(d.data).toEqual({ version: 4 });
});

test('formatFor: language ids first, then the file name', () => {
  expect(formatFor('markdown', 'file:///a.txt')).toBe('markdown');
  expect(formatFor('plaintext', 'file:///a.md')).toBe('text');
  expect(formatFor('text', 'untitled:1')).toBe('text');
  expect(formatFor('', 'file:///a.markdown')).toBe('markdown');
  expect(formatFor('json', 'file:///a.json')).toBeUndefined();
});

test('settings: well-formed values kept, others ignored; rules merge over the config file', () => {
  const s = normalizeSettings({ enable: 'yes', force: true, debounceMs: -3, rules: { 'row-total': false, balance: true, 'fee-statement': 'info', nope: 'off', 'section-order': 'loud' } });
  expect(s.enable).toBe(true);
  expect(s.force).toBe(true);
  expect(s.debounceMs).toBe(150);
  expect(s.rules['row-total']).toBe('off');
  expect(s.rules.balance).toBe('error');
  expect(s.rules.nope).toBeUndefined();
  expect(s.rules['section-order']).toBeUndefined();
  expect(normalizeSettings(null)).toEqual({ enable: true, rules: {}, force: false, debounceMs: 150, previousReport: '' });
  expect(normalizeSettings({ previousReport: ' ../2024/report.md ' }).previousReport).toBe('../2024/report.md');
  expect(normalizeSettings({ previousReport: 7 }).previousReport).toBe('');
  const eff = effectiveConfig({ rules: { 'row-total': 'warning', balance: 'off' }, force: false }, { ...s, force: false, rules: { balance: 'info' } });
  expect(eff).toEqual({ rules: { 'row-total': 'warning', balance: 'info' }, force: false });
  expect(uriToPath('untitled:Untitled-1')).toBeUndefined();
  expect(uriToPath('file:///tmp/a%20b.txt')).toBe('/tmp/a b.txt');
});
