import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { extendHash, spread, WordFilter, wordHash } from './edits.js';
import { dictionariesFolder } from './word-lists.js';

/**
 * How a list's words are looked up: as written, or with the first letter in lower case (personal
 * names, so that the lower-case edits of a misspelled name can be looked up by their hash).
 */
export type Keying = 'exact' | 'lower-first';

const tab = 9;
const newline = 10;
const carriageReturn = 13;
const hash = 35;

/**
 * A shipped word list (one word a line, an optional tab and tag, `#` comment lines) answered in
 * place: an open-addressing table of line offsets over the file's own text. Building Sets and
 * Maps of the ~250,000 shipped words took ~250 ms of every start; hashing the lines into two
 * typed arrays takes a few milliseconds, and a lookup costs about what a Map's does. The table
 * keeps each word's hash, so an edit's hash can be tested before the edit is built.
 */
export class WordIndex {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Number of words. */
  readonly size: number;
  private textDigest: string | undefined;

  constructor(
    private readonly text: string,
    private readonly keying: Keying = 'exact',
    table?: { slots: Int32Array; hashes: Int32Array; size: number },
  ) {
    if (table) {
      this.slots = table.slots;
      this.hashes = table.hashes;
      this.mask = table.slots.length - 1;
      this.size = table.size;
      return;
    }
    const starts: number[] = [];
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const first = text.charCodeAt(start);
      if (end > start && first !== hash && first !== carriageReturn && first !== tab) starts.push(start);
      start = end + 1;
    }
    let capacity = 16;
    while (capacity < starts.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (const start of starts) {
      const keyHash = this.lineHash(start);
      let slot = spread(keyHash) & this.mask;
      let duplicate = false;
      for (; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
        if (this.hashes[slot] === keyHash && this.sameLines(this.slots[slot]! - 1, start)) {
          duplicate = true; // The first line wins, as a Set built from the list would keep one.
          break;
        }
      }
      if (duplicate) continue;
      this.slots[slot] = start + 1;
      this.hashes[slot] = keyHash;
      size++;
    }
    this.size = size;
  }

  /**
   * The table as bytes, for `npm run build` to store beside the list: a header naming the
   * format, the keying and a digest of the text it indexes, then the two arrays.
   */
  serialise(): Buffer {
    return Buffer.concat([
      header(indexFormat, this.keying, this.digest, String(this.size)),
      Buffer.from(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength),
      Buffer.from(this.hashes.buffer, this.hashes.byteOffset, this.hashes.byteLength),
    ]);
  }

  /**
   * The index stored by `serialise`, or undefined if it was made from another text or format.
   * `textDigest` is the text's digest when the caller has it already.
   */
  static deserialise(
    text: string,
    keying: Keying,
    bytes: Buffer,
    textDigest: string = digestOf(text),
  ): WordIndex | undefined {
    const [format, storedKeying, digest, size] = headerOf(bytes);
    if (format !== indexFormat || storedKeying !== keying || digest !== textDigest) return undefined;
    const capacity = (bytes.length - headerBytes) / 8;
    if (!Number.isInteger(capacity) || capacity < 16 || (capacity & (capacity - 1)) !== 0) return undefined;
    // Read in place when the arrays are aligned (a file's own Buffer starts at 0), else copied out:
    // copying the ~12 MB of tables cost ~60 ms of every start.
    const tableStart = bytes.byteOffset + headerBytes;
    const table =
      tableStart % Int32Array.BYTES_PER_ELEMENT === 0
        ? new Int32Array(bytes.buffer, tableStart, capacity * 2)
        : new Int32Array(bytes.buffer.slice(tableStart, bytes.byteOffset + bytes.length));
    const index = new WordIndex(text, keying, {
      slots: table.subarray(0, capacity),
      hashes: table.subarray(capacity),
      size: Number(size),
    });
    index.textDigest = textDigest;
    return index;
  }

