import { describe, expect, it } from 'vitest';
import { primed } from '../src/primed.js';

describe('primed', () => {
  it('returns the same pattern, matching as before, in Latin-1 and UTF-16 text', () => {
    const pattern = /(?:author|ologist)/iu;
    expect(primed(pattern)).toBe(pattern);
    expect(['the Author said', 'a cardiologist’s view', 'no role here’'].map((text) => pattern.test(text))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('puts back a global or sticky pattern’s lastIndex', () => {
    const global = /a/g;
    global.lastIndex = 5;
    expect(primed(global).lastIndex).toBe(5);
    const sticky = /a/y;
    expect(primed(sticky).lastIndex).toBe(0);
    expect([...'banana'.matchAll(primed(/a/g))].map((match) => match.index)).toEqual([1, 3, 5]);
  });
});
