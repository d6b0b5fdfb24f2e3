import { memoize } from '../memo.js';
import { ContextMatcher, wordsAfter, wordsBefore } from './context-match.js';
import { objectIsHealthOutcome } from './claim-parties.js';
import { lexicon } from './claim-strength.generated.js';
import { findHedges, type HedgeCue } from './hedges.js';
import { findNegations, isNegatedAt } from './negation.js';

/**
 * How strongly a sentence claims a relationship, after Yu, Li & Wang (2019): `none` (no claim),
 * `correlational` (“is associated with”), `conditional-causal` (a hedged causal claim, “may
 * reduce”) or `direct-causal` (“reduces”, “is effective”). Negation does not weaken a claim
 * (“does not improve” is still a direct causal claim); `negated` says whether it is denied.
 */
export type ClaimStrength = 'none' | 'correlational' | 'conditional-causal' | 'direct-causal';

export const claimStrengths: readonly ClaimStrength[] = [
  'none',
  'correlational',
  'conditional-causal',
  'direct-causal',
];

export interface ClaimCue {
  id: string;
  kind: 'causal' | 'association' | 'comparison' | 'non-claim';
  start: number;
  end: number;
  text: string;
}

export interface ClaimAnalysis {
  strength: ClaimStrength;
  /** 0–3, the corpus coding of `strength`. */
  score: 0 | 1 | 2 | 3;
  causal: ClaimCue[];
  /** Association and comparison cues. */
  correlational: ClaimCue[];
  /** Speculation hedges that make a causal claim conditional. */
  hedges: HedgeCue[];
  /** Whether the first causal cue is negated (“does not cure”). */
  negated: boolean;
}

const matcher = new ContextMatcher(lexicon);

/**
 * Every cue in a text, in order. Kept per text (do not change what it returns): the efficacy and
 * causal checks both read every sentence's cues.
 */
export const findClaimCues: (text: string) => readonly ClaimCue[] = memoize(findClaimCuesIn, 5_000);

function findClaimCuesIn(text: string): readonly ClaimCue[] {
  return matcher.matchAll(text).map((found) => ({
    id: found.entry.id,
    kind: found.entry.kind as ClaimCue['kind'],
    start: found.start,
    end: found.end,
    text: found.text,
  }));
}

/** The causal, association and comparison cues a sentence claims, before any hedge is read. */
function claimedCues(sentence: string): { causal: ClaimCue[]; association: ClaimCue[]; comparison: ClaimCue[] } {
  const cues = findClaimCues(sentence);
  // Causal words after a question or recommendation (“studies are needed to test whether it
  // reduces …”) are not claimed; nor are purpose infinitives (“interventions to reduce …”).
  const firstNonClaim = cues.find((cue) => cue.kind === 'non-claim')?.start ?? Number.POSITIVE_INFINITY;
  const causal = cues.filter(
    (cue) => cue.kind === 'causal' && cue.start < firstNonClaim && !isPurpose(sentence, cue.start),
  );
  const association = cues.filter((cue) => cue.kind === 'association' && cue.start < firstNonClaim);
  const comparison = cues.filter((cue) => cue.kind === 'comparison' && cue.start < firstNonClaim);
  return { causal, association, comparison };
}

/** Classifies one sentence. */
export function analyseClaim(sentence: string): ClaimAnalysis {
  const { causal, association, comparison } = claimedCues(sentence);
  // “Suggests” and “indicates that” report a finding; in Yu et al.'s coding they leave a
  // causal claim direct (“X reduces Y, a study suggests”). Modal hedges make it conditional.
  const hedges = findHedges(sentence).filter(
    (cue) => cue.kind === 'speculation' && cue.id !== 'suggest' && cue.id !== 'indicate-that',
  );
  const firstCausal = causal[0];
  const negated = firstCausal ? isNegatedAt(sentence, firstCausal.start, findNegations(sentence)) : false;
  const strength: ClaimStrength =
    association.length > 0
      ? 'correlational'
      : causal.length > 0
        ? hedges.length > 0
          ? 'conditional-causal'
          : 'direct-causal'
        : comparison.length > 0
          ? 'correlational'
          : 'none';
  const correlational = [...association, ...comparison].sort((a, b) => a.start - b.start);
  return {
    strength,
    score: claimStrengths.indexOf(strength) as ClaimAnalysis['score'],
    causal,
    correlational,
    hedges,
    negated,
  };
}

