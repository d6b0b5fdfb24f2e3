import type { Root } from 'mdast';
import { extname } from 'node:path';
import { parseHtml, type HtmlMetadata } from './html.js';
import { parseMarkdown, parseMdx, type MarkdownOptions } from './markdown.js';
import { parseText } from './text.js';

/** The source formats healthlint reads; formats are the lowest layer, so the type lives here. */
export type Format = 'markdown' | 'mdx' | 'html' | 'text';

/** File extensions healthlint lints when it expands folders, by format. */
export const extensionsByFormat: Record<Format, string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  mdx: ['mdx'],
  html: ['html', 'htm'],
  text: ['txt', 'text'],
};

export const supportedExtensions: string[] = Object.values(extensionsByFormat).flat();

/** Picks the format from the file name; unknown extensions and stdin without a name are plain text. */
export function formatFor(path: string | undefined): Format {
  const extension = path ? extname(path).slice(1).toLowerCase() : '';
  for (const [format, extensions] of Object.entries(extensionsByFormat)) {
    if (extensions.includes(extension)) return format as Format;
  }
  return 'text';
}

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
