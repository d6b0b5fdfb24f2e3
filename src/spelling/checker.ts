import { fdaDrugWords, innPrefixStemOf, innStemOf } from '../language/treatments.js';
import type { Dialect } from '../language/dialect.js';
import {
  hasCompoundNameEnding,
  isClosedCompound,
  isCompoundOfFreeParts,
  functionWords,
  isCombiningFormCompound,
  isDerivedWord,
  isDialectDerivation,
  isMentNoun,
  isPrefixedUnit,
  isSuffixDerivation,
  isSuffixedTerm,
  isEverydayPrefixed,
} from './derivation.js';
import { memoize } from '../memo.js';
import { commonestTag } from '../words/word-lists.js';
import { hunspellFor, type Hunspell, type ShippedHunspell } from './hunspell.js';
import { editText, latinLetters, visitEdits, WordFilter, type Edit, type HashFilter } from '../words/edits.js';
import { suggestionLimit, suggestionsFor } from './suggest.js';
import { isWithinTypistReach } from './sound-alike.js';
import { isSlipOfKnown } from './typing-slips.js';
import { ShortWordAnswers } from './short-words.js';
import { lexicon as runTogetherWords } from '../language/run-together-words.generated.js';
import { lexicon as foreignParticles } from '../language/foreign-particles.generated.js';
import { lexicon as surnameEndingLexicon } from '../language/surname-endings.generated.js';
import {
  shippedWordFilters,
  shippedWordIndex,
  shippedWordIndexes,
  storedWordFilters,
  type WordFilters,
  type WordIndex,
} from '../words/word-index.js';

/** Words that open a sentence, never the end of a brand in camel case ("CenterThe" is a lost space). */
const sentenceOpeners = new Set<string>(runTogetherWords.find((entry) => entry.id === 'sentence-openers')?.match);

/** What a spell check says about one word. */
export type Verdict = 'known' | 'misspelled';

/** Inside the checker: a capitalised word no list knows, judged with its place ({@link SpellChecker.check}). */
type WordVerdict = Verdict | 'name' | 'joined-name';

/** Words a user adds: a set of exact words plus any Hunspell dictionaries (with affixes). */
export interface PersonalDictionary {
  words: ReadonlySet<string>;
  hunspell: readonly Hunspell[];
}

export const emptyPersonalDictionary: PersonalDictionary = { words: new Set(), hunspell: [] };

/**
 * The shipped lists that extend Hunspell: Drugs@FDA words, reviewed health terms and SCOWL's
 * larger sizes, the last two with a dialect tag on some words.
 */
class ShippedTerms {
  private readonly drugs = fdaDrugWords();
  private readonly health = shippedWordIndex('health-terms.txt');
  private readonly vocabulary = shippedWordIndex('health-vocabulary.txt');
  private readonly scowl = shippedWordIndex('scowl-supplement.txt');

  constructor(private readonly dialect: Dialect) {}

  /**
   * Whether the health lists hold the word's plural only ("prodrugs", "denervations", "sulfones":
   * MeSH names many things in the plural). Hunspell's own nouns carry their singulars already.
   */
  hasPluralOf(word: string): boolean {
    if (word.endsWith('s')) return false;
    const plural = `${word}s`;
    return this.health.holds(plural, this.dialect) || this.vocabulary.holds(plural, this.dialect);
  }

  /** Whether a drug list or a health list holds the word, SCOWL's general words aside ("etozolin", "paxillin"). */
  isHealthTerm(word: string): boolean {
    return this.drugs.has(word) || this.health.holds(word, this.dialect) || this.vocabulary.holds(word, this.dialect);
  }

  has(word: string): boolean {
    return (
      this.drugs.has(word) ||
      this.health.holds(word, this.dialect) ||
      this.vocabulary.holds(word, this.dialect) ||
      this.scowl.holds(word, this.dialect)
    );
  }
}

const termsFor = memoize((dialect: Dialect) => new ShippedTerms(dialect));

/** First names and surnames, keyed with a lower-case first letter so that lower-case edits can be tested by hash. */
function personNames(): WordIndex {
  return shippedWordIndex('person-names.txt', 'lower-first');
}

