import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import type { BlockContent, Html, Link, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { LineIndex } from './line-index.js';

const htmlParser = unified().use(rehypeParse).freeze();

/** What the page's head says about the article, for the byline, date and disclosure rules. */
export interface HtmlMetadata {
  title?: string;
  authors: string[];
  published?: string;
  modified?: string;
  description?: string;
  /** Whether the page had a head with any of the fields above. */
  present: boolean;
  /** Where the title's text is in the source: `<title>`'s text, else `og:title`'s content. */
  titleSpan?: { start: number; end: number };
}

/** Elements whose content is never prose: scripts, styles, navigation, code, forms and embeds. */
const skipped = new Set([
  'script',
  'style',
  'nav',
  'code',
  'pre',
  'kbd',
  'samp',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'canvas',
  'video',
  'audio',
]);
const headingDepth: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const paragraphElements = new Set(['p', 'figcaption', 'dt', 'dd', 'caption', 'summary', 'address', 'legend']);
const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'ins',
  'del',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'br',
  'label',
  'font',
  'img',
]);

/**
 * Converts an HTML page to the mdast shape the rules read. hast-util-to-mdast is not used because
 * it collapses white space and trims text, so offsets inside a text node would no longer match the
 * source; here every text node keeps its hast position and its decoded value.
 */
export function parseHtml(source: string): { mdast: Root; html: HtmlMetadata } {
  const hast = htmlParser.parse(source) as HastRoot;
  const html = readMetadata(hast, source);
  const content = findElement(hast, 'article') ?? findElement(hast, 'main') ?? findElement(hast, 'body') ?? hast;
  const children = convertChildren(content.children) as RootContent[];
  const lines = new LineIndex(source);
  return {
    mdast: { type: 'root', children, position: { start: lines.point(0), end: lines.point(source.length) } },
    html,
  };
}

function convertChildren(nodes: (HastRootContent | ElementContent)[]): (BlockContent | Html)[] {
  const blocks: (BlockContent | Html)[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    const paragraph = paragraphOf(run);
    if (paragraph) blocks.push(paragraph);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment') {
      flush();
      blocks.push({
        type: 'html',
        value: `<!--${node.value}-->`,
        ...(node.position ? { position: node.position } : {}),
      });
    } else if (node.type === 'text') {
      run.push(...phrasing(node));
    } else if (node.type === 'element') {
      if (skipped.has(node.tagName)) continue;
      if (inlineElements.has(node.tagName)) {
        run.push(...phrasing(node));
        continue;
      }
      flush();
      blocks.push(...block(node));
    }
  }
  flush();
  return blocks;
}

