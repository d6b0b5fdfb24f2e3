import {
  isExposureEffect,
  objectIsHealthOutcome,
  objectWords,
  resolvedSubject,
  type ClaimCueRange,
} from './claim-parties.js';
import { hasBodilySubject, hasOrganisationSubject } from './claim-context.js';
import { claimsHarm } from './claim-use.js';
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

/**
 * Who or what the claim is about, as far as its subject shows: a person at work (“the surgeon
 * helps pave the way”), the people whose health changed (“12 patients reversed their condition”),
 * the body or a disease doing what it does (“the cartilage protects the ends of the bones”, “the
 * virus …”), an idea (“the notion …”), some unnamed members of a kind (“some drugs are more
 * effective than others”), an organisation (“the agency also improves patient safety”), no subject at
 * all (a gerund that opens its sentence: “Reversing diabetes” as a heading names a topic, not what
 * does it), or anything else, which may be an intervention. One model for the efficacy check: the
 * subject is read here (through `resolvedSubject`, a relative pronoun through its antecedent), and
 * the word right before the claim (`hasOrganisationSubject`, `hasBodilySubject`) is consulted here
 * too, so the rule asks one question of the subject.
 */
export type SubjectKind = 'person' | 'recipient' | 'body' | 'idea' | 'organisation' | 'unspecified' | 'none' | 'other';

export interface ClaimClause {
  readonly frame: ClaimFrame;
  readonly subject: string | undefined;
  readonly subjectKind: SubjectKind;
  /** Whether the object is the level of a substance (“boost levels of good cholesterol”), a marker rather than an outcome. */
  readonly markerObject: boolean;
  /** Whether the verb, its subject and its object state an exposure's effect on health (`isExposureEffect`). */
  readonly exposureEffect: boolean;
  /** Whether the clause tells how a treatment acts on the body (`actsOnTheBody`), not what it does for anyone's health. */
  readonly mechanism: boolean;
  /** Whether an open infinitive claim (“proven to”) goes on to a benefit (`complementIsBenefit`). */
  readonly benefitComplement: boolean;
}

/** How many words before the claim are read for its frame. */
const frameReach = 40;

/**
 * Words that open a condition or a time: the claim is what may or may not hold (“even if it turns
 * out to be effective”, “when it works, the therapy also offers hope”, “to nail down when the
 * exercise works”, “argued against testing until the panels are proven to be useful”: a condition
 * not yet met).
 */
const conditionWords = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'until', 'till']);

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

/**
 * Nouns of belief whose “that” clause is a proposition held or examined, not asserted: “the idea
 * that ACE inhibitors are more effective … was based on”, “the notion that vitamin C cures colds”,
 * “the myth that …”. The sentence talks about the claim (JUDGING.md `reported_claim`).
 */
const beliefNouns = new Set([
  'idea', 'ideas', 'notion', 'notions', 'belief', 'beliefs', 'assumption', 'assumptions', 'myth', 'myths',
  'theory', 'theories', 'hypothesis', 'hypotheses', 'perception', 'perceptions', 'premise', 'speculation',
  'argument', 'arguments', 'contention', 'suggestion', 'suggestions', 'impression', 'misconception',
  'misconceptions', 'view', 'claims', 'question', 'possibility', 'prospect', 'hope', 'hopes', 'promise',
  'reasoning', 'thinking', 'rationale',
]); // prettier-ignore
/** A copula between a noun of belief and its “that”: “the reasoning has been that”, “the thinking is that”. */
const beliefCopulas = new Set(['is', 'was', 'has', 'had', 'been']);

/** “Has to be proven”, “must be shown”, “need to be”: what a claim needs before it can be made. */
const requirementVerbs = new Set(['have', 'has', 'had', 'must', 'need', 'needs', 'needed']);

/** People as a subject: a clinician or researcher at work, not a treatment at work. */
const personSubjects = new Set([
  'neurosurgeon', 'neurosurgeons', 'surgeon', 'surgeons', 'doctor', 'doctors', 'physician', 'physicians', 'nurse',
  'nurses', 'clinician', 'clinicians', 'dentist', 'dentists', 'researcher', 'researchers', 'scientist', 'scientists',
  'professor', 'psychiatrist', 'psychiatrists', 'psychologist', 'psychologists', 'therapist', 'therapists',
  'cardiologist', 'cardiologists', 'oncologist', 'oncologists', 'pharmacist', 'pharmacists', 'he', 'she', 'i', 'we',
]); // prettier-ignore

