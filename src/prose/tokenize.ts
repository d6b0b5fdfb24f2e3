import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Point } from 'unist';

const parser = new ParseEnglish();

/**
 * The most text one parse-english call sees. Its plugins splice token arrays, so a paragraph
 * costs time quadratic in its tokens when they are many and merge (`a'b ` or `A.B ` repeated,
 * `&bogus;` floods, 200,000 short lines: issue 12). Ordinary paragraphs are shorter than this
 * and are parsed whole, exactly as before.
 */
export const maxParseLength = 4_000;

/**
 * Tokenises a paragraph with parse-english, in windows of at most `maxParseLength` characters
 * when it is longer. Each window keeps the sentences parse-english ended before the window's last
 * one, and the next window starts where that last sentence starts, so a sentence is cut only when
 * it is longer than a window (then at white space where there is any). Offsets, lines and columns
 * are those of the whole text.
 */
export function tokenizeParagraph(text: string, windowLength = maxParseLength): NlcstParagraph {
  if (text.length <= windowLength) return parser.tokenizeParagraph(text);
  const children: NlcstParagraph['children'] = [];
  const lines = new LineCounter(text);
  let from = 0;
  while (from < text.length) {
    const to = from + windowLength >= text.length ? text.length : cutPoint(text, from, from + windowLength);
    const window = parser.tokenizeParagraph(text.slice(from, to));
    let kept = window.children;
    let next = to;
    if (to < text.length) {
      const lastSentence = findLastIndex(kept, (child) => child.type === 'SentenceNode');
      const lastStart = kept[lastSentence]?.position?.start.offset ?? 0;
      // The last sentence may go on past the window: parse it again from its start, unless it
      // is the window's only sentence (longer than a window), which is cut where the window ends.
      if (lastSentence !== -1 && lastStart > 0) {
        kept = kept.slice(0, lastSentence);
        next = from + lastStart;
      }
    }
    const start = lines.pointAt(from);
    shift(kept, from, start);
    children.push(...kept);
    from = next;
  }
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  return {
    type: 'ParagraphNode',
    children,
    ...(first && last ? { position: { start: first.start, end: last.end } } : {}),
  };
}

/** Where a window ending near `end` is cut: after white space, else after a mark that is not part of a word. */
function cutPoint(text: string, from: number, end: number): number {
  const floor = from + Math.floor((end - from) / 2);
  for (let index = end; index > floor; index--) {
    if (/\s/.test(text[index - 1] as string) && !(text[index - 1] === '\r' && text[index] === '\n')) return index;
  }
  for (let index = end; index > floor; index--) {
    if (/[^\p{L}\p{M}\p{N}]/u.test(text[index - 1] as string) && !/\p{M}/u.test(text[index] ?? '')) return index;
  }
  // One run of letters longer than half a window: cut it, but not inside a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index] as T)) return index;
  return -1;
}

type Node = NlcstParagraph['children'][number] | NlcstSentence['children'][number];

/**
 * Moves a window's nodes and their descendants from window positions to positions in the whole
 * text. parse-latin shares point objects between a parent and its first and last child, so each
 * point is moved once.
 */
function shift(nodes: readonly Node[], offset: number, start: { line: number; column: number }): void {
  if (offset === 0) return;
  const seen = new Set<Point>();
  const move = (point: Point | undefined): void => {
    if (!point || seen.has(point)) return;
    seen.add(point);
    if (point.line === 1) point.column += start.column - 1;
    point.line += start.line - 1;
    if (point.offset !== undefined) point.offset += offset;
  };
  const pending: Node[] = [...nodes];
  for (let each = pending.pop(); each; each = pending.pop()) {
    move(each.position?.start);
    move(each.position?.end);
    if ('children' in each) for (const child of each.children) pending.push(child as Node);
  }
}

/** Lines and columns of increasing offsets, counted as parse-latin counts them (CR, LF and CRLF end a line). */
class LineCounter {
  private line = 1;
  private lineStart = 0;
  private scanned = 0;

  constructor(private readonly text: string) {}

  pointAt(offset: number): { line: number; column: number } {
    for (; this.scanned < offset; this.scanned++) {
      const code = this.text.charCodeAt(this.scanned);
      if (code === 13 || (code === 10 && this.text.charCodeAt(this.scanned - 1) !== 13)) this.line++;
      if (code === 13 || code === 10) this.lineStart = this.scanned + 1;
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
