import type { Block } from '../prose/types.js';
import { latinLetters, oneEditApart } from '../words/edits.js';
import { isPrefix } from './derivation.js';

const hyphens = /[-‐‑–]/u;
const tokenCharacter = /[\p{L}'’\-‐‑–]/u;

/**
 * The pieces of the hyphenated word that holds the word at `start`–`end` of `text`, with the
 * index of that word's piece, or nothing when no hyphen joins the word to another ("cath" in
 * "cath-lab" → pieces `cath`, `lab`, index 0).
 */
export function hyphenatedPieces(
  text: string,
  start: number,
  end: number,
): { pieces: string[]; index: number } | undefined {
  if (!hyphens.test(text.charAt(start - 1)) && !hyphens.test(text.charAt(end))) return undefined;
  let from = start;
  while (from > 0 && tokenCharacter.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && tokenCharacter.test(text.charAt(to))) to++;
  const before = text.slice(from, start).split(hyphens);
  const after = text.slice(end, to).split(hyphens);
  const pieces = [...before.slice(0, -1), text.slice(start, end), ...after.slice(1)]
    .map((piece) => trimApostrophes(piece.replace(/['’]s$/iu, '')))
    .filter((piece, position) => piece !== '' || position === before.length - 1);
  const index = before.length - 1;
  return pieces.length > 1 ? { pieces, index } : undefined;
}

/** A piece without the apostrophes around it, trimmed by hand: a pattern anchored at the end is quadratic on a long run. */
function trimApostrophes(piece: string): string {
  let from = 0;
  let to = piece.length;
  while (from < to && apostrophes.has(piece[from]!)) from++;
  while (to > from && apostrophes.has(piece[to - 1]!)) to--;
  return piece.slice(from, to);
}

/**
 * Whether an unknown piece of a hyphenated word is part of a compound rather than a typo, judged
 * with its neighbours: a lower-case piece of a hyphenated name ("Kim Jong-su", "Tso-chen Chang":
 * a capitalised piece no dictionary knows in lower case), or a piece beside known words or
 * prefixes ("cath-lab", "x-rayed", "anti-vaxxers", "pre-hab"), or one no known word is one edit
 * from ("maxingshigan-yinqiaosan"): clippings, slang and names that dictionaries leave out
 * compound with ordinary words. The caller still flags a piece one edit from a word the article
 * writes elsewhere ("well-knwon" beside "known").
 */
export function isCompoundPiece(
  pieces: readonly string[],
  index: number,
  isKnown: (lower: string) => boolean,
  isOneEditFromKnown: (lower: string) => boolean,
): boolean {
  const piece = pieces[index]!;
  const others = pieces.filter((_, position) => position !== index && pieces[position] !== '');
  if (others.length === 0) return false;
  const nameLike = (other: string): boolean => /^\p{Lu}\p{Ll}/u.test(other) && !isKnown(other.toLowerCase());
  if (/^\p{Ll}/u.test(piece) && others.some(nameLike)) return true;
  if (others.every((other) => isKnown(other.toLowerCase()) || isPrefix(other) || /^\p{L}$/u.test(other))) return true;
  return !isOneEditFromKnown(piece.toLowerCase());
}

/**
 * Whether two pieces of a hyphenated word make a reduplicative compound, which English coins for
 * its sound: a rhyme, the same letters after another onset ("wham-bam", "hanky-panky", "itsy-bitsy",
 * "super-duper"), or an ablaut, one vowel changed ("flip-flop", "chit-chat", "zig-zag"). A slip in
 * one piece does not happen to rhyme with its neighbour, so such a piece is no typo even when an
 * everyday word is a letter away ("bam" and "beam"). Lower-case pieces of two letters or more.
 */
export function isReduplication(piece: string, other: string): boolean {
  if (piece === other || !/^\p{Ll}{2,}$/u.test(piece) || !/^\p{Ll}{2,}$/u.test(other)) return false;
  const [pieceOnset, pieceRhyme] = splitOnset(piece);
  const [otherOnset, otherRhyme] = splitOnset(other);
  if (pieceRhyme === otherRhyme && pieceOnset !== otherOnset && pieceRhyme.length >= 2) return true;
  if (piece.length !== other.length || piece.length < 3) return false;
  let changed = -1;
  for (let index = 0; index < piece.length; index++) {
    if (piece[index] === other[index]) continue;
    if (changed >= 0) return false;
    changed = index;
  }
  return changed > 0 && vowelLetters.has(piece[changed]!) && vowelLetters.has(other[changed]!);
}

const vowelLetters = new Set('aeiou');

/** A word's leading consonants and the rest, from its first vowel: "wh" + "am". */
function splitOnset(word: string): [string, string] {
  let index = 0;
  while (index < word.length && !vowelLetters.has(word[index]!)) index++;
  return [word.slice(0, index), word.slice(index)];
}

/**
 * Whether a word is an everyday word (`isEveryday`: Hunspell's own list) of four letters or more
 * with a letter dropped or doubled, its first letter kept ("knwn" for "known", "tomatoe" for
 * "tomato"): slips of typing that formations and clippings rarely look like; a replaced letter is
 * no such sign, since most short pieces are one replacement from some word ("cath" and "bath",
 * "vax" and "wax"). With `addedLetter: 'doubled'`, a letter the word has beyond the everyday one
 * counts only when it doubles a letter beside it ("knoown"): for the head of a compound after a
 * known word ("game-meister"), where a combining word one letter longer than an everyday one
 * ("meister" beside "mister") is no sign of a slip.
 */
export function isLetterSlipOf(
  word: string,
  isEveryday: (lower: string) => boolean,
  { addedLetter = 'any' }: { addedLetter?: 'any' | 'doubled' } = {},
): boolean {
  const lower = word.toLowerCase();
  for (let index = 1; index < lower.length; index++) {
    if (addedLetter === 'doubled' && lower[index] !== lower[index - 1] && lower[index] !== lower[index + 1]) continue;
    const dropped = lower.slice(0, index) + lower.slice(index + 1);
    if (dropped.length >= 4 && isEveryday(dropped)) return true;
  }
  if (lower.length + 1 < 4) return false;
  for (let index = 1; index <= lower.length; index++) {
    for (const letter of latinLetters) {
      if (isEveryday(lower.slice(0, index) + letter + lower.slice(index))) return true;
    }
  }
  return false;
}

/**
 * Whether swapping two neighbouring letters of a word of five letters or more makes a known one
 * ("knwon" → "known", "recieve"): the commonest slip of typing, which no word formation makes.
 */
export function isTransposedKnownWord(word: string, isKnown: (lower: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5) return false;
  for (let index = 0; index < lower.length - 1; index++) {
    if (lower[index] === lower[index + 1]) continue;
    if (isKnown(lower.slice(0, index) + lower[index + 1] + lower[index] + lower.slice(index + 2))) return true;
  }
  return false;
}

/**
 * The lower-case words an article writes, made only when first asked: whether it writes a word
 * one edit from an unknown one, the sign that the unknown one is that word mistyped.
 */
export class ArticleWords {
  private words: Map<string, number> | undefined;

  constructor(private readonly blocks: readonly Block[]) {}

  /**
   * Whether the article writes a word one edit from this one. Its singular or plural counts too
   * unless `ownNumberCounts` is false: a writer who writes "coleague" and "coleagues" beside the
   * known "colleague" mistypes both, but "bedwetter" and "bedwetters", with no known word one edit
   * away, are one term in both numbers, not a slip and its word. Unless `otherEndingsCount`,
   * another inflection of the same stem than its singular or plural does not count either
   * ("focussed" beside "focusses").
   */
  writesOneEditFrom(word: string, ownNumberCounts = true, { otherEndingsCount = true } = {}): boolean {
    const lower = word.toLowerCase();
    for (const written of this.written().keys()) {
      if (Math.abs(written.length - lower.length) > 1 || written === lower || !oneEditApart(written, lower)) continue;
      // A word and its plural stay evidence ("demagog" beside the close word "demagogs"), as above.
      if (!otherEndingsCount && areEndingsOfOneStem(written, lower) && !isSingularAndPlural(written, lower)) continue;
      if (ownNumberCounts || !isSingularAndPlural(written, lower)) return true;
    }
    return false;
  }

  /**
   * Whether the article writes a word the piece clips ("cath" in "cath-lab" beside "catheters"):
   * a word that starts with it and is at least three letters longer, so that a letter added to a
   * written word ("tomatoe" beside "tomatoes") is no clipping. `clippedLetters` lowers that
   * length where other evidence rules the slip out; `isWord` limits the written words to known ones.
   */
  writesWordClippedAs(
    piece: string,
    {
      clippedLetters = minimumClippedLetters,
      isWord = () => true,
    }: { clippedLetters?: number; isWord?: (written: string) => boolean } = {},
  ): boolean {
    const lower = piece.toLowerCase();
    for (const written of this.written().keys()) {
      if (written.length >= lower.length + clippedLetters && written.startsWith(lower) && isWord(written)) return true;
    }
    return false;
  }

  /** How many times the article writes a word, whatever its case ("Hijiki … hijiki": twice). */
  timesWritten(word: string): number {
    return this.written().get(word.toLowerCase()) ?? 0;
  }

  private written(): Map<string, number> {
    if (!this.words) {
      this.words = new Map();
      for (const block of this.blocks) {
        for (const word of block.text.toLowerCase().match(letters) ?? []) {
          this.words.set(word, (this.words.get(word) ?? 0) + 1);
        }
      }
    }
    return this.words;
  }
}

/** Inflectional endings, longest first, for {@link areEndingsOfOneStem}. */
const inflectionEndings = ['ing', 'es', 'ed', 's', 'd'];

/** The word without an inflectional ending, leaving a stem of four letters or more ("focuss" of "focussed"). */
function inflectionStem(word: string): string {
  const ending = inflectionEndings.find((each) => word.endsWith(each) && word.length - each.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}

/**
 * Whether two different words are one stem with two inflectional endings ("focussed" and
 * "focusses", "refocussed" and "refocusses"): one edit apart, yet forms of one word, not a slip
 * and the word it misspells.
 */
export function areEndingsOfOneStem(one: string, other: string): boolean {
  return one !== other && inflectionStem(one) === inflectionStem(other);
}

/** Whether two words one edit apart are one word's singular and its plural in "-s" ("bedwetter", "bedwetters"). */
export function isSingularAndPlural(one: string, other: string): boolean {
  const [shorter, longer] = one.length < other.length ? [one, other] : [other, one];
  return longer === `${shorter}s`;
}

/** Letters a clipping leaves off at least: "cath" for "catheter", "prep" for "preparation". */
const minimumClippedLetters = 3;

const letters = /\p{L}{2,}/gu;

const contraction = /^(\p{L}+)['’](?:ll|d|ve|re)$/u;
const apostrophes = new Set(["'", '’']);

/**
 * Speech written as spoken: a contraction of an everyday word ("there’ll", "who’d") or a dropped
 * "g" marked by its apostrophe ("breathin’", "nothin'"), which writers set down on purpose.
 * `isEveryday` answers for lower-case words.
 */
export function isSpokenForm(word: CheckableWordPlace, text: string, isEveryday: (lower: string) => boolean): boolean {
  const lower = word.text.toLowerCase();
  const contracted = contraction.exec(lower);
  if (contracted) return isEveryday(contracted[1]!);
  return lower.endsWith('in') && apostrophes.has(text.charAt(word.end)) && isEveryday(`${lower}g`);
}

/** What `isSpokenForm` needs of a word: its text and where it ends in its block. */
interface CheckableWordPlace {
  text: string;
  end: number;
}

/** At most this many capitals set apart from a word to spell an acronym ("OU tcomes"). */
const maximumAcronymCapitals = 2;

/**
 * The words a word makes with the capitals set apart from it to spell an acronym, when the
 * emphasis that marked them was lost ("EBBINGHAUS: E valuating … co G nitive … cardiovasc U lar
 * risk"): the capitals before it joined to it ("E valuating" → "evaluating"), with the
 * lower-case piece before them ("co G nitive" → "cognitive") and the capitals before that piece
 * ("H e A lth" → "health"), and the capitals after it with the
 * piece after them ("cardiovasc U lar" → "cardiovascular"). Lower case; the caller asks whether
 * one is a known word. Read letter by letter over a few characters either side of the word.
 */
export function acronymSplitJoins(text: string, start: number, end: number): string[] {
  const word = text.slice(start, end);
  const joins: string[] = [];
  const before = capitalsBeside(text, start, -1);
  if (before) {
    const piece = lowerCasePiece(text, before.from, -1);
    joins.push(before.capitals + word);
    if (piece) {
      joins.push(piece + before.capitals + word);
      // "H e A lth": the piece may stand after capitals of the acronym too, its own first letter among them.
      const further = capitalsBeside(text, before.from - 1 - piece.length, -1);
      if (further) joins.push(further.capitals + piece + before.capitals + word);
    }
  }
  const after = capitalsBeside(text, end, 1);
  if (after) {
    const piece = lowerCasePiece(text, after.from, 1);
    if (piece) joins.push(word + after.capitals + piece);
  }
  return joins.map((join) => join.toLowerCase());
}

const isUpper = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();
const isLower = (char: string): boolean => char !== char.toUpperCase() && char === char.toLowerCase();

/**
 * One or two capitals standing alone one space from `edge` (before it with `step` -1, after it
 * with 1), and where their run ends away from the word.
 */
function capitalsBeside(text: string, edge: number, step: 1 | -1): { capitals: string; from: number } | undefined {
  let index = step === 1 ? edge : edge - 1;
  if (text.charAt(index) !== ' ') return undefined;
  index += step;
  let capitals = '';
  while (capitals.length <= maximumAcronymCapitals && isUpper(text.charAt(index))) {
    capitals = step === 1 ? capitals + text.charAt(index) : text.charAt(index) + capitals;
    index += step;
  }
  if (capitals.length === 0 || capitals.length > maximumAcronymCapitals) return undefined;
  // The run must end the token: "U lar", not "Ular".
  const beyond = text.charAt(index);
  if (beyond !== '' && beyond !== ' ' && !/[(),;:.]/.test(beyond)) return undefined;
  return { capitals, from: step === 1 ? index : index + 1 };
}

/** The lower-case letters, a whole token, one space beyond `edge` (`step` as in `capitalsBeside`); '' when none stand there. */
function lowerCasePiece(text: string, edge: number, step: 1 | -1): string {
  let index = step === 1 ? edge : edge - 1;
  if (text.charAt(index) !== ' ') return '';
  index += step;
  let piece = '';
  while (isLower(text.charAt(index)) && piece.length < maximumPieceLength) {
    piece = step === 1 ? piece + text.charAt(index) : text.charAt(index) + piece;
    index += step;
  }
  // Before the capitals, the piece may open with its own capital ("He A lth" → "Health").
  if (step === -1 && piece && isUpper(text.charAt(index)) && !isLetter(text.charAt(index - 1))) {
    return text.charAt(index) + piece;
  }
  return isLetter(text.charAt(index)) ? '' : piece;
}

const isLetter = (char: string): boolean => isUpper(char) || isLower(char);

/** The longest piece read beside the capitals: words split this way are ordinary words. */
const maximumPieceLength = 30;

/** How far back a respelling's "pronounced" may stand: "(pronounced eye va kaf tor)". */
const respellingReach = 40;

const respellingWords = /^[\p{L}\s'’‘"“-]*$/u;

/**
 * Whether a word is part of a pronunciation written out after "pronounced" ("ivacaftor
 * (pronounced eye va kaf tor)", "pronounced keen-WAH", "pronounced “chee”"), or quoted alone in
 * parentheses right after the word it respells ("qi (“chee”)", "qi ('chee')"): sounds spelled on
 * purpose, not words. Only letters, spaces, hyphens, apostrophes and quotation marks may stand
 * between "pronounced" and the word.
 */
export function isPronunciationRespelling(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - respellingReach), start);
  const at = before.toLowerCase().lastIndexOf('pronounced ');
  if (at !== -1 && respellingWords.test(before.slice(at + 'pronounced '.length))) return true;
  return isParenthesisedRespelling(text, start);
}

const respellingQuotes = new Set(['"', '“', '”', '‘', '’', "'"]);

/**
 * "qi (“chee”)": the word stands alone, in quotation marks, inside parentheses opened right after
 * another word. Syllables joined by hyphens ("(“kee-NO-ah”)") are read as one.
 */
function isParenthesisedRespelling(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from <= maximumRespellingLength && isRespellingCharacter(text.charAt(from - 1))) from--;
  if (!respellingQuotes.has(text.charAt(from - 1)) || text.charAt(from - 2) !== '(') return false;
  const wordBefore = text.charAt(from - 3) === ' ' ? text.charAt(from - 4) : text.charAt(from - 3);
  if (!isLetter(wordBefore) && !/\p{L}/u.test(wordBefore)) return false;
  let end = start;
  while (end < text.length && isRespellingCharacter(text.charAt(end))) end++;
  if (end - from > maximumRespellingLength) return false;
  const closing = text.charAt(end) === ',' || text.charAt(end) === '.' ? end + 1 : end;
  return respellingQuotes.has(text.charAt(closing)) && text.charAt(closing + 1) === ')';
}

function isRespellingCharacter(character: string): boolean {
  return character === '-' || isLetter(character) || /\p{L}/u.test(character);
}

/** The longest respelling read in parentheses: a few syllables. */
const maximumRespellingLength = 24;

const squareBrackets = /[[\]]/;
const bracketedLetter = /[\p{L}[\]]/u;

/** How far either side of a word a bracketed completion is read: words are shorter than this. */
const maximumBracketedReach = 40;

/**
 * The word an editor completed in square brackets ("pharma[ceutical]", "[s]he", "organi[s]ation"),
 * read without its brackets, when a bracket touches the word at `start`–`end` of `text`; undefined
 * otherwise. The caller asks whether it is a known word: inside the brackets a piece of a word
 * stands alone ("ceutical"), and only the whole says whether it is spelled right.
 */
export function bracketJoinedWord(text: string, start: number, end: number): string | undefined {
  if (!squareBrackets.test(text.charAt(start - 1)) && !squareBrackets.test(text.charAt(end))) return undefined;
  let from = start;
  while (from > 0 && start - from < maximumBracketedReach && bracketedLetter.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < maximumBracketedReach && bracketedLetter.test(text.charAt(to))) to++;
  const joined = text.slice(from, to).replace(/[[\]]/g, '');
  // "[ceutical]" alone between spaces completes nothing: the brackets only enclose it.
  return joined.length > end - start ? joined : undefined;
}

/**
 * Folds a character for comparing text with a phrase written in ASCII: lower case, accents
 * dropped ("è" → "e"), curly apostrophes and hyphens read as the plain apostrophe and a space.
 * One character in, one out, so offsets stay those of the text.
 */
function foldCharacter(char: string): string {
  if (char === '’' || char === '‘') return "'";
  if (char === '-' || char === '‐' || char === '‑') return ' ';
  const code = char.charCodeAt(0);
  if (code < 128) return char.toLowerCase();
  return (char.normalize('NFD').charAt(0) || char).toLowerCase();
}

const letterPattern = /\p{L}/u;

/**
 * Phrases English borrowed whole ("tour de force", "en masse"), looked up by each of their words:
 * a word of one is no misspelling where the text writes the whole phrase around it.
 */
export class LoanPhrases {
  private readonly byWord = new Map<string, { phrase: string; offset: number }[]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      // A word with an apostrophe is one word, as the text's words are: "don't", "d'arco".
      for (const match of phrase.matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
        const places = this.byWord.get(match[0]);
        const place = { phrase, offset: match.index };
        if (places) places.push(place);
        else this.byWord.set(match[0], [place]);
      }
    }
  }

  /** Whether the word at `start`–`end` of `text` stands inside a listed phrase written whole there. */
  holds(text: string, start: number, end: number): boolean {
    const word = [...text.slice(start, end)].map(foldCharacter).join('');
    for (const { phrase, offset } of this.byWord.get(word) ?? []) {
      const from = start - offset;
      const to = from + phrase.length;
      if (from < 0 || to > text.length) continue;
      if (letterPattern.test(text.charAt(from - 1)) || letterPattern.test(text.charAt(to))) continue;
      let same = true;
      for (let index = 0; index < phrase.length && same; index++) {
        same = foldCharacter(text.charAt(from + index)) === phrase.charAt(index);
      }
      if (same) return true;
    }
    return false;
  }
}

/** A number ending just before a word, a space or none between: "500 ng", "5ng". */
const numberBefore = /\d[\s\u00a0]?$/u;

/**
 * Whether the word at `start`–`end` of `text` is a unit's symbol written after a number ("500 ng",
 * "20 pmol", "3 kDa"): there it measures, whatever word it resembles. `isUnit` answers for the
 * symbol in lower case.
 */
export function isUnitAfterNumber(
  text: string,
  start: number,
  end: number,
  isUnit: (lower: string) => boolean,
): boolean {
  return numberBefore.test(text.slice(Math.max(0, start - 2), start)) && isUnit(text.slice(start, end).toLowerCase());
}

/**
 * Statistical notation written in lower case: degrees of freedom, standard deviation and error,
 * interquartile range, confidence interval and the usual effect measures. Only next to its number
 * are these letters notation; elsewhere they may be a slip of a short word.
 */
const statisticAbbreviations = new Set([
  'df',
  'sd',
  'se',
  'sem',
  'iqr',
  'ci',
  'hr',
  'rr',
  'nnt',
  'nnh',
  'smd',
  'wmd',
  'md',
  'rd',
  'aor',
  'ahr',
  'irr',
]);

/** A number or an equals sign just after the notation: "df = 2", "sd 1.2", "SD: 3", "(df) = 5". */
const valueAfter = /^\)?[\s\u00a0]?(?:[=:<>≤≥]|[±]?\d)/u;

/**
 * Whether the word at `start`–`end` of `text` is statistical notation beside its value: after a
 * number ("1 df", "2 sd below the norm") or before one or an equals sign ("df = 2", "sd 1.2").
 */
export function isStatisticNotation(text: string, start: number, end: number): boolean {
  if (!statisticAbbreviations.has(text.slice(start, end).toLowerCase())) return false;
  return numberBefore.test(text.slice(Math.max(0, start - 2), start)) || valueAfter.test(text.slice(end, end + 4));
}

/**
 * A hyphenated word none of whose pieces is a known word ("chai-yok", a Korean steam bath): a foreign
 * or coined term written whole, not a slip. A typist's slip leaves the compound's other pieces
 * intact ("well-knwn"), so a piece beside a known word stays checked. Pieces of two letters or more,
 * in lower case or capitalised; an acronym ("POM-") is no evidence either way, so it keeps the check.
 */
export function isUnknownCompound(pieces: readonly string[], isKnown: (lower: string) => boolean): boolean {
  const written = pieces.filter((piece) => piece !== '');
  if (written.length < 2) return false;
  return written.every((piece) => /^\p{L}\p{Ll}+$/u.test(piece) && !isKnown(piece.toLowerCase()));
}

/**
 * A short word the article writes again and again alike ("corn masa flour", eleven times): a term
 * the writer uses on purpose. Short words sit one edit from some known word by chance ("masa" from
 * "mass"), so that is no evidence of a slip; a writer who slipped on a common short word would not
 * slip the same way three times, nor write no word one edit from it. Longer words keep needing no
 * known word one edit away: a hard name is misspelled alike each time ("ancetrapib" × 4).
 */
export function isRepeatedShortTerm(
  lower: string,
  times: number,
  writesOneEditFrom: (word: string) => boolean,
): boolean {
  return lower.length <= repeatedShortTermLength && times >= timesForShortTerm && !writesOneEditFrom(lower);
}

/** How long a word may be to count as short for {@link isRepeatedShortTerm}. */
const repeatedShortTermLength = 5;

/** How often an article writes a short term alike for it to count as its own. */
const timesForShortTerm = 3;

/**
 * "T regs" beside "T regulatory cells", "NK cells" aside: a clipped term written after a lone
 * capital letter, as the paragraph writes that letter before the whole word too (the clipping,
 * a final "s" aside, of three letters or more starts it). Abbreviations of cell types and the like
 * keep the space of their long form.
 */
export function isClippingAfterLetter(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== ' ' || !isUpper(text.charAt(start - 2))) return false;
  const beforeLetter = text.charAt(start - 3);
  if (beforeLetter !== '' && /\p{L}/u.test(beforeLetter)) return false;
  const word = text.slice(start, end);
  if (!/^\p{Ll}+$/u.test(word)) return false;
  const clipped = word.endsWith('s') ? word.slice(0, -1) : word;
  if (clipped.length < 3) return false;
  const longForm = `${text.charAt(start - 2)} ${clipped}`;
  for (let at = text.indexOf(longForm); at !== -1; at = text.indexOf(longForm, at + 1)) {
    if (at === start - 2) continue;
    let after = at + longForm.length;
    while (isLower(text.charAt(after))) after++;
    if (after - (at + longForm.length) >= 2) return true;
  }
  return false;
}

/**
 * A pronunciation respelled in parentheses right after a word, its stressed syllable in capitals:
 * "emocha (ee-MOH-kuh)", "quinoa (“KEEN-wah”)". Syllables are joined by hyphens, some in capitals
 * and some in lower case, which no bracketed word or phrase of prose is.
 */
const pronunciationAfter = /^ ?\(["“‘']?([a-z]{1,8}(?:-[a-z]{1,8}){1,6})["”’']?\)/iu;

/**
 * Whether the word ending at `end` is followed by its pronunciation ("the app called emocha
 * (ee-MOH-kuh)"): a writer spells out how to say a name or term readers have not met, never a
 * word they mistyped.
 */
export function isFollowedByPronunciation(text: string, end: number): boolean {
  if (text.charAt(end) !== '(' && text.charAt(end + 1) !== '(') return false;
  const match = pronunciationAfter.exec(text.slice(end, end + 80));
  if (!match) return false;
  const syllables = match[1]!.split('-');
  const stressed = syllables.some((syllable) => syllable.length >= 2 && syllable === syllable.toUpperCase());
  return stressed && syllables.some((syllable) => syllable === syllable.toLowerCase());
}

/** How many words a long form spelled out beside its short form may have: "selective serotonin reuptake inhibitors". */
const maximumLongFormWords = 5;

/** How many letters a short form leaves out of its long form at least: "ecigs" of "electronic cigarettes". */
const minimumLettersLeftOut = 2;

const longFormWord = /\p{L}+/gu;

/**
 * Whether the word at `start`–`end` is a short form the text defines beside its long form of two
 * words or more in parentheses, either way round: "electronic cigarettes (ecigs)", "ecigs
 * (electronic cigarettes)". The short form's letters appear in order in the long form's, from its
 * first letter on and past its first word, and it leaves out letters. A word one edit from a word
 * of the long form is that word mistyped ("the treatmnet (treatment plan)").
 */
export function isShortFormBesideLongForm(text: string, start: number, end: number): boolean {
  const short = text.slice(start, end).toLowerCase();
  if (short.length < 3) return false;
  const open = quoteBefore(text, start);
  const close = quoteAfter(text, end);
  if (text.charAt(open - 1) === '(' && text.charAt(close) === ')') {
    const before = text.slice(Math.max(0, open - 100), open - 1).match(longFormWord) ?? [];
    const words = before.slice(-maximumLongFormWords).map((word) => word.toLowerCase());
    return words.some((_, from) => abbreviates(short, words.slice(from)));
  }
  const parenthesis = text.charAt(close) === ' ' ? close + 1 : close;
  if (text.charAt(parenthesis) !== '(') return false;
  const closing = text.indexOf(')', parenthesis);
  if (closing === -1 || closing - parenthesis > 100) return false;
  const words = (text.slice(parenthesis + 1, closing).match(longFormWord) ?? []).map((word) => word.toLowerCase());
  return words.length <= maximumLongFormWords && abbreviates(short, words);
}

function quoteBefore(text: string, start: number): number {
  return respellingQuotes.has(text.charAt(start - 1)) ? start - 1 : start;
}

function quoteAfter(text: string, end: number): number {
  return respellingQuotes.has(text.charAt(end)) ? end + 1 : end;
}

/** Whether `short` abbreviates the words of `long` (see {@link isShortFormBesideLongForm}). */
function abbreviates(short: string, long: readonly string[]): boolean {
  const first = long[0];
  if (first === undefined || long.length < 2 || first.charAt(0) !== short.charAt(0)) return false;
  const letters = long.join('');
  if (letters.length < short.length + minimumLettersLeftOut) return false;
  if (long.some((word) => oneEditApart(word, short))) return false;
  let at = 0;
  for (const letter of short) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  // Past the first word: "ecigs" takes letters of "cigarettes", "recieve" only of "recieved the drug"'s first.
  return at > first.length;
}

/**
 * Words that introduce a name or a term, or a list of them: "a protein called trowaglerix", "also
 * known as". Without "also", "known as" places a word in a class ("drugs known as
 * benzodiazapenes"), often a hard word a writer misspells.
 */
const namingPhrase = /\b(?:called|named|dubbed|termed|nicknamed|also known as)\s/giu;

/** How far back a naming phrase may introduce a list: a few names. */
const namingListReach = 120;

const quotationMarks = /["“”‘’']/gu;

/** The words and commas of a list of names, and nothing else. */
const listOfNames = /^[\p{L}\s'’,-]*$/u;

const listItemEnd = /^(?:[,;.)]|\s(?:and|or)\b)/u;

/**
 * Whether the word at `start`–`end` is a name a naming phrase introduces: right after it ("a
 * protein called trowaglerix", "also known as lipozap") or as an item of the list it opens ("also known
 * as injection lipolysis, lipozap, lipotherapy and mesotherapy").
 */
export function isNamedByPhrase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - namingListReach), start);
  let from = -1;
  for (const match of before.matchAll(namingPhrase)) from = match.index + match[0].length;
  if (from === -1) return false;
  const items = before.slice(from).replace(quotationMarks, '');
  if (items === '') return true;
  return items.includes(',') && listOfNames.test(items) && listItemEnd.test(text.slice(end, end + 5));
}

/**
 * A noun naming what kind of thing a term is, with the comma that opens an apposition after it:
 * "a similar drug, vilaprisan, …", "the enzyme, kinesin-5, …". Only the word right before the
 * comma counts, so "drugs, such as" and a list's earlier items do not.
 */
const kindNounBeforeComma =
  /\b(?:drug|medication|medicine|compound|molecule|agent|supplement|protein|enzyme|hormone|peptide|antibody|inhibitor|vaccine)s?,\s$/iu;

/** What closes an apposition: a comma, a full stop, a dash, a closing bracket or the end. */
const appositionEnd = /^(?:[,.;:)]|\s[-–—]|$)/u;

