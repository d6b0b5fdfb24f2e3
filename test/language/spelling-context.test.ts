import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { onlyRule } from '../../eval/fakehealth.js';
import { lintText } from '../../src/lint.js';
import { validateConfig } from '../../src/config/validate.js';
import { spellCheckerFor } from '../../src/spelling/checker.js';
import {
  hasCompoundNameEnding,
  isClosedCompound,
  isCompoundOfFreeParts,
  isAgentNoun,
  isEverydayPrefixed,
  isMentNoun,
  isSuffixDerivation,
  isVerbedWord,
} from '../../src/spelling/derivation.js';
import { closeWords, compoundParts, englishWords } from '../../src/build/vocabulary.js';
import { oneEditApart } from '../../src/words/edits.js';
import { isSlipBetween } from '../../src/spelling/names.js';
import { personalDictionary, withoutJsonComments } from '../../src/spelling/personal.js';
import { shippedWordIndex } from '../../src/words/word-index.js';
import { dictionariesFolder } from '../../src/words/word-lists.js';

function flags(text: string, options: Record<string, unknown> = {}, language = 'auto'): string[] {
  const config = onlyRule('spelling', { suggestions: false, ...options });
  config.language = language as 'auto';
  return lintText(text, { config, format: 'markdown' }).messages.map((message) => String(message.actual));
}

describe('shipped health vocabulary and names', () => {
  const us = spellCheckerFor('en-US');
  const gb = spellCheckerFor('en-GB');

  it('knows medical words from MeSH and the Disease Ontology', () => {
    for (const word of ['cerclage', 'restenosis', 'akathisia', 'allograft', 'adrenalectomy']) {
      expect(us.check(word), word).toBe('known');
    }
  });

  it('takes general words one edit from rare words only, not from common ones', () => {
    // "topline" sits one edit from "towline" (SCOWL size 60); "alway" from "always" (size 10).
    const known = {
      tagOf: (): undefined => undefined,
      nearHunspellWord: (): boolean => true,
      nearCommonWord: (word: string): boolean => word !== 'topline',
      slipOfCommonWord: (word: string): boolean => word === 'alway',
      commonShortWords: (): Map<string, string> => new Map(),
      compoundParts: (): Map<string, string> => new Map(),
    };
    const kept = englishWords(
      known,
      new Map([
        ['topline', ''],
        ['alway', ''],
        ['advertize', 'en-US'],
      ]),
    );
    expect([...kept.keys()]).toEqual(['topline']);
    expect(us.check('topline')).toBe('known');
    for (const typo of ['alway', 'accomodate', 'occured']) expect(us.check(typo), typo).toBe('misspelled');
  });

  it('keeps the words one edit from a common word by an edit no typist makes apart, for the rule to judge', () => {
    // "crawfish" sits one edit from "crayfish" ("y" for "w", keys apart), "alway" a letter short of "always".
    const known = {
      tagOf: (): undefined => undefined,
      nearHunspellWord: (): boolean => true,
      nearCommonWord: (word: string): boolean => word !== 'topline',
      slipOfCommonWord: (word: string): boolean => word === 'alway',
      commonShortWords: (): Map<string, string> => new Map(),
      compoundParts: (): Map<string, string> => new Map(),
    };
    const kept = closeWords(
      known,
      new Map([
        ['topline', ''],
        ['alway', ''],
        ['crawfish', ''],
        ['ane', ''],
      ]),
    );
    expect([...kept.keys()]).toEqual(['crawfish']);
    expect(us.isCloseWord('crawfish')).toBe(true);
    expect(us.isCloseWord('Crawfish')).toBe(true);
    expect(us.isCloseWord('CrawFish')).toBe(false);
    for (const typo of ['alway', 'concious', 'brocoli', 'carful']) expect(us.isCloseWord(typo), typo).toBe(false);
  });

  it('does not let plural and prefix rules build typos on the new words', () => {
    for (const typo of ['dependencys', 'desability', 'recieved', 'desabilities']) {
      expect(us.check(typo), typo).toBe('misspelled');
    }
  });

  it('holds no word the dictionaries know or mark as one dialect', () => {
    const hunspell = shippedWordIndex('hunspell-en.txt');
    const lines = readFileSync(join(dictionariesFolder, 'health-vocabulary.txt'), 'utf8').split('\n');
    const known = lines.filter(
      (line) => line && !line.startsWith('#') && hunspell.tagOf(line.split('\t')[0]!) !== undefined,
    );
    expect(known).toEqual([]);
  });

  it('keeps each dialect’s medical spelling to its dialect', () => {
    expect(gb.check('agammaglobulinaemia')).toBe('known');
    expect(us.check('agammaglobulinaemia')).toBe('misspelled');
    expect(us.check('agammaglobulinemia')).toBe('known');
  });

  it('accepts listed names and places only capitalised', () => {
    expect(us.check('Marshfield')).toBe('known');
    expect(us.check('Allergan')).toBe('known');
    expect(us.check('allergan')).toBe('misspelled');
  });

  it('keeps long names one edit from a listed surname, and words one edit from a dictionary word, flagged', () => {
    expect(us.check('Freundenberger')).toBe('misspelled');
    expect(us.check('Recieving', undefined, { sentenceStart: true })).toBe('misspelled');
    // A listed name one edit from a word is a name inside a sentence, not at its start.
    expect(us.check('Allergan', undefined, { sentenceStart: false })).toBe('known');
    expect(us.check('Allergan', undefined, { sentenceStart: true })).toBe('misspelled');
  });

  it('tells words one edit apart', () => {
    expect(oneEditApart('Freundenberger', 'Freudenberger')).toBe(true);
    expect(oneEditApart('Kowalcyzk', 'Kowalczyk')).toBe(true);
    expect(oneEditApart('Kowalczyk', 'Kowalczyk')).toBe(false);
    expect(oneEditApart('Smith', 'Smyth')).toBe(true);
    expect(oneEditApart('Smith', 'Smythe')).toBe(false);
  });

  it('tells a slip of a name from another name one edit away', () => {
    expect(isSlipBetween('Freudenberger', 'Freundenberger')).toBe(true);
    expect(isSlipBetween('Kowalczyk', 'Kowalcyzk')).toBe(true);
    expect(isSlipBetween('Herbert', 'Heribert')).toBe(false);
    expect(isSlipBetween('Linsenmeyer', 'Linsenmayer')).toBe(false);
    expect(isSlipBetween('Giannopoulos', 'Gianopoulos')).toBe(false);
    expect(isSlipBetween('Christen', 'Khristen')).toBe(false);
  });
});

