import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Point } from 'unist';

/** The kinds of token parse-latin's first pass makes, by the class of each character. */
const tokenTypes = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;
const whiteSpaceType = 0;
const wordType = 2;

/** parse-english itself, to class each UTF-16 unit once as its own tokeniser classes it. */
const reference = new ParseEnglish();

/** Each UTF-16 unit's token type (an index in `tokenTypes`), or -1 before it is first seen (64 kB). */
const unitTypes = new Int8Array(0x10000).fill(-1);

function unitType(code: number): number {
  let type = unitTypes[code]!;
  if (type === -1) {
    // parse-latin's character classes have no `u` flag: each unit is classed on its own.
    type = tokenTypes.indexOf(reference.tokenize(String.fromCharCode(code))[0]!.type as (typeof tokenTypes)[number]);
    unitTypes[code] = type;
  }
  return type;
}

/**
 * parse-english with its first pass (`tokenize`, characters into words, white space, punctuation
 * and symbols) done by character code: parse-latin tests each character against three regular
 * expressions, a tenth of the prose model's time. The tokens, their positions and the point
 * objects they share are as parse-latin makes them (test/tokenize.test.ts compares the two); its
 * plugins then run unchanged.
 */
class CodeClassParser extends ParseEnglish {
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let start = { ...currentPoint };
    let previousType = -1;
    let previous = -1;
    const flush = (type: number, index: number): void => {
      const text = value.slice(from, index);
      children.push(
        type === wordType
          ? {
              type: 'WordNode',
              children: [{ type: 'TextNode', value: text, position: { start, end: { ...currentPoint } } }],
              position: { start, end: { ...currentPoint } },
            }
          : {
              type: tokenTypes[type] as Exclude<SentenceContent['type'], 'WordNode'>,
              value: text,
              position: { start, end: { ...currentPoint } },
            },
      );
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = unitType(code);
      // A token goes on through words and white space, a repeated mark, or the halves of a surrogate pair.
      if (
        from < index &&
        !(
          previousType === type &&
          (type === wordType || type === whiteSpaceType || code === previous || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        flush(previousType, index);
        from = index;
        start = { ...currentPoint };
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (code !== 10) {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = type;
      previous = code;
    }
    if (from < value.length) flush(previousType, value.length);
    return children;
  }
}

const parser = new CodeClassParser();

/**
 * What each of parse-english's plugins needs in a text to change anything, as a bit of
 * `triggersOf`: the plugins are written for any text, and each walks every token (or sentence)
 * of every paragraph, calling `toString` on its marks, while most paragraphs lack the one mark a
 * plugin merges ("&", "/", a hyphen) or a blank line to break at. Plugins only regroup tokens, so a
 * character the text lacks is no token's value, and a plugin that needs it changes nothing.
 */
const apostropheOrSlash = 1;
const ampersand = 2;
const hyphen = 4;
/** parse-latin's `wordSymbolInner`: `&'-.:=?@`, U+00AD, U+00B7, U+2010, U+2011, U+2019, U+2027, `_`. */
const innerWordSymbol = 8;
const slash = 16;
const fullStop = 32;
/** Two line breaks: a white space token must hold two to break a sentence. */
const twoLineBreaks = 64;
const allTriggers = 127;

/**
 * parse-english 7's sentence plugins in order, with what each needs: `mergeEnglishElisionExceptions`
 * (an apostrophe, or "/" after "w"), `mergeInitialWordSymbol` ("&"), `mergeFinalWordSymbol`
 * ("-"), `mergeInnerWordSymbol`, `mergeInnerWordSlash` ("/"), `mergeInitialisms` ("."),
 * `patchPosition` (always).
 */
const sentencePluginNeeds = [apostropheOrSlash, ampersand, hyphen, innerWordSymbol, slash, fullStop, 0];

/**
 * Its paragraph plugins in order: `mergeEnglishPrefixExceptions` and `mergeRemainingFullStops`
 * move only a "." and `breakImplicitSentences` breaks only at two line breaks; the others look at
 * sentence boundaries and always run.
 */
const paragraphPluginNeeds = [fullStop, 0, 0, 0, 0, 0, 0, fullStop, 0, 0, twoLineBreaks, 0, 0];

/** Which triggers a text holds, in one pass over it. */
function triggersOf(text: string): number {
  let found = 0;
  let lineBreaks = 0;
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 0x27: // '
      case 0x2019: // ’
        found |= apostropheOrSlash | innerWordSymbol;
        break;
      case 0x2f: // /
        found |= apostropheOrSlash | slash;
        break;
      case 0x26: // &
        found |= ampersand | innerWordSymbol;
        break;
      case 0x2d: // -
        found |= hyphen | innerWordSymbol;
        break;
      case 0x2e: // .
        found |= fullStop | innerWordSymbol;
        break;
      case 0x3a: // :
      case 0x3d: // =
      case 0x3f: // ?
      case 0x40: // @
      case 0x5f: // _
      case 0xad:
      case 0xb7:
      case 0x2010:
      case 0x2011:
      case 0x2027:
        found |= innerWordSymbol;
        break;
      case 0x0a:
      case 0x0d:
        if (++lineBreaks >= 2) found |= twoLineBreaks;
        break;
    }
  }
  return found;
}

const pluginsOf = <Plugin>(plugins: readonly Plugin[], needs: readonly number[], triggers: number): Plugin[] =>
  plugins.filter((_, index) => (needs[index]! & triggers) === needs[index]);

/** parse-english's own plugin lists, when they are the ones `sentencePluginNeeds` describes. */
const allSentencePlugins = parser.tokenizeSentencePlugins;
const allParagraphPlugins = parser.tokenizeParagraphPlugins;
const knownPlugins =
  allSentencePlugins.length === sentencePluginNeeds.length &&
  allParagraphPlugins.length === paragraphPluginNeeds.length;

/** The plugins to run for each combination of triggers, made when first needed. */
const pluginsByTriggers: { sentence: typeof allSentencePlugins; paragraph: typeof allParagraphPlugins }[] = [];

/** parse-english's `tokenizeParagraph`, without the plugins that could change nothing in `text`. */
function parseParagraph(text: string): NlcstParagraph {
  const triggers = knownPlugins ? triggersOf(text) : allTriggers;
  const plugins = (pluginsByTriggers[triggers] ??= {
    sentence: pluginsOf(allSentencePlugins, sentencePluginNeeds, triggers),
    paragraph: pluginsOf(allParagraphPlugins, paragraphPluginNeeds, triggers),
  });
  parser.tokenizeSentencePlugins = plugins.sentence;
  parser.tokenizeParagraphPlugins = plugins.paragraph;
  return parser.tokenizeParagraph(text);
}

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
  if (text.length <= windowLength) return parseParagraph(text);
  const children: NlcstParagraph['children'] = [];
  const lines = new LineCounter(text);
  let from = 0;
  while (from < text.length) {
    const to = from + windowLength >= text.length ? text.length : cutPoint(text, from, from + windowLength);
    const window = parseParagraph(text.slice(from, to));
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
