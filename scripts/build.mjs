// Bundles the CLI, the language server and the VS Code extension as CommonJS with esbuild.
// unified/remark are ESM-only; bundling turns them into plain CommonJS that starts fast.
import { build } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' };

const targets = [
  { entry: 'packages/cli/src/main.ts', out: 'packages/cli/dist/cli.js' },
  { entry: 'packages/cli/src/worker.ts', out: 'packages/cli/dist/worker.js' },
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
