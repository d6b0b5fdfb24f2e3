import { namesSpeaker } from './attribution.js';
import type { ClaimCueRange } from './claim-parties.js';
import { claimLeadIn, claimNamesIntervention } from './claim-subject.js';
import { wordsAfter, wordsBefore } from './context-match.js';
import { creditsResearch } from './evidence.js';
import { insideOpenQuotation } from './study-finding.js';

/**
 * Shapes of a benefit claim in an article's body that readers of real articles judged debatable or
 * wrong more often than right (round 11, over every verdict read for unqualified-efficacy-claim):
 * the claim is still a claim, but the sentence gives it as someone's view, as an explanation of a
 * treatment named before, or as background praise of a treatment the article does not promote.
 * A rule reports these as tentative rather than dropping them.
 */

/** Research named by a capitalised noun, which `namesSpeaker` would read as a name (“Study reports”). */
const researchNoun = /\b(?:Study|Studies|Report|Research|Review|Analysis|Trial|Survey|Data|Findings)\b/gu;

/**
 * Whether the sentence names who says it, with a verb of speech (“…,” said Peter Schnohr; Franks
 * says thalidomide is …; “…,” he told Reuters Health): a named speaker's view, which readers judged
 * debatable (background an expert gives, textbook knowledge) about as often as an overclaim.
 */
export function spokenByNamedSpeaker(sentence: string): boolean {
  // A capitalised piece of research before a verb of speech is no speaker (“Study reports that …”).
  return namesSpeaker(sentence.replace(researchNoun, (word) => word.toLowerCase()));
}

/**
 * Whether the claim names its intervention only through a pronoun whose antecedent is in an earlier
 * sentence (“It also reduces cramping”, “This helps people breathe better”, “They are a highly
 * effective form of birth control”), outside a quotation: prose that goes on describing a treatment
 * already named, usually how it acts or what it is for, rather than the article's claim. `before`
 * holds the sentences just before, nearest last; `quoteText` and `quoteOffset` place the claim in
 * the text a quotation may open in (its paragraph), since a quote can run over several sentences.
 */
export function namesInterventionOnlyBefore(
  text: string,
  claim: ClaimCueRange,
  before: readonly string[],
  quoteText: string = text,
  quoteOffset: number = claim.start,
): boolean {
  if (before.length === 0 || claimNamesIntervention(text, claim, [])) return false;
  if (!claimNamesIntervention(text, claim, before)) return false;
  return !insideOpenQuotation(quoteText, quoteOffset);
}

/** A comparison or superlative in or just before the claim: “more effective”, “the most effective”, “better”. */
const comparisonWord = /\b(?:more|most|less|least|better|best|superior|as|equally|similarly)\b/iu;
/** Absolute wording: a cure, a reversal, healing, elimination, proof, a guarantee, killing all. */
const absoluteWord =
  /\b(?:cur(?:e|es|ed|ing)|revers\w*|heal\w*|eliminat\w*|prov(?:en|ed|es?)|guarantee\w*|kill\w*)\b/iu;

/**
 * Whether the claim is worded as a comparison or superlative (“more effective than”, “the most
 * effective”, “better”) or absolutely (“cures”, “reverses”, “clinically proven”): the claims an
 * editor always asks about (JUDGING.md: a comparison or superlative is correct even when it sounds
 * familiar; FTC: a testimony of a cure is the claim to check), so no tentative shape takes them.
 */
export function certainInWording(sentence: string, claim: ClaimCueRange): boolean {
  const lead = sentence.slice(Math.max(0, claim.start - 12), claim.start);
  return comparisonWord.test(claim.text) || comparisonWord.test(lead) || absoluteWord.test(claim.text);
}

/** “Effective” or “efficacious” in the claim. */
const effectiveWord = /\b(?:effective|efficacious)\b/iu;
/** Evidence named in the sentence: “studies have shown”, “was found”, “proven”, “according to”. */
const evidenceWord =
  /\b(?:shows?|showed|shown|finds|found|reveals?|revealed|demonstrates?|demonstrated|confirms?|confirmed|proven|proved|according to|evidence|data)\b/iu;

