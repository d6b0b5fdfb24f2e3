import { describe, expect, it } from 'vitest';
import { areNeighbouringKeys, isTypingSlip } from '../../src/spelling/typing-slips.js';

const common = new Set(['receive', 'conscious', 'broccoli', 'minuscule', 'crayfish', 'wanton', 'teenage', 'tummies']);
const isCommon = (word: string): boolean => common.has(word);

describe('typing slips', () => {
  it('knows which keys neighbour each other', () => {
    expect(areNeighbouringKeys('d', 'e')).toBe(true);
    expect(areNeighbouringKeys('m', 'k')).toBe(true);
    expect(areNeighbouringKeys('u', 'i')).toBe(true);
    expect(areNeighbouringKeys('w', 'y')).toBe(false);
    expect(areNeighbouringKeys('a', 'o')).toBe(false);
  });

  it('takes swapped, dropped and neighbouring-key letters for slips', () => {
    expect(isTypingSlip('recieve', isCommon)).toBe(true);
    expect(isTypingSlip('concious', isCommon)).toBe(true);
    expect(isTypingSlip('brocoli', isCommon)).toBe(true);
    expect(isTypingSlip('miniscule', isCommon)).toBe(true);
  });

  it('does not take an added letter, a distant key or a first letter for a slip', () => {
    expect(isTypingSlip('crawfish', isCommon)).toBe(false);
    expect(isTypingSlip('wonton', isCommon)).toBe(false);
    expect(isTypingSlip('teenaged', isCommon)).toBe(false);
    expect(isTypingSlip('gummies', isCommon)).toBe(false);
  });
});
