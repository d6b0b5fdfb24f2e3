/**
 * Yes-or-no answers about short lower-case words ("of", "the", "with", "dose"), kept in a table
 * indexed by the word's letters: two in five words of an article are such words, and a table read
 * costs a few nanoseconds where a `Map` look-up of a freshly sliced word (hashed each time, in a
 * table of tens of thousands of words) cost most of the spelling rule's time for known words.
 */
export class ShortWordAnswers {
  /** 0: not asked yet; 1: yes; 2: no. Base 27, letters as 1–26, so "a" and "aa" differ (~0.5 MB). */
  private readonly answers = new Uint8Array(27 ** maximumLength);

  constructor(private readonly answer: (word: string) => boolean) {}

  /** `answer(word)`, asked once per short word and kept; longer or other words are asked each time. */
  get(word: string): boolean {
    const slot = slotOf(word);
    if (slot < 0) return this.answer(word);
    const known = this.answers[slot]!;
    if (known !== 0) return known === 1;
    const yes = this.answer(word);
    this.answers[slot] = yes ? 1 : 2;
    return yes;
  }
}

/** Words of up to four letters: "that", "with", "were" are common; five letters would take 14 MB. */
const maximumLength = 4;

/** The word's place in the table, or -1 unless it is one to four ASCII letters a–z. */
export function slotOf(word: string): number {
  const length = word.length;
  if (length === 0 || length > maximumLength) return -1;
  let slot = 0;
  for (let index = 0; index < length; index++) {
    const letter = word.charCodeAt(index) - 96;
    if (letter < 1 || letter > 26) return -1;
    slot = slot * 27 + letter;
  }
  return slot;
}
