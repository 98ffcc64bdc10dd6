/** `.reportlintrc.json`: found from a file's folder upward within its project, validated, with
 *  `extends` followed, merged. Shared by the CLI and the language server.
 *
 *  The cascade: every `.reportlintrc.json` from the file's folder up applies, the nearer one winning
 *  rule by rule. The search stops at a config with `"root": true`, and at the project's top folder
 *  (one holding `.git` or `package.json`): a config above the project (a shared /tmp, a CI
 *  workspace's parent) never applies unless a config inside names it in `extends`. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Rule, RuleLevel } from './types';
import { ruleById } from './rules';
import { validateRuleOptions } from './rule-options';

export const CONFIG_FILE_NAME = '.reportlintrc.json';
/** A folder holding one of these is a project's top: the config search goes no higher. */
export const PROJECT_MARKERS = ['.git', 'package.json'];

export interface Config {
  /** Rule id → level ('error' | 'warning' | 'info' | 'off'); `false` means off, `true` the default. */
  rules?: Record<string, RuleLevel>;
  /** Rule id → options, from the ESLint-style `"rule-id": [level, options]`, checked against the
   *  rule's schema. */
  ruleOptions?: Record<string, unknown>;
  /** Lint documents even when they do not look like an annual report. */
  force?: boolean;
  /** Stop the search for configs in parent folders here. */
  root?: boolean;
  /** Configs this one builds on, as written: a path relative to this file (`./base.json`) or a
   *  package (`@org/report-lint-config`, `pkg/strict.json`). Resolved by loadConfigFile. */
  extends?: string[];
}

/** A config file that cannot be used. The CLI turns it into exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

const LEVELS = new Set(['error', 'warning', 'info', 'off']);
const KEYS = ['rules', 'force', 'root', 'extends', '$schema'];

/** The level a configured value stands for: a level name, `false` (off) or `true` (the rule's
 *  default); undefined for anything else. Config files, editor settings and `--rule` share it. */
export function ruleLevelOf(rule: Rule, value: unknown): RuleLevel | undefined {
  if (value === false) return 'off';
  if (value === true) return rule.meta.defaultSeverity;
  return typeof value === 'string' && LEVELS.has(value) ? (value as RuleLevel) : undefined;
}

/** Checks a parsed config object; throws ConfigError naming the first problem. `extends` is kept
 *  as written (see loadConfigFile). */
export function validateConfig(value: unknown, file: string): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(file, '配置必须是一个 JSON 对象');
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) throw new ConfigError(file, `未知的配置项 “${key}”（可用：rules、force、root、extends、$schema）`);
  }
  const config: Config = {};
  for (const key of ['force', 'root'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] !== 'boolean') throw new ConfigError(file, `“${key}” 必须是 true 或 false`);
    config[key] = raw[key];
  }
  if (raw.extends !== undefined) {
    const list = typeof raw.extends === 'string' ? [raw.extends] : raw.extends;
    if (!Array.isArray(list) || list.some((e) => typeof e !== 'string' || !e.trim())) {
      throw new ConfigError(file, '“extends” 必须是一个路径或包名，或它们的数组，如 "./base.json"');
    }
    config.extends = list as string[];
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) throw new ConfigError(file, '“rules” 必须是对象，如 {"fee-statement": "off"}');
    config.rules = {};
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      const rule = ruleById(id);
      if (!rule) throw new ConfigError(file, `未知的规则 “${id}”`);
      // ESLint's form: [level] or [level, options].
      if (Array.isArray(value) && (value.length < 1 || value.length > 2)) {
        throw new ConfigError(file, `规则 “${id}” 的数组应为 [级别] 或 [级别, 选项]，如 ["warning", {…}]（got ${JSON.stringify(value)}）`);
      }
      const [level, options] = Array.isArray(value) ? value : [value];
      const resolved = ruleLevelOf(rule, level);
      if (!resolved) throw new ConfigError(file, `规则 “${id}” 的级别 ${JSON.stringify(level)} 无效（可用：error、warning、info、off）`);
      config.rules[id] = resolved;
      if (Array.isArray(value) && value.length === 2) {
        const problem = validateRuleOptions(rule, options);
        if (problem) throw new ConfigError(file, problem);
        (config.ruleOptions ??= {})[id] = options;
      }
    }
  }
  return config;
}

