/** The `reportLint` settings (workspace/configuration) and the `.reportlintrc.json` they are
 *  merged onto. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, findConfigFile, loadConfigFile, mergeConfigs, ruleById, type Config, type RuleLevel } from '@report-lint/core';

export interface Settings {
  enable: boolean;
  /** Rule id → level, on top of the nearest config file. */
  rules: Record<string, RuleLevel>;
  force: boolean;
  /** Delay between the last change and the lint. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, force: false, debounceMs: 150 };

const LEVELS = new Set(['error', 'warning', 'info', 'off']);

/** Reads whatever the client sent, keeping only well-formed values. */
export function normalizeSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const s: Settings = { ...base, rules: { ...base.rules } };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.force === 'boolean') s.force = r.force;
  if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0) s.debounceMs = Math.min(r.debounceMs, 10_000);
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      const rule = ruleById(id);
      if (!rule) continue;
      if (level === false) s.rules[id] = 'off';
      else if (level === true) s.rules[id] = rule.meta.defaultSeverity;
      else if (typeof level === 'string' && LEVELS.has(level)) s.rules[id] = level as RuleLevel;
    }
  }
  return s;
}

/** The file system path of a `file:` URI, or undefined (untitled, other schemes, garbage). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export interface ResolvedConfig {
  config: Config;
  /** The config file used, if any. */
  file?: string;
  /** Set when the nearest config file could not be used. */
  error?: ConfigError;
}

/** Finds and loads config files, caching by directory until `clear()` (a watched file changed). */
export class ConfigResolver {
  private byDir = new Map<string, string | undefined>();
  private byFile = new Map<string, { config?: Config; error?: ConfigError }>();

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  forPath(filePath: string | undefined): ResolvedConfig {
    if (!filePath) return { config: {} };
    const dir = dirname(filePath);
    let file = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      file = findConfigFile(dir);
      this.byDir.set(dir, file);
    }
    if (!file) return { config: {} };
    let loaded = this.byFile.get(file);
    if (!loaded) {
      try {
        loaded = { config: loadConfigFile(file) };
      } catch (err) {
        const error = err instanceof ConfigError ? err : new ConfigError(file, (err as Error).message);
        loaded = { error };
      }
      this.byFile.set(file, loaded);
    }
    return loaded.error ? { config: {}, file, error: loaded.error } : { config: loaded.config!, file };
  }
}

/** Lint options for a document: the config file's rules, then the settings' rules on top. */
export function effectiveConfig(fileConfig: Config, settings: Settings): { rules: Record<string, RuleLevel>; force: boolean } {
  const merged = mergeConfigs(fileConfig, { rules: settings.rules });
  return { rules: merged.rules ?? {}, force: settings.force || merged.force === true };
}
