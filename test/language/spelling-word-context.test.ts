import { describe, expect, it } from 'vitest';
import { onlyRule } from '../../eval/fakehealth.js';
import { lintText } from '../../src/lint.js';
import { spellCheckerFor } from '../../src/spelling/checker.js';
import { isSuffixDerivation } from '../../src/spelling/derivation.js';
import {
  acronymSplitJoins,
  ArticleWords,
  areEndingsOfOneStem,
  isAppositiveToKindNoun,
  isDefinedByKindApposition,
  isSingularAndPlural,
  bracketJoinedWord,
  isStatisticNotation,
  isUnitAfterNumber,
  LoanPhrases,
  isPronunciationRespelling,
  hyphenatedPieces,
  isCompoundPiece,
  isLetterSlipOf,
  isReduplication,
  isTransposedKnownWord,
  endsInReferenceNumeral,
  isFollowedByPronunciation,
  isIdentifierLabel,
  isNamedByPhrase,
  isReleaseSourceLine,
  isCreditAfterEchoedCaption,
  isShortFormBesideLongForm,
  isFollowedByMakerPredicate,
  isClippedTwinOfNeighbour,
  isParticleNounPlural,
  isStereodescriptorOfChemical,
  otherListItems,
} from '../../src/spelling/word-context.js';
import type { Block } from '../../src/prose/types.js';

function flags(text: string): string[] {
  const config = onlyRule('spelling', { suggestions: false });
  config.language = 'auto';
  return lintText(text, { config, format: 'markdown' }).messages.map((message) => String(message.actual));
}

const us = spellCheckerFor('en-US');
const isKnown = (lower: string): boolean => us.isDictionaryWord(lower);
const isOneEditFromKnown = (lower: string): boolean => us.isOneEditFromKnown(lower);

describe('hyphenated pieces', () => {
  it('finds the pieces of the hyphenated word around a word', () => {
    const text = 'left on cath-lab tables';
    expect(hyphenatedPieces(text, 8, 12)).toEqual({ pieces: ['cath', 'lab'], index: 0 });
    const name = "Kim Jong-su's medals";
    expect(hyphenatedPieces(name, 9, 11)).toEqual({ pieces: ['Jong', 'su'], index: 1 });
    expect(hyphenatedPieces('a cath lab', 2, 6)).toBeUndefined();
  });

  it('takes a piece beside known words, of a hyphenated name, or near no word for part of a compound', () => {
    expect(isCompoundPiece(['cath', 'lab'], 0, isKnown, isOneEditFromKnown)).toBe(true);
    expect(isCompoundPiece(['anti', 'vaxxers'], 1, isKnown, isOneEditFromKnown)).toBe(true);
    expect(isCompoundPiece(['x', 'rayed'], 1, isKnown, isOneEditFromKnown)).toBe(true);
    expect(isCompoundPiece(['Jong', 'su'], 1, isKnown, isOneEditFromKnown)).toBe(true);
    expect(isCompoundPiece(['maxingshigan', 'yinqiaosan'], 1, isKnown, isOneEditFromKnown)).toBe(true);
  });

  it('leaves a piece near a known word, beside another unknown piece, to the spell check', () => {
    expect(isCompoundPiece(['qwzrt', 'recieve'], 1, isKnown, isOneEditFromKnown)).toBe(false);
    expect(isCompoundPiece(['Well', 'recieve'], 1, isKnown, isOneEditFromKnown)).toBe(true);
    expect(isCompoundPiece(['Zxqwe', 'Recieve'], 1, isKnown, isOneEditFromKnown)).toBe(false);
  });

  it('tells two swapped letters of a known word', () => {
    expect(isTransposedKnownWord('knwon', isKnown)).toBe(true);
    expect(isTransposedKnownWord('vaxxers', isKnown)).toBe(false);
    expect(isTransposedKnownWord('cath', isKnown)).toBe(false);
  });
});

