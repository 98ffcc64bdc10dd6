/** `.reportlintrc.json`: found upward from a file, validated, merged. Shared by the CLI and the server. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleLevel } from './types';
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
      if (level === false) config.rules[id] = 'off';
      else if (level === true) config.rules[id] = rule.meta.defaultSeverity;
      else if (typeof level === 'string' && LEVELS.has(level)) config.rules[id] = level as RuleLevel;
      else throw new ConfigError(file, `规则 “${id}” 的级别 ${JSON.stringify(level)} 无效（可用：error、warning、info、off）`);
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
