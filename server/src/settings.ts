/** The `reportLint` settings (workspace/configuration) and the `.reportlintrc.json` they are
 *  merged onto. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigFiles, mergeConfigs, ruleById, ruleLevelOf, type Config, type ConfigError, type RuleLevel } from '@report-lint/core';

export interface Settings {
  enable: boolean;
  /** Rule id → level, on top of the nearest config file. */
  rules: Record<string, RuleLevel>;
  force: boolean;
  /** Delay between the last change and the lint. */
  debounceMs: number;
  /** Last year's report for cross-year (absolute, or relative to the document's folder); empty:
   *  the report beside the document of the same body and the year before. */
  previousReport: string;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, force: false, debounceMs: 150, previousReport: '' };

/** Reads whatever the client sent, keeping only well-formed values. */
export function normalizeSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const s: Settings = { ...base, rules: { ...base.rules } };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.force === 'boolean') s.force = r.force;
  if (typeof r.previousReport === 'string') s.previousReport = r.previousReport.trim();
  if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0) s.debounceMs = Math.min(r.debounceMs, 10_000);
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      const rule = ruleById(id);
      const resolved = rule && ruleLevelOf(rule, level);
      if (resolved) s.rules[id] = resolved;
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

/** The config file that applies to a document, cached until `clear()` (a watched file changed). */
export class ConfigResolver {
  private readonly files = new ConfigFiles();

  clear(): void {
    this.files.clear();
  }

  forPath(filePath: string | undefined): ResolvedConfig {
    if (!filePath) return { config: {} };
    const { file, config, error } = this.files.nearest(dirname(filePath));
    if (!file) return { config: {} };
    return error ? { config: {}, file, error } : { config: config!, file };
  }
}

/** Lint options for a document: the config file's rules, then the settings' rules on top. */
export function effectiveConfig(fileConfig: Config, settings: Settings): { rules: Record<string, RuleLevel>; ruleOptions?: Record<string, unknown>; force: boolean } {
  const merged = mergeConfigs(fileConfig, { rules: settings.rules });
  return { rules: merged.rules ?? {}, ...(merged.ruleOptions ? { ruleOptions: merged.ruleOptions } : {}), force: settings.force || merged.force === true };
}
