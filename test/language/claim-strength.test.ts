import { describe, expect, it } from 'vitest';
import { analyseClaim, claimStrength } from '../../src/language/claim-strength.js';

describe('claim strength', () => {
  it('tells the four classes apart', () => {
    expect(claimStrength('Coffee drinking reduces the risk of liver cancer.')).toBe('direct-causal');
    expect(claimStrength('Coffee drinking may reduce the risk of liver cancer.')).toBe('conditional-causal');
    expect(claimStrength('Coffee drinking is associated with a lower risk of liver cancer.')).toBe('correlational');
    expect(claimStrength('We recruited 300 adults from two clinics.')).toBe('none');
  });

  it('keeps negated causal claims causal, and says they are negated', () => {
    const analysis = analyseClaim('The supplement does not improve memory.');
    expect(analysis.strength).toBe('direct-causal');
    expect(analysis.negated).toBe(true);
    expect(analysis.score).toBe(3);
  });

  it('reports the cues behind the decision', () => {
    const analysis = analyseClaim('Exercise appears to improve sleep.');
    expect(analysis.causal.map((cue) => cue.text)).toEqual(['improve']);
    expect(analysis.hedges.map((cue) => cue.text)).toEqual(['appears to']);
  });
});
