/** Which configuration applies to a file: --no-config, --config, or the nearest
 *  .reportlintrc.json above the file (looked up once per directory), then --rule and --force. */
import { dirname } from 'node:path';
import { ConfigFiles, loadConfigFile, mergeConfigs, rules, type Config, type RuleLevel } from '@report-lint/core';
import type { CliOptions } from './args';

export interface EffectiveConfig {
  rules: Record<string, RuleLevel>;
  force: boolean;
  /** The file it came from, if any (for --print-config). */
  source?: string;
}

export class ConfigResolver {
  private readonly files = new ConfigFiles();
  private readonly explicit?: Config;

  /** Throws ConfigError for an unusable --config file. */
  constructor(private readonly options: Pick<CliOptions, 'config' | 'noConfig' | 'rules' | 'force'>) {
    if (options.config) this.explicit = loadConfigFile(options.config);
  }

  /** Throws ConfigError when the discovered config is unusable. */
  resolve(filePath: string): EffectiveConfig {
    let base: Config | undefined;
    let source: string | undefined;
    if (this.options.noConfig) base = undefined;
    else if (this.explicit) {
      base = this.explicit;
      source = this.options.config;
    } else {
      const nearest = this.files.nearest(dirname(filePath));
      if (nearest.error) throw nearest.error;
      source = nearest.file;
      base = nearest.config;
    }
    // The command line wins over any file.
    const merged = mergeConfigs(base, { rules: this.options.rules, ...(this.options.force ? { force: true } : {}) });
    return { rules: merged.rules ?? {}, force: !!merged.force, ...(source ? { source } : {}) };
  }
}

/** Every rule with the level it will run at, for --print-config. */
export function describeConfig(config: EffectiveConfig): object {
  return {
    ...(config.source ? { configFile: config.source } : {}),
    force: config.force,
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, config.rules[r.meta.id] ?? r.meta.defaultSeverity])),
  };
}