/**
 * Whether the word at `start`–`end` stands alone between commas after a noun of its kind ("a
 * similar drug, vilaprisan, in the summer"): the writer names the thing the noun announced, as
 * "called" does. The caller still flags a word one edit from a known one ("the drug, metfromin,").
 */
export function isAppositiveToKindNoun(text: string, start: number, end: number): boolean {
  return (
    kindNounBeforeComma.test(text.slice(Math.max(0, start - 20), start)) && appositionEnd.test(text.slice(end, end + 2))
  );
}

/**
 * An apposition after a term that says what kind of thing it is: ", a style of hatha yoga", ", an
 * old form of wheat", ", a type of seaweed". One word may describe the kind noun.
 */
const kindApposition = /^,\s(?:a|an)\s(?:\p{Ll}+\s)?(?:style|type|form|kind|class|variety|brand|species|strain)\sof\s/u;

/**
 * Whether the word at `start`–`end` is defined by the apposition after it ("the yoga was viniyoga,
 * a style of hatha yoga"): the writer names a thing and says what it is, as "called" does before
 * it. The caller still flags a word one edit from a known one ("was hatah, a style of yoga").
 */
export function isDefinedByKindApposition(text: string, start: number, end: number): boolean {
  return end > start && kindApposition.test(text.slice(end, end + 40));
}