describe('the words an article writes', () => {
  const block = (text: string): Block => ({ text }) as Block;

  it('says whether the article writes a word one edit from another', () => {
    const words = new ArticleWords([block('The results were confounded by age.')]);
    expect(words.writesOneEditFrom('cofounded')).toBe(true);
    expect(words.writesOneEditFrom('unsimulated')).toBe(false);
    expect(words.writesOneEditFrom('confounded')).toBe(false);
  });

  it('counts a word in its other number only when asked to', () => {
    const words = new ArticleWords([block('Each bedwetter was seen; colleagues helped.')]);
    expect(words.writesOneEditFrom('bedwetters')).toBe(true);
    expect(words.writesOneEditFrom('bedwetters', false)).toBe(false);
    // A word one edit away that is no other number still counts.
    expect(words.writesOneEditFrom('coleagues', false)).toBe(true);
    expect(isSingularAndPlural('bedwetter', 'bedwetters')).toBe(true);
    expect(isSingularAndPlural('colleagues', 'coleagues')).toBe(false);
  });

  it('says whether the article writes a word a piece clips', () => {
    const words = new ArticleWords([block('All patients had catheters inserted. Tomatoes help.')]);
    expect(words.writesWordClippedAs('cath')).toBe(true);
    expect(words.writesWordClippedAs('Cath')).toBe(true);
    // One letter short of a written word is no clipping.
    expect(words.writesWordClippedAs('tomatoe')).toBe(false);
    expect(words.writesWordClippedAs('catch')).toBe(false);
  });

  it('takes a clipping two letters short where asked, of known written words only', () => {
    const words = new ArticleWords([block('Squeeze the gluteus medius. The zyxwvus stays.')]);
    expect(words.writesWordClippedAs('glute')).toBe(false);
    expect(words.writesWordClippedAs('glute', { clippedLetters: 2 })).toBe(true);
    expect(words.writesWordClippedAs('zyxwv', { clippedLetters: 2, isWord: (written) => written !== 'zyxwvus' })).toBe(
      false,
    );
  });

  it('leaves out another ending of the same stem only when asked to', () => {
    const words = new ArticleWords([block('She focusses on sleep.')]);
    expect(words.writesOneEditFrom('focussed')).toBe(true);
    expect(words.writesOneEditFrom('focussed', true, { otherEndingsCount: false })).toBe(false);
    expect(areEndingsOfOneStem('focussed', 'focusses')).toBe(true);
    expect(areEndingsOfOneStem('wonton', 'wanton')).toBe(false);
    // A word and its plural stay evidence: "demagog" written beside the close word "demagogs".
    const numbers = new ArticleWords([block('They called him a demagog.')]);
    expect(numbers.writesOneEditFrom('demagogs', true, { otherEndingsCount: false })).toBe(true);
  });
});

describe('clippings in hyphenated words (spelling rule)', () => {
  it('accepts a piece a letter from an everyday word when it clips a word the article writes', () => {
    expect(flags('All patients had catheters inserted. The rest were left on cath-lab tables.')).toEqual([]);
    expect(flags('The rest were left on cath-lab tables.')).toEqual(['cath']);
    expect(flags('Tomatoes help. Eat a tomatoe-based sauce.')).toEqual(['tomatoe']);
  });
});

describe('words formed in context (spelling rule)', () => {
  it('accepts pieces of hyphenated compounds and names', () => {
    expect(
      flags(
        'Cardiologists x-rayed his heart. Do not listen to the anti-vaxxers. The shooter Kim Jong-su lost his medal. The recipe maxingshigan-yinqiaosan is cheap.',
      ),
    ).toEqual([]);
  });

  it('still flags a piece with two letters swapped, or one edit from a word the article writes', () => {
    expect(flags('It is a well-knwon fact.')).toEqual(['knwon']);
    expect(flags('It had a long-lastign effect.')).toEqual(['lastign']);
    expect(flags('Some events were related to it, others vaccine-releated.')).toEqual(['releated']);
    expect(flags('Some events were vaccine-releated.')).toEqual(['releated']);
    expect(flags('A well-knwn fact, a tomatoe-based sauce.')).toEqual(['knwn', 'tomatoe']);
  });

  it('takes a misspelling written in the singular and the plural for a slip both times', () => {
    expect(flags('One coleague agreed; the coleagues left.')).toEqual(['coleague', 'coleagues']);
  });

  it('accepts an everyday prefix on a known word unless the article writes a word one edit away', () => {
    expect(flags('One author has cofounded a company. It was an unsimulated race.')).toEqual([]);
    expect(flags('The results were confounded by age. One author has cofounded a company.')).toEqual(['cofounded']);
  });

  it('accepts "-ly" on a known "-ive" adjective', () => {
    expect(isSuffixDerivation('electively', isKnown)).toBe(true);
    expect(isSuffixDerivation('otoscopists', isKnown)).toBe(true);
    expect(flags('Midwives induce a woman electively.')).toEqual([]);
  });
});

