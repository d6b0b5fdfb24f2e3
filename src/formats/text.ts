import type { BlockContent, Heading, Html, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { LineIndex } from './line-index.js';

const bulletPattern = /^([ \t]*)([•·▪‣◦●○■□➢►✓✔*+-]|\d{1,3}[.)]|[a-z][.)])[ \t]+(?=\S)/u;
const commentPattern = /^[ \t]*<!--[\s\S]*-->[ \t]*$/;
const sentenceEndPattern = /[.!?…:;,"'”’)\]]\s*$/u;
/** A short line with no closing punctuation, followed by prose, reads as a heading. */
const maxHeadingLength = 100;

interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * Plain text: blank lines separate paragraphs, bullet and numbered lines become list items, and a
 * short unpunctuated line that opens a paragraph (the way articles pasted from the web keep their
 * headings) becomes a heading, so sentences never run across it.
 */
export function parseText(source: string): Root {
  const index = new LineIndex(source);
  const position = (start: number, end: number): Position => ({ start: index.point(start), end: index.point(end) });
  const children: RootContent[] = [];
  let list: List | undefined;
  let paragraphLines: Line[] = [];
  let sawHeading = false;

  const paragraph = (lines: Line[]): Paragraph => {
    const first = lines[0] as Line;
    const last = lines[lines.length - 1] as Line;
    const at = position(first.start, last.end);
    return {
      type: 'paragraph',
      children: [{ type: 'text', value: source.slice(first.start, last.end), position: at }],
      position: at,
    };
  };
  const flushParagraph = (): void => {
    if (paragraphLines.length > 0) children.push(paragraph(paragraphLines));
    paragraphLines = [];
  };
  const closeList = (): void => {
    list = undefined;
  };

  const lines = splitLines(source);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    if (line.text.trim() === '') {
      flushParagraph();
      closeList();
      continue;
    }
    if (commentPattern.test(line.text)) {
      flushParagraph();
      closeList();
      const html: Html = { type: 'html', value: line.text.trim(), position: position(line.start, line.end) };
      children.push(html);
      continue;
    }
    const bullet = bulletPattern.exec(line.text);
    if (bullet) {
      flushParagraph();
      const contentStart = line.start + bullet[0].length;
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [paragraph([{ text: line.text.slice(bullet[0].length), start: contentStart, end: line.end }])],
        position: position(line.start, line.end),
      };
      if (!list) {
        list = {
          type: 'list',
          ordered: /\d/.test(bullet[2] ?? ''),
          spread: false,
          children: [],
          position: item.position,
        };
        children.push(list);
      }
      list.children.push(item);
      if (list.position && item.position) list.position.end = item.position.end;
      continue;
    }
    if (list && /^[ \t]/.test(line.text)) {
      // An indented line under a bullet continues that item.
      const item = list.children[list.children.length - 1] as ListItem;
      const content = item.children[0] as Paragraph;
      const start = content.position?.start.offset ?? line.start;
      item.children[0] = paragraph([{ text: '', start, end: line.end }]);
      continue;
    }
    closeList();
    const opensParagraph = paragraphLines.length === 0;
    // A next line in lower case continues a hard-wrapped sentence, so this line is not a heading.
    const followedByProse =
      next !== undefined && /^\s*[\p{Lu}\d‘“"']/u.test(next.text) && !bulletPattern.test(next.text);
    const standsAlone = next === undefined || next.text.trim() === '';
    if (
      opensParagraph &&
      line.text.trim().length <= maxHeadingLength &&
      !sentenceEndPattern.test(line.text) &&
      /^\s*[\p{Lu}\d‘“"']/u.test(line.text) &&
      (followedByProse ||
        (standsAlone && i + 1 < lines.length) ||
        (next !== undefined && bulletPattern.test(next.text)))
    ) {
      const heading: Heading = {
        type: 'heading',
        depth: sawHeading ? 2 : 1,
        children: [{ type: 'text', value: line.text, position: position(line.start, line.end) }],
        position: position(line.start, line.end),
      };
      sawHeading = true;
      children.push(heading);
      continue;
    }
    paragraphLines.push(line);
  }
  flushParagraph();
  return { type: 'root', children: children as (BlockContent | Html)[], position: position(0, source.length) };
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    lines.push({ text: source.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < source.length) lines.push({ text: source.slice(start), start, end: source.length });
  return lines;
}
