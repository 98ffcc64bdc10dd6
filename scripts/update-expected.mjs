// Regenerates fixtures/expected/*.json: the diagnostics (rule id, line, severity) each fixture gives.
// Review the diff before committing: these files are what the golden tests hold the linter to.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench/core-expected.js');
await build({ entryPoints: [join(root, 'packages/core/src/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const core = createRequire(import.meta.url)(out);

mkdirSync(join(root, 'fixtures/expected'), { recursive: true });
for (const dir of ['seeds', 'synthetic', 'shapes']) {
  for (const name of readdirSync(join(root, 'fixtures', dir)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md')) {
    const file = join(root, 'fixtures', dir, name);
    const { messages } = core.lint(readFileSync(file, 'utf8'), { filePath: file });
    const expected = messages.map((m) => ({ line: m.line, ruleId: m.ruleId, severity: m.severity }));
    writeFileSync(join(root, 'fixtures/expected', `${basename(dir)}-${name}.json`), JSON.stringify(expected, null, 1) + '\n');
  }
}
