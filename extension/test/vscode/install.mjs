// Installs the tools of the real VS Code test into one folder outside the repository:
// code-server 4.100.3 (VS Code 1.100.3, the last release for Node 20) and puppeteer-core.
//
// `npm install -g code-server` does not work here, so its steps are done one by one:
// - npm 11 runs no dependency install scripts, and code-server's postinstall (which refuses root
//   without --unsafe-perm) runs a nested `npm install` that inherits the outer one's global prefix;
//   so: `npm pack` the release, unpack it, `npm install --ignore-scripts` in it, lib/vscode and
//   lib/vscode/extensions, then do the postinstall's symlinks;
// - the native modules (argon2, @vscode/spdlog, node-pty, native-watchdog, @vscode/deviceid) are
//   built with npm's own node-gyp against Node's headers (nodedir /usr; npm_config_yes=true for
//   node-pty's build, which calls npx);
// - @vscode/ripgrep would download its binary from GitHub: Debian's ripgrep is linked in instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const PUPPETEER_VERSION = '25.16.0';
const NATIVE = ['@vscode/spdlog', 'node-pty', 'native-watchdog', '@vscode/deviceid'];

const log = (s) => process.stdout.write(`[install] ${s}\n`);

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts, env: cleanEnv(opts.env) });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd ?? process.cwd()}) exited ${r.status}\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
  return r.stdout;
}

/** The environment without an outer npm's settings (npm run sets npm_config_*; a nested npm
 *  would install globally or into the repository). */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function nodeGyp() {
  const npmRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', env: cleanEnv() }).trim();
  const gyp = join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(gyp)) throw new Error(`node-gyp not found at ${gyp}`);
  return gyp;
}

/** Node's headers for node-gyp: the system's (Debian's nodejs-dev puts them in /usr/include/node). */
function nodedirArgs() {
  return existsSync('/usr/include/node/node_api.h') ? ['--nodedir=/usr'] : [];
}

/** Returns { codeServer: entry.js path, puppeteer: the loaded puppeteer-core }. */
export async function install(toolsDir, { fresh = false } = {}) {
  const csDir = join(toolsDir, `code-server-${CODE_SERVER_VERSION}`);
  const marker = join(csDir, '.installed');
  if (fresh) rmSync(toolsDir, { recursive: true, force: true });
  mkdirSync(toolsDir, { recursive: true });

  if (!existsSync(marker)) {
    rmSync(csDir, { recursive: true, force: true });
    const t0 = Date.now();
    log(`code-server ${CODE_SERVER_VERSION}: npm pack`);
    const tgz = sh('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], { cwd: toolsDir }).trim().split('\n').pop();
    const unpack = join(toolsDir, 'unpack');
    rmSync(unpack, { recursive: true, force: true });
    mkdirSync(unpack);
    sh('tar', ['xzf', join(toolsDir, tgz), '-C', unpack]);
    cpSync(join(unpack, 'package'), csDir, { recursive: true });
    rmSync(unpack, { recursive: true, force: true });
    rmSync(join(toolsDir, tgz), { force: true });
    const npmArgs = ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'];
    for (const dir of [csDir, join(csDir, 'lib/vscode'), join(csDir, 'lib/vscode/extensions')]) {
      log(`npm install --ignore-scripts in ${dir.slice(csDir.length) || '/'}`);
      sh('npm', npmArgs, { cwd: dir });
    }
    const gyp = nodeGyp();
    const vsModules = join(csDir, 'lib/vscode/node_modules');
    for (const m of NATIVE) {
      log(`node-gyp rebuild ${m}`);
      sh(process.execPath, [gyp, 'rebuild', '-j', '2', ...nodedirArgs()], { cwd: join(vsModules, m), env: { npm_config_yes: 'true' } });
    }
    // argon2 (password hashing; loaded at start even with --auth none) is a node-pre-gyp module.
    log('node-gyp rebuild argon2');
    const argon2 = join(csDir, 'node_modules/argon2');
    sh(process.execPath, [gyp, 'rebuild', '-j', '2', ...nodedirArgs(), '--module_name=argon2', `--module_path=${join(argon2, 'lib/binding/napi-v3')}`, '--napi_build_version=3'], { cwd: argon2 });
    // ripgrep: Debian's binary where @vscode/ripgrep would have downloaded one.
    const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find(existsSync);
    if (!rg) throw new Error('ripgrep is missing: apt-get install -y ripgrep');
    mkdirSync(join(vsModules, '@vscode/ripgrep/bin'), { recursive: true });
    rmSync(join(vsModules, '@vscode/ripgrep/bin/rg'), { force: true });
    symlinkSync(rg, join(vsModules, '@vscode/ripgrep/bin/rg'));
    // The postinstall's links.
    rmSync(join(csDir, 'lib/vscode/node_modules.asar'), { force: true });
    symlinkSync('node_modules', join(csDir, 'lib/vscode/node_modules.asar'));
    for (const [dir, from, to] of [
      ['bin/remote-cli', 'code-linux.sh', 'code-server'],
      ['bin/helpers', 'browser-linux.sh', 'browser.sh'],
    ]) {
      const link = join(csDir, 'lib/vscode', dir, to);
      rmSync(link, { force: true });
      symlinkSync(from, link);
    }
    writeFileSync(marker, `${new Date().toISOString()}\n`);
    log(`code-server installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  } else {
    log(`code-server ${CODE_SERVER_VERSION}: already in ${csDir}`);
  }

  const ppDir = join(toolsDir, 'puppeteer');
  const ppPkg = join(ppDir, 'node_modules/puppeteer-core/package.json');
  if (!existsSync(ppPkg) || JSON.parse(readFileSync(ppPkg, 'utf8')).version !== PUPPETEER_VERSION) {
    log(`puppeteer-core ${PUPPETEER_VERSION}`);
    mkdirSync(ppDir, { recursive: true });
    writeFileSync(join(ppDir, 'package.json'), JSON.stringify({ name: 'report-lint-vscode-test-tools', private: true }));
    sh('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `puppeteer-core@${PUPPETEER_VERSION}`], { cwd: ppDir });
  }
  const require = createRequire(join(ppDir, 'package.json'));
  const puppeteer = (await import(require.resolve('puppeteer-core'))).default;
  return { codeServer: join(csDir, 'out/node/entry.js'), puppeteer };
}
