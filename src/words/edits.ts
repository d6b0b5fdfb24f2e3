import { memoize } from '../memo.js';

/**
 * The single edits of a word (delete, transpose, replace, insert), each with a hash computed in
 * constant time from the word's prefix and suffix hashes, so that a caller can rule most of them
 * out against a {@link WordFilter} before building any string. Suggestions try up to 12,000
 * candidates a word; building and hashing each one as a new string was most of spelling's cost.
 */

/**
 * Longer than any word a dictionary holds ("pneumonoultramicroscopicsilicovolcanoconiosis" is 45):
 * such a token gets no edits, as their number and length grow with it (a 100,000-letter "word"
 * would have made 5 million strings of 100,000 characters).
 */
export const maxEditableLength = 64;

/** The letters edits insert and replace by default. */
export const latinLetters = 'abcdefghijklmnopqrstuvwxyz';

export type EditKind = 'delete' | 'transpose' | 'replace' | 'insert';

/** One edit of `word` at `index`; reused from one visit to the next, so copy what you keep. */
export interface Edit {
  word: string;
  index: number;
  kind: EditKind;
  /** The letter replaced or inserted. */
  letter: string;
}

/** The text of an edit. */
export function editText({ word, index, kind, letter }: Edit): string {
  const head = word.slice(0, index);
  switch (kind) {
    case 'delete':
      return head + word.slice(index + 1);
    case 'transpose':
      return head + word[index + 1] + word[index] + word.slice(index + 2);
    case 'replace':
      return head + letter + word.slice(index + 1);
    case 'insert':
      return head + letter + word.slice(index);
  }
}

/** How much an edit changes the word's length. */
export function lengthChange(kind: EditKind): number {
  return kind === 'delete' ? -1 : kind === 'insert' ? 1 : 0;
}

const base = 131;
/** `base` to the power of n, modulo 2³², for every length an edit can have. */
const powers = new Int32Array(maxEditableLength + 3);
powers[0] = 1;
for (let power = 1; power < powers.length; power++) powers[power] = Math.imul(powers[power - 1]!, base);

/** The polynomial hash (modulo 2³²) of a string: h(ab) = h(a)·baseᵇ + h(b), which edits rely on. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = extendHash(hash, word.charCodeAt(index));
  return hash;
}

/** The hash of a string one code unit longer: the hashes of a word's starts, one after another. */
export function extendHash(hash: number, code: number): number {
  return (Math.imul(hash, base) + code) | 0;
}

/**
 * Visits every single edit of `word` in a fixed order (by position; at each, delete, transpose,
 * then for each letter of `alphabet` replace and insert) with its hash. Stops, and returns true,
 * when `visit` returns true. `positions` visits only edits at the first that many positions.
 */
export function visitEdits(
  word: string,
  alphabet: string,
  visit: (hash: number, edit: Edit) => boolean | void,
  positions = Number.POSITIVE_INFINITY,
): boolean {
  const length = word.length;
  if (length > maxEditableLength) return false;
  // Suggestions visit the edits of ~600 first edits a word: reuse the hash buffers unless nested.
  const nested = scratchInUse;
  scratchInUse = true;
  try {
    return visitEditsWith(word, alphabet, visit, nested ? newScratch() : scratch, positions);
  } finally {
    scratchInUse = nested;
  }
}

interface Scratch {
  prefix: Int32Array;
  suffix: Int32Array;
}

const newScratch = (): Scratch => ({
  prefix: new Int32Array(maxEditableLength + 1),
  suffix: new Int32Array(maxEditableLength + 2),
});
const scratch = newScratch();
let scratchInUse = false;

/** The code units of an alphabet, kept: suggestions ask for the same few alphabets ~600 times a word. */
const codesOf = memoize((alphabet: string) => [...alphabet].map((letter) => letter.charCodeAt(0)), 1_000);

