import { memoize } from '../memo.js';
import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';
import { hasReviewCue } from './article-kind.js';
import type { Block, ProseDocument, Sentence } from '../prose/types.js';
import { extendHash, wordHash } from '../words/edits.js';
import { shippedWordIndex, type WordIndex } from '../words/word-index.js';
import { lexicon as innStems } from './inn-stems.generated.js';
import { lexicon as innPrefixStems } from './inn-prefix-stems.generated.js';
import { ContextMatcher } from './context-match.js';
import { PhraseMatcher } from './phrases.js';
import { lexicon as remedyLexicon } from './remedy-cues.generated.js';
import { findDesignCues } from './study-design.js';
import { lexicon as treatmentLexicon } from './treatments.generated.js';
import { lexicon as vaccineTargetLexicon } from './vaccine-targets.generated.js';
import { wordSpans } from './word-spans.js';

/**
 * Treatment detection (RULES.md, missing-regulatory-status): drugs from Drugs@FDA and WHO INN
 * stems, the common drugs, biologics, supplements, devices, procedures and therapies in
 * `treatments.yml`, and "X therapy / infusion / injection / supplement" phrases. Lifestyle
 * practices (diet, exercise, fasting, sleep) and foods are found too, marked `lifestyle` and
 * `food`, so that callers can tell them apart.
 */
export type TreatmentKind =
  'drug' | 'biologic' | 'supplement' | 'device' | 'procedure' | 'test' | 'psychotherapy' | 'lifestyle' | 'food';

export interface TreatmentMatch {
  /** What the mentions of one treatment share: the drug word when there is one ("ketamine"), else the phrase. */
  key: string;
  kind: TreatmentKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
  /** How it was recognised. */
  via: 'lexicon' | 'drug-list' | 'inn-stem' | 'phrase';
  /** A class or general word ("antidepressants", "supplements", "vaccines") rather than one named product. */
  generic: boolean;
  /** A class of medicines with a shared profile ("statins", "ACE inhibitors"), which an article can be about, unlike "the drug". */
  drugClass: boolean;
  /** A standard procedure or long-prescribed therapy ("bariatric surgery", "HRT") that readers know they can get. */
  established: boolean;
}

export interface TreatmentMention extends TreatmentMatch {
  block: Block;
  sentence: Sentence;
  /** The article reports work in animals or cells (its headline or opening says so): a compound, not yet a treatment. */
  animalOrLab: boolean;
}

/**
 * What kind of intervention a mention is, as an editor sorts them (JUDGING.md): a medical
 * treatment (drug, biologic, device, procedure, talking therapy), a supplement, a food, a
 * lifestyle practice, a diagnostic test or screening, or a compound studied only in animals or
 * cells. Editors agree that a medical treatment owes readers its harms and status; for the other
 * classes reasonable editors differ, so rules leave them out unless an option asks for them.
 */
export type InterventionClass = 'medical' | 'supplement' | 'food' | 'lifestyle' | 'test' | 'animal-or-lab';

export function interventionClassOf(mention: Pick<TreatmentMention, 'kind' | 'animalOrLab'>): InterventionClass {
  if (mention.animalOrLab) return 'animal-or-lab';
  switch (mention.kind) {
    case 'supplement':
    case 'food':
    case 'lifestyle':
    case 'test':
      return mention.kind;
    default:
      return 'medical';
  }
}

/**
 * Treatments with a status a reader needs (RULES.md: "a drug, biologic, supplement, device or
 * procedure sold or prescribed"): approved, off-label, experimental, over the counter, offered
 * only in trials or at a few centres. Tests and scans, talking therapies and lifestyle practices
 * are not remedies with a licence to state (JUDGING.md: a scan or a measurement is `not_remedy`).
 */
export function isRegulatedKind(kind: TreatmentKind): boolean {
  return kind === 'drug' || kind === 'biologic' || kind === 'supplement' || kind === 'device' || kind === 'procedure';
}

const lexiconMatcher = new ContextMatcher(treatmentLexicon);
const cueMatcher = new PhraseMatcher(remedyLexicon.filter((entry) => entry.kind === 'cue'));
const conditionMatcher = new PhraseMatcher(remedyLexicon.filter((entry) => entry.kind === 'condition'));

/** Nouns that make the word before them a treatment: "ketamine infusion", "collagen supplements". */
const headNouns: Record<string, TreatmentKind> = {
  therapy: 'drug',
  therapies: 'drug',
  infusion: 'drug',
  infusions: 'drug',
  injection: 'drug',
  injections: 'drug',
  pill: 'drug',
  pills: 'drug',
  tablet: 'drug',
  tablets: 'drug',
  capsule: 'drug',
  capsules: 'drug',
  lozenge: 'drug',
  lozenges: 'drug',
  cream: 'drug',
  creams: 'drug',
  ointment: 'drug',
  ointments: 'drug',
  patch: 'device',
  patches: 'device',
  implant: 'device',
  implants: 'device',
  supplement: 'supplement',
  supplements: 'supplement',
  vaccine: 'biologic',
  vaccines: 'biologic',
  jab: 'biologic',
  jabs: 'biologic',
  device: 'device',
  devices: 'device',
};

/**
 * Words before a head noun that say which or how, not what: "this therapy", "new pills", "daily
 * injections"; and verbs and common words with a substance's ending ("a trial to Determine
 * Therapies", "Combine Treatments", "routine care", "online therapy"), which the ending test
 * (`isTreatmentName`) would take for a drug or hormone.
 */
