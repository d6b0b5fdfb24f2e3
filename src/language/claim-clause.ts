import {
  isExposureEffect,
  objectIsHealthOutcome,
  objectWords,
  resolvedSubject,
  type ClaimCueRange,
} from './claim-parties.js';
import { wordsAfter, wordsBefore } from './context-match.js';

/**
 * A light parse of the clause around a benefit word (issue #13): what frames the clause, who or
 * what its subject is, and whether its object is a health outcome. A benefit claim needs all three
 * (“the drug cuts the risk of stroke”): a treatment (or anything not ruled out) as subject, a change
 * in someone's health as object, and a clause stated as fact. The same verbs in a condition (“even
 * if it turns out to be an effective treatment”), an aim (“in the hopes of reversing the
 * scarring”), a paraphrase (“Zinman noted that Jardiance … reduces swelling”, “saying the drug
 * helps”), a requirement (“has to be proven”), with a person as subject (“Barrow neurosurgeon helps
 * pave the way”) or with work or thought as object (“this approach helps decide”, “mandating
 * fortification helps ensure that …”) claim nothing about what a treatment does for anyone.
 *
 * Read from the words of the clause before the claim (`wordsBefore` stops at clause punctuation but
 * keeps commas), so it needs no tagger and reads each claim once.
 */

/** What governs the clause a claim stands in; `early-evidence` when the words after it limit it to early or preclinical work. */
export type ClaimFrame = 'stated' | 'condition' | 'aim' | 'reported' | 'requirement' | 'early-evidence';

/** Who or what the claim is about, as far as its subject shows: a person at work, or anything else. */
export type SubjectKind = 'person' | 'other';

export interface ClaimClause {
  readonly frame: ClaimFrame;
  readonly subject: string | undefined;
  readonly subjectKind: SubjectKind;
  /** Whether the object is the level of a substance (“boost levels of good cholesterol”), a marker rather than an outcome. */
  readonly markerObject: boolean;
  /** Whether the verb, its subject and its object state an exposure's effect on health (`isExposureEffect`). */
  readonly exposureEffect: boolean;
}

/** How many words before the claim are read for its frame. */
const frameReach = 40;

/**
 * Words that open a condition or a time: the claim is what may or may not hold (“even if it turns
 * out to be effective”, “when it works, the therapy also offers hope”, “to nail down when the
 * exercise works”).
 */
const conditionWords = new Set(['if', 'unless', 'whether', 'when', 'whenever']);

/**
 * Words of purpose or hope: what follows is sought, not claimed (“in the hopes of stopping or even
 * reversing”, “in an effort to reduce”, “designed to prevent”, “aiming to cure”).
 */
const aimVerbs = new Set([
  'hoping', 'hoped', 'aiming', 'aimed', 'designed', 'intended', 'seeking', 'trying', 'attempting', 'striving',
]); // prettier-ignore
/** Nouns of purpose, which open an aim only with what is aimed at after them (“hopes of”, “an effort to”), not “hope for patients”. */
const aimNouns = new Set([
  'hope',
  'hopes',
  'aim',
  'aims',
  'goal',
  'goals',
  'effort',
  'efforts',
  'bid',
  'attempt',
  'attempts',
  'quest',
]);
const aimNounLinks = new Set(['of', 'that', 'to', 'is', 'was']);
/** Verbs of making sure: what follows is set out to be brought about or checked (“nurses check that the pump works”). */
const ensuringVerbs = new Set(['ensure', 'ensures', 'ensuring', 'check', 'checks', 'checking', 'verify', 'verifying']);
const makingVerbs = new Set(['make', 'makes', 'making']);

/**
 * Verbs of saying that make what follows someone's paraphrased words: a participle (“saying the
 * drug helps”) or a verb with “that” (“Zinman noted that Jardiance … reduces swelling”). Verbs of
 * finding (“researchers found that”, “studies show that”) are not here: research credited with a
 * present-tense claim still states it as fact.
 */
