import { describe, expect, it } from 'vitest';
import {
  hasSlipAtStart,
  hasStrayKey,
  isBrokenBySpace,
  isEditAfterFirstLetter,
  showsSlip,
} from '../../src/spelling/slip-evidence.js';

const common = new Set(['was', 'the', 'after', 'our', 'mass', 'an', 'said', 'old', 'in', 'kale', 'with', 'bell']);
const known = new Set([...common, 'center', 'fertility', 'in', 'mesa', 'nevi', 'net', 'pot', 'corn', 'flour']);
const isCommon = (word: string): boolean => common.has(word);
const isKnown = (word: string): boolean => known.has(word);
const alone = { previous: undefined, next: undefined };

describe('signs that a short unknown word is misspelled', () => {
  it('takes a typist’s slip of a common word for one', () => {
    expect(showsSlip('ws', alone, isCommon, isKnown)).toBe(true);
    expect(showsSlip('teh', alone, (word) => word === 'the', isKnown)).toBe(true);
    expect(showsSlip('afte', alone, isCommon, isKnown)).toBe(true);
  });

  it('takes a key struck twice or with its neighbour for a slip, after the first letter only', () => {
    expect(hasStrayKey('aan', isCommon)).toBe(true);
    expect(hasStrayKey('saidf', isCommon)).toBe(true);
    expect(hasStrayKey('olds', isCommon)).toBe(true);
    // "jin": "j" beside "i" on the keyboard, but a first letter; "kaleo": "o" far from "e".
    expect(hasStrayKey('jin', isCommon)).toBe(false);
    expect(hasStrayKey('kaleo', isCommon)).toBe(false);
  });

  it('takes a first letter struck on a neighbouring key or left out for a slip', () => {
    expect(hasSlipAtStart('qith', isCommon)).toBe(true);
    expect(hasSlipAtStart('vell', isCommon)).toBe(true);
    expect(hasSlipAtStart('fter', isCommon)).toBe(true);
    // "p" is no neighbour of "w": "pith" would be another word.
    expect(hasSlipAtStart('pith', isCommon)).toBe(false);
  });

  it('takes any edit after the first letter of one of the commonest words for a slip', () => {
    const isCommonest = (word: string): boolean => ['with', 'will'].includes(word);
    expect(isEditAfterFirstLetter('witk', isCommonest)).toBe(true);
    expect(isEditAfterFirstLetter('wyth', isCommonest)).toBe(true);
    expect(isEditAfterFirstLetter('wiil', isCommonest)).toBe(true);
    expect(isEditAfterFirstLetter('pith', isCommonest)).toBe(false);
    expect(
      showsSlip(
        'witk',
        alone,
        () => false,
        () => false,
        isCommonest,
      ),
    ).toBe(true);
  });

  it('takes the pieces of a word a space broke for one', () => {
    expect(isBrokenBySpace('cen', { previous: 'fertility', next: 'ter' }, isKnown)).toBe(true);
    expect(isBrokenBySpace('ter', { previous: 'cen', next: 'in' }, isKnown)).toBe(true);
    expect(isBrokenBySpace('rthe', { previous: 'afte', next: 'minimally' }, isKnown)).toBe(true);
    expect(showsSlip('rthe', { previous: 'afte', next: undefined }, isCommon, isKnown)).toBe(true);
  });

  it('does not take a short word one edit from a rare word, or beside a capitalised one, for one', () => {
    // "neti" sits one edit from "nevi" and "net", "qi" from "q": no slip of a common word.
    expect(showsSlip('neti', { previous: 'or', next: 'pot' }, isCommon, isKnown)).toBe(false);
    expect(showsSlip('qi', { previous: 'move', next: 'or' }, isCommon, isKnown)).toBe(false);
    expect(showsSlip('zzz', alone, isCommon, isKnown)).toBe(false);
    expect(isBrokenBySpace('cen', { previous: undefined, next: 'Ter' }, isKnown)).toBe(false);
    // A letter moved across the space must leave two words of two letters or more.
    expect(isBrokenBySpace('ni', { previous: 'a', next: undefined }, (word) => ['an', 'i'].includes(word))).toBe(false);
  });
});