/** Places, sponsors, companies, first names and foreign institution words, known only capitalised. */
function namesAndPlaces(): WordIndex {
  return shippedWordIndex('names-places.txt');
}

/** Foreign function words the shipped list lacks ("aan" of "Alphen aan den Rijn", see `foreign-particles.yml`). */
const moreForeignParticles = new Set<string>(foreignParticles.flatMap((entry) => entry.match));

/** Name particles and foreign function words ("de", "von", "et", "vitro"), known only in context. */
export function isForeignFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return shippedWordIndex('foreign-words.txt').has(lower) || moreForeignParticles.has(lower);
}

/**
 * Where a word stands, for the verdicts that depend on it: a capitalised word inside a sentence
 * is likely a name; at a sentence's start its capital says nothing.
 */
export interface WordPlace {
  sentenceStart?: boolean;
  /** Whether a capitalised word follows: "ContactDorothy Hornbeck" is a label run into a name. */
  beforeName?: boolean;
}

/**
 * Only words this long are told from names by a close listed surname: shorter ones sit one edit
 * from many other real names ("Devinsky", "Reinberg").
 */
const minimumNameEditLength = 11;

/**
 * A spell checker for one dialect: Hunspell (dictionary-en or dictionary-en-gb, expanded ahead of time),
 * then healthlint's shipped lists (Drugs@FDA names, reviewed health terms, SCOWL words beyond the
 * Hunspell files' size 60), words built from medical parts, then the user's words.
 *
 * Capitalised words that no dictionary knows are usually names ("Dr Herbert Freudenberger",
 * "Roulac"), so they are only reported when a close known spelling exists — one edit from a
 * personal name in the census lists or from a dictionary word — which catches "Freundenberger"
 * and "Recieve" without flagging every unlisted surname. Lower-case unknown words are reported.
 *
 * Verdicts and suggestions are cached per word for the life of the process (the checker is
 * shared by every file of a run). Edits of a word are looked up through a filter of every known
 * word first, so most unknown candidates are never built as strings.
 */
export class SpellChecker {
  private readonly spell: ShippedHunspell;
  private readonly terms: ShippedTerms;
  private readonly verdictOf = memoize((word: string) => this.checkUncached(word), 200_000);
  private readonly closeWordsOf = memoize((word: string) => this.closeWordsUncached(word), 50_000);
  private readonly suggestionsOf = memoize((word: string) => this.suggestUncached(word), 20_000);

  constructor(readonly dialect: Dialect) {
    this.spell = hunspellFor(dialect);
    this.terms = termsFor(dialect);
  }

  /** Whether a word (already stripped of possessives and hyphens) is spelled correctly. */
  check(word: string, personal: PersonalDictionary = emptyPersonalDictionary, place: WordPlace = {}): Verdict {
    if (this.isPersonal(word, personal)) return 'known';
    const verdict = this.verdictOf(word);
    if (verdict === 'joined-name') return place.beforeName ? 'misspelled' : 'known';
    if (verdict !== 'name') return verdict;
    const listed = namesAndPlaces().has(word);
    // Inside a sentence a listed name is known whatever it is close to: the one-edit search
    // (~0.1–0.5 ms a word) is left to the words where it can change the answer.
    if (listed && !place.sentenceStart) return 'known';
    const { closeWord, closeName } = this.closeWordsOf(word);
    // A close dictionary word makes a capitalised word a misspelling at a sentence's start, where
    // the capital proves nothing. Inside a sentence a misspelled lower-case word keeps its lower
    // case, so a capital there marks a name ("the charity Autistica", "Naturex of Avignon"),
    // unless the close word is a drug's name, which is written capitalised too ("Xelijanz").
    if (closeWord && place.sentenceStart) return 'misspelled';
    if (listed) return 'known';
    if (closeWord && this.isCloseToDrugName(word.toLowerCase())) return 'misspelled';
    return closeName ? 'misspelled' : 'known';
  }

