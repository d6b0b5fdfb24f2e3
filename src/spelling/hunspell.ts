import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import type { Dialect } from '../rule/types.js';
import { dictionariesFolder } from './word-lists.js';

export type NSpell = ReturnType<typeof nspell>;

/** What healthlint asks of a Hunspell dictionary: nspell's `correct()`. */
export interface Hunspell {
  correct(word: string): boolean;
}

const dialectBits: Record<Dialect, number> = { 'en-US': 1, 'en-GB': 2 };

let shippedForms: Map<string, number> | undefined;

/**
 * `dictionaries/hunspell-en.txt` as a map from word form to the dialects that have it (a bit
 * each): one read of a plain list instead of building nspell, ~10× faster at start-up.
 */
function forms(): Map<string, number> {
  if (shippedForms) return shippedForms;
  const text = readFileSync(join(dictionariesFolder, 'hunspell-en.txt'), 'utf8');
  const table = new Map<string, number>();
  const both = dialectBits['en-US'] | dialectBits['en-GB'];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) !== 35 /* # */ && end > start) {
      const tab = text.indexOf('\t', start);
      if (tab === -1 || tab > end) table.set(text.slice(start, end), both);
      else table.set(text.slice(start, tab), text.slice(tab + 1, end) === 'en-GB' ? dialectBits['en-GB'] : 1);
    }
    start = end + 1;
  }
  shippedForms = table;
  return table;
}

/**
 * A shipped dialect's Hunspell dictionary (dictionary-en or dictionary-en-gb), answering as
 * nspell's `correct()` does for them: the form as written, then sentence case for an ALL-CAPS
 * word, then lower case; a typographic apostrophe reads as a straight one. Two things nspell
 * accepts are left out because the spelling rule never asks: possessives (stripped first) and
 * ordinal compounds such as "21st" (words with digits are not checked).
 */
export class ShippedHunspell implements Hunspell {
  private readonly table = forms();
  private readonly bit: number;

  constructor(readonly dialect: Dialect) {
    this.bit = dialectBits[dialect];
  }

  /** Whether this exact form is listed (the fast path for lower-case candidates). */
  has(form: string): boolean {
    return ((this.table.get(form) ?? 0) & this.bit) !== 0;
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

/** Every form of both shipped dialects. */
export function shippedHunspellForms(): IterableIterator<string> {
  return forms().keys();
}

const shipped = new Map<Dialect, ShippedHunspell>();

/** The process-wide dictionary of a dialect. */
export function hunspellFor(dialect: Dialect): ShippedHunspell {
  let dictionary = shipped.get(dialect);
  if (!dictionary) {
    dictionary = new ShippedHunspell(dialect);
    shipped.set(dialect, dictionary);
  }
  return dictionary;
}

/** Builds a checker from a user's Hunspell `.aff`/`.dic` pair with nspell. */
export function hunspellFromFiles(affPath: string, dicPath: string): NSpell {
  return nspell({ aff: readFileSync(affPath), dic: readFileSync(dicPath) });
}
