import { describe, expect, it } from 'vitest';
import { toldAsRanking } from '../../src/language/study-finding.js';

/** Where `cue` starts in `sentence`. */
const startOf = (sentence: string, cue: string) => sentence.indexOf(cue);

describe('a place in a ranking (unqualified-efficacy-claim, round 25)', () => {
  it('reads a superlative after “ranked”, “rated” or “the top three” as a ranking', () => {
    const ranked = 'Naproxen was ranked the most effective treatment for knee pain.';
    expect(toldAsRanking(ranked, startOf(ranked, 'most effective'), 'most effective')).toBe(true);
    const top = 'In the top three most effective formulations, 90% of patients did well.';
    expect(toldAsRanking(top, startOf(top, 'most effective'), 'most effective')).toBe(true);
    const rated = 'The cream was rated as the best treatment by readers.';
    expect(toldAsRanking(rated, startOf(rated, 'best'), 'best')).toBe(true);
  });

  it('leaves a superlative said outright, and a comparison, alone', () => {
    const outright = 'Naproxen is the most effective treatment for knee pain.';
    expect(toldAsRanking(outright, startOf(outright, 'most effective'), 'most effective')).toBe(false);
    const compared = 'It was ranked more effective than the cream.';
    expect(toldAsRanking(compared, startOf(compared, 'more effective'), 'more effective')).toBe(false);
  });
});