  /**
   * Whether `check` says known for this word wherever it stands: the verdicts that depend on the
   * place (capitalised words no list holds) are left to `check`.
   */
  isKnownAnywhere(word: string, personal: PersonalDictionary = emptyPersonalDictionary): boolean {
    return this.isKnownWord.get(word) || this.isPersonal(word, personal);
  }

  /** The verdict "known", for every word an article writes: short words answer from a table. */
  private readonly isKnownWord = new ShortWordAnswers((word) => this.verdictOf(word) === 'known');

  /** Whether a dictionary or shipped list holds the word as written or in lower case, names aside: "Streptococcus". */
  isDictionaryWord(word: string): boolean {
    return this.spell.correct(word) || this.isKnownLower(word.toLowerCase());
  }

  /**
   * Whether a word is a real English word that sits one edit from a common one by an edit no
   * typist makes ("crawfish", "wonton", "realtor"; see `close-words.txt`): in lower case, or
   * capitalised where a capital proves nothing. Whether it is that word or a slip is the article's
   * to say (see the rule).
   */
  isCloseWord(word: string): boolean {
    const lower = word.toLowerCase();
    if (word !== lower && word.slice(1) !== lower.slice(1)) return false;
    return shippedWordIndex('close-words.txt').holds(lower, this.dialect) || this.isRareWord(lower);
  }

  /** Whether a lower-case word is a rare or informal English word ("smooshes", "backcountry"; see `rare-words.txt`). */
  private isRareWord(lower: string): boolean {
    return shippedWordIndex('rare-words.txt').holds(lower, this.dialect);
  }

  /**
   * A rare word with no everyday word one edit away ("backcountry", "hijiki"): known wherever it
   * stands. One beside an everyday word ("smooshes" beside "smooches", "protectant" beside
   * "protestant") is a close word instead, known only where the article writes no word one edit
   * away (see `isCloseWord`).
   */
  private isRareWordApart(lower: string): boolean {
    return this.isRareWord(lower) && !this.isOneEditFromEverydayWord(lower);
  }

  /**
   * Whether a lower-case word is a common English word of five letters or fewer (SCOWL's sizes up to
   * 35: "was", "the", "after", see `common-short-words.txt`), the words a short misspelling is a slip of.
   */
  isCommonShortWord(lower: string): boolean {
    const tag = shippedWordIndex('common-short-words.txt').tagOf(lower);
    return tag === '' || tag === commonestTag || tag === this.dialect;
  }

  /** Whether a lower-case word is one of the commonest English words (SCOWL's size 10: "with", "have"), in both dialects. */
  isCommonestShortWord(lower: string): boolean {
    return shippedWordIndex('common-short-words.txt').tagOf(lower) === commonestTag;
  }

  /** Whether the names lists hold a capitalised word: a person, place or company ("Aarskog", "Blount"). */
  isListedName(word: string): boolean {
    return personNames().has(word) || namesAndPlaces().has(word);
  }

  /** Whether the person-name list holds a capitalised word: a first name or a surname ("Tony", "Barocas"). */
  isPersonName(word: string): boolean {
    return personNames().has(word);
  }

  /** Whether an everyday word (the Hunspell dictionary's) is one edit from a lower-case word. */
  isOneEditFromEverydayWord(lower: string): boolean {
    return visitEdits(lower, latinLetters, (_hash, edit) => this.spell.has(editText(edit)));
  }

  /**
   * Whether a lower-case word names a drug or is a term of the shipped health lists: "furosemide"
   * by its INN stem, "etozolin" and "naftidrofuryl" of MeSH. Lists of drugs, chemicals and genes
   * are made of such words; everyday words ("fever", "wheat") are not among them.
   */
  isHealthTerm(lower: string): boolean {
    return this.terms.isHealthTerm(lower) || innStemOf(lower) !== undefined || this.isUnlistedDrugName(lower);
  }

  /**
   * Whether a lower-case word reads as a slip of a known word: a typist's slip of any known word
   * (see `isSlipOfKnown`), or any edit after its first letter of an everyday word ("reserch",
   * "seperate"). What is left sits one edit only from rarer words by an edit typists do not make
   * ("activia" beside "activin"), or from an everyday word only at its first letter ("aimmune"
   * beside "immune"), where writers seldom slip.
   */
  isSlipOfKnownWord(lower: string): boolean {
    if (isSlipOfKnown(lower, (candidate) => this.isKnownLower(candidate))) return true;
    return visitEdits(lower, latinLetters, (_hash, edit) => edit.index > 0 && this.spell.has(editText(edit)));
  }

