import { lexicon } from '../language/combining-forms.generated.js';
import { lexicon as compoundEndings } from '../language/compound-name-endings.generated.js';
import { isSlipOfKnown, isTypingSlip } from './typing-slips.js';
import { editText, latinLetters, visitEdits } from '../words/edits.js';
import { americanSpelling } from './variants.js';
import { lexicon as runTogetherWords } from '../language/run-together-words.generated.js';
import { lexicon as unitNames } from '../language/unit-names.generated.js';

/**
 * Word building the Hunspell dictionaries do not list: a prefix or medical combining form on a
 * known word ("anti" + "platelet", "haemo" + "dialysis", "immuno" + "suppressive"), or a combining
 * form with a medical suffix ("cardi" + "itis", "urethro" + "plasty"). The rest must be at least
 * five letters, so "un" + "till" and "mis" + "pell" stay misspellings.
 */
const prefixes = lexicon
  .filter((entry) => !('kind' in entry) && entry.id !== 'chemical-prefixes')
  .flatMap((entry) => entry.match as readonly string[])
  .sort((a, b) => b.length - a.length);
/** "di", "des", "nor" also start everyday typos ("disapling"), so they only go on chemical names. */
const chemicalPrefixes = [...(lexicon.find((entry) => entry.id === 'chemical-prefixes')?.match ?? [])].sort(
  (a, b) => b.length - a.length,
);
const suffixes = new Set(
  lexicon.filter((entry) => 'kind' in entry).flatMap((entry) => entry.match as readonly string[]),
);
const medicalForms = new Set<string>(lexicon.find((entry) => entry.id === 'medical-combining-forms')?.match ?? []);
/** Forms before a suffix that starts with a vowel lose their own: "gastr" + "itis", "urethr" + "otomy". */
const suffixStems = [...medicalForms]
  .flatMap((form) => (/[aeiou]$/.test(form) ? [form, form.slice(0, -1)] : [form]))
  .sort((a, b) => b.length - a.length);

const minimumRest = 5;

/**
 * The word starts of a list by first letter, in the list's order: a word is tried only against
 * the starts it can have (a few of the ~470 prefixes and forms), as most words it is asked about
 * are built from none.
 */
function byFirstLetter(starts: readonly string[]): Map<string, readonly string[]> {
  const lists = new Map<string, string[]>();
  for (const start of starts) {
    const list = lists.get(start.charAt(0));
    if (list) list.push(start);
    else lists.set(start.charAt(0), [start]);
  }
  return lists;
}

const none: readonly string[] = [];
const prefixesByLetter = byFirstLetter(prefixes);
const chemicalPrefixesByLetter = byFirstLetter(chemicalPrefixes);
const suffixStemsByLetter = byFirstLetter(suffixStems);

const allPrefixes = new Set<string>([
  ...prefixes,
  ...chemicalPrefixes,
  ...medicalForms,
  'pre',
  're',
  'un',
  'co',
  'de',
  'non',
  'self',
  'socio',
]);

/** Whether a part is a medical suffix of the combining forms ("itis", "ectomy", "plasty"). */
export function isMedicalSuffix(part: string): boolean {
  return suffixes.has(part.toLowerCase());
}

/** Whether a hyphenated part is a prefix ("pre" in "pre-emptive", "naso" in "naso-gastric"), never a word of its own. */
export function isPrefix(part: string): boolean {
  return allPrefixes.has(part.toLowerCase());
}

/**
 * Whether a lower-case word is built from known parts; `isKnown` answers for whole words and
 * `isChemical` for drug and compound names ("amphetamine", "artemisinin").
 */
