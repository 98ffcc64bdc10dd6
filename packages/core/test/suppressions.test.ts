/** report-lint-suppressions.json: what names a finding (a cell, or the quoted text and which of the
 *  equal quotes), so that an accepted finding stays accepted when the text around it changes and
 *  goes stale when it is fixed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSuppressions, applySuppressions, fingerprints, lint, loadSuppressions, serializeSuppressions, SuppressionsError, type Suppressions } from '../src';
import { correctText, fixture } from './support/lint-rule';

const keysOf = (text: string) => {
  const { messages, model } = lint(text, { force: true });
  return { messages, keys: fingerprints(messages, model) };
};

/** Records every finding of `text`, as `--suppress` does. */
function record(text: string): Suppressions {
  const s: Suppressions = { files: {} };
  addSuppressions(s, 'r.txt', keysOf(text).keys);
  return s;
}

const remaining = (s: Suppressions, text: string) => {
  const { messages, keys } = keysOf(text);
  return applySuppressions(messages, keys, s.files['r.txt'] ?? []);
};

describe('fingerprints', () => {
  const text = fixture('synthetic/row-total.txt');

  it('name a table cell by table, row and column, and other findings by their quoted text, never a line', () => {
    const { messages, keys } = keysOf(text);
    const rowTotal = keys[messages.findIndex((m) => m.ruleId === 'row-total')];
    expect(rowTotal).toMatchObject({ ruleId: 'row-total', messageId: 'mismatch', table: 'applications', row: 'new', col: 'total' });
    const typo = keysOf(correctText().replace('本年度未收取信息处理费。', '本年度未收取信息处理费，不子公开。'));
    expect(typo.keys[typo.messages.findIndex((m) => m.ruleId === 'known-typo')]).toEqual({
      ruleId: 'known-typo',
      messageId: 'typo',
      quote: '不子公开',
      occurrence: 0,
      message: expect.stringContaining('「不子公开」应为「不予公开」'),
    });
    expect(JSON.stringify(keys)).not.toMatch(/"line"|"offset"/);
  });

  it('number equal quotes of one rule and message by occurrence', () => {
    const twice = correctText().replace('本年度未收取信息处理费。', '本年度未收取信息处理费。审核审核。另审核审核。');
    const { messages, keys } = keysOf(twice);
    const repeats = keys.filter((_, i) => messages[i].ruleId === 'repeated-text');
    expect(repeats.map((k) => [k.quote, k.occurrence])).toEqual([
      ['审核', 0],
      ['审核', 1],
    ]);
  });

  it('keep an accepted finding accepted after an edit above it, and leave new findings reported', () => {
    const base = text.replace('本年度未收取信息处理费。', '本年度未收取信息处理费，不子公开。');
    const s = record(base);
    expect(s.files['r.txt'].map((e) => e.ruleId).sort()).toEqual(['balance', 'known-typo', 'row-total']);
    expect(remaining(s, base)).toMatchObject({ messages: [], unmatched: [] });
    const edited = `本报告由办公室编制，经审核后发布。\n\n${base}`.replace('不子公开。', '不子公开。审核审核。');
    const after = remaining(s, edited);
    expect(after.suppressed).toBe(3);
    expect(after.messages.map((m) => m.ruleId)).toEqual(['repeated-text']);
    expect(after.unmatched).toEqual([]);
  });

  it('go stale when the finding is fixed', () => {
    const s = record(text);
    const fixed = text.replace('\t28\n', '\t27\n'); // the 本年新收 total, as row-total asks
    const after = remaining(s, fixed);
    expect(after.unmatched.map((e) => e.ruleId)).toContain('row-total');
    expect(after.messages.filter((m) => m.ruleId === 'row-total')).toEqual([]);
  });
});

describe('the file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'report-lint-suppressions-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, in a stable order', () => {
    const s = record(fixture('synthetic/row-total.txt'));
    const path = join(dir, 'ok.json');
    writeFileSync(path, serializeSuppressions(s));
    expect(loadSuppressions(path).files).toEqual(JSON.parse(serializeSuppressions(s)).files);
    expect(serializeSuppressions(loadSuppressions(path))).toBe(serializeSuppressions(s));
  });

  it('is empty when missing, and a clear error when malformed', () => {
    expect(loadSuppressions(join(dir, 'none.json'))).toEqual({ files: {} });
    const bad = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return () => loadSuppressions(path);
    };
    expect(bad('a.json', '{')).toThrow(SuppressionsError);
    expect(bad('b.json', '[]')).toThrow(/应为 \{"version": 1, "files"/);
    expect(bad('c.json', '{"files": {"r.txt": [{"ruleId": "balance"}]}}')).toThrow(/r\.txt 第 1 条：须有 “quote”/);
    expect(bad('d.json', '{"files": {"r.txt": [{"ruleId": "balance", "table": "applications"}]}}')).toThrow(/同时有 “table”、“row”、“col”/);
    expect(bad('e.json', '{"files": {"r.txt": [{"ruleId": "x", "quote": "a", "line": 3}]}}')).toThrow(/未知的字段 “line”/);
  });
});
