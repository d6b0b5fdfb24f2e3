import { describe, expect, it } from 'vitest';
import { deniedByComparison } from '../../src/language/negation.js';

const denied = (text: string, word: string): boolean => deniedByComparison(text, text.indexOf(word));

describe('comparisons that deny the words after them', () => {
  it('reads “more like X than”, “less (of) a”, “rather than” and “instead of” as denials', () => {
    expect(
      denied('For him, the test felt more like “a cool piece of science fiction” than a breakthrough.', 'breakthrough'),
    ).toBe(true);
    expect(denied('It is less a breakthrough than a refinement.', 'breakthrough')).toBe(true);
    expect(denied('It is less of a miracle than people hoped.', 'miracle')).toBe(true);
    expect(denied('The drug is an incremental step rather than a breakthrough.', 'breakthrough')).toBe(true);
    expect(denied('Doctors want evidence instead of miracle cures.', 'miracle')).toBe(true);
  });

  it('reads no denial in “more than a breakthrough” or a comparison the word itself makes', () => {
    expect(denied('This is more than a breakthrough; it is a revolution.', 'breakthrough')).toBe(false);
    expect(denied('Metformin had a more powerful effect than newer drugs.', 'powerful')).toBe(false);
    expect(denied('The new drug is a breakthrough, more effective than any before.', 'breakthrough')).toBe(false);
    expect(denied('More patients than ever call it a breakthrough.', 'breakthrough')).toBe(false);
  });
});

describe('comparatives that grant the word they measure against', () => {
  it('reads no denial in “more powerful than wonder drug tamoxifen”, and one in “more a curiosity than a breakthrough”', () => {
    expect(denied('Could a one-two punch be more powerful than wonder drug tamoxifen?', 'wonder drug')).toBe(false);
    expect(denied('The device is more a curiosity than a breakthrough.', 'breakthrough')).toBe(true);
  });
});