export function isDerivedWord(
  word: string,
  isKnown: (candidate: string) => boolean,
  isChemical: (candidate: string) => boolean = () => false,
  depth = 0,
): boolean {
  if (depth > 2 || word.length < minimumRest + 2) return false;
  const letter = word.charAt(0);
  for (const prefix of chemicalPrefixesByLetter.get(letter) ?? none) {
    if (
      word.startsWith(prefix) &&
      word.length - prefix.length >= minimumRest &&
      isChemical(word.slice(prefix.length))
    ) {
      return true;
    }
  }
  for (const prefix of prefixesByLetter.get(letter) ?? none) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length).replace(/^-/, '');
    if (rest.length >= minimumRest && (isKnown(rest) || isDerivedWord(rest, isKnown, isChemical, depth + 1))) {
      return true;
    }
  }
  for (const stem of suffixStemsByLetter.get(letter) ?? none) {
    if (word.startsWith(stem) && hasMedicalSuffix(word.slice(stem.length), isKnown, isChemical, depth)) return true;
  }
  return false;
}

/** "itis" after "cardi", or "o" + "plasty" after "urethr"; also a second form: "cholecyst" + "ectomy". */
function hasMedicalSuffix(
  rest: string,
  isKnown: (candidate: string) => boolean,
  isChemical: (candidate: string) => boolean,
  depth: number,
): boolean {
  if (suffixes.has(rest) || (rest.startsWith('o') && suffixes.has(rest.slice(1)))) return true;
  return depth < 2 && rest.length >= 6 && isDerivedWord(rest, isKnown, isChemical, depth + 1);
}

const izeFamily = /^(.{3,}?)(is|iz)(e|es|ed|ing|er|ers|ation|ations|able)$/;
const nounEndings = /(?:ion|ment|ity|ism|ist|er|or|ure|ance|ence)$/;
const verbPrefixes = /^(?:de|re|un|para|pre)/;

/**
 * Productive word building in one dialect: -ise (en-GB) or -ize (en-US) verbs and their forms
 * on a known stem ("daemon" → "daemonise", "serial" → "deserialize", "synthesise" →
 * "synthesiser"), plurals of known nouns ("colouration" → "colourations", "infarction" → "infarctions", "mortality" →
 * "mortalities"), and in en-GB the
 * British medical spelling of a known American word ("hypernatraemia"). Only the dialect's own
 * ending counts, so "realize" stays wrong in en-GB.
 */
export function isDialectDerivation(
  word: string,
  dialect: 'en-US' | 'en-GB',
  isKnown: (candidate: string) => boolean,
): boolean {
  // "hypernatraemia", "oesophagitis": a British medical spelling of a known American word.
  if (dialect === 'en-GB') {
    const american = americanSpelling(word);
    if (american !== undefined && isKnown(american)) return true;
  }
  const verb = izeFamily.exec(word);
  if (verb && verb[2] === (dialect === 'en-GB' ? 'is' : 'iz')) {
    const stem = verb[1] as string;
    const bases = [stem, stem.replace(verbPrefixes, '')];
    if (bases.some((base) => base.length >= 4 && (isKnown(base) || isKnown(`${base}${verb[2]}e`)))) return true;
  }
  // "mortalities", "morbidities": the plural of a known noun in -ity.
  if (word.endsWith('ities') && isKnown(`${word.slice(0, -3)}y`)) return true;
  return word.endsWith('s') && nounEndings.test(word.slice(0, -1)) && isKnown(word.slice(0, -1));
}

/**
 * Whether a lower-case word ends as a compound's name does ("tivanisiran", "zotarolimus",
 * "teixobactin", "salsalate"): endings of `compound-name-endings.yml`, which no English word has.
 */
export function hasCompoundNameEnding(word: string): boolean {
  for (const entry of compoundEndings) {
    if (word.length < entry.minLength || (entry.except as readonly string[]).includes(word)) continue;
    if (entry.match.some((ending) => word.endsWith(ending))) return true;
  }
  return false;
}

