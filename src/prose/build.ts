import type { Nodes as MdastNodes, Root as MdastRoot, PhrasingContent } from 'mdast';
import type { Paragraph as NlcstParagraph } from 'nlcst';
import { OffsetMap } from './offset-map.js';
import { tokenizeParagraph } from './tokenize.js';
import { findTextCitations } from './citations.js';
import { isLatin1, oneByteWhenLatin1 } from './one-byte.js';
import type { Block, BlockKind, BlockRole, Citation, Sentence, SourceSpan, Word } from './types.js';

/** Containers whose children are blocks; everything not listed here or in `leafKinds` is skipped. */
// An MDX component (`<Callout>…</Callout>` on lines of its own) holds blocks as a blockquote does;
// its attributes are not children, so they are never read as prose.
const containerTypes = new Set([
  'root',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'footnoteDefinition',
  'mdxJsxFlowElement',
]);

/**
 * Splits an mdast tree into prose blocks, one per paragraph, heading, list item paragraph or
 * table cell. Each block is tokenised on its own: mdast-util-to-nlcst flattens a whole document
 * into one sentence before splitting it, which is quadratic in document length.
 */
export function buildBlocks(
  tree: MdastRoot,
  source: string,
): { blocks: Block[]; citations: Citation[]; endMarkers: number[] } {
  const blocks: Block[] = [];
  const citations: Citation[] = [];
  const endMarkers: number[] = [];
  let section = -1;

  // An explicit stack, not recursion: a 10,000-deep blockquote must not overflow the call stack.
  const pending: [MdastNodes, BlockKind | undefined][] = [[tree, undefined]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, context] = next;
    // A release's end marker (`###` parses as an empty heading) closes its prose: what follows is
    // boilerplate; `assignRoles` reads the marker from here.
    if (node.type === 'heading' && isEndMarkerSource(source, node)) {
      endMarkers.push(blocks.length);
      continue;
    }
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind: BlockKind =
          node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'tableCell' : (context ?? 'paragraph');
        const block = makeBlock(node.children, source, kind, blocks.length, section, citations);
        if (!block) continue;
        if (node.type === 'heading') {
          block.depth = node.depth;
          section = block.index;
          block.section = section;
        }
        blocks.push(block);
        continue;
      }
      default: {
        if (!containerTypes.has(node.type) || !('children' in node)) continue;
        const childContext: BlockKind | undefined =
          node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'quote' : context;
        for (let index = node.children.length - 1; index >= 0; index--) {
          pending.push([node.children[index] as MdastNodes, childContext]);
        }
      }
    }
  }
  return { blocks, citations, endMarkers };
}

function isEndMarkerSource(source: string, node: MdastNodes): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  // `## ###` too: a marker on a line that the writer (or a text-to-Markdown step) made a heading;
  // and `# # #`, `## # # #`, the spaced form (round 21: Fred Hutch's releases), which parses as a
  // heading reading “#” or “# #”.
  return (
    start !== undefined &&
    end !== undefined &&
    /^(?:#{1,6}[ \t]+)?#(?:[ \t]*#){2}[ \t]*$/.test(source.slice(start, end))
  );
}

/** `<sup>3</sup>`, `<sup>[2,4]</sup>` in Markdown: a reference marker, as HTML's `<sup>` is. */
const supOpen = /^<sup\b[^>]*>$/i;
const supClose = /^<\/sup>$/i;
const markerText = /^\s*\[?(?:\d{1,3}|[ivx]{1,5})(?:\s*[-–,]\s*(?:\d{1,3}|[ivx]{1,5})){0,8}\]?\s*$/;

