import { memoize } from '../memo.js';
import { creditSpans } from '../prose/credits.js';
import type { Block } from '../prose/types.js';
import { isPrefix } from './derivation.js';

/**
 * A word to check, with offsets in its block's text. Every property is present, `undefined` when it
 * does not apply, and set in one order: words built with different keys had different hidden
 * classes, and the spelling rule's functions that read them were deoptimised ("wrong map") and
 * recompiled several times a run.
 */
export interface CheckableWord {
  text: string;
  start: number;
  end: number;
  /** After a hyphenated prefix, the word with it: "preemptive" for "emptive" in "pre-emptive". */
  joined: string | undefined;
  /** Whether the word opens its sentence (its capital then says nothing about names). */
  sentenceStart: boolean;
  /** The sentence's tokens before and after this word's token, punctuation trimmed ("al" after "et"). */
  previous: string | undefined;
  next: string | undefined;
  /**
   * Beside another capitalised word, in a sentence not written in title case: part of a
   * multi-word name ("Kaiser Permanente", "Wellcome Trust", "Daniel Barocas", "Dr. Burtness").
   */
  inCapitalisedRun: boolean;
  /** In a sentence written in title case (a headline), where every word's capital says as little as a first word's. */
  inTitleCase: boolean;
}

/**
 * URLs, bare domains, e-mail addresses, `@handles`, hashtags and DOIs: never spell-checked, nor
 * are the words inside them. Addresses as pasted from print often hold a space or line break
 * ("jamanetworkopen .com/fullarticle", "https ://", "https:/ / www. heart. org/ news", "www .mary", "www.henryford .com/als"), which the
 * pattern allows before the top-level domain and the dot after "www", around "://", and after the dots and slashes of
 * an address that starts with its scheme (before a lower-case letter or digit only, so that the
 * next sentence is still checked). Each starts where a token starts (lookbehind), not at any
 * `\b`: from every `\b` inside a long "a.a.a.…", the repeats rescanned the rest of it, quadratic
 * in its length. A DOI is skipped whole, after "doi:" or on its own ("10.1016/j.jamcollsurg"), and so is
 * the label "doi" written without its colon before one ("Online First doi 10.1136/bmj.f1"), with the
 * same breaks after its dots and slashes ("DOI: http://dx. doi. org/ 10. 1016/ j. jamcollsurg. 2016"): the
 * journal's code inside it ("jamcollsurg") is no word. A word holding an HTML character reference
 * ("B&#246;sner", "&#196;rzteblatt" in plain text scraped from a web page) is skipped whole: its
 * pieces are no words, and the letter the reference stands for is not there to check.
 */
