// Bundles the CLI, the language server, the VS Code extension and the core library as CommonJS
// with esbuild. unified/remark are ESM-only; bundling turns them into plain CommonJS that starts fast.
// `--types` also writes the core's .d.ts files (tsc, a few seconds: run by the core's prepack).
import { build } from 'esbuild';
import { existsSync, mkdirSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the monorepo, `@report-lint/core` resolves to its TypeScript sources through this export
// condition (packages/core/package.json); the published package has only dist/.
const SOURCE_CONDITION = 'report-lint-source';
// REPORT_LINT_PROFILE=1 keeps names and whitespace, for reading a CPU profile of the bundles.
const minify = !process.env.REPORT_LINT_PROFILE;
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify, sourcemap: false, logLevel: 'warning', legalComments: 'none', conditions: [SOURCE_CONDITION] };

/** In the CLI bundles, core's lazy `require('./remark')` becomes `require('./markdown.js')`: remark is
 *  most of the CLI's code by size, and a run that needs no remark (plain text, `#` headings) then
 *  never reads it. */
const remarkApart = {
  name: 'remark-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/remark$/ }, (args) => (args.importer.endsWith(join('parse', 'markdown.ts')) ? { path: './markdown.js', external: true } : undefined));
  },
};

/** Likewise ajv: core's lazy `require('./options-schema')` (rule-options.ts) becomes
 *  `require('./options-schema.js')`, read only when a config gives a rule options. */
const optionsSchemaApart = {
  name: 'options-schema-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/options-schema$/ }, (args) => (args.importer.endsWith('rule-options.ts') ? { path: './options-schema.js', external: true } : undefined));
  },
};

/** Likewise the document readers: core's lazy `require('./html')` (and ./docx, ./pdf) in documents/index.ts
 *  becomes `require('./documents-html.js')`, a bundle read only when an .html file is linted; pdf.js
 *  alone is larger than the rest of the CLI. */
const readersApart = {
  name: 'readers-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/(html|docx|pdf)$/ }, (args) =>
      args.importer.endsWith(join('documents', 'index.ts')) ? { path: `./documents-${args.path.slice(2)}.js`, external: true } : undefined,
    );
  },
};
// pdf.js asks import.meta for a require() to load an optional canvas; the bundles are CommonJS and
// need no canvas to read text, so that lookup fails quietly.
const readerBundle = { external: ['iconv-lite'], logOverride: { 'empty-import-meta': 'silent' } };

const targets = [
  // Loaded only when needed (GB18030 files, diffs, globs): left out of the bundle so that a plain run
  // does not parse them at startup. They are the CLI package's own dependencies.
  { entry: 'packages/cli/src/main.ts', out: 'packages/cli/dist/cli.js', external: ['iconv-lite', 'diff', 'tinyglobby', 'ignore'], plugins: [remarkApart, readersApart, optionsSchemaApart] },
  { entry: 'packages/cli/src/worker.ts', out: 'packages/cli/dist/worker.js', external: ['iconv-lite', 'diff', 'tinyglobby', 'ignore'], plugins: [remarkApart, readersApart, optionsSchemaApart] },
  { entry: 'packages/core/src/parse/remark.ts', out: 'packages/cli/dist/markdown.js' },
  { entry: 'packages/core/src/options-schema.ts', out: 'packages/cli/dist/options-schema.js' },
  { entry: 'packages/core/src/documents/html.ts', out: 'packages/cli/dist/documents-html.js', ...readerBundle },
  { entry: 'packages/core/src/documents/docx.ts', out: 'packages/cli/dist/documents-docx.js', ...readerBundle },
  { entry: 'packages/core/src/documents/pdf.ts', out: 'packages/cli/dist/documents-pdf.js', ...readerBundle },
  // The server loads the readers as the CLI does (the same bundles, copied below): a Markdown or
  // text document never parses pdf.js.
  { entry: 'server/src/server.ts', out: 'server/dist/server.js', plugins: [readersApart] },
  { entry: 'extension/src/extension.ts', out: 'extension/dist/extension.js', external: ['vscode'] },
  // The published core: one CommonJS bundle (remark inside, still loaded only on demand) that the
  // ESM entry below re-exports, so that `import` and `require` share one copy and one ConfigError.
  // The document readers' libraries stay the package's dependencies, required only for their file types.
  {
    entry: 'packages/core/src/index.ts',
    out: 'packages/core/dist/index.cjs',
    options: { minify: false, keepNames: true },
    external: ['iconv-lite', 'pdfjs-dist', 'fflate', 'htmlparser2', 'domhandler', 'hast-util-from-html', 'ajv'],
    logOverride: { 'empty-import-meta': 'silent' },
  },
];

