import type { Nodes, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
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
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { SourceSyntaxError } from '../errors.js';
import { markdownChunks, type ChunkRange } from './markdown-chunks.js';

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
const syntaxExtensions: { extension: Extension; needed: (source: string) => boolean; comparing?: false }[] = [
  { extension: frontmatter([...frontmatterKinds]), needed: (source) => /^\uFEFF?(?:---|\+\+\+)/.test(source) },
  { extension: gfmAutolinkLiteral(), needed: (source) => mayHoldEmailLiteral(source) },
  {
    extension: webAutolinkLiteral(),
    needed: (source) => !mayHoldEmailLiteral(source) && /www\.|https?:\/\//i.test(source),
    // Comparing parses with every extension as remark-gfm has them: the full set already holds these.
    comparing: false,
  },
  { extension: gfmFootnote(), needed: (source) => source.includes('[^') },
  { extension: gfmStrikethrough(), needed: (source) => source.includes('~') },
  { extension: gfmTable(), needed: (source) => source.includes('|') },
  { extension: gfmTaskListItem(), needed: (source) => source.includes('[') },
];

/**
 * An e-mail autolink literal starts with its address's local part right before a literal `@`
 * (micromark reads `&commat;` or `\\@` as a reference or an escape, never as that `@`), so a
 * source without an ASCII letter, digit or one of `+-._` before an `@` can hold none. A news
 * story with a web address or an `@handle` but no e-mail address (40 of the bench's 500
 * articles: 27 keep the web constructs, 13 need none) is then parsed without the e-mail
 * construct, the costly one: it is tried at every letter and digit, the web ones only at `w`
 * and `h`.
 */
function mayHoldEmailLiteral(source: string): boolean {
  return /[\w+.-]@/.test(source);
}

/**
 * GFM autolink literals without the e-mail construct: `www.` and `http(s)://` links only, each
 * tried at the characters where remark-gfm tries it. Used only where the e-mail construct cannot
 * match, so which construct is tried first at `w` or `h` never matters.
 */
function webAutolinkLiteral(): Extension {
  const all = gfmAutolinkLiteral().text ?? {};
  const email = all[48]; // "0": the e-mail construct alone; every other entry holds it as well.
  const text: NonNullable<Extension['text']> = {};
  for (const [code, constructs] of Object.entries(all)) {
    const web = [constructs ?? []].flat().filter((construct) => construct !== email);
    if (web.length > 0) text[Number(code)] = web;
  }
  return { text };
}

const treeExtensions = [frontmatterFromMarkdown([...frontmatterKinds]), ...gfmFromMarkdown()];

/**
 * The tree extensions without the autolink-literal transform, for a source in whose text it can
 * find nothing. The transform runs four regular expressions over every text node after the tree
 * is built (~1% of a recommended run); it links `www.`, `http://`/`https://` and `…@…` in text.
 * A text node holds the source's characters, backslash escapes (punctuation only) and character
 * references, so without `www`, `http`, `@` or `&` in the source no text node can hold a match.
 */
const treeExtensionsWithoutLinkTransform = treeExtensions.map((extension) =>
  extension.transforms?.length ? { ...extension, transforms: [] } : extension,
);
const linkTransformTrigger = /www|http|[@&]/i;

/** Extension lists by the bit mask of extensions they hold, built once each. */
const extensionLists = new Map<number, Extension[]>();

/** The syntax extensions a source needs: all of them when `all`, for comparing. */
export function syntaxExtensionsFor(source: string, all = false): Extension[] {
  let mask = 0;
  syntaxExtensions.forEach(({ needed, comparing }, index) => {
    if (all ? comparing !== false : needed(source)) mask |= 1 << index;
  });
  let list = extensionLists.get(mask);
  if (!list) {
    list = syntaxExtensions.filter((_, index) => mask & (1 << index)).map(({ extension }) => extension);
    extensionLists.set(mask, list);
  }
  return list;
}

/**
 * Files longer than this (UTF-16 units) are parsed a chunk at a time where they can be cut
 * (markdown-chunks.ts): about 60 MB of parser state at a time instead of ~60 bytes per byte.
 */
export const defaultChunkSize = 1_000_000;

export interface MarkdownOptions {
  /** Every extension whatever the source holds, for comparing. */
  allExtensions?: boolean;
  /** Parse in chunks of at least this many characters when the file can be cut (`Infinity`: whole). */
  chunkSize?: number;
}

/** Parses Markdown as remark-parse with remark-frontmatter and remark-gfm does. */
export function parseMarkdown(source: string, options: MarkdownOptions | boolean = {}): Root {
  const { allExtensions = false, chunkSize = defaultChunkSize } =
    typeof options === 'boolean' ? { allExtensions: options } : options;
  const extensions = syntaxExtensionsFor(source, allExtensions);
  const mdastExtensions =
    allExtensions || linkTransformTrigger.test(source) ? treeExtensions : treeExtensionsWithoutLinkTransform;
  const chunks = markdownChunks(source, chunkSize);
  if (chunks) return parseInChunks(source, chunks, extensions, mdastExtensions);
  const tree = parseWhole(source, extensions, mdastExtensions);
  if (source.startsWith('\uFEFF')) shiftPastByteOrderMark(tree);
  return tree;
}

/**
 * remark-parse reads its micromark and mdast extensions from processor data (as remark-gfm and
 * remark-frontmatter set them), so each extension list gets one frozen remark-parse processor,
 * made on first use: the per-file selection above stays, and remark-parse does the parsing.
 */
const parsers = new WeakMap<Extension[], WeakMap<typeof treeExtensions, Processor<Root>>>();

function parserFor(extensions: Extension[], mdastExtensions: typeof treeExtensions): Processor<Root> {
  let byTree = parsers.get(extensions);
  if (!byTree) {
    byTree = new WeakMap();
    parsers.set(extensions, byTree);
  }
  let parser = byTree.get(mdastExtensions);
  if (!parser) {
    parser = unified()
      .use(remarkParse)
      .data({ micromarkExtensions: extensions, fromMarkdownExtensions: mdastExtensions })
      .freeze() as unknown as Processor<Root>;
    byTree.set(mdastExtensions, parser);
  }
  return parser;
}

function parseWhole(source: string, extensions: Extension[], mdastExtensions: typeof treeExtensions): Root {
  return parserFor(extensions, mdastExtensions).parse(source);
}

/**
 * The tree the whole file gives, built from its chunks: each chunk's nodes with their points moved
 * to the chunk's place in the file. Each chunk starts a line, so only lines and offsets move.
 */
function parseInChunks(
  source: string,
  chunks: ChunkRange[],
  extensions: Extension[],
  mdastExtensions: typeof treeExtensions,
): Root {
  let whole: Root | undefined;
  for (const chunk of chunks) {
    const tree = parseWhole(source.slice(chunk.start, chunk.end), extensions, mdastExtensions);
    if (!whole) {
      if (source.startsWith('\uFEFF')) shiftPastByteOrderMark(tree);
      whole = tree;
      continue;
    }
    movePoints(tree, chunk.start, chunk.line - 1);
    for (const child of tree.children) whole.children.push(child);
  }
  const root = whole as Root;
  if (root.position) root.position.end = pointAtEnd(source, chunks[chunks.length - 1] as ChunkRange);
  return root;
}

function movePoints(tree: Root, offset: number, lines: number): void {
  const moved = new Set<object>();
  const pending: Nodes[] = [...tree.children];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || moved.has(point)) continue;
      moved.add(point);
      if (point.offset !== undefined) point.offset += offset;
      point.line += lines;
    }
    if ('children' in node) for (const child of node.children) pending.push(child);
  }
}

