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
    expect(asked).toEqual(['the', 'teh', 'dosage']);
  });

  it('keeps other words too, asking each once, and the empty word never', () => {
    const asked: string[] = [];
    const answers = new ShortWordAnswers((word) => {
      asked.push(word);
      return word.length % 2 === 0;
    });
    const words = ['dosage', 'Dosage', 'dosages', 'café', 'it’s', 'b12', 'Þorgeir'];
    for (let round = 0; round < 3; round++) {
      expect(words.map((word) => answers.get(word))).toEqual(words.map((word) => word.length % 2 === 0));
    }
    expect(asked).toEqual(words);
    answers.get('');
    answers.get('');
    expect(asked.filter((word) => word === '')).toHaveLength(2);
  });

  it('answers as asked past its table’s size, when it starts again', () => {
    const answers = new ShortWordAnswers((word) => word.endsWith('7'));
    const words = Array.from({ length: 100_000 }, (_, index) => `word${index}`);
    for (const word of words) answers.get(word);
    expect(words.every((word) => answers.get(word) === word.endsWith('7'))).toBe(true);
  });
});