const notTreatmentNames = new Set(
  `a an the this that these those such its their his her our your my any some many more most other new novel
  current existing standard usual traditional conventional alternative same first second one two three several
  daily weekly monthly regular single repeated weekly further additional effective proven safe experimental
  promising potential possible combination combined long-term short-term oral intravenous iv low-dose high-dose
  available approved of for to in with and or as by on at from after before than who which what not no
  determine examine combine define refine decline undermine imagine outline obtain contain maintain retain
  sustain explain begin someone everyone alone done online routine baseline frontline discipline`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Drugs@FDA words, from `dictionaries/fda-drug-names.txt`, each tagged ingredient (an active
 * ingredient), brand (a word of a product name) or term (a salt or modifier).
 */
export function fdaDrugWords(): WordIndex {
  return shippedWordIndex('fda-drug-names.txt');
}

/**
 * The INN stem a lower-case word ends with, if it looks like a generic drug name. Asked for
 * every word of every article (treatments and spelling), so answers are kept per word.
 */
export function innStemOf(word: string): { stem: string; kind: TreatmentKind } | undefined {
  return stemsByWord(word) ?? undefined;
}

const stemsByWord = memoize((word: string) => findInnStem(word) ?? null, 100_000);

/** "non-statin users", "anti-inflammatory", "pre-treatment": a prefix that says it is not the drug. */
const notDrugPrefix = /^(?:non|anti|pre|post|un|semi|pseudo|hdl|ldl)-/;

/**
 * The last three letters of every stem (each has three or more): a word ending otherwise has no
 * stem, which one look-up tells instead of trying all ~80 stems. Most words asked about are not drugs.
 */
const stemEndings = new Set(innStems.flatMap((entry) => entry.match.map((suffix) => suffix.slice(-3))));
const shortestStem = Math.min(...innStems.flatMap((entry) => entry.match.map((suffix) => suffix.length)));

function findInnStem(whole: string): { stem: string; kind: TreatmentKind } | undefined {
  if (notDrugPrefix.test(whole)) return undefined;
  // "HDL-cholesterol" is cholesterol: a hyphenated word is judged by its last part.
  const word = whole.includes('-') ? whole.slice(whole.lastIndexOf('-') + 1) : whole;
  if (shortestStem >= 3 && !stemEndings.has(word.slice(-3))) return undefined;
  for (const entry of innStems) {
    if (word.length < entry.minLength || (entry.except as readonly string[]).includes(word)) continue;
    const stem = entry.match.find((suffix) => word.endsWith(suffix));
    if (stem) return { stem, kind: entry.kind as TreatmentKind };
  }
  return undefined;
}

/**
 * The INN prefix stem a lower-case word opens with ("nal" of "nalfurafine"), when it is long
 * enough (`inn-prefix-stems.yml`). A prefix says less than an ending: the spelling rule asks too
 * that no known word be one edit away.
 */
export function innPrefixStemOf(word: string): string | undefined {
  for (const entry of innPrefixStems) {
    if (word.length < entry.minLength || (entry.except as readonly string[]).includes(word)) continue;
    const stem = entry.match.find((prefix) => word.startsWith(prefix));
    if (stem) return stem;
  }
  return undefined;
}

/** Whether a word names a drug: Drugs@FDA ingredient or brand, or a generic name by its INN stem. */
export function drugKindOf(word: string): TreatmentKind | undefined {
  return factsOf(word).drug;
}

/** What treatment detection asks of one word, found once per word as written. */
interface WordFacts {
  lower: string;
  /** The drug kind, when it names a drug. */
  drug: TreatmentKind | undefined;
  /** Listed by Drugs@FDA (rather than recognised by its INN stem). */
  listed: boolean;
  /** The kind a head noun ("infusion", "supplements") gives the word before it. */
  head: TreatmentKind | undefined;
  /** Names an operation by its ending ("thrombectomy", "nephrectomy", "angioplasty"). */
  procedure: boolean;
}

/** Every word of every article is asked about, most of them often. */
const factsOf = memoize((word: string): WordFacts => {
  const lower = word.toLowerCase();
  const tag = fdaDrugWords().tagOf(lower);
  return {
    lower,
    drug: tag === 'ingredient' || tag === 'brand' ? 'drug' : innStemOf(lower)?.kind,
    listed: tag !== undefined,
    head: Object.hasOwn(headNouns, lower) ? headNouns[lower] : undefined,
    procedure: namesProcedure(lower),
  };
}, 100_000);

/**
 * Surgical word endings: "-ectomy" (cutting out), "-ostomy" (an opening), "-otomy" (cutting
 * into), "-plasty" (repair). The lexicon lists the common operations; an article about a rarer
 * one ("thrombectomy", "nephrectomy", "kyphoplasty") names it with the same ending.
 */
const procedureEndings = ['ectomy', 'ectomies', 'ostomy', 'ostomies', 'otomy', 'otomies', 'plasty', 'plasties'];
const procedureEnding = new RegExp(`(?:${procedureEndings.join('|')})$`);
/** `namesProcedure` asks for more letters than this. */
const longestNonProcedure = 7;
const notProcedures = new Set(['dichotomy', 'dichotomies']);

function namesProcedure(lower: string): boolean {
  return lower.length > longestNonProcedure && procedureEnding.test(lower) && !notProcedures.has(lower);
}

/**
 * The shortest word `factsOf` can find anything for: Drugs@FDA words have four letters or more,
 * INN stems need seven, a procedure word eight, and the shortest head noun is "jab" (test/language/treatments.test.ts
 * holds the lists to it).
 */
export const shortestFactWord = 3;

/**
 * Whether `factsOf` may find something for the word from `start` to `end` of a text: false only
 * when it certainly finds nothing, told from the word's letters without making a string. About
 * 97 % of an article's words of three letters or more are ruled out here, so that most words cost
 * a hash over their letters and a probe of a small table instead of a string and a look-up in the
 * per-word table, a `Map` of up to 100,000 words (~0.6 µs a word in the profile). A word is kept
 * when its lower-case hash may be a Drugs@FDA word's or is a head noun's, or when it is long
 * enough for an INN stem or an operation and ends in the last three letters of one. A word with a
 * letter beyond ASCII, whose lower case `toLowerCase` decides, is always kept.
 */
export function mayHaveFacts(text: string, start: number, end: number): boolean {
  let hash = 0;
  for (let at = start; at < end; at++) {
    let code = text.charCodeAt(at);
    if (code >= 0x80) return true;
    if (code >= 65 && code <= 90) code += 32; // A–Z, as `toLowerCase` lowers them.
    hash = extendHash(hash, code);
  }
  knownWordBits ??= bitsOfKnownWords();
  const bit = filterBit(hash);
  if ((knownWordBits[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
    fdaIndex ??= fdaDrugWords();
    if (fdaIndex.mayHoldHash(hash) || headNounHashes.has(hash)) return true;
  }
  if (end - start < shortestEndingWord) return false;
  return shortestStem < 3 || factEndings.has(endingKey(text, end));
}

let fdaIndex: WordIndex | undefined;
/**
 * One bit per value of a hash's low 16 bits (folded), set for every Drugs@FDA word and head noun:
 * a word whose bit is clear is neither. The 8 KB stay in the first-level cache, where probing the
 * drug list's table costs a cache miss for each of the ~1 million words a run asks about (~45 ms
 * of a bench run in profiles); with ~6,500 words about one in ten bits is set.
 */
let knownWordBits: Uint32Array | undefined;

function filterBit(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

function bitsOfKnownWords(): Uint32Array {
  const bits = new Uint32Array(0x10000 / 32);
  const mark = (hash: number): void => {
    const bit = filterBit(hash);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  };
  fdaIndex ??= fdaDrugWords();
  fdaIndex.forEachKeyHash(mark);
  for (const hash of headNounHashes) mark(hash);
  return bits;
}
const headNounHashes = new Set(Object.keys(headNouns).map((noun) => wordHash(noun)));
/** The fewest letters a word needs for an INN stem (`minLength`) or an operation's ending. */
const shortestEndingWord = Math.min(longestNonProcedure + 1, ...innStems.map((entry) => entry.minLength));

/** The last three characters before `end`, all ASCII, folded to lower case, as one number. */
function endingKey(text: string, end: number): number {
  return (
    (lowerAscii(text.charCodeAt(end - 3)) << 14) |
    (lowerAscii(text.charCodeAt(end - 2)) << 7) |
    lowerAscii(text.charCodeAt(end - 1))
  );
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The last three letters of every INN stem and operation ending (`stemEndings`, `procedureEnding`). */
const factEndings = new Set(
  [...stemEndings, ...procedureEndings.map((ending) => ending.slice(-3))]
    .filter((ending) => ending.length === 3 && [...ending].every((character) => character.charCodeAt(0) < 0x80))
    .map((ending) => endingKey(ending, 3)),
);

/**
 * Every treatment or practice named in a text, longest match first where they overlap, in order.
 * Kept per text (do not change what it returns): rules ask about the same blocks and sentences.
 */
export const findTreatments: (text: string) => readonly TreatmentMatch[] = memoize(findTreatmentsIn, 5_000);

/** Where a word ends without its possessive ("Alzheimer's" → "Alzheimer"), without a regular expression: it runs for every word. */
function endWithoutPossessive(text: string, start: number, end: number): number {
  if (end - start < 2 || (text.charCodeAt(end - 1) | 32) !== 115 /* s */) return end;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? end - 2 : end;
}

/** The word at `index` of `wordSpans`, if there is one: made only for a treatment word's neighbours. */
function wordAt(text: string, spans: readonly number[], index: number): { text: string; start: number } | undefined {
  if (index < 0 || 2 * index >= spans.length) return undefined;
  const start = spans[2 * index] as number;
  return { text: text.slice(start, spans[2 * index + 1]), start };
}

function findTreatmentsIn(text: string): TreatmentMatch[] {
  const found: TreatmentMatch[] = [];
  for (const match of lexiconMatcher.matchAll(text)) {
    const kind = match.entry.kind as TreatmentKind;
    const generic = 'generic' in match.entry && match.entry.generic === true;
    const established = 'established' in match.entry && match.entry.established === true;
    const drugClass = 'drugClass' in match.entry && match.entry.drugClass === true;
    found.push({
      key: keyOf(match.text),
      kind,
      start: match.start,
      end: match.end,
      text: match.text,
      via: 'lexicon',
      generic,
      drugClass,
      established,
    });
  }
  // Words as offsets, made strings only where one may name a treatment (`mayHaveFacts`) or is
  // its neighbour: this runs for every sentence and block of a run.
  const spans = wordSpans(text);
  for (let at = 0; at < spans.length; at += 2)
    spans[at + 1] = endWithoutPossessive(text, spans[at] as number, spans[at + 1] as number);
  for (let index = 0; index < spans.length / 2; index++) {
    const wordStart = spans[2 * index] as number;
    const end = spans[2 * index + 1] as number;
    // A third of an article's words are one or two letters long ("a", "of", "is"): none names a
    // drug, a procedure or is a head noun, so they skip the look-up, and so do most others.
    if (end - wordStart < shortestFactWord || !mayHaveFacts(text, wordStart, end)) continue;
    const word = { text: text.slice(wordStart, end), start: wordStart };
    const facts = factsOf(word.text);
    if (facts.drug && !isPersonName(text, wordAt(text, spans, index - 1), word, wordAt(text, spans, index + 1))) {
      found.push({
        key: facts.lower,
        kind: facts.drug,
        start: word.start,
        end,
        text: word.text,
        via: facts.listed ? 'drug-list' : 'inn-stem',
        generic: false,
        drugClass: false,
        established: false,
      });
    }
    if (facts.procedure && !facts.drug) {
      found.push({
        key: singular(facts.lower),
        kind: 'procedure',
        start: word.start,
        end,
        text: word.text,
        via: 'lexicon',
        generic: false,
        drugClass: false,
        established: false,
      });
    }
    const headKind = facts.head;
    if (!headKind) continue;
    const modifier = wordAt(text, spans, index - 1);
    if (!modifier) continue;
    const between = text.slice(modifier.start + modifier.text.length, word.start);
    // "Human papillomavirus (HPV) vaccine": an acronym in brackets names the vaccine too.
    const vaccineTarget = headKind === 'biologic' && /^\)?\s+$/.test(between) && namesVaccineTarget(modifier.text);
    if (!vaccineTarget && !/^\s+$/.test(between)) continue;
    // A lexicon phrase right before the head noun names it: "vitamin D supplement", "TMS device".
    const named = found.find((match) => match.via === 'lexicon' && match.end === modifier.start + modifier.text.length);
    if (!named && !isTreatmentName(modifier.text) && !vaccineTarget && !namesProduct(text, modifier, headKind))
      continue;
    const start = named?.start ?? modifier.start;
    const phrase = text.slice(start, end);
    const kind = drugKindOf(modifier.text) ?? named?.kind ?? headKind;
    const generic = named?.generic === true && !drugKindOf(modifier.text);
    const key =
      named && (!named.generic || named.drugClass)
        ? named.key
        : keyOf(`${text.slice(start, modifier.start)}${modifier.text} ${word.text}`);
    const established = named?.established === true && !drugKindOf(modifier.text);
    const drugClass = generic && named?.drugClass === true;
    found.push({ key, kind, start, end, text: phrase, via: 'phrase', generic, drugClass, established });
  }
  return resolveOverlaps(found).filter((match) => !isMeasurementOrAddress(text, match));
}

/**
 * A capitalised word that is a person's name where it stands: a surname after a first name or
 * an initial ("Ronald Evans", "Michael J. Evans": Drugs@FDA lists Evans blue), or a first name
 * after a title or before a surname or a middle initial ("Dr. Brian Healy", "Brian Healy said", "Brian C. Healy": a name that a drug
 * list or an INN ending would take for a drug). "Amarin's Vascepa" and "FDA Approves Keytruda"
 * keep their drug.
 */
function isPersonName(
  text: string,
  previous: { text: string; start: number } | undefined,
  word: { text: string; start: number },
  next: { text: string; start: number } | undefined,
): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || !personNames().has(word.text)) return false;
  if (previous) {
    const between = text.slice(previous.start + previous.text.length, word.start);
    if (between === '. ' && /^\p{Lu}$/u.test(previous.text)) return true;
    if (/^\.? $/.test(between) && personTitles.has(previous.text)) return true;
    if (between === ' ' && personNames().has(previous.text)) return true;
  }
  if (!next || text.slice(word.start + word.text.length, next.start) !== ' ') return false;
  // "Brian C. Healy": a first name before a middle initial and a surname.
  if (/^\p{Lu}$/u.test(next.text) && /^\. \p{Lu}/u.test(text.slice(next.start + 1, next.start + 4))) return true;
  return /^\p{Lu}\p{Ll}/u.test(next.text) && personNames().has(next.text) && !drugKindOf(next.text);
}

/** Titles before a person's name. */
const personTitles = new Set(['Dr', 'Drs', 'Prof', 'Professor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Dame', 'Rev']);

function personNames(): WordIndex {
  return shippedWordIndex('person-names.txt', 'lower-first');
}

/** "Testosterone levels", "vitamin D intake", "insulin resistance": what is measured, not what is given. */
const measuredAfter =
  /^[\s-]+(?:levels?|concentrations?|receptors?|resistance|sensitivity|deficiency|deficiencies|production|secretion|signall?ing|status|intake|metabolism|pathways?|molecules?|genes?|expression|content|in the blood|in their blood|binding)\b/iu;
const measuredBefore =
  /\b(?:blood|serum|plasma|urinary|urine|circulating|endogenous|natural|low|high|higher|lower|elevated|raised)\s+$/iu;

/**
 * "Sleep apnea", "peanut allergy", "sleep problems": a practice or food word naming a condition;
 * "weight loss drug", "diet pills": naming what a treatment is for. Neither is the practice.
 */
const conditionOrPurposeAfter =
  /^[\s-]+(?:apnoea|apnea|allerg(?:y|ies|ic)|disorders?|disturbances?|problems?|deprivation|drugs?|pills?|medications?|medicines?|surgery|surgeries|operations?|devices?|implants?|injections?)\b/iu;

/**
 * "Opioid use disorder", "the opioid crisis", "drug overdoses", "benzodiazepine dependence": a
 * substance named as the condition it causes, not the treatment given.
 */
const substanceConditionAfter =
  /^[\s-]+(?:use disorders?|use problems?|addictions?|dependence|dependency|abuse|misuse|overdoses?|crisis|crises|epidemic|withdrawal|poisonings?|overuse)\b/iu;

/** A measurement, a condition or purpose named by a practice word, or a piece of a web address ("latimes.com/health/boostershots/…"). */
function isMeasurementOrAddress(text: string, match: TreatmentMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 24), match.start);
  const after = text.slice(match.end, match.end + 30);
  if (/[/.]$/u.test(before) && /\S$/u.test(before)) return true;
  // "Non-opioid solutions", "a non-drug approach": what is named is what is not given.
  if (/\bnon-$/iu.test(before)) return true;
  if (/^[/.]\p{L}/u.test(after) || /^\/|^\.(?:com|org|net|html?)\b/iu.test(after)) return true;
  if (match.kind === 'lifestyle' || match.kind === 'food') return conditionOrPurposeAfter.test(after);
  if (match.kind === 'procedure' || match.kind === 'psychotherapy') return false;
  if (substanceConditionAfter.test(after)) return true;
  return measuredAfter.test(after) || (match.via !== 'phrase' && measuredBefore.test(before));
}