  /** Whether a word is capitalised and no list knows it: a name, unless its place or a close word says otherwise. */
  mayBeName(word: string): boolean {
    return this.verdictOf(word) === 'name';
  }

  /** Whether a capitalised word no list knows could be a name (no close dictionary word): for the per-document name check. */
  isUnlistedName(word: string): boolean {
    if (this.verdictOf(word) !== 'name') return false;
    if (namesAndPlaces().has(word)) return false;
    const { closeWord, closeName } = this.closeWordsOf(word);
    return !closeWord && !closeName;
  }

  /**
   * What an article must show to take a capitalised word this checker flags for a name: a place
   * where names stand or the same spelling written twice (`'context'`); only the spelling written
   * twice, for a long word one edit from a listed surname (`'repetition'`: "Freundenberger" once
   * after "Dr Herbert" stays a misspelling); or nothing can (`undefined`): a word a dictionary
   * rejects in any case, or one edit from a drug name ("Tencentriq" for "Tecentriq", however often).
   */
  nameEvidenceNeeded(word: string): 'context' | 'repetition' | undefined {
    if (this.verdictOf(word) !== 'name' || this.isCloseToDrugName(word.toLowerCase())) return undefined;
    return this.closeWordsOf(word).closeName && !isSurnameWithEnding(word) ? 'repetition' : 'context';
  }

  /** One edit from a drug's name, its first letter kept: brands differ from one another there ("Zantrex", "Kantrex"). */
  private readonly isCloseToDrugName = memoize((lower: string): boolean => {
    const drugs = fdaDrugWords();
    return visitEdits(
      lower,
      latinLetters,
      (hash, edit) => !editsFirstLetter(edit) && drugs.mayHoldHash(hash) && drugs.has(editText(edit)),
    );
  }, 20_000);

  /** Up to five known words close to `word`, best first; cached across files. */
  suggest(word: string): string[] {
    return this.suggestionsOf(word);
  }

  /**
   * Whether `word`, unknown here, is out of a typist's reach: no known word sounds like it within
   * half its letters in edits (`isWithinTypistReach`), it does not split into two known words of
   * three letters or more, and the suggestion search finds nothing. Such words are mostly terms
   * no list holds: drug names, brands, herbs and coinages ("relamorelin", "exergaming").
   */
  isOutOfReach(word: string): boolean {
    return this.outOfReach(word);
  }

  private readonly outOfReach = memoize((word: string): boolean => {
    const lower = word.toLowerCase();
    return !isWithinTypistReach(lower) && !this.isTwoKnownWordsRunTogether(lower) && this.suggest(word).length === 0;
  }, 20_000);

  /** Two known words of three letters or more that lost the space between them ("bariatricsurgery"). */
  isTwoKnownWordsRunTogether(lower: string): boolean {
    if (this.isTwoWordsRunTogether(lower)) return true;
    for (let split = 3; split <= lower.length - 3; split++) {
      if (this.isKnownLower(lower.slice(0, split)) && this.isKnownLower(lower.slice(split))) return true;
    }
    return false;
  }

  private suggestUncached(word: string): string[] {
    const parts = runTogetherParts(word);
    if (parts && this.runTogether(word)) return [parts.join(' ')];
    const capitalised = isCapitalised(word);
    const filter = filterFor(word);
    const edits = suggestionsFor(
      word,
      (candidate) => this.isKnownLower(candidate) || (capitalised && this.isName(candidate)),
      undefined,
      undefined,
      filter,
      filter && knownWords?.prefixes,
    );
    const split = this.lostSpace(word);
    if (split === undefined) return edits;
    const others = edits.filter((candidate) => candidate !== split);
    // "acount" is "account" mistyped before it is "a count": an everyday word one edit away comes first.
    const at = this.isOneEditFromEverydayWord(word.toLowerCase()) ? Math.min(1, others.length) : 0;
    return [...others.slice(0, at), split, ...others.slice(at)].slice(0, suggestionLimit);
  }

