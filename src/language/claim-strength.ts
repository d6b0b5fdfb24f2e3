import { ContextMatcher } from './context-match.js';
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
  kind: 'causal' | 'correlational';
  start: number;
  end: number;
  text: string;
}

export interface ClaimAnalysis {
  strength: ClaimStrength;
  /** 0–3, the corpus coding of `strength`. */
  score: 0 | 1 | 2 | 3;
  causal: ClaimCue[];
  correlational: ClaimCue[];
  /** Speculation hedges that make a causal claim conditional. */
  hedges: HedgeCue[];
  /** Whether the first causal cue is negated (“does not cure”). */
  negated: boolean;
}

const matcher = new ContextMatcher(lexicon);

/** Every causal and correlational cue in a text, in order. */
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
  const causal = cues.filter((cue) => cue.kind === 'causal');
  const correlational = cues.filter((cue) => cue.kind === 'correlational');
  const hedges = findHedges(sentence).filter((cue) => cue.kind === 'speculation');
  const firstCausal = causal[0];
  const negated = firstCausal ? isNegatedAt(sentence, firstCausal.start, findNegations(sentence)) : false;
  const strength: ClaimStrength =
    correlational.length > 0
      ? 'correlational'
      : causal.length === 0
        ? 'none'
        : hedges.length > 0
          ? 'conditional-causal'
          : 'direct-causal';
  return {
    strength,
    score: claimStrengths.indexOf(strength) as ClaimAnalysis['score'],
    causal,
    correlational,
    hedges,
    negated,
  };
}

/** The strength of one sentence; see `analyseClaim` for the cues behind it. */
export function claimStrength(sentence: string): ClaimStrength {
  return analyseClaim(sentence).strength;
}
