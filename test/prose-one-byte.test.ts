import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';
import { isLatin1, oneByteWhenLatin1 } from '../src/prose/one-byte.js';

/** Whether V8 holds `text` one byte a character: its serialiser tags such strings `"` (0x22), two-byte ones `c`. */
const isOneByte = (text: string): boolean => serialize(text)[2] === 0x22;

describe('one-byte prose text', () => {
  it('copies Latin-1 text into a one-byte string and leaves wider text alone', () => {
    const article = 'An “opening” line.\n\n' + 'Plain words, café and naïve, in a longer paragraph after it.';
    const plain = article.slice(article.indexOf('Plain'));
    expect(isOneByte(plain)).toBe(false); // a slice keeps its parent's two bytes a character
    const narrowed = oneByteWhenLatin1(plain);
    expect(narrowed).toBe(plain);
    expect(isOneByte(narrowed)).toBe(true);
    const wide = article.slice(0, 20);
    expect(oneByteWhenLatin1(wide)).toBe(wide);
    expect([isLatin1(plain), isLatin1(wide), isLatin1('')]).toEqual([true, false, true]);
  });

  it('gives the rules one-byte blocks and sentences wherever their characters allow', () => {
    const document = buildDocument(
      'A “quoted” claim. A plain sentence after it.\n\nA paragraph with no curly quote — no, a dash.\n\nPlain text.\n',
      'markdown',
    );
    const blocks = document.blocks.map((block) => [block.text, isOneByte(block.text)]);
    expect(blocks).toEqual([
      ['A “quoted” claim. A plain sentence after it.', false],
      ['A paragraph with no curly quote — no, a dash.', false],
      ['Plain text.', true],
    ]);
    const sentences = document.blocks[0]!.sentences.map((sentence) => [sentence.text, isOneByte(sentence.text)]);
    expect(sentences).toEqual([
      ['A “quoted” claim.', false],
      ['A plain sentence after it.', true],
    ]);
  });
});