  /** SHA-1 of the list's text. */
  get digest(): string {
    this.textDigest ??= digestOf(this.text);
    return this.textDigest;
  }

  /** Whether the list holds `word` exactly. */
  has(word: string): boolean {
    return this.lineOf(word) !== -1;
  }

  /** Whether the list holds `word` with no tag or with `tag` (a dialect, in the dialect-tagged lists). */
  holds(word: string, tag: string): boolean {
    const found = this.tagOf(word);
    return found === '' || found === tag;
  }

  /** The tag of `word` (`''` when its line has none), or undefined when the list lacks it. */
  tagOf(word: string): string | undefined {
    const line = this.lineOf(word);
    if (line === -1) return undefined;
    const after = line + word.length;
    if (this.text.charCodeAt(after) !== tab) return '';
    let end = this.text.indexOf('\n', after);
    if (end === -1) end = this.text.length;
    return this.text.slice(after + 1, end).trim();
  }

  /**
   * Whether some word's key has this hash (`wordHash` of the word, with its first letter in lower
   * case for `lower-first` lists): false means the word is certainly absent.
   */
  mayHoldHash(keyHash: number): boolean {
    for (let slot = spread(keyHash) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === keyHash) return true;
    }
    return false;
  }

  /** Calls `visit` with the key hash of every word, for building a filter. */
  forEachKeyHash(visit: (keyHash: number) => void): void {
    for (let slot = 0; slot < this.slots.length; slot++) if (this.slots[slot] !== 0) visit(this.hashes[slot]!);
  }

  /** Calls `visit` with the hash of every start of every word's key ("a", "ab", "abc"), for a filter of prefixes. */
  forEachKeyPrefixHash(visit: (prefixHash: number) => void): void {
    for (const slot of this.slots) {
      if (slot !== 0) keyHashOf(this.text, slot - 1, this.wordEnd(slot - 1), this.keying, visit);
    }
  }

  /** Every word, in no particular order. */
  *words(): IterableIterator<string> {
    for (const slot of this.slots) if (slot !== 0) yield this.text.slice(slot - 1, this.wordEnd(slot - 1));
  }

  private lineOf(word: string): number {
    if (word.length === 0) return -1;
    const keyHash = this.keyHash(word);
    for (let slot = spread(keyHash) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === keyHash && this.lineIs(this.slots[slot]! - 1, word)) return this.slots[slot]! - 1;
    }
    return -1;
  }

  private keyHash(word: string): number {
    return this.keying === 'exact' ? wordHash(word) : keyHashOf(word, 0, word.length, this.keying);
  }

  private lineHash(start: number): number {
    return keyHashOf(this.text, start, this.wordEnd(start), this.keying);
  }

  /** Where the word of the line at `start` ends: at a tab, a line end or the end of the text. */
  private wordEnd(start: number): number {
    let end = start;
    for (let code = this.text.charCodeAt(end); end < this.text.length; code = this.text.charCodeAt(++end)) {
      if (code === tab || code === newline || code === carriageReturn) break;
    }
    return end;
  }

  private lineIs(start: number, word: string): boolean {
    if (this.wordEnd(start) - start !== word.length) return false;
    for (let index = 0; index < word.length; index++) {
      if (this.text.charCodeAt(start + index) !== word.charCodeAt(index)) return false;
    }
    return true;
  }

  private sameLines(a: number, b: number): boolean {
    const length = this.wordEnd(a) - a;
    return length === this.wordEnd(b) - b && this.text.startsWith(this.text.slice(a, a + length), b);
  }
}

/**
 * The hash of the key of `text` from `start` to `end` (`wordHash`, with the first letter in lower
 * case for `lower-first` lists), telling `visitPrefix` the hash of each start of it on the way.
 */