/**
 * Whether the claim is a plain “effective” (“the drugs are effective”, “is an effective treatment”,
 * “highly effective”), with no comparison or superlative, not paired with another quality (“safe and
 * effective”), and no research or evidence named in its sentence: the wording of background about an
 * established treatment (insulin, the IUD, bisphosphonates), which JUDGING.md's convention leaves debatable. A comparison (“more effective
 * than”), a superlative or a claim credited to evidence (“has been found to be highly effective”)
 * is not this shape.
 */
export function plainEffective(sentence: string, claim: ClaimCueRange): boolean {
  if (!effectiveWord.test(claim.text) || certainInWording(sentence, claim)) return false;
  // “Safe and effective”, “effective and well tolerated”: a verdict on a product, not background.
  if (/\band\s+$/u.test(sentence.slice(0, claim.start)) || /^\s+and\b/u.test(sentence.slice(claim.end))) return false;
  return !creditsResearch(sentence) && !evidenceWord.test(sentence);
}

/** The forms of “be” that make a participle passive. */
const beForms = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * Whether the claim is a passive participle (“symptoms can be alleviated within minutes”, “pain is
 * relieved”): what patients get is put first, the promise an article makes about the treatment it
 * offers, so neither shape below takes it.
 */
function toldInPassive(sentence: string, claim: ClaimCueRange): boolean {
  const words = claim.text.toLowerCase().split(/\s+/u);
  const participle = beForms.has(words[0] ?? '') ? words[1] : words[0];
  const before = beForms.has(words[0] ?? '') ? words[0] : wordsBefore(sentence, claim.start, 1)[0];
  return beForms.has(before ?? '') && /(?:ed|en)$/u.test(participle ?? '');
}

/** People as the ones who can act: “people can ward off a disease”, “individuals can prevent that”. */
const actingPeople = new Set([
  'people', 'patients', 'adults', 'children', 'kids', 'women', 'men', 'individuals', 'you', 'we', 'parents', 'smokers',
]); // prettier-ignore
/** Words that may stand between “can” and the claim, or between the subject and “can”. */
const besideModal = (word: string): boolean => word.endsWith('ly') || word === 'also' || word === 'often';

/**
 * Whether the claim says what a treatment can do (“folic acid supplementation can prevent spina
 * bifida”, “ketamine can ease symptoms”, “sumatriptan … can relieve nausea”), in the active voice,
 * with no comparison, superlative or absolute wording: a capability told as background on a treatment, which readers
 * of real articles judged debatable far more often than right. Not when people are the ones who
 * can act (“people can ward off a disease by taking …”, “women who exercise can prevent …”): that
 * is advice to readers, the promise an editor checks.
 */
export function claimedAsCapability(sentence: string, claim: ClaimCueRange): boolean {
  if (certainInWording(sentence, claim) || toldInPassive(sentence, claim)) return false;
  const claimWords = claim.text.toLowerCase().split(/\s+/u);
  let before = wordsBefore(sentence, claim.start, 6);
  if (claimWords[0] === 'can') before = [...before, 'can'];
  while (before.length > 0 && besideModal(before.at(-1)!)) before.pop();
  if (before.at(-1) !== 'can') return false;
  before.pop();
  while (before.length > 0 && besideModal(before.at(-1)!)) before.pop();
  if (actingPeople.has(before.at(-1) ?? '')) return false;
  // “Women who take part in exercise … can prevent”: people, whatever they do, are the subject.
  return !/\bwho\b/iu.test(claimLeadIn(sentence, claim.start).text);
}

/**
 * Evidence in the present perfect before the claim: “studies have shown that”, “has been shown to
 * be”, “have been found to be”, “experts have known for some time that”.
 */