/** The point just past the file's last character, as micromark gives the root. */
function pointAtEnd(source: string, last: ChunkRange): { line: number; column: number; offset: number } {
  let line = last.line;
  let lineStart = last.start;
  for (let index = last.start; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: source.length - lineStart + 1, offset: source.length };
}

const mdxSyntax = mdxjs();
const mdxTreeExtensions = [...treeExtensions, ...mdxFromMarkdown()];
/** MDX extension lists by the Markdown list they extend, so each gets one parser too. */
const mdxLists = new WeakMap<Extension[], Extension[]>();

function mdxExtensionsFor(source: string): Extension[] {
  const markdown = syntaxExtensionsFor(source);
  let list = mdxLists.get(markdown);
  if (!list) {
    list = [...markdown, mdxSyntax];
    mdxLists.set(markdown, list);
  }
  return list;
}

/**
 * Parses MDX as remark-mdx does (micromark's MDX extensions, with acorn for ESM and expressions),
 * plus front matter and GFM as for Markdown. JSX elements keep their children as mdast, so their
 * text is prose; attributes, expressions and import/export lines are not prose. MDX has syntax
 * errors, unlike Markdown: one becomes a SourceSyntaxError naming its line and column.
 */
export function parseMdx(source: string): Root {
  let tree: Root;
  try {
    tree = parserFor(mdxExtensionsFor(source), mdxTreeExtensions).parse(source);
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
