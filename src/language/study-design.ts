import { memoize } from '../memo.js';
import type { Block } from '../prose/types.js';
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

/**
 * Every design cue in a text, in order. Kept per text (do not change what it returns): the
 * causal, safety and treatment checks each read every block's cues.
 */
export const findDesignCues: (text: string) => readonly DesignCue[] = memoize(findDesignCuesIn, 5_000);

function findDesignCuesIn(text: string): readonly DesignCue[] {
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

/** Wording about people's groups or data rather than a design (“those who drank”, “linked to”). */
export function isGroupWording(cue: DesignCue): boolean {
  return cue.id === 'association-wording' || cue.id === 'followed-people';
}

/** A sentence that only looks forward to a study (“clinical trials on humans could begin”, “trials are needed”). */
const lookingForward = /\b(?:could|would|will|might|plans?|planned|planning|hopes?|needed|future|next)\b/iu;

/**
 * The one kind of evidence an article reports, read once per document from its blocks' design
 * cues (`cuesByBlock[i]` holds `findDesignCues(blocks[i].text)`): the first cue naming a design
 * when every design the article names is observational, or every one is animal work, or every
 * one is laboratory work. A trial named only as a future step is no evidence yet; association
 * and group wording name no design of their own. Animal or cell work must be named twice, and
 * not only as “animals” (pets, “creams developed for animals”), to be what the article reports
 * rather than a passing mention. Undefined when the article names none, or several kinds.
 */
export function articleDesign(
  blocks: readonly Block[],
  cuesByBlock: readonly (readonly DesignCue[])[],
): DesignCue | undefined {
  let design: DesignCue | undefined;
  let preclinicalNames = 0;
  for (const [index, cues] of cuesByBlock.entries()) {
    const block = blocks[index];
    for (const cue of cues) {
      if (cue.kind === 'experimental') {
        const sentence = block?.sentences.find((candidate) => cue.start >= candidate.start && cue.end <= candidate.end);
        if (sentence && lookingForward.test(sentence.text)) continue;
        return undefined;
      }
      if (isGroupWording(cue)) continue;
      if (design && design.kind !== cue.kind) return undefined;
      design ??= cue;
      if (cue.kind !== 'observational' && !/^animals$/iu.test(cue.text)) preclinicalNames++;
    }
  }
  return design?.kind === 'observational' || preclinicalNames >= 2 ? design : undefined;
}

/**
 * Whether the article names a trial anywhere (a trial, a placebo, randomised groups, a control
 * group), even as a future step: an article that names none discusses a treatment rather than
 * reports a test of it. `cuesByBlock[i]` holds `findDesignCues(blocks[i].text)`.
 */
export function namesAnyTrial(cuesByBlock: readonly (readonly DesignCue[])[]): boolean {
  return cuesByBlock.some((cues) => cues.some((cue) => cue.kind === 'experimental'));
}

/**
 * Whether the only evidence in people an article gives is an association ("folic acid tied to lower
 * autism risk", "linked to", "an observational study"): it names an observational design or group
 * wording at least once and no trial except as a future step. For a nutrient, such an article
 * reports what people happened to eat or take, not a product tested on them. `cuesByBlock[i]`
 * holds `findDesignCues(blocks[i].text)`.
 */
export function reportsOnlyAssociation(
  blocks: readonly Block[],
  cuesByBlock: readonly (readonly DesignCue[])[],
): boolean {
  let associations = 0;
  for (const [index, cues] of cuesByBlock.entries()) {
    const block = blocks[index];
    for (const cue of cues) {
      if (cue.kind === 'observational') associations++;
      if (cue.kind !== 'experimental') continue;
      const sentence = block?.sentences.find((candidate) => cue.start >= candidate.start && cue.end <= candidate.end);
      if (!sentence || !lookingForward.test(sentence.text)) return false;
    }
  }
  return associations > 0;
}

/**
 * Whether an article reports animal or laboratory work, of one kind or both ("cell cultures …
 * rodents", "in mice … in the laboratory"), rather than work in people: it names such work at
 * least twice, not only as "animals", at least as often as it names an observational design, and
 * names no trial in people except as a future step. Unlike `articleDesign`, animal and cell work
 * together still count: for what a compound owes readers (harms, status) both are years from
 * patients (JUDGING.md: `animal_or_lab`). `cuesByBlock[i]` holds `findDesignCues(blocks[i].text)`.
 */
export function reportsPreclinicalWork(
  blocks: readonly Block[],
  cuesByBlock: readonly (readonly DesignCue[])[],
): boolean {
  let preclinicalNames = 0;
  let observationalNames = 0;
  for (const [index, cues] of cuesByBlock.entries()) {
    const block = blocks[index];
    // "The mice were given the drug or a placebo": a trial's words beside animal or cell work describe that work.
    const preclinicalBlock = cues.some((cue) => cue.kind === 'animal' || cue.kind === 'laboratory');
    for (const cue of cues) {
      if (cue.kind === 'experimental' && preclinicalBlock) continue;
      if (cue.kind === 'experimental') {
        const sentence = block?.sentences.find((candidate) => cue.start >= candidate.start && cue.end <= candidate.end);
        if (sentence && lookingForward.test(sentence.text)) continue;
        return false;
      }
      if (isGroupWording(cue)) continue;
      if (cue.kind === 'observational') observationalNames++;
      else if (!/^animals$/iu.test(cue.text)) preclinicalNames++;
    }
  }
  return preclinicalNames >= 2 && preclinicalNames >= observationalNames;
}
