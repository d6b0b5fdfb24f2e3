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
  private readonly spellings = new Map<string, Spelling>();
  /**
   * The spellings by their first and by their last `sharedEnd` letters. One edit (or one swap of
   * neighbours) changes at most two letters next to each other, so two names of `minimumLength` or
   * more one edit apart share their first or their last three: `variantOf` compares a name with
   * those alone instead of with every spelling of the article, which grew with the square of its
   * names.
   */
  private readonly byStart = new Map<string, Spelling[]>();
  private readonly byEnd = new Map<string, Spelling[]>();
  private readonly known = new Set<string>();

  /** Notes a capitalised word inside a sentence, and whether the checker accepted it there. */
  add(word: CheckableWord, block: Block, known: boolean): void {
    if (known && /^\p{Lu}/u.test(word.text)) this.known.add(word.text);
    if (word.text.length < minimumLength || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return;
    const seen = this.spellings.get(word.text);
    if (seen) {
      seen.count++;
      return;
    }
    const spelling = { word, block, count: 1, order: this.spellings.size };
    this.spellings.set(word.text, spelling);
    addTo(this.byStart, word.text.slice(0, sharedEnd), spelling);
    addTo(this.byEnd, word.text.slice(-sharedEnd), spelling);
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
    let best: Spelling | undefined;
    const consider = (seen: Spelling): void => {
      const other = seen.word.text;
      if (other === text || isPluralOf(other, text) || isPluralOf(text, other) || !oneEditApart(other, text)) return;
      // Of as frequent spellings, the one the article wrote first.
      if (!best || seen.count > best.count || (seen.count === best.count && seen.order < best.order)) best = seen;
    };
    if (text.length < minimumLength) {
      for (const seen of this.spellings.values()) consider(seen);
      return best;
    }
    const start = text.slice(0, sharedEnd);
    const end = text.slice(-sharedEnd);
    for (const seen of this.byStart.get(start) ?? []) consider(seen);
    // One that shares both ends was considered already.
    for (const seen of this.byEnd.get(end) ?? []) if (!seen.word.text.startsWith(start)) consider(seen);
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

/** A spelling as noted: where it was first written, how often, and its place among the article's spellings. */
type Spelling = PlacedWord & { count: number; order: number };

/** How many letters at either end two names one edit apart share, at the least (see `byStart`). */
const sharedEnd = 3;

function addTo(index: Map<string, Spelling[]>, key: string, spelling: Spelling): void {
  const list = index.get(key);
  if (list) list.push(spelling);
  else index.set(key, [spelling]);
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