const sayingParticiples = new Set([
  'saying', 'noting', 'arguing', 'claiming', 'insisting', 'contending', 'explaining', 'adding', 'stressing',
  'asserting', 'maintaining',
]); // prettier-ignore
const sayingVerbs = new Set([
  'say', 'says', 'said', 'note', 'notes', 'noted', 'argue', 'argues', 'argued', 'claim', 'claims', 'claimed',
  'insist', 'insists', 'insisted', 'contend', 'contends', 'contended', 'explain', 'explains', 'explained', 'add',
  'adds', 'added', 'stress', 'stresses', 'stressed', 'assert', 'asserts', 'asserted', 'maintain', 'maintains',
  'maintained', 'told', 'tells', 'predicted', 'predicts', 'speculated', 'speculates',
]); // prettier-ignore

/** “Has to be proven”, “must be shown”, “need to be”: what a claim needs before it can be made. */
const requirementVerbs = new Set(['have', 'has', 'had', 'must', 'need', 'needs', 'needed']);

/** People as a subject: a clinician or researcher at work, not a treatment at work. */
const personSubjects = new Set([
  'neurosurgeon', 'neurosurgeons', 'surgeon', 'surgeons', 'doctor', 'doctors', 'physician', 'physicians', 'nurse',
  'nurses', 'clinician', 'clinicians', 'dentist', 'dentists', 'researcher', 'researchers', 'scientist', 'scientists',
  'professor', 'psychiatrist', 'psychiatrists', 'psychologist', 'psychologists', 'therapist', 'therapists',
  'cardiologist', 'cardiologists', 'oncologist', 'oncologists', 'pharmacist', 'pharmacists', 'he', 'she', 'i', 'we',
]); // prettier-ignore

/** Stages and settings of evidence that limit a claim to them: “in early trials”, “in mice”, “in a pilot study”. */
const earlyStages = new Set([
  'early', 'earlier', 'preliminary', 'pilot', 'initial', 'small', 'animal', 'mouse', 'rodent', 'lab', 'laboratory',
  'preclinical', 'pre-clinical', 'early-stage', 'early-phase',
]); // prettier-ignore
const studyNouns = new Set([
  'trial', 'trials', 'study', 'studies', 'tests', 'testing', 'experiments', 'models', 'research', 'work',
]); // prettier-ignore
const preclinicalSettings = new Set([
  'mice', 'rats', 'rodents', 'animals', 'monkeys', 'primates', 'pigs', 'dogs', 'cells', 'lab', 'laboratory',
  'test-tube', 'petri', 'zebrafish', 'flies', 'worms',
]); // prettier-ignore
/** Words that may stand between “in” and the stage (“in a small trial”, “in two early trials”). */
const stageLeads = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'some', 'its', 'their']);

/**
 * Whether the words after a claim, in its clause, limit it to early or preclinical evidence (“has
 * been shown effective in early trials against bladder cancer”, “cures diabetes in mice”): the
 * claim comes with the stage of its evidence, the qualification the message asks for (JUDGING.md
 * `hedged`, `animal_or_lab`).
 */
export function limitedToEarlyEvidence(text: string, claimEnd: number): boolean {
  const words = wordsAfter(text, claimEnd, 14);
  for (let index = 0; index < words.length; index++) {
    if (words[index] !== 'in' && words[index] !== 'among') continue;
    let next = index + 1;
    while (stageLeads.has(words[next] ?? '')) next++;
    const first = words[next] ?? '';
    if (preclinicalSettings.has(first)) return true;
    if (!earlyStages.has(first)) continue;
    // “In early trials”, “in a small pilot study”, “in phase 2 trials”: a study noun within two words.
    if (words.slice(next + 1, next + 4).some((word) => studyNouns.has(word))) return true;
  }
  return false;
}

/** The frame of the clause before `start`: the nearest governing word wins, read from the claim back. */
export function claimFrame(text: string, start: number): ClaimFrame {
  const words = wordsBefore(text, start, frameReach);
  const [beforeBe, be] = words.slice(-2);
  // “Have to be proven”, “must be shown”: “to” may stand between.
  if (
    be === 'be' &&
    (requirementVerbs.has(beforeBe ?? '') || (beforeBe === 'to' && requirementVerbs.has(words.at(-3) ?? '')))
  )
    return 'requirement';
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!;
    // A comma closes a condition or an aim opened before it (“if taken daily, the pill cures …”);
    // a paraphrase runs on through commas (“Zinman noted that Jardiance, like other drugs, …”).
    if (word === ',') return sayingFrameBefore(words.slice(0, index)) ? 'reported' : 'stated';
    if (conditionWords.has(word)) return 'condition';
    if (aimVerbs.has(word) || (aimNouns.has(word) && aimNounLinks.has(words[index + 1] ?? ''))) return 'aim';
    // “To make sure it works”, “check that the pump works”: not “doctors are sure it works”.
    if (ensuringVerbs.has(word) || (word === 'sure' && makingVerbs.has(words[index - 1] ?? ''))) return 'aim';
    if (sayingParticiples.has(word)) return 'reported';
    if (sayingVerbs.has(word) && words[index + 1] === 'that') return 'reported';
  }
  return 'stated';
}