/**
 * Whether the word before "therapy", "infusion", "pill"… names what is given: a substance-like
 * noun ("hormone", "plasma", "collagen") rather than a description ("aggressive", "maintenance",
 * "dummy", "portable"). Without a part-of-speech tagger, substance nouns are told by their endings.
 */
function isTreatmentName(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^\p{L}+$/u.test(lower) || notTreatmentNames.has(lower)) return false;
  if (/(?:ive|al|ic|ous|ful|less|able|ible|ary|ing|ed|ly|ent|ant|ate)$/.test(lower)) return false;
  return /(?:ine|ol|ide|in|one|ium|gen|ase|oid|mone|plasma|cell|cells|acid|oxide|oil|toxin|venom|extract|peptide|protein|ozone|oxygen)$/.test(
    lower,
  );
}

/** Words before a device that say what kind, not which one: "Medical devices", "Wearable devices". */
const descriptiveEnding = /(?:ive|al|ic|ous|ful|less|able|ible|ary|ing|ed|ly|ent|ant|ate|er|ers)$/;

/**
 * "The Watchman device", "a Freespira device": a capitalised name right before a device or
 * implant, not at the start of a sentence, names the product ("Medical devices" at a sentence's
 * start does not; nor does a describing word such as "Wearable" or "Scientific").
 */
