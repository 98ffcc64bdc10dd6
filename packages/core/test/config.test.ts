import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ConfigFiles, findConfigFile, loadConfig, loadConfigFile, mergeConfigs, ruleById, ruleLevelOf, validateConfig } from '../src';

describe('.reportlintrc.json', () => {
  it('is found in the directory of the file or above it', () => {
    const root = mkdtempSync(join(tmpdir(), 'rl-config-'));
    const deep = join(root, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    expect(findConfigFile(deep)).toBeUndefined();
    writeFileSync(join(root, '.reportlintrc.json'), '\uFEFF{"rules": {"fee-statement": "off", "narrative-sum": true}}');
    expect(findConfigFile(deep)).toBe(join(root, '.reportlintrc.json'));
    expect(loadConfigFile(join(root, '.reportlintrc.json'))).toEqual({ rules: { 'fee-statement': 'off', 'narrative-sum': 'warning' } });
  });

  it.each([
    [[], '配置必须是一个 JSON 对象'],
    [{ rule: {} }, '未知的配置项 “rule”'],
    [{ rules: { 'no-such-rule': 'off' } }, '未知的规则 “no-such-rule”'],
    [{ rules: { balance: 'fatal' } }, '规则 “balance” 的级别 "fatal" 无效'],
    [{ force: 'yes' }, '“force” 必须是 true 或 false'],
  ])('rejects %j with a message naming the problem', (value, message) => {
    expect(() => validateConfig(value, 'x.json')).toThrow(ConfigError);
    expect(() => validateConfig(value, 'x.json')).toThrow(message);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rl-config-')), '.reportlintrc.json');
    writeFileSync(file, '{"rules": ');
    expect(() => loadConfigFile(file)).toThrow(`${file}: 不是有效的 JSON`);
  });

  it('merges rule by rule, later configs winning', () => {
    expect(mergeConfigs({ rules: { balance: 'off', 'row-total': 'warning' } }, undefined, { rules: { balance: 'error' }, force: true })).toEqual({
      rules: { balance: 'error', 'row-total': 'warning' },
      force: true,
    });
  });

  it('reads a level as config files, settings and --rule do: names, false for off, true for the default', () => {
    const balance = ruleById('balance')!;
    expect(['warning', false, true, 'fatal', 1].map((v) => ruleLevelOf(balance, v))).toEqual(['warning', 'off', 'error', undefined, undefined]);
  });

  it('finds and loads the nearest config once per directory, keeping the error of an unusable one, until cleared', () => {
    const root = mkdtempSync(join(tmpdir(), 'rl-config-'));
    const files = new ConfigFiles();
    expect(files.nearest(root)).toEqual({});
    writeFileSync(join(root, '.reportlintrc.json'), '{"rules": {"balance": "off"}}');
    expect(files.nearest(root)).toEqual({}); // cached until cleared
    files.clear();
    expect(files.nearest(root)).toEqual({ file: join(root, '.reportlintrc.json'), files: [join(root, '.reportlintrc.json')], config: { rules: { balance: 'off' } } });
    writeFileSync(join(root, '.reportlintrc.json'), '{"rules": 1}');
    files.clear();
    const { file, error } = files.nearest(root);
    expect(file).toBe(join(root, '.reportlintrc.json'));
    expect(error).toBeInstanceOf(ConfigError);
  });
});

/** A folder tree under a fresh temporary folder: path → file contents (objects as JSON). */
function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-cascade-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}
const RC = '.reportlintrc.json';