/** Labels of a cited paper's identifiers in a reference line: "pii: S2405-4569(17)30160-8", "pmid: 28753830". */
const identifierLabels = new Set(['pii', 'pmid', 'pmcid']);

const identifierAfterLabel = /^\s?:\s?[A-Z]{0,3}\d/u;

/**
 * Whether the word at `start`–`end` labels an identifier after its colon ("pii: S2405-…"): the
 * label, as "doi" before a DOI, is no word of prose.
 */
export function isIdentifierLabel(text: string, start: number, end: number): boolean {
  return (
    identifierLabels.has(text.slice(start, end).toLowerCase()) && identifierAfterLabel.test(text.slice(end, end + 8))
  );
}

/** The closing line of a wire release naming its issuer: "SOURCE kaleo", "SOURCE Evolve BioSystems, Inc.". */
const releaseSourceLine = /^SOURCE\s\S/u;

/** How long an issuer's line may be: a name, not a sentence. */
const maximumSourceLineLength = 80;

/**
 * Whether a block is a wire release's "SOURCE <issuer>" line, whose words are the issuer's name as
 * it styles itself ("SOURCE kaleo"), in whatever case.
 */
export function isReleaseSourceLine(text: string): boolean {
  return text.length <= maximumSourceLineLength && releaseSourceLine.test(text);
}

