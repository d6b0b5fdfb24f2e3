import { describe, expect, it } from 'vitest';
import { agentNounInEr, oxfordToBritish } from '../../src/spelling/variants.js';

describe('oxfordToBritish', () => {
  it('turns Oxford -ize forms into -ise forms', () => {
    expect(oxfordToBritish('randomized')).toBe('randomised');
    expect(oxfordToBritish('Organization')).toBe('organisation');
    expect(oxfordToBritish('minimizes')).toBe('minimises');
  });

  it('leaves other words alone', () => {
    expect(oxfordToBritish('anesthesia')).toBeUndefined();
    expect(oxfordToBritish('size')).toBe('sise');
  });
});

describe('agentNounInEr', () => {
  it('gives the "-er" form of an agent noun in "-or"', () => {
    expect(agentNounInEr('advisor')).toBe('adviser');
    expect(agentNounInEr('Advisors')).toBe('advisers');
  });

  it('leaves other words alone', () => {
    expect(agentNounInEr('color')).toBeUndefined();
    expect(agentNounInEr('adviser')).toBeUndefined();
  });
});
