import { memoize } from '../memo.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './negation.generated.js';

/**
 * Negation: “does not cure”, “no evidence that it works”, “fails to improve”. A claim is negated
 * when a cue comes before it in the same clause, within a few words. “Not only … but” is not a
 * negation (excluded in `negation.yml`).
 */
export interface NegationCue {
  id: string;
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);

/** How far back a negation reaches: “does not, in most patients, cure …” is still negated. */
const scopeWords = 8;

/** Words that open a new clause, where an earlier negation stops applying. */
const clauseBreaks = new Set(['but', 'however', 'yet', 'although', 'though', 'whereas', 'while', 'instead', 'rather']);

/**
 * Every negation cue in a text, in order. Kept per text (do not change what it returns): the
 * efficacy, causal, hype and safety checks ask about the same sentences, several times each.
 */
export const findNegations: (text: string) => readonly NegationCue[] = memoize(findNegationsIn, 5_000);

function findNegationsIn(text: string): readonly NegationCue[] {
  return matcher
    .matchAll(text)
    .map((found) => ({ id: found.entry.id, start: found.start, end: found.end, text: found.text }));
}

/**
 * Whether the words at `start` are negated: a cue ends at most `scopeWords` words before
 * them, with no clause break (a comma followed by “but”, a semicolon, “however”) in between.
 */
export function isNegatedAt(text: string, start: number, cues: readonly NegationCue[] = findNegations(text)): boolean {
  return cues.some((cue) => {
    if (cue.end > start) return false;
    const between = text.slice(cue.end, start);
    if (/[.;:!?]/.test(between)) return false;
    const gap = between.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    if (gap.length > scopeWords) return false;
    return !gap.some((word) => clauseBreaks.has(word.toLowerCase()));
  });
}

/**
 * A comparison that denies the words after it: “more like ‘a cool piece of science fiction’ than a
 * breakthrough”, “less a breakthrough than a refinement”, “an incremental step rather than a
 * breakthrough”, “instead of a cure”. The words name what the thing is not, as a negation does.
 * “More” opens the denial only as “more like”, “more of” or “more a” (“more a curiosity than a
 * breakthrough”): “more than a breakthrough” claims the word and more, and a comparative (“more
 * powerful than wonder drug tamoxifen”) measures against it, granting it.
 */
const deniedByComparisonBefore =
  /(?:\bmore (?:like|of|an?) [^.;:!?]{1,80}? than|\bless(?: of)?|\b(?:rather than|instead of))\s+(?:(?:an?|the|any|some)\s+)?["“'‘]?$/iu;

export function deniedByComparison(text: string, start: number): boolean {
  return deniedByComparisonBefore.test(text.slice(Math.max(0, start - 120), start));
}
