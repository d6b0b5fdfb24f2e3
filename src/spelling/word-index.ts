import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spread, wordHash } from './edits.js';
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

  constructor(
    private readonly text: string,
    private readonly keying: Keying = 'exact',
  ) {
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

  /** Whether the list holds `word` exactly. */
  has(word: string): boolean {
    return this.lineOf(word) !== -1;
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

  /** The key hash of every word, for building a filter. */
  keyHashes(): Int32Array {
    return this.hashes.filter((_, slot) => this.slots[slot] !== 0);
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
    if (this.keying === 'exact') return wordHash(word);
    const first = word.charAt(0);
    const lower = first.toLowerCase();
    return lower === first || lower.length !== 1 ? wordHash(word) : wordHash(lower + word.slice(1));
  }

  private lineHash(start: number): number {
    const end = this.wordEnd(start);
    let value = 0;
    for (let index = start; index < end; index++) {
      let code = this.text.charCodeAt(index);
      if (index === start && this.keying === 'lower-first') code = lowerCode(code);
      value = (Math.imul(value, 131) + code) | 0;
    }
    return value;
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

/** The lower-case code of a first letter, as `toLowerCase` gives it when that is one character. */
function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const loaded = new Map<string, WordIndex>();

/** A list from `dictionaries/`, indexed once per process. */
export function shippedWordIndex(name: string, keying: Keying = 'exact'): WordIndex {
  const key = `${name}\0${keying}`;
  let index = loaded.get(key);
  if (!index) {
    index = new WordIndex(readFileSync(join(dictionariesFolder, name), 'utf8'), keying);
    loaded.set(key, index);
  }
  return index;
}