function block(element: Element): (BlockContent | Html)[] {
  const at = element.position ? { position: element.position } : {};
  const depth = headingDepth[element.tagName];
  if (depth) return [{ type: 'heading', depth, children: element.children.flatMap(phrasing), ...at }];
  if (paragraphElements.has(element.tagName)) {
    const paragraph = paragraphOf(element.children.flatMap(phrasing));
    return paragraph ? [paragraph] : [];
  }
  switch (element.tagName) {
    case 'ul':
    case 'ol': {
      const items: ListItem[] = element.children
        .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
        .map((li) => ({
          type: 'listItem',
          spread: false,
          children: convertChildren(li.children) as BlockContent[],
          ...(li.position ? { position: li.position } : {}),
        }));
      return [{ type: 'list', ordered: element.tagName === 'ol', spread: false, children: items, ...at }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', children: convertChildren(element.children) as BlockContent[], ...at }];
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tfoot':
    case 'tr':
      // Cells read as paragraphs: the rules care about their prose, not the table's shape.
      return convertChildren(element.children);
    default:
      return convertChildren(element.children);
  }
}

function paragraphOf(children: PhrasingContent[]): Paragraph | undefined {
  if (!children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return undefined;
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  return { type: 'paragraph', children, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

function phrasing(node: ElementContent): PhrasingContent[] {
  const at = node.position ? { position: node.position } : {};
  if (node.type === 'text') return [{ type: 'text', value: node.value, ...at }];
  if (node.type === 'comment') return [{ type: 'html', value: `<!--${node.value}-->`, ...at }];
  if (node.type !== 'element' || skipped.has(node.tagName)) return [];
  const children = node.children.flatMap(phrasing);
  switch (node.tagName) {
    case 'br':
      return [{ type: 'break', ...at }];
    case 'img':
      return [];
    case 'a': {
      const href = node.properties['href'];
      if (typeof href !== 'string') return children;
      const link: Link = { type: 'link', url: href, children, ...at };
      return [link];
    }
    case 'sup': {
      // A superscript number (or a link to a note) is a reference marker, not prose.
      const text = textOf(node).trim();
      if (/^\[?\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]?$/.test(text)) {
        return [{ type: 'footnoteReference', identifier: text, label: text, ...at }];
      }
      return children;
    }
    default: {
      // A block element inside inline markup (`<b>the<p>the</p></b>`, as parsers rebuild unclosed
      // formatting) still ends a run of words: keep the words on either side apart.
      if (inlineElements.has(node.tagName) || !node.position) return children;
      const edge = (point: Point): PhrasingContent => ({ type: 'break', position: { start: point, end: point } });
      return [edge(node.position.start), ...children, edge(node.position.end)];
    }
  }
}

function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((child) => textOf(child as ElementContent)).join('');
  return '';
}

function findElement(node: HastRoot | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function allElements(node: HastRoot | Element, tagName: string, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    allElements(child, tagName, found);
  }
  return found;
}

function readMetadata(hast: HastRoot, source: string): HtmlMetadata {
  const metadata: HtmlMetadata = { authors: [], present: false };
  const title = findElement(hast, 'title');
  if (title) {
    metadata.title = textOf(title).trim();
    const first = title.children[0]?.position?.start.offset;
    const last = title.children.at(-1)?.position?.end.offset;
    if (first !== undefined && last !== undefined) metadata.titleSpan = trimmedSpan(source, first, last);
  }
  for (const meta of allElements(hast, 'meta')) {
    const key = String(
      meta.properties['name'] ?? meta.properties['property'] ?? meta.properties['itemProp'] ?? '',
    ).toLowerCase();
    const value = String(meta.properties['content'] ?? '').trim();
    if (!value) continue;
    if (key === 'author' || key === 'article:author' || key === 'citation_author' || key === 'dc.creator')
      metadata.authors.push(value);
    else if (['article:published_time', 'date', 'dc.date', 'citation_publication_date', 'datepublished'].includes(key))
      metadata.published ??= value;
    else if (['article:modified_time', 'last-modified', 'datemodified'].includes(key)) metadata.modified ??= value;
    else if (key === 'description' || key === 'og:description') metadata.description ??= value;
    else if (key === 'og:title' && !metadata.titleSpan) {
      metadata.title ??= value;
      const span = contentSpan(source, meta);
      if (span) metadata.titleSpan = span;
    }
  }
  for (const script of allElements(hast, 'script')) {
    if (String(script.properties['type'] ?? '').toLowerCase() !== 'application/ld+json') continue;
    readJsonLd(textOf(script), metadata);
  }
  metadata.present = Boolean(metadata.title || metadata.authors.length || metadata.published || metadata.modified);
  return metadata;
}

/** A range of the source without the white space at either end. */
function trimmedSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(source[start] as string)) start++;
  while (end > start && /\s/.test(source[end - 1] as string)) end--;
  return { start, end };
}

/** Where a `<meta>` element's `content` value is in the source (hast keeps no attribute positions). */
function contentSpan(source: string, meta: Element): { start: number; end: number } | undefined {
  const start = meta.position?.start.offset;
  const end = meta.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const match = /\bcontent\s*=\s*(["'])([^"']*)\1/i.exec(source.slice(start, end));
  if (!match) return undefined;
  const valueStart = start + match.index + match[0].indexOf(match[1] as string) + 1;
  return trimmedSpan(source, valueStart, valueStart + (match[2] as string).length);
}

function readJsonLd(json: string, metadata: HtmlMetadata): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // Broken JSON-LD is the page's problem, not a reason to stop linting its prose.
  }
  const queue: unknown[] = [data];
  for (let count = 0; queue.length > 0 && count < 1000; count++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record['datePublished'] === 'string') metadata.published ??= record['datePublished'];
      if (typeof record['dateModified'] === 'string') metadata.modified ??= record['dateModified'];
      for (const author of [record['author']].flat()) {
        if (typeof author === 'string') metadata.authors.push(author);
        else if (
          author &&
          typeof author === 'object' &&
          typeof (author as Record<string, unknown>)['name'] === 'string'
        ) {
          metadata.authors.push((author as Record<string, string>)['name'] as string);
        }
      }
      if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
    }
  }
}