export function makeBlock(
  children: PhrasingContent[],
  source: string,
  kind: BlockKind,
  index: number,
  section: number,
  citations: Citation[],
): Block | undefined {
  const map = new OffsetMap();
  let text = '';
  const markers: Citation[] = [];
  const add = (nodes: PhrasingContent[]): void => {
    nodes.forEach((node, position) => {
      const next = nodes[position + 1];
      const closing = nodes[position + 2];
      if (
        node.type === 'html' &&
        supOpen.test(node.value) &&
        next?.type === 'text' &&
        markerText.test(next.value) &&
        closing?.type === 'html' &&
        supClose.test(closing.value)
      ) {
        superscripts.add(next);
      }
      addOne(node);
    });
  };
  const superscripts = new Set<PhrasingContent>();
  const addOne = (node: PhrasingContent): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') {
      if (start === undefined || end === undefined) return;
      if (superscripts.has(node)) {
        markers.push({ kind: 'numeric-marker', block: index, start: text.length, end: text.length + 1, text: ' ' });
        map.appendSynthetic(' ', start);
        text += ' ';
        return;
      }
      map.append(node.value, source, start, end);
      text += node.value;
    } else if (node.type === 'link' || node.type === 'linkReference') {
      const from = text.length;
      add(node.children);
      if (node.type === 'linkReference' || isEvidenceLink(node.url)) {
        markers.push({ kind: 'link', block: index, start: from, end: text.length, text: text.slice(from) });
      }
    } else if (node.type === 'footnoteReference' && start !== undefined) {
      markers.push({ kind: 'footnote', block: index, start: text.length, end: text.length + 1, text: ' ' });
      map.appendSynthetic(' ', start);
      text += ' ';
    } else if ('children' in node) {
      add(node.children as PhrasingContent[]);
    } else if (start !== undefined && wordSeparators.has(node.type)) {
      // Keep words on either side apart without letting the rules read code or markup.
      map.appendSynthetic(' ', start);
      text += ' ';
    }
  };
  add(children);
  // Rules match on the text's normalised view (offset-map.ts, `matchingView`); citation markers
  // found while building move to their place in it.
  const view = map.normalise(text);
  // One byte a character where the block's characters allow it (one-byte.ts): the rules' patterns
  // then meet two-byte text only in blocks that need it.
  text = oneByteWhenLatin1(view.text);
  for (const marker of markers) {
    marker.start = view.fromText(marker.start);
    marker.end = Math.max(marker.start, view.fromText(marker.end));
    if (marker.kind === 'link') marker.text = text.slice(marker.start, marker.end);
  }
  if (text.trim() === '') return undefined;

  const tokens = tokenizeParagraph(text);
  const block = blockOf(kind, index, section, text, map);
  block.sentences = sentencesOf(tokens, block);
  citations.push(...markers);
  for (const found of findTextCitations(text)) citations.push({ ...found, block: index });
  return block;
}

/**
 * The block itself, made apart from `makeBlock`: closures share their function's scope, and
 * made there the block's `toSource` and `span` kept alive the tree walkers and sets that built it,
 * for every block of the file.
 */
function blockOf(kind: BlockKind, index: number, section: number, text: string, map: OffsetMap): Block {
  return new ProseBlock(kind, index, section, text, map);
}

/**
 * A class, not an object literal: a literal with a getter has its properties in a hash table
 * (~450 bytes a block, and slower to read), and its `toSource` and `span` were two closures more.
 */
class ProseBlock implements Block {
  declare depth?: number;
  role: BlockRole = 'body';
  sentences: Sentence[] = [];
  #nlcst: NlcstParagraph | undefined;
  readonly #map: OffsetMap;

  constructor(
    readonly kind: BlockKind,
    public index: number,
    public section: number,
    readonly text: string,
    map: OffsetMap,
  ) {
    this.#map = map;
  }

  // No rule reads the syntax tree once sentences and words are taken from it, and kept for every
  // block of every article it was most of what the garbage collector moved: it is let go and
  // tokenised again, identically, if anyone asks.
  get nlcst(): NlcstParagraph {
    this.#nlcst ??= tokenizeParagraph(this.text);
    return this.#nlcst;
  }

  toSource(offset: number): number {
    return this.#map.toSource(offset);
  }

  span(start: number, end: number): SourceSpan {
    return this.#map.toSourceRange(start, end);
  }
}

/** Inline nodes that are not prose but keep the words on either side apart: code, breaks, markup, MDX expressions. */
const wordSeparators = new Set(['inlineCode', 'break', 'html', 'mdxTextExpression']);