const perfectEvidence =
  /\b(?:has|have|had|['’]ve)\s+(?:(?:\p{L}+ly|also|already|long|repeatedly|consistently)\s+)?(?:been\s+)?(?:shown|found|proven|proved|demonstrated|established|confirmed|known)\b/iu;

/**
 * Whether the claim is credited to earlier evidence left unnamed, in the present perfect (“TMS has
 * been shown to be effective in several psychiatric conditions”, “previous studies have shown that
 * a Mediterranean diet reduces certain risk factors”), with no comparison, superlative or absolute
 * wording: background on what is already known about a treatment, which readers of real articles
 * judged debatable about as often as correct (JUDGING.md's textbook background).
 */
export function creditedToEarlierEvidence(sentence: string, claim: ClaimCueRange): boolean {
  if (certainInWording(sentence, claim) || toldInPassive(sentence, claim)) return false;
  return perfectEvidence.test(sentence.slice(0, claim.start));
}

/** An efficacy adjective as a claim, with its degree: “effective”, “highly effective”, “the most effective”. */
const efficacyAdjective = /^(?:(?:the\s+)?(?:more|most)\s+|(?:highly|very|remarkably)\s+)?(?:effective|efficacious)$/iu;
/** Words after the adjective that continue a predicate, not a noun it modifies: “effective than”, “effective in”. */
const predicateContinuation = new Set([
  'than', 'in', 'at', 'for', 'against', 'and', 'or', 'but', 'as', 'when', 'if', 'to', 'with', 'on', 'because', 'since',
  'compared', 'while', 'of', 'among', 'across', 'by', 'from', 'after', 'before', 'over', 'without', 'together', 'overall',
  'alone',
]); // prettier-ignore
/** Verbs that make what follows them a predicate about their subject: “is the most effective drug”, “remains”, “considered”. */
const predicatingVerbs = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remain', 'remained', 'become', 'becomes', 'became',
  'considered', 'seems', 'seem', 'proved', 'proven', 'called', 'named', 'ranked', 'rated', 'deemed',
]); // prettier-ignore
/** Pronouns that follow a fronted predicate adjective (“the more efficacious it can be”), never the noun it modifies. */
const subjectPronouns = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i']);
/** Words of a noun phrase between a predicating verb and its adjective: “is also the single most”, “one of the”. */
const nounPhraseLead = new Set(['the', 'a', 'an', 'one', 'of', 'single', 'also', 'only', 'still', 'by', 'far', 'much']);

/**
 * Whether an efficacy adjective modifies a noun in passing, outside any predicate about a treatment
 * (“patients using more effective statins”, “eligible for highly effective clot-busting therapy”,
 * “providing our patients more effective options”): the benefit is presupposed of a class of things while the
 * sentence says something else, which readers of real articles judged correct in 2 of 5 findings
 * (round 25). Not when the noun phrase is predicated of a treatment (“this is the single most
 * effective drug”, “remains the most effective long-term treatment”, “is a safe and effective
 * alternative”) or identifies one (“the most effective treatment is cognitive behaviour therapy”):
 * those state the claim.
 */