const addressPattern =
  /\b(?:https?|ftp)\s?:\s?\/\s?\/\s?[\w%?=&#~+:-]+(?:\s?[./]+(?:\s(?=[a-z0-9]))?[\w%?=&#~+:-]+)*|(?<![\w+.-])(?:[a-z][a-z0-9+.-]*\s?:\s?\/\/|www\s?\.)\S+(?:\s\.(?:com|org|net|edu|gov|uk|io|int|info)\b\S*)?|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[\w-]+(?:\s?\.[a-z0-9-]+)*\s?\.(?:com|org|net|edu|gov|uk|io|int|info)\b\S*|(?<![\w@#&])[@#][\p{L}\p{N}_]+|\bdoi:\s?(?:(?:https?|ftp)\s?:\s?\/\s?\/\s?[\w%?=&#~+:-]+(?:\s?[./]+(?:\s(?=[a-z0-9]))?[\w%?=&#~+:-]+)*|10\s?\.\s?\d{4,9}\s?\/\s?[\w%?=&#~+:-]+(?:\s?[./]+(?:\s(?=[a-z0-9]))?[\w%?=&#~+:-]+)*|\S+)|\bdoi\s(?=10\s?\.\s?\d{4,9}\s?\/)|(?<!\p{L})\p{L}*&(?:#\d{2,7}|#x[\da-f]{2,6}|[a-z]{2,8});\p{L}*|(?<![\w.])10\s?\.\s?\d{4,9}\s?\/\s?[\w%?=&#~+:-]+(?:\s?[./]+(?:\s(?=[a-z0-9]))?[\w%?=&#~+:-]+)*/giu;

/**
 * What every address must contain, spaces included ("https:/ / newsroom. heart. org"): most blocks
 * have none, and the full pattern is slow to fail.
 */
const mayHoldAddress =
  /:\s?\/\s?\/|www\s?\.|@|#|&[a-z]{2,8};|doi:|\.(?:com|org|net|edu|gov|uk|io|int|info)|\b10\s?\.\s?\d{4}/i;

/**
 * Tokens that are not prose words: digits ("B12", "COVID-19"), code-ish or address characters,
 * and letters of other scripts ("μg", Greek symbols), which an English dictionary cannot judge.
 */
const notAWord = /[\d@/\\_.:=#&%$+<>~|^*[\](){}]|[^\p{Script=Latin}'’‘\-‐‑–]/u;

/**
 * Whether the caller has decided a word already, wherever it stands (a known lower-case word):
 * such words are left out before their neighbours and place are worked out, which most words
 * of an article would otherwise cost.
 */
export type SettledTest = (text: string, sentenceStart: boolean) => boolean;

/**
 * The words of a block that the spelling rule checks: possessives stripped ("Alzheimer's" →
 * "Alzheimer"), hyphenated compounds split ("fast-acting" → "fast", "acting", with prefixes such
 * as "pre-" in "pre-emptive" left out), and everything
 * that is not a prose word left out: ALL-CAPS acronyms ("PTSD", "RCTs"), words with digits,
 * URLs, e-mail addresses, and words inside them.
 */
export function checkableWords(block: Block, isSettled?: SettledTest): CheckableWord[] {
  const skipped: [number, number][] = [];
  if (mayHoldAddress.test(block.text)) {
    // `exec`, not `matchAll`, which copies the pattern on each call; no address is empty.
    addressPattern.lastIndex = 0;
    for (let match = addressPattern.exec(block.text); match !== null; match = addressPattern.exec(block.text)) {
      skipped.push([match.index, match.index + match[0].length]);
    }
  }
  // A photographer's name or handle in an image credit (“technotr/Getty Images”) is no word of the article.
  for (const [start, end] of creditSpans(block.text)) skipped.push([start, end]);
  const words: CheckableWord[] = [];
  for (const sentence of block.sentences) {
    const tokens = sentence.words;
    // Made at the sentence's first word to check: most sentences of an article have none.
    let capitalised: boolean[] | undefined | null = null;
    // Whether a word before this one in the sentence has a letter: the sentence has started.
    let started = false;
    let first = -1;
    for (let index = 0; index < tokens.length; index++) {
      const word = tokens[index]!;
      const sentenceStart = !started;
      if (!started && letter.test(word.text)) {
        started = true;
        first = index;
      }
      let parts: readonly WordPart[];
      if (isPlainWord(word.text)) {
        if (isSettled?.(word.text, sentenceStart)) continue;
        parts = [{ text: word.text, offset: 0, joined: undefined }];
      } else {
        parts = partsOf(word.text);
        if (parts.length === 0) continue;
        if (isSettled !== undefined) {
          parts =
            parts.length === 1
              ? isSettled(parts[0]!.text, sentenceStart)
                ? noParts
                : parts
              : parts.filter((part) => !isSettled(part.text, sentenceStart));
          if (parts.length === 0) continue;
        }
      }
      if (skipped.length > 0 && skipped.some(([from, to]) => word.start < to && word.end > from)) continue;
      if (afterCodeSlash(block.text, tokens, index)) continue;
      // "href=", "target=": a name joined to "=" is a key or an attribute of code, not prose.
      if (block.text.charCodeAt(word.end) === equalsSign) continue;
      if (capitalised === null) capitalised = capitalisedTokens(tokens, block.text);
      // Read only inside the array: `tokens[-1]` is a property look-up by name, and reading past
      // either end deoptimised this function.
      const previous = index > 0 ? tokens[index - 1] : undefined;
      const next = index + 1 < tokens.length ? tokens[index + 1] : undefined;
      // The sentence's first word is capitalised whatever it is, so it makes no run.
      const inCapitalisedRun =
        capitalised !== undefined &&
        ((index - 1 > first && capitalised[index - 1] === true) ||
          (index + 1 < capitalised.length && capitalised[index + 1] === true));
      for (const part of parts) {
        const start = word.start + part.offset;
        words.push({
          text: part.text,
          start,
          end: start + part.text.length,
          joined: part.joined,
          sentenceStart,
          previous: previous ? bareWord(previous.text) : undefined,
          next: next ? bareWord(next.text) : undefined,
          inCapitalisedRun,
          inTitleCase: capitalised === undefined,
        });
      }
    }
  }
  return words;
}

const equalsSign = 61;

/**
 * "neu" in "HER2/neu", "ras" in "K-RAS/ras": a word joined by a slash to a code (an acronym or a
 * token with digits) is part of a gene or product name, not prose.
 */
function afterCodeSlash(
  text: string,
  tokens: readonly { text: string; start: number; end: number }[],
  index: number,
): boolean {
  const code = tokens[index - 1];
  const start = tokens[index]!.start;
  if (code === undefined || code.end !== start - 1 || text[start - 1] !== '/') return false;
  return /\d/.test(code.text) || isAcronym(code.text);
}

/**
 * Which tokens of a sentence start with a capital letter, or nothing for a sentence in title case
 * (four words or more, none in lower case of four letters or more: a headline), where capitals say
 * nothing about names.
 */
function capitalisedTokens(tokens: readonly Token[], text: string): boolean[] | undefined {
  // A line of three words or fewer ("By Randy Dotinga") is too short to tell title case from names;
  // one of many commas is a list of names ("Authors are: Cosette M Wheeler, S Rachel Skinner, …").
  // Numbers are no words of a headline: "Melinda Stubbee +44 (0) 20 8047 5502" is a contact line.
  let titleCase = wordCount(tokens) >= minimumTitleWords && !isCommaList(tokens, text);
  const capitalised = tokens.map((token) => {
    const first = token.text.codePointAt(0);
    if (first === undefined) return false;
    // Most tokens start with an ASCII letter: told by its code, without making a string to test.
    const upper = first < 128 ? first >= 65 && first <= 90 : capitalLetter.test(String.fromCodePoint(first));
    if (upper) return true;
    const lower = first < 128 ? first >= 97 && first <= 122 : lowerLetter.test(String.fromCodePoint(first));
    if (titleCase && lower && token.text.length >= 4) titleCase = false;
    return false;
  });
  return titleCase ? undefined : capitalised;
}

const lowerLetter = /\p{Ll}/u;
const minimumTitleWords = 4;

/** How many tokens hold a letter, up to `minimumTitleWords` (no more are needed). */
function wordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) {
    if (anyLetter.test(token.text) && ++count >= minimumTitleWords) break;
  }
  return count;
}

