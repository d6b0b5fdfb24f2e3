import { dirname } from 'node:path';
import { builtinRules } from '../../rules/metadata.js';
import { presets, type PresetName } from '../../rules/presets.js';
import { UserError } from '../errors.js';
import { RuleSet, type RuleLookup } from '../rule/rule-set.js';
import type { LanguageSetting, Severity } from '../rule/types.js';
import type { LoadedConfig } from './load.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import type { LoadedUnifiedPlugin } from './unified-plugins.js';
import type { HealthlintConfig, RuleSetting } from './validate.js';

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
}

/** The effective configuration for one file: preset, then config file, then command-line overrides. */
export interface ResolvedConfig {
  preset: PresetName;
  language: LanguageSetting;
  rules: Map<string, RuleConfig>;
  /** Folder against which relative paths in options (a dictionary file) resolve. */
  baseDirectory: string;
  /** The config file used, if any. */
  configPath?: string;
  /** The plugins loaded for this config (its own, then `--plugin`s). */
  plugins: readonly LoadedPlugin[];
  /** The unified lint plugins it runs after healthlint's rules, their messages named `<plugin>/<ruleId>`. */
  unifiedPlugins: readonly LoadedUnifiedPlugin[];
  /** Every rule this config can run: the built-ins, then its plugins' rules (ESLint's `rulesMeta`). */
  ruleSet: RuleLookup;
}

export interface ConfigOverrides {
  preset?: PresetName;
  language?: LanguageSetting;
  rules?: Record<string, RuleSetting>;
  /** Plugins from the command line (`--plugin`), resolved from `cwd`. */
  plugins?: string[];
  /** `--tentative`: turn on the `tentative` option of every rule that has one. */
  tentative?: boolean;
}

export function resolveConfig(
  loaded: LoadedConfig | undefined,
  overrides: ConfigOverrides = {},
  cwd = process.cwd(),
): ResolvedConfig {
  const config: HealthlintConfig = loaded?.config ?? {};
  const preset = overrides.preset ?? config.preset ?? 'recommended';
  const plugins = [
    ...(config.plugins ?? []),
    ...(overrides.plugins ?? []).map((name) => loadPlugin(name, cwd, 'given with --plugin')),
  ].filter((plugin, index, all) => all.findIndex((other) => other.path === plugin.path) === index);
  const ruleSet = new RuleSet(builtinRules);
  for (const plugin of plugins) ruleSet.add(plugin.rules);
  const resolved: ResolvedConfig = {
    preset,
    language: overrides.language ?? config.language ?? 'auto',
    rules: new Map(),
    baseDirectory: loaded?.path ? dirname(loaded.path) : cwd,
    ...(loaded?.path ? { configPath: loaded.path } : {}),
    plugins,
    unifiedPlugins: config.unifiedPlugins ?? [],
    ruleSet,
  };
  const apply = (settings: Record<string, RuleSetting> | undefined): void => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      const previous = resolved.rules.get(id);
      resolved.rules.set(id, { severity, options: options ?? previous?.options ?? {} });
    }
  };
  apply(presets[preset]);
  apply(config.rules);
  apply(overrides.rules);
  if (overrides.tentative) {
    for (const [id, setting] of resolved.rules) {
      if (ruleSet.get(id)?.definition.tentative) setting.options = { ...setting.options, tentative: true };
    }
  }
  for (const id of resolved.rules.keys()) {
    if (!ruleSet.has(id)) {
      throw new UserError(
        `Unknown rule \`${id}\`${loaded?.path ? ` in ${loaded.path}` : ''}: no loaded plugin defines it (add the plugin to \`plugins\` or pass --plugin)`,
      );
    }
  }
  for (const rule of ruleSet) {
    if (!resolved.rules.has(rule.definition.id))
      resolved.rules.set(rule.definition.id, { severity: 'off', options: {} });
  }
  return resolved;
}

/** The effective config as a plain object, for `--print-config`. */
export function describeConfig(config: ResolvedConfig): Record<string, unknown> {
  return {
    ...(config.configPath ? { configFile: config.configPath } : {}),
    preset: config.preset,
    language: config.language,
    ...(config.plugins.length > 0
      ? { plugins: config.plugins.map(({ name, version, path }) => ({ name, version, path })) }
      : {}),
    ...(config.unifiedPlugins.length > 0
      ? {
          unifiedPlugins: config.unifiedPlugins.map(({ specifier, name, version, path, tree, options }) => ({
            specifier,
            name,
            version,
            path,
            tree,
            ...(options === undefined ? {} : { options }),
          })),
        }
      : {}),
    rules: Object.fromEntries(
      [...config.rules].map(([id, { severity, options }]) => [
        id,
        Object.keys(options).length ? [severity, options] : severity,
      ]),
    ),
  };
}