  /**
   * The two words a word is when a space was lost between them, as the writer would mend it:
   * "which is" for "whichis", "weight loss" for "weightloss", "Of course" for "Ofcourse". Only
   * where the split is no accident of spelling: a function word beside another or beside an everyday
   * word of four letters or more ("to remain" before "tore main"; "color" is no "col or"), or two
   * everyday words of four letters or more ("four months"; "beggin" is no "beg gin"). The edit
   * search alone offers a lookalike instead ("whichis" → "chichis").
   */
  private lostSpace(word: string): string | undefined {
    if (word.length < 4 || word.slice(1) !== word.slice(1).toLowerCase()) return undefined;
    const lower = word.toLowerCase();
    // Everyday words only: the larger lists hold fragments ("cess", "yest") that split many typos.
    const fits = (part: string): boolean => functionWords.has(part) || (part.length >= 4 && this.spell.has(part));
    let best: { at: number; rank: number } | undefined;
    for (let at = 1; at < lower.length; at++) {
      const first = lower.slice(0, at);
      const second = lower.slice(at);
      if (!fits(first) || !fits(second)) continue;
      // A function word beside the other part reads surer than two content words.
      const rank = functionWords.has(first) || functionWords.has(second) ? 2 : 1;
      if (rank > (best?.rank ?? 0)) best = { at, rank };
    }
    return best && `${word.slice(0, best.at)} ${word.slice(best.at)}`;
  }

  private checkUncached(word: string): WordVerdict {
    const lower = word.toLowerCase();
    if (this.spell.correct(word) || this.isKnownLower(lower)) return 'known';
    const known = (part: string): boolean => this.isKnownLower(part) || this.isUnlistedDrugName(part);
    const chemical = (part: string): boolean => this.terms.has(part) || this.isUnlistedDrugName(part);
    if (isDerivedWord(lower, known, chemical) || isDialectDerivation(lower, this.dialect, known)) return 'known';
    if (isSuffixDerivation(lower, (base) => this.isKnownLower(base))) return 'known';
    if (this.isUnlistedDrugName(lower) || this.isListedPlural(lower) || this.terms.hasPluralOf(lower)) return 'known';
    // "naïve", "fiancé", "façade": a known loanword written with the accents English keeps on it.
    if (loanwordAccent.test(word) && this.verdictOf(withoutAccents(word)) === 'known') return 'known';
    // "décor", "crêpe", "protégé": the large English lists write the word with these accents.
    if (!asciiWord.test(lower) && shippedWordIndex('accented-words.txt').holds(lower, this.dialect)) return 'known';
    // "d'Ivoire", "iPhone": a capital inside the word marks a name or a brand.
    if (/\p{Lu}/u.test(word.slice(1)) && !/^\p{Lu}/u.test(word)) return 'known';
    // A word English builds ("jumpstart"), or a rare word of the large English lists ("backcountry").
    const isWord = (): boolean => this.isPlausibleFormation(lower) || this.isRareWordApart(lower);
    if (!isCapitalised(word)) return isWord() ? 'known' : 'misspelled';
    // "Deworming" opening a sentence: a capital there says nothing, so the word is read as in lower case.
    if (word.slice(1) === lower.slice(1) && isWord()) return 'known';
    const joined = this.runTogether(word);
    if (joined === 'opener') return 'misspelled';
    if (joined === 'name') return 'joined-name';
    if (personNames().has(word) || /\p{Lu}/u.test(word.slice(1))) return 'known'; // "McDonald", "HealthDay"
    return 'name';
  }

