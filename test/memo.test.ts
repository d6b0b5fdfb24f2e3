import { describe, expect, it } from 'vitest';
import { memoize, oncePer } from '../src/memo.js';

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

describe('oncePer', () => {
  it('computes once per object, false and undefined answers included', () => {
    let calls = 0;
    const isEmpty = oncePer((list: unknown[]) => {
      calls++;
      return list.length === 0 ? undefined : false;
    });
    const empty: unknown[] = [];
    const full = [1];
    expect([isEmpty(empty), isEmpty(empty), isEmpty(full), isEmpty(full)]).toEqual([
      undefined,
      undefined,
      false,
      false,
    ]);
    expect(calls).toBe(2);
  });
});
