// Bundles the CLI, the language server and the VS Code extension as CommonJS with esbuild.
// unified/remark are ESM-only; bundling turns them into plain CommonJS that starts fast.
import { build } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' };

const targets = [
  // Loaded only when needed (GB18030 files, diffs, globs): left out of the bundle so that a plain run
  // does not parse them at startup. They are the CLI package's own dependencies.
  { entry: 'packages/cli/src/main.ts', out: 'packages/cli/dist/cli.js', external: ['iconv-lite', 'diff', 'tinyglobby'] },
  { entry: 'packages/cli/src/worker.ts', out: 'packages/cli/dist/worker.js', external: ['iconv-lite', 'diff', 'tinyglobby'] },
  { entry: 'server/src/server.ts', out: 'server/dist/server.js' },
  { entry: 'extension/src/extension.ts', out: 'extension/dist/extension.js', external: ['vscode'] },
];

for (const t of targets) {
  const entry = join(root, t.entry);
  if (!existsSync(entry)) continue;
  await build({ ...common, entryPoints: [entry], outfile: join(root, t.out), external: t.external ?? [] });
}

// The extension ships the server bundle inside itself.
const serverBundle = join(root, 'server/dist/server.js');
if (existsSync(serverBundle) && existsSync(join(root, 'extension/src/extension.ts'))) {
  mkdirSync(join(root, 'extension/dist'), { recursive: true });
  copyFileSync(serverBundle, join(root, 'extension/dist/server.js'));
}

// The CLI stub keeps a V8 code cache of the bundle; drop the old one and let one run on the
// sample reports (text and Markdown) write a fresh one holding the functions a lint compiles.
const cliStub = join(root, 'packages/cli/bin/report-lint.js');
if (existsSync(join(root, 'packages/cli/dist/cli.js'))) {
  rmSync(join(root, 'packages/cli/dist/cli.js.cache'), { force: true });
  const samples = ['fixtures/synthetic/correct.txt', 'fixtures/synthetic/correct.md'].map((f) => join(root, f)).filter(existsSync);
  if (samples.length) execFileSync(process.execPath, [cliStub, '--format', 'json', ...samples], { stdio: 'ignore' });
}
