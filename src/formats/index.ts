import type { Nodes, Root } from 'mdast';
import { nestedTooDeeply, SourceSyntaxError } from '../errors.js';
import { parseHtml, type HtmlMetadata } from './html.js';
import { parseMarkdown, parseMdx, type MarkdownOptions } from './markdown.js';
import { parseText } from './text.js';
import type { Format } from './extensions.js';

export { extensionsByFormat, formatFor, supportedExtensions, type Format } from './extensions.js';

export interface ParsedDocument {
  mdast: Root;
  html?: HtmlMetadata;
}

/**
 * Parses any supported format into mdast whose positions are offsets into `source`; `chunkSize`
 * sets how large a Markdown file must be to be parsed in chunks (see markdown-chunks.ts).
 */
export function parseDocument(
  source: string,
  format: Format,
  options: Pick<MarkdownOptions, 'chunkSize'> = {},
): ParsedDocument {
  const parsed = parseIn(source, format, options);
  refuseDeepNesting(parsed.mdast);
  return parsed;
}

function parseIn(source: string, format: Format, options: Pick<MarkdownOptions, 'chunkSize'>): ParsedDocument {
  switch (format) {
    case 'markdown':
      return { mdast: parseMarkdown(source, options) };
    case 'mdx':
      return { mdast: parseMdx(source) };
    case 'html':
      return parseHtml(source);
    case 'text':
      return { mdast: parseText(source) };
  }
}

/**
 * Deeper than any article nests (a quote in a list in a quote…), and shallower than the depth
 * at which the recursive tree walks of our dependencies (remark-gfm's transforms,
 * unified-message-control's gap detection) run out of stack. Refused here, hostile nesting gets one
 * clear message before any rule runs, whichever walk would have failed first.
 */
export const maxNestingDepth = 2000;

function refuseDeepNesting(tree: Root): void {
  // An explicit stack: this walk must not itself recurse once per level.
  const nodes: Nodes[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as Nodes;
    const depth = depths.pop() as number;
    if (depth > maxNestingDepth) {
      const start = node.position?.start;
      throw new SourceSyntaxError(
        nestedTooDeeply,
        start?.offset === undefined ? undefined : { line: start.line, column: start.column, offset: start.offset },
      );
    }
    if ('children' in node) {
      for (const child of node.children) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
