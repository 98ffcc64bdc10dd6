// The extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) with the built .vsix
// installed, driven through Debian's chromium by puppeteer-core. It asserts what a user sees —
// the squiggle, the Problems entries, the quick-fix menu and its fix changing 28 to 27 (on disk
// after saving), an Untitled draft in whatever language VS Code guesses, a GB18030 draft shown as
// mojibake and reopened, the plain-text snippet's tabs, the cross-year warnings of a report beside
// last year's, a report's .html page linted live and 检查此文件 on a .docx (explorer menu) and a .pdf
// (palette), each problem opening the extracted text — in Restricted Mode (the folder is not
// trusted), and writes the README's screenshots to extension/images/screenshots/.
//
// Run: npm run test:vscode [-- --fresh] [-- --keep] [-- --update-screenshots]
//   --fresh                install code-server and puppeteer-core from scratch (else reused from the tools folder)
//   --keep                 keep the temporary workspace and profile folders
//   --update-screenshots   write the screenshots to extension/images/screenshots/ (the README's);
//                          without it they go to the temporary folder
// The whole run is given 20 minutes, then everything it started is stopped and it fails.
// Tools folder: $REPORT_LINT_VSCODE_TOOLS, default <tmpdir>/report-lint-vscode-tools.
// Needs: chromium (`apt-get install -y chromium`), ripgrep, make, g++, python3, the npm registry.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { install } from './install.mjs';

