/** The formats for CI: each checked by a parser or a real consumer of it, and against the JSON
 *  report of the same run (same files, same messages). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type TestSuites } from 'junit2json';
import * as actionsCore from '@actions/core';
import type { LintMessage } from '@report-lint/core';
import { formatCheckstyle } from '../src/formatters/checkstyle';
import { formatGithub } from '../src/formatters/github';
import { formatJunit } from '../src/formatters/junit';
import { cli, fixture, json, makeTmp, ROOT, ROW_TOTAL, removeTmp } from './helpers';

afterAll(removeTmp);

const FILES = [fixture(ROW_TOTAL), fixture('cli/placeholder.txt'), fixture('synthetic/correct.txt')];
const expected = json(cli(['-f', 'json', ...FILES]));
const problems = expected.flatMap((f) => f.messages.map((m) => ({ file: f.filePath, ...m })));
const run = (format: string) => cli(['-f', format, ...FILES]);
const parseJunit = async (text: string) => (await parse(text)) as TestSuites;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['file', 'error', 'testsuite', 'testcase', 'failure', 'property'].includes(name) });

test('the fixtures give errors and warnings in two files, and one clean file', () => {
  expect(expected.map((f) => f.messages.length > 0)).toEqual([true, true, false]);
  expect(new Set(problems.map((p) => p.severity))).toEqual(new Set(['error', 'warning']));
});

/** A message with everything that needs escaping: XML specials, a control character, a lone
 *  surrogate, GitHub's separators, percent signs and line breaks. */
const NASTY: LintMessage = { ruleId: 'cell-not-number', severity: 'warning', message: '单元格 <a & "b"> \u0001 \ud800 50%, 是: 否\r\n第二行', line: 3, column: 4, endLine: 3, endColumn: 6, range: [10, 12] } as unknown as LintMessage;

describe('junit', () => {
  const r = run('junit');

  test('well-formed XML that junit2json (a JUnit consumer) reads as one suite per file', async () => {
    expect(r.status).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const parsed = await parseJunit(r.stdout);
    expect(parsed!.tests).toBe(problems.length + 1);
    expect(parsed!.failures).toBe(problems.length);
    const suites = parsed!.testsuite!;
    expect(suites.map((s) => s.name)).toEqual(['fixtures/synthetic/row-total.txt', 'fixtures/cli/placeholder.txt', 'fixtures/synthetic/correct.txt']);
    for (const [i, s] of suites.entries()) {
      const want = expected[i].messages;
      expect(s.failures).toBe(want.length);
      const failed = s.testcase!.filter((c) => c.failure);
      expect(failed.map((c) => [c.name, c.failure![0].message, c.failure![0].type])).toEqual(want.map((m) => [`${m.ruleId} ${m.line}:${m.column}`, m.message, m.severity]));
    }
    // The clean file passes one test case.
    expect(suites[2].testcase!).toEqual([expect.objectContaining({ name: 'report-lint' })]);
    expect(suites[2].testcase![0].failure).toBeUndefined();
  });

  test('escapes what XML forbids', async () => {
    const out = formatJunit([{ filePath: join(ROOT, 'a&b.txt'), messages: [NASTY] }], { cwd: ROOT, color: false });
    expect(XMLValidator.validate(out)).toBe(true);
    const parsed = await parseJunit(out);
    expect(parsed!.testsuite![0].name).toBe('a&b.txt');
    expect(parsed!.testsuite![0].testcase![0].failure![0].message).toBe('单元格 <a & "b"> \ufffd \ufffd 50%, 是: 否\r\n第二行');
  });
});

