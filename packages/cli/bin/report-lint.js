#!/usr/bin/env node
'use strict';
// Committed stub: the CLI itself is an esbuild bundle built by `npm run build` (root `prepare`).
// It is compiled through vm.Script with a V8 code cache kept next to it (dist/cli.js.cache), so a
// run skips compiling the bundle and the functions a lint needs: about a fifth of a cold start.
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('report-lint: 找不到 dist/cli.js，请先在仓库根目录运行 npm run build\n' + 'report-lint: the CLI is not built (dist/cli.js missing): run `npm run build` in the repository root\n');
  process.exit(2);
}

const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet: this run writes it
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // Written at exit, so that it holds the functions this run compiled. A stale cache (another Node
  // version, a rebuilt bundle) is rejected by V8 and replaced. A read-only install just goes without.
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // not writable: run uncached
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, Module.createRequire(bundle), module_, bundle, dirname(bundle));
