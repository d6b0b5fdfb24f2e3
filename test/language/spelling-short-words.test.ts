import { describe, expect, it } from 'vitest';
import { ShortWordAnswers, slotOf } from '../../src/spelling/short-words.js';

describe('short word answers', () => {
  it('gives each word of one to four letters a–z its own slot', () => {
    const words = ['a', 'z', 'aa', 'az', 'za', 'the', 'of', 'with', 'zzzz', 'aaaa'];
    const slots = words.map(slotOf);
    expect(slots.every((slot) => slot >= 0 && slot < 27 ** 4)).toBe(true);
    expect(new Set(slots).size).toBe(words.length);
  });

  it('leaves other words to the answer: longer, capitalised, accented or with other characters', () => {
    for (const word of ['', 'dosed', 'The', 'café', 'it’s', 'b12', 'a-b', '`ab']) expect(slotOf(word)).toBe(-1);
  });

  it('asks once per short word and answers as asked', () => {
    const asked: string[] = [];
    const answers = new ShortWordAnswers((word) => {
      asked.push(word);
      return word !== 'teh';
    });
    expect([answers.get('the'), answers.get('teh'), answers.get('the'), answers.get('teh')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(answers.get('dosage')).toBe(true);
    expect(answers.get('dosage')).toBe(true);
    expect(asked).toEqual(['the', 'teh', 'dosage', 'dosage']);
  });
});
