/**
 * Yes-or-no answers about short lower-case words ("of", "the", "with", "dose"), kept in a table
 * indexed by the word's letters: two in five words of an article are such words, and a table read
 * costs a few nanoseconds where a `Map` look-up of a freshly sliced word (hashed each time, in a
 * table of tens of thousands of words) cost most of the spelling rule's time for known words.
 * Other words' answers are kept too, in a table of their own.
 */
export class ShortWordAnswers {
  /** 0: not asked yet; 1: yes; 2: no. Base 27, letters as 1–26, so "a" and "aa" differ (~0.5 MB). */
  private readonly answers = new Uint8Array(27 ** maximumLength);

  /**
   * Other words' answers, in an open-addressing table keyed by a hash of the word's codes: the
   * caller's `Map` look-up of the same word, behind two closures, cost more than this probe.
   * An empty string marks a free slot (the empty word is never kept).
   */
  private readonly otherWords: string[] = new Array<string>(otherSlots).fill('');
  private readonly otherAnswers = new Uint8Array(otherSlots);
  private otherCount = 0;

  constructor(private readonly answer: (word: string) => boolean) {}

  /** `answer(word)`, asked once per word and kept. */
  get(word: string): boolean {
    const slot = slotOf(word);
    if (slot < 0) return this.getOther(word);
    const known = this.answers[slot]!;
    if (known !== 0) return known === 1;
    const yes = this.answer(word);
    this.answers[slot] = yes ? 1 : 2;
    return yes;
  }

  private getOther(word: string): boolean {
    if (word.length === 0) return this.answer(word);
    let slot = hashOf(word) & otherMask;
    for (let key = this.otherWords[slot]!; key !== ''; key = this.otherWords[slot]!) {
      if (key === word) return this.otherAnswers[slot] === 1;
      slot = (slot + 1) & otherMask;
    }
    const yes = this.answer(word);
    // Kept at most half full, so that probes stay short; a huge run starts the table again.
    if (this.otherCount >= otherSlots / 2) {
      this.otherWords.fill('');
      this.otherCount = 0;
      slot = hashOf(word) & otherMask;
    }
    this.otherWords[slot] = word;
    this.otherAnswers[slot] = yes ? 1 : 2;
    this.otherCount++;
    return yes;
  }
}

/** Slots for other words: the 500 bench articles write ~18,000 distinct words of five letters or more. */
const otherSlots = 2 ** 16;
const otherMask = otherSlots - 1;

/** FNV-1a over the word's UTF-16 codes. */
export function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
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