/** Verbs after which “to reduce” is still a claim (“appears to reduce”, “was shown to reduce”). */
const raisingVerbs = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'shown', 'found', 'proven', 'proved', 'likely', 'able',
  'help', 'helps', 'helped', 'tend', 'tends', 'known', 'reported', 'thought', 'believed', 'demonstrated', 'said',
  'continue', 'continues', 'been', 'unlikely', 'expected', 'used', 'going', 'set', 'power', 'ability', 'capacity',
]); // prettier-ignore

/** “Interventions to reduce …”: an aim, not a finding. */
function isPurpose(sentence: string, start: number): boolean {
  const before = wordsBefore(sentence, start, 2);
  return before[1] === 'to' && !raisingVerbs.has(before[0] ?? '');
}

/** The strength of one sentence; see `analyseClaim` for the cues behind it. */
export function claimStrength(sentence: string): ClaimStrength {
  return analyseClaim(sentence).strength;
}

/**
 * Verbs by which a treatment or exposure brings a benefit (“improves”, “cuts”, “protects”,
 * “slows”, “is effective”): the claims an efficacy check reads, in the present-tense forms that
 * state a general claim. A past form (“improved”, “helped him”, “levels reduced in both groups”)
 * reports what happened in one study or to one person, not that the treatment works.
 */
const benefitVerb =
  /^(?:improves|prevents|protects|benefits|helps|cures|heals|reverses|relieves|alleviates|eases|restores|repairs|eliminates|saves lives|treats|fights|combats|counteracts|works|reduces|lowers|cuts|halves|curbs|slows|halts|boosts|enhances|shortens|extends|stops|aids|effective|better than)$/iu;

/** The same verbs after a plural subject (“statins reduce”, “particle traps protect”). */
const pluralBenefitVerb =
  /^(?:improve|prevent|protect|benefit|cure|reverse|relieve|alleviate|restore|eliminate|save lives|reduce|boost|enhance|halve|curb)$/iu;

/**
 * Verbs that name what a treatment changes, so a claim needs an object: “sleep improves” and “the
 * kidney damage reversed when they stopped” say that something changed, not that anything changed it.
 */
const needsObject =
  /^(?:reversed|restored|eliminated|relieved|alleviated|healed|improves?|prevents?|protects?|benefits?|helps|cures?|heals|reverses?|relieves?|alleviates?|eases|restores?|repairs|eliminates?|treats|fights|combats|counteracts|reduces?|lowers|cuts|halves?|curbs?|slows|halts|boosts?|enhances?|shortens|extends|stops|aids)$/iu;

/**
 * Words that cannot be a verb's object: prepositions, conjunctions and clause ends (“improves in
 * both groups”, “improves and recovers”); after “of” the word is a noun (“confirms benefits of”).
 */
const noObject = new Set([
  ',', 'in', 'on', 'at', 'by', 'with', 'within', 'after', 'before', 'when', 'while', 'and', 'or', 'but', 'as', 'over',
  'for', 'during', 'from', 'than', 'until', 'if', 'because', 'so', 'among', 'across', 'without', 'despite', 'since',
  'compared', 'too', 'also', 'further', 'again', 'slightly', 'somewhat', 'is', 'are', 'was', 'were', 'of',
  'beyond', 'into', 'through',
]); // prettier-ignore

/**
 * Whether a benefit verb that needs an object (“improves”, “reduces”) has none: “our sleep
 * improves”, “levels improved in both groups”, “he improves and his heart recovers” say that
 * something got better, not that a treatment made it so.
 */
export function lacksObject(sentence: string, verb: string, verbEnd: number): boolean {
  if (!needsObject.test(verb)) return false;
  // “Slows down dramatically in adults”: the particle of a phrasal verb is not its object.
  const next = wordsAfter(sentence, verbEnd, 3).find((word) => !word.endsWith('ly') && word !== 'down');
  return next === undefined || noObject.has(next);
}

