import { describe, expect, it } from 'vitest';
import { isAuthorInReferenceLine, isInMarkedAuthorList } from '../../src/language/cited-titles.js';
import { isPrefixedUnit, isSuffixedTerm } from '../../src/spelling/derivation.js';
import { isInForeignPassage, isTaxonAbbreviation } from '../../src/spelling/foreign.js';
import { spellCheckerFor } from '../../src/spelling/checker.js';

const known = new Set(['thyroxine', 'ketone', 'tendon', 'slope', 'tired']);
const isKnown = (lower: string): boolean => known.has(lower);

describe('isPrefixedUnit', () => {
  it('takes a decimal prefix written closed on a unit’s name, singular or plural', () => {
    expect(isPrefixedUnit('milligray')).toBe(true);
    expect(isPrefixedUnit('microsieverts')).toBe(true);
    expect(isPrefixedUnit('kilobecquerel')).toBe(true);
  });
  it('needs both a prefix and a unit', () => {
    expect(isPrefixedUnit('milligrey')).toBe(false);
    expect(isPrefixedUnit('gray')).toBe(false);
    expect(isPrefixedUnit('millipede')).toBe(false);
  });
});

describe('isSuffixedTerm', () => {
  it('takes a known term with a medical suffix, after a prefix or none', () => {
    expect(isSuffixedTerm('thyroxinemia', isKnown)).toBe(true);
    expect(isSuffixedTerm('hypothyroxinemia', isKnown)).toBe(true);
    expect(isSuffixedTerm('ketonuria', isKnown)).toBe(true);
  });
  it('needs a known term of six letters or more', () => {
    expect(isSuffixedTerm('slopeitis', isKnown)).toBe(false);
    expect(isSuffixedTerm('thyroxinemai', isKnown)).toBe(false);
  });
});

describe('the checker with the new formations', () => {
  const checker = spellCheckerFor('en-US');
  it('knows them, but not a slip of them', () => {
    expect(checker.check('milligray')).toBe('known');
    expect(checker.check('hypothyroxinemia')).toBe('known');
    expect(checker.check('voretigene')).toBe('known');
    expect(checker.check('milligrey')).toBe('misspelled');
  });
});

describe('isInForeignPassage', () => {
  const checker = spellCheckerFor('en-US');
  const isKnownWord = (text: string): boolean => checker.isKnownAnywhere(text);
  it('takes a word among three foreign words or more', () => {
    const text = 'She works at the Centre de recherche interdisciplinaire en réadaptation du Montréal métropolitain.';
    const start = text.indexOf('interdisciplinaire');
    expect(isInForeignPassage(text, start, start + 'interdisciplinaire'.length, isKnownWord)).toBe(true);
  });
  it('leaves a word in English prose, even beside a name particle', () => {
    const text = 'The interdisciplinaire team met Dr de Souza.';
    const start = text.indexOf('interdisciplinaire');
    expect(isInForeignPassage(text, start, start + 'interdisciplinaire'.length, isKnownWord)).toBe(false);
  });
});

describe('isAuthorInReferenceLine', () => {
  const line = 'Paulsen AJ, Cruickshanks KJ, Fischer ME, et al. Relation between congnitive training and dry eye.';
  const at = (word: string): [number, number] => [line.indexOf(word), line.indexOf(word) + word.length];
  it('is a surname with initials in a block opening with two authors', () => {
    expect(isAuthorInReferenceLine(line, ...at('Cruickshanks'))).toBe(true);
  });
  it('is not a word of the cited title, nor a name in prose', () => {
    expect(isAuthorInReferenceLine(line, ...at('congnitive'))).toBe(false);
    const prose = 'Paulsen, Cruickshanks and Fischer found dry eye, said the team.';
    expect(isAuthorInReferenceLine(prose, prose.indexOf('Cruickshanks'), prose.indexOf('Cruickshanks') + 12)).toBe(
      false,
    );
  });
});

describe('names: a listed surname with a family-name ending', () => {
  const checker = spellCheckerFor('en-US');
  it('needs only a name’s place, not repetition', () => {
    expect(checker.nameEvidenceNeeded('Johnsonbaugh')).toBe('context');
  });
  it('keeps a slip of a listed surname needing repetition', () => {
    expect(checker.nameEvidenceNeeded('Freundenberger')).toBe('repetition');
  });
});

describe('isTaxonAbbreviation', () => {
  const word = (text: string, previous: string | undefined) => ({
    text,
    start: 0,
    end: text.length,
    joined: undefined,
    sentenceStart: false,
    previous,
    next: undefined,
    inCapitalisedRun: false,
    inTitleCase: false,
  });

  it('takes spp., sp. and var. after a capitalised genus for notation', () => {
    expect(isTaxonAbbreviation(word('spp', 'Astragalus'), '.')).toBe(true);
    expect(isTaxonAbbreviation(word('sp', 'Candida'), '. were')).toBe(true);
    expect(isTaxonAbbreviation(word('var', 'Cucumis'), '.')).toBe(true);
  });

  it('needs the genus and the full stop', () => {
    expect(isTaxonAbbreviation(word('spp', 'the'), '.')).toBe(false);
    expect(isTaxonAbbreviation(word('spp', 'Astragalus'), ' grew')).toBe(false);
    expect(isTaxonAbbreviation(word('spp', undefined), '.')).toBe(false);
  });
});

describe('isInMarkedAuthorList', () => {
  const list =
    'Ann Lee Boston MA1, Raj Patel Austin TX2, Wu Chen Dallas TX3, lena sorvik tampa fl4, Omar Ali Reno NV5.';
  const word = (text: string, piece: string): [number, number] => [
    text.indexOf(piece),
    text.indexOf(piece) + piece.length,
  ];

  it('takes the words of an item ending in an affiliation mark in a list of such items', () => {
    expect(isInMarkedAuthorList(list, ...word(list, 'sorvik'))).toBe(true);
    expect(isInMarkedAuthorList(list, ...word(list, 'tampa'))).toBe(true);
  });

  it('leaves prose, and lists of codes with one letter, to the check', () => {
    const prose = 'We met lena sorvik in tampa, then Boston MA1, Austin TX2.';
    expect(isInMarkedAuthorList(prose, ...word(prose, 'sorvik'))).toBe(false);
    const vitamins = 'vitamins B12, D3, K2, and the treament B6, then more';
    expect(isInMarkedAuthorList(vitamins, ...word(vitamins, 'treament'))).toBe(false);
  });
});