/**
 * People whose health is at stake, as a subject: they get better (“patients improve”, “sufferers
 * reduced their opioid use”), which says what happened to them, not that a treatment did it.
 */
const recipientSubjects = new Set([
  'patients', 'patient', 'participants', 'people', 'women', 'men', 'children', 'kids', 'adults', 'sufferers',
  'volunteers', 'smokers', 'mothers', 'infants', 'babies', 'seniors', 'veterans', 'athletes', 'individuals',
  'persons', 'survivors', 'teens', 'teenagers', 'adolescents', 'girls', 'boys', 'recipients',
]); // prettier-ignore
/** Verbs of taking a treatment in a relative clause on the people (“people who take statins cut their risk”): the treatment is named. */
const intakeVerbs = new Set([
  'take', 'takes', 'took', 'taking', 'receive', 'receives', 'received', 'receiving', 'use', 'uses', 'used', 'using',
  'get', 'gets', 'got', 'given', 'eat', 'eats', 'ate', 'drink', 'drinks', 'drank', 'treated', 'underwent', 'undergo',
  'wear', 'wore', 'follow', 'followed', 'practise', 'practice', 'practiced', 'practised', 'exercise', 'exercised',
  'on',
]); // prettier-ignore
/**
 * The body, its parts and processes, and diseases and their agents, as a subject: physiology or
 * pathology at work (“the cartilage protects the ends of the bones”, “this area of the brain lowers
 * levels at night”, “higher quality eggs improve the chances”), not a treatment (JUDGING.md
 * `mechanism`: “the body, saliva, a virus doing something is not a treatment claim”).
 */
const bodySubjects = new Set([
  'body', 'bodies', 'brain', 'brains', 'cartilage', 'bone', 'bones', 'muscle', 'muscles', 'heart', 'liver', 'kidney',
  'kidneys', 'gut', 'skin', 'enamel', 'tooth', 'teeth', 'egg', 'eggs', 'sperm', 'blood', 'saliva', 'tissue', 'tissues',
  'organ', 'organs', 'area', 'region', 'cortex', 'hippocampus', 'nerve', 'nerves', 'levels', 'process', 'processes',
  'microbiome', 'metabolism', 'placenta', 'plaque', 'lungs', 'lung', 'mucus', 'tears', 'sweat', 'disease', 'diseases',
  'infection', 'infections', 'illness', 'condition', 'inflammation', 'pathogen', 'pathogens', 'parasite',
  'parasites', 'bacterium', 'germs', 'fever', 'ageing', 'aging', 'hair', 'follicle', 'follicles', 'gene', 'genes',
  'mutation', 'mutations', 'variant', 'variants', 'allele', 'alleles', 'protein', 'proteins', 'enzyme', 'enzymes',
  'receptor', 'receptors', 'hormone', 'hormones', 'neuron', 'neurons', 'virus', 'viruses',
  'bacteria', 'tumor', 'tumour', 'tumors', 'tumours', 'syndrome', 'disorder', 'deficiency',
]); // prettier-ignore
/** Ideas as a subject: “the idea … was based on”, “the theory holds”. */
const ideaSubjects = new Set([
  'idea', 'ideas', 'notion', 'belief', 'theory', 'hypothesis', 'myth', 'concept', 'dream', 'assumption',
]); // prettier-ignore

/**
 * The kind of a claim's subject from its head noun (`resolvedSubject`). People are recipients only
 * as the subject itself: not as the object of a verb before them (“treating patients early
 * improves survival”, “nudging doctors reduces deaths”), nor when a relative clause names what they
 * take (“people who take statins cut their risk”), nor with a modal (“people can ward off the
 * disease by taking ibuprofen”), all of which still claim something for a treatment.
 */