describe('foreign particles inside names (spelling rule)', () => {
  it('accepts a particle after a capitalised word of a foreign name, not a lone one', () => {
    expect(flags('Related links: Centre de recherche interdisciplinaire en santé.')).not.toContain('de');
    expect(flags('It is a plan de action.')).toEqual(['de']);
  });

  it('reads Dutch particles and "en" as foreign inside a name or beside a foreign word, not alone', () => {
    expect(flags('It is headquartered in Alphen aan den Rijn, the Netherlands.')).toEqual([]);
    expect(flags('Read the story En Español.')).toEqual([]);
    expect(flags('Released today\n\nEspañol\n\nThe agency approved the drug.')).toEqual([]);
    expect(flags('The drug was débilitating.')).toEqual(['débilitating']);
    expect(flags('She said she ate aan apple.')).toEqual(['aan']);
  });

  it('takes a word with letters English does not write for a foreign word or a name, unless it is an English word with an accent added', () => {
    expect(flags('The device comes from the Swiss firm ophtalmé, which also sells lenses.')).toEqual([]);
    expect(flags('Patients in Jyväskylä and Tromsø took part.')).toEqual([]);
    expect(flags('The patients felt débilitated after the dose.')).toEqual(['débilitated']);
  });

  it('skips a name joined to "=", an attribute of markup left in the text', () => {
    expect(
      flags('The drug helps the site” hreff="https://example.org/x” tagret="_blank">lung cancer patients.'),
    ).toEqual([]);
    expect(flags('The drug helps tagret patients.')).toEqual(['tagret']);
  });

  it('accepts "mini-" and "mega-" on a known word of five letters or more, not on a short rest', () => {
    expect(flags('After a ministroke she took a megadose of the vitamin.')).toEqual([]);
    expect(flags('The minimun dose was given.')).toEqual(['minimun']);
  });

  it('skips an address with a space before its top-level domain after "www."', () => {
    expect(flags('Call 555-0100 or visit www.stlukeshealth .org/xyzq.')).toEqual([]);
    expect(flags('Visit www.stlukeshealth .org and raed the leaflet.')).toEqual(['raed']);
  });

  it('reads typeset ligatures as the letters they join', () => {
    expect(flags('The ﬁndings were signiﬁcant and ﬂawless.')).toEqual([]);
    // Reported as read, its range the typeset word's.
    expect(flags('The ﬁndings were signiﬁcnat.')).toEqual(['significnat']);
  });

  it('takes a capitalised word after a first name for a surname in a title-case line, unless an everyday word is one edit away', () => {
    expect(flags('Photo: Maria Varicelli/The Daily Ledger')).toEqual([]);
    expect(flags('Photo: Maria Recieves/The Daily Ledger')).toEqual(['Recieves']);
  });
});

describe('letter slips of everyday words', () => {
  const everyday = (lower: string): boolean => us.isDictionaryWord(lower);
  it('tells a dropped or doubled letter of a word of four letters or more, its first letter kept', () => {
    expect(isLetterSlipOf('knwn', everyday)).toBe(true);
    expect(isLetterSlipOf('tomatoe', everyday)).toBe(true);
    expect(isLetterSlipOf('vaxxers', everyday)).toBe(false);
    expect(isLetterSlipOf('rayed', everyday)).toBe(false);
  });
  it('counts a letter beyond the everyday word only when it doubles a neighbour, for the head of a compound', () => {
    expect(isLetterSlipOf('meister', everyday)).toBe(true);
    expect(isLetterSlipOf('meister', everyday, { addedLetter: 'doubled' })).toBe(false);
    expect(isLetterSlipOf('knoown', everyday, { addedLetter: 'doubled' })).toBe(true);
    expect(isLetterSlipOf('knwn', everyday, { addedLetter: 'doubled' })).toBe(true);
  });
});