/** Roman reference numerals after the one run into a word: ",ii" of "womeni,ii". */
const numeralsAfter = /^[,–-](?:iii|ii|iv|v|vi|vii|viii|ix|x)\b/u;

/**
 * Whether the word ends in a superscript reference numeral run into it when the text lost its
 * superscripts, as the numerals after it show: "more frequent in womeni,ii." is "women" with
 * references i and ii.
 */
export function endsInReferenceNumeral(
  text: string,
  start: number,
  end: number,
  isKnown: (lower: string) => boolean,
): boolean {
  const word = text.slice(start, end).toLowerCase();
  return word.endsWith('i') && numeralsAfter.test(text.slice(end, end + 6)) && isKnown(word.slice(0, -1));
}

/** How many words a slideshow caption may have before its picture credit. */
const maximumCaptionWords = 6;
/** How many words a picture credit between a caption and its text may have: a handle or a name. */
const maximumCreditWords = 3;

/**
 * Whether the word at `start`–`end` is in a picture credit run in between a paragraph's opening
 * caption and the text that repeats it ("Red meat juniart Red meat isn't banned …", "Whole grains
 * Tom Perkins Whole grains are …"): a slideshow's caption, its photographer's name or handle and
 * its text, run together when the page was scraped. The caption opens on a capital and has no
 * sentence punctuation; its words, written again right after the credit, show where it ends.
 */
