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
  return /[\u017F\u212A]/.test(text) ? undefined : text.toLowerCase();
}

/** A test of whether a text holds any of `parts`, as literal text, in one scan. */
export function holdsAnyOf(parts: readonly string[]): (text: string) => boolean {
  const pattern = anyLiteralOf(parts);
  return (text) => pattern.test(text);
}

/** A pattern matching any of `parts` as literal text. */
export function anyLiteralOf(parts: readonly string[]): RegExp {
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