function visitEditsWith(
  word: string,
  alphabet: string,
  visit: (hash: number, edit: Edit) => boolean | void,
  { prefix, suffix }: Scratch,
  positions: number,
): boolean {
  const length = word.length;
  prefix[0] = 0;
  suffix[length] = 0;
  suffix[length + 1] = 0;
  for (let index = 0; index < length; index++) {
    prefix[index + 1] = (Math.imul(prefix[index]!, base) + word.charCodeAt(index)) | 0;
  }
  for (let index = length - 1; index >= 0; index--) {
    suffix[index] = (Math.imul(word.charCodeAt(index), powers[length - 1 - index]!) + suffix[index + 1]!) | 0;
  }
  const letters = codesOf(alphabet);
  const edit: Edit = { word, index: 0, kind: 'delete', letter: '' };
  for (let index = 0; index <= length && index < positions; index++) {
    const rest = length - index; // letters from `index` on
    const head = prefix[index]!;
    edit.index = index;
    if (rest > 0) {
      edit.kind = 'delete';
      if (visit((Math.imul(head, powers[rest - 1]!) + suffix[index + 1]!) | 0, edit)) return true;
    }
    if (rest > 1) {
      edit.kind = 'transpose';
      const swapped =
        Math.imul(head, powers[rest]!) +
        Math.imul(word.charCodeAt(index + 1), powers[rest - 1]!) +
        Math.imul(word.charCodeAt(index), powers[rest - 2]!) +
        suffix[index + 2]!;
      if (visit(swapped | 0, edit)) return true;
    }
    const current = rest > 0 ? word.charCodeAt(index) : -1;
    for (let letter = 0; letter < letters.length; letter++) {
      const code = letters[letter]!;
      edit.letter = alphabet[letter]!;
      if (rest > 0 && code !== current) {
        edit.kind = 'replace';
        const replaced = Math.imul(head, powers[rest]!) + Math.imul(code, powers[rest - 1]!) + suffix[index + 1]!;
        if (visit(replaced | 0, edit)) return true;
      }
      edit.kind = 'insert';
      const inserted = Math.imul(head, powers[rest + 1]!) + Math.imul(code, powers[rest]!) + suffix[index]!;
      if (visit(inserted | 0, edit)) return true;
    }
  }
  return false;
}

/** How many edits {@link visitEdits} visits at positions `from` and after (`alphabet` without repeats). */
export function editsFrom(word: string, alphabet: string, from: number): number {
  const length = word.length;
  if (length > maxEditableLength) return 0;
  let count = 0;
  for (let index = Math.max(0, from); index <= length; index++) {
    const rest = length - index;
    if (rest > 0) count += 1 + alphabet.length - (alphabet.includes(word[index]!) ? 1 : 0);
    if (rest > 1) count++;
    count += alphabet.length;
  }
  return count;
}

/** Every string one edit away from `word`, in the order {@link visitEdits} visits them. */
export function singleEdits(word: string, alphabet = latinLetters): string[] {
  const edits: string[] = [];
  visitEdits(word, alphabet, (_hash, edit) => {
    edits.push(editText(edit));
  });
  return edits;
}

/** Answers whether a word with this hash may be known: "no" must be certain. */
export interface HashFilter {
  mayHold(hash: number): boolean;
}

const filterBits = 24;

/**
 * A one-hash Bloom filter over word hashes (2 MB): "no" is certain, "maybe" is checked against
 * the real word lists. With the ~250,000 words of the shipped lists about 1.5 % of unknown
 * candidates get through.
 */
export class WordFilter implements HashFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** `bits`: the filter's size as a power of two (24: 2 MB, right for ~250,000 words). */
  constructor(words: Iterable<string>, bits = filterBits, stored?: Uint32Array) {
    this.bits = stored ?? new Uint32Array(1 << (bits - 5));
    this.mask = (1 << bits) - 1;
    for (const word of words) this.add(wordHash(word));
  }

  add(hash: number): void {
    const slot = spread(hash) & this.mask;
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  mayHold(hash: number): boolean {
    const slot = spread(hash) & this.mask;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }

  /** The filter's bits, for storing. */
  bytes(): Buffer {
    return Buffer.from(this.bits.buffer, this.bits.byteOffset, this.bits.byteLength);
  }

  /** A filter over stored bits (a power of two of them, as `bytes` gives), without copying them when aligned. */
  static fromBytes(bytes: Uint8Array): WordFilter {
    const bits = Math.log2(bytes.length * 8);
    const words =
      bytes.byteOffset % 4 === 0
        ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
        : new Uint32Array(new Uint8Array(bytes).buffer);
    return new WordFilter([], bits, words);
  }
}

/** Spreads a polynomial hash over all 32 bits (MurmurHash3's finaliser): similar words differ in few low bits. */
export function spread(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return mixed ^ (mixed >>> 16);
}

/** Whether two words are one edit apart: a letter deleted, inserted, replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/**
 * The optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions and
 * swaps of neighbours), or undefined when it exceeds `atMost`.
 */
export function editDistance(a: string, b: string, atMost: number): number | undefined {
  if (Math.abs(a.length - b.length) > atMost) return undefined;
  let before = new Array<number>(b.length + 1).fill(0);
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    next[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      next[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > atMost) return undefined;
    before = row;
    row = next;
  }
  const distance = row[b.length]!;
  return distance <= atMost ? distance : undefined;
}
