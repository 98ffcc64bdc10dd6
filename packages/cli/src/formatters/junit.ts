/** `--format junit`: JUnit XML, as CI test-report views read it (GitLab, Jenkins, Azure Pipelines,
 *  CircleCI). One <testsuite> per file; each problem is a failed <testcase> named by its rule and
 *  position; a file without problems has one passing test case, so that it shows as checked. */
import { countMessages, type FileReport, type FormatContext } from './types';
import { displayPath } from './stylish';
import { XML_DECLARATION, xmlEscape } from './xml';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function formatJunit(files: readonly FileReport[], ctx: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const f of files) {
    const name = xmlEscape(displayPath(f.filePath, ctx.cwd));
    const n = Math.max(1, f.messages.length);
    tests += n;
    failures += f.messages.length;
    const counts = countMessages(f.messages);
    const cases = f.messages.length
      ? f.messages.map((m) => {
          const text = `${m.line}:${m.column} ${LABEL[m.severity]} ${m.message} (${m.ruleId})`;
          return `    <testcase name="${xmlEscape(`${m.ruleId} ${m.line}:${m.column}`)}" classname="${name}" time="0">\n      <failure message="${xmlEscape(m.message)}" type="${m.severity}">${xmlEscape(text)}</failure>\n    </testcase>`;
        })
      : [`    <testcase name="report-lint" classname="${name}" time="0"/>`];
    suites.push(
      `  <testsuite name="${name}" tests="${n}" failures="${f.messages.length}" errors="0" skipped="0" time="0">\n` +
        `    <properties><property name="errorCount" value="${counts.errorCount}"/><property name="warningCount" value="${counts.warningCount}"/><property name="infoCount" value="${counts.infoCount}"/></properties>\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [XML_DECLARATION, `<testsuites name="report-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>', ''].join('\n');
}