function subjectKindOf(text: string, claim: ClaimCueRange, subject: string | undefined): SubjectKind {
  if (opensWithGerund(text, claim)) return 'none';
  if (hasOrganisationSubject(text, claim.start)) return 'organisation';
  if (hasBodilySubject(text, claim.start)) return 'body';
  // A relative pronoun stands for the noun before it (“the gene – which is proven to …”).
  const antecedent =
    subject === undefined || relativePronouns.has(subject) ? antecedentOf(text, claim.start) : undefined;
  if (antecedent !== undefined && bodySubjects.has(antecedent)) return 'body';
  if (antecedent !== undefined && ideaSubjects.has(antecedent)) return 'idea';
  if (subject === undefined) return 'other';
  if (personSubjects.has(subject)) return objectIsHealthOutcome(text, claim) ? 'other' : 'person';
  if (unnamedMembers(text, claim, subject)) return 'unspecified';
  const kind = bodySubjects.has(subject)
    ? 'body'
    : ideaSubjects.has(subject)
      ? 'idea'
      : recipientSubjects.has(subject)
        ? 'recipient'
        : 'other';
  if (kind === 'other') return kind;
  // The subject's own words: after the last comma (“once the follicle is reactivated using light,
  // the hair reverses …” is about the hair).
  const words = wordsBefore(text, claim.start, 30);
  const clause = words.slice(words.lastIndexOf(',') + 1);
  const head = clause.lastIndexOf(subject);
  // A verb before the head makes it the verb's object, and the act the subject: “raising good
  // cholesterol levels reduces heart attack risk”, “treating patients early improves survival”.
  if (clause.slice(0, head).some((word) => /ing$/u.test(word) && !nonVerbIng.has(word))) return 'other';
  if (kind !== 'recipient') return kind;
  const after = clause.slice(head + 1);
  if (after.some((word) => intakeVerbs.has(word) || modalVerbs.has(word))) return 'other';
  if (/^(?:can|could|may|might|will|would)\s/iu.test(claim.text)) return 'other';
  return 'recipient';
}
const modalVerbs = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should']);

const relativePronouns = new Set(['which', 'that', 'who']);
/** Auxiliaries and adverbs between a relative pronoun and the claim: “which is also proven to”. */
const relativeAuxiliaries = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'also', 'now', 'not']);

/**
 * The noun a relative pronoun subject stands for (“carried the APOE-e4 gene – which is proven to
 * increase risk” → `gene`): the word right before the pronoun, past a comma or a dash, lower case,
 * without a possessive. Read word by word from the claim back.
 */
export function antecedentOf(text: string, claimStart: number): string | undefined {
  const words = wordsBefore(text, claimStart, 10).filter((word) => /\p{L}/u.test(word));
  let index = words.length - 1;
  while (index >= 0 && relativeAuxiliaries.has(words[index]!)) index--;
  if (!relativePronouns.has(words[index] ?? '')) return undefined;
  return words[index - 1]?.replace(/['’]s$/u, '');
}

/**
 * Whether the claim is a gerund that opens its sentence (“Reversing diabetes”, “Curing the disease
 * remains the goal”): the act is named as a topic or as the sentence's subject, with nothing said
 * to do it, so no intervention is claimed to work. A gerund after its subject (“the infusion can
 * help, not only alleviating but reversing the symptoms”) is read as usual.
 */
export function opensWithGerund(text: string, claim: ClaimCueRange): boolean {
  const verb = claim.text.split(/\s+/u)[0] ?? '';
  return /^\p{L}+ing$/iu.test(verb) && !wordsBefore(text, claim.start, 3).some((word) => /\p{L}/u.test(word));
}

/** Quantifiers that pick unnamed members of a kind: “some drugs”, “certain treatments”, “other therapies”. */
const partitiveQuantifiers = new Set(['some', 'certain', 'several', 'other']);

/**
 * Whether the subject is some unnamed members of a plural kind (“Some drugs more effective than
 * others”, “certain treatments can ease symptoms”): the claim names no intervention a reader could
 * act on, so there is nothing to hedge. A quantity of a mass noun (“some exercise reduces your
 * risk”) still names a practice.
 */
function unnamedMembers(text: string, claim: ClaimCueRange, subject: string): boolean {
  if (!/[^s]s$/u.test(subject)) return false;
  const words = wordsBefore(text, claim.start, 30);
  const clause = words.slice(words.lastIndexOf(',') + 1);
  const head = clause.lastIndexOf(subject);
  // The quantifier right before the head, or before one modifier (“some newer drugs”).
  return head > 0 && clause.slice(Math.max(0, head - 2), head).some((word) => partitiveQuantifiers.has(word));
}
/** Words in -ing that are no verb before a subject's head (“during”, “morning”). */
export const nonVerbIng: ReadonlySet<string> = new Set([
  'during',
  'including',
  'nothing',
  'something',
  'morning',
  'evening',
  'spring',
  'king',
]);

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
    // “In mice”, and a setting with one word before it: “in the sleep lab”, “in white mice”.
    if (preclinicalSettings.has(first) || preclinicalSettings.has(words[next + 1] ?? '')) return true;
    if (!earlyStages.has(first)) continue;
    // “In early trials”, “in a small pilot study”, “in phase 2 trials”: a study noun within two words.
    if (words.slice(next + 1, next + 4).some((word) => studyNouns.has(word))) return true;
  }
  return false;
}

