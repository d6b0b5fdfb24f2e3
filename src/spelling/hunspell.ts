import nspell from 'nspell';
import { memoize } from '../memo.js';
import type { Dialect } from '../language/dialect.js';
import { shippedWordIndex, type WordIndex } from '../words/word-index.js';
import { readLimits, readRegularFileSync } from '../read.js';

export type NSpell = ReturnType<typeof nspell>;

/** What healthlint asks of a Hunspell dictionary: nspell's `correct()`. */
export interface Hunspell {
  correct(word: string): boolean;
}

/**
 * `dictionaries/hunspell-en.txt`, indexed in place: one read of a plain list instead of building
 * nspell, ~10× faster at start-up. A form tagged with a dialect belongs to that one only.
 */
export function shippedHunspellIndex(): WordIndex {
  return shippedWordIndex('hunspell-en.txt');
}

/**
 * A shipped dialect's Hunspell dictionary (dictionary-en or dictionary-en-gb), answering as
 * nspell's `correct()` does for them: the form as written, then sentence case for an ALL-CAPS
 * word, then lower case; a typographic apostrophe reads as a straight one. Two things nspell
 * accepts are left out because the spelling rule never asks: possessives (stripped first) and
 * ordinal compounds such as "21st" (words with digits are not checked).
 */
export class ShippedHunspell implements Hunspell {
  private readonly forms = shippedHunspellIndex();

  constructor(readonly dialect: Dialect) {}

  /** Whether this exact form is listed (the fast path for lower-case candidates). */
  has(form: string): boolean {
    return this.forms.holds(form, this.dialect);
  }

  correct(word: string): boolean {
    if (this.has(word)) return true;
    let normal = word.trim();
    if (normal === '') return false;
    if (normal.includes('’')) normal = normal.replace(/’/g, "'");
    if (normal !== word && this.has(normal)) return true;
    if (normal.toUpperCase() === normal && this.has(normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
    const lower = normal.toLowerCase();
    return lower !== normal && this.has(lower);
  }
}

/** The process-wide dictionary of a dialect. */
export const hunspellFor = memoize((dialect: Dialect) => new ShippedHunspell(dialect));

/** Builds a checker from a user's Hunspell `.aff`/`.dic` pair with nspell. */
export function hunspellFromFiles(affPath: string, dicPath: string): NSpell {
  return nspell({
    aff: readRegularFileSync(affPath, readLimits.wordList),
    dic: readRegularFileSync(dicPath, readLimits.wordList),
  });
}