  /**
   * An unknown lower-case word English would build ("jumpstart", "countertops", "procedureless",
   * "unreassuring", "resuturing", "bleedings", "engraftment"), unless a known word is one edit away: then it is more likely
   * that word mistyped ("keyhold", "carefull").
   */
  private isPlausibleFormation(lower: string): boolean {
    // "bleedings": the plural of a known noun in -ing, one edit from that noun by being its plural.
    if (lower.endsWith('ings') && this.isKnownLower(lower.slice(0, -1))) return true;
    const everyday = (candidate: string): boolean => this.spell.has(candidate);
    const known = (candidate: string): boolean => this.isKnownLower(candidate);
    // "deworming", "underuse": a known word after an everyday prefix is a word unless a typist's
    // slip of a known word reads it better ("deforming" is no slip of it; "underused" is an
    // inflection, not a key missed).
    if (isEverydayPrefixed(lower, known) && !isSlipOfKnown(lower, known)) return true;
    // "milligray" beside "milligram": a decimal prefix on a unit's name, unless a typist's slip reads it better.
    if (isPrefixedUnit(lower) && !isSlipOfKnown(lower, known)) return true;
    // "hypothyroxinemia": a known term with a medical suffix, unless a known word is one edit away.
    if (isSuffixedTerm(lower, known) && !this.isOneEditFromKnown(lower)) return true;
    if (isCombiningFormCompound(lower, known) && !this.isTwoWordsRunTogether(lower)) {
      return !this.isOneEditFromKnown(lower);
    }
    const formed =
      isClosedCompound(lower, everyday, (candidate) => functionWords.has(candidate)) ||
      isMentNoun(lower, (stem) => this.isKnownLower(stem));
    return formed && !this.isOneEditFromKnown(lower);
  }

  /**
   * Whether a lower-case word is a closed compound of two common words English compounds freely
   * ("bloodwork", see `isCompoundOfFreeParts`) with no everyday word one edit away: the rarer words
   * one edit away ("bloodworm", "bloodwort") are other words, and whether the writer meant one of
   * them is the article's to say, as for a close word (see the rule). An everyday word one edit away
   * reads as the word mistyped ("keyhold" for "keyhole", "weightloss" for "weightless").
   */
  isCompoundBesideRarerWord(lower: string): boolean {
    return isCompoundOfFreeParts(lower, isFreeCompoundPart) && !this.isOneEditFromEverydayWord(lower);
  }

  /**
   * Whether a lower-case word is two everyday words that lost the space between them ("fourmonths",
   * "bariatricsurgery"), each of two letters or more.
   */
  isTwoWordsRunTogether(lower: string): boolean {
    for (let split = 2; split <= lower.length - 2; split++) {
      if (this.spell.has(lower.slice(0, split)) && this.spell.has(lower.slice(split))) return true;
    }
    return false;
  }

  /**
   * Whether a known word (a drug's name included) is one edit from a lower-case word: the word is
   * then more likely that word mistyped than a term of its own, however often it is written.
   */
  readonly isOneEditFromKnown = memoize((lower: string): boolean => {
    const filter = filterFor(lower);
    return visitEdits(lower, latinLetters, (hash, edit) => {
      if (filter && !filter.mayHold(hash)) return false;
      return this.isKnownLower(editText(edit));
    });
  }, 20_000);

  /**
   * A capitalised word run together with the next, written with its capital (a heading run into
   * its paragraph), not a brand in camel case ("HealthDay", "LinkedIn", "SmithKline"): a known
   * word followed by a word that opens sentences ("CenterThe", "WhatA": `'opener'`), or an
   * everyday word followed by a name that is no word ("ContactDorothy", "WhoCosette": `'name'`,
   * a misspelling only before a surname, since brands join words and names too: "ExcelVite").
   */
  private runTogether(word: string): 'opener' | 'name' | undefined {
    const parts = runTogetherParts(word);
    if (!parts) return undefined;
    const [first, second] = parts;
    // "CenterThe" in an article taken for British: the first word may be the other dialect's.
    const firstLower = first.toLowerCase();
    const otherDialect = spellCheckerFor(this.dialect === 'en-GB' ? 'en-US' : 'en-GB');
    if (!this.isKnownLower(firstLower) && !otherDialect.isDictionaryWord(firstLower)) return undefined;
    const secondLower = second.toLowerCase();
    if (sentenceOpeners.has(secondLower)) return 'opener';
    if (second.length < 4 || !this.spell.has(firstLower) || personNames().has(first) || this.spell.has(secondLower)) {
      return undefined;
    }
    return personNames().has(second) || namesAndPlaces().has(second) ? 'name' : undefined;
  }

