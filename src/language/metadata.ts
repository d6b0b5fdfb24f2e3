import { oncePer } from '../memo.js';
import type { ProseDocument, SourceSpan } from '../prose/types.js';

/**
 * Shared by the JAMA-benchmark rules (missing-byline, missing-date, missing-source-list,
 * missing-disclosure), which report once per article: where to put that report, and what the
 * article's front matter says under a list of equivalent keys.
 */

/** The article's title: its first heading, else the `title:` line of its front matter, else its first sentence. */
export function anchorOf(document: Pick<ProseDocument, 'blocks' | 'source' | 'format'>): SourceSpan {
  const heading = document.blocks.find((block) => block.kind === 'heading');
  if (heading) return heading.span(0, heading.text.length);
  const title = /^title:[^\n]*/mu.exec(frontMatterSource(document));
  if (title) return { start: title.index, end: title.index + title[0].length };
  const first = document.blocks[0]?.sentences[0];
  if (first) return first.block.span(first.start, first.end);
  return { start: 0, end: 0 };
}

/**
 * The words of the article's prose, title and headings included. The JAMA-benchmark rules skip a
 * page too short to be an article: a bot check (“Are you a robot?”), an error page or a teaser holds
 * no article whose author, date, sources or funders a reader could ask about.
 */
export const articleWordCount = oncePer((document: Pick<ProseDocument, 'blocks'>): number => {
  let words = 0;
  for (const block of document.blocks) for (const sentence of block.sentences) words += sentence.wordCount;
  return words;
});

/** The source of a Markdown file's YAML front matter, with its original offsets (empty otherwise). */
function frontMatterSource(document: Pick<ProseDocument, 'source' | 'format'>): string {
  if (document.format !== 'markdown' && document.format !== 'mdx') return '';
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u.exec(document.source);
  return match ? match[0] : '';
}

/** The first non-empty front matter value among `keys` (compared case-insensitively, `_`, `-` and spaces ignored). */
export function frontMatterValue(document: Pick<ProseDocument, 'facts'>, keys: readonly string[]): unknown {
  const data = document.facts.frontMatter;
  if (!data) return undefined;
  const wanted = new Set(keys.map(normaliseKey));
  for (const [key, value] of Object.entries(data)) {
    if (wanted.has(normaliseKey(key)) && !isEmpty(value)) return value;
  }
  return undefined;
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmpty);
  return false;
}
