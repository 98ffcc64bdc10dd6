/** `report-lint sum PARENT CHILD…`: a parent report's 表三 and 表四 against the sum of its
 *  subordinates' reports (rule subordinate-sum). Children may be files, folders or globs, found as
 *  for linting; a child that cannot be read is reported as "cannot assess" in the parent's output,
 *  and, since the result is then incomplete, the exit code is 2 as for any unreadable input. */
import { resolve } from 'node:path';
import { ConfigError, type OtherReport } from '@report-lint/core';
import { parseCliArgs, UsageError, type CliOptions, type FormatName } from './args';
import { ConfigResolver } from './config';
import { expandInputs } from './files';
import { countMessages, type FileReport, type FormatContext } from './formatters/types';
import { displayPath } from './formatters/stylish';
import { loadIgnore } from './ignore';
import { writeReport, type Output } from './output';
import { processFileSafely } from './process-file';
import { levelOf, onlyRule, readOther } from './others';
import type { Io } from './run';

export const SUBORDINATE_SUM = 'subordinate-sum';

export const SUM_HELP = `用法 (usage): report-lint sum [选项] <本级报告> <下级报告|目录|glob> ...

核对本级报告（如县政府的报告）表三、表四的每个数字是否等于所汇总的下级报告（各部门、各乡镇的
报告）同一单元格之和（规则 subordinate-sum，默认 warning）。无法读取的下级报告、表格无法可靠读取的
下级报告，单独报告为“无法评估”（info）。

选项 (options): -f/--format、-o/--output-file、-q/--quiet、--max-warnings、--rule、-c/--config、
--no-config、--ignore-pattern、--no-ignore、--color/--no-color，含义同 report-lint。

退出码 (exit codes): 0 没有错误；1 有错误（subordinate-sum 设为 error 时）或警告超过 --max-warnings
（用 --max-warnings 0 让任何不符都以 1 结束）；2 无法运行或结果不完整（选项错误、本级或下级报告
无法读取）。
`;

/** What run.ts lends: the formatters and the colour decision (kept there, loaded on demand). */
export interface SumOutput {
  format(format: FormatName, reports: FileReport[], ctx: FormatContext): string;
  useColor(opt: boolean | undefined, env: NodeJS.ProcessEnv, stream: Output): boolean;
}

function unsupported(opts: CliOptions): string[] {
  const given: [boolean, string][] = [
    [opts.fix, '--fix'],
    [opts.fixDryRun, '--fix-dry-run'],
    [!!opts.previous, '--previous'],
    [opts.printPairs, '--print-pairs'],
    [opts.printTables, '--print-tables'],
    [!!opts.printConfig, '--print-config'],
    [!!opts.stdinFilename, '--stdin-filename'],
  ];
  return given.filter(([on]) => on).map(([, name]) => name);
}

export async function runSum(argv: string[], io: Io, output: SumOutput): Promise<number> {
  const say = (line: string) => io.stderr.write(`report-lint sum: ${line}\n`);
  let opts: CliOptions;
  let configs: ConfigResolver;
  try {
    opts = parseCliArgs(argv);
    if (opts.help) {
      io.stdout.write(SUM_HELP);
      return 0;
    }
    const refused = unsupported(opts);
    if (refused.length) throw new UsageError(`不支持 ${refused.join('、')}（运行 report-lint sum --help 查看用法）`);
    if (opts.patterns.length < 2) throw new UsageError('需要本级报告和至少一个下级报告：report-lint sum 本级报告 下级报告…');
    if (opts.patterns.includes('-')) throw new UsageError('不读取标准输入（-）：请给出文件');
    configs = new ConfigResolver(opts);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      say(err instanceof ConfigError ? `配置错误 (bad config): ${err.message}` : err.message);
      return 2;
    }
    throw err;
  }

  let fatal = false;
  const parentPath = resolve(io.cwd, opts.patterns[0]);
  let ignore;
  try {
    ignore = opts.noIgnore ? undefined : loadIgnore(io.cwd, opts.ignorePatterns);
  } catch (err) {
    say((err as Error).message);
    return 2;
  }
  const expanded = expandInputs(opts.patterns.slice(1), io.cwd, ignore);
  const children: OtherReport[] = [];
  // A named child that is not there is one that cannot be assessed: said in the report, and here.
  for (const p of expanded.problems) {
    fatal = true;
    say(`${p.message}: ${p.path} (${p.english})`);
    children.push({ name: p.path, problem: p.message });
  }
  for (const n of expanded.notices) say(`${n.message}: ${n.path} (${n.english})`);
  for (const file of expanded.files.filter((f) => f !== parentPath)) {
    const read = await readOther(file, displayPath(file, io.cwd));
    if (read.error) {
      fatal = true;
      say(`${read.error}: ${read.other.name}${read.english ? ` (${read.english})` : ''}`);
    }
    children.push(read.other);
  }
  if (!children.length) {
    say('没有下级报告可核对（下级报告都是本级报告本身，或目录中没有报告）');
    return 2;
  }

  let rules;
  try {
    rules = configs.resolve(parentPath).rules;
  } catch (err) {
    if (err instanceof ConfigError) {
      say(`配置错误 (bad config): ${err.message}`);
      return 2;
    }
    throw err;
  }
  if (levelOf(rules, SUBORDINATE_SUM) === 'off') say('规则 subordinate-sum 在配置中已关闭，未核对');
  const parentShown = displayPath(parentPath, io.cwd);
  const r = await processFileSafely({
    index: 0,
    path: parentPath,
    displayPath: parentShown,
    rules: onlyRule(rules, SUBORDINATE_SUM),
    force: true, // named as the parent: checked whatever it looks like
    mode: 'lint',
    printTables: false,
    color: false,
    subordinates: children,
  });
  if (r.error) {
    say(`${r.error}: ${parentShown}${r.english ? ` (${r.english})` : ''}`);
    return 2;
  }
  const messages = opts.quiet ? r.messages.filter((m) => m.severity === 'error') : r.messages;
  const reports: FileReport[] = [{ filePath: parentPath, messages }];
  const stream = io.stdout;
  const color = opts.outputFile ? opts.color === true : output.useColor(opts.color, io.env, stream);
  const text = output.format(opts.format, reports, { cwd: io.cwd, color });
  if (!writeReport(text, opts.outputFile, io.cwd, stream, say)) return 2;

  const counts = countMessages(r.messages);
  if (fatal) return 2;
  if (counts.errorCount > 0) return 1;
  if (opts.maxWarnings >= 0 && counts.warningCount > opts.maxWarnings) {
    say(`发现 ${counts.warningCount} 个警告，超过 --max-warnings ${opts.maxWarnings}（too many warnings）`);
    return 1;
  }
  return 0;
}
