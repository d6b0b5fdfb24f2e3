import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from './phrases.js';
import { isWordCharacter, width } from './word-spans.js';

/**
 * A lexicon entry whose phrases only count in some surroundings. `notAfter` lists words or
 * phrases that, when they come right before a match, cancel it ("more likely" is a comparison,
 * not a hedge); `notBefore` lists those that cancel it when they come right after ("indicated
 * for" is a drug label, not "indicated that"). Kept as data so that editors can tune a lexicon
 * without touching the matching code.
 */
export interface ContextEntry extends PhraseEntry {
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}

/** How many words either side are read when checking `notAfter` and `notBefore`. */
const contextWords = 4;

/** A phrase matcher that drops matches whose neighbouring words an entry excludes. */
export class ContextMatcher<Entry extends ContextEntry> {
  private readonly matcher: PhraseMatcher<Entry>;

  constructor(entries: readonly Entry[]) {
    this.matcher = new PhraseMatcher(entries);
  }

  matchAll(text: string): PhraseMatch<Entry>[] {
    return this.matcher.matchAll(text).filter((found) => fitsContext(found, text));
  }
}

function fitsContext<Entry extends ContextEntry>(found: PhraseMatch<Entry>, text: string): boolean {
  const { notAfter, notBefore } = found.entry;
  if (notAfter && notAfter.length > 0) {
    const before = ` ${wordsBefore(text, found.start).join(' ')}`;
    if (padded(notAfter, 'after').some((phrase) => before.endsWith(phrase))) return false;
  }
  if (notBefore && notBefore.length > 0) {
    const after = `${wordsAfter(text, found.end).join(' ')} `;
    if (padded(notBefore, 'before').some((phrase) => after.startsWith(phrase))) return false;
  }
  return true;
}

const paddedLists = {
  after: new WeakMap<readonly string[], string[]>(),
  before: new WeakMap<readonly string[], string[]>(),
};

/**
 * A `notAfter` list lower-cased with a space before each phrase, or a `notBefore` list with one
 * after, made once per list: every match of an entry with such a list is checked against it.
 */
function padded(phrases: readonly string[], side: 'after' | 'before'): readonly string[] {
  let list = paddedLists[side].get(phrases);
  if (!list) {
    list = phrases.map((phrase) => (side === 'after' ? ` ${phrase.toLowerCase()}` : `${phrase.toLowerCase()} `));
    paddedLists[side].set(phrases, list);
  }
  return list;
}

/**
 * The lower-cased words right before `offset`, nearest last, stopping at clause punctuation. A word
 * is a run of letters, digits, apostrophes and hyphens (`/[\p{L}\p{N}'’-]+/u`), and each comma is
 * one too. It runs at nearly every cue a rule reads, so the words are read back from the offset,
 * only as many as asked for, instead of matching a pattern over the clause and keeping its last few.
 */
export function wordsBefore(text: string, offset: number, count = contextWords): string[] {
  const window = text.slice(Math.max(0, offset - count * 16), offset);
  // The window after its last clause mark, found without splitting the window into pieces: this runs at every match.
  let start = window.length;
  while (start > 0 && !isClauseMark(window.charCodeAt(start - 1))) start--;
  // Lower-cased before it is split, as it always was: a letter can lower-case to two (“İ”).
  const clause = window.slice(start).toLowerCase();
  const words: string[] = [];
  for (let end = clause.length; end > 0 && words.length < count;) {
    const last = codePointBefore(clause, end);
    const lastStart = end - width(last);
    if (last === 0x2c) words.push(',');
    else if (isWordCharacter(last)) {
      let wordStart = lastStart;
      while (wordStart > 0) {
        const code = codePointBefore(clause, wordStart);
        if (!isWordCharacter(code)) break;
        wordStart -= width(code);
      }
      words.push(clause.slice(wordStart, end));
      end = wordStart;
      continue;
    }
    end = lastStart;
  }
  return words.reverse();
}

/** The lower-cased words right after `offset`, nearest first, stopping at clause punctuation (words as in `wordsBefore`). */
export function wordsAfter(text: string, offset: number, count = contextWords): string[] {
  const window = text.slice(offset, offset + count * 16);
  let end = 0;
  while (end < window.length && !isClauseMark(window.charCodeAt(end))) end++;
  const clause = window.slice(0, end).toLowerCase();
  const words: string[] = [];
  for (let at = 0; at < clause.length && words.length < count;) {
    const first = clause.codePointAt(at) as number;
    if (first === 0x2c) words.push(',');
    else if (isWordCharacter(first)) {
      let wordEnd = at + width(first);
      while (wordEnd < clause.length) {
        const code = clause.codePointAt(wordEnd) as number;
        if (!isWordCharacter(code)) break;
        wordEnd += width(code);
      }
      words.push(clause.slice(at, wordEnd));
      at = wordEnd;
      continue;
    }
    at += width(first);
  }
  return words;
}

/**
 * The word that a modifier ending at `offset` qualifies, read past the modifiers between them: a
 * coordinate adjective after a comma (“an extraordinary, decades-long collaboration”) and compound
 * modifiers written with a hyphen (“a remarkable long-term partnership”). `undefined` when the
 * clause ends, or a comma is followed by anything but such a modifier (“a breakthrough,” he said).
 */
export function qualifiedWordAfter(text: string, offset: number): string | undefined {
  const words = wordsAfter(text, offset, 6);
  let index = 0;
  if (words[0] === ',') {
    if (!isCompoundModifier(words[1])) return undefined;
    index = 1;
  }
  while (isCompoundModifier(words[index]) && words[index + 1] !== undefined && words[index + 1] !== ',') index++;
  const word = words[index];
  return word === ',' ? undefined : word;
}

/** Words that open a noun phrase: an -ing word right before one takes it as its object. */
const determiners = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
]); // prettier-ignore

/**
 * Whether an -ing word ending at `offset` is a verb with its object (“is pioneering a new therapy”,
 * “pioneering the use of lasers”), not an adjective before its noun (“a pioneering therapy”): an
 * adjective is never followed by a determiner.
 */
export function ingTakesObject(text: string, word: string, offset: number): boolean {
  if (!/ing$/iu.test(word)) return false;
  const next = wordsAfter(text, offset, 1)[0];
  return next !== undefined && determiners.has(next);
}

/** A word written with inner hyphens (“decades-long”, “long-term”). */
function isCompoundModifier(word: string | undefined): boolean {
  return word !== undefined && /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(word);
}

/** The code point that ends at `end`: a surrogate pair read as one, a lone surrogate as itself (as `/u` reads them). */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** `.`, `;`, `:`, `!`, `?`, a bracket or a square bracket: where the words read around a match stop. */
function isClauseMark(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d
  );
}
