// Renders images/icon.svg to images/icon.png (256×256, transparent corners) with Debian's chromium,
// headless. Run: node extension/scripts/make-icon.mjs  (needs `apt-get install chromium fonts-noto-cjk`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const images = join(dirname(fileURLToPath(import.meta.url)), '..', 'images');
const work = mkdtempSync(join(tmpdir(), 'report-lint-icon-'));
const page = join(work, 'icon.html');
writeFileSync(page, `<!doctype html><html><body style="margin:0;background:transparent">${readFileSync(join(images, 'icon.svg'), 'utf8')}</body></html>`);
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const r = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000', '--window-size=256,256', `--user-data-dir=${join(work, 'profile')}`, `--screenshot=${join(images, 'icon.png')}`, `file://${page}`], { encoding: 'utf8' });
rmSync(work, { recursive: true, force: true });
if (r.status !== 0) {
  process.stderr.write(`make-icon: chromium failed (${r.status})\n${r.stderr}\n`);
  process.exit(1);
}
console.log('images/icon.png written');
