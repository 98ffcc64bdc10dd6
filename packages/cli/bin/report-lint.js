#!/usr/bin/env node
'use strict';
// Committed stub: the CLI itself is an esbuild bundle built by `npm run build` (root `prepare`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('report-lint: 找不到 dist/cli.js，请先在仓库根目录运行 npm run build\n' + 'report-lint: the CLI is not built (dist/cli.js missing): run `npm run build` in the repository root\n');
  process.exit(2);
}
require(bundle);