function namesProduct(text: string, modifier: { text: string; start: number }, headKind: TreatmentKind): boolean {
  if (headKind !== 'device') return false;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(modifier.text) || notTreatmentNames.has(modifier.text.toLowerCase())) return false;
  if (descriptiveEnding.test(modifier.text)) return false;
  return /\p{Ll},?\s+(?:the\s+|a\s+|an\s+)?$/u.test(text.slice(Math.max(0, modifier.start - 30), modifier.start));
}

/**
 * "HPV vaccine", "flu jab", "COVID vaccines", "the p53 vaccine": a vaccine named by what it protects
 * against or the protein it trains the body to attack (an acronym, a condition, or a protein code such
 * as "p53" or "p16") is one product with a status, unlike "vaccines" in general.
 */
function namesVaccineTarget(word: string): boolean {
  return (
    /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(word) ||
    proteinCode.test(word) ||
    vaccinePreventable.has(word.toLowerCase()) ||
    conditionMatcher.matchAll(word).length > 0
  );
}

/** Infections a vaccine is named after that the list of conditions leaves out (`vaccine-targets.yml`). */
const vaccinePreventable: ReadonlySet<string> = new Set(
  vaccineTargetLexicon.flatMap((entry) => entry.match.map((name) => name.toLowerCase())),
);