describe('the spelling rule in context', () => {
  it('reports a name spelled two ways in one article, with the other spelling as related information', () => {
    const config = onlyRule('spelling');
    const text = 'Dr Herbert Freudenberger described burnout. Dr Freundenberger is a misspelling of his name.';
    const [message] = lintText(text, { config, format: 'markdown' }).messages;
    expect(message?.actual).toBe('Freundenberger');
    expect(message?.expected?.[0]).toBe('Freudenberger');
    expect(JSON.stringify(message)).toContain('Spelled `Freudenberger` here');
    expect(flags('Dr Anna Kowalczyk led the trial. Patients of Dr Kowalcyzk improved.')).toEqual(['Kowalcyzk']);
    expect(flags('Dr Anna Kowalczyk led the trial.')).toEqual([]);
    // Names vary by a vowel: two people, not one name misspelled.
    expect(flags('Dr Herbert Smith and Heribert Bieling led the trial.')).toEqual([]);
  });

  it('accepts particles, Latin phrases and accented words among foreign words', () => {
    expect(flags('Smith et al. found it. Jones et al found it too.')).toEqual([]);
    expect(
      flags('Cells grew in vitro and de novo, per se, ad libitum, as Charles de Gaulle and Ludwig van Beethoven knew.'),
    ).toEqual([]);
    expect(flags('She studied at the Université de Montréal.')).toEqual([]);
    // Out of context they are still checked.
    expect(flags('We saw the novo results and the et results.')).toEqual(['novo', 'et']);
    expect(flags('The patient felt débilitated.')).toEqual(['débilitated']);
  });

  it('accepts English words the large lists write with their accents, but not an accent added to another word', () => {
    expect(flags('The clinic’s décor was calm; a protégé served crêpes, a jalapeño and a purée.')).toEqual([]);
    expect(flags('Her protégé felt débilitated and the décór was odd.')).toEqual(['débilitated', 'décór']);
  });

  it('skips a word joined by a slash to a code, as in a gene name, but not after an ordinary word', () => {
    expect(flags('Tumours that express HER2/neu respond.')).toEqual([]);
    expect(flags('Take it daily/nwe and/recieve doses.')).toEqual(['nwe', 'recieve']);
  });

  it('accepts a British medical spelling of a known American word in en-GB only', () => {
    const gb = spellCheckerFor('en-GB');
    const us = spellCheckerFor('en-US');
    for (const word of ['hypernatraemia', 'hypertriglyceridaemia', 'sialorrhoea']) {
      expect(gb.check(word), word).toBe('known');
      expect(us.check(word), word).toBe('misspelled');
    }
    // Only a known American form counts: a typo in British dress stays a typo.
    expect(gb.check('hypernatroemia')).toBe('misspelled');
  });

  it('accepts the species of a binomial name after a known genus, not any Latin-looking word', () => {
    expect(flags('We grew Clostridium novyi, Streptococcus suis and Artemisia annua.')).toEqual([]);
    expect(flags('We grew novyi and the suis.')).toEqual(['novyi', 'suis']);
    // A neuter epithet in -ale, -are, -ile or -ense, as the genus asks; alone it is no word.
    expect(flags('They took Foeniculum vulgare and Zingiber officinale.')).toEqual([]);
    expect(flags('They took the vulgare.')).toEqual(['vulgare']);
    // A genus abbreviated to its capital, or one no list holds that reads as a Latin name.
    expect(flags('The H influenzae and S. suis vaccines, Radix Sophorae flavescentis and Buthus tamulus.')).toEqual([]);
    // Not after a lower-case word or a capitalised one of no Latin shape.
    expect(flags('We saw the tamulus and Ozempic flavescentis.')).toEqual(['tamulus', 'flavescentis']);
  });

  it('accepts a listed name opening a sentence when the article also writes it inside one', () => {
    expect(flags('Allergan makes it. The maker is Allergan.')).toEqual([]);
    expect(flags('Allergan makes it.')).toEqual(['Allergan']);
  });

  it('skips an address whose scheme has a space between its slashes, and pronunciations and abbreviations beside capitals', () => {
    expect(flags('See https:/ / newsroom. heart. org/ news/ vegetarian-diets for more.')).toEqual([]);
    expect(flags('Call or visit www .maryfreebed.com and search.')).toEqual([]);
    // The name a pronunciation follows is named on purpose too; alone, it is checked.
    expect(flags('About kaleo (kuh-LAY-oh). The hs-CRP test, ipilimumab (ip-ee-LIM-yoo-mab).')).toEqual([]);
    expect(flags('About kaleo.')).toEqual(['kaleo']);
    // A short typo in an ordinary compound is still checked.
    expect(flags('A well-knwn fact.')).toEqual(['knwn']);
  });

  it('takes an unlisted capitalised word for a name where names stand or when written twice alike', () => {
    // Each is one edit from a dictionary word ("permanent", "welcome", "plicata").
    expect(flags('She works at Kaiser Permanente in Oakland.')).toEqual([]);
    expect(flags('The Wellcome Trust funded the trial.')).toEqual([]);
    expect(flags('By Randy Dotinga\n\nThe trial ended.')).toEqual([]);
    // A contact line of a name and a telephone number is no headline in title case.
    expect(flags('Melinda Stubbee +44 (0) 20 8047 5502 (London)')).toEqual([]);
    expect(flags('Fifty percent met the criteria, Plichta said.')).toEqual([]);
    expect(flags('Plichta led the work. The team of Plichta grew.')).toEqual([]);
    // Opening a sentence: still a misspelling.
    expect(flags('Ceating a health halo is easy.')).toEqual(['Ceating']);
    // A headline in title case says nothing by its capitals.
    expect(flags('# New Study Shows Psychiatary Helps\n\nText.')).toEqual(['Psychiatary']);
    // One edit from a drug name stays a misspelling however often it is written.
    expect(flags('Tencentriq is given. Tencentriq also has risks, said Dr Roe.')).toEqual(['Tencentriq', 'Tencentriq']);
    // A long word one edit from a listed surname needs the spelling twice, not a place.
    expect(flags('Burnout was named by Dr Herbert Freundenberger in 1974.')).toEqual(['Freundenberger']);
  });

  it('skips addresses with spaces, handles, hashtags and DOIs', () => {
    expect(
      flags(
        'See jamanetworkopen .com/fullarticle/2767 or https ://utmbnews.org/x, follow @utmbnews and #hearthealth, doi:10.1001/jamanetworkopen.2019.',
      ),
    ).toEqual([]);
    expect(flags('Links: https:/ / newsroom. heart. org/ corporatefunding and http://www. heart. org/ news .')).toEqual(
      [],
    );
    expect(flags('The hearthealth team wrote.')).toEqual(['hearthealth']);
    // The sentence after an address is still checked.
    expect(flags('Read https://example.org. The results were recieved.')).toEqual(['recieved']);
  });

  it('flags the other dialect only in an article clearly of one dialect', () => {
    const british = 'The colour and behaviour of the tumour were analysed in the programme. ';
    // A telling spelling of the other dialect, where the dialect was guessed, is held back: readers
    // judged such words a quote's or a house style's far more often than a slip.
    expect(flags(`${british}The anesthesia team agreed.`)).toEqual([]);
    expect(flags(`${british}The anesthesia team agreed.`, { tentative: true })).toEqual(['anesthesia']);
    expect(flags(`${british}The anesthesia team agreed.`, {}, 'en-GB')).toEqual(['anesthesia']);
    // Mixed: two British and two American spellings.
    expect(flags('The colour of the tumour and the center of the behavior. The anesthesia team agreed.')).toEqual([]);
    // No telling word: both dialects' spellings pass.
    expect(flags('The anaesthesia team agreed.')).toEqual([]);
    // The other dialect's words the check finds count as evidence: two British spellings beside an
    // American one make a mixed text, four beside one a British text with a slip.
    expect(flags('Trials were randomised. Nobody randomised a thymidine analog.')).toEqual([]);
    expect(flags(`${british}Nobody tested a thymidine analog.`)).toEqual(['analog']);
    // A set dialect keeps flagging the other one.
    expect(flags('The anaesthesia team agreed.', {}, 'en-US')).toEqual(['anaesthesia']);
  });
});