/**
 * Suffixes that build a word from a known one in a single regular step, with the base spelled
 * out: "-ation", "-ator" and "-able" on an "-ate" verb ("intubate" → "intubation", "evaluate" →
 * "evaluable"); "-ally" on an "-ic" adjective ("endoscopically"); "-ly"
 * and "-ity" on an "-ar" or "-al" one ("molecularly", "suicidality"); "-ability" on "-able"
 * ("generalizability"); "-ly" on an "-ive" one ("electively"); "-ist" for who practises a "-y"
 * ("otoscopy" → "otoscopist"); "-ic" for the adjective of an "-ia" condition and back
 * ("dysmorphophobia" → "dysmorphophobic", "dysmorphic" → "dysmorphia"); and the plural of an "-al"
 * or "-ic" adjective used as a noun ("topicals", "biologicals", "ophthalmics"). Never a bare "-er", "-able" or "-ly" on any word: "beginer",
 * "forgetable" and "basicly" are typos of exactly that shape; nor "-ated" on an "-ate" word
 * ("determinated", "immediated").
 */
export function isSuffixDerivation(word: string, isKnown: (candidate: string) => boolean): boolean {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (singular !== word && adjectiveNoun.test(singular) && isKnown(singular)) return true;
  for (const [suffix, base] of suffixSteps) {
    if (!singular.endsWith(suffix)) continue;
    const stem = singular.slice(0, -suffix.length);
    if (stem.length >= minimumSuffixStem && isKnown(stem + base)) return true;
  }
  return false;
}

/** Adjectives English uses as countable nouns ("topicals", "biologicals", "antivirals", "ophthalmics"). */
const adjectiveNoun = /.{5}(?:al|ic)$/;

/** Short stems make typos of other words: "ingration" from "ingrate", "formated" from "formate". */
const minimumSuffixStem = 5;

/** A suffix and what the base word ends with in its place. */
const suffixSteps: readonly [string, string][] = [
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['able', 'ate'],
  ['ically', 'ic'],
  ['arly', 'ar'],
  ['ality', 'al'],
  ['arity', 'ar'],
  ['ability', 'able'],
  ['ively', 'ive'],
  ['ist', 'y'],
  // "hospitalist", "proceduralist", "intensivist": a specialist named after a known word in -al or -ive.
  ['alist', 'al'],
  ['ivist', 'ive'],
  ['ic', 'ia'],
  ['ia', 'ic'],
];

/**
 * Whether a lower-case word reads as a closed compound of two everyday words ("bloodwork",
 * "jumpstart", "countertops", "procedureless", "undereye"): the first of four letters or more and
 * not a plural, the second short (up to five letters, as compound heads and suffix-like words are:
 * "work", "line", "less"), neither a function word in any reading. A space lost between longer
 * words ("starkcontrast", "acidsfound") or beside a function word ("oftheir", "withdrawl" as
 * "with" + "drawl") is no compound. The caller still rejects a word one edit from a known one
 * ("keyhold", "carefull").
 */
export function isClosedCompound(
  word: string,
  isEverydayWord: (candidate: string) => boolean,
  isFunctionWord: (candidate: string) => boolean,
): boolean {
  if (word.length < minimumCompound || !/^[a-z]+$/.test(word)) return false;
  let compound = false;
  for (let split = 1; split < word.length; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if (isFunctionWord(head) || isFunctionWord(tail)) {
      if (isEverydayWord(head) && isEverydayWord(tail)) return false;
      if (isFunctionWord(head) && isEverydayWord(tail)) return false;
      if (isFunctionWord(tail) && isEverydayWord(head)) return false;
      continue;
    }
    if (head.length < minimumCompoundHead || tail.length < minimumCompoundPart || tail.length > maximumCompoundTail) {
      continue;
    }
    if (!head.endsWith('s') && isEverydayWord(head) && isEverydayWord(tail)) compound = true;
  }
  return compound;
}

const minimumCompound = 6;

/**
 * Whether a lower-case word is a closed compound of two common words English compounds freely
 * ("bloodwork": "blood" heads "bloodstream" and "bloodshed", "work" ends "homework" and
 * "paperwork"; see `compound-parts.txt`), the first free as a head and the second as a tail, each of
 * four letters or more. A slip that happens to split into two words seldom splits into two such
 * words: "bearword" ("bear" heads few compounds), "severless" ("less" is a suffix), "backtic"
 * ("tic" is three letters).
 */
