#!/usr/bin/env node
'use strict';
// Committed stub: the CLI itself is esbuild bundles built by `npm run build` (root `prepare`):
// dist/cli.js, and dist/markdown.js (remark) and dist/documents-*.js (the .html/.docx/.pdf readers), which
// cli.js requires only for a document that needs them.
// Each is compiled through vm.Script with a V8 code cache kept next to it (<bundle>.cache), so a run
// skips compiling the bundle and the functions a lint needs: about a fifth of a cold start.
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
if (!existsSync(join(dist, 'cli.js'))) {
  process.stderr.write('report-lint: 找不到 dist/cli.js，请先在仓库根目录运行 npm run build\n' + 'report-lint: the CLI is not built (dist/cli.js missing): run `npm run build` in the repository root\n');
  process.exit(2);
}

const loaded = new Map();
const uncached = [];

/** Runs a CommonJS bundle of dist/ as Node would, but compiled with its code cache. */
function load(name) {
  if (loaded.has(name)) return loaded.get(name).exports;
  const file = join(dist, name);
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: this run writes it
  }
  // The wrapper Node's own loader puts around a CommonJS module (Module.wrap).
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) uncached.push({ script, cacheFile });
  const module_ = { exports: {} };
  loaded.set(name, module_);
  script.runInThisContext()(module_.exports, bundleRequire, module_, file, dist);
  return module_.exports;
}

/** The bundles' require: the lazily loaded bundles of dist/ (remark, the document readers) through
 *  the cache, the rest (Node's modules and the CLI's own dependencies, found from here as from
 *  dist/) as usual. */
const LAZY_BUNDLES = new Set(['./markdown.js', './documents-html.js', './documents-docx.js', './documents-pdf.js']);
function bundleRequire(id) {
  return LAZY_BUNDLES.has(id) ? load(id.slice(2)) : require(id);
}
bundleRequire.resolve = require.resolve;

// Written at exit, so that a cache holds the functions this run compiled. A stale cache (another
// Node version, a rebuilt bundle) is rejected by V8 and replaced. A read-only install goes without.
process.once('exit', () => {
  for (const { script, cacheFile } of uncached) {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // not writable: run uncached
    }
  }
});

load('cli.js');
