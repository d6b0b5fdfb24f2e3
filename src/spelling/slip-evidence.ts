import { latinLetters } from '../words/edits.js';
import { areNeighbouringKeys, isTypingSlip, keyNeighbours } from './typing-slips.js';

/**
 * What a short unknown word must show to be reported as a misspelling. A word of four letters or
 * fewer that no list knows is one edit from some listed word nearly always ("masa" from "mesa",
 * "neti" from "nevi", "qi" from "q"), so closeness proves nothing; most such words in health
 * prose are clippings, loanwords, names and sounds the lists lack ("endo", "chia", "qi", "zzz").
 * A misspelling shows itself another way: it is a typist's slip of a common word ("ws" for "was",
 * "teh" for "the"), or a longer word broken by a space ("cen ter", "afte rthe").
 */
export const shortWordLength = 4;

/** The words beside an unknown word in its sentence, as the tokeniser gives them. */
export interface Neighbours {
  previous: string | undefined;
  next: string | undefined;
}

/**
 * Whether a short lower-case word shows a sign of being misspelled: a typist's slip (two
 * neighbouring letters swapped, a letter after the first dropped, a neighbouring key struck, a
 * key struck twice or with its neighbour: see {@link hasStrayKey}; a first letter struck on a
 * neighbouring key or left out: see {@link hasSlipAtStart}) of a word `isCommon` holds, any edit
 * after the first letter of a word `isCommonest` holds (see {@link isEditAfterFirstLetter}), or a
 * word broken by a misplaced space (see {@link isBrokenBySpace}).
 */
export function showsSlip(
  lower: string,
  neighbours: Neighbours,
  isCommon: (candidate: string) => boolean,
  isKnown: (candidate: string) => boolean,
  isCommonest: (candidate: string) => boolean = () => false,
): boolean {
  return (
    isTypingSlip(lower, isCommon) ||
    isEditAfterFirstLetter(lower, isCommonest) ||
    hasStrayKey(lower, isCommon) ||
    hasSlipAtStart(lower, isCommon) ||
    isBrokenBySpace(lower, neighbours, isKnown)
  );
}

/**
 * Whether a word is a common word whose first letter was struck on a neighbouring key ("qith"
 * for "with", "vell" for "bell") or left out ("fter" for "after"). `isTypingSlip` leaves the first
 * letter alone, since a real word differs from another there as often ("gummies", "tummies"); a
 * short unknown word has no such reading, and the slip is a typist's.
 */
export function hasSlipAtStart(lower: string, isCommon: (candidate: string) => boolean): boolean {
  const rest = lower.slice(1);
  for (const letter of keyNeighbours(lower.charAt(0))) {
    if (isCommon(letter + rest)) return true;
  }
  for (const letter of latinLetters) {
    if (isCommon(letter + lower)) return true;
  }
  return false;
}

/**
 * Whether one edit of any kind after the first letter (a letter replaced, added or left out) makes
 * the word one that `isCommonest` holds: "witk" and "wyth" for "with", "wiil" for "will". The
 * commonest words are written so often that their misspellings outnumber any rare word one edit
 * away, whatever the keys.
 */
export function isEditAfterFirstLetter(lower: string, isCommonest: (candidate: string) => boolean): boolean {
  for (let index = 1; index <= lower.length; index++) {
    const before = lower.slice(0, index);
    if (index < lower.length && isCommonest(before + lower.slice(index + 1))) return true;
    for (const letter of latinLetters) {
      if (isCommonest(before + letter + lower.slice(index))) return true;
      if (index < lower.length && letter !== lower[index] && isCommonest(before + letter + lower.slice(index + 1))) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether a word is a common word with one letter too many, after its first, that a typist's
 * finger struck on the way: the letter beside it again ("aan" for "an") or a key next to the
 * letter beside it ("saidf" for "said", "olds" for "old"). A letter added elsewhere makes other
 * words ("chiao", "kaleo").
 */
export function hasStrayKey(lower: string, isCommon: (candidate: string) => boolean): boolean {
  for (let index = 1; index < lower.length; index++) {
    const letter = lower[index]!;
    const beside = [lower[index - 1], lower[index + 1]];
    if (!beside.some((other) => other !== undefined && (other === letter || areNeighbouringKeys(other, letter)))) {
      continue;
    }
    if (isCommon(lower.slice(0, index) + lower.slice(index + 1))) return true;
  }
  return false;
}

/**
 * Whether a word is a piece of a word a space broke: joined with the word before or after it, it
 * is a known word ("cen" and "ter" of "cen ter"), or a letter moved across the space makes both
 * known words ("afte rthe" for "after the"). Pieces in lower case only: a capital marks a word
 * of its own.
 */
export function isBrokenBySpace(
  lower: string,
  { previous, next }: Neighbours,
  isKnown: (candidate: string) => boolean,
): boolean {
  const both = (first: string, second: string): boolean =>
    first.length >= minimumPiece && second.length >= minimumPiece && isKnown(first) && isKnown(second);
  if (next !== undefined && /^\p{Ll}+$/u.test(next)) {
    if (isKnown(lower + next)) return true;
    if (both(lower + next.charAt(0), next.slice(1)) || both(lower.slice(0, -1), lower.slice(-1) + next)) return true;
  }
  if (previous !== undefined && /^\p{Ll}+$/u.test(previous)) {
    if (isKnown(previous + lower)) return true;
    if (both(previous + lower.charAt(0), lower.slice(1)) || both(previous.slice(0, -1), previous.slice(-1) + lower)) {
      return true;
    }
  }
  return false;
}

/** The shortest word a moved letter may leave: "a" and "I" beside any word prove nothing. */
const minimumPiece = 2;