export function isCompoundOfFreeParts(
  word: string,
  isFreePart: (part: string, place: 'head' | 'tail') => boolean,
): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  for (let split = minimumFreePart; split <= word.length - minimumFreePart; split++) {
    if (isFreePart(word.slice(0, split), 'head') && isFreePart(word.slice(split), 'tail')) return true;
  }
  return false;
}

/** The shortest part `compound-parts.txt` lists. */
const minimumFreePart = 4;
const minimumCompoundPart = 3;
/** Short heads make phrases run together more often than compounds: "badword", "hotdrink". */
const minimumCompoundHead = 4;
const maximumCompoundTail = 5;

/**
 * "unreassuring", "resuturing", "prequalified", "coinvestigator", "nonpaid", "deconditioned", "postrace": an
 * everyday prefix, written closed, on a known word of five letters or more (four after a prefix of four). Shorter rests make
 * typos of other words ("untill", "coment"). "De" opens so many everyday words that their
 * misspellings read as "de" on a word ("desided", "derectory", "decleared"): a "de-" word is one
 * only when no known word is one edit away but at its first letter ("deconditioned" beside
 * "reconditioned": the prefixes differ there, a slip seldom does).
 */
export function isEverydayPrefixed(word: string, isKnown: (candidate: string) => boolean): boolean {
  for (const prefix of everydayPrefixes) {
    const minimum =
      prefix === 'under' || prefix === 'over'
        ? minimumRestAfterDegreePrefix
        : prefix.length >= 4 || prefix === 'non'
          ? minimumRestAfterLongPrefix
          : minimumRest;
    if (!word.startsWith(prefix) || word.length - prefix.length < minimum || !isKnown(word.slice(prefix.length))) {
      continue;
    }
    // "nonskin", "nonfood": "non" on a word of four, unless the whole is a typist's slip of a known word.
    if (prefix === 'non' && word.length - prefix.length < minimumRest && isTypingSlip(word, isKnown)) continue;
    // "de" starts typos of words in "de-" ("determinated"); "deworming" is no typist's slip of
    // "deforming" ("w" and "f" are far apart), so only a slip a typist makes rules the word out.
    // "mid" and "tele" open fewer words, but a slip of one still reads better than the prefix.
    if (!slipCheckedPrefixes.has(prefix) || !isSlipOfKnown(word, isKnown)) return true;
  }
  return false;
}

/**
 * Prefixes English writes closed on a known word. "mid" marks a point in a span of time or place
 * ("midchildhood", "midgestation", "midtreatment"), "tele" care at a distance ("teledermatology",
 * "telerehabilitation", "telemonitoring"): both open words medical prose builds as it needs them.
 */
const everydayPrefixes = [
  'un',
  're',
  'pre',
  'co',
  'non',
  'de',
  'post',
  'over',
  'under',
  'anti',
  'semi',
  'multi',
  'mid',
  'tele',
];

/** Prefixes whose words a typist's slip of a known word reads better (see {@link isEverydayPrefixed}). */
const slipCheckedPrefixes = new Set(['de', 'mid', 'tele']);

/**
 * A prefix of four letters or more rarely ends a typo of another word, so it takes a rest of
 * four ("postrace", "overdose" built as "over" + "dose"); "out" stays out ("outsite" for "outside").
 * So does "non", whose words are seldom a slip of another ("nonskin", "nonfood"), unless they are one.
 */
const minimumRestAfterLongPrefix = 4;

/**
 * "under" and "over" say how much of a thing ("underuse", "overeat", "underfed"): on a known word
 * of three letters they make a word, unless the whole is a typist's slip of a known one.
 */
const minimumRestAfterDegreePrefix = 3;

/**
 * "zygomaticotemporal", "temporomandibular", "sternocostal": two anatomical or medical words
 * joined by the combining vowel "o", the first often without its ending ("tempor" of "temporal").
 * The first must be a known word with one of the endings English drops before "o" ("-al", "-ar",
 * "-ic", "-e", "-y", "-um", "-us", "-a") or none, of five letters or more, and the second a known
 * word of five letters or more; the whole at least twelve letters. The caller rules out a word
 * one edit from a known one and two words run together ("videoediting").
 */
