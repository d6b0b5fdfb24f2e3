import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spellCheckerFor } from '../../src/spelling/checker.js';
import { validateConfig } from '../../src/config/validate.js';
import { isDerivedWord } from '../../src/spelling/derivation.js';
import { personalDictionary } from '../../src/spelling/personal.js';
import { checkableWords, isAcronym } from '../../src/spelling/tokens.js';
import { buildDocument } from '../../src/prose/document.js';
import { singleEdits, suggestionsFor } from '../../src/spelling/suggest.js';

describe('spelling helpers', () => {
  const us = spellCheckerFor('en-US');
  const gb = spellCheckerFor('en-GB');

  it('knows drug names, health terms and dialect spellings', () => {
    for (const word of ['esketamine', 'semaglutide', 'microbiome', 'Ketamine']) expect(us.check(word)).toBe('known');
    expect(gb.check('anaesthetic')).toBe('known');
    expect(gb.check('anesthetic')).toBe('misspelled');
    expect(us.check('anesthetic')).toBe('known');
  });

  it('takes unknown capitalised words for names unless a close spelling exists', () => {
    expect(us.check('Roulac')).toBe('known');
    expect(us.check('Freudenberger')).toBe('known');
    expect(us.check('Freundenberger')).toBe('misspelled');
    expect(us.suggest('Freundenberger')[0]).toBe('Freudenberger');
    expect(us.check('recieved')).toBe('misspelled');
  });

  it('offers the two words a word is when a space was lost, after an everyday word one edit away', () => {
    expect(us.suggest('fourmonths')[0]).toBe('four months');
    expect(us.suggest('toremain')[0]).toBe('to remain');
    expect(us.suggest('Ofcourse')[0]).toBe('Of course');
    // "acount" is "account" mistyped first, and "weightloss" "weightless", however they also split.
    expect(us.suggest('acount').slice(0, 2)).toEqual(['account', 'a count']);
    expect(us.suggest('weightloss').slice(0, 2)).toEqual(['weightless', 'weight loss']);
    // Parts that split by accident are no two words: "beggin" is no "beg gin", "forbiden" no "for biden".
    expect(us.suggest('beggin')).not.toContain('beg gin');
    expect(us.suggest('forbiden')).not.toContain('for biden');
  });

  it('builds medical words from known parts but not typos from everyday prefixes', () => {
    const known = (word: string): boolean => us.check(word) === 'known';
    expect(isDerivedWord('antiplatelet', known)).toBe(true);
    expect(isDerivedWord('urethritis', known)).toBe(true);
    expect(isDerivedWord('untill', known)).toBe(false);
    expect(isDerivedWord('reponders', known)).toBe(false);
    // Chemical prefixes only go on drug and compound names.
    expect(isDerivedWord('methylamphetamine', known, (word) => word === 'amphetamine')).toBe(true);
    expect(isDerivedWord('disapling', known, () => false)).toBe(false);
    expect(us.check('heparins')).toBe('known');
    expect(us.check('dihydroartemisinin')).toBe('known');
    // "uni-" and "acu-" build words as the scientific prefixes do; on a short rest they make none.
    expect(isDerivedWord('unifocal', known)).toBe(true);
    expect(isDerivedWord('acustimulation', known)).toBe(true);
    expect(isDerivedWord('unilke', known)).toBe(false);
    // "ethno-" as in "ethnobotany": "ethnomedical" uses.
    expect(isDerivedWord('ethnomedical', known)).toBe(true);
  });

  it('takes a word on an INN stem for a drug unless a listed drug is one edit away', () => {
    // "-vec" names a gene therapy's vector, "-etanide" a loop diuretic.
    expect(us.check('neparvovec')).toBe('known');
    expect(us.check('piretanide')).toBe('known');
    // One edit from bumetanide, a listed drug: its misspelling.
    expect(us.check('bunetanide')).toBe('misspelled');
    // "-fibrate" names the clofibrate derivatives; the stem alone, in the plural, is their class.
    expect(us.check('fibrates')).toBe('known');
    expect(us.check('fenofibrate')).toBe('known');
  });

  it('suggests within a bounded search', () => {
    expect(singleEdits('ab').length).toBeGreaterThan(50);
    expect(suggestionsFor('definately', (word) => word === 'definitely')).toEqual(['definitely']);
    expect(suggestionsFor('Teh', (word) => word === 'the')).toEqual(['The']);
  });

  it('treats capitals-heavy words as acronyms', () => {
    for (const word of ['PTSD', 'RCTs', 'NSAIDs', 'mRNA', 'ÅSA', 'eGFR']) expect(isAcronym(word)).toBe(true);
    for (const word of ['Ketamine', 'McDonald', 'Ébola', 'Émile']) expect(isAcronym(word)).toBe(false);
  });

  it('leaves out the words a caller has settled, and no other, with the same places', () => {
    const source =
      "The Dose was fine. Dr Kowalcyzk's pre-emptive, fast-acting hs-CRP work in Ca. The reviewers' recieved data, by doi:10.1/x.";
    const [block] = buildDocument(source, 'markdown').blocks;
    const all = checkableWords(block!);
    expect(all.map((word) => word.text)).toEqual([
      'The',
      'Dose',
      'was',
      'fine',
      'Dr',
      'Kowalcyzk',
      'emptive',
      'fast',
      'acting',
      'work',
      'in',
      'The',
      'reviewers',
      'recieved',
      'data',
      'by',
    ]);
    expect(checkableWords(block!, () => false)).toEqual(all);
    const settled = new Set(['The', 'was', 'fine', 'emptive', 'acting', 'in', 'reviewers', 'data']);
    // "The" is settled only where it opens its sentence, to show the test gets the place.
    const isSettled = (text: string, sentenceStart: boolean): boolean =>
      settled.has(text) && (text !== 'The' || sentenceStart);
    expect(checkableWords(block!, isSettled)).toEqual(
      all.filter((word) => !settled.has(word.text) || (word.text === 'The' && !word.sentenceStart)),
    );
  });

  it('skips a DOI whole, with the breaks a scraper leaves after its dots and slashes', () => {
    const words = (source: string): string[] =>
      checkableWords(buildDocument(source, 'markdown').blocks[0]!).map((word) => word.text);
    expect(words('Surgeons. DOI: http://dx. doi. org/ 10. 1016/ j. jamcollsurg. 2016. 12. 010')).toEqual(['Surgeons']);
    expect(words('Cite as doi: 10. 1016/ j. jamcollsurg. 2016 today.')).toEqual(['Cite', 'as', 'today']);
    // A word holding an HTML character reference, in plain text (Markdown decodes it).
    const plain = (source: string): string[] =>
      checkableWords(buildDocument(source, 'text').blocks[0]!).map((word) => word.text);
    expect(plain('Stefan B&#246;sner wrote in the Deutsches &#196;rzteblatt today.')).toEqual([
      'Stefan',
      'wrote',
      'in',
      'the',
      'Deutsches',
      'today',
    ]);
    // The label without its colon, before the DOI's number only.
    expect(words('Online First doi 10.1136/emermed-2012-201587 today.')).toEqual(['Online', 'First', 'today']);
    expect(words('The doi was lost in the doi process.')).toEqual([
      'The',
      'doi',
      'was',
      'lost',
      'in',
      'the',
      'doi',
      'process',
    ]);
    expect(words('Read 10.1001/jamanetworkopen.2019 and 10. 1016/ j. annemergmed now.')).toEqual([
      'Read',
      'and',
      'now',
    ]);
    // Ten of a thing, then a sentence: no DOI without its slash.
    expect(words('In 10. 2015 was a good year.')).toEqual(['In', 'was', 'good', 'year']);
  });

  it('loads personal word lists and reports a missing file as a config error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'healthlint-dict-'));
    writeFileSync(join(folder, 'words.txt'), '# house words\nzorblax\n');
    expect(personalDictionary([], 'words.txt', folder).words.has('zorblax')).toBe(true);
    expect(() => personalDictionary([], 'missing.txt', folder)).toThrow(/dictionary.*does not exist/);
  });

  it('applies the affix rules of a Hunspell .dic/.aff pair', () => {
    const folder = mkdtempSync(join(tmpdir(), 'healthlint-hunspell-'));
    writeFileSync(join(folder, 'house.aff'), 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n');
    writeFileSync(join(folder, 'house.dic'), '1\nzorblax/S\n');
    const personal = personalDictionary([], ['house.dic'], folder);
    expect(us.check('zorblaxes', personal)).toBe('misspelled');
    expect(us.check('zorblaxs', personal)).toBe('known');
  });

  it('makes a missing dictionary file a config error naming the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'healthlint-config-'));
    const config = { rules: { spelling: ['warn', { dictionary: 'nowhere.txt' }] } };
    expect(() => validateConfig(config, join(folder, '.healthlintrc.json'))).toThrow(/spelling.*nowhere\.txt/);
  });
});