describe('dictionary packages', () => {
  function project(): string {
    const folder = mkdtempSync(join(tmpdir(), 'healthlint-packages-'));
    const cspell = join(folder, 'node_modules', '@cspell', 'dict-fake');
    mkdirSync(join(cspell, 'dict'), { recursive: true });
    writeFileSync(join(cspell, 'package.json'), '{"name":"@cspell/dict-fake","version":"1.0.0"}');
    writeFileSync(
      join(cspell, 'cspell-ext.json'),
      JSON.stringify({ dictionaryDefinitions: [{ name: 'fake', path: './dict/fake.txt.gz' }] }),
    );
    writeFileSync(join(cspell, 'dict', 'fake.txt.gz'), gzipSync('# fake\nzorblaxin\n~Quuxitol\n!badword\n'));
    const hunspell = join(folder, 'node_modules', 'dictionary-fake');
    mkdirSync(hunspell, { recursive: true });
    writeFileSync(join(hunspell, 'package.json'), '{"name":"dictionary-fake","version":"1.0.0"}');
    writeFileSync(join(hunspell, 'index.aff'), 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n');
    writeFileSync(join(hunspell, 'index.dic'), '1\nflurbomab/S\n');
    mkdirSync(join(folder, 'docs'));
    return folder;
  }

  it('reads cspell and Hunspell dictionary packages installed in the project', () => {
    const folder = project();
    const personal = personalDictionary([], [], join(folder, 'docs'), ['@cspell/dict-fake', 'dictionary-fake']);
    const us = spellCheckerFor('en-US');
    expect(us.check('zorblaxin', personal)).toBe('known');
    expect(us.check('Quuxitol', personal)).toBe('known');
    expect(us.check('badword', personal)).toBe('misspelled');
    expect(us.check('flurbomabs', personal)).toBe('known');
    expect(us.check('flurbomabes', personal)).toBe('misspelled');
  });

  it("reads a cspell package's cspell-ext.json written with comments and trailing commas, as cspell's own are", () => {
    const folder = project();
    const extension = join(folder, 'node_modules', '@cspell', 'dict-fake', 'cspell-ext.json');
    writeFileSync(
      extension,
      '// cSpell Settings\n{\n  "id": "fake", /* "path": "nowhere" */\n  "dictionaryDefinitions": [\n    // the list\n    { "name": "a // b", "path": "./dict/fake.txt.gz", },\n  ],\n}\n',
    );
    const personal = personalDictionary([], [], folder, ['@cspell/dict-fake']);
    expect(spellCheckerFor('en-US').check('zorblaxin', personal)).toBe('known');
    expect(JSON.parse(withoutJsonComments('{"a": "x // y", "b": [1, 2, /* c */ ], }'))).toEqual({
      a: 'x // y',
      b: [1, 2],
    });
  });

  it('makes a package that is missing or holds no dictionary a config error', () => {
    const folder = project();
    expect(() => personalDictionary([], [], folder, ['@cspell/dict-absent'])).toThrow(/not installed/);
    const config = { rules: { spelling: ['warn', { packages: ['@cspell/dict-absent'] }] } };
    expect(() => validateConfig(config, join(folder, '.healthlintrc.json'))).toThrow(/spelling.*@cspell\/dict-absent/);
    // The reason reaches the user, not only the package's name.
    const compiled = join(folder, 'node_modules', '@cspell', 'dict-fake', 'cspell-ext.json');
    writeFileSync(compiled, JSON.stringify({ dictionaryDefinitions: [{ path: './dict/fake.trie' }] }));
    const withCompiled = { rules: { spelling: ['warn', { packages: ['@cspell/dict-fake'] }] } };
    expect(() => validateConfig(withCompiled, join(folder, '.healthlintrc.json'))).toThrow(
      /compiled \.trie files are not/,
    );
  });
});

describe('words built by a regular suffix, and compound names', () => {
  const us = spellCheckerFor('en-US');

  it('accepts -ation, -able on -ate verbs with a stem of five letters or more, -ically, -arly, -ality, -ability on known bases', () => {
    for (const word of ['intubation', 'evaluable', 'endoscopically', 'molecularly', 'suicidality']) {
      expect(us.check(word), word).toBe('known');
    }
    expect(isSuffixDerivation('generalizability', (base) => base === 'generalizable')).toBe(true);
  });

  it('accepts the -ic adjective of an -ia condition, plurals of -al and -ic adjectives used as nouns and of -ion nouns', () => {
    for (const word of ['dysmorphophobic', 'topicals', 'biologicals', 'infarctions']) {
      expect(us.check(word), word).toBe('known');
    }
    for (const typo of ['topicls', 'infractons', 'dysmorphophobix']) expect(us.check(typo), typo).toBe('misspelled');
  });

  it('keeps typos of the same shape flagged: no bare -er, -able or -ly', () => {
    for (const typo of ['beginer', 'forgetable', 'basicly', 'intubasion', 'recieved', 'determin', 'formated']) {
      expect(us.check(typo), typo).toBe('misspelled');
    }
    // Typos from codespell's list that a short stem or "-ated" would let through.
    for (const typo of ['ingration', 'hastable', 'determinated', 'immediated']) {
      expect(us.check(typo), typo).toBe('misspelled');
    }
  });

  it('accepts drug and compound names by their ending, not one edit from a listed drug', () => {
    for (const word of ['tivanisiran', 'zotarolimus', 'teixobactin', 'salsalate', 'tandospirone', 'vistusertib']) {
      expect(us.check(word), word).toBe('known');
    }
    // The -racetam nootropics and -dil vasodilators (WHO INN stems) and the stilbenes.
    for (const word of ['phenylpiracetam', 'aniracetam', 'pterostilbene', 'buflomedil']) {
      expect(us.check(word), word).toBe('known');
    }
    expect(hasCompoundNameEnding('vermin')).toBe(false);
    expect(hasCompoundNameEnding('daffodil')).toBe(false);
    expect(us.check('ancetrapib')).toBe('misspelled');
    expect(us.check('inclisirann')).toBe('misspelled');
  });
});

describe('known words in other shapes', () => {
  const us = spellCheckerFor('en-US');

  it('accepts the singular of a health word listed only in the plural, and known words with their accents', () => {
    for (const word of ['prodrug', 'denervation', 'sulfone', 'naïve', 'fiancé'])
      expect(us.check(word), word).toBe('known');
    for (const typo of ['prodrugg', 'naïev', 'recieved']) expect(us.check(typo), typo).toBe('misspelled');
    // The plural of a known noun in -ity, not of a misspelled one.
    expect(us.check('mortalities')).toBe('known');
    expect(us.check('abillities')).toBe('misspelled');
  });

  it('accepts a French elided article on an accented word', () => {
    expect(flags('She teaches at the École d’optométrie in Montréal.')).toEqual([]);
    expect(flags('She teaches at the school d’optometry.')).toEqual(['d’optometry']);
  });
});

describe('capitals inside a sentence, and words run together', () => {
  const us = spellCheckerFor('en-US');

  it('takes a capitalised word inside a sentence for a name even one edit from a lower-case word', () => {
    // "autistic", "natures", "plicata": a misspelled lower-case word keeps its lower case.
    expect(flags('He spoke for the charity Autistica. It was sponsored by Naturex of Avignon.')).toEqual([]);
    expect(flags('Patients of Plichta improved.')).toEqual([]);
    // One edit from a drug's name, written capitalised too, stays a misspelling.
    expect(flags('Patients on a thinner like Cumadin bled.')).toEqual(['Cumadin']);
    // Where brands and companies are named, even one edit from a drug's name ("Vercyte", "Gencept").
    expect(flags('Now his company has been purchased by Veracyte, which will sell it.')).toEqual([]);
    expect(flags('Pharmacists may counsel patients about the Genecept test.')).toEqual([]);
    expect(flags('Patients were treated by Veracyte, which helped.')).toEqual(['Veracyte']);
    // A brand one letter from another at its first letter is no slip ("Kantrex").
    expect(flags('The doses found in Zantrex may harm.')).toEqual([]);
  });

  it('tells a long name from a slip of a listed surname by the kind of edit', () => {
    // Names vary by vowels and doubled letters; a consonant added is a slip.
    for (const name of ['Giannopoulos', 'Linsenmeyer', 'Margenthaler']) expect(us.check(name), name).toBe('known');
    expect(us.check('Freundenberger')).toBe('misspelled');
  });

  it('does not take a family’s plural for another spelling of its name', () => {
    expect(flags('Wendy Stanley spoke. The Stanleys grew cannabis.')).toEqual([]);
  });

  it('flags a heading run into its text, not a brand in camel case', () => {
    expect(flags('WhatA research paper was published. About the Cancer CenterThe Center is large.')).toEqual([
      'WhatA',
      'CenterThe',
    ]);
    expect(flags('ContactDorothy Hornbeck, JKPR. WhoCosette Wheeler is a professor.')).toEqual([
      'ContactDorothy',
      'WhoCosette',
    ]);
    expect(flags('HealthDay and LinkedIn posted it. SmithKline sells ExcelVite tablets.')).toEqual([]);
    expect(us.suggest('CenterThe')).toEqual(['Center The']);
  });

  it('accepts words English builds, unless a known word is one edit away', () => {
    for (const word of ['jumpstart', 'countertops', 'procedureless', 'unreassuring', 'resuturing', 'bleedings']) {
      expect(us.check(word), word).toBe('known');
    }
    // Function words make no compound; a word one edit from a known one is that word mistyped.
    for (const typo of [
      'oftheir',
      'withdrawl',
      'aswell',
      'everytime',
      'starkcontrast',
      'acidsfound',
      'keyhold',
      'badword',
    ]) {
      expect(us.check(typo), typo).toBe('misspelled');
    }
  });

  it('skips a term introduced or quoted, acronym letters split from their word, combining forms and lists of names', () => {
    expect(flags('The venom holds a protein called trowaglerix. It would limit “incidentaloporosis” too.')).toEqual([]);
    // A quoted misspelling is still one.
    expect(flags('The drug was “recieved” well.')).toEqual(['recieved']);
    // A medical suffix named with its hyphen; an unknown one is still flagged.
    expect(flags('It was named tendinitis, since the suffix “-itis” means inflammation.')).toEqual([]);
    expect(flags('It was named tendinitis, since the suffix “-ittis” means inflammation.')).toEqual(['ittis']);
    // A slip the text discusses as a word, quoting the word it misspells too.
    expect(flags('For him, "the" always came out as "hte." He typed "hte" again.')).toEqual([]);
    expect(flags('Write “receive”, not “recieve”.')).toEqual([]);
    expect(flags('For him, "that" always came out as "hte."')).toEqual(['hte']);
    expect(flags('FOURIER ( F urther Cardiovascular OU tcomes R esearch) is a trial.')).toEqual([]);
    // Capitals split from inside a word, with the piece beyond them.
    expect(flags('GUARD (mild co G nitive decline in high cardiovasc U lar risk groups) is a trial.')).toEqual([]);
    // Out of a typist's reach (no known word sounds like it): held back, shown with the tentative option.
    expect(flags('The cardiovasc risk is high.', { tentative: true })).toEqual(['cardiovasc']);
    expect(flags('The cardiovasc risk is high.')).toEqual([]);
    expect(flags('Development of organo-osmium compounds, not tomatoe-based ones.')).toEqual(['tomatoe']);
    expect(flags('It holds 12 herbs: ephedrae, zhimu, qinghao, bohe and gancao.')).toEqual([]);
    expect(flags('We saw a recieved letter and the ephedrae, zhimu herbs.')).toEqual(['recieved', 'ephedrae', 'zhimu']);
  });

  it('accepts a listed name written in lower case before the noun it names, not a typo there', () => {
    expect(flags('He had aase syndrome and blount disease.')).toEqual([]);
    expect(flags('She had a bloood test and a recieve sign.')).toEqual(['bloood', 'recieve']);
  });

  it('takes an unknown word written three times alike for the article’s term, not a misspelling one edit from a word', () => {
    expect(flags('Hijiki contains arsenic. Still, you can buy dried hijiki. Cook hijiki well.')).toEqual([]);
    // Two words run together stay flagged however often.
    expect(flags('It took fourmonths. After fourmonths it healed. Then fourmonths passed.')).toEqual([
      'fourmonths',
      'fourmonths',
      'fourmonths',
    ]);
    expect(flags('Urumin kills flu. We tested urumin. Then urumin again, and urumin once more.')).toEqual([]);
    expect(flags('The treament works. The treament helps. The treament is cheap.')).toEqual([
      'treament',
      'treament',
      'treament',
    ]);
    expect(flags('We tested urumin once.')).toEqual(['urumin']);
  });

  it('takes a closed compound of two words English compounds freely for a word beside a rarer one', () => {
    const free = new Map([
      ['blood', 'head'],
      ['work', ''],
      ['pace', 'tail'],
    ]);
    const isFreePart = (part: string, place: 'head' | 'tail'): boolean =>
      free.get(part) === '' || free.get(part) === place;
    expect(isCompoundOfFreeParts('bloodwork', isFreePart)).toBe(true);
    // "work" is free in either place, "blood" only as a head.
    expect(isCompoundOfFreeParts('workblood', isFreePart)).toBe(false);
    expect(isCompoundOfFreeParts('namepace', isFreePart)).toBe(false);
    expect(isCompoundOfFreeParts('Bloodwork', isFreePart)).toBe(false);
    const us = spellCheckerFor('en-US');
    // Beside "bloodworm" and "bloodwort", rarer than the everyday words.
    expect(us.isCompoundBesideRarerWord('bloodwork')).toBe(true);
    // An everyday word one edit away reads as the word mistyped: "keyhole", "weightless".
    expect(us.isCompoundBesideRarerWord('keyhold')).toBe(false);
    expect(us.isCompoundBesideRarerWord('weightloss')).toBe(false);
    // Parts English compounds little with ("bear", "tile") or a suffix ("less", "able").
    for (const slip of ['bearword', 'paintile', 'severless', 'dragable', 'livecycle']) {
      expect(us.isCompoundBesideRarerWord(slip), slip).toBe(false);
    }
  });

  it('lists as free compound parts the common words heading or ending many compounds, no suffix', () => {
    const everyday = new Set([
      ...['bath', 'line', 'shed', 'shot', 'stain', 'stream', 'bank', 'hound', 'lust', 'type'].flatMap((tail) => [
        tail,
        `blood${tail}`,
      ]),
      'blood',
      'less',
      ...['hope', 'care', 'help', 'home', 'name', 'sense', 'tire', 'use', 'fear', 'aim'].flatMap((head) => [
        head,
        `${head}less`,
      ]),
    ]);
    const grades = new Map([...everyday].map((word) => [word, 10]));
    const parts = compoundParts(everyday, grades);
    expect(parts.get('blood')).toBe('head');
    expect(parts.has('less')).toBe(false);
    expect(parts.has('bath')).toBe(false);
  });

  it('reads closed compounds and everyday prefixes from their parts', () => {
    const words = new Set(['blood', 'work', 'stark', 'contrast', 'with', 'drawl', 'acids', 'found', 'bad', 'word']);
    const everyday = (word: string): boolean => words.has(word);
    const functionWord = (word: string): boolean => word === 'with';
    expect(isClosedCompound('bloodwork', everyday, functionWord)).toBe(true);
    expect(isClosedCompound('starkcontrast', everyday, functionWord)).toBe(false);
    expect(isClosedCompound('withdrawl', everyday, functionWord)).toBe(false);
    expect(isClosedCompound('acidsfound', everyday, functionWord)).toBe(false);
    expect(isClosedCompound('badword', everyday, functionWord)).toBe(false);
    const known = (word: string): boolean =>
      ['suturing', 'qualified', 'till', 'race', 'site', 'bedwetting', 'rebooting'].includes(word);
    expect(isEverydayPrefixed('resuturing', known)).toBe(true);
    expect(isEverydayPrefixed('prequalified', known)).toBe(true);
    expect(isEverydayPrefixed('deconditioned', (word) => word === 'conditioned')).toBe(true);
    expect(isEverydayPrefixed('untill', known)).toBe(false);
    expect(isEverydayPrefixed('postrace', known)).toBe(true);
    expect(isEverydayPrefixed('outsite', known)).toBe(false);
    expect(isAgentNoun('bedwetters', known)).toBe(true);
    expect(isAgentNoun('rebooter', known)).toBe(true);
    expect(isAgentNoun('beginer', known)).toBe(false);
    expect(isAgentNoun('swimers', known)).toBe(false);
    expect(isAgentNoun('accelerater', (word) => ['accelerating', 'accelerator'].includes(word))).toBe(false);
  });

  it('reads "non" on a short word, "-ment" nouns and words used as verbs', () => {
    const known = (word: string): boolean =>
      [
        'food',
        'engraft',
        'laser',
        'lasers',
        'layering',
        'refer',
        'referring',
        'accelerator',
        'accelerators',
        'accelerate',
        'snapshot',
        'snapshots',
        'expire',
        'write',
      ].includes(word);
    expect(isEverydayPrefixed('nonfood', known)).toBe(true);
    // "non" + "seal" is also "nonsteal" with a letter left out: a slip of a known word.
    expect(isEverydayPrefixed('nonseal', (word) => ['seal', 'nonsteal'].includes(word))).toBe(false);
    expect(isMentNoun('engraftment', known)).toBe(true);
    expect(isMentNoun('engraftments', known)).toBe(true);
    expect(isMentNoun('expirement', known)).toBe(false);
    expect(isVerbedWord('lasering', known)).toBe(true);
    // A doer's noun, a doubled consonant dropped, an "e" kept, a letter too many: slips.
    expect(isVerbedWord('acceleratoring', known)).toBe(false);
    expect(isVerbedWord('snapshoting', known)).toBe(false);
    expect(isVerbedWord('refering', known)).toBe(false);
    expect(isVerbedWord('writeing', known)).toBe(false);
    expect(isVerbedWord('laserring', (word) => known(word) || word === 'lasering')).toBe(false);
    // "-ing" in place of a noun's final "e", unless a known word is one edit away, far keys too.
    const nouns = (word: string): boolean =>
      ['imbalance', 'imbalances', 'advice', 'advices', 'advising'].includes(word);
    expect(isVerbedWord('imbalancing', nouns)).toBe(true);
    expect(isVerbedWord('advicing', nouns)).toBe(false);
  });
});