/** Verbs of showing whose object a standard or a payer asks to be shown (“must demonstrate that”). */
const showingVerbs = new Set(['show', 'shows', 'demonstrate', 'demonstrates', 'prove', 'proves', 'establish']);
/** Obligation before a verb of showing: “must demonstrate”, “required to show”, “has to prove”. */
const obligationWords = new Set(['must', 'should', 'required', 'need', 'needs', 'have', 'has', 'obliged', 'expected']);
/** A time or condition before the evidence a standard asks for: “allowed … after studies show it is …”. */
const standardTimes = new Set(['after', 'once', 'until', 'unless', 'before']);

/**
 * A standard or a requirement: what someone must show, or what is allowed once studies show it
 * (“each programme must demonstrate … that it reduces risk factors”, “new technology is allowed
 * into the market after studies show it is more effective than placebos”). The claim is the bar,
 * not a claim that a treatment clears it (JUDGING.md `not_efficacy`).
 */
export function setAsRequirement(words: readonly string[]): boolean {
  return words.some((word, index) => {
    if (!showingVerbs.has(word)) return false;
    const [twoBefore, oneBefore] = [words[index - 2] ?? '', words[index - 1] ?? ''];
    if (obligationWords.has(oneBefore) && oneBefore !== 'have' && oneBefore !== 'has') return true;
    if (oneBefore === 'to' && obligationWords.has(twoBefore)) return true;
    // “After studies show”, “until trials show”: the evidence noun right after the time word.
    return words.slice(Math.max(0, index - 3), index).some((earlier) => standardTimes.has(earlier));
  });
}

/** The frame of the clause before `start`: the nearest governing word wins, read from the claim back. */
export function claimFrame(text: string, start: number): ClaimFrame {
  const words = wordsBefore(text, start, frameReach);
  if (setAsRequirement(words)) return 'requirement';
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
    // “Baeten said, that PrEP …”: a verb of saying, a comma, then “that”.
    if (word === ',' && sayingVerbs.has(words[index - 1] ?? '') && words[index + 1] === 'that') return 'reported';
    if (word === ',') return sayingFrameBefore(words.slice(0, index)) ? 'reported' : 'stated';
    if (conditionWords.has(word)) return 'condition';
    if (aimVerbs.has(word) || (aimNouns.has(word) && aimNounLinks.has(words[index + 1] ?? ''))) return 'aim';
    // “To make sure it works”, “check that the pump works”: not “doctors are sure it works”.
    if (ensuringVerbs.has(word) || (word === 'sure' && makingVerbs.has(words[index - 1] ?? ''))) return 'aim';
    if (sayingParticiples.has(word)) return 'reported';
    if (sayingVerbs.has(word) && words[index + 1] === 'that') return 'reported';
    if (beliefNouns.has(word) && words[index + 1] === 'that') return 'reported';
    // Round 25: “The reasoning has been that a diet rich in omega-6 lowers cholesterol”: the view
    // once held, set out in order to be questioned (JUDGING.md `reported_claim`).
    if (beliefNouns.has(word) && copulaThenThat(words, index + 1)) return 'reported';
  }
  return 'stated';
}

/** Whether `words` from `at` are a copula and then “that”: “is that”, “has been that”, “had been that”. */
function copulaThenThat(words: readonly string[], at: number): boolean {
  let index = at;
  while (index < words.length && index < at + 2 && beliefCopulas.has(words[index]!)) index++;
  return index > at && words[index] === 'that';
}

/** Whether a verb of saying with “that” opens the clause before a comma (“noted that X, like Y, …”). */
function sayingFrameBefore(words: readonly string[]): boolean {
  return words.some((word, index) => sayingVerbs.has(word) && words[index + 1] === 'that');
}

/**
 * Heads of an object that measure a substance: “levels of HDL”, “orexin levels”, “the concentration
 * of …”, “the amount of calcium reaching brain cells” (how a drug acts on body chemistry).
 */
const markerHeads = new Set(['level', 'levels', 'concentration', 'concentrations', 'amount', 'amounts']);

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

