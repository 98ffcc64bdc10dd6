#!/usr/bin/env node
'use strict';
// Committed stub: the CLI itself is esbuild bundles built by `npm run build` (root `prepare`, or the
// package's `prepack`): dist/cli.js, and dist/markdown.js (remark) and dist/documents-*.js (the
// .html/.docx/.pdf readers), which cli.js requires only for a document that needs them. Each is compiled through vm.Script with a V8 code cache, so a run skips
// compiling the bundle and the functions a lint needs: about a fifth of a cold start.
// The caches live in the user's cache directory, never in the package: a global install is
// read-only or root-owned, and a package folder must stay as npm unpacked it.
const { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { homedir, tmpdir } = require('node:os');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
if (!existsSync(join(dist, 'cli.js'))) {
  process.stderr.write('report-lint: 找不到 dist/cli.js，请先在仓库根目录运行 npm run build\n' + 'report-lint: the CLI is not built (dist/cli.js missing): run `npm run build` in the repository root\n');
  process.exit(2);
}

/** `$REPORT_LINT_CACHE_DIR`, else the platform's cache directory (`$XDG_CACHE_HOME`, ~/.cache,
 *  %LOCALAPPDATA%, ~/Library/Caches), else the temp folder; one folder per CLI and Node version.
 *  `REPORT_LINT_CACHE_DIR=off` runs without a cache. */
function cacheDirectory() {
  const env = process.env;
  if (env.REPORT_LINT_CACHE_DIR === 'off') return undefined;
  let base = env.REPORT_LINT_CACHE_DIR;
  if (!base) {
    let home = '';
    try {
      home = homedir();
    } catch {
      // no home directory (some service accounts)
    }
    if (env.XDG_CACHE_HOME) base = join(env.XDG_CACHE_HOME, 'report-lint');
    else if (process.platform === 'win32' && env.LOCALAPPDATA) base = join(env.LOCALAPPDATA, 'report-lint', 'Cache');
    else if (process.platform === 'darwin' && home) base = join(home, 'Library', 'Caches', 'report-lint');
    else if (home) base = join(home, '.cache', 'report-lint');
    else base = join(tmpdir(), `report-lint-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
  }
  let version = '0';
  try {
    version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
  } catch {
    // a copy without package.json: the bundle's size and time below still tell builds apart
  }
  return join(base, `${version}-node${process.versions.node}-${process.arch}`);
}
const cacheDir = cacheDirectory();

const loaded = new Map();
const uncached = [];

/** Runs a CommonJS bundle of dist/ as Node would, but compiled with its code cache. */
function load(name) {
  if (loaded.has(name)) return loaded.get(name).exports;
  const file = join(dist, name);
  // Keyed by the bundle's size and time as well: a rebuilt bundle (same version, in a checkout)
  // must not be given the old one's code.
  let cacheFile;
  let cachedData;
  if (cacheDir) {
    const { size, mtimeMs } = statSync(file);
    cacheFile = join(cacheDir, `${name}-${size}-${Math.trunc(mtimeMs)}.cache`);
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache yet: this run writes it
    }
  }
  // The wrapper Node's own loader puts around a CommonJS module (Module.wrap).
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) uncached.push({ name, script, cacheFile });
  const module_ = { exports: {} };
  loaded.set(name, module_);
  script.runInThisContext()(module_.exports, bundleRequire, module_, file, dist);
  return module_.exports;
}

/** The bundles' require: the lazily loaded bundles of dist/ (remark, ajv, the document readers) through
 *  the cache, the rest (Node's modules and the CLI's own dependencies, found from here as from
 *  dist/) as usual. */
const LAZY_BUNDLES = new Set(['./markdown.js', './options-schema.js', './documents-html.js', './documents-docx.js', './documents-pdf.js']);
function bundleRequire(id) {
  return LAZY_BUNDLES.has(id) ? load(id.slice(2)) : require(id);
}
bundleRequire.resolve = require.resolve;

// Written at exit, so that a cache holds the functions this run compiled. A cache V8 rejects (a
// corrupt file) is replaced; the caches of older builds of a bundle are removed. A cache folder
// that cannot be written means running uncached.
process.once('exit', () => {
  if (!uncached.length) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch {
    return;
  }
  for (const { name, script, cacheFile } of uncached) {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      for (const f of readdirSync(cacheDir)) {
        if (f.startsWith(`${name}-`) && f.endsWith('.cache') && join(cacheDir, f) !== cacheFile) rmSync(join(cacheDir, f), { force: true });
      }
    } catch {
      // not writable: run uncached
    }
  }
});

load('cli.js');
