/** Shared by the CLI tests: they run the real bundle (bin/report-lint.js → dist/cli.js, built by
 *  jest's globalSetup) as a user would, and look at exit codes, output and file bytes. */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const BIN = join(ROOT, 'packages', 'cli', 'bin', 'report-lint.js');
export const fixture = (p: string) => join(ROOT, 'fixtures', p);
export const readFixture = (p: string) => readFileSync(fixture(p), 'utf8');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Standard streams as spawnSync takes them (a file descriptor for /dev/zero, /dev/full). */
  stdio?: (number | 'pipe')[];
  /** Run as an ordinary user (see asOrdinaryUser). */
  uid?: number;
  timeout?: number;
}

export function cli(args: string[], opts: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
  delete env.FORCE_COLOR;
  if (opts.env?.FORCE_COLOR) env.FORCE_COLOR = opts.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [opts.uid !== undefined ? openBin() : BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    ...(opts.stdio ? { stdio: opts.stdio } : { input: opts.input ?? '' }),
    env,
    maxBuffer: 256 * 1024 * 1024,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
    timeout: opts.timeout ?? 60_000,
  });
  const stdout = r.stdout ?? Buffer.alloc(0);
  return { status: r.status, stdout: stdout.toString('utf8'), stderr: (r.stderr ?? Buffer.alloc(0)).toString('utf8'), stdoutBytes: stdout };
}

let openCopy: string | undefined;
/** The CLI as an ordinary user can run it wherever the repository is (CI's clone may be in a folder
 *  only root may enter): bin/ and dist/ copied to a temporary folder open to everyone. */
function openBin(): string {
  if (!openCopy) {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-bin-'));
    made.push(dir);
    chmodSync(dir, 0o755);
    cpSync(join(ROOT, 'packages', 'cli', 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'packages', 'cli', 'dist'), join(dir, 'dist'), { recursive: true });
    // The dependencies the bundles load when needed, and theirs.
    for (const name of ['diff', 'iconv-lite', 'safer-buffer', 'ignore', 'picocolors', 'tinyglobby', 'fdir', 'picomatch']) {
      const from = join(ROOT, 'node_modules', name);
      if (existsSync(from)) cpSync(from, join(dir, 'node_modules', name), { recursive: true });
    }
    openCopy = join(dir, 'bin', 'report-lint.js');
  }
  return openCopy;
}

/** Permission checks do not apply to root, and CI runs as root: tests of unreadable folders then
 *  run the CLI as `nobody` (65534), in temporary folders opened to it. Undefined: run as we are. */
export const ordinaryUid: number | undefined = process.getuid?.() === 0 ? 65534 : undefined;

export function json(run: CliRun): JsonFile[] {
  return JSON.parse(run.stdout) as JsonFile[];
}

export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** Findings left out by report-lint-suppressions.json (when not 0). */
  suppressedCount?: number;
}

const made: string[] = [];
export function makeTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-cli-'));
  made.push(dir);
  return dir;
}
/** A temporary folder that an ordinary user (ordinaryUid) may enter and write to. */
export function makeOpenTmp(): string {
  const dir = makeTmp();
  chmodSync(dir, 0o777);
  return dir;
}
/** Removes the temporary directories of this test file (one holds a 12 MB file). */
export function removeTmp(): void {
  openCopy = undefined;
  for (const dir of made.splice(0)) {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** fixtures/synthetic/row-total.txt has one wrong total (28 for 20+3+0+1+2+1); its fix is 27. */
export const ROW_TOTAL = 'synthetic/row-total.txt';
export const ROW_TOTAL_LINE = '一、本年新收政府信息公开申请数量\t20\t3\t0\t1\t2\t1\t';
export function rowTotalFixed(text: string): string {
  const wrong = ROW_TOTAL_LINE + '28';
  if (!text.includes(wrong)) throw new Error('fixture changed: the wrong total is not there');
  return text.replace(wrong, ROW_TOTAL_LINE + '27');
}

/** Gives folders their permissions back, so that a test's locked folder can be removed. */
function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) chmodTree(join(dir, e.name));
  } catch {
    // gone already
  }
}
