import { ContextMatcher, wordsAfter, wordsBefore } from './context-match.js';
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

/** Every cue in a text, in order. */
export function findClaimCues(text: string): ClaimCue[] {
  return matcher.matchAll(text).map((found) => ({
    id: found.entry.id,
    kind: found.entry.kind as ClaimCue['kind'],
    start: found.start,
    end: found.end,
    text: found.text,
  }));
}

/** Classifies one sentence. */
export function analyseClaim(sentence: string): ClaimAnalysis {
  const cues = findClaimCues(sentence);
  // Causal words after a question or recommendation (“studies are needed to test whether it
  // reduces …”) are not claimed; nor are purpose infinitives (“interventions to reduce …”).
  const firstNonClaim = cues.find((cue) => cue.kind === 'non-claim')?.start ?? Number.POSITIVE_INFINITY;
  const causal = cues.filter(
    (cue) => cue.kind === 'causal' && cue.start < firstNonClaim && !isPurpose(sentence, cue.start),
  );
  const association = cues.filter((cue) => cue.kind === 'association' && cue.start < firstNonClaim);
  const comparison = cues.filter((cue) => cue.kind === 'comparison' && cue.start < firstNonClaim);
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
  'continue', 'continues', 'been', 'unlikely', 'expected', 'used', 'going', 'set',
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
 * “slows”, “is effective”): the claims an efficacy check reads, in the forms that state them
 * (present or past, not the infinitive of an aim).
 */
const benefitVerb =
  /^(?:improv(?:es|ed)|prevent(?:s|ed)|protect(?:s|ed)|benefits|helps|helped|cur(?:es|ed)|heals|revers(?:es|ed)|reliev(?:es|ed)|alleviat(?:es|ed)|eas(?:es|ed)|restor(?:es|ed)|repairs|eliminat(?:es|ed)|sav(?:es|ed) lives|treats|fights|combats|counteracts|works|reduc(?:es|ed)|lower(?:s|ed)|cuts|halv(?:es|ed)|curb(?:s|ed)|slow(?:s|ed)|halt(?:s|ed)|boost(?:s|ed)|enhances|shorten(?:s|ed)|extends|stops|aids|effective|better than)$/iu;

/** Words right before a verb that make it no claim: a modal (InSciOut codes “can” as a hedge), an aim, a relative clause. */
const notClaimedAfter = new Set(['can', 'could', 'would', 'might', 'may', 'to', 'will', 'that', 'which', 'who']);

/**
 * The first direct benefit claim in a sentence: a benefit verb in a sentence whose claim is
 * direct-causal (no hedge, no association or comparison wording), not denied, and not a modal,
 * an aim or a relative clause. “Talking therapy improves symptoms of pain” → `improves`.
 */
export function findDirectBenefitClaim(sentence: string): ClaimCue | undefined {
  const analysis = analyseClaim(sentence);
  if (analysis.strength !== 'direct-causal' || analysis.negated || analysis.correlational.length > 0) return undefined;
  if (findHedges(sentence).length > 0) return undefined;
  return analysis.causal.find(
    (cue) =>
      benefitVerb.test(cue.text) &&
      !wordsBefore(sentence, cue.start, 1).some((word) => notClaimedAfter.has(word)) &&
      // A claim names what improves: “good sleep helps too” names nothing.
      !['too', 'also', 'as', ','].includes(wordsAfter(sentence, cue.end, 1)[0] ?? ',') &&
      !isNegatedAt(sentence, cue.start),
  );
}
