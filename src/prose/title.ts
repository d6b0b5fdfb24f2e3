import type { Root, Text, Yaml } from 'mdast';
import YAML, { isMap, isScalar } from 'yaml';
import { makeBlock } from './build.js';
import type { Block, Citation, SourceSpan } from './types.js';

/**
 * The article's title as a block of its own (kind `title`), so the sentence rules read a headline
 * like any other sentence, with positions in the file: the front matter `title` value (quoted or
 * not; escapes map back to their characters) or the HTML `<title>` (else `og:title`).
 *
 * A title repeated as the article's first heading is read once, at the heading: the heading is
 * what a reader sees in the body, and reporting both would say the same thing twice.
 */
export function titleBlock(
  mdast: Root,
  source: string,
  blocks: readonly Block[],
  htmlTitle: { span: SourceSpan; text: string } | undefined,
  citations: Citation[],
): Block | undefined {
  const span = htmlTitle?.span ?? frontMatterTitle(mdast, source);
  if (!span || span.end <= span.start) return undefined;
  const text = (htmlTitle ? htmlTitle.text : frontMatterTitleValue(mdast)) ?? source.slice(span.start, span.end);
  const firstHeading = blocks.find((block) => block.kind === 'heading');
  if (firstHeading && repeats(text, firstHeading.text)) return undefined;
  const node: Text = {
    type: 'text',
    value: text,
    position: { start: { line: 1, column: 1, offset: span.start }, end: { line: 1, column: 1, offset: span.end } },
  };
  return makeBlock([node], source, 'title', 0, -1, citations);
}

/** Whether a title says what the heading says (an HTML title may add “ | Site name”). */
function repeats(title: string, heading: string): boolean {
  const normal = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const a = normal(title);
  const b = normal(heading);
  return b.length > 0 && (a === b || a.startsWith(`${b} `));
}

function yamlNode(mdast: Root): Yaml | undefined {
  return mdast.children.find((child): child is Yaml => child.type === 'yaml');
}

function frontMatterTitleValue(mdast: Root): string | undefined {
  const found = titleScalar(mdast);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function titleScalar(mdast: Root): { value: unknown; range: [number, number, number] } | undefined {
  const node = yamlNode(mdast);
  if (!node) return undefined;
  try {
    const document = YAML.parseDocument(node.value);
    if (!isMap(document.contents)) return undefined;
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.value === 'title' && isScalar(pair.value) && pair.value.range) {
        return { value: pair.value.value, range: pair.value.range };
      }
    }
  } catch {
    // Broken front matter has no title to read.
  }
  return undefined;
}

/** The source range of the front matter title's value, quotes left out. */
function frontMatterTitle(mdast: Root, source: string): SourceSpan | undefined {
  const node = yamlNode(mdast);
  const found = titleScalar(mdast);
  const nodeStart = node?.position?.start.offset;
  if (!node || !found || nodeStart === undefined || typeof found.value !== 'string') return undefined;
  const valueStart = source.indexOf(node.value, nodeStart);
  if (valueStart < 0) return undefined;
  let start = valueStart + found.range[0];
  let end = valueStart + found.range[1];
  const quote = source[start];
  if ((quote === '"' || quote === "'") && source[end - 1] === quote && end - start >= 2) {
    start += 1;
    end -= 1;
  }
  return { start, end };
}
