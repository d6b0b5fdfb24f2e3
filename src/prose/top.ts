import type { Block } from './types.js';

/**
 * An article's top: its headline (the first block) and its first `paragraphs` body paragraphs,
 * where a reader learns what the article is about. Empty for an empty document.
 */
export function topOfArticle(blocks: readonly Block[], paragraphs: number): Set<Block> {
  const top = new Set<Block>();
  const headline = blocks[0];
  if (!headline) return top;
  top.add(headline);
  let counted = 0;
  for (const block of blocks) {
    if (counted >= paragraphs) break;
    if (block === headline || block.kind !== 'paragraph' || block.role !== 'body') continue;
    top.add(block);
    counted++;
  }
  return top;
}
