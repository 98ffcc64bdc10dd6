// vscode:prepublish, run by `vsce package` and `vsce publish`: builds the bundles the .vsix ships.
// REPORT_LINT_PREBUILT=1 skips it — set by the tests, which build once before they run (a rebuild
// while other tests start the bundles would race with them).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.REPORT_LINT_PREBUILT !== '1') {
  const build = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'build.mjs');
  const r = spawnSync(process.execPath, [build], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
