/**
 * Words spelled with look-alike letters from another script: "сures" with a Cyrillic "с" reads
 * as "cures" but no lexicon or dictionary matches it, so every check passes it by (issue 12).
 * English prose has no reason to mix Cyrillic into a Latin word. Greek letters are another
 * matter: "TNFα", "IFNγ", "β-blocker" and "µg" are ordinary in health writing, so a Greek letter
 * counts only when it looks like a Latin one and sits against a lower-case Latin letter
 * ("mirαcle", "Stυdies"), or is a Latin-looking capital beside a Latin letter ("Οnly").
 */

/** Cyrillic and Greek letters that look like Latin ones, with the Latin letter each passes for. */
const latinLookAlikes: Record<string, string> = {
  // Cyrillic.
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'ë',
  һ: 'h',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek.
  α: 'a',
  ι: 'i',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

const cyrillic = /\p{Script=Cyrillic}/u;
const greek = /\p{Script=Greek}/u;
const latin = /\p{Script=Latin}/u;
const latinLowerCase = /(?=\p{Script=Latin})\p{Ll}/u;
const upperCase = /\p{Lu}/u;

/**
 * When a word mixes Latin letters with look-alikes from Cyrillic or Greek, the word as it reads
 * (each look-alike replaced by its Latin letter); otherwise undefined.
 */
/** Greek and Cyrillic letters: a word without one cannot mix scripts. */
export const otherScriptLetter = /[\u0370-\u052f]/u;

export function mixedScriptWord(word: string): string | undefined {
  if (!otherScriptLetter.test(word) || !latin.test(word)) return undefined;
  const characters = [...word];
  let mixed = false;
  const read = characters.map((character, index) => {
    const passesFor = latinLookAlikes[character];
    if (cyrillic.test(character)) {
      mixed = true;
      return passesFor ?? character;
    }
    if (!passesFor || !greek.test(character)) return character;
    const around = [characters[index - 1] ?? '', characters[index + 1] ?? ''];
    const againstLatin = upperCase.test(character)
      ? around.some((neighbour) => latin.test(neighbour))
      : around.some((neighbour) => latinLowerCase.test(neighbour));
    if (againstLatin) mixed = true;
    return passesFor;
  });
  return mixed ? read.join('') : undefined;
}
