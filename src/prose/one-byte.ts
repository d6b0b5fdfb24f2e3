/**
 * V8 stores a string in one byte a character when it is made from one-byte parts, in two otherwise,
 * and a slice or a concatenation keeps the representation of the strings it came from: in an
 * article with one curly quote or dash anywhere, every block, sentence and word is a two-byte
 * string, whatever its own characters. A regular expression is compiled once for each
 * representation it meets, and two-byte code is the larger (a `\p{…}` class ~14 KB against ~1 KB);
 * once V8 holds 16 MB of executable code it compiles new patterns without its optimisations
 * (docs/performance.md). So text whose characters all fit in one byte is copied into a one-byte
 * string before the rules read it: the same characters, and a pattern meets two-byte text only
 * where the text needs it.
 */
const beyondLatin1 = /[^\0-\xff]/;

/** `text` itself when it holds a character beyond Latin-1, else a one-byte string of the same characters. */
export function oneByteWhenLatin1(text: string): string {
  if (beyondLatin1.test(text)) return text;
  // Encoding as Latin-1 keeps each character's one byte (all are below 256), and decoding makes
  // a one-byte string.
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Whether every character of `text` fits in one byte (Latin-1). */
export function isLatin1(text: string): boolean {
  return !beyondLatin1.test(text);
}