export function isCombiningFormCompound(word: string, isKnown: (candidate: string) => boolean): boolean {
  if (word.length < 12) return false;
  for (let index = 5; index <= word.length - 6; index++) {
    if (word[index] !== 'o') continue;
    const first = word.slice(0, index);
    if (!isKnown(word.slice(index + 1))) continue;
    if (droppedEndings.some((ending) => (first + ending).length >= 5 && isKnown(first + ending))) return true;
  }
  return false;
}

const droppedEndings = ['', 'al', 'ar', 'ic', 'e', 'y', 'um', 'us', 'a'];

/**
 * "bedwetters", "rebooter", "caregivers": the doer of what a known "-ing" word names, written with
 * "-er" on the same stem. A misspelled stem is no "-ing" word either ("beginer" beside "begining",
 * "swimers" beside "swiming"), so the "-ing" form vouches for the spelling of the stem; unless the
 * doer is known in "-or" ("accelerater" for "accelerator").
 */
export function isAgentNoun(word: string, isKnown: (candidate: string) => boolean): boolean {
  const agent = /^(\p{Ll}{5,})ers?$/u.exec(word);
  if (agent === null || !isKnown(`${agent[1]!}ing`)) return false;
  // "accelerater", "activaters": the doer is known in "-or" ("accelerator"), so "-er" is its slip.
  return !isKnown(`${agent[1]!}or`);
}

/**
 * "engraftment", "embedments": the noun English makes with "-ment" of a known verb built with "en-"
 * or "em-" ("engraft", "embed"), five letters or more; other stems make slips ("expirement",
 * "armorment") more often than words. The caller rejects a word one edit from a known one: "arguement" is
 * "argue" + "ment", and a slip of "argument".
 */
export function isMentNoun(word: string, isKnown: (candidate: string) => boolean): boolean {
  const noun = /^(e[nm]\p{Ll}{3,})ments?$/u.exec(word);
  return noun !== null && isKnown(noun[1]!);
}

/**
 * "lasering": a known countable noun of five letters or more (its plural is known too) used as a
 * verb, "-ing" added to it unchanged, or in place of its final "e" ("imbalancing", where no known
 * word is one edit away: not "advicing"). Not when the noun is already a verb's form or its doer
 * ("accelerator", "lacker", "using", "known", "supply", "suggests"), nor when the whole is a
 * typist's slip of a known word: a letter left out, swapped or struck on a neighbouring key
 * ("refering" for "referring") or one too many ("finnishing", "usinging").
 */
export function isVerbedWord(word: string, isKnown: (candidate: string) => boolean): boolean {
  const verb = /^(\p{Ll}{5,})ing$/u.exec(word);
  if (verb === null) return false;
  const stem = verb[1]!;
  // "imbalancing": a noun in "-e" drops it before "-ing", as verbs in "-e" do ("balance", "balancing").
  const noun = isKnown(stem) ? stem : `${stem}e`;
  if (verbFormEnding.test(stem) || !isKnown(noun) || !isKnown(`${noun}s`) || isDoerNoun(noun, isKnown)) return false;
  // With the "e" dropped, the noun is a guess: a known word one edit away by any edit, far keys
  // too, is the likelier target ("advicing" for "advising", "c" written by ear for "s").
  if (noun !== stem && visitEdits(word, latinLetters, (_hash, edit) => isKnown(editText(edit)))) return false;
  return !isTypingSlip(word, isKnown) && !hasExtraLetter(word, isKnown);
}

/**
 * Endings of words that are verbs' forms already, or take "-ing" otherwise: "write" → "writing",
 * "supply" → "supplying", "snapshot" → "snapshotting" (a short vowel before a stop doubles it).
 */
const verbFormEnding = /(?:e|y|s|ed|ing|en|[^aeiou][aeiou][bdgkpt])$/u;