describe('SpellChecker: health terms and slips of known words', () => {
  const checker = spellCheckerFor('en-US');

  it('takes drugs and health-list words for health terms, not everyday words', () => {
    expect(checker.isHealthTerm('furosemide')).toBe(true);
    expect(checker.isHealthTerm('etozolin')).toBe(true);
    expect(checker.isHealthTerm('fever')).toBe(false);
    expect(checker.isHealthTerm('wheat')).toBe(false);
  });

  it('reads a typist’s slip or an edit after the first letter of an everyday word as a slip', () => {
    expect(checker.isSlipOfKnownWord('reserch')).toBe(true);
    expect(checker.isSlipOfKnownWord('seperate')).toBe(true);
    expect(checker.isSlipOfKnownWord('emotiva')).toBe(true);
    // Only the first letter sets it apart from an everyday word, or a far key from a rarer one.
    expect(checker.isSlipOfKnownWord('ainsulin')).toBe(false);
    expect(checker.isSlipOfKnownWord('activix')).toBe(false);
  });
});

describe('SpellChecker: rare words of the large English lists', () => {
  const checker = spellCheckerFor('en-US');

  it('knows a rare word with no everyday word one edit away wherever it stands', () => {
    expect(checker.check('fourteener')).toBe('known');
    expect(checker.check('Fourteener', undefined, { sentenceStart: true })).toBe('known');
  });

  it('leaves a rare word beside an everyday word to the article, as a close word', () => {
    // "smoosh" is one edit from "smooch": known only where the article writes no word one edit away.
    expect(checker.check('smoosh')).toBe('misspelled');
    expect(checker.isCloseWord('smoosh')).toBe(true);
  });

  it('never offers a rare word, nor reads a typo as a slip of one', () => {
    expect(checker.suggest('fourteenar')).not.toContain('fourteener');
    expect(checker.isOneEditFromKnown('fourteenar')).toBe(false);
  });
});
