/** A second real LSP client: Neovim's built-in one, headless (server/test/nvim/run.sh). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUN = join(__dirname, 'nvim', 'run.sh');
const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasNvim) console.warn('neovim.test.ts: skipped — nvim is not installed (apt-get install neovim)');
const run = hasNvim ? test : test.skip;

function check(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-nvim-'));
  try {
    const out = join(dir, 'out.txt');
    try {
      execFileSync('bash', [RUN, file, out], { stdio: 'pipe', timeout: 60_000 });
    } catch (err) {
      let got = '';
      try {
        got = readFileSync(out, 'utf8');
      } catch {}
      throw new Error(`run.sh failed: ${(err as Error).message}\n${got}`);
    }
    return readFileSync(out, 'utf8').trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run('row-total.txt: diagnostics, symbols, hover, quick-fix applied by Neovim', () => {
  const lines = check(join(ROOT, 'fixtures/synthetic/row-total.txt'));
  expect(lines.at(-1)).toBe('OK');
  const diags = lines.filter((l) => l.startsWith('D ')).map((l) => l.split(' '));
  expect(diags).toContainEqual(['D', '31', '30', 'row-total', '1']);
  expect(diags.map((d) => d[3])).toContain('balance');
  expect(lines.filter((l) => l.startsWith('S ')).map((l) => l.slice(2, 4))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
  expect(lines.find((l) => l.startsWith('H '))).toContain('**总计** = 20+3+0+1+2+1 = 27');
  expect(lines).toContain('A 将总计改为 27');
  // After the fix (sent as an incremental didChange), the total and the balance are right.
  expect(lines.some((l) => l.startsWith('FIXED '))).toBe(true);
  expect(lines.filter((l) => /^F \d+ (row-total|balance)$/.test(l))).toEqual([]);
});

run('seed 003 (Markdown-free plain text): cell-not-number and section errors', () => {
  const seed = readdirSync(join(ROOT, 'fixtures/seeds')).find((f) => f.startsWith('003_'))!;
  const lines = check(join(ROOT, 'fixtures/seeds', seed));
  expect(lines.at(-1)).toBe('OK');
  const diags = lines.filter((l) => l.startsWith('D ')).map((l) => l.split(' '));
  const rules = new Set(diags.map((d) => d[3]));
  for (const r of ['cell-not-number', 'section-order', 'section-missing', 'section-title']) expect(rules).toContain(r);
  expect(diags.filter((d) => d[3] === 'cell-not-number').map((d) => d[1])).toEqual(expect.arrayContaining(['55', '87']));
});

run('row-total.md as Markdown', () => {
  const lines = check(join(ROOT, 'fixtures/synthetic/row-total.md'));
  expect(lines.at(-1)).toBe('OK');
  expect(lines.filter((l) => l.startsWith('D ')).map((l) => l.split(' ')[3])).toContain('row-total');
  expect(lines).toContain('A 将总计改为 27');
});
