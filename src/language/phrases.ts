import { memoize } from '../memo.js';

/**
 * A phrase found in a text by a `PhraseMatcher`. Phrases are literal text, matched on word
 * boundaries and compared without case (as `/iu` would compare them): a space matches any run of
 * white space or hyphens, `'` and `’` match each other, and `*` at the end of a word matches any
 * word ending ("reverse*" → reverses, reversing).
 */
export interface PhraseMatch<Entry> {
  entry: Entry;
  start: number;
  end: number;
  text: string;
}

/** A lexicon entry: a stable id and the phrases that stand for it. */
export interface PhraseEntry {
  id: string;
  match: readonly string[];
}

interface TrieNode {
  /** Literal edges by `keyOf` the code point: most nodes have one, kept out of a Map to be cheap. */
  key: number;
  child: TrieNode | undefined;
  more: Map<number, TrieNode> | undefined;
  separator: TrieNode | undefined;
  wildcard: TrieNode | undefined;
  /** Priority of the best phrase that ends here (lower wins). */
  ends: number;
  /** Priority of the best phrase through here: a branch that cannot beat the match in hand is skipped. */
  readonly first: number;
}

const newNode = (first: number): TrieNode => ({
  key: -1,
  child: undefined,
  more: undefined,
  separator: undefined,
  wildcard: undefined,
  ends: Infinity,
  first,
});

/**
 * Finds the phrases of a lexicon in a text with a character trie, in one pass and in time linear in
 * the length of the text (for a given lexicon). Matches never overlap; at each start the
 * phrase with the longest text wins ("most effective treatment" over "most effective"), ties
 * going to lexicon order, and the search resumes after it. It finds exactly what one `giu` regular
 * expression of all the phrases, longest first, would find (test/language/phrases.test.ts holds
 * it to that), without the cost of compiling one.
 */
export class PhraseMatcher<Entry extends PhraseEntry> {
  /** Each phrase with its entry, longest first: a phrase's place here is its priority. */
  private readonly phrases: { entry: Entry; words: PhraseWord[] }[];
  /**
   * Built at the first search, not when the matcher is made: the language helpers make their
   * matchers as they are imported, and building every trie took ~25 ms of each start, spent for
   * nothing by a run whose files all come from the cache.
   */
  private built: BuiltTrie | undefined;

  constructor(entries: readonly Entry[]) {
    // Split and checked now, so that a phrase the matcher refuses is refused where it is given.
    this.phrases = entries
      .flatMap((entry) => entry.match.map((phrase) => ({ entry, phrase })))
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map(({ entry, phrase }) => ({ entry, words: phraseWords(phrase) }));
  }

  matchAll(text: string): PhraseMatch<Entry>[] {
    const { root, asciiStarts, pairNodes, pairSkips, pairThirds, thirdMasks } = (this.built ??= this.build());
    const found: PhraseMatch<Entry>[] = [];
    const best = { priority: Infinity, end: 0 };
    let resume = 0;
    const starts = matchStarts(text);
    for (let index = 0; index < starts.length; index += 2) {
      const start = starts[index] as number;
      if (start < resume) continue;
      const code = starts[index + 1] as number;
      let node: TrieNode | undefined;
      let at: number;
      if (code < firstOnly) {
        // Two ASCII characters: one table look-up answers most word starts, and skips the search's
        // step through the first character where it could go on only through a child.
        const pair = code & pairMask;
        const skip = pairSkips[pair] as number;
        if (skip === 0) continue;
        // The third character, when ASCII, is tested against the characters the search could take
        // there: about half the starts that pass the pair would fail at that very step.
        const third = code >>> pairBits;
        const mask = (pairThirds[pair] as number) * 4 + (third >>> 5);
        if (third < 0x80 && ((thirdMasks[mask] as number) & (1 << (third & 31))) === 0) continue;
        node = pairNodes[pair] as TrieNode;
        at = start + skip;
      } else {
        const key = code - firstOnly;
        node = key < 0x80 ? asciiStarts[key] : childOf(root, key);
        if (!node) continue;
        // Only a code point of the basic plane folds to an ASCII key ("’" → "'", "K" → "k").
        at = start + (key < 0x80 ? 1 : width(text.codePointAt(start) as number));
      }
      best.priority = Infinity;
      search(text, node, at, best);
      const entry = this.phrases[best.priority]?.entry;
      if (entry) {
        found.push({ entry, start, end: best.end, text: text.slice(start, best.end) });
        resume = best.end;
      }
    }
    return found;
  }