/** "p53", "p16", "p21": a protein named by a lower-case letter and its weight in kilodaltons. */
const proteinCode = /^p\d{1,3}$/u;

/** Where matches overlap, the longer wins; a drug word inside it names the treatment ("ketamine infusion" → ketamine). */
function resolveOverlaps(found: TreatmentMatch[]): TreatmentMatch[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TreatmentMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.via === 'drug-list' || match.via === 'inn-stem') {
        if (last.kind !== 'lifestyle') last.key = match.key;
        if (last.via === 'phrase') last.kind = match.kind;
        last.generic = false;
        last.drugClass = false;
        last.established = false;
      } else if (last.via === 'phrase') {
        last.kind = match.kind; // "exercise therapy" is exercise; "gene therapy" a biologic.
      }
      continue;
    }
    kept.push({ ...match });
  }
  return kept;
}

let controlledKeys: Set<string> | undefined;

/**
 * "Marijuana", "MDMA", "magic mushrooms": a drug whose legal status is its status (`controlled` in
 * `treatments.yml`), by key. An ordinary dictionary lists some of them, which does not tell readers
 * they can get them.
 */
export function isControlledSubstance(key: string): boolean {
  controlledKeys ??= new Set(
    treatmentLexicon
      .filter((entry) => 'controlled' in entry && entry.controlled === true)
      .flatMap((entry) => entry.match.map((phrase) => keyOf(phrase))),
  );
  return controlledKeys.has(key);
}

