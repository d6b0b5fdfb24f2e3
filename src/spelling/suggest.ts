/**
 * Spelling suggestions by bounded edit-distance search. nspell's own `suggest()` can spend 0.8 s
 * on one unknown word (it tries every casing of every edit of every edit), so healthlint
 * generates candidates itself: all single edits first, then — only when none is a known word —
 * double edits, with a hard cap on the number of lookups per word.
 */
import {
  editText,
  editsFrom,
  extendHash,
  latinLetters as letters,
  lengthChange,
  singleEdits,
  visitEdits,
  type HashFilter,
} from '../words/edits.js';

export { maxEditableLength, singleEdits } from '../words/edits.js';

const vowels = 'aeiouy';

/** The most lookups one word may cost before the search gives up (a few tens of milliseconds). */
export const maxLookups = 12_000;

/** How many suggestions a report offers. */
export const suggestionLimit = 5;

/**
 * Known words closest to `word`, best first. `isKnown` answers for lower-case candidates;
 * `isCommon` says which of them are everyday words, preferred among equally close ones.
 * Single edits are ranked by how people misspell (swapped or doubled letters, a wrong vowel);
 * double edits only replace or insert vowels and the word's own letters, which covers most real
 * two-edit errors ("definately", "accomodation") at a fraction of the cost. A `filter` holding
 * every word `isKnown` accepts skips most candidates unbuilt, and `prefixes` (every start of those
 * words) skips whole positions of double edits; the answer is the same without them.
 */
export function suggestionsFor(
  word: string,
  isKnown: (candidate: string) => boolean,
  isCommon: (candidate: string) => boolean = () => true,
  limit = suggestionLimit,
  filter?: HashFilter,
  prefixes?: HashFilter,
): string[] {
  const lower = word.toLowerCase();
  let lookups = 0;
  const found = new Map<string, number>();
  visitEdits(lower, letters, (hash, edit) => {
    lookups++;
    if (filter && !filter.mayHold(hash)) return;
    const candidate = editText(edit);
    if (!found.has(candidate) && isKnown(candidate)) found.set(candidate, editCost(lower, candidate, isCommon));
  });
  if (found.size === 0) {
    const alphabet = [...new Set(vowels + lower.replace(/[^a-z]/g, ''))].join('');
    for (const first of singleEdits(lower, alphabet)) {
      // An edit at position p keeps the first p letters: past the longest start of `first` that
      // begins a known word, no edit can make one. Those edits are counted, not visited, so the
      // search stops where it would have.
      const positions = prefixes ? knownStartLength(first, prefixes) + 1 : Number.POSITIVE_INFINITY;
      const stopped = visitEdits(
        first,
        alphabet,
        (hash, edit) => {
          if (++lookups > maxLookups) return true;
          if (first.length + lengthChange(edit.kind) <= 1 || (filter && !filter.mayHold(hash))) return false;
          const candidate = editText(edit);
          if (!found.has(candidate) && isKnown(candidate))
            found.set(candidate, 2 + editCost(lower, candidate, isCommon) / 4);
          return false;
        },
        positions,
      );
      if (stopped) break;
      if (positions <= first.length) {
        lookups += editsFrom(first, alphabet, positions);
        if (lookups > maxLookups) break;
      }
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || Math.abs(a[0].length - lower.length) - Math.abs(b[0].length - lower.length))
    .slice(0, limit)
    .map(([candidate]) => matchCase(word, candidate));
}

/** How many letters of `word` `prefixes` may hold as the start of a known word. */
function knownStartLength(word: string, prefixes: HashFilter): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) {
    hash = extendHash(hash, word.charCodeAt(index));
    if (!prefixes.mayHold(hash)) return index;
  }
  return word.length;
}

/**
 * Cheaper for the errors people make (swapped letters, doubled letters, a wrong vowel, the same
 * first letter) and for common words: the core dictionary's words beat rare supplement words.
 */
function editCost(from: string, to: string, isCommon: (candidate: string) => boolean): number {
  let cost = isCommon(to) ? 1 : 1.35;
  if (from.length === to.length && sortedLetters(from) === sortedLetters(to)) cost -= 0.5;
  else if (undoubled(from) === undoubled(to)) cost -= 0.5;
  else if (soundsAlike(from, to)) cost -= 0.4;
  else if (from.replace(/[aeiouy]/g, '') === to.replace(/[aeiouy]/g, '')) cost -= 0.3;
  if (from[0] !== to[0]) cost += 0.4;
  return cost;
}

/** Doubled consonants only: "stoped" → "stopped" is likelier than "stooped". */
function undoubled(word: string): string {
  return word.replace(/([^aeiouy])\1/g, '$1');
}

/** The same word to the ear: c/s/k, ph/f and similar swaps ("concider" → "consider"). */
function soundsAlike(from: string, to: string): boolean {
  const key = (word: string): string =>
    word
      .replace(/ph/g, 'f')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/[ck]/g, 'k')
      .replace(/z/g, 's')
      .replace(/([^aeiouy])\1/g, '$1');
  return key(from) === key(to);
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/** Gives a suggestion the case of the word it replaces: "Teh" → "The", "TEH" → "THE". */
export function matchCase(original: string, suggestion: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  if (original[0] && original[0] !== original[0].toLowerCase()) {
    return (suggestion[0]?.toUpperCase() ?? '') + suggestion.slice(1);
  }
  return suggestion;
}