/** "accelerator" (of "accelerate"), "lacker" (of "lack"): the doer of a known verb. */
function isDoerNoun(noun: string, isKnown: (candidate: string) => boolean): boolean {
  if (noun.endsWith('or')) return isKnown(`${noun.slice(0, -2)}e`) || isKnown(noun.slice(0, -2));
  return noun.endsWith('er') && isKnown(noun.slice(0, -2));
}

/** Whether leaving out one letter of a word makes a known word: "finnishing" for "finishing". */
function hasExtraLetter(word: string, isKnown: (candidate: string) => boolean): boolean {
  for (let index = 0; index < word.length; index++) {
    if (isKnown(word.slice(0, index) + word.slice(index + 1))) return true;
  }
  return false;
}

/** Function words, which take no plural ("alls", "amongs" are slips) and no closed compound holds ("oftheir" is a lost space). */
export const functionWords = new Set<string>(runTogetherWords.find((entry) => entry.id === 'function-words')?.match);

/** Plurals already, which take no "-s" ("womens" is a slip of "women's"). */
const irregularPlurals = new Set([
  'people',
  'feet',
  'teeth',
  'geese',
  'mice',
  'lice',
  'data',
  'media',
  'criteria',
  'phenomena',
  'bacteria',
]);

/**
 * "flus", "glutens": the plural in "-s" of a known noun of three letters or more that the
 * dictionaries list without one (Hunspell leaves the plural off nouns seldom counted). Not after an
 * ending that takes "-es" or "-ies" ("approachs", "academys"), nor on a plural already ("womens",
 * "childrens"), an adverb ("absolutelys"), an adjective ("olds") or a function word ("froms"). The caller rejects a word
 * whose letters are swapped from a known one.
 */
export function isPluralOfKnownNoun(word: string, isKnown: (candidate: string) => boolean): boolean {
  const plural = /^(\p{Ll}{3,})s$/u.exec(word);
  if (plural === null) return false;
  const noun = plural[1]!;
  if (/(?:s|x|z|ch|sh|[^aeiou]y|ly|ed|men|ren)$/u.test(noun)) return false;
  if (functionWords.has(noun) || irregularPlurals.has(noun) || !isKnown(noun)) return false;
  return !isGradableAdjective(noun, isKnown);
}

/**
 * "old" (oldest), "large" (largest), "big" (biggest): an adjective with a superlative, which takes
 * no plural ("olds" away from "year olds" is a slip).
 */
function isGradableAdjective(word: string, isKnown: (candidate: string) => boolean): boolean {
  if (word.endsWith('e')) return isKnown(`${word}st`);
  return isKnown(`${word}est`) || isKnown(`${word}${word.at(-1)!}est`);
}

/**
 * "sneezy", "pluggy", "tooty": the informal adjective English makes of a known noun of four letters
 * or more with "-y" (its final "e" dropped, a last consonant doubled). Not when "-ly" in place of the
 * "y" makes a known word ("abrupty" is "abruptly" with a letter dropped, "accidenty" "accidentally"). The caller rejects a word
 * whose letters are swapped from a known one.
 */
export function isNounAdjective(word: string, isKnown: (candidate: string) => boolean): boolean {
  const adjective = /^(\p{Ll}{4,})y$/u.exec(word);
  if (adjective === null) return false;
  const stem = adjective[1]!;
  if (stem.endsWith('l') || stem.endsWith('y')) return false;
  if (isKnown(`${stem}ly`) || isKnown(`${stem}ily`) || isKnown(`${stem}ally`)) return false;
  const doubled = stem.length >= 5 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
  return isKnown(stem) || isKnown(`${stem}e`) || (doubled !== undefined && isKnown(doubled));
}

const siPrefixes: readonly string[] = unitNames.find((entry) => entry.id === 'si-prefixes')?.match ?? [];
const units = new Set<string>(unitNames.find((entry) => entry.id === 'unit-names')?.match ?? []);

/**
 * "milligray", "microsieverts", "kilobecquerel": a decimal prefix written closed on a unit's name,
 * in the singular or the plural (see `unit-names.yml`). The caller rules out a typist's slip of a
 * known word.
 */
