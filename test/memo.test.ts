import { describe, expect, it } from 'vitest';
import { memoize } from '../src/memo.js';

describe('memoize', () => {
  it('computes each key once, null answers included, and starts again past its limit', () => {
    const asked: string[] = [];
    const lengthOrNull = memoize((word: string) => {
      asked.push(word);
      return word === '' ? null : word.length;
    }, 2);
    expect([lengthOrNull('ab'), lengthOrNull('ab'), lengthOrNull(''), lengthOrNull('')]).toEqual([2, 2, null, null]);
    expect(asked).toEqual(['ab', '']);
    lengthOrNull('abc'); // a third key: the table starts again
    lengthOrNull('ab');
    expect(asked).toEqual(['ab', '', 'abc', 'ab']);
  });
});