/** Verbs of molecular or cellular action: what a drug does at its target (“binds”, “blocks”, “dissolves clots”). */
const actionAtTarget = new Set([
  'binds', 'bind', 'blocks', 'block', 'targets', 'target', 'inhibits', 'inhibit', 'dissolves', 'dissolve', 'destroys',
  'destroy', 'stimulates', 'stimulate', 'activates', 'activate', 'displaces', 'displace', 'suppresses', 'suppress',
  'mimics', 'mimic', 'attaches', 'attach',
]); // prettier-ignore
/** Parts and systems of the body as an object: “boosts a patient's immune system”, “restores blood flow”. */
export const anatomy: ReadonlySet<string> = new Set([
  'body', 'brain', 'cartilage', 'bone', 'bones', 'muscle', 'muscles', 'heart', 'liver', 'kidney', 'kidneys', 'gut',
  'enamel', 'tooth', 'teeth', 'blood', 'tissue', 'tissues', 'organ', 'organs', 'cell', 'cells', 'nerve', 'nerves',
  'immune', 'microbiome', 'metabolism', 'follicle', 'follicles', 'receptor', 'receptors', 'vessel', 'vessels',
]); // prettier-ignore

/**
 * Whether the clause tells how a treatment acts on the body: a verb of action at a target earlier
 * in the sentence (“tPA dissolves clots and restores blood flow”, “one drug targets a mutated gene,
 * the other boosts a patient's immune system”) and a part or system of the body as the claim's
 * object, with no health outcome named in it (JUDGING.md `mechanism`). The same verbs on a disease
 * or a symptom (“an antibody that blocks CGRP, proven to prevent migraine”) still claim a benefit.
 */
