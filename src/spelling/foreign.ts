import { isForeignFunctionWord, withoutAccents } from './checker.js';
import type { CheckableWord } from './tokens.js';

/** English words that open a Latin phrase: "in vitro", "a priori". */
const latinLeads = new Set(['in', 'a']);

const outsideEnglish = /[^\p{ASCII}‘’]/u;

/** Letters that UTF-8 read as Latin-1 leaves ("Ã©" for "é", "Â" before a symbol): an encoding error, not a foreign word. */
const mojibake = /[ÃÂ]/u;

const elidedArticle = /^[dlDL]['’]\p{L}/u;

/**
 * Whether an unknown word is foreign in its place, not an English misspelling:
 * - a name particle before a capitalised word ("de Gaulle", "van Gogh", "von Willebrand"), or
 *   after one inside a foreign name ("Centre de recherche");
 * - a foreign function word beside another ("et al.", "de novo", "per se", "ad libitum") or after
 *   "in" or "a" ("in vivo", "a priori");
 * - a word with letters outside English that is no English word with accents added ("kaléo",
 *   "Montréal", "Köln"), or one beside another foreign word: one such letter, a foreign function
 *   word, or a word no dictionary knows; or alone in its sentence ("Español" on a line of its
 *   own, a link to the page in another language).
 * `isKnown` answers for neighbouring words.
 */
export function isForeignInContext(word: CheckableWord, isKnown: (text: string) => boolean): boolean {
  const { previous, next } = word;
  if (isForeignFunctionWord(word.text) && /^\p{Ll}/u.test(word.text)) {
    if (next !== undefined && /^\p{Lu}/u.test(next)) return true;
    // "Centre de recherche", "Fonds de recherche du Québec": inside a capitalised foreign name.
    if (previous !== undefined && /^\p{Lu}\p{Ll}/u.test(previous) && next !== undefined && /^\p{Ll}/u.test(next))
      return true;
    const neighbours = [previous, next].filter((text): text is string => text !== undefined);
    if (neighbours.some((text) => isForeignFunctionWord(text))) return true;
    if (previous !== undefined && latinLeads.has(previous.toLowerCase())) return true;
  }
  if (!outsideEnglish.test(word.text)) return false;
  // "kaléo", "Ñuñoa", "Zürcher": letters English does not write, on no English word (once the
  // accents are taken off, "débilitated" is a known word with a slip of accent), mark a foreign
  // word or a name: typists do not add accents by mistake. Mojibake ("Ã©") is no foreign word.
  if (!mojibake.test(word.text) && !isKnown(withoutAccents(word.text))) return true;
  // "d'optométrie", "l'Université": a French elided article on a word with letters outside English.
  if (elidedArticle.test(word.text)) return true;
  // "Español" on a line of its own: a page's link to its version in another language.
  if (previous === undefined && next === undefined) return true;
  return [previous, next].some(
    (text) =>
      text !== undefined &&
      /^\p{L}+$/u.test(text) &&
      (outsideEnglish.test(text) || isForeignFunctionWord(text) || !isKnown(text)),
  );
}

/** How many words either side of a word make the passage it stands in. */
const passageReach = 3;

/** Foreign words a passage holds at least, around an unknown word, to be written in another language. */
const minimumForeignWords = 3;

/** How far either side of a word its passage's words are looked for, in characters. */
const passageCharacters = 120;

/**
 * Whether an unknown word stands in a passage of another language: within three words either side,
 * three or more words no English list holds: foreign function words ("de", "du", "der") or words
 * with letters English does not write ("réadaptation", "Montréal"): "Centre de
 * recherche interdisciplinaire en réadaptation du Montréal métropolitain". A misspelled English
 * word seldom has so many foreign words around it; a foreign name or phrase does.
 */
export function isInForeignPassage(
  text: string,
  start: number,
  end: number,
  isKnown: (text: string) => boolean,
): boolean {
  const before = text.slice(Math.max(0, start - passageCharacters), start).match(passageWord) ?? [];
  const after = text.slice(end, end + passageCharacters).match(passageWord) ?? [];
  const around = [...before.slice(-passageReach), ...after.slice(0, passageReach)];
  return around.filter((neighbour) => isForeignWord(neighbour, isKnown)).length >= minimumForeignWords;
}

const passageWord = /\p{L}+/gu;

function isForeignWord(word: string, isKnown: (text: string) => boolean): boolean {
  if (isKnown(word)) return false;
  return isForeignFunctionWord(word) || (outsideEnglish.test(word) && !mojibake.test(word));
}

/** Endings of Latin species names ("novyi", "suis", "annua", "flavescens"). */
const epithetEnding = /^\p{Ll}{2,30}(?:i|ae|is|us|um|a|ans|ens|es)$/u;

/**
 * Endings of Latin neuter adjectives of the third declension, the form an epithet takes beside a
 * neuter genus ("Foeniculum vulgare", "Zingiber officinale", "Trifolium pratense").
 */
const neuterEpithetEnding = /^\p{Ll}{2,30}(?:ale|are|ile|ense)$/u;

/** Endings of Latin genus names ("Clostridium", "Streptococcus", "Artemisia", "Pseudomonas"). */
const genusEnding = /^\p{Lu}\p{Ll}{3,}(?:us|um|a|ae|as|is|es|er|on|ax|ix)$/u;

/** An abbreviated genus: "H" of "H. influenzae" or "H influenzae", "S" of "S. suis". */
const abbreviatedGenus = /^\p{Lu}$/u;

/**
 * Whether an unknown lower-case word is the species of a binomial name ("Clostridium novyi",
 * "Streptococcus suis", "Artemisia annua", "H. influenzae"): Latin in ending, after a capitalised
 * genus, Latin in ending too, that a dictionary knows or that is an unlisted name (`isGenus`:
 * "Buthus tamulus"), or whose nominative is known (the genitive of a herbal drug name, "Radix
 * Sophorae flavescentis"), or after a genus abbreviated to its capital.
 */
export function isSpeciesName(word: CheckableWord, isGenus: (genus: string) => boolean): boolean {
  const { previous } = word;
  if (previous === undefined || !(epithetEnding.test(word.text) || neuterEpithetEnding.test(word.text))) return false;
  if (abbreviatedGenus.test(previous)) return true;
  if (!genusEnding.test(previous)) return false;
  return isGenus(previous) || (previous.endsWith('ae') && isGenus(previous.slice(0, -1)));
}

/** Taxonomic abbreviations written after a genus: species (sing. and pl.), subspecies, variety, cultivar. */
const taxonAbbreviations = new Set(['sp', 'spp', 'ssp', 'subsp', 'var', 'cv']);

/**
 * Whether an unknown lower-case word is a taxonomic abbreviation after a capitalised genus, with
 * its full stop ("Astragalus spp.", "Candida sp.", "Cucumis melo var."): Latin notation, not a slip.
 * `followedBy` is the text right after the word.
 */
export function isTaxonAbbreviation(word: CheckableWord, followedBy: string): boolean {
  if (!taxonAbbreviations.has(word.text) || !followedBy.startsWith('.')) return false;
  return word.previous !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(word.previous);
}
