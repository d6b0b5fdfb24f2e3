import { basename, extname } from 'node:path';
import { unified, type Plugin, type Processor } from 'unified';
import { UserError } from '../errors.js';
import { fileStamp, firstLine, nearestManifest, requireDefault, resolvePluginPath, type Manifest } from './plugins.js';

/**
 * A unified lint plugin the user already has (a remark-lint rule, retext-equality), named in a
 * config's `unifiedPlugins` and run on the file's trees in healthlint's own pipeline.
 */
export interface LoadedUnifiedPlugin {
  /** As the config names it: a package name or a path starting with `.`. */
  specifier: string;
  /**
   * The first part of its messages' rule ids (`<name>/<ruleId>`): the origin's source for a
   * unified-lint-rule plugin (`remark-lint` for every remark-lint rule), else the package name.
   */
  name: string;
  /** The one rule id a unified-lint-rule plugin reports (`no-duplicate-headings`); others may report many. */
  ruleId?: string;
  /** The package's version (or `local`), part of the cache key with the entry file's stamp and the options. */
  version: string;
  path: string;
  stamp: string;
  options: unknown;
  /** The tree it reads: mdast (remark plugins) or nlcst (retext plugins, given the prose model's paragraphs). */
  tree: 'mdast' | 'nlcst';
  /** A frozen processor holding only this plugin, so that it runs as unified runs it, attached once. */
  processor: Processor;
}

/** One entry of `unifiedPlugins`: a name, or `[name, options]` as in a `.remarkrc`. */
export type UnifiedPluginSetting = string | [string] | [string, unknown];

/**
 * Loads a unified plugin named in a config, resolved from the config's folder as `plugins` are.
 * It is attached once here, so bad options fail when the config loads. Anything wrong is one line
 * naming the plugin (exit 2).
 */
export function loadUnifiedPlugin(
  setting: UnifiedPluginSetting,
  fromDirectory: string,
  where: string,
): LoadedUnifiedPlugin {
  const [specifier, options] = typeof setting === 'string' ? [setting, undefined] : setting;
  const fail = (problem: string): never => {
    throw new UserError(`Cannot load unified plugin \`${specifier}\` (${where}): ${problem}`);
  };
  const path = resolvePluginPath(specifier, fromDirectory, fail);
  const attacher = requireDefault(path, fail);
  if (typeof attacher !== 'function') return fail('its default export is not a unified plugin (a function)');
  let processor: Processor;
  try {
    processor = unified()
      .use(attacher as Plugin<[unknown?]>, ...(options === undefined ? [] : [options]))
      .freeze() as unknown as Processor;
  } catch (error) {
    return fail(`it threw when given its options: ${firstLine(error)}`);
  }
  // A path is a local plugin: named after its file, not after whatever package holds it.
  const manifest = specifier.startsWith('.') ? undefined : nearestManifest(path);
  const packageName = typeof manifest?.name === 'string' ? manifest.name : basename(path, extname(path));
  // unified-lint-rule names its plugin after the rule's origin, `remark-lint:no-duplicate-headings`.
  const [, origin, ruleId] = /^([a-z\d-]+):([a-z\d-]+)$/.exec(attacher.name) ?? [];
  const name = (origin ?? packageName.replace(/^@[^/]+\//, '')).toLowerCase().replace(/[^a-z\d-]+/g, '-');
  return {
    specifier,
    name,
    ...(ruleId ? { ruleId } : {}),
    version: typeof manifest?.version === 'string' ? manifest.version : 'local',
    path,
    stamp: fileStamp(path),
    options,
    tree: readsNlcst(packageName, manifest) ? 'nlcst' : 'mdast',
    processor,
  };
}

/** retext plugins by the ecosystem's naming and keyword conventions; everything else reads mdast. */
function readsNlcst(packageName: string, manifest: Manifest | undefined): boolean {
  const keywords = Array.isArray(manifest?.keywords) ? manifest.keywords : [];
  return /^(?:@[^/]+\/)?retext-/.test(packageName) || keywords.includes('retext-plugin');
}