export function actsOnTheBody(text: string, claim: ClaimCueRange): boolean {
  // A cue may hold its object (“boosts the immune system”): its words after the verb count too.
  const object = [...claim.text.toLowerCase().split(/\s+/u).slice(1), ...objectWords(text, claim, 3)].map((word) =>
    word.replace(/['’]s$/u, ''),
  );
  if (!object.some((word) => anatomy.has(word)) || objectIsHealthOutcome(text, claim)) return false;
  return wordsBefore(text, claim.start, frameReach).some((word) => actionAtTarget.has(word));
}

/** “Works by reducing …”, “acts through blocking …”: how something acts, not whether it helps. */
const actsBy = /\b(?:works?|acts?|functions?)\s+(?:by|through|via)\s+\p{L}+ing\b/iu;
/** “Keep blood from clotting”, “stops cells from dividing”: a process of the body held back; the part is read apart. */
const holdsBackProcess =
  /\b(?:keep|keeps|keeping|stop|stops|stopping|prevent|prevents|preventing)\s+(?:the\s+)?(\p{L}+)\s+from\s+\p{L}+ing\b/iu;

/**
 * Whether a claim tells how something acts in the body (“ozone therapy works by reducing
 * inflammation”, “aspirin … help keep blood from clotting”) rather than whether it helps anyone's
 * health: JUDGING.md `mechanism`. Read up to the claim's first clause break, so that an outcome
 * it goes on to lead to (“, which can help prevent heart attacks”) is a consequence told after it.
 */
export function tellsMechanism(claim: string): boolean {
  const clause = claim.slice(0, 120).split(/[,;:.]|\bwhich\b/u)[0] ?? '';
  if (actsBy.test(clause)) return true;
  const part = holdsBackProcess.exec(clause)?.[1]?.toLowerCase();
  return part !== undefined && anatomy.has(part);
}

/** Verbs by which something changes how the body works: “widen blood vessels”, “influences serotonin pathways”. */
const physiologyVerbs = new Set([
  'widen', 'widens', 'dilate', 'dilates', 'constrict', 'constricts', 'narrow', 'narrows', 'relax', 'relaxes',
  'influence', 'influences', 'affect', 'affects', 'alter', 'alters', 'modulate', 'modulates', 'dampen', 'dampens',
]); // prettier-ignore
/** Structures of the body's signalling and circulation such a verb acts on, as its object's head. */
const physiologyObjects = new Set([
  'vessel', 'vessels', 'artery', 'arteries', 'vein', 'veins', 'pathway', 'pathways', 'receptor', 'receptors',
  'neurotransmitter', 'neurotransmitters', 'circuits', 'circuitry', 'process', 'processes', 'metabolism',
]); // prettier-ignore
/** The body's signalling structures, which are never a health outcome as the head of a clause's object. */
const signallingStructures = new Set([
  'pathway', 'pathways', 'receptor', 'receptors', 'neurotransmitter', 'neurotransmitters', 'circuits', 'circuitry',
]); // prettier-ignore
/** How far into a claim its verb of physiology may sit: “chemicals in green tea called polyphenols are absorbed and alter …”. */
const physiologyVerbReach = 12;
/** Words that end an object's noun phrase: a preposition, a relative word or a clause break. */
const objectEnds = new Set(['in', 'of', 'from', 'to', 'that', 'which', 'who', 'by', 'with', 'but', 'while', 'so']);

/**
 * Whether a claim tells how something changes the body's workings, a verb of physiology whose
 * object's head is a vessel, pathway or receptor (“nitrites widen blood vessels”, “light influences
 * serotonin and epinephrine pathways in the brain”), with no health outcome: physiology told as
 * background (JUDGING.md `mechanism`). An aside between dashes is read past; “affect brain
 * plasticity and memory” ends on an outcome and is still a claim.
 */
export function tellsPhysiology(claim: string): boolean {
  const words = claim
    .slice(0, 240)
    .replace(/\s[—–-]{1,2}\s[^—–]*?\s[—–-]{1,2}\s/gu, ' ')
    .toLowerCase()
    .split(/\s+/u);
  const verb = words.findIndex((word) => physiologyVerbs.has(word));
  if (verb < 0 || verb > physiologyVerbReach) return linksStructures(claim) || endsOnStructure(claim);
  let head = '';
  for (const word of words.slice(verb + 1, verb + 7)) {
    const bare = word.replace(/[^\p{L}-]/gu, '');
    if (objectEnds.has(bare)) break;
    head = bare;
    if (/[,;:.!?]$/u.test(word)) break;
  }
  return physiologyObjects.has(head) || linksStructures(claim) || endsOnStructure(claim);
}

/**
 * Whether the claim's first clause ends on a signalling structure of the body as its object's head,
 * whatever the verb (“SUDs and PTSD share overlapping neurobiological pathways”): how conditions
 * are wired in the body, told as background (JUDGING.md `mechanism`, round 20). A vessel or artery
 * is left out: “opens blocked arteries” is a treatment's effect.
 */
function endsOnStructure(claim: string): boolean {
  const clause = claim.slice(0, 200).split(/[,;:.!?]|\s[—–]\s/u)[0] ?? '';
  const words = clause
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
  return words.length >= 3 && signallingStructures.has(words.at(-1) as string);
}

/**
 * Whether the claim's first clause sets one structure of the body's signalling against another, a
 * receptor or pathway as its subject and another as its object's head, whatever the verb (“the
 * cannabinoid and opioid receptor systems rely on common signaling pathways in the brain”): how the
 * body is wired, told as background (round 17). An outcome as the object (“opioid receptors drive
 * addiction”) is still a claim.
 */
function linksStructures(claim: string): boolean {
  const clause = claim.slice(0, 200).split(/[,;:.]/u)[0] ?? '';
  const words = clause
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
  const subject = words.slice(0, 8).findIndex((word) => physiologyObjects.has(word));
  if (subject < 0) return false;
  for (let at = subject + 2; at < words.length; at++) {
    const next = words[at + 1];
    if (physiologyObjects.has(words[at] as string) && (next === undefined || objectEnds.has(next))) return true;
  }
  return false;
}

/**
 * “Plays a role in”, “has a part in”, “is involved in”: something taking part in how a disease
 * comes about, the wording of a mechanism or a hypothesis of one, not a treatment's effect or a
 * risk told with its size.
 */
const playsARole =
  /\b(?:plays?|played|playing|has|have|had)\s(?:an?\s)?(?:(?:key|major|central|important|significant|big|large|critical|crucial|causal|direct|potential|possible|protective)\s)?(?:role|part)\s(?:in|of)\b(?!\s(?:the\s)?(?:treat|prevent|reduc|manag|lower|protect|cur|reliev|improv|recover|heal|fight|combat|help))/iu;

/**
 * Whether a claim's first clause tells that something plays a role in a disease or a process
 * (“research shows it also plays a role in a range of chronic illnesses”, “inflammation plays a
 * role in the development of breast cancer”): how a disease comes about, told as background
 * (JUDGING.md `mechanism`), not a benefit or a risk credited to evidence. A role in treating,
 * preventing or relieving something (“has a role in treating depression”) is a benefit, still a claim.
 */
export function tellsRole(claim: string): boolean {
  const clause = claim.slice(0, 160).split(/[;:.]|,\s(?:but|and|while|although)\b/u)[0] ?? '';
  return playsARole.test(clause);
}

/**
 * Whether a sentence opens on a reason clause that tells a role (“Since magnesium may play a role
 * in dampening the excitability of the central nervous system, some researchers believe …”): the
 * belief that follows rests on a mechanism, a hypothesis of how something works.
 */
export function reasonTellsRole(text: string, attributionStart: number): boolean {
  const reason = /^\s*(?:Since|Because|As)\s[^,;]{0,160},/u.exec(text);
  return reason !== null && reason[0].length <= attributionStart && tellsRole(reason[0]);
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

/** Nouns that make a gerund subject an aim: “reversing memory deficits is a major goal of the field”. */
const goalNouns = new Set([
  'goal', 'goals', 'aim', 'aims', 'objective', 'objectives', 'target', 'priority', 'priorities', 'challenge',
  'challenges', 'dream', 'hope', 'ambition', 'quest', 'focus', 'mission', 'task', 'grail',
]); // prettier-ignore
const copulas = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'becomes', 'become', 'has', 'been']);
/** Words between a copula and its noun: “is a major goal”, “remains the holy grail”, “has long been one of the key aims”. */
const goalLeads = new Set([
  'a', 'an', 'the', 'one', 'of', 'major', 'main', 'key', 'central', 'primary', 'ultimate', 'long', 'longtime',
  'long-standing', 'important', 'big', 'biggest', 'great', 'greatest', 'top', 'holy', 'elusive', 'still', 'our',
  'its', 'their', 'his', 'her', 'chief', 'overarching',
]); // prettier-ignore

/**
 * Whether the claim is a gerund that opens the clause and is then named as an aim (“reversing
 * memory deficits and impairments in spatial learning is a major goal in the field of dementia
 * research”, “curing the disease remains the holy grail”): what a field seeks, not what a
 * treatment does (JUDGING.md `not_efficacy`).
 */
export function gerundNamedAsGoal(text: string, claim: ClaimCueRange): boolean {
  const verb = claim.text.split(/\s+/u)[0] ?? '';
  if (!/^\p{L}+ing$/iu.test(verb) || wordsBefore(text, claim.start, 3).some((word) => /\p{L}/u.test(word)))
    return false;
  const words = wordsAfter(text, claim.end, 24);
  const copula = words.findIndex((word) => copulas.has(word));
  if (copula < 0) return false;
  let index = copula + 1;
  while (copulas.has(words[index] ?? '') || goalLeads.has(words[index] ?? '')) index++;
  return goalNouns.has(words[index] ?? '');
}

/** Finite verbs of the present, which keep a gerund's claim in the present: “is effective in reducing”. */
const presentFinite = new Set(['is', 'are', 'can', 'may', 'will', 'does', 'do', 'has', 'have', 'remains', 'helps']);
const determiners = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'his', 'her']);

