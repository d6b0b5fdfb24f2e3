import { describe, expect, it } from 'vitest';
import { isStatedFinding } from '../../src/language/finding.js';

const stated = (text: string, word: string): boolean => {
  const start = text.indexOf(word);
  return isStatedFinding(text, { start, end: start + word.length, text: word });
};

describe('finding: causal cues that state the finding', () => {
  it('accepts plain causal verbs, predicate “effective” and reported infinitives', () => {
    expect(stated('Coffee prevents heart disease.', 'prevents')).toBe(true);
    expect(stated('Therapy by phone is as effective as face to face.', 'effective')).toBe(true);
    expect(stated('The drug was found to reduce relapses.', 'reduce')).toBe(true);
  });

  it('leaves background, topics, nouns and purposes alone', () => {
    expect(stated('A disease that causes pain and swelling.', 'causes')).toBe(false);
    expect(stated('Death from any cause occurred in 59%.', 'cause')).toBe(false);
    expect(stated('Strokes are a leading cause of disability.', 'cause')).toBe(false);
    expect(stated('They studied the effectiveness of the vaccine.', 'effectiveness')).toBe(false);
    expect(stated('There is a need for effective infection control.', 'effective')).toBe(false);
    expect(stated('It was developed to treat angina.', 'treat')).toBe(false);
    expect(stated('They took cholesterol-lowering drugs.', 'lowering')).toBe(false);
    expect(stated('Mesothelioma is a cancer caused by asbestos.', 'caused by')).toBe(false);
    expect(stated('There was a 90 percent increase in diagnoses.', 'increase in')).toBe(false);
    expect(stated('Infants in the unit display reduced brain size.', 'reduced')).toBe(false);
    expect(stated('Women fared worse than men.', 'worse than')).toBe(false);
    expect(stated('Coffee reduced the risk of death.', 'reduced')).toBe(true);
  });
});