/** "Ketamine infusions" and "ketamine infusion" are one treatment. */
function keyOf(phrase: string): string {
  const lower = phrase
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/['’]s$/, '');
  const drug = lower.split(' ').find((word) => drugKindOf(word) !== undefined);
  return drug ?? singular(lower);
}

/** "Therapies" → "therapy", "scans" → "scan", "patches" → "patch"; leaves "mindfulness", "hypnosis", "virus" alone. */
function singular(phrase: string): string {
  if (/ies$/.test(phrase)) return phrase.replace(/ies$/, 'y');
  // "Nicotine patches" is the nicotine patch another mention calls it, not a "patche".
  if (/(?:ch|sh|x)es$/.test(phrase)) return phrase.slice(0, -2);
  return phrase.length > 4 && /(?<!s|u|i)s$/.test(phrase) ? phrase.slice(0, -1) : phrase;
}

const mentionsByDocument = new WeakMap<readonly Block[], TreatmentMention[]>();

/**
 * Every treatment mention in the article, in reading order, with its block and sentence.
 * Computed once per document: several rules ask.
 */
export function treatmentMentions(document: Pick<ProseDocument, 'blocks'>): TreatmentMention[] {
  const cached = mentionsByDocument.get(document.blocks);
  if (cached) return cached;
  const mentions: TreatmentMention[] = [];
  const animalOrLab = opensOnAnimalOrLabWork(document);
  for (const block of document.blocks) {
    // Only a one-sentence block's text is asked about again (as its sentence, by the safety
    // checks): a longer block's text is kept for nothing, and its key costs a hash over the whole
    // paragraph (9 in 10 of the memo's calls missed when every block went through it).
    const find = block.sentences.length === 1 ? findTreatments : findTreatmentsIn;
    for (const match of find(block.text)) {
      const sentence = block.sentences.find(
        (candidate) => match.start >= candidate.start && match.start < candidate.end,
      );
      if (sentence) mentions.push(mentionOf(match, block, sentence, animalOrLab));
    }
  }
  mentionsByDocument.set(document.blocks, mentions);
  return mentions;
}

/**
 * A match with where it stands, every property written out: `{ ...match, block, sentence }` cost
 * ~3 µs a mention (V8 copies a spread followed by more properties in its runtime), this a tenth of
 * that. `satisfies` makes a property added to `TreatmentMatch` an error here, not one left out.
 */
function mentionOf(match: TreatmentMatch, block: Block, sentence: Sentence, animalOrLab: boolean): TreatmentMention {
  return {
    key: match.key,
    kind: match.kind,
    start: match.start,
    end: match.end,
    text: match.text,
    via: match.via,
    generic: match.generic,
    drugClass: match.drugClass,
    established: match.established,
    block,
    sentence,
    animalOrLab,
  } satisfies Record<keyof TreatmentMention, unknown>;
}

/**
 * Whether the article reports work in animals or cells: its headline or opening paragraph (the
 * first two blocks) says so ("Mice regrow brain tissue", "in human cells in the lab"). Its
 * treatments are compounds years from patients, whose harms and status nobody knows yet.
 */
function opensOnAnimalOrLabWork(document: Pick<ProseDocument, 'blocks'>): boolean {
  return document.blocks
    .slice(0, 2)
    .some((block) => findDesignCues(block.text).some((cue) => cue.kind === 'animal' || cue.kind === 'laboratory'));
}

/**
 * Whether a sentence presents a treatment as a remedy: it has a healing cue ("treats",
 * "relieves", "effective") or offers the treatment "for" a named condition, or gives it to
 * the people who have one (`givenToPatientsWith`).
 */
export function presentsAsRemedy(
  sentenceText: string,
  treatment?: { start: number; end: number; kind?: TreatmentKind },
): boolean {
  const { cue, condition } = remedyWording(sentenceText);
  if (cue) return !treatment || nearestToACue(sentenceText, treatment);
  if (!condition) return false;
  if (!treatment) return /\b(?:for|against)\b/i.test(sentenceText);
  const after = sentenceText.slice(treatment.end, treatment.end + 60);
  if (offeredFor.test(after)) return true;
  return treatment.kind !== undefined && !isPractice(treatment.kind) && givenToPatientsWith.test(after);
}

/** Lifestyle practices and foods: what people do or eat, not what is given to them. */
function isPractice(kind: TreatmentKind): boolean {
  return kind === 'lifestyle' || kind === 'food';
}

const offeredFor = /^\s+(?:for|against|to (?:treat|help|manage|prevent))\b/i;

/**
 * "Administering stem cells into patients with erectile dysfunction", "statins in people with
 * heart disease": a treatment given to the people who have the condition is offered for it, as
 * "for" would say. Only right after the treatment, so "patients with depression who had taken
 * aspirin" (the treatment after the condition, as a history) stays background. Only for what is
 * given (medicines, biologics, devices, procedures, supplements, tests): a practice or a food "in
 * people with asthma" is what a study watched them do or eat, an exposure, not a remedy handed over.
 */
const givenToPatientsWith =
  /^\s+(?:in|into|to)\s+(?:[\p{L}-]+\s+)?(?:patients|people|adults|children|men|women)\s+(?:with|who have|who had|suffering from)\b/iu;

/**
 * "Compared with surgery", "versus haloperidol", "rather than statins", "unlike flu vaccines": the
 * comparator, not the remedy. So is the yardstick of an equivalence ("work as well as opioids",
 * "works 40 percent as well as Viagra", "as effective as surgery", "Chinese herbs equal to Tamiflu", "may reduce fever just as well as Tamiflu"),
 * and what a remedy is offered in place of ("an alternative to cortisone injection"); a bare "as well
 * as" is "and".
 */
const comparatorBefore =
  /\b(?:(?:work(?:s|ed|ing)?|perform(?:s|ed|ing)?|do(?:es)?|did|doing)\s+(?:(?:just|about|nearly|almost|equally|roughly|\d+(?:\.\d+)?\s*(?:percent|per cent|%))\s+){0,2}as well as|as (?:effective(?:ly)?|good|safe|successful|beneficial) as|compared (?:with|to|against)|compar(?:ed|ing) \S+(?: \S+)? (?:with|to|against|versus)|versus|vs\.?|than|unlike|instead of|rather than|as opposed to|or to|against|(?:equal|equivalent|comparable|superior|inferior|non-?inferior) to|alternatives? to|on par with|(?:just|equally|nearly|almost) as well as)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/**
 * "Delaying the need for knee replacement", "spared unnecessary surgery", "can skip chemo", "cut
 * the rate of blood transfusion", "less likely to need oral steroids for an attack": what the remedy
 * saves patients from, or the outcome it is measured by, not the remedy; "combined with hormone therapy", "sensitizing tumors to
 * chemotherapy": the standard treatment the remedy is added to; so is "the current two-drug regimen of
 * peginterferon and ribavirin", the backbone a new drug joins.
 */
const avoidedBefore =
  /\b(?:avoid(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|skip(?:s|ped|ping)?|forgo(?:es|ing|ne)?|need for|needing|likely to (?:need|require)|rates? of|risk of|instead of|combined with|in combination with|in addition to|on top of|sensiti[sz](?:e|es|ed|ing) (?:[\p{L}-]+ ){0,2}to|(?:effectiveness|efficacy) of (?:an? |the )?standard(?:-of-care)?|(?:current|standard|existing|usual|conventional)\s+(?:[\p{L}\p{N}-]+\s+)?(?:regimen|therapy|treatment|combination)\s+(?:of|with)|(?:current|standard|existing|usual|conventional|traditional)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:treatments|therapies|drugs|medications|medicines),?\s+(?:such as|like|including))\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/** Whether a mention stands as the comparator of a study or claim, or as what the remedy avoids, rather than the remedy. */
export function isComparator(sentenceText: string, treatment: { start: number }): boolean {
  const before = sentenceText.slice(Math.max(0, treatment.start - 80), treatment.start);
  // Both patterns are tried at every offset of the 80 characters; most texts before a mention hold none of their words.
  const lower = lowerCaseForLiteralTests(before);
  if (lower !== undefined && !comparatorOrAvoidedWords(lower)) return false;
  return (
    comparatorBefore.test(before) ||
    avoidedBefore.test(before) ||
    (standardBefore.test(before) && generalWordAt.test(sentenceText.slice(treatment.start, treatment.start + 12)))
  );
}

/**
 * "Standard heart attack medications, such as aspirin", "current HDL-boosting drugs": a general word
 * for what is given now is the standard of care the article sets its remedy against (as are the
 * drugs it names as examples, `avoidedBefore`), not the remedy.
 */
const standardBefore = /\b(?:current|standard|existing|usual|conventional|traditional)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;
const generalWordAt = /^(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?)\b/i;

/** A word or phrase that `comparatorBefore` or `avoidedBefore` needs, in lower case (one of them must be there). */
const comparatorOrAvoidedWords = holdsAnyOf([
  // comparatorBefore
  'compar', 'versus', 'vs', 'than', 'unlike', 'instead of', 'opposed to', 'or to', 'against', 'as well as',
  'effective as', 'effectively as', 'good as', 'safe as', 'successful as', 'beneficial as',
  'equal to', 'equivalent to', 'comparable to', 'superior to', 'inferior to', 'alternative', 'on par with',
  'just as well as', 'equally well as', 'nearly as well as', 'almost as well as',
  // avoidedBefore
  'avoid', 'delay', 'postpon', 'spar', 'skip', 'forgo', 'need', 'likely to', 'rate', 'risk of', 'combin', 'addition to',
  'on top of', 'sensiti', 'effectiveness of', 'efficacy of', 'current', 'standard', 'existing', 'usual',
  'conventional', 'traditional',
]); // prettier-ignore

/** "The review found no evidence it works", "the drug flopped": a treatment reported as failing is not promoted. */
const failed =
  /\b(?:no (?:good |clear |convincing |beneficial |statistically significant |significant |real |survival )?(?:evidence|benefit|improvement|effect|difference|boost|advantage|gain)|not enough evidence|(?:did|does|do)(?: not|n[’']t) (?:find|see|show) (?:any |clear |convincing |good |an? )?(?:evidence|benefit|improve\w*|difference|advantage)|(?:have|has|had) not (?:been )?shown|(?:did|does|do|was|were|is|are|may|might|could|will|would)(?: not|n[’']t) (?:\p{L}+ )?(?:effective|improve|help|reduce|work|benefit|beneficial|prevent|better|lower|slow)|fail(?:s|ed)?(?: to)?|flopped|(?:do|does|did|would do) little(?: if any)? good|absence of evidence|no better than|ineffective|no more effective|did no better)\b/iu;

const remediesByDocument = new WeakMap<readonly Block[], TreatmentMention[]>();

/**
 * The mentions that present a treatment to readers as a remedy, in reading order: the sentence
 * offers it for a condition or with a healing cue, does not report it failing ("found no
 * benefit"), and it is not described as research. Research is a comparator ("compared with haloperidol"), animal or laboratory work (a paragraph about
 * mice or cells), or an article written as a review of the evidence ("this review", "we
 * included 12 trials"), which weighs treatments rather than promoting one. Computed once per
 * document: both treatment rules and the scorecard ask.
 */
export function remedyMentions(document: Pick<ProseDocument, 'blocks'>): TreatmentMention[] {
  const cached = remediesByDocument.get(document.blocks);
  if (cached) return cached;
  const remedies: TreatmentMention[] = [];
  const mentions = treatmentMentions(document);
  // An article that names no treatment has no remedy, whatever its kind: its cues need not be read.
  if (mentions.length > 0 && !hasReviewCue(document)) {
    const researchBlocks = new Map<Block, boolean>();
    const reportsFailure = new SentenceFailures();
    const failedInLede = failedInOpening(mentions, reportsFailure);
    for (const mention of mentions) {
      const offsets = { start: mention.start - mention.sentence.start, end: mention.end - mention.sentence.start };
      const text = mention.sentence.text;
      if (failedInLede.has(mention.key)) continue;
      if (
        !presentsAsRemedy(text, { ...offsets, kind: mention.kind }) ||
        isComparator(text, offsets) ||
        reportsFailure.of(mention.sentence)
      )
        continue;
      let research = researchBlocks.get(mention.block);
      if (research === undefined) {
        research = findDesignCues(mention.block.text).some((cue) => cue.kind === 'animal' || cue.kind === 'laboratory');
        researchBlocks.set(mention.block, research);
      }
      if (!research) remedies.push(mention);
    }
  }
  remediesByDocument.set(document.blocks, remedies);
  return remedies;
}

/**
 * Treatments the headline or opening paragraph reports failing ("Omega-3 margarines fail to help
 * in heart study"): the article is about the failure, so its later mentions of the treatment
 * ("has been shown in earlier studies to help") do not promote it (JUDGING.md: `not_promoted`).
 */
function failedInOpening(mentions: readonly TreatmentMention[], reportsFailure: SentenceFailures): Set<string> {
  const keys = new Set<string>();
  for (const mention of mentions) {
    if (mention.block.index > 1) break;
    if (reportsFailure.of(mention.sentence)) keys.add(mention.key);
  }
  return keys;
}

/**
 * "Surgery works when radiation therapy has failed", "for patients who failed two earlier drugs", "covered
 * if three other antidepressants fail": a failure inside a clause of condition or time is the setting of
 * a second-line (salvage) treatment, which the sentence promotes, not a report that a treatment failed.
 * A failure told as what happened ("after the drug failed to beat placebo", past tense after "after")
 * still counts.
 */
const settingFailure =
  /\b(?:(?:if|when|whenever|once|until|after)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:fails?|ha(?:s|ve|d)\s+failed)|(?:who|whose)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:fail(?:s|ed)?|ha(?:s|ve|d)\s+failed))\b/giu;

