import { describe, expect, it } from 'vitest';
import { isCombiningFormCompound, isEverydayPrefixed, isSuffixDerivation } from '../../src/spelling/derivation.js';
import { spellCheckerFor } from '../../src/spelling/checker.js';
import { isTypingSlip } from '../../src/spelling/typing-slips.js';
import { isClippingAfterLetter } from '../../src/spelling/word-context.js';

const known = new Set(['zygomatic', 'temporal', 'mandibular', 'worming', 'deforming', 'use', 'used', 'underused']);
const isKnown = (lower: string): boolean => known.has(lower);

describe('isCombiningFormCompound', () => {
  it('joins two known words with the combining "o", the first with or without its ending', () => {
    expect(isCombiningFormCompound('zygomaticotemporal', isKnown)).toBe(true);
    expect(isCombiningFormCompound('temporomandibular', isKnown)).toBe(true);
  });
  it('needs a known word on both sides of an "o" and a long word', () => {
    expect(isCombiningFormCompound('zygomaticotemporl', isKnown)).toBe(false);
    expect(isCombiningFormCompound('zygomaticatemporal', isKnown)).toBe(false);
    expect(isCombiningFormCompound('usedotemporal', isKnown)).toBe(false);
  });
});

describe('isEverydayPrefixed', () => {
  it('takes "de" on a known word that is no typist’s slip of another', () => {
    expect(isEverydayPrefixed('deworming', isKnown)).toBe(true);
  });
  it('takes "under" on a known word of three letters', () => {
    expect(isEverydayPrefixed('underuse', isKnown)).toBe(true);
  });
});

describe('"mid" and "tele" on a known word', () => {
  const terms = new Set(['childhood', 'gestation', 'dermatology', 'rehabilitation', 'phone', 'middle', 'telephone']);
  const isTerm = (lower: string): boolean => terms.has(lower);
  it('takes "mid" on a span of time and "tele" on a kind of care', () => {
    expect(isEverydayPrefixed('midchildhood', isTerm)).toBe(true);
    expect(isEverydayPrefixed('midgestation', isTerm)).toBe(true);
    expect(isEverydayPrefixed('teledermatology', isTerm)).toBe(true);
    expect(isEverydayPrefixed('telerehabilitation', isTerm)).toBe(true);
  });
  it('needs a rest of five letters, and no typist’s slip of a known word', () => {
    expect(isEverydayPrefixed('midle', isTerm)).toBe(false);
    expect(isEverydayPrefixed('telephome', isTerm)).toBe(false);
  });
  it('leaves the words to the checker, which still flags slips', () => {
    const checker = spellCheckerFor('en-US');
    expect(checker.check('teledermatology')).toBe('known');
    expect(checker.check('midchildhood')).toBe('known');
    expect(checker.check('telephoen')).toBe('misspelled');
    expect(checker.check('midel')).toBe('misspelled');
  });
});

describe('a specialist named after a known word in -al or -ive', () => {
  const terms = new Set(['hospital', 'procedural', 'intensive']);
  const isTerm = (lower: string): boolean => terms.has(lower);
  it('takes "-ist" on the word', () => {
    expect(isSuffixDerivation('hospitalists', isTerm)).toBe(true);
    expect(isSuffixDerivation('proceduralist', isTerm)).toBe(true);
    expect(isSuffixDerivation('intensivist', isTerm)).toBe(true);
  });
  it('needs the base word', () => {
    expect(isSuffixDerivation('hospitolist', isTerm)).toBe(false);
    expect(isSuffixDerivation('intensavist', isTerm)).toBe(false);
  });
});

describe('isTypingSlip without the final letter', () => {
  it('reads a missing last letter as an inflection, not a slip, when asked', () => {
    expect(isTypingSlip('underuse', isKnown)).toBe(true);
    expect(isTypingSlip('underuse', isKnown, { finalLetter: false })).toBe(false);
  });
});

describe('isClippingAfterLetter', () => {
  const text = 'It raises T regulatory cells; T regs calm it.';
  it('takes a clipping after a lone capital the paragraph writes in full after the same letter', () => {
    expect(isClippingAfterLetter(text, text.indexOf('regs'), text.indexOf('regs') + 4)).toBe(true);
  });
  it('needs the long form, after the same lone capital', () => {
    const alone = 'T regs calm it.';
    expect(isClippingAfterLetter(alone, 2, 6)).toBe(false);
    const other = 'It raises B regulatory cells; T regs calm it.';
    expect(isClippingAfterLetter(other, other.indexOf('regs'), other.indexOf('regs') + 4)).toBe(false);
  });
});

describe('spell checker word formation', () => {
  const checker = spellCheckerFor('en-US');
  it('knows drugs by a WHO stem unless one edit from a known drug', () => {
    expect(checker.check('dalcetrapib')).toBe('known');
    expect(checker.check('ancetrapib')).toBe('misspelled');
    expect(checker.check('ipilumumab')).toBe('misspelled');
  });
  it('knows "holo" on a known term and formed anatomical compounds', () => {
    expect(checker.check('holotranscobalamin')).toBe('known');
    expect(checker.check('zygomaticotemporal')).toBe('known');
    expect(checker.check('videoediting')).toBe('misspelled');
  });
});
