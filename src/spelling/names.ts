import type { Block } from '../prose/types.js';
import { oneEditApart } from '../words/edits.js';
import type { CheckableWord } from './tokens.js';

/** A checked word with its block, for reporting. */
export interface PlacedWord {
  word: CheckableWord;
  block: Block;
}

/** Names are long enough to tell apart by one edit; shorter words collide by chance ("Chen", "Chan"). */
const minimumLength = 7;

/**
 * The capitalised words inside the sentences of one article, by spelling, to find a name spelled
 * two ways ("Freundenberger" and "Freudenberger"): the best sign an article gives that a name the
 * lists lack is misspelled.
 */
export class NameSpellings {
  private readonly spellings = new Map<string, PlacedWord & { count: number }>();
  private readonly known = new Set<string>();

  /** Notes a capitalised word inside a sentence, and whether the checker accepted it there. */
  add(word: CheckableWord, block: Block, known: boolean): void {
    if (known && /^\p{Lu}/u.test(word.text)) this.known.add(word.text);
    if (word.text.length < minimumLength || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return;
    const seen = this.spellings.get(word.text);
    if (seen) seen.count++;
    else this.spellings.set(word.text, { word, block, count: 1 });
  }

  /** Whether the article has this capitalised word inside a sentence, accepted there. */
  accepted(text: string): boolean {
    return this.known.has(text);
  }

  /**
   * Another capitalised spelling in the article one edit from `text`, the most frequent first; not
   * its plural or singular: "the Stanleys" is a family named Stanley.
   */
  variantOf(text: string): PlacedWord | undefined {
    let best: (PlacedWord & { count: number }) | undefined;
    for (const [other, seen] of this.spellings) {
      if (other === text || isPluralOf(other, text) || isPluralOf(text, other)) continue;
      if (oneEditApart(other, text) && (!best || seen.count > best.count)) best = seen;
    }
    return best;
  }

  /**
   * The first place of each spelling that `isUnlistedName` says no list holds and that has a
   * variant in the article, which is more frequent, or as frequent and seen first (or listed).
   */
  misspelledNames(isUnlistedName: (text: string) => boolean): (PlacedWord & { variant: PlacedWord })[] {
    const found: (PlacedWord & { variant: PlacedWord })[] = [];
    for (const [text, seen] of this.spellings) {
      if (!isUnlistedName(text)) continue;
      const variant = this.variantOf(text);
      if (!variant) continue;
      const variantCount = this.spellings.get(variant.word.text)?.count ?? 0;
      const variantWins =
        !isUnlistedName(variant.word.text) ||
        variantCount > seen.count ||
        (variantCount === seen.count && precedes(variant, seen));
      if (variantWins && isSlipBetween(variant.word.text, text)) found.push({ ...seen, variant });
    }
    return found;
  }
}

const vowels = new Set('aeiouy');

/**
 * Whether `text`, one edit from `other`, reads as a slip of it rather than as another name: names
 * vary by a vowel, a doubled letter or their first letter ("Heribert" and "Herbert", "Linsenmeyer"
 * and "Linsenmayer", "Gianopoulos" and "Giannopoulos", "Kristen" and "Christen"); swapped letters or
 * a consonant dropped, added or replaced are slips ("Kowalcyzk", "Freundenberger").
 */
export function isSlipBetween(other: string, text: string): boolean {
  const one = other.toLowerCase();
  const two = text.toLowerCase();
  let at = 0;
  while (at < one.length && one[at] === two[at]) at++;
  if (at === 0) return false;
  if (one.length === two.length) {
    if (one[at + 1] === two[at] && one[at] === two[at + 1] && one.slice(at + 2) === two.slice(at + 2)) return true;
    return !(vowels.has(one[at]!) && vowels.has(two[at]!));
  }
  // The letter one spelling has and the other lacks.
  const longer = one.length > two.length ? one : two;
  const letter = longer[at]!;
  return !vowels.has(letter) && letter !== longer[at - 1] && letter !== longer[at + 1];
}

function isPluralOf(plural: string, singular: string): boolean {
  return plural.length === singular.length + 1 && plural.endsWith('s') && plural.startsWith(singular);
}

function precedes(a: PlacedWord, b: PlacedWord): boolean {
  return a.block.index < b.block.index || (a.block.index === b.block.index && a.word.start < b.word.start);
}

/** Verbs of speech next to a name: "Plichta said", "says Hoberman", "Reginster told Reuters". */
const speechVerbs = new Set([
  'said',
  'says',
  'told',
  'tells',
  'explained',
  'explains',
  'added',
  'adds',
  'noted',
  'notes',
  'agreed',
  'agrees',
  'wrote',
  'writes',
  'asked',
  'stated',
  'cautioned',
  'warned',
  'recalled',
  'recalls',
]);

/**
 * Whether a capitalised word stands where a name stands: beside another capitalised word in
 * ordinary prose ("Kaiser Permanente", "Philip Gehrman", "Wellcome Trust"), or beside a verb of
 * speech ("Plichta said"). A typo of a common word rarely stands there; one opening a sentence
 * ("Ceating a health halo") or in a headline in title case gets no such context.
 */
export function standsAsName(word: CheckableWord): boolean {
  if (word.inCapitalisedRun) return true;
  const { previous, next } = word;
  return (
    (next !== undefined && speechVerbs.has(next)) || (previous !== undefined && speechVerbs.has(previous.toLowerCase()))
  );
}