/** Whether a sentence reports a treatment failing, leaving out the failures that set the scene for another. */
function reportsFailureIn(sentenceText: string): boolean {
  if (!failed.test(sentenceText)) return false;
  if (!/fail/i.test(sentenceText)) return true;
  return failed.test(sentenceText.replace(settingFailure, (found) => ' '.repeat(found.length)));
}

/**
 * Whether each sentence reports a treatment failing, read once per sentence: a sentence often names
 * several treatments (or one several times), and the `failed` pattern scans the whole sentence.
 */
class SentenceFailures {
  private readonly answers = new Map<Sentence, boolean>();

  of(sentence: Sentence): boolean {
    let answer = this.answers.get(sentence);
    if (answer === undefined) {
      answer = reportsFailureIn(sentence.text);
      this.answers.set(sentence, answer);
    }
    return answer;
  }
}

/**
 * "FES significantly helped McGlynn and Bush to walk", "it helped her sleep again": a treatment
 * that helps named people (or him, her, them) get back a body's function is offered as a remedy.
 * Only with such a person and such a verb: "helped design the trial", "helped them to plan the
 * study" are work, not healing. Names are capitalised, so the pattern is case-sensitive but for "help".
 */
const helpedPeopleTo =
  /\b[Hh]elp(?:s|ed|ing)?\s(?:him|her|them|me|us|\p{Lu}\p{Ll}[\p{L}'’-]{0,20}(?:\s(?:and|&)\s\p{Lu}\p{Ll}[\p{L}'’-]{0,20})?)\s(?:to\s)?(?:(?:effectively|better|again|finally)\s)?(?:walk|stand|breathe|sleep|see|hear|speak|talk|eat|swallow|move|heal|recover|regain|survive)\b/gu;

/**
 * Whether a sentence has a healing cue, and if not whether it names a condition (a cue settles
 * `presentsAsRemedy`, so the conditions are not searched for then); cached, since every mention in it asks.
 */
const remedyWording = memoize((sentenceText: string) => {
  const cues: { start: number; end: number }[] = cueMatcher.matchAll(sentenceText);
  for (const match of sentenceText.matchAll(helpedPeopleTo))
    cues.push({ start: match.index, end: match.index + match[0].length });
  const cue = cues.length > 0;
  return { cue, cues, condition: !cue && conditionMatcher.matchAll(sentenceText).length > 0 };
}, 10_000);