/** Reads and validates one file, without following `extends`. */
function readConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, `无法读取配置文件（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(file, `不是有效的 JSON：${(err as Error).message}`);
  }
  return validateConfig(parsed, file);
}

/** The file an `extends` entry of `from` names. Packages are found as Node finds them from that
 *  file's folder; they must lead to a JSON file (report-lint runs no code from a config). */
function resolveExtends(spec: string, from: string): string {
  if (spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec)) {
    const target = resolve(dirname(from), spec);
    if (!existsSync(target)) throw new ConfigError(from, `“extends” 指向的文件不存在：${spec}（${target}）`);
    return target;
  }
  let target: string;
  try {
    target = createRequire(from).resolve(spec);
  } catch {
    throw new ConfigError(from, `“extends” 找不到包 “${spec}”（从 ${dirname(from)} 查找 node_modules；相对路径请以 ./ 或 ../ 开头）`);
  }
  if (!target.endsWith('.json')) throw new ConfigError(from, `“extends” 的包 “${spec}” 指向 ${target}，而不是 JSON 配置文件（包的 main 应为 .json 文件，或写明 “${spec}/文件.json”）`);
  return target;
}

/** A config with everything it extends, and the files read, in the order they apply. */
export interface LoadedConfig {
  config: Config;
  files: string[];
}

function loadWithExtends(file: string, chain: string[]): LoadedConfig {
  if (chain.includes(file)) throw new ConfigError(chain[0], `“extends” 形成循环：${[...chain, file].join(' → ')}`);
  const own = readConfigFile(file);
  const parts: LoadedConfig[] = (own.extends ?? []).map((spec) => loadWithExtends(resolveExtends(spec, file), [...chain, file]));
  const { extends: _extends, root, ...settings } = own;
  const config = mergeConfigs(...parts.map((p) => p.config), settings);
  if (!config.rules || !Object.keys(config.rules).length) delete config.rules;
  // `root` belongs to the file that says it: an extended config cannot end its user's cascade.
  if (root !== undefined) config.root = root;
  else delete config.root;
  return { config, files: [...parts.flatMap((p) => p.files), file] };
}

/** A config file with what it extends, the extending file winning. Throws ConfigError. */
export function loadConfig(file: string): LoadedConfig {
  return loadWithExtends(resolve(file), []);
}

/** loadConfig's config alone. */
export function loadConfigFile(file: string): Config {
  return loadConfig(file).config;
}

/** Whether `dir` is a project's top folder (it holds `.git` or `package.json`). */
export const isProjectTop = (dir: string) => PROJECT_MARKERS.some((m) => existsSync(join(dir, m)));

/** The nearest file called `name` in `dir` or above it within the project, or undefined: where
 *  the config file and the suppressions file are looked for. */
export function findInProject(dir: string, name: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current || isProjectTop(current)) return undefined;
    current = parent;
  }
}

/** The nearest `.reportlintrc.json` in `dir` or above it within the project, or undefined. */
export const findConfigFile = (dir: string): string | undefined => findInProject(dir, CONFIG_FILE_NAME);

/** The configs that apply in a folder, merged: the nearest file, every file read (farthest
 *  first, extended files before the file extending them), or why they cannot be used. */
export interface NearestConfig {
  file?: string;
  files?: string[];
  config?: Config;
  error?: ConfigError;
}

/** Finds and loads config files, once per directory and once per file, until `clear()` (the
 *  language server clears it when a config file changes). Used by the CLI and the server. */
export class ConfigFiles {
  private readonly byDir = new Map<string, NearestConfig>();
  private readonly byFile = new Map<string, LoadedConfig | ConfigError>();

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  private load(file: string): LoadedConfig | ConfigError {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      try {
        loaded = loadConfig(file);
      } catch (err) {
        loaded = err instanceof ConfigError ? err : new ConfigError(file, (err as Error).message);
      }
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  /** The cascade for files in `dir`. */
  nearest(dir: string): NearestConfig {
    dir = resolve(dir);
    let found = this.byDir.get(dir);
    if (found) return found;
    const candidate = join(dir, CONFIG_FILE_NAME);
    const own = existsSync(candidate) ? this.load(candidate) : undefined;
    const parent = dirname(dir);
    const last = parent === dir || (own !== undefined && !(own instanceof ConfigError) && own.config.root === true) || isProjectTop(dir);
    const above: NearestConfig = last || own instanceof ConfigError ? {} : this.nearest(parent);
    if (own instanceof ConfigError) found = { file: candidate, error: own };
    else if (above.error) found = above;
    else if (!own) found = above;
    else {
      const config = mergeConfigs(above.config, own.config);
      delete config.root;
      if (!Object.keys(config.rules ?? {}).length) delete config.rules;
      found = { file: candidate, files: [...(above.files ?? []), ...own.files], config };
    }
    this.byDir.set(dir, found);
    return found;
  }
}

/** Later configs win, rule by rule; a later level without options keeps the earlier options (as ESLint). */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const merged: Config = { rules: {} };
  for (const c of configs) {
    if (!c) continue;
    if (c.force !== undefined) merged.force = c.force;
    Object.assign(merged.rules!, c.rules ?? {});
    if (c.ruleOptions) merged.ruleOptions = { ...merged.ruleOptions, ...c.ruleOptions };
  }
  return merged;
}