export function isPrefixedUnit(word: string): boolean {
  for (const prefix of siPrefixes) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (units.has(rest) || (rest.endsWith('s') && units.has(rest.slice(0, -1)))) return true;
  }
  return false;
}

/**
 * The medical suffixes that make a condition, a finding or a procedure of any term
 * ("thyroxin" + "emia", "ketone" + "uria", "tendon" + "itis"), unlike those that only follow a
 * combining form ("-gram", "-scope", "-ism" also end everyday words).
 */
const termSuffixes = [
  'aemia',
  'emia',
  'aemic',
  'emic',
  'uria',
  'itis',
  'osis',
  'pathy',
  'algia',
  'penia',
  'megaly',
  'ectomy',
  'otomy',
  'ostomy',
  'plasty',
  'scopy',
].filter((suffix) => suffixes.has(suffix));

/** A term this long at least takes a medical suffix: shorter stems make everyday typos ("slopeitis"). */
const minimumTermLength = 6;

/**
 * "thyroxinemia", "hypothyroxinemia", "ketonuria": a known term of six letters or more with a medical
 * suffix, its final "e" or the combining "o" dropped or added as medical words do, after a prefix or
 * combining form or none. The caller rules out a word one edit from a known one.
 */
export function isSuffixedTerm(word: string, isKnown: (candidate: string) => boolean): boolean {
  if (hasTermSuffix(word, isKnown)) return true;
  for (const prefix of prefixesByLetter.get(word.charAt(0)) ?? none) {
    if (word.startsWith(prefix) && hasTermSuffix(word.slice(prefix.length), isKnown)) return true;
  }
  return false;
}

function hasTermSuffix(word: string, isKnown: (candidate: string) => boolean): boolean {
  for (const suffix of termSuffixes) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    const stems = stem.endsWith('o') ? [stem, stem.slice(0, -1)] : [stem];
    for (const candidate of stems.flatMap((form) => [form, `${form}e`])) {
      if (candidate.length >= minimumTermLength && isKnown(candidate)) return true;
    }
  }
  return false;
}

/**
 * Regular endings English puts on a known word, each with the end of the word it replaces: "-ies"
 * and "-ied" on a word in "-y" ("gummy" → "gummies"), "-es", "-s", "-ed" ("speed" → "speeded"),
 * and the "-ee" of the person a verb acts on ("design" → "designee"). Not "-d" on a word in "-e":
 * the large lists make it of nouns ("licenced", a British error for "licensed") and of verbs with
 * a past of their own ("freezed"), as often as of adjectives ("teenaged").
 */
const regularEndings: readonly (readonly [ending: string, replaced: string])[] = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', ''],
  ['ed', ''],
  ['ee', ''],
  ['s', ''],
];

/**
 * How many letters of a lower-case word are a regular ending on a known word of three letters or
 * more (`regularEndings`, as English spells them: see `fitsEnding`): 3 for "gummies" ("gummy"), 2 for
 * "speeded" and "designee"; 0 when the word is no such form. The longest ending that leaves a known word wins.
 */
export function regularEndingLength(word: string, isKnown: (candidate: string) => boolean): number {
  for (const [ending, replaced] of regularEndings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const base = stem + replaced;
    if (base.length < 3 || !fitsEnding(stem, ending) || !isKnown(base)) continue;
    return ending.length;
  }
  return 0;
}

/**
 * Whether English spells this ending on this stem: "-es" after a hissing sound or "o" ("boxes",
 * not "prolonges"), "-ies" and "-ied" after a consonant ("gummies", not "plaies"), "-ed" on a stem
 * not in "e" ("speeded").
 */
function fitsEnding(stem: string, ending: string): boolean {
  if (ending === 'es') return /(?:s|x|z|ch|sh|o)$/u.test(stem);
  if (ending === 'ies' || ending === 'ied') return /[^aeiou]$/u.test(stem);
  if (ending === 'ed') return !stem.endsWith('e');
  return true;
}
