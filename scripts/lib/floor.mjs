// The floor of a batch run: walk the folder, read every report and split it into lines, what any
// linter has to do at the least (one thread). `npm run bench` (c) gives report-lint's time over this.
// Usage: node scripts/lib/floor.mjs DIR  → {"files":N,"lines":N}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let lines = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(txt|md)$/.test(entry.name)) {
      files++;
      lines += readFileSync(path, 'utf8').split('\n').length;
    }
  }
}
walk(process.argv[2]);
console.log(JSON.stringify({ files, lines }));