  /**
   * What decides, beside the names lists, whether an unknown capitalised word is a name: whether
   * a dictionary word, or (for long words) a listed surname, is one edit away.
   */
  private closeWordsUncached(word: string): { closeWord: boolean; closeName: boolean } {
    const lower = word.toLowerCase();
    // Short words sit one edit from many words and names; only long ones are told from names this way.
    if (lower.length < 7) return { closeWord: false, closeName: false };
    const filter = filterFor(lower);
    let closeName = false;
    const closeWord = visitEdits(lower, latinLetters, (hash, edit) => {
      if (filter && !filter.mayHold(hash)) return false;
      const candidate = editText(edit);
      if (this.isKnownLower(candidate)) return true;
      if (lower.length >= minimumNameEditLength && isSlipFromName(edit) && this.isName(candidate)) closeName = true;
      return false;
    });
    return { closeWord, closeName };
  }

  /**
   * A generic name with a WHO INN stem ("vildagliptin", "parecoxib", "dalcetrapib") that Drugs@FDA
   * lacks, unless it is one edit from a listed drug, or from a drug with a stem the health lists
   * hold ("ancetrapib" for "anacetrapib"), when it is more likely that drug misspelled.
   */
  private isUnlistedDrugName(lower: string): boolean {
    if (innPrefixStemOf(lower) && !innStemOf(lower)) return !this.isOneEditFromKnown(lower);
    if (!innStemOf(lower) && !hasCompoundNameEnding(lower)) return false;
    const drugs = fdaDrugWords();
    return !visitEdits(lower, latinLetters, (hash, edit) => {
      const candidate = editText(edit);
      if (drugs.mayHoldHash(hash) && drugs.has(candidate)) return true;
      return innStemOf(candidate) !== undefined && this.terms.has(candidate);
    });
  }

  /**
   * "Heparins", "anthracyclines": the plural of a word from the shipped lists or built from
   * medical parts. Only those: Hunspell's own nouns already carry their plurals, and its mass
   * nouns ("information") take none.
   */
  private isListedPlural(lower: string): boolean {
    if (!lower.endsWith('s') || lower.endsWith('ss') || lower.length < 6) return false;
    // "septoplasties", "tendinopathies": a listed term in -y, in the plural English makes of it.
    if (lower.endsWith('ies') && lower.length >= 8 && this.terms.has(`${lower.slice(0, -3)}y`)) return true;
    const singular = lower.slice(0, -1);
    return this.terms.has(singular) || this.isUnlistedDrugName(singular);
  }

  /**
   * A lower-case candidate known to Hunspell or to the shipped lists. For a lower-case word
   * Hunspell's `correct()` is a lookup of the word itself, so this is two hash lookups: it runs
   * for every edit of every unknown word.
   */
  private isKnownLower(candidate: string): boolean {
    return (
      this.terms.has(candidate) ||
      this.spell.has(candidate) ||
      (candidate.includes('’') && this.spell.correct(candidate))
    );
  }

  private isName(lowerCandidate: string): boolean {
    return personNames().has((lowerCandidate[0]?.toUpperCase() ?? '') + lowerCandidate.slice(1));
  }

  private isPersonal(word: string, personal: PersonalDictionary): boolean {
    if (personal.words.size === 0 && personal.hunspell.length === 0) return false;
    if (personal.words.has(word) || personal.words.has(word.toLowerCase())) return true;
    return personal.hunspell.some((spell) => spell.correct(word));
  }
}

/**
 * The accents English keeps on loanwords: a diaeresis ("naïve"), a cedilla ("façade"), a final
 * acute ("fiancé", "résumé"). An accent elsewhere on an English word ("débilitated") is a slip.
 */
const asciiWord = /^[\p{ASCII}’]*$/u;

const loanwordAccent = /[ïç]|é(?:e?s?)$/u;