const anyLetter = /\p{L}/u;
/** Headlines seldom hold three commas; lists of names do. */
const minimumListCommas = 3;

/** A token of a sentence, with its offsets in the block's text. */
interface Token {
  text: string;
  start: number;
  end: number;
}

function isCommaList(tokens: readonly Token[], text: string): boolean {
  let commas = 0;
  for (let index = 0; index < tokens.length; index++) {
    const until = Math.min(index + 1 < tokens.length ? tokens[index + 1]!.start : tokens[index]!.end + 1, text.length);
    // Read in place between the two words: a slice of it was a string made for each word.
    if (holdsComma(text, tokens[index]!.end, until) && ++commas >= minimumListCommas) return true;
  }
  return false;
}

function holdsComma(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === comma) return true;
  return false;
}

const comma = 0x2c;
const capitalLetter = /\p{Lu}/u;

/** A neighbouring token without the punctuation around it: "al" for "al.". */
function bareWord(token: string): string {
  // Trimmed by hand: a pattern anchored at the end is quadratic on a long run of punctuation.
  let from = 0;
  let to = token.length;
  while (from < to && !isLetter(token[from]!)) from++;
  while (to > from && !isLetter(token[to - 1]!)) to--;
  return token.slice(from, to);
}

const letter = /\p{L}/u;
/** `/\p{L}/u`, with ASCII characters told by their code. */
const isLetter = (character: string): boolean => {
  const code = character.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return letter.test(character);
};