describe('checkstyle', () => {
  test('well-formed Checkstyle XML: every file, every message with line, column, severity, source', () => {
    const r = run('checkstyle');
    expect(r.status).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = xml.parse(r.stdout).checkstyle;
    expect(doc.version).toBe('4.3');
    expect(doc.file.map((f: { name: string }) => f.name)).toEqual(FILES);
    const errors = doc.file.flatMap((f: { name: string; error?: Record<string, string>[] }) => (f.error ?? []).map((e) => ({ file: f.name, ...e })));
    expect(errors).toEqual(problems.map((p) => ({ file: p.file, line: String(p.line), column: String(p.column), severity: p.severity, message: p.message, source: `report-lint.${p.ruleId}` })));
  });

  test('escapes what XML forbids', () => {
    const out = formatCheckstyle([{ filePath: '/r/a<b>.txt', messages: [NASTY] }]);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(xml.parse(out).checkstyle.file[0].name).toBe('/r/a<b>.txt');
  });
});

describe('github', () => {
  /** What @actions/core, the toolkit's own writer of workflow commands, prints for the same annotation. */
  function byActionsCore(severity: 'error' | 'warning' | 'info', message: string, props: actionsCore.AnnotationProperties): string {
    let out = '';
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
    try {
      (severity === 'error' ? actionsCore.error : severity === 'warning' ? actionsCore.warning : actionsCore.notice)(message, props);
    } finally {
      process.stdout.write = write;
    }
    return out;
  }

  test('one workflow command per problem, exactly as @actions/core writes it', () => {
    const r = run('github');
    expect(r.status).toBe(1);
    const want = problems.map((p) =>
      byActionsCore(p.severity, p.message, { title: `report-lint (${p.ruleId})`, file: p.file.slice(ROOT.length + 1), startLine: p.line, endLine: p.endLine, startColumn: p.column, endColumn: p.endColumn }),
    );
    expect(r.stdout).toBe(want.join(''));
  });

  test('escapes separators, percent signs and line breaks as the runner expects; 提示 is a notice', () => {
    const info = { ...NASTY, severity: 'info' } as LintMessage;
    const out = formatGithub([{ filePath: join(ROOT, 'a,b:c.txt'), messages: [info] }], { cwd: ROOT, color: false });
    expect(out).toBe(byActionsCore('info', info.message, { title: 'report-lint (cell-not-number)', file: 'a,b:c.txt', startLine: 3, endLine: 3, startColumn: 4, endColumn: 6 }));
    expect(out.startsWith('::notice ')).toBe(true);
  });

  test('prints nothing for clean files', () => {
    expect(cli(['-f', 'github', fixture('synthetic/correct.txt')]).stdout).toBe('');
  });
});

describe('compact', () => {
  // VS Code's `$eslint-compact` problem matcher.
  const MATCHER = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

  test('one line per problem that the $eslint-compact problem matcher reads, then the count', () => {
    const r = run('compact');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['', `${problems.length} 个问题`]);
    const matched = lines.slice(0, -2).map((l) => MATCHER.exec(l)!.slice(1));
    expect(matched).toEqual(problems.map((p) => [p.file, String(p.line), String(p.column), { error: 'Error', warning: 'Warning', info: 'Info' }[p.severity], p.message, p.ruleId]));
  });
});

describe('--output-file', () => {
  test('writes the report there (creating folders) and nothing to stdout; exit code as usual', () => {
    const dir = makeTmp();
    const target = join(dir, 'out', 'deep', 'report-lint.xml');
    const r = cli(['-f', 'junit', '-o', target, ...FILES]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(run('junit').stdout);
  });

  test('a stylish report file has no colour unless asked for', () => {
    const dir = makeTmp();
    cli(['--output-file', join(dir, 'r.txt'), fixture(ROW_TOTAL)], { env: { FORCE_COLOR: '1' } });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b[');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toContain('row-total');
  });

  test('a file that cannot be written is exit 2, named', () => {
    const dir = makeTmp();
    writeFileSync(join(dir, 'file'), '');
    mkdirSync(join(dir, 'folder'));
    for (const target of [join(dir, 'file', 'x.json'), join(dir, 'folder')]) {
      const r = cli(['-f', 'json', '-o', target, fixture('synthetic/correct.txt')]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^report-lint: 无法写入输出文件（E[A-Z]+）: .* \(cannot write the output file\)\n$/);
    }
  });
});
