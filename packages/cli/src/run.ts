/** One run of the CLI: options → files → configs → lint (in this thread, or in worker threads for
 *  large batches) → output in input order → exit code. Returns the exit code instead of exiting so
 *  that pending output is flushed. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, SuppressionsError } from '@report-lint/core';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { ConfigResolver, describeConfig } from './config';
import { expandInputs } from './files';
import { countMessages, type FileReport, type FormatContext } from './formatters/types';
import { displayPath, formatStylish } from './formatters/stylish';
import type { FormatName } from './args';
import { MAX_FILE_BYTES } from './encoding';
import { loadIgnore, type IgnoreFilter } from './ignore';
import { writeReport, type Output } from './output';
import { processFileSafely, type FileJob, type FileResult, type FixMode } from './process-file';
import { levelOf, readOther } from './others';
import { CROSS_YEAR, mergeMessages, pairJobs, renderExplicitPair, renderPairs } from './pairs';
import { runSum } from './sum';
import { SuppressionRun } from './suppress';
import pkg from '../package.json';

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 64;
const BATCH = 8;

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** Standard input, read up to `max` bytes and a little more (more means: too large). */
  readStdin: (max: number) => Promise<Buffer>;
}

/** Stops reading past `max` bytes: `cat /dev/zero | report-lint -` must end, not fill the memory. */
export async function readAllStdin(max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > max) break;
  }
  return Buffer.concat(chunks);
}

/** The formatters other than stylish are loaded when asked for: a plain run parses none of them. */
function formatReport(format: FormatName, reports: FileReport[], ctx: FormatContext): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  switch (format) {
    case 'stylish':
      return formatStylish(reports, ctx);
    case 'json':
      return (require('./formatters/json') as typeof import('./formatters/json')).formatJson(reports);
    case 'sarif':
      return (require('./formatters/sarif') as typeof import('./formatters/sarif')).formatSarif(reports, ctx, pkg.version);
    case 'compact':
      return (require('./formatters/compact') as typeof import('./formatters/compact')).formatCompact(reports);
    case 'junit':
      return (require('./formatters/junit') as typeof import('./formatters/junit')).formatJunit(reports, ctx);
    case 'checkstyle':
      return (require('./formatters/checkstyle') as typeof import('./formatters/checkstyle')).formatCheckstyle(reports);
    case 'github':
      return (require('./formatters/github') as typeof import('./formatters/github')).formatGithub(reports, ctx);
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** --color/--no-color, then NO_COLOR / FORCE_COLOR, then whether the stream is a terminal. */
function useColor(opt: boolean | undefined, env: NodeJS.ProcessEnv, stream: Output): boolean {
  if (opt !== undefined) return opt;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stream.isTTY;
}

function workerCount(opt: CliOptions['concurrency'], files: number): number {
  if (opt !== 'auto') return Math.min(opt, files);
  if (files < WORKER_THRESHOLD) return 0;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { availableParallelism, cpus } = require('node:os') as typeof import('node:os'); // only for a batch
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  return Math.max(1, Math.min(cores, Math.ceil(files / BATCH)));
}

async function runInWorkers(jobs: FileJob[], n: number, progress: (done: number) => void): Promise<FileResult[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const script = join(__dirname, 'worker.js');
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const one = () =>
    new Promise<void>((resolveWorker, reject) => {
      // A larger young generation: linting thousands of files allocates many short-lived strings,
      // and the default size spends a sixth of the time in scavenges.
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let finished = false;
      const feed = () => {
        if (next >= jobs.length) {
          finished = true;
          void worker.terminate();
          resolveWorker();
          return;
        }
        const batch = jobs.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (batch: FileResult[]) => {
        for (const r of batch) results[r.index] = r;
        done += batch.length;
        progress(done);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`工作线程意外退出（exit ${code}）`));
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, one));
  return results;
}

async function runInProcess(jobs: FileJob[], progress: (done: number) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [i, job] of jobs.entries()) {
    results.push(await processFileSafely(job));
    progress(i + 1);
  }
  return results;
}