export function presupposedInPassing(sentence: string, claim: ClaimCueRange): boolean {
  if (!efficacyAdjective.test(claim.text)) return false;
  // The next word must follow at once, past spaces only: a comma or a quotation mark ends the phrase.
  if (!/^\s+\p{L}/u.test(sentence.slice(claim.end, claim.end + 3))) return false;
  const after = wordsAfter(sentence, claim.end, 3);
  if (predicateContinuation.has(after[0] ?? '')) return false;
  // “The earlier it is given, the more efficacious it can be”: a fronted predicate, on no noun.
  if (subjectPronouns.has(after[0] ?? '')) return false;
  // “The most effective treatment is …”, “the most effective screening test is …”: identifies a treatment.
  if (after.slice(1, 3).some((word) => word === 'is' || word === 'are')) return false;
  const before = wordsBefore(sentence, claim.start, 8);
  while (before.length > 0) {
    const last = before.at(-1)!;
    if (nounPhraseLead.has(last) || /ly$/u.test(last)) before.pop();
    // “A safe and effective alternative”: a paired quality.
    else if (last === 'and' || last === 'or') before.splice(-2, 2);
    else break;
  }
  // At the head of its sentence the noun phrase is the subject the sentence goes on to say something
  // about (“The most effective screening tests currently available are based on PSA”): an editor
  // reading whole documents wrote that one down as a claim (eval/judged/recall.jsonl), so it stays.
  // After a comma it is held back like any other (round 26): a quality listed with another (“the
  // highest quality, most effective options”, judged wrong) or a subject after a subordinate clause
  // (“As dentists came to understand the mouth, more effective preventive techniques have followed”,
  // judged debatable) presupposes the benefit while the sentence says something else.
  if (before.length === 0) return false;
  const verb = before.at(-1) ?? '';
  return !predicatingVerbs.has(verb) && !/['’]s$/u.test(verb);
}

/**
 * Who may report a claim in indirect speech without being named in the sentence: a pronoun standing
 * for a speaker named before (“He said the surgery …”), or people and firms as a group (“researchers
 * stress”, “both companies say”). A named speaker is `spokenByNamedSpeaker`'s.
 */
const reportingSubject = String.raw`(?:he|she|they|researchers|scientists|investigators|authors|experts|doctors|physicians|specialists|officials|companies|company|firm|team|editorialists)`;
/** Verbs of speech and of drawing a conclusion that put a claim in someone's mouth. */
const reportingSpeech = String.raw`(?:says?|said|stress(?:es|ed)?|conclude[sd]?|argue[sd]?|notes?|noted|explain(?:s|ed)?|add(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|contend(?:s|ed)?|emphasi[sz]e[sd]?|point(?:s|ed)?\s+out|told\s+\p{L}+|tells?\s+\p{L}+)`;
/** “He said …”, “researchers stress …”, “they conclude that …”: a subject of speech and its verb, a word of degree between. */
const subjectOfSpeech = new RegExp(
  String.raw`\b${reportingSubject}\s+(?:(?:\p{L}+ly|also|have|has|had)\s+)?${reportingSpeech}\b`,
  'iu',
);
/** “According to the researchers, …”, “according to Meanwell, …”: a claim credited to a person or people. */
const accordingToSpeaker = new RegExp(
  String.raw`\b[Aa]ccording to\s+(?:(?:the|its)\s+${reportingSubject}|him|her|them|\p{Lu}\p{Ll}+)\b`,
  'u',
);

/**
 * Whether the claim is reported in indirect speech, after a verb of speech whose speaker is a
 * pronoun or a group (“He said the surgery … shortens a patient's recovery time”, “researchers
 * stress the drugs are effective”, “both companies say research … shows that radiation is safe and
 * effective”, “they conclude that egg storage is ‘the most effective option’”), or credited with
 * “according to” to a person (“according to Meanwell, laboratory studies show it to be effective”):
 * a speaker's view the writer passes on, not the writer's own claim. Outside a quotation only, but
 * for a fragment quoted within the reported clause: a quoted claim is the speaker's own wording,
 * judged like any other (JUDGING.md). Over every verdict
 * read to round 25, the shape after an article's opening paragraph was judged 1 correct and 5
 * debatable (round 26).
 */
export function toldInIndirectSpeech(sentence: string, claim: ClaimCueRange): boolean {
  const before = sentence.slice(0, claim.start);
  if (insideOpenQuotation(sentence, claim.start)) {
    // Round 27: a fragment quoted inside indirect speech (“they conclude that egg storage is “the most
    // effective option””) is still passed on: its quotation opens after the verb of speech, on a word
    // of the reported clause, not after a colon or a comma as a direct quote does (“He said, “…””).
    const opening = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
    const speech = subjectOfSpeech.exec(before);
    return speech !== null && speech.index < opening && /[\p{L}\p{N}]\s+$/u.test(before.slice(0, opening));
  }
  return subjectOfSpeech.test(before) || accordingToSpeaker.test(before);
}
