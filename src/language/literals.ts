import { primed } from '../primed.js';

/**
 * Cheap tests run before a case-insensitive pattern: most sentences lack the words a pattern
 * needs ("%", "fold", "centre"), and asking whether a text holds one is much cheaper than
 * letting the pattern fail everywhere in it. Each test must be a necessary condition for its
 * pattern, so it can only skip work, never change a result.
 */

/**
 * A text in lower case for such tests, or undefined when it holds a character that the `i` flag
 * matches with a different letter than lower-casing gives (the long s and the Kelvin sign match
 * “s” and “k”): then every pattern must run.
 */
export function lowerCaseForLiteralTests(text: string): string | undefined {
  // Two `indexOf` scans, not a character-class pattern: this runs on nearly every sentence for
  // every gated pattern, and V8 answers `indexOf` of a character outside Latin-1 in a Latin-1
  // string (most sentences) without reading it.
  return text.indexOf('\u017F') >= 0 || text.indexOf('\u212A') >= 0 ? undefined : text.toLowerCase();
}

/** A test of whether a text holds any of `parts`, as literal text, in one scan. */
export function holdsAnyOf(parts: readonly string[]): (text: string) => boolean {
  const pattern = anyLiteralOf(parts);
  return (text) => pattern.test(text);
}

/**
 * A pattern matching any of `parts` as literal text. Compiled when it is made (`primed`): these
 * gates run on most sentences, and one first reached after V8's regexp budget is spent would scan
 * every text without its look-ahead for the rest of the run.
 */
export function anyLiteralOf(parts: readonly string[]): RegExp {
  return primed(new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
}

/**
 * A test of whether a text holds any of `words` whole, in any case (`*` is a suffix wildcard, a
 * space joins the words of a phrase). The text is split into words once and each is looked up, so
 * a long list costs no more than a short one and nothing backtracks.
 */
export function holdsAnyWholeWord(words: readonly string[]): (text: string) => boolean {
  const exact = new Set(words.filter((word) => !word.endsWith('*') && !word.includes(' ')));
  // Prefixes filed by their first two letters, so that a word is compared only with the few that may open it.
  const prefixes = new Map<string, string[]>();
  for (const word of words.filter((entry) => entry.endsWith('*'))) {
    const prefix = word.slice(0, -1);
    const key = prefix.slice(0, 2);
    prefixes.set(key, [...(prefixes.get(key) ?? []), prefix]);
  }
  const phrases = words.filter((word) => word.includes(' ')).map((phrase) => ` ${phrase} `);
  return (text) => {
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const token of tokens) {
      if (exact.has(token) || prefixes.get(token.slice(0, 2))?.some((prefix) => token.startsWith(prefix))) return true;
    }
    if (phrases.length === 0) return false;
    const joined = ` ${tokens.join(' ')} `;
    return phrases.some((phrase) => joined.includes(phrase));
  };
}