/** Every property present, in one order, as for `CheckableWord`: one hidden class for every part. */
interface WordPart {
  text: string;
  /** Offset in the token. */
  offset: number;
  joined: string | undefined;
}

/**
 * A token of two ASCII letters or more, lower case after the first ("dose", "The"): its one part
 * is itself, as `splitToken` would find, told without a table look-up (most tokens are such words).
 */
function isPlainWord(token: string): boolean {
  if (token.length < 2) return false;
  const first = token.charCodeAt(0) | 32;
  if (first < 97 || first > 122) return false;
  for (let index = 1; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** The checkable parts of each token seen, since articles repeat most of their words. */
const noParts: readonly WordPart[] = [];

/** The parts of one token to check: a pure function of its text, so it is kept per token. */
const partsOf = memoize(splitToken, 100_000);

function splitToken(token: string): readonly WordPart[] {
  if (notAWord.test(token)) return noParts;
  const parts: WordPart[] = [];
  let offset = 0;
  const pieces = token.split(/[-‐‑–]/);
  // "hs-CRP", "kuh-LAY-oh", "ip-ee-LIM-yoo-mab": beside a piece in capitals, short lower-case
  // pieces are an abbreviation's letters or a pronunciation's syllables, not words.
  const spelledOut = pieces.length > 1 && pieces.some((piece) => piece.length >= 2 && isAcronym(piece));
  let prefix = '';
  pieces.forEach((piece, index) => {
    const bare = piece.replace(/['’]s$/i, '').replace(/^['’]+|['’]{1,8}$/g, '');
    const start = offset + piece.indexOf(bare);
    offset += piece.length + 1;
    // "pre-emptive", "naso-gastric": a prefix before a hyphen is not a word to check; nor is a
    // combining form ending in "o" ("organo-osmium", "pancreatico-biliary", "pesco-vegetarian").
    if (index < pieces.length - 1 && (isPrefix(bare) || combiningForm.test(bare))) {
      prefix += bare;
      return;
    }
    if (bare.length < 2 || isAcronym(bare) || (spelledOut && bare.length <= 3)) return;
    parts.push({ text: bare, offset: start, joined: prefix ? prefix + bare : undefined });
    prefix = '';
  });
  return parts.length === 0 ? noParts : parts;
}

/** A lower-case stem of three letters or more joined by "o" to the next piece of a hyphenated word. */
const combiningForm = /^[a-z]{3,}o$/;

/** "PTSD", "RCTs", "NSAIDs", "mRNA" and "eGFR": capitals carry the word, so it is an abbreviation. */
export function isAcronym(word: string): boolean {
  const capitals = capitalUnits(word);
  if (capitals >= 2 && capitals >= word.length - 2 && !/\p{Ll}{3}/u.test(word)) return true;
  // The pattern below needs a lower-case letter first: most words that reach here start otherwise.
  const first = word.charCodeAt(0);
  if (first < 128 && !(first >= 97 && first <= 122)) return false;
  return /^\p{Ll}{1,2}\p{Lu}{2,}s?$/u.test(word);
}

/** How many UTF-16 units of a word are capital letters, counted by code for ASCII words. */
function capitalUnits(word: string): number {
  let count = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 128) return word.replace(/[^\p{Lu}]/gu, '').length;
    if (code >= 65 && code <= 90) count++;
  }
  return count;
}