  private build(): BuiltTrie {
    const root = newNode(0);
    this.phrases.forEach(({ words }, priority) => insert(root, words, priority));
    // The root's edges by ASCII key: a lookup at word starts whose second character is not ASCII.
    const asciiStarts = Array.from({ length: 0x80 }, (_, key) => childOf(root, key));
    const pairNodes = new Array<TrieNode | undefined>(pairCount).fill(undefined);
    const pairSkips = new Uint8Array(pairCount);
    const pairThirds = new Uint16Array(pairCount);
    // Mask 0 lets every third character through; the others are made once per distinct node.
    const masks: number[] = [-1, -1, -1, -1];
    const maskOfNode = new Map<TrieNode, number>();
    asciiStarts.forEach((first, key) => {
      if (!first) return;
      // A node that ends a phrase or has a separator or wildcard must be searched from itself.
      const direct = first.ends === Infinity && !first.separator && !first.wildcard;
      for (let second = 0; second < 0x80; second++) {
        const node = direct ? childOf(first, keyOf(second)) : first;
        if (!node) continue;
        const pair = key * 0x80 + second;
        pairNodes[pair] = node;
        pairSkips[pair] = direct ? 2 : 1;
        if (!direct || node.wildcard) continue;
        let mask = maskOfNode.get(node);
        if (mask === undefined) {
          mask = masks.length / 4;
          masks.push(...asciiThirdMask(node));
          maskOfNode.set(node, mask);
        }
        pairThirds[pair] = mask;
      }
    });
    return { root, asciiStarts, pairNodes, pairSkips, pairThirds, thirdMasks: Uint32Array.from(masks) };
  }
}

interface BuiltTrie {
  root: TrieNode;
  asciiStarts: (TrieNode | undefined)[];
  /**
   * By a word start's pair code (see `findMatchStarts`), where its search begins: the node after
   * both characters, or after the first where the search must visit that node. `pairSkips` holds
   * how many characters that is, 0 where no phrase can start (most word starts).
   */
  pairNodes: (TrieNode | undefined)[];
  pairSkips: Uint8Array;
  /** By pair code, which four words of `thirdMasks` say the ASCII characters a search may take next. */
  pairThirds: Uint16Array;
  thirdMasks: Uint32Array;
}

/**
 * The ASCII characters with which a search at `node` (with no wildcard) can go on or end, as a
 * mask of 128 bits: those with a child, a separator's if the node has one, and a non-word one
 * if a phrase ends here. The first step of `search`, answered by four numbers.
 */
function asciiThirdMask(node: TrieNode): number[] {
  const mask = [0, 0, 0, 0];
  for (let code = 0; code < 0x80; code++) {
    const traits = traitsOf(code);
    const goesOn =
      childOf(node, keyOf(code)) !== undefined ||
      (node.separator !== undefined && (traits & separatorTrait) !== 0) ||
      (node.ends !== Infinity && (traits & wordTrait) === 0);
    if (goesOn) mask[code >>> 5] = (mask[code >>> 5] as number) | (1 << (code & 31));
  }
  return mask;
}

interface PhraseWord {
  literal: string;
  wildcard: boolean;
}

/** A phrase's words, each with whether it ends in `*`; throws for a phrase the trie cannot match as a regex would. */
function phraseWords(phrase: string): PhraseWord[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      const wildcard = word.endsWith('*');
      const literal = wildcard ? word.slice(0, -1) : word;
      // Both would make a greedy `[\s-]+` or `\p{L}*` wrong where a regex would backtrack.
      if (literal === '') {
        throw new Error(`Phrase ${JSON.stringify(phrase)}: ${wildcard ? 'a word needs text before its *' : 'empty'}`);
      }
      if (index > 0 && literal.startsWith('-')) {
        throw new Error(`Phrase ${JSON.stringify(phrase)}: only the first word may start with "-"`);
      }
      return { literal, wildcard };
    });
}