/**
 * Whether a treatment is the one a healing cue in its sentence is about: the treatment nearest
 * to some cue, or one listed with it ("aspirin, ibuprofen and naproxen relieve pain"). "Regular
 * painkillers work as well as opioids", "lidocaine cream, combined with sugar, relieves pain",
 * "reminder packs improve adherence, as pill counts of statins showed": a sentence names
 * comparators, add-ons and outcomes beside its remedy, and the cue does not make them remedies
 * too (issue #13: the wrong treatment picked as the promoted one). Comparators, add-ons, and food
 * or lifestyle words beside a medical treatment do not compete for the cue.
 */
function nearestToACue(sentenceText: string, treatment: { start: number; end: number }): boolean {
  const agents = cueAgentsOf(sentenceText);
  if (agents.found.length <= 1) return true;
  const self = agents.found.find((candidate) => candidate.start === treatment.start);
  if (!self) return true;
  const medicalSelf = isMedical(self);
  // A comparator asked about is no remedy anyway (`remedyMentions`); weigh it against the others as they stand.
  if (!agents.candidates.includes(self)) {
    const rivals = [self, ...agents.candidates.filter((candidate) => !medicalSelf || isMedical(candidate))].sort(
      (a, b) => a.start - b.start,
    );
    return rivals.length <= 1 || acceptedAgents(sentenceText, rivals, agents.cues).has(self.start);
  }
  const accepted = medicalSelf ? agents.medical : agents.all;
  return accepted === undefined || accepted.has(self.start);
}

function isMedical(candidate: TreatmentMatch): boolean {
  return candidate.kind !== 'lifestyle' && candidate.kind !== 'food';
}

interface CueAgents {
  found: readonly TreatmentMatch[];
  /** The treatments that are not comparators, which compete for the cues. */
  candidates: readonly TreatmentMatch[];
  cues: readonly { start: number; end: number }[];
  /** The starts of the treatments the cues are about, among all candidates and among medical ones (undefined: one or none competes). */
  all: ReadonlySet<number> | undefined;
  medical: ReadonlySet<number> | undefined;
}

/** Which treatments of a sentence its cues are about, worked out once per sentence (every mention in it asks). */
const cueAgentsOf = memoize((sentenceText: string): CueAgents => {
  const found = findTreatments(sentenceText);
  const { cues } = remedyWording(sentenceText);
  if (found.length <= 1) return { found, candidates: found, cues, all: undefined, medical: undefined };
  const candidates = found.filter((candidate) => !isComparator(sentenceText, candidate));
  const medical = candidates.filter(isMedical);
  return {
    found,
    candidates,
    cues,
    all: candidates.length > 1 ? acceptedAgents(sentenceText, candidates, cues) : undefined,
    medical: medical.length > 1 ? acceptedAgents(sentenceText, medical, cues) : undefined,
  };
}, 5_000);

/** The starts of the treatments some cue is about, with those listed together with them. */
function acceptedAgents(
  sentenceText: string,
  rivals: readonly TreatmentMatch[],
  cues: readonly { start: number; end: number }[],
): Set<number> {
  const accepted = new Set<number>();
  for (const cue of cues) {
    const agent = agentOfCue(sentenceText, rivals, cue);
    if (!agent) continue;
    const at = rivals.indexOf(agent);
    let first = at;
    while (first > 0 && listed(sentenceText, rivals[first - 1] as TreatmentMatch, rivals[first] as TreatmentMatch))
      first -= 1;
    let last = at;
    while (
      last + 1 < rivals.length &&
      listed(sentenceText, rivals[last] as TreatmentMatch, rivals[last + 1] as TreatmentMatch)
    )
      last += 1;
    for (let index = first; index <= last; index += 1) accepted.add((rivals[index] as TreatmentMatch).start);
  }
  return accepted;
}

/** Words that join the items of a list: "aspirin, ibuprofen and naproxen", "statins or fibrates". */
const listJoin = /^(?:\s|,|and\b|or\b|plus\b|such as\b|including\b|like\b|\(|\))*$/i;

/** Whether two treatments next to each other stand in one list, with nothing but list words between them. */
function listed(sentenceText: string, one: TreatmentMatch, next: TreatmentMatch): boolean {
  const gap = sentenceText.slice(one.end, next.start);
  return gap.length <= 24 && listJoin.test(gap);
}

/** "Benefit from", "treated with", "relieved by": a cue whose treatment comes after it. */
const agentAfter = /^\s+(?:from|with|by|using|via)\b/i;

/** Where a clause starts: "researchers found that …", "…; the drug …", "X, which …". */
const clauseBreak = /[;:]|\b(?:but|while|whereas|although|though|that|which|who|because)\b|, and\b/gi;

/**
 * The treatment a cue is about: its subject, the first treatment of the cue's clause before it
 * ("dexamethasone given before surgery reduced confusion", "lidocaine cream, combined with sugar,
 * can help relieve pain"), else the nearest before it; not the object after it ("relieving
 * vaccination pain", "reduce the need for surgery"). The first after it when a preposition hands
 * the cue on ("benefit from statins") or none stands before it.
 */
function agentOfCue(
  sentenceText: string,
  rivals: readonly TreatmentMatch[],
  cue: { start: number; end: number },
): TreatmentMatch | undefined {
  let clauseStart = 0;
  for (const found of sentenceText.slice(0, cue.start).matchAll(clauseBreak))
    clauseStart = found.index + found[0].length;
  let subject: TreatmentMatch | undefined;
  let before: TreatmentMatch | undefined;
  let after: TreatmentMatch | undefined;
  for (const candidate of rivals) {
    if (candidate.start < cue.end && candidate.end > cue.start) return candidate;
    if (candidate.end <= cue.start) {
      before = candidate;
      if (!subject && candidate.start >= clauseStart) subject = candidate;
    } else if (!after) after = candidate;
  }
  if (after && agentAfter.test(sentenceText.slice(cue.end, cue.end + 12))) return after;
  return subject ?? before ?? after;
}

/** Condition names in a text ("depression", "heart disease"), for messages that say what a remedy is for. */
export function findConditions(text: string): { start: number; end: number; text: string }[] {
  return conditionMatcher.matchAll(text).map(({ start, end, text: found }) => ({ start, end, text: found }));
}