/** Links to pages and references count as evidence; mail, phone and script links do not. */
function isEvidenceLink(url: string): boolean {
  return !/^(?:mailto|tel|javascript|data):/i.test(url.trim());
}

function sentencesOf(paragraph: NlcstParagraph, block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  // A block with a curly quote stays two-byte (one-byte.ts); its other sentences need not.
  const wideBlock = !isLatin1(block.text);
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue;
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? start;
    let count = 0;
    for (const word of child.children) if (word.type === 'WordNode') count++;
    const { store, from } = wordOffsetStore(count);
    let at = from;
    for (const word of child.children) {
      if (word.type !== 'WordNode') continue;
      store[at++] = word.position?.start.offset ?? 0;
      store[at++] = word.position?.end.offset ?? 0;
    }
    const text = block.text.slice(start, end);
    sentences.push(
      new ProseSentence(
        block,
        sentences.length,
        wideBlock ? oneByteWhenLatin1(text) : text,
        start,
        end,
        store,
        from,
        count,
      ),
    );
  }
  return sentences;
}

/**
 * Word offsets are written into shared blocks of this many numbers: an array of its own for each
 * sentence costs more than its words (a typed array's header, or 8 bytes a number in a plain one).
 */
const offsetStoreLength = 1 << 16;
let offsetStore = new Uint32Array(offsetStoreLength);
let offsetStoreUsed = 0;

/** Room for `count` words' start and end offsets, in a shared block when they fit. */
function wordOffsetStore(count: number): { store: Uint32Array; from: number } {
  const length = 2 * count;
  if (length > offsetStoreLength / 4) return { store: new Uint32Array(length), from: 0 };
  if (offsetStoreUsed + length > offsetStoreLength) {
    offsetStore = new Uint32Array(offsetStoreLength);
    offsetStoreUsed = 0;
  }
  const from = offsetStoreUsed;
  offsetStoreUsed += length;
  return { store: offsetStore, from };
}

/**
 * A sentence keeps its words as offsets (8 bytes a word) and makes the word objects when a rule
 * reads them: kept as objects for every sentence of the file, they were half the memory a large
 * article held while it was linted (56 bytes a word), and only the spelling rule reads them all.
 * A word's text is its slice of the block's text, as the tokeniser's nodes are.
 */
class ProseSentence implements Sentence {
  constructor(
    readonly block: Block,
    readonly index: number,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly offsets: Uint32Array,
    private readonly firstOffset: number,
    readonly wordCount: number,
  ) {}

  get words(): Word[] {
    return recentWords(this);
  }

  /**
   * The sentence's words as objects, made afresh. Each text is a plain slice: words live only while
   * a rule reads them now, so sharing one string per distinct word (a table look-up per word, once
   * a third of a large file's memory) no longer saves anything.
   */
  makeWords(): Word[] {
    const text = this.block.text;
    // Sized once: grown by `push`, the arrays held a third again as many slots.
    const words = new Array<Word>(this.wordCount);
    for (let index = 0, at = this.firstOffset; index < this.wordCount; index++, at += 2) {
      const start = this.offsets[at]!;
      const end = this.offsets[at + 1]!;
      words[index] = { text: text.slice(start, end), start, end };
    }
    return words;
  }
}

/**
 * The word arrays made last, by sentence: a rule reads `sentence.words` again and again while it
 * walks one sentence (`words[index - 1]`, `words.length`), and must get the same objects each
 * time. A few sentences are kept, not every one, or the memory comes back.
 */
const recentlyMade: { sentence: ProseSentence | undefined; words: Word[] }[] = Array.from({ length: 8 }, () => ({
  sentence: undefined,
  words: [],
}));
let newestMade = 0;

function recentWords(sentence: ProseSentence): Word[] {
  for (let age = 0; age < recentlyMade.length; age++) {
    const made = recentlyMade[(newestMade - age + recentlyMade.length) % recentlyMade.length]!;
    if (made.sentence === sentence) return made.words;
  }
  const words = sentence.makeWords();
  newestMade = (newestMade + 1) % recentlyMade.length;
  const slot = recentlyMade[newestMade]!;
  slot.sentence = sentence;
  slot.words = words;
  return words;
}
