import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { LoadedUnifiedPlugin } from './config/unified-plugins.js';
import { healthlintData } from './file-data.js';
import type { Block, ProseDocument } from './prose/types.js';

/** Message fields carried over from a unified plugin's message to healthlint's. */
const carried = ['fatal', 'actual', 'expected', 'url', 'note'] as const;

/**
 * A unified attacher that runs a plugin from `unifiedPlugins` as one step of healthlint's pipeline,
 * before message control: a remark plugin on the file's mdast, a retext plugin on the nlcst
 * paragraph of each prose block (the parse healthlint's rules read, not a second one). Its messages
 * are renamed `<plugin>/<ruleId>` with healthlint as their source, so disable comments, reports,
 * the baseline, the cache and the language server treat them as they treat healthlint's own.
 *
 * One attacher per plugin, taking no options: unified keeps one entry per attacher and deep-merges
 * the options of a second `use`, which would run only the last plugin with the two merged.
 */
export function unifiedLintAttacher(
  plugin: LoadedUnifiedPlugin,
): () => (tree: MdastRoot | NlcstRoot, file: VFile) => void {
  return () => (tree, file) => {
    try {
      if (plugin.tree === 'nlcst') lintBlocks(plugin, file);
      else if (tree.type === 'root') lintTree(plugin, tree, file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`unified plugin \`${plugin.specifier}\` failed: ${reason.split('\n')[0]}`, { cause: error });
    }
  };
}

/** The id a unified plugin's message gets in healthlint: `remark-lint/no-duplicate-headings`, `retext-equality/he-she`. */
export function unifiedRuleId(
  plugin: Pick<LoadedUnifiedPlugin, 'name'>,
  message: Pick<VFileMessage, 'ruleId'>,
): string {
  return `${plugin.name}/${message.ruleId ?? plugin.name}`;
}

/**
 * Whether a rule id names a message of one of these plugins, for disable comments naming one: the
 * exact id of a unified-lint-rule plugin, any id under the name of another (retext-equality's ids
 * are its patterns').
 */
export function isUnifiedRuleId(plugins: readonly Pick<LoadedUnifiedPlugin, 'name' | 'ruleId'>[], id: string): boolean {
  return plugins.some((plugin) =>
    plugin.ruleId ? id === `${plugin.name}/${plugin.ruleId}` : id.startsWith(`${plugin.name}/`),
  );
}

function lintTree(plugin: LoadedUnifiedPlugin, tree: MdastRoot, file: VFile): void {
  const before = file.messages.length;
  plugin.processor.runSync(tree, file);
  for (const message of file.messages.slice(before)) {
    message.ruleId = unifiedRuleId(plugin, message);
    message.source = 'healthlint';
  }
}

function lintBlocks(plugin: LoadedUnifiedPlugin, file: VFile): void {
  const document = healthlintData(file).document;
  if (!document) return;
  for (const block of document.blocks) {
    const scratch = new VFile({ value: block.text, ...(file.path ? { path: file.path } : {}) });
    const root: NlcstRoot = { type: 'RootNode', children: [block.nlcst] };
    plugin.processor.runSync(root, scratch);
    for (const message of scratch.messages) moveToSource(plugin, message, block, document, file);
  }
}

/** A message placed in a block's text, placed again in the source and added to the file. */
function moveToSource(
  plugin: LoadedUnifiedPlugin,
  message: VFileMessage,
  block: Block,
  document: ProseDocument,
  file: VFile,
): void {
  const start = offsetOf(message.place, 'start') ?? 0;
  const end = offsetOf(message.place, 'end') ?? start;
  const span = block.span(start, Math.max(start, end));
  const place: Position = { start: document.point(span.start), end: document.point(span.end) };
  const moved = file.message(message.reason, {
    place,
    ruleId: unifiedRuleId(plugin, message),
    source: 'healthlint',
  });
  for (const field of carried) {
    if (message[field] !== undefined) (moved as unknown as Record<string, unknown>)[field] = message[field];
  }
}

function offsetOf(place: Point | Position | undefined, edge: 'start' | 'end'): number | undefined {
  if (!place) return undefined;
  return 'start' in place ? place[edge].offset : place.offset;
}