describe('reduplicative compounds', () => {
  it('tells a rhyme or a one-vowel alternation from a slip', () => {
    expect(isReduplication('bam', 'wham')).toBe(true);
    expect(isReduplication('panky', 'hanky')).toBe(true);
    expect(isReduplication('bitsy', 'itsy')).toBe(true);
    expect(isReduplication('flop', 'flip')).toBe(true);
    expect(isReduplication('zag', 'zig')).toBe(true);
    expect(isReduplication('knwon', 'well')).toBe(false);
    expect(isReduplication('based', 'tomatoe')).toBe(false);
    expect(isReduplication('same', 'same')).toBe(false);
    // A changed first letter is another word, not an alternation: "cat-bat" rhymes, "cat-hat" too.
    expect(isReduplication('tap', 'tip')).toBe(true);
    expect(isReduplication('aa', 'ab')).toBe(false);
  });

  it('accepts a piece that rhymes with its neighbour where a letter slip would be flagged (spelling rule)', () => {
    expect(flags('The juice is full of wham-bam vitamins, and the drink is a zingy-bingy treat.')).toEqual([]);
    expect(flags('A well-knwn fact.')).toEqual(['knwn']);
  });
});

describe('speech written as spoken', () => {
  it('accepts a contraction of an everyday word and a dropped "g" marked by an apostrophe', () => {
    expect(flags('“Then there’ll be enough,” she said. “I wasn’t breathin’.”')).toEqual([]);
    expect(flags('I was breathin hard.')).toEqual(['breathin']);
    expect(flags('Then thrre’ll be enough.')).toEqual(['thrre’ll']);
  });
});

describe('lists of names', () => {
  it('takes a capitalised word in a comma list of names for a name, not a headline word', () => {
    expect(
      flags('Authors are: Cosette M Wheeler, S Rachel Skinner, Archana Chatterjee, Jorge Salmeron, and Frank Struyf.'),
    ).toEqual([]);
    expect(flags('Ceating a Health Halo')).toEqual(['Ceating']);
  });
});

describe('acronym letters split from their words', () => {
  const joins = (text: string, word: string): string[] => {
    const start = text.indexOf(word);
    return acronymSplitJoins(text, start, start + word.length);
  };

  it('joins the capitals before or after a word, with the piece beyond them', () => {
    expect(joins('FOURIER ( F urther research', 'urther')).toEqual(['further']);
    expect(joins('mild co G nitive decline', 'nitive')).toEqual(['gnitive', 'cognitive']);
    expect(joins('high cardiovasc U lar risk', 'cardiovasc')).toEqual(['cardiovascular']);
    expect(joins('co G nitive H e A lth in', 'lth')).toEqual(['alth', 'ealth', 'health']);
  });

  it('joins nothing without one or two capitals standing alone beside the word', () => {
    expect(joins('high cardiovasc risk', 'cardiovasc')).toEqual([]);
    expect(joins('high cardiovasc UKB lar risk', 'cardiovasc')).toEqual([]);
    expect(joins('high cardiovasc Ular risk', 'cardiovasc')).toEqual([]);
  });
});

describe('pronunciations written out', () => {
  const respelled = (text: string, word: string): boolean => isPronunciationRespelling(text, text.indexOf(word));

  it('takes the sounds after "pronounced" for a pronunciation, up to the first punctuation', () => {
    expect(respelled('the drug ivacaftor (pronounced eye va kaf tor) caused', 'va kaf')).toBe(true);
    expect(respelled('quinoa, pronounced keen-wah, is', 'keen')).toBe(true);
    expect(respelled('ivacaftor (pronounced eye va kaf tor) caused recieved', 'recieved')).toBe(false);
    expect(respelled('it was pronounced dead. The recieved', 'recieved')).toBe(false);
  });

  it('takes a quoted respelling after "pronounced" or alone in parentheses after its word', () => {
    expect(respelled("the energy qi, pronounced 'chee', flows", 'chee')).toBe(true);
    expect(respelled('the energy, or qi (“chee”), flows', 'chee')).toBe(true);
    expect(respelled('the grain quinoa ("keen-wah") grows', 'wah')).toBe(true);
    expect(respelled('the grain quinoa ("keen-wah.") grows', 'keen')).toBe(true);
    // Not quoted, not alone in the parentheses, or not after a word.
    expect(respelled('the energy, or qi (chee), flows', 'chee')).toBe(false);
    expect(respelled('a dose (“recieved” daily) helped', 'recieved')).toBe(false);
    expect(respelled('(“recieved”) was the word', 'recieved')).toBe(false);
  });

  it('skips a written-out pronunciation in the spelling rule', () => {
    expect(flags('The drug ivacaftor (pronounced eye va kaf tor) helped.')).toEqual([]);
    expect(flags('The drug ivacaftor (said eye va kaf tor) helped.')).toContain('va');
  });
});

