// Bundles @report-lint/core from its TypeScript sources with esbuild (as scripts/dev/model.mjs
// does) and loads it. The bundle goes to .bench/ (gitignored).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_DIR, ROOT } from './generate.mjs';

const require = createRequire(import.meta.url);

/** Bundles core into .bench/<name>.js and returns the loaded module. Throws with esbuild's
 *  message when the sources do not build. */
export async function loadCore(name = 'core-bench') {
  const { build } = await import('esbuild');
  mkdirSync(BENCH_DIR, { recursive: true });
  const outfile = join(BENCH_DIR, `${name}.js`);
  await build({
    entryPoints: [join(ROOT, 'packages/core/src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    outfile,
    logLevel: 'silent',
  });
  delete require.cache[outfile];
  return require(outfile);
}