for (const t of targets) {
  const entry = join(root, t.entry);
  if (!existsSync(entry)) continue;
  await build({ ...common, ...t.options, entryPoints: [entry], outfile: join(root, t.out), external: t.external ?? [], plugins: t.plugins ?? [], ...(t.logOverride ? { logOverride: t.logOverride } : {}) });
}

writeCoreEsmEntry();
if (process.argv.includes('--types')) writeCoreTypes();

/** dist/index.mjs: the CommonJS bundle's exports as ESM named exports (listed from the bundle
 *  itself, so that a new export cannot be forgotten). */
function writeCoreEsmEntry() {
  const cjs = join(root, 'packages/core/dist/index.cjs');
  if (!existsSync(cjs)) return;
  const names = Object.keys(createRequire(import.meta.url)(cjs)).filter((n) => n !== 'default' && n !== '__esModule').sort();
  const lines = [
    '// The ESM entry of @report-lint/core: the CommonJS bundle, re-exported (one copy for import and require).',
    "import core from './index.cjs';",
    `export const { ${names.join(', ')} } = core;`,
    'export default core;',
    '',
  ];
  writeFileSync(join(root, 'packages/core/dist/index.mjs'), lines.join('\n'));
}

/** dist/types/*.d.ts from the sources, for both entries (the ESM one re-exports the CommonJS one). */
function writeCoreTypes() {
  rmSync(join(root, 'packages/core/dist/types'), { recursive: true, force: true });
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'packages/core/tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('build: tsc could not write the core .d.ts files\n');
    process.exit(1);
  }
}

// The server's document readers: the CLI's reader bundles (built from the same entries).
const READER_BUNDLES = ['documents-html.js', 'documents-docx.js', 'documents-pdf.js'];
const serverBundle = join(root, 'server/dist/server.js');
if (existsSync(serverBundle)) for (const f of READER_BUNDLES) copyFileSync(join(root, 'packages/cli/dist', f), join(root, 'server/dist', f));

// The extension ships the server bundle (and its readers) inside itself.
if (existsSync(serverBundle) && existsSync(join(root, 'extension/src/extension.ts'))) {
  mkdirSync(join(root, 'extension/dist'), { recursive: true });
  copyFileSync(serverBundle, join(root, 'extension/dist/server.js'));
  for (const f of READER_BUNDLES) copyFileSync(join(root, 'server/dist', f), join(root, 'extension/dist', f));
  // And the schema of .reportlintrc.json, for VS Code's completion and checking of the file.
  copyFileSync(join(root, 'packages/core/schema/reportlintrc.schema.json'), join(root, 'extension/dist/reportlintrc.schema.json'));
}

// The CLI stub keeps a V8 code cache of each bundle in the user cache folder (caches next to the
// bundles are from older builds); drop the old ones and let one run on the
// sample reports (the seeds, and text and Markdown with both kinds of heading; correct and not)
// write fresh ones holding the functions a lint and its default report compile.
const cliStub = join(root, 'packages/cli/bin/report-lint.js');
if (existsSync(join(root, 'packages/cli/dist/cli.js'))) {
  for (const f of ['cli.js.cache', 'markdown.js.cache', 'options-schema.js.cache', 'documents-html.js.cache', 'documents-docx.js.cache', 'documents-pdf.js.cache']) rmSync(join(root, 'packages/cli/dist', f), { force: true });
  const seeds = join(root, 'fixtures/seeds');
  const samples = [
    ...(existsSync(seeds) ? readdirSync(seeds).sort().map((f) => join(seeds, f)) : []),
    ...['fixtures/synthetic/correct.txt', 'fixtures/synthetic/correct.md', 'fixtures/synthetic/correct.setext.md'].map((f) => join(root, f)).filter(existsSync),
  ];
  if (samples.length) spawnSync(process.execPath, [cliStub, ...samples], { stdio: 'ignore' }); // exits 1: the seeds have defects
}