export async function run(argv: string[], io: Io): Promise<number> {
  // The subcommand (a file named `sum` is linted by writing ./sum).
  if (argv[0] === 'sum') return runSum(argv.slice(1), io, { format: formatReport, useColor });
  const say = (line: string) => io.stderr.write(`report-lint: ${line}\n`);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      say(err.message);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }

  let configs: ConfigResolver;
  try {
    configs = new ConfigResolver(opts);
    if (opts.printConfig) {
      io.stdout.write(JSON.stringify(describeConfig(configs.resolve(resolve(io.cwd, opts.printConfig))), null, 2) + '\n');
      return 0;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      say(`配置错误 (bad config): ${err.message}`);
      return 2;
    }
    throw err;
  }

  if (!opts.patterns.length) {
    say('没有指定要检查的文件（no files given; use - for standard input, --help for usage）');
    return 2;
  }
  let ignore: IgnoreFilter | undefined;
  try {
    ignore = opts.noIgnore ? undefined : loadIgnore(io.cwd, opts.ignorePatterns);
  } catch (err) {
    say((err as Error).message);
    return 2;
  }
  const { files, problems, notices } = expandInputs(opts.patterns, io.cwd, ignore);
  let fatal = problems.length > 0;
  for (const p of [...problems, ...notices]) say(`${p.message}: ${p.path} (${p.english})`);
  if (files.filter((f) => f === '-').length > 1) {
    say('标准输入（-）只能给一次');
    return 2;
  }

  const stdinPath = opts.stdinFilename ? resolve(io.cwd, opts.stdinFilename) : undefined;
  const mode: FixMode = opts.fix ? 'fix' : opts.fixDryRun ? 'dry-run' : 'lint';
  // stdout carries the fixed text or the diff when there is one; the report then goes to stderr.
  const stdinFix = mode === 'fix' && files.includes('-');
  const reportStream = stdinFix || mode === 'dry-run' ? io.stderr : io.stdout;
  // A report file is coloured only when asked for.
  const reportColor = opts.outputFile ? opts.color === true : useColor(opts.color, io.env, reportStream);
  // --print-tables is for people: next to a machine-readable report or a diff it goes to stderr.
  const tableStream = opts.format === 'stylish' && reportStream === io.stdout && !opts.outputFile ? io.stdout : io.stderr;
  const tableColor = useColor(opts.color, io.env, tableStream);

  const suppressionsFile = SuppressionRun.locate(io.cwd, opts.suppressionsLocation);
  const suppressMode = { suppress: opts.suppress, prune: opts.pruneSuppressions };
  let suppressions: SuppressionRun | undefined;
  try {
    if (SuppressionRun.wanted(suppressionsFile, suppressMode)) suppressions = new SuppressionRun(suppressionsFile, suppressMode);
  } catch (err) {
    if (err instanceof SuppressionsError) {
      say(`忽略记录文件无法使用 (bad suppressions file): ${err.message}`);
      return 2;
    }
    throw err;
  }

  const jobs: FileJob[] = [];
  try {
    for (const f of files) {
      const isStdin = f === '-';
      const cfg = configs.resolve(isStdin ? (stdinPath ?? join(io.cwd, '<stdin>')) : f);
      jobs.push({
        index: jobs.length,
        path: f,
        displayPath: isStdin && !stdinPath ? '<stdin>' : displayPath(isStdin ? stdinPath! : f, io.cwd),
        ...(isStdin ? { lintPath: stdinPath } : {}),
        rules: cfg.rules,
        ...(Object.keys(cfg.ruleOptions).length ? { ruleOptions: cfg.ruleOptions } : {}),
        force: cfg.force,
        ...(opts.noInlineConfig ? { noInlineConfig: true } : {}),
        ...(opts.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
        // Standard input has no path to key its findings by unless --stdin-filename names one.
        ...(suppressions && (!isStdin || stdinPath) ? { fingerprint: true } : {}),
        mode,
        printTables: opts.printTables,
        color: tableColor,
      });
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      say(`配置错误 (bad config): ${err.message}`);
      return 2;
    }
    throw err;
  }
  const stdinJob = jobs.find((j) => j.path === '-');
  if (stdinJob) {
    stdinJob.bytes = await io.readStdin(MAX_FILE_BYTES);
    if (stdinJob.bytes.length > MAX_FILE_BYTES) [stdinJob.bytes, stdinJob.stdinTooLarge] = [undefined, true];
  }

  // cross-year: the one pair given by --previous, or the pairs found in a batch after the first pass.
  const pairing = !opts.previous && (opts.printPairs || (jobs.length > 1 && jobs.some((j) => levelOf(j.rules, CROSS_YEAR) !== 'off')));
  if (opts.previous) {
    if (jobs.length !== 1) {
      say(`--previous 只能与一个要检查的文件一起使用（现在有 ${jobs.length} 个）；检查目录或多个文件时，同一机关相邻年度的报告会自动配对`);
      return 2;
    }
    const target = resolve(io.cwd, opts.previous);
    const read = await readOther(target, displayPath(target, io.cwd));
    if (read.error) {
      fatal = true;
      say(`无法读取上年报告（--previous）：${read.error}: ${read.other.name}${read.english ? ` (${read.english})` : ''}`);
    }
    jobs[0].previous = { ...read.other, explicit: true };
    if (opts.printPairs) tableStream.write(renderExplicitPair(read.other.name, jobs[0].displayPath));
  } else if (pairing) {
    for (const j of jobs) j.collectFacts = true;
  }

  // A progress line only where a person watches it, and only for batches worth watching.
  const showProgress = !!io.stderr.isTTY && jobs.length >= WORKER_THRESHOLD;
  const progress = (done: number) => {
    if (showProgress && (done % 16 === 0 || done === jobs.length)) io.stderr.write(`\r检查中… ${done}/${jobs.length}`);
  };
  let n = workerCount(opts.concurrency, jobs.length);
  if (n > 0 && (stdinJob || !existsSync(join(__dirname, 'worker.js')))) n = 0; // stdin bytes stay here
  if (io.env.REPORT_LINT_DEBUG) say(`${jobs.length} 个文件，${n > 0 ? `${n} 个工作线程` : '在主线程中检查'}（workers: ${n}）`);
  const results = n > 0 ? await runInWorkers(jobs, n, progress) : await runInProcess(jobs, progress);
  if (showProgress) io.stderr.write('\r\u001b[K');
  if (pairing) {
    const second = pairJobs(jobs, results);
    if (opts.printPairs) tableStream.write(renderPairs(second.pairing));
    const m = n > 0 ? workerCount(opts.concurrency, second.jobs.length) : 0;
    const more = m > 0 ? await runInWorkers(second.jobs, m, () => {}) : await runInProcess(second.jobs, () => {});
    more.forEach((r, i) => {
      const into = results[second.target[i]];
      if (r.error) {
        fatal = true;
        say(`${r.error}: ${second.jobs[i].displayPath}（跨年度核对 cross-year）`);
      } else into.messages = mergeMessages(into.messages, r.messages.filter((msg) => msg.ruleId === CROSS_YEAR));
    });
  }

  const reports: FileReport[] = [];
  let warnings = 0;
  let errors = 0;
  for (const [i, r] of results.entries()) {
    const job = jobs[i];
    const shown = job.displayPath;
    if (r.error) {
      fatal = true;
      say(`${r.error}: ${shown}${r.english ? ` (${r.english})` : ''}`);
      if (!r.linted) continue;
    }
    if (r.notice) say(`${r.notice}: ${shown}${r.english ? ` (${r.english})` : ''}`);
    if (r.tables !== undefined) tableStream.write(`${shown}\n${r.tables}\n`);
    if (r.diff) io.stdout.write(r.diff);
    if (r.output) io.stdout.write(r.output);
    const filePath = job.path === '-' ? (stdinPath ?? '<stdin>') : job.path;
    let messages = r.messages;
    let suppressedCount = 0;
    if (suppressions && r.keys) ({ messages, suppressed: suppressedCount } = suppressions.filter(filePath, r.messages, r.keys));
    const counts = countMessages(messages);
    warnings += counts.warningCount;
    errors += counts.errorCount;
    reports.push({ filePath, messages: opts.quiet ? messages.filter((m) => m.severity === 'error') : messages, ...(suppressedCount ? { suppressedCount } : {}) });
  }
  if (suppressions) {
    let summary;
    try {
      summary = suppressions.finish();
    } catch (err) {
      say(`无法写入忽略记录文件（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）: ${suppressions.file} (cannot write the suppressions file)`);
      return 2;
    }
    const shown = displayPath(suppressions.file, io.cwd);
    if (opts.suppress) say(`已在 ${shown} 中记录 ${summary.added} 个问题（suppressed）`);
    if (opts.pruneSuppressions) say(`已从 ${shown} 中删除 ${summary.removed} 条不再出现的记录（pruned）`);
    if (summary.stale) say(`${shown} 中有 ${summary.stale} 条记录已不再出现，可用 --prune-suppressions 删除（stale suppressions）`);
  }

  const text = formatReport(opts.format, reports, { cwd: io.cwd, color: reportColor });
  if (!writeReport(text, opts.outputFile, io.cwd, reportStream, say)) return 2;

  if (fatal) return 2;
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    say(`发现 ${warnings} 个警告，超过 --max-warnings ${opts.maxWarnings}（too many warnings）`);
    return 1;
  }
  return 0;
}