/** Words that cannot be the subject right before a plural verb (“the help”, “a cure”, “to reduce”). */
const notSubject = new Set([
  'a', 'an', 'the', 'of', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'no', 'any', 'their', 'his', 'her', 'its', 'our',
  'your', 'my', 'this', 'that', 'these', 'those', 'and', 'or', ',', 'not', 'and/or', 'who', 'which', 'we', 'they',
  'i', 'you', 'them', 'us', 'can', 'could', 'would', 'might', 'may', 'will', 'should', 'must', 'did', 'do', 'does',
]); // prettier-ignore

/** Adverbs between a subject and its verb (“safely”, “also”, “much”): skipped when reading what comes before. */
function isFiller(word: string): boolean {
  return word.endsWith('ly') || word === 'also' || word === 'much' || word === 'far';
}

const helpForms = new Set(['help', 'helps', 'helped', 'helping', 'to']);
const people = new Set(['he', 'she', 'i', 'we', 'you', 'they', 'who', 'where', 'everyone', 'someone', 'nobody']);
const presentCopula = new Set(['is', 'are', "'s", '’s', 'be', 'been']);
/** “Was effective” reports a result; “less effective”, “as effective” compare without claiming a benefit. */
/** “Is a safe and effective …”, “are an effective …”: the noun after “effective” is what the subject is said to be. */
function isPredicateNoun(context: readonly string[]): boolean {
  const article = context.findLastIndex((word) => word === 'a' || word === 'an');
  return article > 0 && ['is', 'are', "'s", '’s'].includes(context[article - 1] ?? '');
}

const notPresentEffect = new Set(['was', 'were', 'had', 'less', 'least', 'as', 'how', 'proved', 'proven']);
const isResultWord = (word: string): boolean =>
  ['was', 'were', 'percent', 'cent', '%'].includes(word) || /%$/u.test(word);

/** A condition set off by commas between a subject and its verb: “, when used together,”, “, taken daily,”. */
const conditionBeforeVerb =
  /,\s*(?:when|if|once|after|taken|given|used|combined|alone|together)\b[^,;:.!?]{0,60},\s*$/iu;

/**
 * How many characters of a condition set off by commas stand right before the verb at `start`
 * (“two drugs for breaking up the fluid, when used together, improve drainage”), so that the
 * subject is read from before it; 0 when there is none.
 */
function skippedCondition(sentence: string, start: number): number {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const condition = conditionBeforeVerb.exec(before);
  return condition ? before.length - condition.index : 0;
}

/** Words that open a noun phrase: a benefit word right after one is a noun (“these benefits”). */
const determiners = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'their', 'such', 'any', 'no', 'our', 'your']);

/** Words right before a verb that make it no claim: a modal (InSciOut codes “can” as a hedge), an aim, a relative clause. */
const notClaimedAfter = new Set(['can', 'could', 'would', 'might', 'may', 'to', 'will', 'that', 'which', 'who']);

/**
 * “Has the power to reduce”, “have the ability to restore”, “is able to stop”: a present-tense
 * claim of what a treatment can do, stated as a capacity it has rather than a possibility (“can”
 * reads as one). `context` is the words before the verb, adverbs left out, ending with “to”.
 */
function statesAbility(context: readonly string[]): boolean {
  const [holder, owner, article, capacity, to] = context.slice(-5);
  if (to !== 'to') return false;
  // “Patients have the power to improve their own health”, “we are able to stop”: what people can
  // do, not what a treatment does.
  if (capacity === 'able') return article !== undefined && presentTenseBe.has(article) && !isPerson(owner);
  return (
    (capacity === 'power' || capacity === 'ability' || capacity === 'capacity') &&
    article === 'the' &&
    (owner === 'has' || owner === 'have') &&
    !isPerson(holder)
  );
}

function isPerson(word: string | undefined): boolean {
  return word !== undefined && (peopleNouns.has(word) || people.has(word) || notSubject.has(word) || carers.has(word));
}

/** Those who give a treatment: “doctors are able to prevent …” says what they can do with it. */
const carers = new Set(['doctors', 'surgeons', 'clinicians', 'physicians', 'nurses', 'researchers', 'scientists']);

const presentTenseBe = new Set(['is', 'are', "'s", '’s', "'re", '’re']);

/** People as the ones a treatment helps (“patients with haemophilia benefit from gene therapy”). */
const peopleNouns = new Set([
  'people', 'patients', 'adults', 'children', 'kids', 'women', 'men', 'babies', 'infants', 'adolescents', 'teens',
  'teenagers', 'seniors', 'survivors', 'smokers', 'sufferers', 'users', 'individuals', 'girls', 'boys', 'mothers',
]); // prettier-ignore

