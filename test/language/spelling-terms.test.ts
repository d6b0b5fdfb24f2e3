import { describe, expect, it } from 'vitest';
import { isInCitedTitle } from '../../src/language/cited-titles.js';
import { isNounAdjective, isPluralOfKnownNoun } from '../../src/spelling/derivation.js';
import { isRepeatedShortTerm, isUnknownCompound } from '../../src/spelling/word-context.js';

const known = new Set(['well', 'known', 'mortality', 'add', 'mass', 'treated']);
const isKnown = (lower: string): boolean => known.has(lower);

describe('isUnknownCompound', () => {
  it('takes a hyphenated word of unknown pieces for a term', () => {
    expect(isUnknownCompound(['chai', 'yok'], isKnown)).toBe(true);
    expect(isUnknownCompound(['Chai', 'yok'], isKnown)).toBe(true);
  });
  it('keeps checking a piece beside a known word or an acronym', () => {
    expect(isUnknownCompound(['well', 'knwn'], isKnown)).toBe(false);
    expect(isUnknownCompound(['POM', 'boozled'], isKnown)).toBe(false);
    expect(isUnknownCompound(['knwn'], isKnown)).toBe(false);
  });
});

describe('isRepeatedShortTerm', () => {
  const writes = (words: string[]) => (word: string) => words.includes(word);
  it('takes a short word written three times for the article’s term', () => {
    expect(isRepeatedShortTerm('masa', 11, writes([]))).toBe(true);
  });
  it('needs three times, a short word, and no word one edit away in the article', () => {
    expect(isRepeatedShortTerm('masa', 2, writes([]))).toBe(false);
    expect(isRepeatedShortTerm('ancetrapib', 4, writes([]))).toBe(false);
    expect(isRepeatedShortTerm('masa', 3, writes(['masa']))).toBe(false);
  });
});

describe('isInCitedTitle', () => {
  const at = (text: string, word: string): [string, number, number] => {
    const start = text.indexOf(word);
    return [text, start, start + word.length];
  };
  it('finds a word inside a quoted paper title', () => {
    const text =
      'The paper, “Efficacy of the vaccine: a double-blind, randomised controlled study,” was published in June.';
    expect(isInCitedTitle(...at(text, 'randomised'))).toBe(true);
  });
  it('finds a word in a reference line', () => {
    const text = 'de la Torre R, de Sola S, Hernandez G, et al. Safety and efficacy: a double-blind, randomised trial.';
    expect(isInCitedTitle(...at(text, 'randomised'))).toBe(true);
  });
  it('leaves running prose, short quotes and quotes naming no work', () => {
    expect(isInCitedTitle(...at('We randomised patients, Smith AB said.', 'randomised'))).toBe(false);
    expect(isInCitedTitle(...at('The paper says they were “randomised” twice.', 'randomised'))).toBe(false);
    expect(isInCitedTitle(...at('“We randomised all of the patients,” she said.', 'randomised'))).toBe(false);
  });
});

describe('isPluralOfKnownNoun and isNounAdjective', () => {
  const words = new Set([
    'flu',
    'gluten',
    'women',
    'old',
    'oldest',
    'from',
    'academy',
    'sneeze',
    'plug',
    'toot',
    'abruptly',
    'abrupt',
  ]);
  const isWord = (lower: string): boolean => words.has(lower);
  it('takes the plural of a known noun the lists leave out', () => {
    expect(isPluralOfKnownNoun('flus', isWord)).toBe(true);
    expect(isPluralOfKnownNoun('glutens', isWord)).toBe(true);
  });
  it('leaves plurals already, adjectives, function words and "-ies" nouns to the check', () => {
    expect(isPluralOfKnownNoun('womens', isWord)).toBe(false);
    expect(isPluralOfKnownNoun('olds', isWord)).toBe(false);
    expect(isPluralOfKnownNoun('froms', isWord)).toBe(false);
    expect(isPluralOfKnownNoun('academys', isWord)).toBe(false);
  });
  it('takes the "-y" adjective of a known noun, not an adverb with its "l" dropped', () => {
    expect(isNounAdjective('sneezy', isWord)).toBe(true);
    expect(isNounAdjective('pluggy', isWord)).toBe(true);
    expect(isNounAdjective('tooty', isWord)).toBe(true);
    expect(isNounAdjective('abrupty', isWord)).toBe(false);
  });
});