const EXT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOT = join(EXT, '..');
const fresh = process.argv.includes('--fresh');
const updateShots = process.argv.includes('--update-screenshots');
let SHOTS = join(EXT, 'images', 'screenshots');
const keep = process.argv.includes('--keep');
const tools = process.env.REPORT_LINT_VSCODE_TOOLS ?? join(tmpdir(), 'report-lint-vscode-tools');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const t0 = Date.now();
const log = (s) => process.stdout.write(`[vscode ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
/** Where a failed check leaves a screenshot of the moment (the work folder, kept with --keep). */
let debug = { page: undefined, dir: undefined, n: 0 };

/** Polls `fn` until it returns a truthy value; throws `what` after `timeout` ms. */
async function waitFor(what, fn, { timeout = 30_000, interval = 250 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await sleep(interval);
  }
}

/** Runs a UI step up to `tries` times (the workbench sometimes drops a key press while busy). */
async function retry(what, fn, { tries = 3, before } = {}) {
  for (let i = 1; ; i++) {
    try {
      return await fn(i);
    } catch (err) {
      if (i >= tries) throw err;
      log(`  retry ${i}/${tries - 1} of ${what}: ${err.message.split('\n')[0]}`);
      if (before) await before().catch(() => undefined);
    }
  }
}

async function check(what, ok, detail = '') {
  log(`${ok ? '✓' : '✗'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (ok) return;
  failures.push(`${what}${detail ? ` — ${detail}` : ''}`);
  if (debug.page && debug.dir) {
    const file = join(debug.dir, `failed-${++debug.n}.png`);
    await debug.page.screenshot({ path: file }).catch(() => undefined);
    log(`  (screenshot of the failure: ${file})`);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function buildVsix(out) {
  log('building the extension and packaging the .vsix (vsce package)');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const vsce = join(ROOT, 'node_modules/.bin/vsce');
  const r = spawnSync(vsce, ['package', '-o', out], { cwd: EXT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed\n${r.stdout}\n${r.stderr}`);
}

/** A GB18030 copy of a synthetic report, as a draft saved by a Chinese Windows editor. */
function gb18030(text) {
  return createRequire(join(ROOT, 'package.json'))('iconv-lite').encode(text, 'gb18030');
}

function setUp(work) {
  const ws = join(work, 'workspace');
  const userData = join(work, 'user-data');
  mkdirSync(ws, { recursive: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/synthetic/row-total.txt'), join(ws, 'row-total.txt'));
  writeFileSync(join(ws, 'gbk-draft.txt'), gb18030(readFileSync(join(ROOT, 'fixtures/synthetic/row-total.txt'), 'utf8')));
  writeFileSync(join(ws, 'snippet.txt'), '');
  // Last year's report beside this year's (a folder of their own): 四 of 2024 is not 二 of 2025.
  const correct = readFileSync(join(ROOT, 'fixtures/synthetic/correct.txt'), 'utf8');
  mkdirSync(join(ws, 'cross'));
  writeFileSync(join(ws, 'cross', 'this-year.txt'), correct);
  writeFileSync(join(ws, 'cross', 'last-year.txt'), correct
      .replace(/2025/g, '2024')
      .replace(/^四、结转下年度继续办理\t.*$/m, '四、结转下年度继续办理\t3\t1\t0\t0\t0\t0\t4')
      .replace(/^行政规范性文件\t.*$/m, '行政规范性文件\t4\t1\t34')); // 34 + 5 − 2 = 2025's 37: that one holds
  // A published page of a report, a page that is not one, a Word draft and a printed PDF.
  copyFileSync(join(ROOT, 'fixtures/html/row-total.cms.html'), join(ws, 'row-total.html'));
  writeFileSync(join(ws, 'page.html'), '<!DOCTYPE html><html><body><h1>一、总体情况</h1><p>二、主动公开政府信息情况</p><table><tr><td>总计</td><td>无</td></tr></table></body></html>\n');
  copyFileSync(join(ROOT, 'fixtures/docx/row-total.docx'), join(ws, 'row-total.docx'));
  copyFileSync(join(ROOT, 'fixtures/pdf/row-total.chromium.pdf'), join(ws, 'row-total.pdf'));
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        // Restricted Mode without the start-up dialog: the folder stays untrusted.
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': 'Default Light Modern',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.editor.untitled.hint': 'hidden',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        // In Restricted Mode VS Code boxes every non-ASCII character; a Chinese draft wants it off.
        'editor.unicodeHighlight.nonBasicASCII': false,
        'editor.fontSize': 15,
        'files.autoGuessEncoding': false,
        'files.insertFinalNewline': false,
        'files.trimTrailingWhitespace': false,
      },
      null,
      2,
    ),
  );
  return { ws, userData, extensions: join(work, 'extensions'), xdg: join(work, 'xdg') };
}

async function main() {
  if (!existsSync(chromiumPath)) throw new Error(`chromium not found at ${chromiumPath}: apt-get install -y chromium`);
  const { codeServer, puppeteer } = await install(tools, { fresh });
  const work = mkdtempSync(join(tmpdir(), 'report-lint-vscode-'));
  if (!updateShots) SHOTS = join(work, 'screenshots');
  const dirs = setUp(work);
  const vsix = join(work, 'report-lint.vsix');
  buildVsix(vsix);
  const env = { ...process.env, XDG_CONFIG_HOME: join(dirs.xdg, 'config'), XDG_DATA_HOME: join(dirs.xdg, 'data'), XDG_CACHE_HOME: join(dirs.xdg, 'cache') };
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  log('installing the .vsix into code-server');
  const inst = spawnSync(process.execPath, [codeServer, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  await check('code-server --install-extension report-lint.vsix', inst.status === 0 && /successfully installed/i.test(inst.stdout), (inst.stdout + inst.stderr).trim().split('\n').pop());
  if (inst.status !== 0) throw new Error(`install-extension failed\n${inst.stdout}\n${inst.stderr}`);

  const port = await freePort();
  const serverLog = [];
  const server = spawn(process.execPath, [codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', dirs.ws], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.once('exit', () => server.kill());
  server.stdout.on('data', (d) => serverLog.push(String(d)));
  server.stderr.on('data', (d) => serverLog.push(String(d)));
  let browser;
  try {
    await waitFor('code-server to listen', () => serverLog.join('').includes('HTTP server listening'), { timeout: 60_000 });
    log(`code-server ${port} up`);
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      userDataDir: join(work, 'chromium-profile'),
      defaultViewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,800', '--lang=zh-CN'],
      protocolTimeout: 120_000,
    });
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    debug = { page, dir: work, n: 0 };
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.ws)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90_000 });
    await waitFor('the extension host to start', () => page.$('.part.statusbar'), { timeout: 60_000 });
    await sleep(3000); // the workbench restores views and starts extensions
    await scenarios(page, dirs);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    server.kill();
    if (failures.length) process.stdout.write(`--- code-server log ---\n${serverLog.join('').slice(-4000)}\n`);
    if (!keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

// ---------------------------------------------------------------------------------------------
// UI helpers

const text = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));

async function pressChord(page, ...keys) {
  for (const k of keys) await page.keyboard.down(k);
  for (const k of [...keys].reverse()) await page.keyboard.up(k);
}

async function escapeAll(page) {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    await sleep(100);
  }
}

/** Focuses the active editor's text area. */
async function focusEditor(page) {
  await page.evaluate(() => {
    const ta = document.querySelector('.editor-group-container.active .monaco-editor textarea');
    if (ta) ta.focus();
  });
}

async function quickInput(page, prefixKeys, query) {
  await escapeAll(page);
  await pressChord(page, ...prefixKeys);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) .quick-input-box input', { visible: true, timeout: 10_000 });
  await page.keyboard.type(query, { delay: 20 });
}

async function openFile(page, name) {
  await retry(`opening ${name}`, async () => {
    await quickInput(page, ['Control', 'p'], name);
    await waitFor(`${name} in Quick Open`, async () => (await text(page, '.quick-input-list .monaco-list-row')).some((t) => t.includes(name)), { timeout: 15_000 });
    await page.keyboard.press('Enter');
    await waitFor(`${name} to be the active tab`, async () => (await text(page, '.tabs-container .tab.active .label-name')).some((t) => t.includes(name)), { timeout: 15_000 });
  }, { before: () => escapeAll(page) });
}

/** Runs the command whose palette label is exactly `label` (another may rank first: "File: New
 *  Untitled Text File" vs "File: Compare New Untitled Text Files"). */
async function runCommand(page, label) {
  await retry(`command ${label}`, async () => {
    await quickInput(page, ['F1'], label);
    const row = (labels) => labels.findIndex((t) => t === label || t.startsWith(`${label},`) || t.startsWith(`${label} `));
    const labels = await waitFor(`"${label}" in the command palette`, async () => {
      const l = await page.$$eval('.quick-input-list .monaco-list-row', (els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
      return row(l) >= 0 ? l : undefined;
    }, { timeout: 15_000 });
    for (let i = 0; i < row(labels); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }, { before: () => escapeAll(page) });
}

/** Pastes text into the active editor as the clipboard would (no auto-indent of typed lines). */
async function paste(page, value) {
  await page.evaluate((t) => {
    const ta = document.querySelector('.editor-group-container.active .monaco-editor textarea');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    ta.focus();
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, value);
}

async function goToLine(page, line, column) {
  await retry(`go to ${line}:${column}`, async () => {
    await focusEditor(page);
    await pressChord(page, 'Control', 'g');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true, timeout: 10_000 });
    await page.keyboard.type(`${line}:${column}`, { delay: 20 });
    await page.keyboard.press('Enter');
    await waitFor(`the cursor on line ${line}`, async () => (await text(page, '.statusbar-item[id="status.editor.selection"]')).some((t) => t.includes(`Ln ${line},`)), { timeout: 10_000 });
  }, { before: () => escapeAll(page) });
}

const squiggles = (page) => page.$$eval('.editor-group-container.active .monaco-editor .squiggly-error', (els) => els.length);

async function problems(page) {
  return text(page, '.markers-panel .monaco-list-row');
}

/** The Problems rows once the panel's filter is `filter` and they list `file` and `place` (after
 *  20 s, whatever they list then, for the check to show). */
async function filteredProblems(page, filter, file, place) {
  await retry('the Problems filter', async () => {
    await page.click('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input');
    await pressChord(page, 'Control', 'a');
    await page.keyboard.type(filter, { delay: 20 });
  });
  return waitFor(`${file} in Problems`, async () => {
    const r = await problems(page);
    return r.some((t) => t.includes(file)) && r.some((t) => t.includes(place)) ? r : undefined;
  }, { timeout: 20_000 }).catch(async () => problems(page));
}

async function showProblems(page) {
  await retry('the Problems view', async () => {
    await escapeAll(page);
    await runCommand(page, 'View: Focus Problems');
    await page.waitForSelector('.markers-panel', { visible: true, timeout: 10_000 });
  });
}

async function toast(page, needle) {
  return waitFor(`a notification with "${needle}"`, async () => (await text(page, '.notifications-toasts .notification-toast')).find((t) => t.includes(needle)), { timeout: 30_000 });
}

async function clickByText(page, selector, needle) {
  // Clicked where it stands still: a toast slides in, and a list or the status bar moves as items
  // come and go, so a box read once may be somewhere else by the click.
  let last;
  const box = await waitFor(`"${needle}" in ${selector}`, async () => {
    const now = await page.$$eval(
      selector,
      (els, n) => {
        const el = els.find((e) => (e.textContent ?? '').includes(n) && e.getBoundingClientRect().width > 0);
        if (!el) return undefined;
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      },
      needle,
    );
    const steady = now && last && now.x === last.x && now.y === last.y;
    last = now;
    return steady ? now : undefined;
  });
  await page.mouse.click(box.x, box.y);
}

async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
  log(`  screenshot ${join(SHOTS, name)}`);
}

// ---------------------------------------------------------------------------------------------
// What the user sees

async function scenarios(page, dirs) {
  // 1. A report with a wrong total: the squiggle and the Problems entries, in Restricted Mode.
  await openFile(page, 'row-total.txt');
  // The first lint waits for the extension host and the server to start: a minute or two on a busy machine.
  const n = await waitFor('squiggles in row-total.txt', async () => (await squiggles(page)) || 0, { timeout: 180_000 }).catch(() => 0);
  await check('row-total.txt: error squiggles in the editor', n > 0, `${n} squiggly-error decorations`);
  const restricted = (await text(page, '.part.statusbar .statusbar-item')).some((t) => /Restricted|受限/.test(t));
  await check('the folder is open in Restricted Mode (untrusted), and the extension still runs', restricted);
  await showProblems(page);
  const rows = await waitFor('the row-total and balance problems', async () => {
    const r = await problems(page);
    return r.some((t) => t.includes('总计为 28')) && r.some((t) => t.includes('不平衡')) ? r : undefined;
  }).catch(async () => problems(page));
  await check('Problems lists row-total (总计为 28 … 应为 27) and balance', rows.some((t) => t.includes('总计为 28') && t.includes('应为 27')) && rows.some((t) => t.includes('不平衡')), rows.filter((t) => t.includes('row-total') || t.includes('balance')).length + ' rows');
  const status = (await text(page, '.part.statusbar .statusbar-item')).find((t) => t.includes('年报'));
  await check('status bar item 年报 ✖2', !!status && status.includes('✖2'), status ?? '(none)');
  await goToLine(page, 31, 32);
  await sleep(500);
  await shot(page, 'problems.png');

  // 2. The quick-fix menu, and its fix: 28 → 27, on disk after saving.
  const titles = await retry('the quick-fix menu', async () => {
    await focusEditor(page);
    await pressChord(page, 'Control', '.');
    return waitFor('the quick-fix menu entries', async () => {
      const t = await text(page, '.action-widget .monaco-list-row');
      return t.some((x) => x.includes('将总计改为 27')) ? t : undefined;
    }, { timeout: 15_000 });
  }, { before: () => escapeAll(page) });
  for (const want of ['将总计改为 27', '禁用此行的 row-total', '在本文件禁用 row-total', '查看规则说明：row-total']) {
    await check(`quick-fix menu has 「${want}」`, titles.some((t) => t.includes(want)));
  }
  await shot(page, 'quick-fix.png');
  await clickByText(page, '.action-widget .monaco-list-row', '将总计改为 27');
  await sleep(500);
  await focusEditor(page);
  await pressChord(page, 'Control', 's');
  const line31 = await waitFor('row-total.txt saved with 27', () => {
    const l = readFileSync(join(dirs.ws, 'row-total.txt'), 'utf8').split(/\r?\n/)[30];
    return /\t27$/.test(l) ? l : undefined;
  }, { timeout: 15_000 }).catch(() => readFileSync(join(dirs.ws, 'row-total.txt'), 'utf8').split(/\r?\n/)[30]);
  await check('the quick-fix changed the total 28 to 27 (saved file, line 31)', /\t27$/.test(line31), JSON.stringify(line31.slice(-24)));
  const after = await waitFor('the row-total problem to go', async () => {
    const r = await problems(page);
    return r.some((t) => t.includes('总计为 28')) ? undefined : r;
  }, { timeout: 20_000 }).catch(() => undefined);
  await check('after the fix, no row-total problem is left (the balance is fixed with it)', !!after);

  // 3. A draft pasted into a new Untitled tab, whatever language VS Code guesses for it.
  await runCommand(page, 'File: New Untitled Text File');
  await waitFor('an Untitled tab', async () => (await text(page, '.tabs-container .tab.active .label-name')).some((t) => t.startsWith('Untitled')), { timeout: 15_000 });
  await focusEditor(page);
  await paste(page, readFileSync(join(ROOT, 'fixtures/synthetic/row-total.txt'), 'utf8'));
  await sleep(1500);
  // VS Code guesses a pasted draft's language (often Ini): set it to Ini as such a guess would.
  await retry('Change Language Mode → Ini', async () => {
    await runCommand(page, 'Change Language Mode');
    await waitFor('the language list', async () => (await text(page, '.quick-input-list .monaco-list-row')).length > 3, { timeout: 10_000 });
    await page.keyboard.type('Ini', { delay: 30 });
    await waitFor('Ini in the list', async () => (await text(page, '.quick-input-list .monaco-list-row')).some((t) => /^\s*Ini\b/.test(t)), { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await waitFor('the Ini language in the status bar', async () => (await text(page, '.statusbar-item[id="status.editor.mode"]')).some((t) => t.includes('Ini')), { timeout: 10_000 });
  }, { before: () => escapeAll(page) });
  const lang = (await text(page, '.statusbar-item[id="status.editor.mode"]'))[0] ?? '?';
  const untitledSquiggles = await waitFor('squiggles in the Untitled draft', async () => (await squiggles(page)) || 0, { timeout: 45_000 }).catch(() => 0);
  await check('Untitled draft in Ini: diagnostics without saving or choosing Plain Text', untitledSquiggles > 0 && lang.includes('Ini'), `language shown: ${lang.trim()}, ${untitledSquiggles} squiggles`);
  await showProblems(page);
  const untitledRows = await waitFor('the Untitled problems', async () => {
    const r = await problems(page);
    // An Untitled tab is named after its first line, the report's title.
    return r.some((t) => t.includes('2025年政府信息公开工作年度报告')) && r.some((t) => t.includes('总计为 28')) ? r : undefined;
  }).catch(async () => problems(page));
  await check('Problems lists the Untitled draft with row-total', untitledRows.some((t) => t.includes('2025年政府信息公开工作年度报告')) && untitledRows.some((t) => t.includes('总计为 28')), JSON.stringify(untitledRows.map((r) => r.slice(0, 40))));
  await focusEditor(page);
  await goToLine(page, 31, 32);
  await shot(page, 'untitled-draft.png');
  // 检查此文档 on it: switched to Plain Text, and a message with what was found.
  await focusEditor(page);
  await runCommand(page, 'report-lint: Check this document / 检查此文档');
  const found = await toast(page, '个错误').catch(() => undefined);
  await check('检查此文档 says what it found', !!found && found.includes('2 个错误'), found ? found.replace(/^.*report-lint：/, '').slice(0, 60) : '(no message)');
  const langAfter = await waitFor('Plain Text in the status bar', async () => (await text(page, '.statusbar-item[id="status.editor.mode"]')).find((t) => t.includes('Plain Text')), { timeout: 10_000 }).catch(() => '');
  await check('…and set the draft to Plain Text', !!langAfter, langAfter.trim());
  await escapeAll(page);

  // 4. A GB18030 draft: garbled as UTF-8, spotted, reopened as GB18030, then checked.
  await openFile(page, 'gbk-draft.txt');
  const note = await toast(page, 'GB18030').catch(() => undefined);
  await check('gbk-draft.txt: a message says it is a GB18030 report shown as mojibake', !!note, note ? note.slice(0, 80) : '(no notification)');
  await shot(page, 'gbk-reopen.png');
  if (note) {
    await clickByText(page, '.notifications-toasts .notification-toast .monaco-button', '以 GB18030 重新打开');
    const shown = await waitFor('the draft as Chinese text', async () => (await text(page, '.editor-group-container.active .view-line')).join('\n').includes('政府信息公开'), { timeout: 20_000 }).catch(() => false);
    await check('after 以 GB18030 重新打开 the editor shows the Chinese text', shown);
    const enc = (await text(page, '.statusbar-item[id="status.editor.encoding"]'))[0] ?? '';
    await check('the status bar shows the GB18030 encoding', /18030/.test(enc), enc.trim());
    await showProblems(page);
    const gbRows = await waitFor('the reopened draft\'s problems', async () => {
      const r = await problems(page);
      const at = r.findIndex((t) => t.includes('gbk-draft.txt'));
      return at >= 0 && r.slice(at + 1).some((t) => t.includes('总计为 28')) ? r : undefined;
    }, { timeout: 30_000 }).catch(async () => problems(page));
    await check('the reopened GB18030 draft is checked (Problems: gbk-draft.txt, row-total)', gbRows.some((t) => t.includes('gbk-draft.txt')), JSON.stringify(gbRows.map((r) => r.slice(0, 30))));
    await goToLine(page, 31, 32);
    const gbSquiggles = await waitFor('the squiggle on line 31', async () => (await squiggles(page)) || 0, { timeout: 15_000 }).catch(() => 0);
    await check('…with the squiggle on the wrong total', gbSquiggles > 0, `${gbSquiggles} squiggles`);
    await shot(page, 'gbk-reopened.png');
  }

  // 5. The plain-text 表三 snippet keeps its tabs.
  await openFile(page, 'snippet.txt');
  await focusEditor(page);
  await page.keyboard.type('表三', { delay: 30 });
  await retry('the 表三 suggestion', async () => {
    await pressChord(page, 'Control', ' ');
    await waitFor('表三 in the suggestions', async () => (await text(page, '.suggest-widget .monaco-list-row')).some((t) => t.includes('表三')), { timeout: 10_000 });
  });
  await page.keyboard.press('Enter');
  await sleep(500);
  await escapeAll(page);
  await focusEditor(page);
  await pressChord(page, 'Control', 's');
  const inserted = await waitFor('snippet.txt saved', () => {
    const t = readFileSync(join(dirs.ws, 'snippet.txt'), 'utf8');
    return t.includes('自然人') ? t : undefined;
  }, { timeout: 15_000 }).catch(() => readFileSync(join(dirs.ws, 'snippet.txt'), 'utf8'));
  const header = inserted.split('\n').find((l) => l.includes('自然人')) ?? '';
  await check('the 表三 snippet keeps the leading tab of its header rows', header.startsWith('\t自然人\t'), JSON.stringify(header.slice(0, 20)));

  // 6. Last year's report found beside this year's: the cross-year warnings (docs/rules/cross-year.md).
  await escapeAll(page);
  await openFile(page, 'this-year.txt');
  await showProblems(page);
  const against = (rows) => rows.filter((t) => t.includes('上年报告（last-year.txt，2024 年度）'));
  const crossRows = await waitFor('the cross-year problems of this-year.txt', async () => {
    const r = await problems(page);
    return against(r).length >= 2 ? r : undefined;
  }, { timeout: 60_000 }).catch(async () => problems(page));
  await check(
    'this-year.txt: Problems lists two cross-year warnings against last-year.txt beside it (自然人 2 ≠ 3, 总计 3 ≠ 4)',
    against(crossRows).length === 2 && against(crossRows).some((t) => t.includes('「自然人」列为 2')) && against(crossRows).some((t) => t.includes('「总计」列为 3')),
    JSON.stringify(against(crossRows).map((r) => r.slice(0, 60))),
  );
  await documents(page);
}

/** 6. A report's web page linted live, a page that is not a report left alone, and 检查此文件 on a
 *  .docx (explorer context menu) and a .pdf (command palette, the PDF in the active tab). */
async function documents(page) {
  await openFile(page, 'row-total.html');
  // The wrong total is far to the right on its line of the page (the first 28 of 表三): go there,
  // as only the lines and columns in view are drawn.
  const source = readFileSync(join(ROOT, 'fixtures/html/row-total.cms.html'), 'utf8');
  const at28 = source.indexOf('<span>28</span>') + '<span>'.length;
  const before28 = source.slice(0, at28).split('\n');
  await goToLine(page, before28.length, before28.at(-1).length + 1);
  const htmlSquiggles = await waitFor('squiggles in row-total.html', async () => (await squiggles(page)) || 0, { timeout: 30_000 }).catch(() => 0);
  await check('row-total.html (a report page): error squiggles in the HTML, at the 28 of its <td>', htmlSquiggles > 0, `${htmlSquiggles} squiggles`);
  await showProblems(page);
  const htmlRows = await waitFor('row-total.html in Problems', async () => {
    const r = await problems(page);
    const at = r.findIndex((t) => t.includes('row-total.html'));
    return at >= 0 && r.slice(at + 1).some((t) => t.includes('总计为 28')) ? r : undefined;
  }, { timeout: 20_000 }).catch(async () => problems(page));
  await check('Problems lists row-total.html with row-total', htmlRows.some((t) => t.includes('row-total.html')), JSON.stringify(htmlRows.filter((t) => t.includes('.html')).map((r) => r.slice(0, 40))));

  await openFile(page, 'page.html');
  await sleep(3000);
  await check('page.html (no 政府信息公开 … 年度报告 in it): no squiggles', (await squiggles(page)) === 0);

  // The .docx from the explorer's context menu.
  await runCommand(page, 'View: Show Explorer');
  const row = await waitFor('row-total.docx in the explorer', () =>
    page.$$eval('.explorer-folders-view .monaco-list-row', (els) => {
      const el = els.find((e) => (e.textContent ?? '').trim() === 'row-total.docx');
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  await retry('the explorer context menu', async () => {
    await page.mouse.click(row.x, row.y, { button: 'right' });
    await waitFor('检查此文件 in the context menu', async () => (await text(page, '.monaco-menu .action-label')).some((t) => t.includes('检查此文件')), { timeout: 10_000 });
  }, { before: () => escapeAll(page) });
  await clickByText(page, '.monaco-menu .action-item', '检查此文件');
  const docxNote = await toast(page, 'row-total.docx').catch(() => undefined);
  await check('检查此文件 on row-total.docx says what it found', !!docxNote && docxNote.includes('2 个错误'), docxNote ? docxNote.replace(/^.*report-lint：/, '').slice(0, 60) : '(no message)');
  await showProblems(page);
  // By now the list holds every earlier file's problems too, and only the rows in view are in the
  // page: filter it down to the place line of the .docx's problem.
  const docxRows = await filteredProblems(page, '表三 第 4 行', 'row-total.docx.txt', '（表三 第 4 行 第 10 列）');
  await check('Problems lists the .docx\'s extracted view with 表三 第 4 行 第 10 列', docxRows.some((t) => t.includes('表三 第 4 行 第 10 列')), JSON.stringify(docxRows.filter((t) => t.includes('docx') || t.includes('表三')).map((r) => r.slice(0, 50))));
  // Clicking the problem opens the read-only view of the extracted text at the cell.
  await clickByText(page, '.markers-panel .monaco-list-row', '（表三 第 4 行 第 10 列）');
  const viewOpen = await waitFor('the extracted view as the active tab', async () => (await text(page, '.tabs-container .tab.active .label-name')).some((t) => t.includes('row-total.docx.txt')), { timeout: 15_000 }).catch(() => false);
  // The view opens first, then its selection is set: wait for the status bar to show it.
  const selection = async () => (await text(page, '.statusbar-item[id="status.editor.selection"]'))[0] ?? '';
  const at = await waitFor('the selection at line 25', async () => ((await selection()).includes('Ln 25,') ? selection() : undefined), { timeout: 10_000 }).catch(selection);
  // Line 25, the two characters of 28 selected (VS Code's column counts the tabs before it as 4 each).
  await check('clicking it opens row-total.docx.txt at the wrong total (Ln 25, 2 selected)', viewOpen && at.includes('Ln 25,') && at.includes('(2 selected)'), at.trim());
  const lines = (await text(page, '.editor-group-container.active .view-line')).join('\n');
  await check('…showing the text read from the .docx', lines.includes('本年新收政府信息公开申请数量'));
  await focusEditor(page);
  await page.keyboard.type('x');
  await sleep(300);
  const readOnly = !(await text(page, '.editor-group-container.active .view-line')).join('\n').includes('x本年') && !(await text(page, '.tabs-container .tab.active')).some((t) => t.includes('●'));
  await check('…read-only (typing changes nothing)', readOnly);
  await shot(page, 'check-file.png');

  // The .pdf from the command palette, with the PDF as the active tab.
  await openFile(page, 'row-total.pdf');
  await sleep(1000);
  await runCommand(page, 'report-lint: Check this file (.docx, .pdf) / 检查此文件');
  const pdfNote = await toast(page, 'row-total.pdf').catch(() => undefined);
  await check('检查此文件 from the palette on the open row-total.pdf says what it found', !!pdfNote && pdfNote.includes('2 个错误'), pdfNote ? pdfNote.replace(/^.*report-lint：/, '').slice(0, 60) : '(no message)');
  await showProblems(page);
  // The list holds every file's problems by now, each with its place as a line under it: filter it
  // down to the PDF's (only the rows in view are in the page).
  const pdfRows = await filteredProblems(page, '第 1 页', 'row-total.pdf.txt', '（第 1 页）');
  await check('Problems lists the .pdf\'s extracted view with 第 1 页', pdfRows.some((t) => t.includes('row-total.pdf.txt')) && pdfRows.some((t) => t.includes('（第 1 页）')), JSON.stringify(pdfRows.filter((t) => t.includes('pdf') || t.includes('页')).map((r) => r.slice(0, 50))));
}

const watchdog = setTimeout(() => {
  process.stderr.write('test:vscode: gave up after 20 minutes\n');
  process.exit(1);
}, 20 * 60_000);
watchdog.unref();

main()
  .then(() => {
    if (failures.length) {
      process.stdout.write(`\ntest:vscode: ${failures.length} failed\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
      process.exit(1);
    }
    log('test:vscode: all checks passed');
  })
  .catch((err) => {
    process.stderr.write(`test:vscode: ${err.stack ?? err}\n`);
    process.exit(1);
  });