export function isCreditAfterEchoedCaption(text: string, start: number, end: number): boolean {
  const words: { text: string; start: number; end: number }[] = [];
  const opening = text.slice(0, 300);
  for (const match of opening.matchAll(/\S+/gu)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    if (words.length >= maximumCaptionWords * 2 + maximumCreditWords) break;
  }
  for (let captionLength = 1; captionLength <= maximumCaptionWords; captionLength++) {
    const caption = words.slice(0, captionLength);
    if (caption.length < captionLength || !/^\p{Lu}/u.test(caption[0]!.text)) return false;
    // A caption has no sentence punctuation: past it, no later word closes one either.
    if (/[.!?:;,"“”()]/u.test(caption[captionLength - 1]!.text)) return false;
    for (let creditLength = 1; creditLength <= maximumCreditWords; creditLength++) {
      const credit = words.slice(captionLength, captionLength + creditLength);
      const echo = words.slice(captionLength + creditLength, captionLength * 2 + creditLength);
      if (credit.length < creditLength || echo.length < captionLength) break;
      // Nor has a credit ("Featurepics.com" may hold a full stop, not end on one): "Red meat, juniart says, Red meat …" is prose.
      if (/[.!?:;,"“”()]$|["“”()]/u.test(credit[creditLength - 1]!.text)) break;
      if (!echo.every((word, index) => word.text === caption[index]!.text)) continue;
      if (start >= credit[0]!.start && end <= credit[creditLength - 1]!.end) return true;
    }
  }
  return false;
}

/** What joins the items of a list, longest first: ", and " before ", ". */
const listItemJoiners = [', and ', ', or ', ' and ', ' or ', ', '];

/** A character of a one-word list item: letters, digits, an apostrophe or a hyphen ("L-arginine"). */
const listItemCharacter = /[\p{L}\p{N}'’-]/u;

/** How many items either side of a word a list is read for. */
const maximumListItemsEachSide = 8;

/**
 * The other items of the list that the word at `start`–`end` of `text` is an item of, each the one
 * word beside a joiner (a comma, "and", "or"): for "indacrinone" in "(furosemide, cicletanine,
 * piretanide, indacrinone and etozolin)", the four drugs around it. Nothing when no comma joins the
 * run (two words joined by "and" are no list). Read character by character from the word outwards.
 */
export function otherListItems(text: string, start: number, end: number): string[] | undefined {
  const items: string[] = [];
  let commas = 0;
  let at = start;
  for (let count = 0; count < maximumListItemsEachSide; count++) {
    const joiner = listItemJoiners.find((each) => text.endsWith(each, at));
    if (!joiner) break;
    const itemEnd = at - joiner.length;
    let itemStart = itemEnd;
    while (itemStart > 0 && listItemCharacter.test(text.charAt(itemStart - 1))) itemStart--;
    if (itemStart === itemEnd) break;
    items.push(text.slice(itemStart, itemEnd));
    if (joiner.startsWith(',')) commas++;
    at = itemStart;
  }
  at = end;
  for (let count = 0; count < maximumListItemsEachSide; count++) {
    const joiner = listItemJoiners.find((each) => text.startsWith(each, at));
    if (!joiner) break;
    const itemStart = at + joiner.length;
    let itemEnd = itemStart;
    while (itemEnd < text.length && listItemCharacter.test(text.charAt(itemEnd))) itemEnd++;
    if (itemEnd === itemStart) break;
    items.push(text.slice(itemStart, itemEnd));
    if (joiner.startsWith(',')) commas++;
    at = itemEnd;
  }
  return commas > 0 && items.length > 0 ? items : undefined;
}

/**
 * What a sentence says of a company or a product it opens with: a maker's verb ("has made peanut
 * into a product", "sells", "launched") or what kind of thing it is ("is one of a number of
 * yogurts", "is a brand of", "is a biotech company"). Said of typos of everyday words, which open
 * a sentence as adverbs, pronouns and common nouns, these seldom are.
 */
const makerPredicate =
  /^\s(?:has\s|had\s)?(?:made|makes|developed|develops|sells|sold|markets|marketed|launched|launches|manufactures|manufactured|produces|acquired|licensed)\s/u;
const kindPredicate =
  /^\s(?:is|was)\s(?:one\sof\s(?:a\snumber\sof|several|many|the|its)\s|an?\s(?:\p{Ll}+\s)?(?:brand|type|kind|form|variety|company|firm|startup|maker|manufacturer)\s)/u;

/**
 * Whether the word ending at `end` opens a predicate said of a company or a product (see
 * `makerPredicate`): "Aimmune has made peanut into a product", "Activia is one of a number of
 * yogurts". Read over the few characters after the word.
 */
export function isFollowedByMakerPredicate(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return makerPredicate.test(after) || kindPredicate.test(after);
}

/**
 * Whether a hyphenated piece is the plural of an adverbial particle ending a noun made of a verb
 * and that particle: "add-ons", "walk-ons", "tryouts" written "try-outs". Dictionaries list "ups"
 * and "ins", but not "ons": the particle is a word, its plural only such nouns' ending. The piece
 * before it must be a known lower-case word, so a stray "ons" elsewhere is still a slip of "ones".
 */
export function isParticleNounPlural(
  pieces: readonly string[],
  index: number,
  isKnown: (lower: string) => boolean,
): boolean {
  const piece = pieces[index]!;
  const before = pieces[index - 1];
  if (index !== pieces.length - 1 || before === undefined || !/^\p{Ll}+$/u.test(before)) return false;
  return piece.endsWith('s') && adverbialParticles.has(piece.slice(0, -1)) && isKnown(before);
}

/** The adverbial particles English makes nouns of after a verb ("add-on", "run-in", "write-off"). */
const adverbialParticles = new Set([
  'on',
  'in',
  'up',
  'out',
  'off',
  'down',
  'over',
  'by',
  'away',
  'back',
  'through',
  'around',
]);

/**
 * Whether a hyphenated piece clips a known word that ends as the piece beside it ends: "morbi" of
 * "morbidity" in "morbi-mortality", where the writer left off the ending the neighbour shows. The
 * word is the piece and three to five letters more, the last three of them the neighbour's last
 * three, and the neighbour a known word of six letters or more, so the two pieces of a word broken
 * by a stray hyphen ("recom-mended") never pass. A typist who drops a letter drops one, and seldom
 * lands on the start of a word that ends as the next one does.
 */
export function isClippedTwinOfNeighbour(
  pieces: readonly string[],
  index: number,
  isKnown: (lower: string) => boolean,
): boolean {
  const piece = pieces[index]!;
  if (!/^\p{Ll}{4,}$/u.test(piece)) return false;
  return [pieces[index - 1], pieces[index + 1]].some((neighbour) => {
    if (neighbour === undefined || !/^\p{Ll}{6,}$/u.test(neighbour) || !isKnown(neighbour)) return false;
    const ending = neighbour.slice(-twinEndingLength);
    if (isKnown(piece + ending)) return true;
    for (const first of latinLetters) {
      if (isKnown(piece + first + ending)) return true;
      for (const second of latinLetters) if (isKnown(piece + first + second + ending)) return true;
    }
    return false;
  });
}

/** The letters a clipped piece's word and its neighbour end alike in: "-ity" of "morbidity" and "mortality". */
const twinEndingLength = 3;

/**
 * Stereodescriptors written before a chemical's name with a hyphen ("dl-ornithine", "rac-ibuprofen",
 * "l-arginine"): they say which mirror form of the molecule is meant, and are no words of their own.
 */
const stereodescriptors = new Set(['d', 'l', 'dl', 'rac', 'meso']);

/** A Greek letter (or its name) between a stereodescriptor and the chemical's name: "dl-α-tocopherol". */
const greekLetterPiece = /^(?:\p{Script=Greek}|alpha|beta|gamma|delta)[-‐‑]/u;

/**
 * Whether the word at `start`–`end` is a stereodescriptor joined by a hyphen to the name of a
 * chemical that `isChemical` knows, a Greek letter between them or none ("2-(difluoromethyl)-dl-ornithine",
 * "dl-α-tocopherol"). Without the chemical after it, "dl" is a short word like any other.
 */
export function isStereodescriptorOfChemical(
  text: string,
  start: number,
  end: number,
  isChemical: (lower: string) => boolean,
): boolean {
  if (!stereodescriptors.has(text.slice(start, end).toLowerCase()) || !/[-‐‑]/u.test(text.charAt(end))) return false;
  let from = end + 1;
  const greek = greekLetterPiece.exec(text.slice(from, from + 7));
  if (greek) from += greek[0].length;
  let to = from;
  while (to < text.length && /\p{L}/u.test(text.charAt(to))) to++;
  return to - from >= 4 && isChemical(text.slice(from, to).toLowerCase());
}