function insert(root: TrieNode, words: readonly PhraseWord[], priority: number): void {
  let node = root;
  words.forEach(({ literal, wildcard }, index) => {
    if (index > 0) node = node.separator ??= newNode(priority);
    for (const char of literal) {
      const key = keyOf(char.codePointAt(0) as number);
      let next = childOf(node, key);
      if (!next) {
        next = newNode(priority);
        if (!node.child) [node.key, node.child] = [key, next];
        else (node.more ??= new Map()).set(key, next);
      }
      node = next;
    }
    if (wildcard) node = node.wildcard ??= newNode(priority);
  });
  node.ends = Math.min(node.ends, priority);
}

/**
 * Where a match may start in a text: at 0 and at every code point whose previous one is no letter
 * or number, each offset followed by its pair code (`[start, pair, start, pair…]`, one array, not
 * two arrays grown one number at a time and copied). It does not depend on the lexicon, and most
 * texts are searched by several (hedges, claims, attributions, treatments…), so it is found once
 * per text and kept, with the code every lexicon's trie looks the start up by: for an ASCII trie
 * key followed by an ASCII character, `key * 0x80 + character` (the pair) plus the third code unit
 * (0x80 for none or one not ASCII) shifted left by `pairBits` (below `firstOnly`), for any other
 * start `firstOnly + key` of its first code point alone.
 */
function findMatchStarts(text: string): readonly number[] {
  // At most one start per code unit: written into a scratch array, copied out at its length into a
  // plain array (a typed array this long would hold its numbers outside the heap, one allocation
  // more to make and to free). A huge text gets a scratch array of its own, not kept.
  const scratch =
    2 * text.length <= sharedScratch.length
      ? sharedScratch
      : 2 * text.length <= maxSharedScratch
        ? (sharedScratch = new Int32Array(
            Math.min(maxSharedScratch, Math.max(2 * text.length, 2 * sharedScratch.length)),
          ))
        : new Int32Array(2 * text.length);
  let length = 0;
  let afterWord = false;
  for (let at = 0; at < text.length;) {
    if (afterWord) {
      // No match starts inside a word: run past its ASCII letters and digits at once.
      let code = text.charCodeAt(at);
      while (code < 0x80 && asciiWordCharacters[code] === 1 && ++at < text.length) code = text.charCodeAt(at);
      if (at >= text.length) break;
    }
    const code = text.codePointAt(at) as number;
    const ascii = code < 0x80;
    if (!afterWord) {
      scratch[length++] = at;
      const key = ascii ? (asciiKeys[code] as number) : keyOf(code);
      // An ASCII key comes only from a code point of one code unit.
      const second = key < 0x80 ? text.charCodeAt(at + 1) : NaN;
      const third = text.charCodeAt(at + 2); // NaN past the end, which is not below 0x80.
      scratch[length++] =
        second < 0x80 ? key * 0x80 + second + ((third < 0x80 ? third : 0x80) << pairBits) : firstOnly + key;
    }
    afterWord = ((ascii ? (asciiTraits[code] as number) : traitsOf(code)) & wordTrait) !== 0;
    at += code > 0xffff ? 2 : 1;
  }
  const starts = new Array<number>(length);
  for (let index = 0; index < length; index++) starts[index] = scratch[index] as number;
  return starts;
}

/** A pair code's low bits: the first two characters (`key * 0x80 + character`). */
const pairBits = 14;
const pairCount = 1 << pairBits;
const pairMask = pairCount - 1;
/** Codes from here on name a start by its first key alone. */
const firstOnly = 0x81 << pairBits;

let sharedScratch = new Int32Array(4096);
const maxSharedScratch = 1 << 17;

const matchStarts = memoize(findMatchStarts, 2_000);

/**
 * Every branch is followed, as a regex tries every alternative. Each quantifier can take its run
 * greedily: `insert` ensures what follows a separator is no separator and nothing after a
 * wildcard is a letter, so a shorter run could never let the phrase match.
 */