describe('words completed in square brackets', () => {
  const joined = (text: string, word: string): string | undefined => {
    const start = text.indexOf(word);
    return bracketJoinedWord(text, start, start + word.length);
  };

  it('reads the word without its brackets when a bracket touches it', () => {
    expect(joined('the pharma[ceutical] world', 'ceutical')).toBe('pharmaceutical');
    expect(joined('the pharma[ceutical] world', 'pharma')).toBe('pharmaceutical');
    expect(joined('[s]he said', 'he')).toBe('she');
    expect(joined('the organi[s]ation', 'ation')).toBe('organisation');
  });

  it('joins nothing when the brackets only enclose the word or no bracket touches it', () => {
    expect(joined('the [ceutical] world', 'ceutical')).toBeUndefined();
    expect(joined('the ceutical world', 'ceutical')).toBeUndefined();
  });

  it('accepts a completed word in the spelling rule, and flags a misspelled one', () => {
    expect(flags('There is resistance in the pharma[ceutical] world.')).toEqual([]);
    expect(flags('There is resistance in the pharma[cuetical] world.')).toEqual(['cuetical']);
  });
});

describe('loan phrases', () => {
  const phrases = new LoanPhrases(['tour de force', 'en masse', "raison d'etre", 'piece de resistance']);
  const holds = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return phrases.holds(text, start, start + word.length);
  };

  it('holds a word of a phrase written whole around it, accents and case aside', () => {
    expect(holds('It is a tour de force, he said.', 'de')).toBe(true);
    expect(holds('They left en masse.', 'masse')).toBe(true);
    expect(holds('The pièce de résistance was', 'résistance')).toBe(true);
    expect(holds('the raison d’être of', 'raison')).toBe(true);
    expect(holds('Tour De Force', 'De')).toBe(true);
  });

  it('holds nothing where the phrase is not written whole', () => {
    expect(holds('a tour de forces', 'de')).toBe(false);
    expect(holds('the de force', 'de')).toBe(false);
    expect(holds('the masse left', 'masse')).toBe(false);
  });

  it('accepts the words of Latin medical phrases written whole in the spelling rule', () => {
    expect(flags('A clot reached the inferior vena cava; the linea alba and the vas deferens were spared.')).toEqual(
      [],
    );
    // Alone, a phrase's word is checked as any other ("alba" is a short word with no slip of a
    // common word, so quiet either way).
    expect(flags('The linea and the alba were open.')).toEqual(['linea']);
  });
});

describe('units after a number', () => {
  const units = new Set(['ng', 'pmol', 'kda']);
  const isUnit = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return isUnitAfterNumber(text, start, start + word.length, (lower) => units.has(lower));
  };

  it('takes a listed symbol straight after a number for a unit', () => {
    expect(isUnit('a dose of 500 ng daily', 'ng')).toBe(true);
    expect(isUnit('a 3 kDa protein', 'kDa')).toBe(true);
  });

  it('takes nothing for a unit away from a number', () => {
    expect(isUnit('the ng daily', 'ng')).toBe(false);
    expect(isUnit('500 of ng', 'ng')).toBe(false);
  });

  it('accepts units after numbers, ages written open and a racetam in the spelling rule', () => {
    expect(flags('Infants need 500 ng and adults 20 pmol a day.')).toEqual([]);
    // Away from a unit of age, "olds" beside "old" is taken for a slip of it.
    expect(flags('It helped 3 to 5 year olds, not the old olds.')).toEqual(['olds']);
    expect(flags('It is one of many in the racetam drug family.')).toEqual([]);
  });
});

