import { editText, latinLetters, visitEdits } from '../words/edits.js';
/**
 * The slips typists make, as opposed to the differences between real words. A misspelling of a
 * word is that word with two neighbouring letters swapped ("recieve"), a letter left out
 * ("concious", "brocoli") or a key’s neighbour struck instead ("miniscule"); real words one edit
 * from a common word differ from it in other ways: a letter added ("teenaged", "useable"), a
 * letter no key near the other ("crawfish" beside "crayfish", "wonton" beside "wanton"), or the
 * first letter, which writers seldom get wrong ("gummies" beside "tummies").
 */

/** The letters around each key of a QWERTY keyboard, row above and below included. */
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const neighbours = new Map<string, Set<string>>();
for (let row = 0; row < keyboardRows.length; row++) {
  for (let column = 0; column < keyboardRows[row]!.length; column++) {
    const around = new Set<string>();
    for (const [rowStep, columns] of [
      [-1, [0, 1]],
      [0, [-1, 1]],
      [1, [-1, 0]],
    ] as const) {
      const line = keyboardRows[row + rowStep];
      for (const step of columns) {
        const key = line?.[column + step];
        if (key) around.add(key);
      }
    }
    neighbours.set(keyboardRows[row]![column]!, around);
  }
}

/** Whether two letters sit side by side (or diagonally) on a QWERTY keyboard: "d" and "e", "m" and "k". */
export function areNeighbouringKeys(one: string, other: string): boolean {
  return neighbours.get(one)?.has(other) ?? false;
}

/** The letters on the keys around a letter's key ("e": "w", "r", "s", "d"…); none for other characters. */
export function keyNeighbours(letter: string): ReadonlySet<string> {
  return neighbours.get(letter) ?? noNeighbours;
}

const noNeighbours: ReadonlySet<string> = new Set();

/**
 * Whether a lower-case word reads as a typist's slip of a word `isCommon` knows: two neighbouring
 * letters swapped, a letter after the first left out, or a letter after the first struck on a
 * neighbouring key; with `keptEnding`, only where the slip touches none of the word's last
 * `keptEnding` letters (a letter left out just before them still counts).
 */
export function isTypingSlip(
  word: string,
  isCommon: (candidate: string) => boolean,
  { finalLetter = true, keptEnding = 0 }: { finalLetter?: boolean; keptEnding?: number } = {},
): boolean {
  // With `keptEnding`, the word's last letters are an inflection of its own ("speeded", "gummies"):
  // another ending on the same stem ("speeder", "gummiest") is another word, not a slip.
  const stemEnd = word.length - keptEnding;
  for (let index = 0; index < Math.min(word.length, stemEnd) - 1; index++) {
    if (word[index] === word[index + 1]) continue;
    if (isCommon(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2))) return true;
  }
  // Without `finalLetter`, a word one letter short of another at its end is no slip: "underuse"
  // (a noun) beside "underused", an inflection rather than a key missed.
  const lastInsert = Math.min(finalLetter ? word.length : word.length - 1, keptEnding > 0 ? stemEnd : word.length);
  for (let index = 1; index <= lastInsert; index++) {
    for (const letter of latinLetters) {
      if (isCommon(word.slice(0, index) + letter + word.slice(index))) return true;
    }
  }
  for (let index = 1; index < stemEnd; index++) {
    for (const letter of neighbours.get(word[index]!) ?? []) {
      if (isCommon(word.slice(0, index) + letter + word.slice(index + 1))) return true;
    }
  }
  return false;
}

/**
 * Whether one edit after the first letter makes a known word, other than a letter added at the
 * end ("underuse" beside "underused", an inflection) or a letter replaced by one far from it on
 * the keyboard ("deworming" beside "deforming", a different word): a prefixed word that is such a
 * slip ("determinated" beside "determinate") is read as the slip.
 */
export function isSlipOfKnown(word: string, isKnown: (candidate: string) => boolean): boolean {
  return visitEdits(word, latinLetters, (_hash, edit) => {
    if (edit.index === 0) return false;
    if (edit.kind === 'insert' && edit.index === word.length) return false;
    if (edit.kind === 'replace' && !areNeighbouringKeys(word[edit.index]!, edit.letter)) return false;
    return isKnown(editText(edit));
  });
}
