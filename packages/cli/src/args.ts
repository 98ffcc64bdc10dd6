/** Command-line options. node:util parseArgs does the tokenising; this module checks values and
 *  turns mistakes into UsageError (exit code 2) with a message that says what to write instead. */
import { parseArgs } from 'node:util';
import { ruleById, ruleLevelOf, type RuleLevel } from '@report-lint/core';

export type FormatName = 'stylish' | 'compact' | 'json' | 'sarif' | 'junit' | 'checkstyle' | 'github';
export const FORMATS: FormatName[] = ['stylish', 'compact', 'json', 'sarif', 'junit', 'checkstyle', 'github'];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  rules: Record<string, RuleLevel>;
  config?: string;
  noConfig: boolean;
  force: boolean;
  stdinFilename?: string;
  printTables: boolean;
  printConfig?: string;
  /** Last year's report of the one file given (cross-year). */
  previous?: string;
  /** Print the pairs of consecutive years' reports made in the batch. */
  printPairs: boolean;
  /** Write the report to this file instead of stdout. */
  outputFile?: string;
  ignorePatterns: string[];
  noIgnore: boolean;
  /** undefined: decide from the stream (TTY and NO_COLOR). */
  color?: boolean;
  /** 'auto', or a fixed number of worker threads (0 = lint in this thread). */
  concurrency: 'auto' | number;
  /** Record every finding of this run in the suppressions file. */
  suppress: boolean;
  /** Drop entries of the suppressions file that no longer match a finding. */
  pruneSuppressions: boolean;
  /** The suppressions file, when not report-lint-suppressions.json in the working directory. */
  suppressionsLocation?: string;
  noInlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `id:level` (also `id=level`; `warn` is accepted for `warning` as ESLint users type it). */
export function parseRuleOption(value: string): [string, RuleLevel] {
  const m = /^\s*([\w-]+)\s*[:=]\s*(\w+)\s*$/.exec(value);
  if (!m) throw new UsageError(`--rule 的格式应为 规则:级别，如 --rule fee-statement:off（got "${value}"）`);
  const id = m[1];
  const level = m[2] === 'warn' ? 'warning' : m[2];
  const rule = ruleById(id);
  if (!rule) throw new UsageError(`未知的规则 “${id}”（unknown rule）`);
  const resolved = ruleLevelOf(rule, level);
  if (!resolved) throw new UsageError(`规则 “${id}” 的级别 “${m[2]}” 无效（可用：error、warning、info、off）`);
  return [id, resolved];
}

