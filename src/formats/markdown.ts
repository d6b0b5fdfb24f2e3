import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze();

export function parseMarkdown(source: string): Root {
  const tree = markdownParser.parse(source);
  if (source.startsWith('\uFEFF')) shiftPastByteOrderMark(tree);
  return tree;
}

/**
 * micromark drops a leading byte-order mark and counts offsets without it, so in a file saved
 * with one every position would point one character early. Count it back in.
 */
function shiftPastByteOrderMark(tree: Root): void {
  const shifted = new Set<object>();
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || shifted.has(point)) continue;
      shifted.add(point);
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
    if ('children' in node) for (const child of node.children) pending.push(child);
  }
}
