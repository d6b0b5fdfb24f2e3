import { describe, expect, it } from 'vitest';
import { consonantKey, isWithinTypistReach, SoundAlikeIndex } from '../../src/spelling/sound-alike.js';
import { editDistance } from '../../src/words/edits.js';
import { spellCheckerFor } from '../../src/spelling/checker.js';

describe('consonantKey', () => {
  it('keeps the first letter and the consonants as they sound, each once', () => {
    expect(consonantKey('literature')).toBe('ltrtr');
    expect(consonantKey('litriture')).toBe('ltrtr');
    expect(consonantKey('necessity')).toBe(consonantKey('nessesity'));
    expect(consonantKey('acquaintances')).toBe(consonantKey('aquantences'));
    expect(consonantKey('phenomenon')).toBe('fnmn'); // letters repeated once vowels are gone count once too
    expect(consonantKey('umbrella')).toBe('umbrl');
  });
});

describe('editDistance', () => {
  it('counts letters added, dropped, changed and swapped, up to a bound', () => {
    expect(editDistance('perminantly', 'permanently', 5)).toBe(2);
    expect(editDistance('form', 'from', 5)).toBe(1);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    expect(editDistance('semagacestat', 'somagest', 3)).toBeUndefined();
  });
});

describe('SoundAlikeIndex', () => {
  const index = SoundAlikeIndex.of(['literature', 'standardizing', 'permanently', 'nalorphine', 'care']);

  it('finds the known words of a key', () => {
    expect(index.wordsWithKey('ltrtr')).toEqual(['literature']);
    expect(index.wordsWithKey('lt')).toEqual([]);
    expect(index.wordsWithKey('zzz')).toEqual([]);
  });

  it('reaches a known word whose key is the word’s or one consonant off', () => {
    expect(index.nearestDistance('litriture', 4)).toBe(2);
    expect(index.nearestDistance('stanerdizing', 6)).toBe(2);
  });

  it('reaches no word more edits away than allowed', () => {
    expect(index.nearestDistance('khichuri', 4)).toBeUndefined();
    expect(isWithinTypistReach('relamorelin', index)).toBe(false);
    expect(isWithinTypistReach('perminantly', index)).toBe(true);
  });
});

describe('the shipped sound-alikes', () => {
  it('reach long misspellings no suggestion finds', () => {
    for (const typo of ['litriture', 'perminantly', 'aquantences', 'nessesity', 'unessasarily', 'heiarky']) {
      expect(isWithinTypistReach(typo), typo).toBe(true);
    }
  });

  it('reach none of terms no list holds', () => {
    for (const term of ['relamorelin', 'mibampator', 'exergaming', 'holotranscobalamin', 'enacyloxin']) {
      expect(isWithinTypistReach(term), term).toBe(false);
    }
  });

  it('the checker holds a word out of reach only with no suggestion and no split', () => {
    const checker = spellCheckerFor('en-US');
    expect(checker.isOutOfReach('relamorelin')).toBe(true);
    expect(checker.isOutOfReach('litriture')).toBe(false);
    expect(checker.isOutOfReach('bariatricsurgery')).toBe(false);
  });
});

describe('INN prefix stems', () => {
  it('reads a long word opening with a prefix stem no English word opens with', async () => {
    const { innPrefixStemOf } = await import('../../src/language/treatments.js');
    expect(innPrefixStemOf('nalfurafine')).toBe('nal');
    expect(innPrefixStemOf('rifalazil')).toBe('rifa');
    expect(innPrefixStemOf('naloxe')).toBeUndefined(); // too short
    expect(innPrefixStemOf('national')).toBeUndefined();
    expect(innPrefixStemOf('vinblastine')).toBeUndefined(); // "vin-" opens English words: not listed
  });

  it('takes such a word for a drug only when no known word is one edit away', () => {
    const checker = spellCheckerFor('en-US');
    expect(checker.check('nalfurafine')).toBe('known');
    expect(checker.check('naloxome')).toBe('misspelled');
    expect(checker.check('nalxone')).toBe('misspelled');
  });
});
