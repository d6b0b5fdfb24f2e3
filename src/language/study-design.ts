import { ContextMatcher } from './context-match.js';
import { lexicon } from './study-design.generated.js';

/**
 * What kind of evidence a passage reports: observational (cohort, survey, records, association
 * wording), animal, laboratory, or experimental (a randomised, placebo-controlled or clinical
 * trial in people). Causal wording is only earned by the last; the
 * cues are data in `study-design.yml`.
 */
export type DesignKind = 'observational' | 'animal' | 'laboratory' | 'experimental';

export interface DesignCue {
  /** The lexicon entry's stable id, such as `animal`. */
  id: string;
  kind: DesignKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);

/** Every design cue in a text, in order. */
export function findDesignCues(text: string): DesignCue[] {
  return matcher.matchAll(text).map((found) => ({
    id: found.entry.id,
    kind: found.entry.kind as DesignKind,
    start: found.start,
    end: found.end,
    text: found.text,
  }));
}

/**
 * The weakest design a passage reports, if it names one. Animal and laboratory evidence stay
 * what they are even when randomised (“mice were randomly assigned”); observational evidence
 * beside a trial is read as the trial, so as not to accuse a passage that has one.
 */
export function weakestDesign(cues: readonly DesignCue[]): DesignCue | undefined {
  const first = (kind: DesignKind): DesignCue | undefined => cues.find((cue) => cue.kind === kind);
  const preclinical = first('animal') ?? first('laboratory');
  if (preclinical) return preclinical;
  if (first('experimental')) return undefined;
  return first('observational');
}