describe('cascade from parent folders', () => {
  it('applies every config from the folder up, the nearer winning rule by rule', () => {
    const root = tree({ [RC]: { rules: { balance: 'off', 'row-total': 'warning' }, force: true }, [`a/b/${RC}`]: { rules: { balance: 'info' } } });
    const found = new ConfigFiles().nearest(join(root, 'a', 'b'));
    expect(found.files).toEqual([join(root, RC), join(root, 'a', 'b', RC)]);
    expect(found.file).toBe(join(root, 'a', 'b', RC));
    expect(found.config).toEqual({ rules: { balance: 'info', 'row-total': 'warning' }, force: true });
  });

  it('stops at "root": true', () => {
    const root = tree({ [RC]: { rules: { balance: 'off' } }, [`a/${RC}`]: { root: true, rules: { 'row-total': 'off' } }, 'a/b/x.txt': '' });
    const found = new ConfigFiles().nearest(join(root, 'a', 'b'));
    expect(found.files).toEqual([join(root, 'a', RC)]);
    expect(found.config).toEqual({ rules: { 'row-total': 'off' } });
  });

  it.each(['.git', 'package.json'])('stops at the project top: a folder holding %s (a config above it never applies)', (marker) => {
    const root = tree({ [RC]: { rules: { balance: 'off' } }, [`project/${marker === '.git' ? '.git/HEAD' : marker}`]: marker === '.git' ? 'ref: refs/heads/main\n' : '{}', 'project/reports/x.txt': '' });
    const files = new ConfigFiles();
    expect(files.nearest(join(root, 'project', 'reports'))).toEqual({});
    expect(findConfigFile(join(root, 'project', 'reports'))).toBeUndefined();
    // The project's own config, in its top folder, still applies.
    writeFileSync(join(root, 'project', RC), JSON.stringify({ rules: { 'row-total': 'off' } }));
    files.clear();
    expect(files.nearest(join(root, 'project', 'reports')).files).toEqual([join(root, 'project', RC)]);
  });

  it('a config above the project applies when a config inside extends it', () => {
    const root = tree({ 'shared.json': { rules: { balance: 'off' } }, 'project/package.json': '{}', [`project/${RC}`]: { extends: '../shared.json', rules: { 'row-total': 'off' } } });
    const found = new ConfigFiles().nearest(join(root, 'project'));
    expect(found.files).toEqual([join(root, 'shared.json'), join(root, 'project', RC)]);
    expect(found.config).toEqual({ rules: { balance: 'off', 'row-total': 'off' } });
  });

  it('an unusable config anywhere in the cascade is the error of the folders below it', () => {
    const root = tree({ [RC]: '{"rules": 1}', 'a/b/x.txt': '' });
    const found = new ConfigFiles().nearest(join(root, 'a', 'b'));
    expect(found.error).toBeInstanceOf(ConfigError);
    expect(found.file).toBe(join(root, RC));
  });
});

describe('extends', () => {
  it('a relative file: its rules first, the extending file winning; an array in order', () => {
    const root = tree({ 'base.json': { rules: { balance: 'off', 'row-total': 'off' }, force: true }, 'more.json': { rules: { 'row-total': 'info' } }, [RC]: { extends: ['./base.json', './more.json'], rules: { balance: 'warning' } } });
    expect(loadConfig(join(root, RC))).toEqual({
      config: { rules: { balance: 'warning', 'row-total': 'info' }, force: true },
      files: [join(root, 'base.json'), join(root, 'more.json'), join(root, RC)],
    });
  });

  it('a package found in node_modules: its JSON main, or a JSON file inside it', () => {
    const root = tree({
      'node_modules/@acme/report-lint-config/package.json': { name: '@acme/report-lint-config', main: 'config.json' },
      'node_modules/@acme/report-lint-config/config.json': { rules: { 'fee-statement': 'off' } },
      'node_modules/@acme/report-lint-config/strict.json': { rules: { 'narrative-sum': 'error' } },
      [RC]: { extends: ['@acme/report-lint-config', '@acme/report-lint-config/strict.json'] },
    });
    expect(loadConfigFile(join(root, RC))).toEqual({ rules: { 'fee-statement': 'off', 'narrative-sum': 'error' } });
  });

  it('"root" of an extended file does not end the cascade of the file extending it', () => {
    const root = tree({ [RC]: { rules: { balance: 'off' } }, 'a/base.json': { root: true }, [`a/${RC}`]: { extends: './base.json' } });
    expect(new ConfigFiles().nearest(join(root, 'a')).files).toEqual([join(root, RC), join(root, 'a', 'base.json'), join(root, 'a', RC)]);
  });

  it.each([
    [{ extends: './missing.json' }, '“extends” 指向的文件不存在：./missing.json'],
    [{ extends: 'no-such-report-lint-config' }, '“extends” 找不到包 “no-such-report-lint-config”'],
    [{ extends: 3 }, '“extends” 必须是一个路径或包名'],
  ])('rejects %j naming the file and the problem', (config, message) => {
    const root = tree({ [RC]: config });
    expect(() => loadConfigFile(join(root, RC))).toThrow(ConfigError);
    expect(() => loadConfigFile(join(root, RC))).toThrow(`${join(root, RC)}: ${message}`);
  });

  it('rejects a package that leads to code rather than JSON', () => {
    const root = tree({ [RC]: { extends: 'jsmain' }, 'node_modules/jsmain/package.json': { main: 'index.js' }, 'node_modules/jsmain/index.js': '' });
    expect(() => loadConfigFile(join(root, RC))).toThrow('而不是 JSON 配置文件');
  });

  it('rejects a cycle, naming the files in it', () => {
    const root = tree({ 'a.json': { extends: './b.json' }, 'b.json': { extends: './a.json' } });
    expect(() => loadConfigFile(join(root, 'a.json'))).toThrow(`“extends” 形成循环：${join(root, 'a.json')} → ${join(root, 'b.json')} → ${join(root, 'a.json')}`);
  });
});
