/** Which configuration applies to a file: --no-config, --config (with what it extends), or the
 *  cascade of .reportlintrc.json files from the file's folder up to the project's top (looked up
 *  once per directory), then --rule and --force. */
import { dirname } from 'node:path';
import { ConfigFiles, defaultLevel, loadConfig, mergeConfigs, rules, type LoadedConfig, type RuleLevel } from '@report-lint/core';
import type { CliOptions } from './args';

export interface EffectiveConfig {
  rules: Record<string, RuleLevel>;
  /** Rule id → options, from `"rule-id": [level, options]` in a config file. */
  ruleOptions: Record<string, unknown>;
  force: boolean;
  /** The files it came from, in the order they apply (for --print-config). */
  sources: string[];
}

export class ConfigResolver {
  private readonly files = new ConfigFiles();
  private readonly explicit?: LoadedConfig;

  /** Throws ConfigError for an unusable --config file. */
  constructor(private readonly options: Pick<CliOptions, 'config' | 'noConfig' | 'rules' | 'force'>) {
    if (options.config) this.explicit = loadConfig(options.config);
  }

  /** Throws ConfigError when a discovered config is unusable. */
  resolve(filePath: string): EffectiveConfig {
    let found: LoadedConfig | undefined;
    if (this.options.noConfig) found = undefined;
    else if (this.explicit) found = this.explicit;
    else {
      const nearest = this.files.nearest(dirname(filePath));
      if (nearest.error) throw nearest.error;
      if (nearest.config) found = { config: nearest.config, files: nearest.files ?? [] };
    }
    // The command line wins over any file.
    const merged = mergeConfigs(found?.config, { rules: this.options.rules, ...(this.options.force ? { force: true } : {}) });
    return { rules: merged.rules ?? {}, ruleOptions: merged.ruleOptions ?? {}, force: !!merged.force, sources: found?.files ?? [] };
  }
}

/** Every rule with the level it will run at, for --print-config. */
export function describeConfig(config: EffectiveConfig): object {
  return {
    configFiles: config.sources,
    force: config.force,
    rules: Object.fromEntries(
      rules.map((r) => {
        const level = config.rules[r.meta.id] ?? defaultLevel(r.meta);
        return [r.meta.id, r.meta.id in config.ruleOptions ? [level, config.ruleOptions[r.meta.id]] : level];
      }),
    ),
  };
}
