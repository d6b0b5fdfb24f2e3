import { describe, expect, it } from 'vitest';
import { regularEndingLength } from '../../src/spelling/derivation.js';
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

describe('slips that leave a regular ending alone', () => {
  const everyday = new Set([
    'speed',
    'speeder',
    'gummy',
    'gummiest',
    'design',
    'designer',
    'designed',
    'box',
    'prolong',
    'prolonged',
  ]);
  const isEveryday = (word: string): boolean => everyday.has(word);

  it('measures a regular ending on a known word, as English spells it', () => {
    expect(regularEndingLength('speeded', isEveryday)).toBe(2);
    expect(regularEndingLength('gummies', isEveryday)).toBe(3);
    expect(regularEndingLength('designee', isEveryday)).toBe(2);
    expect(regularEndingLength('boxes', isEveryday)).toBe(2);
    expect(regularEndingLength('prolonges', isEveryday)).toBe(0);
    expect(regularEndingLength('recieve', isEveryday)).toBe(0);
  });

  it('takes another ending on the same stem for another form, a slip in the stem still for a slip', () => {
    expect(isTypingSlip('speeded', isEveryday)).toBe(true);
    expect(isTypingSlip('speeded', isEveryday, { keptEnding: 2 })).toBe(false);
    expect(isTypingSlip('gummies', isEveryday, { keptEnding: 3 })).toBe(false);
    expect(isTypingSlip('designee', isEveryday, { keptEnding: 2 })).toBe(false);
    expect(isTypingSlip('sepeder', isEveryday, { keptEnding: 2 })).toBe(true);
  });
});
