import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, ConfigFiles, findConfigFile, loadConfigFile, mergeConfigs, ruleById, ruleLevelOf, validateConfig } from '../src';

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
    expect(files.nearest(root)).toEqual({ file: join(root, '.reportlintrc.json'), config: { rules: { balance: 'off' } } });
    writeFileSync(join(root, '.reportlintrc.json'), '{"rules": 1}');
    files.clear();
    const { file, error } = files.nearest(root);
    expect(file).toBe(join(root, '.reportlintrc.json'));
    expect(error).toBeInstanceOf(ConfigError);
  });
});
