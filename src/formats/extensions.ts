import { extname } from 'node:path';

/*
 * Which format a file is, from its name alone: kept apart from the parsers, so that what only needs
 * a file's format (expanding folders, a cached run's report) does not load them.
 */

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