/**
 * Whether a gerund claim after “in” takes the past tense of the verb that governs it: “its new
 * product outperformed the older cream in alleviating pain”, “the drug was superior in reducing
 * relapses”. The gerund names what was measured; the verb tells a result one study saw, not a
 * general truth (JUDGING.md `study_result`). The nearest finite verb decides, read back from the
 * “in”; an -ed word after a determiner is an adjective (“an approved drug”), not the verb.
 */
export function gerundOfPastResult(text: string, claim: ClaimCueRange): boolean {
  if (!/^\p{L}+ing$/iu.test(claim.text.split(/\s+/u)[0] ?? '')) return false;
  const words = wordsBefore(text, claim.start, 12);
  if (words.at(-1) !== 'in') return false;
  for (let index = words.length - 2; index >= 0; index--) {
    const word = words[index]!;
    if (presentFinite.has(word)) return false;
    if (word === 'was' || word === 'were') return true;
    if (/\p{L}{3}ed$/u.test(word)) return !determiners.has(words[index - 1] ?? '');
  }
  return false;
}

/** Verbs of benefit after “proven to”, “shown to”: “proven to reduce pain”, “shown to work”. */
const benefitInfinitives = new Set([
  'reduce', 'lower', 'prevent', 'improve', 'help', 'work', 'relieve', 'ease', 'cure', 'treat', 'heal', 'boost',
  'protect', 'extend', 'save', 'restore', 'slow', 'cut', 'decrease', 'alleviate', 'stop', 'halt', 'reverse',
  'shrink', 'fight', 'combat', 'eliminate', 'increase', 'raise', 'enhance', 'strengthen', 'benefit', 'control',
  'shorten', 'speed', 'clear', 'lessen', 'curb', 'delay', 'ward', 'lengthen', 'double', 'halve',
  'regrow', 'repair', 'rebuild', 'regenerate', 'remove', 'fix', 'resolve', 'manage', 'soothe', 'calm',
]); // prettier-ignore
/** Words after “proven to be” that name a benefit: “proven to be effective”, “shown to be a cure”. */
const benefitPredicates = new Set([
  'effective', 'efficacious', 'beneficial', 'superior', 'better', 'helpful', 'useful', 'successful', 'protective',
  'cure', 'remedy', 'treatment', 'therapy', 'solution', 'effectiveness', 'efficacy', 'best', 'lifesaving',
  'life-saving', 'curative', 'healing', 'potent', 'powerful',
]); // prettier-ignore

