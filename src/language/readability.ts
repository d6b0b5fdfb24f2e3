import { syllable } from 'syllable';

/**
 * Reading grade of a passage, by the formulas health-literacy guidance uses: Flesch–Kincaid
 * grade level (Kincaid et al. 1975) and SMOG (McLaughlin 1969), the latter recommended for health
 * materials. Syllables come from the `syllable` package (wooorm); words are tokens with a letter,
 * so numbers and symbols neither lengthen nor shorten a sentence.
 */
export type ReadabilityFormula = 'flesch-kincaid' | 'smog';

export const formulaNames: Record<ReadabilityFormula, string> = {
  'flesch-kincaid': 'Flesch–Kincaid',
  smog: 'SMOG',
};

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG's “polysyllables”). */
  polysyllables: number;
}

const wordPattern = /[\p{L}][\p{L}'’-]*/gu;

/** Counts for one sentence. */
export function countSentence(sentence: string): TextCounts {
  const counts: TextCounts = { sentences: 1, words: 0, syllables: 0, polysyllables: 0 };
  for (const [word] of sentence.matchAll(wordPattern)) {
    const count = Math.max(1, syllable(word));
    counts.words++;
    counts.syllables += count;
    if (count >= 3) counts.polysyllables++;
  }
  return counts;
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return {
    sentences: a.sentences + b.sentences,
    words: a.words + b.words,
    syllables: a.syllables + b.syllables,
    polysyllables: a.polysyllables + b.polysyllables,
  };
}

/** The US school grade a reader needs for text with these counts. */
export function readingGrade(counts: TextCounts, formula: ReadabilityFormula = 'flesch-kincaid'): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  if (formula === 'smog') return 1.043 * Math.sqrt((counts.polysyllables * 30) / counts.sentences) + 3.1291;
  return 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
}
