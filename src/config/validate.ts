import { dirname, resolve } from 'node:path';
import { builtinRulesById } from '../../rules/metadata.js';
import { presets, type PresetName } from '../../rules/presets.js';
import { UserError } from '../errors.js';
import { editDistance } from '../words/edits.js';
import type { LanguageSetting, Severity } from '../rule/types.js';
import type { HealthlintRule } from '../rule/define-rule.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { checkRuleOptions } from './schema.js';
import { loadUnifiedPlugin, type LoadedUnifiedPlugin, type UnifiedPluginSetting } from './unified-plugins.js';

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** The config file's shape: domain words, not unified's `plugins`/`settings`. */
export interface HealthlintConfig {
  preset?: PresetName;
  language?: LanguageSetting;
  rules?: Record<string, RuleSetting>;
  /** The plugins the config names (`"plugins": ["healthlint-plugin-acme", "./rules/local.js"]`), loaded. */
  plugins?: readonly LoadedPlugin[];
  /** The unified lint plugins it names (`"unifiedPlugins": ["remark-lint-no-duplicate-headings"]`), loaded. */
  unifiedPlugins?: readonly LoadedUnifiedPlugin[];
}

const severityAliases: Record<string, Severity> = {
  off: 'off',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
};

export function parseSeverity(value: unknown): Severity | undefined {
  return typeof value === 'string' || typeof value === 'number' ? severityAliases[String(value)] : undefined;
}

/** Validates a parsed config; every problem names the file, the key and what was expected. */
export function validateConfig(raw: unknown, path: string): HealthlintConfig {
  const fail = (key: string, problem: string): never => {
    throw new UserError(`Invalid config ${path}: \`${key}\` ${problem}`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError(`Invalid config ${path}: expected an object with \`preset\`, \`language\` and \`rules\``);
  }
  const record = raw as Record<string, unknown>;
  const config: HealthlintConfig = {};
  for (const key of Object.keys(record)) {
    if (!['preset', 'language', 'rules', 'plugins', 'unifiedPlugins', '$schema'].includes(key)) {
      fail(key, 'is not a config key, expected `preset`, `language`, `rules`, `plugins` or `unifiedPlugins`');
    }
  }
  const available = new Map<string, HealthlintRule<object>>();
  if (record['plugins'] !== undefined) {
    const names = record['plugins'];
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string' && name.trim() !== '')) {
      fail('plugins', 'should be a list of package names or relative paths');
    }
    config.plugins = (names as string[]).map((name) => loadPlugin(name, dirname(resolve(path)), `named in ${path}`));
    for (const plugin of config.plugins) for (const rule of plugin.rules) available.set(rule.definition.id, rule);
  }
  if (record['unifiedPlugins'] !== undefined) {
    const settings = record['unifiedPlugins'];
    if (!Array.isArray(settings) || !settings.every(isUnifiedPluginSetting)) {
      fail('unifiedPlugins', 'should be a list of package names or relative paths, each alone or as [name, options]');
    }
    config.unifiedPlugins = (settings as UnifiedPluginSetting[]).map((setting) =>
      loadUnifiedPlugin(setting, dirname(resolve(path)), `named in ${path}`),
    );
  }
  if (record['preset'] !== undefined) {
    const preset = record['preset'];
    if (typeof preset !== 'string' || !(preset in presets)) {
      fail('preset', `should be one of ${Object.keys(presets).join(', ')}, got ${JSON.stringify(preset)}`);
    }
    config.preset = preset as PresetName;
  }
  if (record['language'] !== undefined) {
    const language = record['language'];
    if (language !== 'en-US' && language !== 'en-GB' && language !== 'auto') {
      fail('language', `should be "en-US", "en-GB" or "auto", got ${JSON.stringify(language)}`);
    }
    config.language = language as LanguageSetting;
  }
  if (record['rules'] !== undefined) {
    const rulesValue = record['rules'];
    if (rulesValue === null || typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
      fail('rules', 'should be an object of rule ids');
    }
    config.rules = {};
    for (const [id, setting] of Object.entries(rulesValue as Record<string, unknown>)) {
      config.rules[id] = validateRuleSetting(id, setting, (problem) => fail(`rules.${id}`, problem), available);
      const options = Array.isArray(setting) ? (setting[1] as Record<string, unknown> | undefined) : undefined;
      const rule = builtinRulesById.get(id) ?? available.get(id);
      const files = options && rule?.definition.checkOptionFiles?.(options, dirname(resolve(path)));
      if (files) fail(`rules.${id}`, files);
    }
  }
  return config;
}

function isUnifiedPluginSetting(value: unknown): boolean {
  const name = Array.isArray(value) && value.length >= 1 && value.length <= 2 ? value[0] : value;
  return typeof name === 'string' && name.trim() !== '';
}

/**
 * Checks one rule's setting. `plugins` are the rules of the plugins this config loads; a plugin
 * rule id (`acme/rule`) that no such plugin defines may still be defined by a `--plugin` or
 * another config, and is checked when the config is resolved.
 */
export function validateRuleSetting(
  id: string,
  setting: unknown,
  fail: (problem: string) => never,
  plugins: ReadonlyMap<string, HealthlintRule<object>> = new Map(),
): RuleSetting {
  const rule = builtinRulesById.get(id) ?? plugins.get(id);
  if (!rule && !id.includes('/')) {
    const suggestion = closestRuleId(id);
    fail(
      `is not a healthlint rule${suggestion ? `, did you mean \`${suggestion}\`?` : ''} (run \`healthlint --list-rules\`)`,
    );
  }
  const [severityValue, options] = Array.isArray(setting) ? setting : [setting, undefined];
  const severity = parseSeverity(severityValue);
  if (!severity)
    fail(`should be "off", "warn" or "error" (or [severity, options]), got ${JSON.stringify(severityValue)}`);
  if (Array.isArray(setting) && setting.length > 2) fail('should be [severity] or [severity, options]');
  if (options === undefined) return severity as Severity;
  const problem = checkRuleOptions(id, options, rule?.definition.optionsSchema);
  if (problem) fail(`has bad options: ${problem}`);
  return [severity as Severity, options as Record<string, unknown>];
}

function closestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3));
  for (const candidate of builtinRulesById.keys()) {
    const distance = editDistance(id, candidate, bestDistance);
    if (distance !== undefined) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
