import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readLimits, readRegularTextSync } from '../read.js';
import { defineRule, type HealthlintRule } from '../rule/define-rule.js';
import type { RuleDefinition } from '../rule/types.js';

/** A third-party rule package as loaded: its rules are renamed `<name>/<id>`. */
export interface LoadedPlugin {
  name: string;
  /** The package's version (or `local`), part of the cache key with the entry file's size and time. */
  version: string;
  /** The resolved entry file. */
  path: string;
  stamp: string;
  rules: readonly HealthlintRule<object>[];
}

/** Plugins by entry file, loaded once per process: every config naming one shares its rules. */
const loaded = new Map<string, LoadedPlugin>();

/**
 * Loads a plugin named in a config (a package resolved from the config's folder, as Node resolves
 * `require`, or a path starting with `.` relative to it) or by `--plugin` (relative to the working
 * folder). A plugin is code that runs with the user's permissions: it is loaded only when a config
 * or the command line names it (docs/security.md). Its default export is `{ name, rules }`, each rule
 * made with `defineRule`. Anything wrong is one line naming the plugin (exit 2).
 */
export function loadPlugin(specifier: string, fromDirectory: string, where: string): LoadedPlugin {
  const fail = (problem: string): never => {
    throw new UserError(`Cannot load plugin \`${specifier}\` (${where}): ${problem}`);
  };
  const path = resolvePluginPath(specifier, fromDirectory, fail);
  const cached = loaded.get(path);
  if (cached) return cached;
  const exported = requireDefault(path, fail);
  const plugin = exported as { name?: unknown; rules?: unknown } | undefined;
  if (!plugin || typeof plugin !== 'object') return fail('its default export is not `{ name, rules }`');
  const { name } = plugin;
  if (typeof name !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    return fail('its `name` should be a kebab-case string, such as "acme"');
  }
  const list = Array.isArray(plugin.rules)
    ? (plugin.rules as unknown[])
    : plugin.rules && typeof plugin.rules === 'object'
      ? Object.values(plugin.rules)
      : fail('its `rules` should be a list (or object) of rules made with `defineRule`');
  const rules = list.map((rule, index) => {
    const definition = (rule as { definition?: RuleDefinition<object> } | null)?.definition;
    if (!definition || typeof definition.id !== 'string' || typeof definition.check !== 'function') {
      return fail(`rule ${index + 1} was not made with \`defineRule\``);
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(definition.id))
      return fail(`rule id \`${definition.id}\` is not kebab-case`);
    return pluginRule(`${name}/${definition.id}`, definition);
  });
  const result: LoadedPlugin = { name, version: packageVersion(path), path, stamp: fileStamp(path), rules };
  loaded.set(path, result);
  return result;
}

/**
 * The entry file of a package resolved from `fromDirectory` as Node resolves `require`, or of a path
 * starting with `.` relative to it.
 */
export function resolvePluginPath(specifier: string, fromDirectory: string, fail: (problem: string) => never): string {
  try {
    return createRequire(join(fromDirectory, 'noop.js')).resolve(
      specifier.startsWith('.') ? resolve(fromDirectory, specifier) : specifier,
    );
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' ? 'not found' : firstLine(error));
  }
}

/** A module's default export (or the module itself when it has none). */
export function requireDefault(path: string, fail: (problem: string) => never): unknown {
  try {
    // Node ≥ 20.19 loads ES modules through require, so config loading stays synchronous.
    const module = createRequire(path)(path) as { default?: unknown; __esModule?: boolean };
    return module && typeof module === 'object' && 'default' in module ? module.default : module;
  } catch (error) {
    return fail(`it threw while loading: ${firstLine(error)}`);
  }
}

/** The entry file's size and time: with the version, a cache key that notices a local plugin being edited. */
export function fileStamp(path: string): string {
  const info = statSync(path);
  return `${info.size}:${info.mtimeMs}`;
}

/** The plugin's rule under its full id; a throw inside it becomes one fatal message naming it (see `defineRule`). */
function pluginRule(id: string, definition: RuleDefinition<object>): HealthlintRule<object> {
  return defineRule<object>({
    ...definition,
    id,
    url: definition.url,
    defaults: definition.defaults ?? {},
    examples: definition.examples ?? [],
  });
}

/** The version in the nearest package.json above the entry file, or `local` for a plain file. */
export function packageVersion(path: string): string {
  const version = nearestManifest(path)?.version;
  return typeof version === 'string' ? version : 'local';
}

/** What a plugin's package.json says, as far as healthlint reads it. */
export interface Manifest {
  name?: unknown;
  version?: unknown;
  keywords?: unknown;
}

/** The nearest readable package.json above a plugin's entry file, or undefined. */
export function nearestManifest(path: string): Manifest | undefined {
  for (let folder = dirname(path); dirname(folder) !== folder; folder = dirname(folder)) {
    try {
      return JSON.parse(readRegularTextSync(join(folder, 'package.json'), readLimits.config)) as Manifest;
    } catch {
      // No manifest here, or not one that parses: look further up.
    }
  }
  return undefined;
}

export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}