function search(text: string, node: TrieNode, at: number, best: { priority: number; end: number }): void {
  // A loop while the trie has one way on (a literal edge, no separator or wildcard): most phrases
  // spend most of their length there, and a call per character was most of the search's time.
  // ASCII characters are read from tables here rather than through `traitsOf`, `keyOf` and
  // `childOf`: a one-lane run optimises without inlining (see `optimiseWithoutInlining`), so each
  // helper is a call, four a step.
  for (;;) {
    if (node.first >= best.priority) return;
    const code = text.codePointAt(at);
    const ascii = code !== undefined && code < 0x80;
    const traits = code === undefined ? 0 : ascii ? (asciiTraits[code] as number) : traitsOf(code);
    if (node.ends < best.priority && (traits & wordTrait) === 0) {
      best.priority = node.ends;
      best.end = at;
    }
    if (code !== undefined) {
      const key = ascii ? (asciiKeys[code] as number) : keyOf(code);
      const next = node.key === key ? node.child : node.more?.get(key);
      const separator = traits & separatorTrait ? node.separator : undefined;
      if (next && !separator && !node.wildcard) {
        node = next;
        at += code > 0xffff ? 2 : 1;
        continue;
      }
      if (next) search(text, next, at + width(code), best);
      if (separator) search(text, separator, skip(text, at, separatorTrait), best);
    }
    if (node.wildcard) search(text, node.wildcard, skip(text, at, letterTrait), best);
    return;
  }
}

const childOf = (node: TrieNode, key: number): TrieNode | undefined =>
  node.key === key ? node.child : node.more?.get(key);

function skip(text: string, at: number, trait: number): number {
  for (let code = text.codePointAt(at); code !== undefined && traitsOf(code) & trait; code = text.codePointAt(at)) {
    at += width(code);
  }
  return at;
}

const width = (code: number): number => (code > 0xffff ? 2 : 1);

// The regex's own classes, with its flags: under `i`, U+0345 (a combining mark) is a letter.
const wordCharacter = /[\p{L}\p{N}]/iu;
const letter = /\p{L}/iu;
const separator = /[\s-]/u;
/** Set on every looked-up code point, so that 0 in the table means not looked up yet. */
const knownTrait = 1;
const wordTrait = 2;
const letterTrait = 4;
const separatorTrait = 8;
const basicPlaneTraits = new Uint8Array(0x10000);
const asciiWordCharacters = Uint8Array.from({ length: 0x80 }, (_, code) =>
  wordCharacter.test(String.fromCharCode(code)) ? 1 : 0,
);

/** `traitsOf` and `keyOf` of every ASCII code, for the search's hot loop. */
const asciiTraits = Uint8Array.from({ length: 0x80 }, (_, code) => traitsOf(code));
const asciiKeys = Uint8Array.from({ length: 0x80 }, (_, code) => keyOf(code));

function traitsOf(code: number): number {
  let traits = basicPlaneTraits[code] ?? 0;
  if (traits === 0) {
    const char = String.fromCodePoint(code);
    traits =
      knownTrait |
      (wordCharacter.test(char) ? wordTrait : 0) |
      (letter.test(char) ? letterTrait : 0) |
      (separator.test(char) ? separatorTrait : 0);
    if (code < basicPlaneTraits.length) basicPlaneTraits[code] = traits;
  }
  return traits;
}

/**
 * `/iu` compares by simple case folding, which is lower(upper(c)) for every code point but these
 * (test/language/phrases.test.ts checks every cased code point against the regex engine): ı has
 * no folding of its own, and three letters whose upper case is several letters fold to a twin.
 */
const foldings = new Map([
  [0x131, 0x131],
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb05, 0xfb06],
]);
const folded = new Map<number, number>();

/** The trie's key for a code point: the same for two code points exactly when a phrase's one matches the other. */
function keyOf(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code === 0x2019) return 0x27;
  let key = folded.get(code);
  if (key === undefined) {
    key = foldings.get(code) ?? caseMapped(caseMapped(code, 'toUpperCase'), 'toLowerCase');
    folded.set(code, key);
  }
  return key;
}

/** A single-code-point case mapping; none where it takes several ("ß" → "SS"). */
function caseMapped(code: number, map: 'toUpperCase' | 'toLowerCase'): number {
  const mapped = String.fromCodePoint(code)[map]();
  const first = mapped.codePointAt(0) as number;
  return mapped.length === width(first) ? first : code;
}