/** Words that make the people a share of a group (“some patients benefit”): the claim names whom it helps. */
const shareWords = new Set(['some', 'few', 'certain', 'only', 'not', 'many', 'select', 'subset']);

/**
 * “Patients with haemophilia benefit from gene therapy”, “older adults benefit from strength
 * training”: people said, in the present tense, to benefit from something. The people are the
 * subject within the six words before the verb (“women with early breast cancer benefit from”),
 * and not a share of them (“some patients benefit”), which already limits the claim.
 */
function peopleBenefitFrom(sentence: string, cue: ClaimCue): boolean {
  if (!benefitFrom.test(cue.text)) return false;
  const context = wordsBefore(sentence, cue.start, 6).filter((word) => !isFiller(word));
  const person = context.findLastIndex((word) => peopleNouns.has(word));
  if (person < 0) return false;
  // Only a “with …” phrase may stand between the people and the verb (“patients with haemophilia
  // B benefit”): “patients and providers benefit from a computer's flexibility” shares the claim
  // out, and a verb or a relative pronoun (“patients who are treated early”) starts another clause.
  const between = context.slice(person + 1);
  if (between.length > 0 && (between[0] !== 'with' || between.some((word) => benefitClauseBreak.has(word))))
    return false;
  // “Some patients benefit” limits the claim; “going to see men benefit” predicts it.
  return !context.slice(0, person).some((word) => shareWords.has(word) || notClaimedAfter.has(word) || word === 'see');
}

const benefitFrom = /^benefits? from$/iu;

const benefitClauseBreak = new Set([',', 'and', 'or', 'who', 'that', 'which', 'are', 'is', 'were', 'was', 'to']);

/** The strongest benefit verbs, which claim an outcome even in a relative clause (“a drug which cures”). */
const outcomeVerb = /^(?:cures|reverses|eliminates|prevents)$/iu;
/**
 * Verbs that claim an outcome in a relative clause only with a health outcome as object (“a drug
 * which halves the mortality rate”, “a pill that reduces the risk of stroke”); “a medication that
 * lowers potassium” says how it acts.
 */
const outcomeChangeVerb = /^(?:reduces|lowers|cuts|halves|improves|relieves|extends|saves)$/iu;

/** Words before a treatment that make it something wanted, not something had: “to develop a drug that cures”. */
const aimWords = new Set([
  'to', 'hope', 'hopes', 'aim', 'aims', 'goal', 'need', 'needs', 'want', 'wants', 'search', 'looking', 'seeking',
  'no', 'any', 'if', 'whether', 'develop', 'developing', 'find', 'finding',
]); // prettier-ignore

/**
 * “FDA approves new drug that prevents migraines”, “a vaccine which eliminates the virus”: a
 * relative clause that says what a treatment, named by its class, does. Only the strongest verbs,
 * or a change in a health outcome, on a singular treatment: “drugs that prevent complications” and
 * “a medication that helps to move potassium” describe a class or how a drug acts.
 */
function namesTreatmentThatActs(sentence: string, cue: ClaimCue): boolean {
  if (!outcomeVerb.test(cue.text) && !(outcomeChangeVerb.test(cue.text) && objectIsHealthOutcome(sentence, cue)))
    return false;
  const context = wordsBefore(sentence, cue.start, 8);
  if (!treatmentNouns.has(context.at(-2) ?? '')) return false;
  return !context.slice(0, -2).some((word) => aimWords.has(word));
}

/** Participles of benefit verbs in a present passive: “pain is relieved by acupuncture”. */
const passiveBenefit = /^(?:relieved|reduced|prevented|improved|reversed|alleviated|lowered) by$/iu;

/**
 * “Migraine pain is relieved by acupuncture”, “symptoms are reduced by the drug”: the outcome as
 * subject and the treatment as agent, in the present tense. “Reduced by 30%” or “by half” gives
 * the size of a change (a result), not what brought it.
 */