function tokenize(argv: string[]) {
  // Only files (the usual `report-lint drafts/`): nothing to parse, and parseArgs' first call costs
  // about a millisecond of a cold start.
  if (!argv.some((a) => a.startsWith('-') && a !== '-')) return { values: {} as Record<string, undefined>, positionals: argv };
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        force: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'print-tables': { type: 'boolean' },
        'print-config': { type: 'string' },
        previous: { type: 'string' },
        'print-pairs': { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        concurrency: { type: 'string' },
        suppress: { type: 'boolean' },
        'prune-suppressions': { type: 'boolean' },
        'suppressions-location': { type: 'string' },
        'no-inline-config': { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    // parseArgs messages are English and name the option; keep them, with a pointer to --help.
    throw new UsageError(`${(err as Error).message}（运行 report-lint --help 查看用法）`);
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  const parsed = tokenize(argv);
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`未知的输出格式 “${v.format}”（可用：${FORMATS.join('、')}）`);

  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^-?\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings 需要一个整数（got "${v['max-warnings']}"）`);
    maxWarnings = Number(v['max-warnings']);
  }

  let concurrency: CliOptions['concurrency'] = 'auto';
  if (v.concurrency !== undefined && v.concurrency !== 'auto') {
    if (v.concurrency === 'off') concurrency = 0;
    else if (/^\d+$/.test(v.concurrency)) concurrency = Number(v.concurrency);
    else throw new UsageError(`--concurrency 需要 auto、off 或线程数（got "${v.concurrency}"）`);
  }

  const rules: Record<string, RuleLevel> = {};
  for (const r of v.rule ?? []) {
    const [id, level] = parseRuleOption(r);
    rules[id] = level;
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix 与 --fix-dry-run 不能同时使用');
  if (v.config && v['no-config']) throw new UsageError('--config 与 --no-config 不能同时使用');
  if (v['output-file'] !== undefined && !v['output-file'].trim()) throw new UsageError('--output-file 需要一个文件名');
  if (v.previous !== undefined && !v.previous.trim()) throw new UsageError('--previous 需要上年报告的文件名');
  if (v['suppressions-location'] !== undefined && !v['suppressions-location'].trim()) throw new UsageError('--suppressions-location 需要一个文件名');
  if (v['no-ignore'] && v['ignore-pattern']?.length) throw new UsageError('--ignore-pattern 与 --no-ignore 不能同时使用');

  return {
    patterns: parsed.positionals,
    format,
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    quiet: !!v.quiet,
    maxWarnings,
    rules,
    config: v.config,
    noConfig: !!v['no-config'],
    force: !!v.force,
    stdinFilename: v['stdin-filename'],
    printTables: !!v['print-tables'],
    printConfig: v['print-config'],
    previous: v.previous,
    printPairs: !!v['print-pairs'],
    outputFile: v['output-file'],
    ignorePatterns: v['ignore-pattern'] ?? [],
    noIgnore: !!v['no-ignore'],
    color: v['no-color'] ? false : v.color ? true : undefined,
    concurrency,
    suppress: !!v.suppress,
    pruneSuppressions: !!v['prune-suppressions'],
    suppressionsLocation: v['suppressions-location'],
    noInlineConfig: !!v['no-inline-config'],
    reportUnusedDisableDirectives: !!v['report-unused-disable-directives'],
    help: !!v.help,
    version: !!v.version,
  };
}

export const HELP = `用法 (usage): report-lint [选项] <文件|目录|glob|-> ...
       report-lint sum [选项] <本级报告> <下级报告|目录|glob> ...

检查政府信息公开工作年度报告（Markdown、纯文本，或 Word .docx、网页 .html、PDF 文件）。
目录递归查找 *.md、*.markdown、*.txt、*.html、*.htm、*.docx、*.pdf；“-” 从标准输入读取。
检查多个文件或目录时，同一机关相邻年度的报告自动配对，核对跨年度衔接（cross-year）。
report-lint sum 核对本级报告表三、表四是否等于下级报告之和（subordinate-sum）。

选项 (options):
  -f, --format <名称>       输出格式：stylish（默认）、compact、json、sarif、junit、checkstyle、github
  -o, --output-file <文件>  把报告写入文件而不是标准输出
      --fix                 自动修复可安全修复的问题并写回文件
      --fix-dry-run         只打印修复后的差异（unified diff），不写文件
  -q, --quiet               只报告错误（error）
      --max-warnings <n>    警告多于 n 个时以退出码 1 结束
      --rule <规则:级别>    覆盖规则级别（error、warning、info、off），可重复
  -c, --config <文件>       使用指定的配置文件，不再向上查找 .reportlintrc.json
      --no-config           不读取任何配置文件
      --ignore-pattern <模式> 忽略匹配的文件或目录（.gitignore 语法），可重复
      --no-ignore           不使用 .reportlintignore 和 --ignore-pattern
      --force               不像年度报告的文件也检查
      --stdin-filename <名> 标准输入的文件名（用于判断格式和查找配置）
      --print-tables        打印读取到的表格和合计公式
      --print-config <文件> 打印该文件生效的配置并退出
      --previous <文件>     上年报告：与所检查的（唯一一个）文件核对跨年度衔接
      --print-pairs         列出自动配对的上年/本年报告
      --color, --no-color   强制开启/关闭颜色（也遵循 NO_COLOR）
      --concurrency <n>     工作线程数：auto（默认，≥64 个文件时启用）、off 或数字
      --suppress            把本次发现的问题全部记入 report-lint-suppressions.json，以后只报告新问题
      --prune-suppressions  从忽略记录中删除已不再出现的问题
      --suppressions-location <文件> 忽略记录文件（默认：当前目录的 report-lint-suppressions.json）
      --no-inline-config    不理会文中的 report-lint-disable 注释
      --report-unused-disable-directives 报告没有禁用任何问题的禁用注释（警告）
  -h, --help                显示本帮助
  -v, --version             显示版本号

退出码 (exit codes): 0 没有错误；1 有错误（或警告超过 --max-warnings）；2 无法运行
（选项错误、文件无法读取、配置错误）。
`;
