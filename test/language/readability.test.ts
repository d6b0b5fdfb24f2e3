import { describe, expect, it } from 'vitest';
import { addCounts, countSentence, readingGrade } from '../../src/language/readability.js';

describe('readability', () => {
  it('counts words and syllables, ignoring numbers', () => {
    expect(countSentence('The cat sat on 3 mats.')).toEqual({ sentences: 1, words: 5, syllables: 5, polysyllables: 0 });
    expect(countSentence('Hypertension medication').polysyllables).toBe(2);
  });

  it('grades plain text low and dense clinical text high (Flesch–Kincaid)', () => {
    expect(readingGrade(countSentence('Take one pill a day with food.'))).toBeLessThan(3);
    const dense = countSentence(
      'Pharmacological intervention with selective serotonin reuptake inhibitors demonstrated considerable therapeutic efficacy in randomised populations.',
    );
    expect(readingGrade(dense)).toBeGreaterThan(16);
  });

  it('computes SMOG from polysyllables per sentence', () => {
    const counts = addCounts(countSentence('Take one pill.'), countSentence('Call your doctor.'));
    expect(readingGrade(counts, 'smog')).toBeCloseTo(3.1291, 3);
  });

  it('returns 0 for text without words', () => {
    expect(readingGrade({ sentences: 1, words: 0, syllables: 0, polysyllables: 0 })).toBe(0);
  });
});