describe('statistical notation beside its value', () => {
  const isNotation = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return isStatisticNotation(text, start, start + word.length);
  };

  it('takes df, sd and the like next to a number or an equals sign for notation', () => {
    expect(isNotation('Chi² = 4.90, df = 2 (P = 0.09)', 'df')).toBe(true);
    expect(isNotation('degrees of freedom (df) = 5', 'df')).toBe(true);
    expect(isNotation('LR Chi2 = 13.47, 1 df; P = 0.0002', 'df')).toBe(true);
    expect(isNotation('quotient > 2 sd below norm', 'sd')).toBe(true);
    expect(isNotation('mean 12.1 (sd 1.2)', 'sd')).toBe(true);
    expect(isNotation('the iqr: 3 to 7', 'iqr')).toBe(true);
  });

  it('leaves the same letters away from a value, and other short words, to the check', () => {
    expect(isNotation('The df was large', 'df')).toBe(false);
    expect(isNotation('the sd of the scores', 'sd')).toBe(false);
    expect(isNotation('we saw 2 ws here', 'ws')).toBe(false);
  });
});

/** The offsets of the first `word` in `text`. */
function at(text: string, word: string): [number, number] {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe('words the article names on purpose', () => {
  it('takes a word followed by its pronunciation, a stressed syllable in capitals, for a name', () => {
    const text = 'an app called plivoria (plih-VOR-ee-uh) for pills';
    expect(isFollowedByPronunciation(text, at(text, 'plivoria')[1])).toBe(true);
    const quoted = 'a grain, teffora (“TEF-or-ah”), on sale';
    expect(isFollowedByPronunciation(quoted, at(quoted, 'teffora')[1])).toBe(true);
  });

  it('leaves a bracketed word or phrase in one case to the check', () => {
    for (const text of ['a vacine (anti-flu) shot', 'a vacine (NO-GO) shot', 'a vacine (see below)']) {
      expect(isFollowedByPronunciation(text, at(text, 'vacine')[1])).toBe(false);
    }
  });

  it('takes a short form defined beside its long form of two words or more, either way round', () => {
    const after = 'they used electronic cigarettes (ecigs) or snus';
    expect(isShortFormBesideLongForm(after, ...at(after, 'ecigs'))).toBe(true);
    const before = 'they used ecigs (electronic cigarettes) or snus';
    expect(isShortFormBesideLongForm(before, ...at(before, 'ecigs'))).toBe(true);
  });

  it('leaves a word mistyped beside its word, or taking letters of one word only, to the check', () => {
    const slip = 'the new treatmnet (treatment plan) worked';
    expect(isShortFormBesideLongForm(slip, ...at(slip, 'treatmnet'))).toBe(false);
    const oneWord = 'Patients recieved the drug (recieve) twice';
    expect(isShortFormBesideLongForm(oneWord, oneWord.indexOf('(') + 1, oneWord.indexOf(')'))).toBe(false);
    const clipped = 'the injectable ‘depo’ (depot) shot';
    expect(isShortFormBesideLongForm(clipped, ...at(clipped, 'depo'))).toBe(false);
  });

  it('takes a name after a naming phrase or in the list “also known as” opens', () => {
    const list = 'also known as fat melting, lipozap, and mesotherapy.';
    expect(isNamedByPhrase(list, ...at(list, 'lipozap'))).toBe(true);
    const called = 'a protein called trowaglerix helps';
    expect(isNamedByPhrase(called, ...at(called, 'trowaglerix'))).toBe(true);
  });

  it('leaves a class named by “known as” and words after a sentence to the check', () => {
    const kind = 'drugs known as benzodiazapenes, sold widely';
    expect(isNamedByPhrase(kind, ...at(kind, 'benzodiazapenes'))).toBe(false);
    const later = 'a protein called trowaglerix. It helps recieve, and more';
    expect(isNamedByPhrase(later, ...at(later, 'recieve'))).toBe(false);
  });
});

describe('labels, issuer lines and reference numerals', () => {
  it('takes "pii" before its identifier for a label', () => {
    const text = '2017 Jun 24. pii: S2405-4569(17)30160-8';
    expect(isIdentifierLabel(text, ...at(text, 'pii'))).toBe(true);
    const prose = 'the pii was kind';
    expect(isIdentifierLabel(prose, ...at(prose, 'pii'))).toBe(false);
  });

  it('takes a wire release’s short SOURCE line for its issuer’s name', () => {
    expect(isReleaseSourceLine('SOURCE kaleo')).toBe(true);
    expect(isReleaseSourceLine('Source: the study recieved funding')).toBe(false);
  });
  it('tells a picture credit between a caption and the text that repeats it', () => {
    const slide = 'Red meat juniart Red meat is not banned.';
    const at = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
    expect(isCreditAfterEchoedCaption(slide, ...at(slide, 'juniart'))).toBe(true);
    expect(isCreditAfterEchoedCaption(slide, ...at(slide, 'banned'))).toBe(false);
    const named = 'Whole grains Tom Perkins Whole grains are key.';
    expect(isCreditAfterEchoedCaption(named, ...at(named, 'Perkins'))).toBe(true);
    const prose = 'Red meat, juniart says, Red meat is fine.';
    expect(isCreditAfterEchoedCaption(prose, ...at(prose, 'juniart'))).toBe(false);
    expect(isReleaseSourceLine(`SOURCE ${'word '.repeat(20)}`)).toBe(false);
  });

  it('takes a reference numeral run into a known word when the next numerals follow it', () => {
    const text = 'more frequent in womeni,ii.';
    expect(endsInReferenceNumeral(text, ...at(text, 'womeni'), isKnown)).toBe(true);
    const alone = 'more frequent in womeni.';
    expect(endsInReferenceNumeral(alone, ...at(alone, 'womeni'), isKnown)).toBe(false);
  });
});

describe('a term between commas after a noun of its kind (spelling rule)', () => {
  const appositive = (text: string, term: string): boolean => {
    const start = text.indexOf(term);
    return isAppositiveToKindNoun(text, start, start + term.length);
  };

  it('takes the word right after "drug," and closed by a comma, a stop or a dash', () => {
    expect(appositive('They tested a similar drug, zelvaprisan, last year.', 'zelvaprisan')).toBe(true);
    expect(appositive('Bayer made the enzyme, kinexase.', 'kinexase')).toBe(true);
    expect(appositive('They gave the compound, tezhweol – to mice.', 'tezhweol')).toBe(true);
  });

  it('leaves a list item, an opener after the comma and an unclosed word alone', () => {
    expect(appositive('It beat older drugs, such as zelvaprisan.', 'zelvaprisan')).toBe(false);
    expect(appositive('They named a drug, zelvaprisan tablets.', 'zelvaprisan')).toBe(false);
    expect(appositive('They tested aspirin, zelvaprisan, and more.', 'zelvaprisan')).toBe(false);
  });
});

describe('a term defined by the apposition after it', () => {
  const defined = (text: string, term: string): boolean => {
    const start = text.indexOf(term);
    return isDefinedByKindApposition(text, start, start + term.length);
  };

  it('takes a term followed by “, a style of”, “, an old form of”', () => {
    expect(defined('The yoga was drovinyoga, a style of hatha yoga.', 'drovinyoga')).toBe(true);
    expect(defined('They grew kelmut, an old form of wheat.', 'kelmut')).toBe(true);
    expect(defined('She ate zorbu, a type of seaweed, daily.', 'zorbu')).toBe(true);
  });

  it('leaves other appositions and a term without one alone', () => {
    expect(defined('They used drovinyoga, a method that works.', 'drovinyoga')).toBe(false);
    expect(defined('They used drovinyoga, the style of the day.', 'drovinyoga')).toBe(false);
    expect(defined('They used drovinyoga daily.', 'drovinyoga')).toBe(false);
  });
});

describe('the other items of a list a word stands in', () => {
  const items = (text: string, term: string): string[] | undefined => {
    const start = text.indexOf(term);
    return otherListItems(text, start, start + term.length);
  };

  it('reads single-word items either side, joined by commas, “and” or “or”', () => {
    expect(
      items('diuretics (furosemide, cicletanine, piretanide, pramidosin and etozolin) in 460', 'pramidosin'),
    ).toEqual(['piretanide', 'cicletanine', 'furosemide', 'etozolin']);
    expect(items('more effective than pramidosin, naftidrofuryl or L-arginine.', 'pramidosin')).toEqual([
      'naftidrofuryl',
      'L-arginine',
    ]);
    expect(items('They took aspirin, or pramidosin.', 'pramidosin')).toEqual(['aspirin']);
  });

  it('finds no list without a comma, or beside other punctuation', () => {
    expect(items('They took aspirin and pramidosin daily.', 'pramidosin')).toBeUndefined();
    expect(items('They took pramidosin; aspirin, insulin.', 'pramidosin')).toBeUndefined();
  });
});

describe('a predicate said of a company or a product', () => {
  const after = (text: string, term: string): boolean =>
    isFollowedByMakerPredicate(text, text.indexOf(term) + term.length);

  it('takes a maker’s verb or what kind of thing it is', () => {
    expect(after('Ainsulin has made peanut flour into a medicine.', 'Ainsulin')).toBe(true);
    expect(after('Ainsulin launched a trial.', 'Ainsulin')).toBe(true);
    expect(after('Activix is one of a number of yogurts.', 'Activix')).toBe(true);
    expect(after('Activix is a Danish biotech company.', 'Activix')).toBe(false);
    expect(after('Activix is a small company in Oslo.', 'Activix')).toBe(true);
  });

  it('leaves other predicates alone', () => {
    expect(after('Ainsulin helps.', 'Ainsulin')).toBe(false);
    expect(after('Ainsulin has risen.', 'Ainsulin')).toBe(false);
    expect(after('Activix is one way to go.', 'Activix')).toBe(false);
  });
});

describe('isClippedTwinOfNeighbour', () => {
  it('takes a piece clipping a known word that ends as its neighbour does', () => {
    expect(isClippedTwinOfNeighbour(['morbi', 'mortality'], 0, isKnown)).toBe(true);
  });

  it('refuses a piece whose word ends otherwise, a short neighbour, or a word broken by a stray hyphen', () => {
    expect(isClippedTwinOfNeighbour(['morbi', 'weather'], 0, isKnown)).toBe(false);
    expect(isClippedTwinOfNeighbour(['treatmen', 'related'], 0, isKnown)).toBe(false);
    expect(isClippedTwinOfNeighbour(['recom', 'mended'], 0, isKnown)).toBe(false);
  });
});

describe('isParticleNounPlural', () => {
  const known = (lower: string): boolean => ['add', 'walk'].includes(lower);

  it('takes the plural of a particle ending a noun after a known verb', () => {
    expect(isParticleNounPlural(['add', 'ons'], 1, known)).toBe(true);
    expect(isParticleNounPlural(['walk', 'ons'], 1, known)).toBe(true);
  });

  it('refuses it first, after an unknown or capitalised piece, and any other piece', () => {
    expect(isParticleNounPlural(['ons', 'add'], 0, known)).toBe(false);
    expect(isParticleNounPlural(['zork', 'ons'], 1, known)).toBe(false);
    expect(isParticleNounPlural(['Add', 'ons'], 1, known)).toBe(false);
    expect(isParticleNounPlural(['add', 'onz'], 1, known)).toBe(false);
  });
});

describe('isStereodescriptorOfChemical', () => {
  const isChemical = (lower: string): boolean => ['ornithine', 'tocopherol'].includes(lower);
  const at = (text: string, word: string): boolean =>
    isStereodescriptorOfChemical(text, text.indexOf(word), text.indexOf(word) + word.length, isChemical);

  it('takes d-, l-, dl- or rac- before a chemical, a Greek letter between them or none', () => {
    expect(at('2-(difluoromethyl)-dl-ornithine', 'dl')).toBe(true);
    expect(at('took dl-α-tocopherol daily', 'dl')).toBe(true);
  });

  it('refuses one before no chemical, or a word that is no stereodescriptor', () => {
    expect(at('took dl-weather daily', 'dl')).toBe(false);
    expect(at('took dl ornithine daily', 'dl')).toBe(false);
    expect(at('took dk-ornithine daily', 'dk')).toBe(false);
  });
});