/** The word without combining marks ("naïve" → "naive"); the word itself when it has none. */
export function withoutAccents(word: string): string {
  if (/^[\p{ASCII}’]*$/u.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** Whether `compound-parts.txt` lists a word as free in this place of a compound ("blood" as a head, "work" as either). */
function isFreeCompoundPart(part: string, place: 'head' | 'tail'): boolean {
  const tag = shippedWordIndex('compound-parts.txt').tagOf(part);
  return tag === '' || tag === place;
}

/** The two capitalised words of a word written like "WhatA" or "ContactDorothy". */
function runTogetherParts(word: string): [string, string] | undefined {
  const parts = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}*)$/u.exec(word);
  return parts ? [parts[1]!, parts[2]!] : undefined;
}

const surnameEndings: readonly string[] = surnameEndingLexicon.flatMap((entry) => entry.match);

/** A listed surname starts a family name at least this long: shorter heads are names by chance ("Freund"). */
const minimumSurnameHead = 6;

/**
 * "Johnsonbaugh", "Goldenstein": a listed surname of six letters or more with a family-name ending
 * (see `surname-endings.yml`), a name of its own rather than a slip of a listed name one edit away.
 */
function isSurnameWithEnding(word: string): boolean {
  return surnameEndings.some((ending) => {
    const head = word.slice(0, -ending.length);
    return word.endsWith(ending) && head.length >= minimumSurnameHead && personNames().has(head);
  });
}

/** Whether an edit changes a word's first letter, which a writer rarely gets wrong. */
function editsFirstLetter({ index }: Edit): boolean {
  return index === 0;
}

const vowels = new Set('aeiouy');

/**
 * Whether an edit of a name reads as a slip rather than as another spelling of the name: names
 * vary by their vowels and doubled letters ("Linsenmeyer" and "Linsenmayer", "Giannopoulos" and
 * "Gianopoulos", "Margenthaler" and "Mergenthaler"); a consonant dropped, added or swapped is a
 * slip ("Freundenberger" for "Freudenberger").
 */
function isSlipFromName(edit: Edit): boolean {
  const { word, index, kind, letter } = edit;
  if (editsFirstLetter(edit)) return false;
  if (kind === 'replace') return !(vowels.has(word[index]!) && vowels.has(letter));
  if (kind === 'delete')
    return !vowels.has(word[index]!) && word[index] !== word[index - 1] && word[index] !== word[index + 1];
  if (kind === 'insert') return !vowels.has(letter) && letter !== word[index - 1] && letter !== word[index];
  return true;
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * Every word an edit can be known as, by hash, in both dialects: Hunspell forms, the shipped
 * lists, drug words, and personal names with a lower-case first letter (edits are lower case;
 * `isName` capitalises them). The word indexes answer at first; after many questions (a long
 * run), a one-bit-a-word filter made from their hashes answers faster.
 */
class KnownWordHashes implements HashFilter {
  private readonly lists = shippedWordIndexes();
  private filters: WordFilters | undefined;
  private questions = 0;

  /** Every start of every known word, for skipping edits that cannot make one (once there are filters). */
  get prefixes(): WordFilter | undefined {
    return this.filters?.prefixes;
  }

  mayHold(hash: number): boolean {
    if (this.filters) return this.filters.words.mayHold(hash);
    // A few words' edits are answered by the indexes. Past that, the build's stored filters are
    // read (~5 ms); without a build they are made (~150 ms) once a run has asked often enough.
    const asked = ++this.questions;
    if (asked > 20_000 && asked % 1_000 === 0) {
      this.filters = storedWordFilters() ?? (asked > 200_000 ? shippedWordFilters() : undefined);
    }
    return this.lists.some((list) => list.mayHoldHash(hash));
  }
}

let knownWords: KnownWordHashes | undefined;

/**
 * The known words' hashes, for a word whose edits they can judge. Hunspell reads a typographic
 * apostrophe as a straight one, which the hashes do not, so such words are looked up edit by edit.
 */
function filterFor(word: string): HashFilter | undefined {
  if (word.includes('’')) return undefined;
  knownWords ??= new KnownWordHashes();
  return knownWords;
}

/** The process-wide checker for a dialect. */
export const spellCheckerFor = memoize((dialect: Dialect) => new SpellChecker(dialect));
