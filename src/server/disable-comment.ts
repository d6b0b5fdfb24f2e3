import type { Element, Root as HastRoot } from 'hast';
import type { Parent, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parseDocument } from '../formats/index.js';
import type { Format } from '../prose/types.js';

export interface DisableInsertion {
  /** Offset in the document where the comment goes. */
  offset: number;
  text: string;
  /** What the comment silences, for the action's title: "paragraph", "list", … */
  scope: string;
}

const htmlParser = unified().use(rehypeParse).freeze();

/**
 * Where `<!--healthlint ignore rule-->` goes so that it silences `rule` in the block holding
 * `offset`. remark-message-control's `ignore` applies to the node right after the comment, so the
 * comment must become that block's previous sibling: in Markdown, a line of its own before the
 * top-level block (MDX has no HTML comments: there it is the same words in an expression comment); in
 * HTML, right before the block element's start tag. Plain text has no comments, so it gets no insertion.
 */
export function disableInsertion(
  source: string,
  format: Format,
  offset: number,
  ruleId: string,
): DisableInsertion | undefined {
  const comment = format === 'mdx' ? `{/* healthlint ignore ${ruleId} */}` : `<!--healthlint ignore ${ruleId}-->`;
  const insertion =
    format === 'markdown' || format === 'mdx'
      ? markdownInsertion(source, format, offset, comment)
      : format === 'html'
        ? htmlInsertion(source, offset, comment)
        : undefined;
  return insertion && silences(source, format, insertion, offset, comment) ? insertion : undefined;
}

/**
 * Checks the edit the way remark-message-control will read it: parsed again, the comment must be
 * a node whose next sibling holds the finding. Some places cannot take a comment (the HTML reader
 * drops one before a fragment's first element); there the action is not offered rather than
 * offered and useless.
 */
function silences(
  source: string,
  format: Format,
  insertion: DisableInsertion,
  offset: number,
  comment: string,
): boolean {
  const edited = source.slice(0, insertion.offset) + insertion.text + source.slice(insertion.offset);
  const target = offset >= insertion.offset ? offset + insertion.text.length : offset;
  const { mdast } = parseDocument(edited, format);
  const search = (parent: Parent): boolean =>
    parent.children.some((child, index) => {
      if (isComment(child, comment)) {
        const next = parent.children[index + 1]?.position;
        if (next?.start.offset !== undefined && next.end.offset !== undefined)
          return next.start.offset <= target && target < next.end.offset;
      }
      return 'children' in child && search(child);
    });
  return search(mdast);
}

function isComment(node: RootContent, comment: string): boolean {
  if (node.type === 'html') return node.value.trim() === comment;
  // An MDX expression node holds what is between the braces.
  return node.type === 'mdxFlowExpression' && `{${node.value}}` === comment;
}

const markdownScopes: Partial<Record<RootContent['type'], string>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  blockquote: 'quote',
  table: 'table',
  mdxJsxFlowElement: 'component',
};

function markdownInsertion(
  source: string,
  format: 'markdown' | 'mdx',
  offset: number,
  comment: string,
): DisableInsertion | undefined {
  const { mdast } = parseDocument(source, format);
  const block = mdast.children.find(
    (node) =>
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined &&
      node.position.start.offset <= offset &&
      offset < Math.max(node.position.end.offset, node.position.start.offset + 1),
  );
  const scope = block ? markdownScopes[block.type] : undefined;
  if (!block || !scope) return undefined;
  const start = block.position?.start.offset ?? 0;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  return { offset: lineStart, text: `${comment}${newline}`, scope };
}

// List items are left out: healthlint's HTML reader drops comments between `<li>`s, so the
// comment goes before the whole list instead.
const htmlScopes: Record<string, string> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  ul: 'list',
  ol: 'list',
  blockquote: 'quote',
  table: 'table',
  figcaption: 'caption',
  caption: 'caption',
  div: 'block',
  section: 'section',
};

function htmlInsertion(source: string, offset: number, comment: string): DisableInsertion | undefined {
  const tree = htmlParser.parse(source) as HastRoot;
  let best: Element | undefined;
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      // Elements the parser implied (`<html>`, `<body>` of a fragment) have no position: look inside.
      if (start === undefined || end === undefined) visit(child);
      else if (offset >= start && offset < end) {
        if (htmlScopes[child.tagName]) best = child;
        visit(child);
      }
    }
  };
  visit(tree);
  const start = best?.position?.start.offset;
  if (!best || start === undefined) return undefined;
  return { offset: start, text: comment, scope: htmlScopes[best.tagName] ?? 'block' };
}
