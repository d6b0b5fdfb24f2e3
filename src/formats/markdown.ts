import type { Nodes, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Extension } from 'micromark-util-types';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { mdxjs } from 'micromark-extension-mdxjs';
import { SourceSyntaxError } from '../errors.js';

const frontmatterKinds = ['yaml', 'toml'] as const;

/**
 * The syntax extensions healthlint parses Markdown with (GFM and front matter, as remark-gfm and
 * remark-frontmatter add them), each with what a source must contain for it to match anything.
 * micromark tries every extension at every character it hooks, and GFM autolink literals alone
 * tripled the cost of parsing prose (they test every letter for the start of an e-mail address),
 * so an extension whose trigger is absent is left out. These are raw-source tests, as micromark's
 * are, so the tree is the same either way (test/markdown-parse.test.ts compares both on the
 * corpora and on generated Markdown). The tree-building side keeps every extension: it only acts
 * on what the syntax found, apart from the autolink-literal transform, which is kept as it was.
 */
const syntaxExtensions: { extension: Extension; needed: (source: string) => boolean }[] = [
  { extension: frontmatter([...frontmatterKinds]), needed: (source) => /^\uFEFF?(?:---|\+\+\+)/.test(source) },
  { extension: gfmAutolinkLiteral(), needed: (source) => /www\.|https?:\/\/|@/i.test(source) },
  { extension: gfmFootnote(), needed: (source) => source.includes('[^') },
  { extension: gfmStrikethrough(), needed: (source) => source.includes('~') },
  { extension: gfmTable(), needed: (source) => source.includes('|') },
  { extension: gfmTaskListItem(), needed: (source) => source.includes('[') },
];

const treeExtensions = [frontmatterFromMarkdown([...frontmatterKinds]), ...gfmFromMarkdown()];

/** Extension lists by the bit mask of extensions they hold, built once each. */
const extensionLists = new Map<number, Extension[]>();

/** The syntax extensions a source needs: all of them when `all`, for comparing. */
export function syntaxExtensionsFor(source: string, all = false): Extension[] {
  let mask = 0;
  syntaxExtensions.forEach(({ needed }, index) => {
    if (all || needed(source)) mask |= 1 << index;
  });
  let list = extensionLists.get(mask);
  if (!list) {
    list = syntaxExtensions.filter((_, index) => mask & (1 << index)).map(({ extension }) => extension);
    extensionLists.set(mask, list);
  }
  return list;
}

/** Parses Markdown as remark-parse with remark-frontmatter and remark-gfm does; `allExtensions` for comparing. */
export function parseMarkdown(source: string, allExtensions = false): Root {
  const tree = fromMarkdown(source, {
    extensions: syntaxExtensionsFor(source, allExtensions),
    mdastExtensions: treeExtensions,
  });
  if (source.startsWith('\uFEFF')) shiftPastByteOrderMark(tree);
  return tree;
}

const mdxSyntax = mdxjs();
const mdxTreeExtensions = [...treeExtensions, ...mdxFromMarkdown()];

/**
 * Parses MDX as remark-mdx does (micromark's MDX extensions, with acorn for ESM and expressions),
 * plus front matter and GFM as for Markdown. JSX elements keep their children as mdast, so their
 * text is prose; attributes, expressions and import/export lines are not prose. MDX has syntax
 * errors, unlike Markdown: one becomes a SourceSyntaxError naming its line and column.
 */
export function parseMdx(source: string): Root {
  let tree: Root;
  try {
    tree = fromMarkdown(source, {
      extensions: [...syntaxExtensionsFor(source), mdxSyntax],
      mdastExtensions: mdxTreeExtensions,
    });
  } catch (error) {
    const place = (error as { place?: unknown }).place;
    const point = place && typeof place === 'object' && 'start' in place ? place.start : place;
    const { line, column, offset } = (point ?? {}) as { line?: number; column?: number; offset?: number };
    const at = line !== undefined && column !== undefined ? { line, column, offset: offset ?? 0 } : undefined;
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new SourceSyntaxError(
      `Cannot lint file: not valid MDX${at ? ` at ${at.line}:${at.column}` : ''}: ${reason}`,
      at,
    );
  }
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