/** A claim whose words end in an open infinitive: “proven to”, “clinically proven to”, “shown to”. */
const openInfinitive = /\b(?:proven|proved|shown|demonstrated|guaranteed)\s+to$/iu;
/** A claim that ends in the participle whose “to” follows it in the text: “guaranteed” in “almost guaranteed to prompt”. */
const bareParticiple = /\b(?:proven|proved|shown|demonstrated|guaranteed)$/iu;

/**
 * Whether a claim that ends in an open infinitive (“proven to”, “clinically proven to”, “shown
 * to”) goes on to a benefit for someone's health: a verb of benefit (“proven to reduce pain”),
 * not one that raises a harm (“proven to increase Alzheimer's risk”), or “be” with a word of
 * benefit within four words (“proven to be safe and effective”). Proof of anything else (“proven
 * to be a result of impaired gene function”, “proven to have identical potency against
 * superbugs”) claims no benefit (RULES.md: a benefit claim about a treatment). A claim that does
 * not end in “to” names its benefit in its own words.
 */
export function complementIsBenefit(text: string, claim: ClaimCueRange): boolean {
  if (soleOption.test(claim.text)) return soleOptionThatWorks(text, claim);
  const words = wordsAfter(text, claim.end, 7);
  // Round 25: “are almost guaranteed to prompt confusion” matches only “guaranteed”; its “to” is next.
  if (bareParticiple.test(claim.text) && words[0] === 'to') words.shift();
  else if (!openInfinitive.test(claim.text)) return true;
  let index = 0;
  while (/ly$/u.test(words[index] ?? '')) index++;
  const verb = words[index];
  if (verb === undefined) return true;
  if (verb === 'be') return words.slice(index + 1, index + 5).some((word) => benefitPredicates.has(word));
  if (!benefitInfinitives.has(verb)) return false;
  // The verb's own end, for the object that follows it.
  const verbEnd = text.toLowerCase().indexOf(verb, claim.end) + verb.length;
  return !claimsHarm(text, verbEnd, verb);
}

/** “The only treatment”: a claim of superiority only with what it is the only one to do. */
const soleOption = /\bonly\s+treatment$/iu;
/** Words after “the only treatment” that say it works: “that works”, “proven to”, “known to cure”, “effective”. */
const workingWords = new Set([
  'works', 'work', 'worked', 'proven', 'shown', 'known', 'effective', 'helps', 'able', 'can', 'capable',
]); // prettier-ignore

/**
 * Whether “the only treatment” goes on to say that the treatment works (“the only treatment proven
 * to protect the brain”, “the only treatment that works”, “the only treatment to cure it”), within
 * its next words. Without that it names the options there are (“The only treatment is a
 * bone-marrow transplant”, “the only treatment the patient receives”), not how well any of them
 * works (RULES.md: a benefit claim).
 */
function soleOptionThatWorks(text: string, claim: ClaimCueRange): boolean {
  const words = wordsAfter(text, claim.end, 5);
  return words.some(
    (word, index) => workingWords.has(word) || (word === 'to' && benefitInfinitives.has(words[index + 1] ?? '')),
  );
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
          : gerundNamedAsGoal(text, claim)
            ? 'aim'
            : proposedByOthers(text, claim.end)
              ? 'reported'
              : frame,
    subject,
    // A person acting on a health outcome is a practice said to work (“nudging doctors … reduces
    // deaths”); on anything else, someone at work (“Barrow neurosurgeon helps pave the way”).
    subjectKind: subjectKindOf(text, claim, subject),
    markerObject: objectIsMarker(text, claim),
    // A health outcome among the object's first words keeps the claim about health whatever leads to
    // it (“new tool helps identify risk for dislocations”).
    exposureEffect: isExposureEffect(text, claim) || objectIsHealthOutcome(text, claim),
    mechanism: actsOnTheBody(text, claim),
    benefitComplement: complementIsBenefit(text, claim),
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
  return (
    clause.frame === 'stated' &&
    clause.subjectKind === 'other' &&
    clause.exposureEffect &&
    !clause.markerObject &&
    !clause.mechanism &&
    clause.benefitComplement
  );
}
