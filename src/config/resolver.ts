import { dirname, isAbsolute, resolve } from 'node:path';
import { RuleSet, type RuleLookup } from '../rule/rule-set.js';
import { ConfigFinder, loadConfigFile, type LoadedConfig } from './load.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './resolve.js';

export interface LintFilesOptions {
  cwd?: string;
  /** Use this config file for every file instead of discovering one. */
  configFile?: string;
  /** Ignore config files altogether. */
  noConfig?: boolean;
  overrides?: ConfigOverrides;
  maxFileSize?: number;
}

/** Finds the effective config for each file, caching discovered config files and their processors. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly explicit: LoadedConfig | undefined;
  private readonly allRules = new RuleSet();
  /** The folder of the last absolute path asked about, and its config: files come folder by folder. */
  private lastFolder: string | undefined;
  private lastConfig: ResolvedConfig | undefined;

  constructor(private readonly options: LintFilesOptions = {}) {
    this.explicit = options.configFile
      ? loadConfigFile(resolve(options.cwd ?? process.cwd(), options.configFile))
      : undefined;
  }

  configFor(filePath: string): ResolvedConfig {
    // A run asks for every file's config, often twice (the cache key, then the report); files
    // share folders, so the answer is kept by the folder as given. Only for absolute paths: a
    // relative one depends on the process's working folder, which may change between calls.
    const folder = isAbsolute(filePath) ? dirname(filePath) : undefined;
    if (folder !== undefined && folder === this.lastFolder) return this.lastConfig!;
    const config = this.findConfig(filePath);
    if (folder !== undefined) {
      this.lastFolder = folder;
      this.lastConfig = config;
    }
    return config;
  }

  private findConfig(filePath: string): ResolvedConfig {
    const loaded = this.options.noConfig ? undefined : (this.explicit ?? this.finder.find(filePath));
    const key = loaded?.path ?? '<defaults>';
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(loaded, this.options.overrides, this.options.cwd);
      this.resolved.set(key, config);
      this.allRules.add(config.ruleSet);
    }
    return config;
  }

  /**
   * Every rule of every config resolved so far, for a report that spans files linted with
   * different configs. It grows as configs are found, so a report reads it when it writes a rule.
   */
  get ruleSet(): RuleLookup {
    return this.allRules;
  }

  clear(): void {
    this.lastFolder = undefined;
    this.lastConfig = undefined;
    this.finder.clear();
    this.resolved.clear();
  }
}
