import type { Nodes, Root, Yaml } from 'mdast';
import YAML from 'yaml';
import { parseDocument } from '../formats/index.js';
import { buildBlocks } from './build.js';
import { findBareNoteMarkers } from './citations.js';
import { LineIndex } from '../formats/line-index.js';
import { assignRoles } from './roles.js';
import { titleBlock } from './title.js';
import type { Citation, DocumentFacts, DocumentMetadata, Format, ProseDocument, SourceSpan } from './types.js';

/** Parses a source text and gathers the facts every rule reads, once per file. */
export function buildDocument(source: string, format: Format): ProseDocument {
  const { mdast, html } = parseDocument(source, format);
  return documentFromMdast(mdast, source, format, html);
}

export function documentFromMdast(
  mdast: Root,
  source: string,
  format: Format,
  html?: {
    authors: string[];
    title?: string;
    published?: string;
    modified?: string;
    description?: string;
    present: boolean;
    titleSpan?: SourceSpan;
  },
): ProseDocument {
  const built = buildBlocks(mdast, source);
  const { endMarkers } = built;
  let { blocks, citations } = built;
  const titleCitations: Citation[] = [];
  const title = titleBlock(
    mdast,
    source,
    blocks,
    html?.titleSpan && html.title ? { span: html.titleSpan, text: html.title } : undefined,
    titleCitations,
  );
  if (title) {
    // The title comes first; every other block, and the citations in it, moves down one.
    for (const block of blocks) {
      block.index += 1;
      if (block.section >= 0) block.section += 1;
    }
    for (const citation of citations) if (citation.block >= 0) citation.block += 1;
    blocks = [title, ...blocks];
    citations = [...titleCitations, ...citations];
  }
  // Bare note numbers (“arthritis. 1 Some …”) are markers only beside the notes they number, which
  // only the whole article shows.
  citations = [...citations, ...findBareNoteMarkers(blocks)];
  assignRoles(
    blocks,
    endMarkers.map((marker) => marker + (title ? 1 : 0)),
  );
  const frontMatter = readFrontMatter(mdast);
  const metadata: DocumentMetadata = html
    ? { ...html, authors: [...html.authors] }
    : metadataFromFrontMatter(frontMatter);
  delete (metadata as { present?: boolean }).present;
  delete (metadata as { titleSpan?: SourceSpan }).titleSpan;
  const links: string[] = [];
  // An explicit stack rather than unist-util-visit's recursion, so deep nesting cannot overflow it.
  const pending: Nodes[] = [mdast];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'link' || node.type === 'definition') links.push(node.url);
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes);
  }
  const facts: DocumentFacts = {
    metadata,
    hasMetadata: Boolean(frontMatter) || Boolean(html?.present),
    citations,
    links,
    headings: blocks.filter((block) => block.kind === 'heading').map((block) => block.index),
    ...(frontMatter ? { frontMatter } : {}),
  };
  const lines = new LineIndex(source);
  return { format, source, blocks, facts, mdast, point: (offset) => lines.point(offset) };
}

function readFrontMatter(mdast: Root): Record<string, unknown> | undefined {
  const node = mdast.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node) return undefined;
  try {
    const data: unknown = YAML.parse(node.value);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // Broken front matter still means the article has some; the rules report what is missing.
  }
}

const authorKeys = [
  'author',
  'authors',
  'byline',
  'writer',
  'reviewer',
  'reviewed_by',
  'reviewedBy',
  'medically_reviewed_by',
];
const publishedKeys = ['date', 'published', 'datePublished', 'published_at', 'publishDate', 'pubDate', 'created'];
const modifiedKeys = [
  'updated',
  'modified',
  'dateModified',
  'lastmod',
  'last_reviewed',
  'lastReviewed',
  'reviewed',
  'review_date',
];

function metadataFromFrontMatter(data: Record<string, unknown> | undefined): DocumentMetadata {
  const metadata: DocumentMetadata = { authors: [] };
  if (!data) return metadata;
  for (const key of authorKeys) {
    for (const value of [data[key]].flat()) {
      if (typeof value === 'string' && value.trim()) metadata.authors.push(value.trim());
      else if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)['name'] === 'string') {
        metadata.authors.push(String((value as Record<string, unknown>)['name']));
      }
    }
  }
  const dateOf = (keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = data[key];
      if (value instanceof Date) return value.toISOString();
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
    return undefined;
  };
  const published = dateOf(publishedKeys);
  const modified = dateOf(modifiedKeys);
  if (published) metadata.published = published;
  if (modified) metadata.modified = modified;
  if (typeof data['title'] === 'string') metadata.title = data['title'];
  if (typeof data['description'] === 'string') metadata.description = data['description'];
  return metadata;
}