function keyHashOf(
  text: string,
  start: number,
  end: number,
  keying: Keying,
  visitPrefix?: (prefixHash: number) => void,
): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    value = extendHash(value, index === start && keying === 'lower-first' ? lowerCode(code) : code);
    visitPrefix?.(value);
  }
  return value;
}

/** The lower-case code of a first letter, as `toLowerCase` gives it when that is one character. */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const indexFormat = 'healthlint-word-index-1';
const headerBytes = 128;

/** A stored table's header: its fields one a line, padded to a fixed size so the arrays after it stay aligned. */
function header(...fields: string[]): Buffer {
  const bytes = Buffer.alloc(headerBytes);
  bytes.write(fields.map((field) => `${field}\n`).join(''));
  return bytes;
}

function headerOf(bytes: Buffer): string[] {
  return bytes.subarray(0, headerBytes).toString().split('\n');
}

function digestOf(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The lists healthlint ships, with how each is looked up. */
export const shippedLists: readonly { name: string; keying: Keying; edits?: false }[] = [
  { name: 'hunspell-en.txt', keying: 'exact' },
  { name: 'fda-drug-names.txt', keying: 'exact' },
  { name: 'health-terms.txt', keying: 'exact' },
  { name: 'health-vocabulary.txt', keying: 'exact' },
  { name: 'scowl-supplement.txt', keying: 'exact' },
  { name: 'person-names.txt', keying: 'lower-first' },
  // Looked up whole, never as the edit of another word, so left out of the edit filters: a
  // misspelling one edit from a place or first name is still a misspelling.
  { name: 'names-places.txt', keying: 'exact', edits: false },
  { name: 'foreign-words.txt', keying: 'exact', edits: false },
  // Rare words a common word is one edit from: accepted with the article's evidence, never as an edit.
  { name: 'close-words.txt', keying: 'exact', edits: false },
  // Rare and informal words (SCOWL size 80): accepted as written, never as the edit of another word,
  // so that no typo is read as a slip of them and none is offered.
  { name: 'rare-words.txt', keying: 'exact', edits: false },
  // English words with their accents ("décor"): asked only about words written with such letters.
  { name: 'accented-words.txt', keying: 'exact', edits: false },
  // Common short words, a subset of hunspell-en.txt: asked whether a short unknown word is a slip of one.
  { name: 'common-short-words.txt', keying: 'exact', edits: false },
  // Common words English compounds freely, a subset of hunspell-en.txt: asked about a closed compound's parts.
  { name: 'compound-parts.txt', keying: 'exact', edits: false },
];

/** The lists an edit can be known as: what the filters hold and edit lookups ask. */
const editableLists = shippedLists.filter((list) => list.edits !== false);

/** Where `npm run build` stores the shipped lists' indexes (`dist/word-index/`), when there is a package. */
function storedIndexPath(
  name: string,
  keying: Keying,
  distFolder = packageRoot && join(packageRoot, 'dist'),
): string | undefined {
  return distFolder && join(distFolder, 'word-index', `${name}.${keying}.bin`);
}

/** Writes the index of every shipped list, and their filters, into `distFolder` (the build's last step). */
export function writeShippedWordIndexes(distFolder: string): void {
  mkdirSync(join(distFolder, 'word-index'), { recursive: true });
  const indexes = shippedLists.flatMap(({ name, keying, edits }) => {
    const index = new WordIndex(readFileSync(join(dictionariesFolder, name), 'utf8'), keying);
    writeFileSync(storedIndexPath(name, keying, distFolder)!, index.serialise());
    return edits === false ? [] : [index];
  });
  const filters = buildFilters(indexes);
  writeFileSync(
    storedFiltersPath(distFolder)!,
    Buffer.concat([header(filterFormat, filtersDigest(indexes)), filters.words.bytes(), filters.prefixes.bytes()]),
  );
}

/**
 * Filters over every shipped word, in the keying each list is looked up by: `words` holds each
 * word's hash, `prefixes` the hash of every start of every word. Spelling tests an edit's hash
 * against them before building it.
 */
export interface WordFilters {
  words: WordFilter;
  prefixes: WordFilter;
}

const filterFormat = 'healthlint-word-filters-1';
const wordFilterBits = 24;
const prefixFilterBits = 25;

function buildFilters(indexes: readonly WordIndex[]): WordFilters {
  const words = new WordFilter([], wordFilterBits);
  const prefixes = new WordFilter([], prefixFilterBits);
  for (const index of indexes) {
    index.forEachKeyHash((hash) => words.add(hash));
    index.forEachKeyPrefixHash((hash) => prefixes.add(hash));
  }
  return { words, prefixes };
}

function filtersDigest(indexes: readonly WordIndex[]): string {
  return digestOf(indexes.map((index) => index.digest).join('\n'));
}

function storedFiltersPath(distFolder = packageRoot && join(packageRoot, 'dist')): string | undefined {
  return distFolder && join(distFolder, 'word-index', 'filters.bin');
}

let loadedFilters: WordFilters | null | undefined;

/**
 * The filters of the shipped lists as the build stored them, or undefined when there is no
 * build or it was made from other lists: building them here takes ~150 ms, which only a long
 * run earns back (see src/spelling/checker.ts).
 */
export function storedWordFilters(): WordFilters | undefined {
  if (loadedFilters === undefined) {
    loadedFilters = null;
    const path = storedFiltersPath();
    try {
      const bytes = path ? readFileSync(path) : undefined;
      const indexes = shippedWordIndexes();
      const [format, digest] = bytes ? headerOf(bytes) : [];
      const wordBytes = 2 ** (wordFilterBits - 3);
      if (bytes && format === filterFormat && digest === filtersDigest(indexes)) {
        if (bytes.length === headerBytes + wordBytes + 2 ** (prefixFilterBits - 3)) {
          loadedFilters = {
            words: WordFilter.fromBytes(bytes.subarray(headerBytes, headerBytes + wordBytes)),
            prefixes: WordFilter.fromBytes(bytes.subarray(headerBytes + wordBytes)),
          };
        }
      }
    } catch {
      // No build: the caller builds the filters when a run is long enough to earn them.
    }
  }
  return loadedFilters ?? undefined;
}

/** The filters, built from the shipped lists' indexes. */
export function shippedWordFilters(): WordFilters {
  return storedWordFilters() ?? buildFilters(shippedWordIndexes());
}

const loaded = new Map<string, WordIndex>();

/**
 * A list from `dictionaries/`, indexed once per process: read from the build's stored index
 * when it was made from this very text (its digest says so), else built here (~10-60 ms).
 */
export function shippedWordIndex(name: string, keying: Keying = 'exact'): WordIndex {
  const key = `${name}\0${keying}`;
  let index = loaded.get(key);
  if (!index) {
    const bytes = readFileSync(join(dictionariesFolder, name));
    const text = bytes.toString('utf8');
    index = storedIndex(text, bytes, name, keying) ?? new WordIndex(text, keying);
    loaded.set(key, index);
  }
  return index;
}

/** The index of every shipped list an edit can be known as, in `shippedLists` order. */
export function shippedWordIndexes(): WordIndex[] {
  return editableLists.map(({ name, keying }) => shippedWordIndex(name, keying));
}

/**
 * The stored index of a list, checked against the digest of the list's bytes: that of its text
 * for a valid UTF-8 file, and hashing the bytes spares encoding the text again (an invalid file's
 * index is built here instead).
 */
function storedIndex(text: string, textBytes: Buffer, name: string, keying: Keying): WordIndex | undefined {
  const path = storedIndexPath(name, keying);
  if (!path) return undefined;
  try {
    return WordIndex.deserialise(text, keying, readFileSync(path), digestOf(textBytes));
  } catch {
    return undefined; // No build, or one from elsewhere: build the index here.
  }
}
