/** `.reportlintrc.json`: found upward from a file, validated, merged. Shared by the CLI and the server. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Rule, RuleLevel } from './types';
import { ruleById } from './rules';

export const CONFIG_FILE_NAME = '.reportlintrc.json';

export interface Config {
  /** Rule id → level ('error' | 'warning' | 'info' | 'off'); `false` means off, `true` the default. */
  rules?: Record<string, RuleLevel>;
  /** Lint documents even when they do not look like an annual report. */
  force?: boolean;
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

/** The level a configured value stands for: a level name, `false` (off) or `true` (the rule's
 *  default); undefined for anything else. Config files, editor settings and `--rule` share it. */
export function ruleLevelOf(rule: Rule, value: unknown): RuleLevel | undefined {
  if (value === false) return 'off';
  if (value === true) return rule.meta.defaultSeverity;
  return typeof value === 'string' && LEVELS.has(value) ? (value as RuleLevel) : undefined;
}

/** Checks a parsed config object; throws ConfigError naming the first problem. */
export function validateConfig(value: unknown, file: string): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(file, '配置必须是一个 JSON 对象');
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'force' && key !== '$schema') throw new ConfigError(file, `未知的配置项 “${key}”（可用：rules、force）`);
  }
  const config: Config = {};
  if (raw.force !== undefined) {
    if (typeof raw.force !== 'boolean') throw new ConfigError(file, '“force” 必须是 true 或 false');
    config.force = raw.force;
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) throw new ConfigError(file, '“rules” 必须是对象，如 {"fee-statement": "off"}');
    config.rules = {};
    for (const [id, level] of Object.entries(raw.rules as Record<string, unknown>)) {
      const rule = ruleById(id);
      if (!rule) throw new ConfigError(file, `未知的规则 “${id}”`);
      const resolved = ruleLevelOf(rule, level);
      if (!resolved) throw new ConfigError(file, `规则 “${id}” 的级别 ${JSON.stringify(level)} 无效（可用：error、warning、info、off）`);
      config.rules[id] = resolved;
    }
  }
  return config;
}

export function loadConfigFile(file: string): Config {
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

/** The nearest `.reportlintrc.json` in `dir` or above it, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The nearest config file of a directory: its path and contents, or why it cannot be used. */
export interface NearestConfig {
  file?: string;
  config?: Config;
  error?: ConfigError;
}

/** Finds and loads config files, once per directory and once per file, until `clear()` (the
 *  language server clears it when a config file changes). Used by the CLI and the server. */
export class ConfigFiles {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, NearestConfig>();

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  nearest(dir: string): NearestConfig {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    const file = this.byDir.get(dir);
    if (!file) return {};
    let loaded = this.byFile.get(file);
    if (!loaded) {
      try {
        loaded = { file, config: loadConfigFile(file) };
      } catch (err) {
        loaded = { file, error: err instanceof ConfigError ? err : new ConfigError(file, (err as Error).message) };
      }
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}

/** Later configs win, rule by rule. */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const merged: Config = { rules: {} };
  for (const c of configs) {
    if (!c) continue;
    if (c.force !== undefined) merged.force = c.force;
    Object.assign(merged.rules!, c.rules ?? {});
  }
  return merged;
}