function passiveBenefitClaim(sentence: string, cue: ClaimCue): ClaimCue | undefined {
  if (!passiveBenefit.test(cue.text)) return undefined;
  const context = wordsBefore(sentence, cue.start, 3).filter((word) => !isFiller(word));
  const be = context.at(-1);
  if (be === undefined || !presentTenseBe.has(be)) return undefined;
  const agent = wordsAfter(sentence, cue.end, 2)[0] ?? '';
  if (agent === '' || /^\d|%$/u.test(agent) || sizeWords.has(agent)) return undefined;
  let start = -1;
  for (const found of sentence.slice(0, cue.start).matchAll(beVerb)) start = found.index;
  return start < 0 ? undefined : { ...cue, start, text: sentence.slice(start, cue.end) };
}

const beVerb = /\b(?:is|are)\b|['’](?:s|re)\b/giu;

/** Words after “by” that give a change's size: “reduced by half”, “by about a third”. */
const sizeWords = new Set([
  'half', 'a', 'about', 'around', 'nearly', 'almost', 'up', 'more', 'over', 'roughly', 'one', 'two', 'three',
  'some', 'as', 'much', 'far', 'least', 'at',
]); // prettier-ignore

/**
 * Whether a benefit verb at `cue` states a claim about what a treatment does: present tense, with
 * an object where the verb needs one, and “effective” said of something (“X is effective”, “drug
 * effective against”) rather than describing a noun (“effective dosages”, “effective use”).
 */
function statesBenefit(sentence: string, cue: ClaimCue): boolean {
  const plural = pluralBenefitVerb.test(cue.text);
  if (!benefitVerb.test(cue.text) && !plural) return false;
  const context = wordsBefore(sentence, cue.start - skippedCondition(sentence, cue.start), 4);
  const before = context.filter((word) => !isFiller(word)).at(-1);
  if (before === 'to' && statesAbility(wordsBefore(sentence, cue.start, 7).filter((word) => !isFiller(word))))
    return !needsObject.test(cue.text) || !lacksObject(sentence, cue.text, cue.end);
  if ((before === 'that' || before === 'which') && namesTreatmentThatActs(sentence, cue))
    return !lacksObject(sentence, cue.text, cue.end);
  if (before !== undefined && notClaimedAfter.has(before)) return false;
  // “Surgery's benefits wane”: after a possessive the word is a noun; so it is after a determiner
  // (“these benefits must be balanced”, “the cure rate”).
  if (/\p{L}['’]s$/u.test(context.at(-1) ?? '') || determiners.has(context.at(-1) ?? '')) return false;
  // “Medications to help reduce seizures”, “foods that help protect”: “reduce” is not the claim's verb.
  if (plural && (before === undefined || notSubject.has(before) || context.some((word) => helpForms.has(word))))
    return false;
  // “The barbershop where he works”: a person's job, not a treatment.
  if (/^works$/iu.test(cue.text) && before !== undefined && people.has(before)) return false;
  // “Is better than placebo” compares treatments; “was much better than anything” and “fills the
  // vein better than the liquid” report an experience or describe how.
  if (/^better than$/iu.test(cue.text) && !presentCopula.has(before ?? '')) return false;
  // “Was 90 percent effective in older boys” is a measured result; “with one being the most
  // effective” a point on a scale.
  if (
    /^effective$/iu.test(cue.text) &&
    (notPresentEffect.has(before ?? '') || context.some(isResultWord) || context.includes('being'))
  )
    return false;
  const after = wordsAfter(sentence, cue.end, 3).filter((word) => !word.endsWith('ly'));
  const next = after[0];
  // “Effective dosages” describes a noun; “is a safe and effective way to quit” still claims.
  if (/^effective$/iu.test(cue.text))
    return next === undefined || noObject.has(next) || next === 'against' || isPredicateNoun(context);
  if (needsObject.test(cue.text)) return !lacksObject(sentence, cue.text, cue.end);
  // “CBT works.” is a claim on its own; “good sleep helps too” names nothing.
  if (/^works$/iu.test(cue.text)) return before !== undefined && !notSubject.has(before) && next !== 'in';
  // A claim names what improves: “good sleep helps too” names nothing.
  return !['too', 'also', 'as', ','].includes(next ?? ',');
}

/**
 * Whether a cue's words are a benefit wording that `statesBenefit`, `peopleBenefitFrom` or
 * `passiveBenefitClaim` reads a claim from: each of them accepts no cue this refuses, so that
 * `findDirectBenefitClaim` can pass over the others unread. A new way to read a claim needs its
 * wording here too.
 */
export function mayStateBenefit(cue: Pick<ClaimCue, 'text'>): boolean {
  return (
    benefitVerb.test(cue.text) ||
    pluralBenefitVerb.test(cue.text) ||
    benefitFrom.test(cue.text) ||
    passiveBenefit.test(cue.text)
  );
}

/**
 * Whether a sentence holds, between word boundaries, a wording `mayStateBenefit` accepts: the
 * same alternatives, so a cue it would accept is a match here (a cue starts and ends where the
 * phrase matcher's word boundaries are, which these lookarounds test). Nine sentences in ten hold
 * none, and need not have their claim cues found at all, which the efficacy check otherwise did
 * for every sentence with no lexicon claim (no other check asks for most of them).
 */
const benefitAlternatives = [benefitVerb, pluralBenefitVerb, benefitFrom, passiveBenefit].map(alternativesOf).join('|');
/**
 * Without the `u` flag and with ASCII boundaries, twice as fast: the alternatives are ASCII, and
 * `i` without `u` matches them with the same letters as `iu` does but for the two that fold to an
 * ASCII letter under `iu` (see `lowerCaseForLiteralTests`); a text holding one is read with `iu`.
 * A character before or after a cue is no letter or number, so it is no ASCII one either.
 */
const benefitWording = new RegExp(`(?<![A-Za-z0-9])(?:${benefitAlternatives})(?![A-Za-z0-9])`, 'i');
const benefitWordingUnicode = new RegExp(`(?<![\\p{L}\\p{N}])(?:${benefitAlternatives})(?![\\p{L}\\p{N}])`, 'iu');
/** The long s and the Kelvin sign, which `iu` matches with “s” and “k”. */
const foldsToAscii = /[\u017F\u212A]/;

/** `(?:a|b)` of a pattern that is `^(?:a|b)$` over printable ASCII with no escape, flagged `iu` like the test it stands in for. */
function alternativesOf(pattern: RegExp): string {
  const { source, flags } = pattern;
  if (!/^\^[\x20-\x5b\x5d-\x7e]*\$$/.test(source) || flags !== 'iu') {
    throw new Error(`benefitWording: ${String(pattern)} is not a whole-text /iu pattern of ASCII literals`);
  }
  return `(?:${source.slice(1, -1)})`;
}

/** Whether a sentence may hold a cue `mayStateBenefit` accepts: false only when it certainly does not. */
export function mayHoldBenefitWording(sentence: string): boolean {
  return foldsToAscii.test(sentence) ? benefitWordingUnicode.test(sentence) : benefitWording.test(sentence);
}

/**
 * The first direct benefit claim in a sentence: a benefit verb in a sentence whose claim is
 * direct-causal (no hedge, no association or comparison wording), not denied, and not a modal,
 * an aim or a relative clause. “Talking therapy improves symptoms of pain” → `improves`.
 */
export function findDirectBenefitClaim(sentence: string): ClaimCue | undefined {
  if (!mayHoldBenefitWording(sentence)) return undefined;
  // Only a causal cue in a benefit wording can be the claim. Most sentences with causal cues have
  // none (“leads to”, “due to”, “caused”): they are answered from the cues' own text, before the
  // cues are filtered (`isPurpose` reads the words before each) and the hedges and negations read.
  if (!findClaimCues(sentence).some((cue) => cue.kind === 'causal' && mayStateBenefit(cue))) return undefined;
  // `analyseClaim`'s direct-causal with no correlational cue, no hedge of any kind and the first
  // causal cue not denied, tested cheapest first: it runs for most sentences of an article, and
  // most have no causal cue, so their hedges need not be read.
  const { causal, association, comparison } = claimedCues(sentence);
  const firstCausal = causal[0];
  if (!firstCausal || association.length > 0 || comparison.length > 0) return undefined;
  if (findHedges(sentence).length > 0) return undefined;
  if (isNegatedAt(sentence, firstCausal.start, findNegations(sentence))) return undefined;
  for (const cue of causal) {
    if (!mayStateBenefit(cue)) continue;
    const claim =
      statesBenefit(sentence, cue) || peopleBenefitFrom(sentence, cue) ? cue : passiveBenefitClaim(sentence, cue);
    if (claim && !isNegatedAt(sentence, cue.start)) return claim;
  }
  return undefined;
}

/**
 * A verb of change right after a relative pronoun (“a drug which halves …”). The claim-strength
 * cues skip these verbs there (the `change` entry's `notAfter` lists “that” and “which”: “a gene
 * which lowers …”, “the policy that cuts …” are no claims about a treatment), so
 * `findDirectBenefitClaim` never reads them; the verb is the group.
 */
const relativeChangeVerb = /\b(?:that|which)\s+(reduces|lowers|cuts|halves|extends)\b/giu;

/**
 * “Scientists have identified a diabetes drug which halves the mortality rate of …”, “a pill that
 * cuts the risk of stroke”: a treatment named by its class, then a relative clause that says it
 * changes a health outcome — what `namesTreatmentThatActs` reads as a claim for the verbs the cues
 * do find there (“a drug that prevents migraines”). A medication “that lowers potassium” says how it
 * acts (no health outcome), and “to develop a drug that halves …” what is wanted. Like
 * `findDirectBenefitClaim`: no hedge, no association or comparison wording, not denied.
 */
export function findTreatmentThatChangesOutcome(sentence: string): ClaimCue | undefined {
  for (const match of sentence.matchAll(relativeChangeVerb)) {
    const verb = match[1] ?? '';
    const start = match.index + match[0].length - verb.length;
    const cue: ClaimCue = { id: 'change', kind: 'causal', start, end: start + verb.length, text: verb };
    if (!namesTreatmentThatActs(sentence, cue) || lacksObject(sentence, verb, cue.end)) continue;
    const { causal, association, comparison } = claimedCues(sentence);
    if (association.length > 0 || comparison.length > 0 || findHedges(sentence).length > 0) return undefined;
    // A causal word before it that is denied (“no drug lowers … except one that halves …”) or a
    // question or aim before it (`claimedCues` keeps only the cues before those) leaves it unclaimed.
    if (causal[0] && isNegatedAt(sentence, causal[0].start, findNegations(sentence))) return undefined;
    if (findClaimCues(sentence).some((other) => other.kind === 'non-claim' && other.start < start)) return undefined;
    return isNegatedAt(sentence, start, findNegations(sentence)) ? undefined : cue;
  }
  return undefined;
}

/**
 * “Tricks metabolism into burning fat”, “fools the gut into absorbing”: a drug or food made to act
 * on the body, the causative wording of headlines about animal and cell work (the claim-strength
 * cues, after Yu et al., have no verb for it). The verb is the first group.
 */
export const causativeInto =
  /\b(tricks?|tricked|fools?|fooled|coax(?:es)?|coaxed)\s+(?:[\p{L}'’-]+\s+){1,3}?into\s+(?!thinking\b|believing\b)\p{L}+ing\b/iu;

/** Treatments named by their class, the subject a causative benefit claim needs (“new drug tricks …”). */
const treatmentNouns = new Set([
  'drug', 'drugs', 'pill', 'pills', 'medicine', 'medication', 'therapy', 'treatment', 'vaccine', 'compound',
  'supplement', 'injection', 'implant', 'device', 'molecule',
]); // prettier-ignore

/**
 * “New drug tricks metabolism into burning fat”, “the vaccine fools the immune system into
 * attacking the tumour”: a treatment, named by its class right before the verb, said in the present
 * tense to make the body do something. Not hedged, not denied; “tricks the body into thinking”
 * says how it acts, not what it does for anyone.
 */
export function findCausativeBenefit(sentence: string): ClaimCue | undefined {
  // It runs on most sentences of an article: a plain search rules out nearly all of them.
  if (!sentence.includes('into') && !sentence.includes('Into') && !sentence.includes('INTO')) return undefined;
  const causative = causativeInto.exec(sentence);
  const verb = causative?.[1];
  if (!causative || verb === undefined || /ed$/iu.test(verb)) return undefined;
  const subject = wordsBefore(sentence, causative.index, 2)
    .filter((word) => !isFiller(word))
    .at(-1);
  if (subject === undefined || !treatmentNouns.has(subject)) return undefined;
  if (findHedges(sentence).length > 0 || isNegatedAt(sentence, causative.index, findNegations(sentence)))
    return undefined;
  return { id: 'causative', kind: 'causal', start: causative.index, end: causative.index + verb.length, text: verb };
}
