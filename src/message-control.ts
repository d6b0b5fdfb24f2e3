import type { Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';

/** Nodes that can hold a comment: HTML in Markdown and HTML, expressions in MDX (`{/* … *\/}`). */
const commentNodes = ['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression'];

interface Marker {
  name: string;
  attributes: string;
  parameters: Record<string, never>;
  node: { type: string; value: string };
}

/**
 * Reads `<!--healthlint disable hype acme/no-shouting-->` as mdast-comment-marker does, but lets
 * rule ids hold a `/`, so plugin rules (`acme/no-shouting`) can be silenced like built-ins; that
 * marker's attribute syntax (`[-\w]+`) refuses the whole comment otherwise. String operations
 * only, so no comment can make it backtrack.
 */
export function commentMarker(value: unknown): Marker | undefined {
  const node = value as { type?: unknown; value?: unknown } | null;
  if (!node || typeof node.value !== 'string' || typeof node.type !== 'string') return undefined;
  const [open, close] = node.type === 'html' || node.type === 'comment' ? ['<!--', '-->'] : ['/*', '*/'];
  let text = node.value.trim();
  if (node.type === 'comment') text = `<!--${text}-->`;
  if (!text.startsWith(open) || !text.endsWith(close) || text.length < open.length + close.length) return undefined;
  const inner = text.slice(open.length, text.length - close.length).trim();
  const name = /^[a-zA-Z\d-]+/.exec(inner)?.[0];
  if (!name) return undefined;
  const rest = inner.slice(name.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  return { name, attributes: rest.trim(), parameters: {}, node: node as Marker['node'] };
}

/**
 * Applies `<!--healthlint disable|enable|ignore …-->` comments to the messages of the rules run
 * before it: the last step of healthlint's processor and of the `healthlint/unified` preset.
 */
export function healthlintMessageControl(known: readonly string[], alsoKnown: (id: string) => boolean = () => false) {
  // The ids of unified plugins' messages (`retext-equality/he-she`) are not listed before they run,
  // so a comment naming one is checked by its plugin's prefix; unified-message-control only ever
  // asks the list whether it `includes` an id.
  const knownList = Object.assign([...known], {
    includes: (id: string) => known.includes(id) || alsoKnown(id),
  });
  return (tree: Root, file: VFile): void => {
    messageControl(tree, {
      name: 'healthlint',
      source: 'healthlint',
      known: knownList,
      file,
      marker: commentMarker as never,
      test: commentNodes,
    });
  };
}