/** Whether a verb of saying with “that” opens the clause before a comma (“noted that X, like Y, …”). */
function sayingFrameBefore(words: readonly string[]): boolean {
  return words.some((word, index) => sayingVerbs.has(word) && words[index + 1] === 'that');
}

/** Heads of an object that measure a substance: “levels of HDL”, “orexin levels”, “the concentration of …”. */
const markerHeads = new Set(['level', 'levels', 'concentration', 'concentrations']);

/**
 * Whether the object of a claim is the level of a substance, not a change in anyone's health: “the
 * new drugs boost levels of good cholesterol (HDL)”, “lowers levels at night”, “reduces PSA
 * levels” (JUDGING.md `mechanism`; the task's “a lab marker”). The level must be within the
 * object's first three words, and no health outcome named after it (“reduces the levels of pain”
 * still names one).
 */
export function objectIsMarker(text: string, claim: ClaimCueRange): boolean {
  return objectWords(text, claim, 3).some((word) => markerHeads.has(word)) && !objectIsHealthOutcome(text, claim);
}

/** Passive verbs that put a claim in others' mouths, or deny it: “benefits have been proposed”, “a cure is touted”. */
const proposedOrDenied = new Set([
  'proposed', 'claimed', 'touted', 'promised', 'advertised', 'alleged', 'marketed', 'hyped', 'disproven', 'disproved',
  'debunked', 'refuted',
]); // prettier-ignore
const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', 'have', 'has', 'had']);

/**
 * Whether the claim's words are the subject of a passive verb of proposing or refuting (“all kinds
 * of medical benefits have been proposed as resulting from …, and they have all been
 * disproven”): a claim reported in order to be weighed (JUDGING.md `reported_claim`).
 */
export function proposedByOthers(text: string, claimEnd: number): boolean {
  const words = wordsAfter(text, claimEnd, 4);
  let index = 0;
  while (passiveAuxiliaries.has(words[index] ?? '')) index++;
  return index > 0 && proposedOrDenied.has(words[index] ?? '');
}

/** The clause around a claim: its frame, its subject's kind and whether it states an effect on health. */
export function readClaimClause(text: string, claim: ClaimCueRange): ClaimClause {
  const subject = resolvedSubject(text, claim);
  const frame = claimFrame(text, claim.start);
  return {
    frame:
      frame !== 'stated'
        ? frame
        : limitedToEarlyEvidence(text, claim.end)
          ? 'early-evidence'
          : proposedByOthers(text, claim.end)
            ? 'reported'
            : frame,
    subject,
    // A person acting on a health outcome is a practice said to work (“nudging doctors … reduces
    // deaths”); on anything else, someone at work (“Barrow neurosurgeon helps pave the way”).
    subjectKind:
      subject !== undefined && personSubjects.has(subject) && !objectIsHealthOutcome(text, claim) ? 'person' : 'other',
    markerObject: objectIsMarker(text, claim),
    // A health outcome among the object's first words keeps the claim about health whatever leads to
    // it (“new tool helps identify risk for dislocations”).
    exposureEffect: isExposureEffect(text, claim) || objectIsHealthOutcome(text, claim),
  };
}

/**
 * Whether the clause states that something works on someone's health: stated as fact, about
 * something other than a person at work, with no substance's level as object, and with an
 * exposure's effect on health (no organisation,
 * research team or mechanism as subject without a health outcome as object; no decision, dose or
 * cost as object; “help” with no act of work or thought after it).
 */
export function statesTreatmentBenefit(clause: ClaimClause): boolean {
  return clause.frame === 'stated' && clause.subjectKind !== 'person' && clause.exposureEffect && !clause.markerObject;
}
