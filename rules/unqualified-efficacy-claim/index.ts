import {
  creditedToNamedBody,
  findNamedAttributions,
  judgedByNamedBody,
  namesBody,
  namesJournal,
  shownByNamedStudy,
} from '../../src/language/attribution.js';
import { gerundOfPastResult, readClaimClause, statesTreatmentBenefit } from '../../src/language/claim-clause.js';
import {
  afterEvidenceQualifier,
  attributedToProponents,
  claimsTestAccuracy,
  describesNormalFunction,
  describesPicture,
  describesWhatIsSought,
  governedByCondition,
  heldAsPastBelief,
  insideCitedTitle,
  insideConcession,
  insideEmbeddedQuestion,
  insideProperName,
  insideWebAddress,
  insideDenial,
  isMechanism,
  keepsFromActing,
  limitedAfter,
  limitedInDegree,
  opensAsSummary,
  quantifiedShare,
  scopedToPartOfPeople,
  toldAsEarlierFinding,
  toldAsOwnExperience,
} from '../../src/language/claim-context.js';
import {
  findCausativeBenefit,
  findClaimCues,
  findDirectBenefitClaim,
  findTreatmentThatChangesOutcome,
  lacksObject,
} from '../../src/language/claim-strength.js';
import { ContextMatcher, wordsBefore } from '../../src/language/context-match.js';
import {
  citationInScope,
  creditsResearch,
  describesStudy,
  evidenceScopes,
  identifiesStudy,
  isOwnReviewSummary,
  reportsOwnReview,
  reportsOwnStudy,
  trailingCitationMarker,
  type EvidenceScope,
} from '../../src/language/evidence.js';
import {
  actsOnBodilyProcess,
  helpsTheBodyAct,
  helpsNonHealthTask,
  benefitWordAsNoun,
  claimsHarm,
  clinicianAtWork,
  comparedOnSubstance,
  comparesTestAccuracy,
  conditionOfUse,
  cutsBackOn,
  hasIndefiniteSubject,
  improvesChoices,
  pluralNounAfterAdjective,
  promiseReportedInDoubt,
  testSparesRisk,
  peopleImproveThemselves,
  reportedInDoubt,
  underNegativeQuantifier,
  workInOtherSense,
} from '../../src/language/claim-use.js';
import { claimNamesIntervention } from '../../src/language/claim-subject.js';
import {
  certainInWording,
  claimedAsCapability,
  creditedToEarlierEvidence,
  namesInterventionOnlyBefore,
  plainEffective,
  presupposedInPassing,
  spokenByNamedSpeaker,
  toldInIndirectSpeech,
} from '../../src/language/claim-sureness.js';
import { isHedged } from '../../src/language/hedges.js';
import { carriesPooledEstimate, reviewsEvidence } from '../../src/language/evidence-summary.js';
import { claimNamedNotMade, givenAsEvidence } from '../../src/language/unsettled-claims.js';
import { namesCellsOrAnimals } from '../../src/language/preclinical-result.js';
import { comparesWithStudyArm } from '../../src/language/own-voice.js';
import {
  afterPastCopula,
  headlineFigureOfLede,
  reportedQuantifiedResult,
  reportedStudyFinding,
  restatesReportedResult,
  toldAsRanking,
} from '../../src/language/study-finding.js';
import { isTestimony } from '../../src/language/testimony.js';
import { findNegations, isNegatedAt } from '../../src/language/negation.js';
import { restatesPrevious } from '../../src/language/risk.js';
import { topOfArticle } from '../../src/prose/top.js';
import { defineRule } from '../../src/rule/define-rule.js';
import {
  lexiconOptionsProblem,
  lexiconOptionsSchema,
  withProjectTerms,
  type LexiconOptions,
} from '../../src/rule/terms.js';
import { lexicon } from './lexicon.generated.js';

export interface UnqualifiedEfficacyClaimOptions extends LexiconOptions {
  /** Where a citation must be for a claim to count as sourced. */
  scope: EvidenceScope;
  /**
   * Flag a headline that credits its claim to research (“X more effective than Y, study shows”).
   * Off by default: editors differ on these, since a headline has no room for the hedge or the
   * citation the message asks for, and naming the study is the attribution it can give. With a verb
   * of finding (“…, New Study Finds”) that holds for the strongest claims too (“can reverse”).
   */
  studyHeadlines: boolean;
  /**
   * Flag a test's accuracy stated as certain (“a lab score superior to troponin for identifying
   * patients at risk”, “more accurate than standard analyses”). Off by default: accuracy is not a
   * treatment's benefit, and its fix is the test's sensitivity and specificity, not a hedge.
   */
  testAccuracy: boolean;
}

interface EfficacyEntry {
  readonly id: string;
  readonly match: readonly string[];
  readonly prefer: readonly string[];
  readonly note: string;
  /** “Can” does not soften this claim (“can reverse depression”). */
  readonly strong?: boolean;
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}

const entries: readonly EfficacyEntry[] = lexicon;
const matcher = new ContextMatcher(entries);

/**
 * A benefit stated as fact in words the lexicon does not list (“talking therapy improves symptoms
 * of pain”, “aspirin halves the risk”), found by `findDirectBenefitClaim` from the claim-strength cues.
 */
const directClaim: EfficacyEntry = {
  id: 'direct-benefit',
  match: [],
  prefer: ['may'],
  note: 'A benefit stated as fact; say how much, in whom, compared with what, and cite the study.',
};

/** A result stated in the past tense: “was more effective”, “were improved”, “reduced the”, “significantly improved”. */
const pastResult =
  /\b(?:was|were|had been)\s+(?:\w+ly\s+)?(?:more|less|as|most|improved|reduced|lowered|relieved|better|effective)\b|\b(?:reduced|improved|lowered|relieved|eased|boosted|prevented|cut|halved|shortened)\s+(?:the|their|his|her|its|median|mean|overall|symptoms|pain)\b/iu;

/** A verb that presents a claim as what research found: “a study has found that”, “…, study shows”. */
const reportingVerb =
  /\b(?:shows?|showed|shown|finds|found|reveals?|revealed|demonstrates?|demonstrated|confirms?|confirmed|proves?|proved|according to)\b/iu;

/** Whether research is said to show something (“a trial has shown that”), not denied (“no trial ever showed”). */
function affirmsFinding(sentence: string, negations: ReturnType<typeof findNegations>): boolean {
  const frame = reportingVerb.exec(sentence);
  return frame !== null && !isNegatedAt(sentence, frame.index, negations);
}

/** Present-tense verbs of benefit after a plural subject (“two drugs improve drainage”). */
const pluralPresent =
  /^(?:improve|reduce|prevent|protect|lower|boost|relieve|ease|help|eliminate|cure|reverse|halve|restore|heal|extend|save)\b/iu;

/**
 * Whether a claim is stated in the present tense, as a general truth: “improves”, “reduce the”,
 * “is effective”, “are more effective than”; not “proved to be more effective” or “found the two
 * treatments equally effective”, which report what one study saw.
 */
function inPresentTense(sentence: string, claim: { start: number; text: string }): boolean {
  const first = claim.text.split(/\s+/u).find((word) => !/ly$/iu.test(word)) ?? '';
  if (/^(?:is|are)$/iu.test(first)) return true;
  if (/^(?:more|most|effective|better|superior|highly|very)$/iu.test(first))
    return wordsBefore(sentence, claim.start, 4).some((word) => /^(?:is|are|'s|’s)$/iu.test(word));
  return (/[^s]s$/iu.test(first) && !/ed$/iu.test(first)) || pluralPresent.test(first);
}

/** A comparison with a control: “compared to no intervention”, “than placebo”. */
const comparison = /\bcompared (?:to|with)\b|\bthan\b/iu;

/** A figure someone worked out or a remark they made: “his team calculated that”, “Sharma noted”. */
const calculatedOrNoted = new Set(['calculate', 'calculates', 'calculated', 'note', 'notes', 'noted']);

/**
 * A view someone holds, however long the clause that follows (“she thinks that TMS and ECT, with
 * their high success rates …, offer more effective solutions”): an opinion, not a claim stated as fact.
 */
const heldAsOpinion = /\b(?:thinks?|thought|believes?|believed|feels?|hopes?|hoped|suspects?|suspected)\s+that\b/iu;

/** “It's going to be effective”: a prediction, like “will”. */
const goingTo = /\bgoing to(?: be)?\s+$/iu;

/** A claim others are said to make or a view they hold: “proponents say it …”, “patients perceived it to be …”. */
const reportedSpeech =
  /\b(?:say|says|said|argue|argues|argued|claim|claims|claimed|contend|contends|insist|insists|believe|believes|think|thinks|thought|hope|hopes|perceive|perceived|rate|rated|felt|estimate|estimates|estimated)\b(?:\s+that)?\s+(?:\S+\s+){0,8}$/iu;

/**
 * A benefit in the past tense (“improved the”, “boosted median survival”, “significantly
 * reduced”): what one study or one patient saw, reported as a result rather than claimed as a
 * general truth. Only the strongest claims (“cured of”, “reversed”) still need a hedge there.
 */
function inPastTense(claim: string): boolean {
  const verb = claim.split(/\s+/u).find((word) => !/ly$/iu.test(word)) ?? '';
  return /ed$/iu.test(verb);
}

/**
 * “This eliminates the need for patients to put in eye drops”: how a treatment is used, not that
 * it works (JUDGING.md `not_efficacy`). Only with “eliminate”: “reduces the need for surgery” is
 * an outcome.
 */
function removesTheNeed(sentence: string, claim: { end: number; text: string }): boolean {
  return (
    /^eliminat/iu.test(claim.text) &&
    /^\s+(?:the\s+)?need\s+(?:for|to)\b/iu.test(sentence.slice(claim.end, claim.end + 20))
  );
}

/**
 * “The Claim: An extract of bergamot can lower cholesterol, some scientists say.” followed by “The
 * Verdict: …”, or “Myth: …”: a paragraph that sets out a claim in order to check it (JUDGING.md
 * `reported_claim`).
 */
const claimUnderReview = /^(?:the\s+)?(?:claims?|myths?|the pitch|the promise|the hype)\s*:/iu;

/**
 * The texts of the two sentences before the one at `index`, nearest last, reaching back into the
 * block before (a quote that opens its paragraph, “It works.”): where a pronoun finds what it stands for.
 */
function sentencesBefore(
  blockBefore: { sentences: readonly { text: string }[] } | undefined,
  block: { sentences: readonly { text: string }[] },
  index: number,
): string[] {
  const earlier = [...(blockBefore?.sentences ?? []), ...block.sentences.slice(0, index)];
  return earlier.slice(-2).map((sentence) => sentence.text);
}

/**
 * The text of the sentence after the one at `index`, reaching into the block after when it is the
 * block's last (a news lede is often a paragraph of its own, its credit the next paragraph's).
 */
function sentenceAfter(
  blockAfter: { sentences: readonly { text: string }[] } | undefined,
  block: { sentences: readonly { text: string }[] },
  index: number,
): string | undefined {
  return (block.sentences[index + 1] ?? blockAfter?.sentences[0])?.text;
}

/** A headline's source after a colon at its end, in a few words (“New pill effective, safe: FDA staff”). */
const headlineCreditAfterColon = /:\s*([\p{L}\p{N}.&'’-]+(?:\s+[\p{L}\p{N}.&'’-]+){0,4})$/u;

/**
 * Whether a headline credits the claim before its last colon to a named body (“New "morning-after"
 * pill effective, safe: FDA staff”): the one attribution a headline has room for, naming a source the
 * reader can look up (JUDGING.md: an attribution whose source is named in the same sentence). An
 * unnamed one (“…: Report”, “…: study”) names no one and stays a claim.
 */
function creditedAfterColonToNamedBody(headline: string, claimEnd: number): boolean {
  const credit = headlineCreditAfterColon.exec(headline);
  return credit !== null && credit.index >= claimEnd && namesBody(credit[1] ?? '');
}

/** Claims this close together (“faster-acting and more effective”) are one claim. */
const sameClaimGap = /^[\s,]*(?:(?:and|or|but|even|also|not only|then)\b[\s,]*)*$/iu;

export default defineRule<UnqualifiedEfficacyClaimOptions>({
  id: 'unqualified-efficacy-claim',
  scope: 'text',
  docs: {
    summary:
      'Flags benefit claims stated as certain (“cures”, “reverses”, “clinically proven”, “highly effective”, “more effective than”) with no hedge and no citation.',
    rationale:
      'Readers act on efficacy claims. Few treatments cure or reverse anything, and a claim that sounds certain hides how small, early or uncertain the evidence is. ' +
      'It leaves out testimony (“this helps with the emotions,” says a trial participant; “I found it helpful”): one person telling their own experience is not a claim about the evidence, and a hedge or a citation would not fix it; a testimony of a cure is still flagged. ' +
      'It also leaves out a test’s accuracy (“superior to troponin for identifying patients at risk”) unless `testAccuracy` is on: accuracy is not a treatment’s benefit, and what it needs is sensitivity and specificity. ' +
      'A claim must be about an intervention: a treatment, test or practice named in its clause (by name, by a class noun such as “the drug” or “this procedure”, or as an act: “extending dosing intervals reduces …”), a pronoun whose antecedent in the two sentences before is one, or a means named after it (“… through a simple solution”); a person, a lifestyle, saliva, criteria, research or a disease as subject claims nothing a reader could take. ' +
      'A claim credited with “according to” to a named organisation or study is that source’s, not the article’s. ' +
      'A named expert’s quoted claim is still a claim (JUDGING.md: wording in a named expert’s quote is judged like any other wording), but one whose sentence names its speaker is held back as tentative: over every verdict read to round 11, 30 such findings were judged 8 correct, 13 debatable and 9 wrong.',
    guideline:
      'HealthNewsReview.org criteria 2 and 5; FTC Health Products Compliance Guidance (2022); ASA CAP Code rule 12 (medicines and health claims).',
    howToFix:
      'Say what the evidence shows and how strong it is (“in a 2021 trial of 60 adults, symptoms eased in about half”), hedge the claim (“may help”), and cite the study.',
  },
  tentative:
    'seven shapes of claim in the article’s body (never its headline, and never a comparison, a superlative or an absolute claim such as “cures” or “clinically proven” but in the two that say “comparison or not”), which readers of real articles judged debatable or wrong more often than right: a claim whose sentence names who says it (“…,” said Dr Smith; Smith says …), usually a speaker’s view or background; a claim whose treatment is not named in its own clause but only in an earlier sentence (“It also reduces cramping”, “This helps people breathe”), outside a quotation, usually an explanation of a treatment already named; a plain “effective” with no comparison and no research or evidence named in its sentence (“Bisphosphonates are highly effective”), usually background on an established treatment; and, after the opening paragraph, two more: what a treatment “can” do (“folic acid supplementation can prevent spina bifida”), but not advice that people can act (“people can ward off the disease by taking …”), and a claim credited to earlier evidence in the present perfect (“TMS has been shown to be effective”, “studies have shown that the diet reduces …”), both usually background on what is already known about a treatment, and neither in the passive (“symptoms can be alleviated”), which states what the article offers; and an efficacy adjective on a noun in passing, comparison or not (“patients using more effective statins”, “eligible for highly effective therapy”), which presupposes a benefit while the sentence says something else, not when it is said of a treatment (“is the most effective drug”) or names one (“the most effective treatment is …”); and, after the opening paragraph, a claim passed on in indirect speech by a pronoun or a group, comparison or not, a fragment it quotes included (“He said the surgery … shortens recovery time”, “researchers stress the drugs are effective”, “they conclude that egg storage is “the most effective option””), or credited “according to” a person: a speaker’s view, not the article’s claim.',
  messages: {
    claim: 'Unexpected unqualified efficacy claim `{actual}`, expected a hedge such as `{hedge}` or a citation',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      scope: { enum: [...evidenceScopes], description: 'Where a citation must be: sentence, paragraph or section.' },
      studyHeadlines: {
        type: 'boolean',
        description:
          'Whether to flag a headline that credits its claim to research (“X cuts pain, study finds”). Off by default: a headline has no room for a hedge or a citation, and naming the study is the attribution it can give; editors differ on these.',
      },
      testAccuracy: {
        type: 'boolean',
        description:
          'Whether to flag a test’s accuracy stated as certain (“superior to troponin for identifying patients at risk”, “more accurate than standard analyses”). Off by default: accuracy is not a treatment’s benefit, and what it needs is the test’s sensitivity and specificity.',
      },
      ...lexiconOptionsSchema,
    },
    additionalProperties: false,
  },
  // Boilerplate praises its issuer (“has led the way in ground-breaking care”); reference lists
  // and captions hold titles, not claims.
  skip: ['boilerplate', 'reference', 'caption', 'furniture'],
  checkOptionFiles: (options) => lexiconOptionsProblem(options),
  defaults: { scope: 'sentence', studyHeadlines: false, testAccuracy: false },
  examples: [
    {
      title:
        'What earlier work had found, in the past perfect; benefits as what a team found; a claim scoped to the speaker’s own practice (round 27)',
      input:
        'Knee braces\n\nA new trial looked at knee braces for runners.\n\nEarlier research had also concluded that the two braces are similarly effective, but the new trial is larger. Dr. Moss and colleagues found major lasting benefits to the runners’ knees. “In my sports practice, the brace has been one of the most effective tools for knee pain,” Moss said.',
      flags: [],
    },
    {
      title: 'Still claims: the same benefits and the superlative in the article’s voice',
      input:
        'Knee braces\n\nA new trial looked at knee braces for runners.\n\nThe two braces are similarly effective. The brace brings major lasting benefits to the runners’ knees. The brace is one of the most effective tools for knee pain.',
      flags: ['effective', 'benefits', 'most effective'],
    },
    {
      title:
        'A fragment quoted inside indirect speech after the opening paragraph, and a claim scoped before it to the patients it suits (round 27)',
      input:
        'Knee braces\n\nA new trial looked at knee braces for runners.\n\nThey conclude that a custom brace is “the most effective option for runners.” For the right patient, the brace eases knee pain.',
      flags: [],
    },
    {
      title: 'Still shown: a direct quote after a comma, and the claim not scoped to the patients it suits',
      input:
        'Knee braces\n\nA new trial looked at knee braces for runners.\n\nHe said, “A custom brace is the most effective option for runners.” The brace eases knee pain.',
      flags: ['most effective', 'eases'],
    },
    {
      title: 'The fragment quoted inside indirect speech, when `tentative` is on',
      input:
        'Knee braces\n\nA new trial looked at knee braces for runners.\n\nThey conclude that a custom brace is “the most effective option for runners.”',
      options: { tentative: true },
      flags: ['most effective'],
    },
    {
      title:
        'A claim passed on in indirect speech after the opening paragraph, evidence said to exist, a cure weighed against its cost, an efficacy adjective in passing after a comma (round 26)',
      input:
        'Knee braces\n\nA new study looked at knee braces for runners.\n\nResearchers stress the brace is effective at preventing falls. According to Hansen, the brace eases knee pain in runners. There’s evidence that the brace cuts the risk of falls. Custom braces can cure the problem, but they’re expensive. As makers learned more, more effective braces followed.',
      flags: [],
    },
    {
      title: 'The indirect speech and the adjective in passing, when `tentative` is on',
      input:
        'Knee braces\n\nA new study looked at knee braces for runners.\n\nResearchers stress the brace is effective at preventing falls. According to Hansen, the brace eases knee pain in runners. As makers learned more, more effective braces followed.',
      options: { tentative: true },
      flags: ['is effective', 'eases', 'more effective'],
    },
    {
      title: 'Still claims: indirect speech in the opening paragraph, and the same claims in the article’s voice',
      input:
        'Knee braces\n\nResearchers stress the brace is effective at preventing falls.\n\nThe brace eases knee pain in runners. The brace cuts the risk of falls. Custom braces can cure the problem.',
      flags: ['is effective', 'eases', 'cuts the risk', 'can cure'],
    },
    {
      title: 'A headline crediting its claim to a named body after a colon, and to an unnamed report (round 26)',
      input:
        '# New knee brace effective for runners: FDA staff\n\nThe brace was tested.\n\n# New knee brace effective for runners: report\n\nThe brace was tested.',
      flags: ['effective'],
    },
    {
      title: 'An efficacy adjective on a noun in passing and a ranking’s place (round 25)',
      input:
        'Patients taking more effective inhalers had fewer attacks. More women are now eligible for highly effective laser therapy.\n\nThe gel was ranked the most effective treatment for itch, followed by the cream.',
      flags: [],
    },
    {
      title: 'An efficacy adjective on a noun in passing, when `tentative` is on',
      input:
        'Patients taking more effective inhalers had fewer attacks. More women are now eligible for highly effective laser therapy.',
      options: { tentative: true },
      flags: ['more effective', 'highly effective'],
    },
    {
      title: 'Still claims: the adjective said of a treatment or naming one, and a comparison in the article’s voice',
      input:
        'The inhaler is the most effective treatment for asthma. The most effective treatment is laser therapy. Acupuncture is a safe and effective alternative to painkillers. The spray is more effective than the cream.',
      flags: ['most effective', 'most effective', 'effective', 'more effective than'],
    },
    {
      title:
        'A share of people before the claim, a view once held, a guarantee of something else, a comparison measured in a substance made or a test’s sensitivity (round 25)',
      input:
        'In about a third of patients, the pill improves their walking. After a year, one woman in three stops bleeding with the coil. The thinking has been that fish oil lowers cholesterol. The new rules are almost guaranteed to prompt confusion. The new pill is better than aspirin in terms of the amount of nitric oxide produced. The sensitivity of the new stool test is much better than that of the old one.',
      flags: [],
    },
    {
      title: 'Still claims: the same benefits for everyone, in the article’s voice, guaranteed, or on health',
      input:
        'The pill improves walking in people with MS. Fish oil lowers cholesterol. The cream is guaranteed to ease eczema. The new pill is better than aspirin at easing pain.',
      flags: ['improves', 'lowers cholesterol', 'guaranteed', 'better than'],
    },
    {
      title: 'An estimate restated in words, a trial’s own controls, a limit on a benefit (round 23)',
      input:
        'The hazard ratio for survival is 0.80 (0.70 to 0.91). This means that the drug reduces the risk of death by a fifth.\n\nTalking therapy works better in easing low mood, when compared with a waiting list.\n\nThe higher rate of infection after surgery reduces its benefit.',
      flags: [],
    },
    {
      title: 'Still claims: the same words with no estimate before them, no trial’s control, a harm reduced',
      input:
        'The trial ran for two years. This means that the drug reduces the risk of death by a fifth.\n\nTalking therapy works better than drugs in easing low mood.\n\nThe drug reduces its side effects.',
      flags: ['reduces the risk', 'works better than', 'reduces'],
    },
    {
      title: 'How it acts, a quoted grade, the people it works for, a limited basis (round 23)',
      input:
        'By blocking the TNF receptor, the new drug prevents inflammation. There is only ‘moderate’ evidence that the pill helps patients. She is one of the children for whom the treatment works. The gel relieves pain, based on limited data.',
      flags: [],
    },
    {
      title: 'Still claims: the same benefits stated outright',
      input: 'The new drug prevents inflammation. The pill helps patients. The treatment works. The gel relieves pain.',
      flags: ['prevents', 'helps patients', 'works', 'relieves'],
    },
    {
      title: 'A disease or germ helped, and a test’s accuracy, are no benefit (round 23)',
      input:
        'Burning fat helps the tumour escape hormone therapy. The extract enhances the growth and virulence of the bacteria. The new score is better than the old one in determining the risk of liver disease.',
      flags: [],
    },
    {
      title: 'Still claims: a person helped, and a treatment compared',
      input:
        'Burning fat helps the patient lose weight. The new drug is better than the old one in treating liver disease.',
      flags: ['helps', 'better than'],
    },
    {
      title: 'Claims named, not made: left open, hearsay, advertising, given as evidence (round 17)',
      input:
        'Whether the cream cures eczema has not been investigated. Which of the drugs is the most effective cannot be answered. The tea is said to have cured many people of cancer. Sellers advertise that the bracelet is clinically proven. There are strong indications that the smoking ban improves health.',
      flags: [],
    },
    {
      title: 'A review’s own result, stated with its pooled estimate (round 19)',
      input:
        'Five trials compared chemotherapy with radiotherapy. Chemotherapy reduces the risk of recurrence outside the pelvis (RR = 0.79 (0.68 to 0.92); NNT = 20).',
      flags: [],
    },
    {
      title: 'The same claim without the estimate is a conclusion stated as fact',
      input:
        'Five trials compared chemotherapy with radiotherapy. Chemotherapy reduces the risk of recurrence outside the pelvis.',
      flags: ['reduces the risk'],
    },
    { title: 'A cure claim', input: 'This tea cures anxiety.', flags: ['cures'] },
    { title: '“Can” is not a hedge', input: 'Ketamine can reverse depression within hours.', flags: ['can reverse'] },
    { title: 'A hedged claim', input: 'In a small trial, the drug may have eased symptoms.', flags: [] },
    { title: 'A negated claim', input: 'Vitamin C does not cure colds.', flags: [] },
    {
      title: 'A cited claim',
      input: 'The drug is highly effective against migraine ([Lee et al., 2022](https://doi.org/10.1000/x)).',
      flags: [],
    },
    {
      title: 'A benefit stated as fact',
      input: 'Talking therapy over the phone improves symptoms of chronic pain.',
      flags: ['improves symptoms'],
    },
    {
      title: 'A benefit verb outside the lexicon',
      input: 'Manuka honey curbs wound infections.',
      flags: ['curbs'],
    },
    {
      title: 'A plural subject',
      input: 'Fish oil capsules reduce the risk of gout.',
      flags: ['reduce'],
    },
    {
      title: 'A past result and the body at work',
      input: 'Blood sugar improved in both groups. Estrogen helps protect bone health.',
      flags: [],
    },
    {
      title: 'An opinion, a prediction and graded evidence',
      input:
        'Patients perceived the costly pill to be more effective than the cheap one. The pair will be more effective than either drug alone. There is moderate-quality evidence that it reduces pain. The task force estimates it reduces deaths.',
      flags: [],
    },
    { title: 'A mechanism', input: 'It is an antibody that works by binding a protein on tumour cells.', flags: [] },
    {
      title: 'How a drug acts at its target, and the body acting with its help',
      input:
        'The pill fights lymphoma by blocking a protein on tumour cells. The pill fights lymphoma in older patients. Allergy shots help teach the body to better tolerate pollen. The eye fluid is rich in the vitamin, which prevents oxidation of the lens proteins.',
      flags: ['fights'],
    },
    {
      title: 'A claim conceded to be weighed, and a result of a study counted among others',
      input:
        'Despite a broad agreement that the brace works, many questions remain. A second study showed that the new pill also extends survival in older patients. The new pill extends survival in older patients.',
      flags: ['extends survival'],
    },
    {
      title: 'How a drug acts on the body, and some unnamed drugs',
      input:
        'The enzyme dissolves clots and restores blood flow to the brain. One drug blocks a growth signal, the other boosts the immune system. Some drugs are more effective than others.',
      flags: [],
    },
    { title: 'An organisation', input: 'The agency also improves patient safety by checking labels.', flags: [] },
    {
      title: 'The title of a cited paper',
      input: 'The study, “Daily Walnut Intake Improves Mood in Young Adults”, appears in Nutrients.',
      flags: [],
    },
    {
      title: 'Reported speech from a named expert',
      input: '“It is highly effective,” said Dr Jane Smith, who led the trial.',
      flags: [],
    },
    {
      title: 'A ranking scale, a claim weighed in the same sentence and one person’s experience',
      input:
        'Treatments were ranked from one to five, with one being the most effective. CBD is an effective drug for this epilepsy but not a cure-all. “For me it’s extremely effective,” says one patient.',
      flags: [],
    },
    {
      title: 'A survival claim',
      input: '# Irreversible Electroporation Nearly Doubles Overall Survival\n\nThe registry followed 150 patients.',
      flags: ['Doubles Overall Survival'],
    },
    {
      title: 'A prediction and a calculation',
      input: 'The pill will reduce the need for surgery. His team calculated that screening cuts deaths by 71 percent.',
      flags: [],
    },
    {
      title: 'A footnote marker after the full stop',
      input: 'Naloxone reverses an overdose within minutes.[11] It is sold over the counter.',
      flags: [],
    },
    {
      title: 'A benefit in other wordings: a capacity, people who benefit, a passive, a causative',
      input:
        'The pill has the power to reduce asthma attacks. Adults with gout benefit from the new diet. Migraine pain is relieved by acupuncture. The new drug tricks the liver into burning fat.',
      flags: ['reduce', 'benefit from', 'is relieved by', 'tricks'],
    },
    {
      title: 'What people can do, a share of them and the size of a change',
      input:
        'With the implant, doctors are able to prevent vision loss. Some patients benefit from surgery. Symptoms are reduced by half.',
      flags: [],
    },
    {
      title: 'A past result and a requirement',
      input:
        'At one year, the injection was superior to surgery. We need evidence that it is effective. It only works on a small subset of patients.',
      flags: [],
    },
    {
      title: 'A claim that research is said to show, in the present tense',
      input: 'The researchers found that the new pill improves sleep in older adults.',
      flags: ['improves sleep'],
    },
    {
      title: 'A headline that credits a study',
      input: '# Choir singing boosts immune activity, study shows\n\nChoirs met weekly.',
      flags: [],
    },
    {
      title: 'The same headline when `studyHeadlines` is on',
      input: '# Choir singing boosts immune activity, study shows\n\nChoirs met weekly.',
      options: { studyHeadlines: true },
      flags: ['boosts'],
    },
    {
      title: '“Can” does not soften a prevention claim',
      input: 'Daily ibuprofen can prevent Alzheimer’s disease.',
      flags: ['can prevent'],
    },
    {
      title: 'Keeping people from acting, an aim and a conceded claim',
      input:
        'Cost and stigma prevent many from seeking help. Finding drugs that are effective is hard. While surgery can be very effective, it often leaves scars.',
      flags: [],
    },
    {
      title: 'A claim set out in order to be checked',
      input: 'The Claim: Bergamot extract lowers cholesterol.\n\nThe Verdict: Two small trials agree.',
      flags: [],
    },
    {
      title: 'A review’s own summary states its results',
      input: 'We included 12 trials with 9,000 people. Aspirin reduces the risk of stroke.',
      flags: [],
    },
    {
      title: 'A claim made conditional by the sentence before it',
      input:
        'If we take this research at face value, we learn a few things. First, some exercise reduces your risk of death.',
      flags: [],
    },
    {
      title: 'Testimony from a trial participant and from a user',
      input:
        'Julian is one of about 100 children participating in the study.\n\n“This helps with the emotions,” Julian said.\n\nHe tried the pill himself (“I found it helpful; it improves my focus”).',
      flags: [],
    },
    {
      title: 'A test’s accuracy',
      input: 'The lab score is superior to troponin alone for the identification of patients at high risk.',
      flags: [],
    },
    {
      title: 'A test’s accuracy when `testAccuracy` is on',
      input: 'The lab score is superior to troponin alone for the identification of patients at high risk.',
      options: { testAccuracy: true },
      flags: ['superior to'],
    },
    {
      title: '“Work” in another sense, and no treatment to make the claim about',
      input:
        'The implant works as an electric stimulator. The agency works with partners abroad. Each case needs its own evaluation to see what works. That works out to a million children. To make sure it works, doctors must follow the protocol.',
      flags: [],
    },
    {
      title: 'A condition of use takes the benefit as given',
      input:
        'The drug works best when taken with food. The implant is effective for three years. The pill must be taken daily to be effective. Natural family planning is most effective if you are taught by a specialist.',
      flags: [],
    },
    {
      title: 'A claim reported to be doubted, and one mostly denied',
      input:
        'Its website states that the game improves memory. Take Sunblock, a supplement “clinically proven” to protect your skin. But surgery rarely cures them. Few medications have been found effective. Natural remedies are not necessarily effective. There is very little research showing the balm works.',
      flags: [],
    },
    {
      title: 'A harm moved up or a good moved down is not a benefit',
      input:
        'Saturated fat boosts heart disease risk. Short sleep reduces powers of perception. The new drug slows memory decline.',
      flags: ['slows'],
    },
    {
      title: 'A benefit word as a noun, a clinician at work and a process in the body',
      input:
        'The budget includes a $920 million boost to addiction treatment. A practising physician, he treats patients with skin cancer. The drug halts production of estrogen. The greatest apparent benefit came from fibre.',
      flags: [],
    },
    {
      title: 'A test compared with others, and people who got better',
      input:
        'The newer genetic test is more effective than karyotyping. You see lots of patients improve their depression.',
      flags: [],
    },
    {
      title: 'Still claims: a treatment that is what works, what people can do with a drug, a comparison and a cut',
      input:
        'Exercise is what works. By taking ibuprofen, people can ward off the disease. Light therapy works better than drugs. The drug cuts the risk of stroke by half.',
      flags: ['works', 'can ward off', 'works better than', 'cuts the risk'],
    },
    {
      title: 'A clause that is not stated as fact, or not about a treatment and a health outcome',
      input:
        'Even if deep brain stimulation turns out to be an effective treatment for depression, it will not come first. He had the infusion in the hopes of reversing the scarring. Zinman noted that Jardiance, like other SGLT2 drugs, also reduces swelling. Effectiveness has to be proven to the FDA. Barrow neurosurgeon helps pave way for deep brain stimulation. This approach helps decide.',
      flags: [],
    },
    {
      title: 'Still claims: a practice on a health outcome, and research credited with a present-tense claim',
      input:
        'Nudging doctors in intensive care units reduces deaths. The researchers prove that eating fruit is the most effective way to a healthy glow.',
      flags: ['reduces', 'most effective'],
    },
    {
      title: 'A claim limited to early or animal work, and how soon a drug acts',
      input:
        'The approach has been shown effective in early trials against bladder cancer. The compound cures diabetes in mice. Because it is fast-acting, it cannot replace basal insulin.',
      flags: [],
    },
    {
      title: 'The level of a substance is a marker, not an outcome',
      input: 'The new drugs boost levels of good cholesterol. The pill reduces PSA levels.',
      flags: [],
    },
    {
      title: 'A treatment named by its class with a health outcome in a relative clause',
      input: 'They have found a drug that improves survival in lung cancer.',
      flags: ['improves survival'],
    },
    {
      title: 'People who got better, the body at work, and an idea held or examined',
      input:
        'Eight patients who had lived with psoriasis for decades cleared their skin. Healthy cartilage protects the ends of the bones. The notion that garlic cures colds has been tested often.',
      flags: [],
    },
    {
      title: 'A goal, a claim scoped to some people, a process of the body as object and a concession',
      input:
        'Curing peanut allergy remains the main goal of the field. Hip replacement is effective for many people with arthritis. Dieting reduces the body’s energy expenditure. The older scan, while effective, exposes patients to radiation.',
      flags: [],
    },
    {
      title: 'Still claims: people who take a treatment, and a treatment as subject',
      input: 'Women who take aspirin reduce their risk of stroke. Ginger tea relieves nausea.',
      flags: ['reduce', 'relieves'],
    },
    {
      title: 'A past result with a word of degree, a setting and a share of the people',
      input:
        'In the trial, the light treatment was much more effective than the bright lamp. In the review, the pair of drugs was the most effective. The mask is very effective in the sleep lab. Chemotherapy cures up to 90 percent of children with the disease.',
      flags: [],
    },
    {
      title: 'Help with a decision, not with health',
      input: 'The new gene test helps patients decide on treatment. The brace helps patients walk again.',
      flags: ['helps patients'],
    },
    {
      title: 'Proof of something other than a benefit, a topic named by a gerund, and a gene or an illness as subject',
      input:
        'Carriers of the variant, which is proven to raise the risk of gout, did worse. The two salts have proven to have the same potency in the dish. The clinic treats familial hypercalcaemia, which is proven to be a result of a faulty gene.\n\n## Curing hepatitis C\n\nThe liver disorder, which protects nobody, spread.',
      flags: [],
    },
    {
      title: 'Still claims: proof of a benefit, and a gerund after its treatment',
      input:
        'The cream is clinically proven to ease eczema within days. The patch is proven to be safe and effective. The right dose of the ointment can provide remarkably therapeutic properties in not only alleviating, but reversing the rash.',
      flags: ['clinically proven', 'proven to', 'alleviating'],
    },
    {
      title: 'A claim credited to a named journal, and results told in the past tense',
      input:
        'Tea tree oil reduces acne scars, according to a new study in the journal Skin Research. “The gel was about 40% to 45% effective,” the co-author said. The new lotion outperformed the old spray in alleviating itch.',
      flags: [],
    },
    {
      title: 'A study’s result told in the past, in the study’s voice',
      input:
        'A trial in 2019 found that the gel reversed the scarring in most patients. The spray was shown to be safe and effective in a one-year study.',
      flags: [],
    },
    {
      title: 'Still claims: a finding made a general truth, and settled knowledge in the article’s voice',
      input:
        'A trial in 2019 found that the gel reverses scarring. The spray has been shown to be highly effective against hay fever.',
      flags: ['reverses', 'highly effective'],
    },
    {
      title: 'A result with its study’s measure, credited to the study in its sentence or the next',
      input:
        'The implant reduces the risk of death by 29%, researchers reported Monday. The brace is more effective than a sling, with 62 percent of patients free of pain, according to the trial. The patch cures warts in 60 percent of children.\n\nOkafor and colleagues report the results in the journal Pain. The gel cures warts in 60 percent of children.',
      flags: ['cures'],
    },
    {
      title: 'A headline that credits research with a verb of finding, however strong its claim',
      input: '# Weight Loss Can Reverse Diabetes, New Study Finds\n\nThe trial was small.',
      flags: [],
    },
    {
      title: 'How a drug acts on body chemistry: the amount of a substance',
      input: 'The pill reduces the amount of calcium reaching brain cells.',
      flags: [],
    },
    {
      title: 'The only treatment there is, and the only one that works',
      input: 'The only treatment is a skin graft. Cooling is the only treatment proven to protect the brain.',
      flags: ['the only treatment'],
    },
    {
      title: 'No intervention as subject: a person, a lifestyle, saliva, a disease',
      input:
        'A girl helps herself to a buffet. A music legend fights the disease on his farewell tour. Their lifestyle helps to keep them strong. We know that saliva helps us wash away bacteria. Hypothyroidism is common. It slows body functions.',
      flags: [],
    },
    {
      title: 'Still claims: a pronoun for a named treatment, an act, and a means named after the claim',
      input:
        'The hospital now offers the new blood substitute drug. It works. Extending dosing intervals reduces the risk of infection. Individuals can prevent the disease through a simple solution.',
      flags: ['It works', 'reduces the risk', 'can prevent'],
    },
    {
      title: 'A claim credited to a named organisation',
      input:
        'Steroid nasal sprays are the most effective drug class for nasal allergies, according to the American College of Allergy, Asthma & Immunology.',
      flags: [],
    },
    {
      title: 'A result in cells or animals, not a benefit claimed for people',
      input:
        'The gel prevents scars forming in a mouse model of burns. The extract curbs the growth of bacteria even at low dilutions.',
      flags: [],
    },
    {
      title: 'A benefit limited in size or time in its own sentence, and a claim waited for',
      input:
        'The vaccines provide moderate protection and can prevent many cases. Sham devices reduce pain, at least temporarily. Experts advise against the new tests until they are proven to be useful.',
      flags: [],
    },
    {
      title: 'A claim credited after it to those who sell the product',
      input: 'Enzyme pills relieve bloating after meals, say companies that sell the pills.',
      flags: [],
    },
    {
      title: 'A claim whose sentence names its speaker, when `tentative` is on',
      input: '"Running prolongs life more than walking does," said Peter Schnohr.',
      options: { tentative: true },
      flags: ['prolongs life'],
    },
    {
      title: 'A claim whose sentence names its speaker is held back by default',
      input: '"Running prolongs life more than walking does," said Peter Schnohr.',
      flags: [],
    },
    {
      title: 'A treatment named only in an earlier sentence, when `tentative` is on',
      input: 'The implant is placed under the skin of the arm. It also reduces cramping and heavy bleeding.',
      options: { tentative: true },
      flags: ['reduces'],
    },
    {
      title: 'A treatment named only in an earlier sentence is held back by default',
      input: 'The implant is placed under the skin of the arm. It also reduces cramping and heavy bleeding.',
      flags: [],
    },
    {
      title: 'A plain “effective” with no comparison or evidence, when `tentative` is on',
      input: 'Bisphosphonates are highly effective.',
      options: { tentative: true },
      flags: ['highly effective'],
    },
    {
      title: 'A plain “effective” is held back by default; a comparison and a claim credited to evidence are not',
      input:
        'Bisphosphonates are highly effective. The pill is more effective than surgery. Ketamine has been found to be a highly effective treatment.',
      flags: ['more effective than', 'highly effective'],
    },
    {
      title: 'A benefit given as a named body’s judgement is the body’s, not the article’s',
      input:
        'Even the USPSTF accepts the fact that screening at 40 saves lives. An approval is the FDA saying, “this drug is safe and effective.” Screening at 40 saves lives.',
      flags: ['saves lives'],
    },
    {
      title: 'What a named study demonstrated is that study’s claim; the same claim unsourced flags',
      input:
        'He led the Women’s Health Study, which was the first to demonstrate that aspirin prevents a first stroke in women. Aspirin prevents a first stroke in women.',
      flags: ['prevents'],
    },
    {
      title: 'A claim the writer calls a claim is reported, not made',
      input:
        'Researchers have declared him cured of the virus — a stunning claim in a field where the word is barely whispered. A bone marrow transplant cures the virus.',
      flags: ['cures'],
    },
    {
      title: 'A claim someone is said to doubt is no claim',
      input:
        'He says he is skeptical that permethrin lotion is any more effective than shampoo. Permethrin lotion is more effective than shampoo.',
      flags: ['more effective than'],
    },
    {
      title: 'Researchers’ own past result (“we found that … reversed”) is their study’s finding',
      input:
        '"We found that chemotherapy actually reversed these trends," Wright said. Chemotherapy reverses these trends.',
      flags: ['reverses'],
    },
    {
      title: 'An adverb of frequency right before the claim limits it (“often improves”)',
      input: 'Gastric bypass surgery often improves type 2 diabetes. Gastric bypass surgery improves type 2 diabetes.',
      flags: ['improves'],
    },
    {
      title: '“Helps” with a task of knowing or conveying claims no health benefit',
      input:
        'Getting the trial published helps to bring credibility to parents. The app helps track which doses work. The drug helps relieve pain.',
      flags: ['helps relieve'],
    },
    {
      title: 'A photo caption is no claim',
      input: 'Workers are seen at the Aspirin protect tablet press in a handout photo. Aspirin protects the heart.',
      flags: ['protects'],
    },
    {
      title: 'What a treatment needs in order to work best is no claim that it works (“for it to be most effective”)',
      input:
        'For either drug to be most effective, it must be given early. The vaccine is more efficacious than the old one.',
      flags: ['more efficacious'],
    },
    {
      title: '“Proven to be wrong” proves no benefit',
      input: 'The experts were proven to be wrong. The drug is proven to reduce pain.',
      flags: ['proven to'],
    },
    {
      title: '“Works to” stop a process of the body or a virus is a mechanism (“works to stop viral replication”)',
      input: 'Tamiflu works to stop viral replication. Tamiflu works to stop the flu.',
      flags: ['works'],
    },
    {
      title: 'A change in the amount of the body’s molecules is a mechanism (“boosts the volume of proteins”)',
      input: 'The drug boosts the volume of proteins in the brain. The drug boosts memory.',
      flags: ['boosts'],
    },
    {
      title: '“Works without” a sensation or a need says how it works, not that it does',
      input: 'Sub-perception therapy works without that sensation. Sub-perception therapy works well.',
      flags: ['works'],
    },
    {
      title: 'A better thing being prepared or designed is an aim (“preparing an even more effective test”)',
      input: 'We are preparing an even more effective test. The new drug is more effective than aspirin.',
      flags: ['more effective than'],
    },
    {
      title: 'A relative “which” stands for the phrase before it: a body part that heals is no treatment',
      input:
        'A bone was fractured (usually the clavicle, which heals well without consequences) in a few births. Patients take the cream, which heals ulcers.',
      flags: ['heals'],
    },
    {
      title: 'A result credited to its study with an equivalence to its comparison arm (“about as well as stretching”)',
      input:
        'Weekly yoga classes relieve back pain about as well as stretching sessions, a new study shows. Weekly yoga classes relieve back pain better than stretching sessions, a new study shows.',
      flags: ['relieve'],
    },
    {
      title: '“By most measures”, “in most cases” before the claim limit it, as “often” does',
      input: 'By most measures, the surgery works. The surgery works.',
      flags: ['works'],
    },
    {
      title: 'What a treatment “can” do, after the opening paragraph, when `tentative` is on',
      input:
        'Folic acid\n\nA new study looked at vitamins in pregnancy.\n\nFolic acid supplementation can prevent spina bifida. People can ward off the disease by taking folic acid.',
      options: { tentative: true },
      flags: ['can prevent', 'can ward off'],
    },
    {
      title: 'What a treatment “can” do is held back without `tentative`; advice that people can act is not',
      input:
        'Folic acid\n\nA new study looked at vitamins in pregnancy.\n\nFolic acid supplementation can prevent spina bifida. People can ward off the disease by taking folic acid.',
      flags: ['can ward off'],
    },
    {
      title:
        'A claim credited to earlier evidence in the present perfect, after the opening paragraph, when `tentative` is on',
      input:
        'Magnetic pulses\n\nA new study looked at TMS for voices.\n\nTMS has been shown to be effective in several psychiatric conditions.',
      options: { tentative: true },
      flags: ['effective'],
    },
    {
      title: 'A claim credited to earlier evidence in the present perfect is held back without `tentative`',
      input:
        'Magnetic pulses\n\nA new study looked at TMS for voices.\n\nTMS has been shown to be effective in several psychiatric conditions.',
      flags: [],
    },
    {
      title:
        'A passive promise under earlier evidence stays shown (“research has shown that symptoms can be alleviated”)',
      input:
        'Ketamine\n\nA new clinic offers ketamine.\n\nResearch has shown that symptoms can be alleviated within minutes after one ketamine infusion.',
      flags: ['be alleviated'],
    },
    {
      title: 'What a part of the body does when it works normally (round 15)',
      input:
        "When it's functioning properly, the BRCA gene helps repair damaged DNA and prevents tumors. Olaparib prevents tumors in women with BRCA mutations.",
      flags: ['prevents'],
    },
    {
      title: 'A result that “remained” over the study, not one that “remains” (round 15)',
      input:
        'HF10 therapy remained more effective than traditional SCS over the 12 month study period. HF10 therapy remains more effective than traditional SCS.',
      flags: ['more effective than'],
    },
    {
      title: 'A recap of what the article set out, and the same claim on its own (round 15)',
      input: 'To recap: running improves your health more than walking does. Running improves your health.',
      flags: ['improves'],
    },
    {
      title: 'A study’s measured result said again in the next sentence (round 15)',
      input:
        'The study found that long-acting contraception is about 20 times more effective at preventing pregnancy than pills, said Dr. Jeffrey Peipert. “Implants are more effective because women can forget about them.”\n\nImplants are more effective because women can forget about them.',
      flags: ['more effective'],
    },
    {
      title: 'A benefit seen, and a benefit given (round 15)',
      input: '# Acupuncture Benefit Seen in Pregnancy\n\nAcupuncture benefits women in pregnancy.',
      flags: ['benefits'],
    },
    {
      title: 'Early use set against late, and a treatment set against another (round 15)',
      input:
        'Early diagnosis is key because early treatment is more effective. The new vaccine is more efficacious than the old one.',
      flags: ['more efficacious'],
    },
    {
      title: 'What a standard or a payer requires be shown is the bar, not a claim (round 16)',
      input:
        'Each approved program must demonstrate through published research that it has a positive impact, and reduces specific risk factors for heart disease. New technology is allowed into the market after studies show it is more effective than placebos. Aspirin reduces deaths from heart disease.',
      flags: ['reduces'],
    },
    {
      title: 'A procedure named by an adjective and a plural noun, and a diet’s make-up (round 16)',
      input:
        'The patients who took statins and had endovascular repairs had fewer deaths. The diet cuts way back on oils and fatty meats. The diet cuts the risk of stroke.',
      flags: ['cuts the risk'],
    },
    {
      title: 'A test that spares another test’s risk, and a promise reported beside doubt (round 16)',
      input:
        'The new test eliminates the risk of miscarriage. Clinics have opened promising instant relief with ketamine, with scant evidence on long-term benefits.\n\nKetamine eliminates the risk of relapse.',
      flags: ['eliminates'],
    },
    {
      title:
        'More choices, a past belief and the activity of a cell part are no claims that a treatment works (round 17)',
      input:
        'New drugs improve options for melanoma patients. I figured if they can cure me, they can cure everyone. The oxygen boosts the activity of mitochondria. New drugs improve survival for melanoma patients.',
      flags: ['improve'],
    },
    {
      title: 'A headline carrying the figure its lede credits to the study, and one without a figure (round 17)',
      input:
        '# Diabetes drug cuts heart risks by 13 percent\n\nThe drug cut the risk of heart attack by 13 percent in a closely watched study.\n\n# Diabetes drug cuts heart risks\n\nThe drug cut the risk of heart attack by 13 percent in a closely watched study.',
      flags: ['cuts'],
    },
    {
      title: 'A project’s own terms and exceptions',
      input: 'This tea banishes anxiety. It cures nothing else.',
      options: { extraTerms: [{ id: 'banishes', match: ['banishes'], prefer: 'may ease' }], allow: ['cures'] },
      flags: ['banishes'],
    },
    {
      title: 'A comparison with the study’s own controls, and a result in mutants (round 21)',
      input:
        'Outcomes from thrombolysis are better than the controls among patients with diabetes.\n\nWe show that the diet prevents the degeneration of neurons observed in pink1 mutants.\n\nAcupuncture relieves back pain better than placebo.',
      flags: ['relieves'],
    },
    {
      title: 'A treatment named by its class that changes a health outcome, in a relative clause (round 28)',
      input:
        'Scientists have identified a diabetes drug which halves the death rate of a tropical infection. Nurses give a medication that lowers potassium. Chemists hope to make a pill that cuts the risk of stroke.',
      flags: ['halves'],
    },
  ],
  check(document, { options, blocks, report }) {
    // The headline and the opening paragraph: the claims an article leads with.
    const opening = topOfArticle(blocks, 1);
    let previousBlock: (typeof blocks)[number] | undefined;
    for (const [blockIndex, block] of blocks.entries()) {
      const blockBefore = previousBlock;
      const blockAfter = blocks[blockIndex + 1];
      previousBlock = block;
      if (claimUnderReview.test(block.text.trimStart())) continue;
      const headline = block.kind === 'title' || block.kind === 'heading';
      for (const sentence of block.sentences) {
        let claims: { entry: EfficacyEntry; start: number; end: number; text: string }[] = matcher.matchAll(
          sentence.text,
        );
        if (claims.length === 0) {
          const direct =
            findDirectBenefitClaim(sentence.text) ??
            findCausativeBenefit(sentence.text) ??
            // Round 28: “a diabetes drug which halves the mortality rate”, which the cues skip.
            findTreatmentThatChangesOutcome(sentence.text);
          if (direct) claims = [{ entry: directClaim, start: direct.start, end: direct.end, text: direct.text }];
        }
        claims = withProjectTerms(claims, sentence.text, options, (entry) => ({ ...entry, match: [] }));
        if (claims.length === 0) continue;
        if (findNamedAttributions(sentence.text).length > 0) continue;
        if (isHedged(sentence.text)) continue;
        if (citationInScope(document, sentence, options.scope) || trailingCitationMarker(document, sentence)) continue;
        // A claim credited to research in a journal named in the same sentence (“according to a
        // new study published in the journal Radiology”) carries the citation the message asks for.
        if (namesJournal(sentence.text)) continue;
        // Likewise a claim credited to a named body or study (“…, according to the American
        // College of Allergy”): stated in its voice, not the article's own.
        if (creditedToNamedBody(sentence.text)) continue;
        // A finding tied to the study it comes from (“in 14 trials, it was more effective than
        // placebo”) is a reported result; only the strongest claims still need a hedge there.
        // So is a past-tense result (“was more effective than”, “reduced the”) in an article that
        // reports a study of its own, and a claim others are said to make (“proponents say it …”).
        const negations = findNegations(sentence.text);
        // But a present-tense claim that research is said to show (“a trial has shown that two drugs
        // improve drainage”, “PSA saves lives, a new analysis finds”) turns the result into a
        // general truth: still stated as fact (InSciOut codes it as a direct causal claim).
        const generalisedFinding =
          !reportsOwnReview(document) && creditsResearch(sentence.text) && affirmsFinding(sentence.text, negations);
        const describesItsStudy = describesStudy(sentence.text);
        const ownReview = !headline && isOwnReviewSummary(document);
        const ownPastResult = reportsOwnStudy(document) && pastResult.test(sentence.text);
        // In a review's own summary, a comparison (“compared to no intervention, X is effective”) is
        // the review's result (JUDGING.md: own_study_result).
        const reviewComparison =
          comparison.test(sentence.text) && (reportsOwnReview(document) || reviewsEvidence(document));
        // A headline that credits research (“…, study shows”) gives the one attribution it has room for.
        const creditedHeadline = headline && !options.studyHeadlines && creditsResearch(sentence.text);
        if (/\?(?:\s*["”’])?\s*$/u.test(sentence.text)) continue;
        // Aims, questions and recommendations (“to determine whether it is superior”) claim nothing.
        const question = findClaimCues(sentence.text).find((cue) => cue.kind === 'non-claim')?.start ?? Infinity;
        let previousEnd = -1;
        for (const claim of claims) {
          if (claim.start > question || isNegatedAt(sentence.text, claim.start, negations)) continue;
          // How a drug acts, what an organisation or the body does, the title of a cited paper or a
          // name, a question, a claim put in proponents' mouths, and something that got better
          // with nothing said to have made it so claim no benefit.
          // The clause around the claim: stated as fact (not a condition, an aim, a paraphrase or a
          // requirement), about something other than a person at work, and on someone's health.
          if (!statesTreatmentBenefit(readClaimClause(sentence.text, claim))) continue;
          // Required: the claim is about an intervention, named in its clause or, for a pronoun,
          // in the sentences just before (a person, a lifestyle, saliva or a disease is not one).
          if (!claimNamesIntervention(sentence.text, claim, sentencesBefore(blockBefore, block, sentence.index)))
            continue;
          if (
            isMechanism(sentence.text, claim.start, claim.end) ||
            // “When it's functioning properly, BRCA … prevents tumors”: a body part's normal work.
            describesNormalFunction(sentence.text, claim.start) ||
            insideCitedTitle(sentence.text, claim.start) ||
            // Round 26: “New pill effective, safe: FDA staff”: a headline credit to a named body.
            (headline && creditedAfterColonToNamedBody(sentence.text, claim.end)) ||
            insideWebAddress(sentence.text, claim.start, claim.end) ||
            insideProperName(sentence.text, claim.start, claim.end) ||
            describesPicture(sentence.text) ||
            insideEmbeddedQuestion(sentence.text, claim.start) ||
            attributedToProponents(sentence.text, claim.start, claim.end) ||
            afterEvidenceQualifier(sentence.text, claim.start) ||
            insideDenial(sentence.text, claim.start) ||
            // “Whether X works has not been investigated”, “is said to have cured”, “there is evidence that”.
            claimNamedNotMade(sentence.text, claim.start, claim.end) ||
            givenAsEvidence(sentence.text, claim.start) ||
            // “The FDA has deemed that Prozac has demonstrated benefits”: a named body's judgement.
            judgedByNamedBody(sentence.text, claim.start) ||
            // “The Women’s Health Study, which was the first to demonstrate that aspirin prevents …”.
            shownByNamedStudy(sentence.text, claim.start) ||
            describesWhatIsSought(sentence.text, claim.start, claim.text) ||
            keepsFromActing(sentence.text, claim.start, claim.end) ||
            removesTheNeed(sentence.text, claim) ||
            // Round 16: “had endovascular repairs” (a procedure's name), “cuts way back on oils” (a
            // diet's make-up), “the new test eliminates the risk of miscarriage” (a test's safety),
            // “clinics … promising instant relief” beside “scant evidence” (a promise reported in doubt).
            pluralNounAfterAdjective(sentence.text, claim.start, claim.text) ||
            cutsBackOn(sentence.text, claim.end, claim.text) ||
            testSparesRisk(sentence.text, claim.start, claim.end, claim.text) ||
            promiseReportedInDoubt(sentence.text, claim.start, block.text) ||
            // Round 17: “new drugs improve options for patients” (more to choose from, not a benefit);
            // “I figured if they can cure me, …” (a past belief reported as someone's).
            improvesChoices(sentence.text, claim.end, claim.text) ||
            heldAsPastBelief(sentence.text, claim.start) ||
            // Round 27: “Earlier research had also concluded that the two are similarly effective”:
            // what earlier work had found, told in the past perfect as history to the news.
            toldAsEarlierFinding(sentence.text, claim.start) ||
            lacksObject(sentence.text, claim.text, claim.end) ||
            // “Works as a stimulator”, “a boost to treatment”, “he treats patients”, “see what works”:
            // no treatment is said to work; “works best when taken with food”, “effective for three
            // years”: a condition of use takes the benefit as given; “what it claims are proven
            // benefits”, “rarely cures”: a claim reported to be doubted, or mostly denied.
            workInOtherSense(sentence.text, claim.end, claim.text) ||
            benefitWordAsNoun(sentence.text, claim.start, claim.end, claim.text) ||
            clinicianAtWork(sentence.text, claim.start, claim.text) ||
            hasIndefiniteSubject(sentence.text, claim.start, claim.text) ||
            conditionOfUse(sentence.text, claim.start, claim.end, claim.text) ||
            // Round 25: “was ranked the most effective”, “the top three most effective”: a ranking's place.
            toldAsRanking(sentence.text, claim.start, claim.text) ||
            reportedInDoubt(sentence.text, claim.start, claim.end) ||
            underNegativeQuantifier(sentence.text, claim.start) ||
            actsOnBodilyProcess(sentence.text, claim.end, claim.text) ||
            comparedOnSubstance(sentence.text, claim.end, claim.text) ||
            helpsTheBodyAct(sentence.text, claim.end, claim.text) ||
            helpsNonHealthTask(sentence.text, claim.end, claim.text) ||
            claimsHarm(sentence.text, claim.end, claim.text) ||
            peopleImproveThemselves(sentence.text, claim.start, claim.end) ||
            (!options.testAccuracy &&
              (claimsTestAccuracy(sentence.text, claim.end, claim.text) ||
                comparesTestAccuracy(sentence.text, claim.start, claim.end, claim.text)))
          )
            continue;
          // A claim weighed in the same sentence (“effective, but not a panacea”) or told as one
          // person's experience (“for me it's extremely effective”) is not stated as a general truth.
          // So is a claim conceded in order to be weighed (“while surgery can be very effective …, it
          // can also leave …”) or given with the share of people it helps (“cures about half of people”).
          // A “can” claim is weighed by a “but” as much as a hedged one (“can prevent illness, but
          // it's hard to detect”); the strongest claims without “can” are not.
          // Testimony (a participant's or user's own experience, “this helps,” Julian said) reports
          // what one person felt, not what the evidence shows: the fix is context, not a hedge. A
          // testimony of a cure (“it cured my anxiety,” says Sarah, a customer) is still flagged: the
          // FTC holds an advertiser to what its testimonials claim, and a cure is the claim to check.
          if (
            toldAsOwnExperience(sentence.text, claim.start, claim.end) ||
            // “Outperformed the older cream in alleviating pain”: what one study measured, in the past.
            gerundOfPastResult(sentence.text, claim) ||
            // “A study in 2017 found that the law reversed the trend”, “was shown to be safe and
            // effective in a two-year study”: one study's result, told in the past in its voice.
            reportedStudyFinding(sentence.text, claim) ||
            // Round 19: in a text reporting its own study or review, a benefit stated with the estimate
            // it rests on (“reduces the risk (RR = 0.79 (0.68 to 0.92); NNT = 20)”) is that study's
            // measured result, its measure given where the claim is made.
            ((identifiesStudy(document) || reviewsEvidence(document)) && carriesPooledEstimate(sentence.text)) ||
            // Round 23: “The HR for overall survival is 0.74 (0.64 to 0.89).” then “This means that
            // chemotherapy reduces the risk of being dead by a quarter.”: a sentence that restates the
            // one before gives that sentence's estimate in words, the same measured result.
            (restatesPrevious(sentence.text) &&
              carriesPooledEstimate(sentencesBefore(blockBefore, block, sentence.index).at(-1) ?? '')) ||
            // “Cut deaths 29% compared with a defibrillator alone, researchers reported Sunday”: a
            // result with its study's measure, credited to the study here or in the next sentence.
            reportedQuantifiedResult(sentence.text, claim.start, sentenceAfter(blockAfter, block, sentence.index)) ||
            // Round 17: a headline carrying the figure its lede gives with the study (“… cuts heart
            // risks by 13 percentage” over “… cut the risk by 13 percent in a closely watched study”).
            (headline && headlineFigureOfLede(sentence.text, sentenceAfter(blockAfter, block, sentence.index))) ||
            // The result the sentence before gives with its study and its measure, said again (“The
            // study found that it is about 20 times more effective …” then “It is more effective because …”).
            restatesReportedResult(
              sentence.text,
              claim.text,
              sentencesBefore(blockBefore, block, sentence.index).at(-1),
            ) ||
            // “To recap: running improves your health …”: a summary of what the article has set out.
            opensAsSummary(sentence.text) ||
            // A headline that credits research with a verb of finding (“Tai Chi Eases Symptoms of
            // Fibromyalgia, Study Finds”, “Weight Loss Can Reverse Diabetes, New Study Finds”) gives
            // the one attribution it has room for, however strong its claim.
            (creditedHeadline && generalisedFinding) ||
            (!claim.entry.strong && isTestimony(document, sentence, sentence.start + claim.start)) ||
            ((!claim.entry.strong || /^can\s/iu.test(claim.text)) && limitedAfter(sentence.text, claim.end)) ||
            insideConcession(sentence.text, claim.start) ||
            // “Provide moderate protection, and can prevent …”, “not a panacea”, “somewhat effective”:
            // the sentence limits the benefit's size or duration itself.
            limitedInDegree(sentence.text, claim.start, claim.text) ||
            (claim.entry.strong && quantifiedShare(sentence.text, claim.end)) ||
            scopedToPartOfPeople(sentence.text, claim.end, claim.start) ||
            // “Prevents scars forming in a mouse model”, “curbs growth of bacteria”: a result in
            // cells or animals, not a benefit claimed for people (JUDGING.md: animal_or_lab).
            namesCellsOrAnimals(sentence.text) ||
            // Round 21: “better than the controls”, “more than the placebo group”: a comparison
            // within one study, against its own arm, is that study's measured result.
            comparesWithStudyArm(sentence.text, claim.start, claim.end)
          )
            continue;
          if (
            !claim.entry.strong &&
            ((describesItsStudy && !(generalisedFinding && inPresentTense(sentence.text, claim))) ||
              // A review's own summary (a Cochrane plain-language summary) states the review's
              // results: JUDGING.md counts them as the article's own study (own_study_result).
              ownReview ||
              ownPastResult ||
              reviewComparison ||
              // “Was superior to”, “were much more effective”: a result, told in the past tense.
              afterPastCopula(sentence.text, claim.start) ||
              // “It only works on a small subset”: a limit, not a promise.
              wordsBefore(sentence.text, claim.start, 1)[0] === 'only' ||
              creditedHeadline ||
              inPastTense(claim.text) ||
              // “Can” reads as a possibility and “will be more effective” as a prediction.
              wordsBefore(sentence.text, claim.start, 3).some((word) => word === 'can' || word === 'will') ||
              /^(?:can|will)\s/iu.test(claim.text) ||
              goingTo.test(sentence.text.slice(Math.max(0, claim.start - 20), claim.start)) ||
              reportedSpeech.test(sentence.text.slice(0, claim.start)) ||
              heldAsOpinion.test(sentence.text.slice(0, claim.start)) ||
              // “His team calculated that a woman who gets a yearly mammogram … cuts her risk”: a model's figure.
              wordsBefore(sentence.text, claim.start, 25).some((word) => calculatedOrNoted.has(word)))
          )
            continue;
          // Last, as it reads the sentences before: “If we take this research at face value, …”.
          if (governedByCondition(block.sentences, sentence.index)) continue;
          const sameClaim = previousEnd >= 0 && sameClaimGap.test(sentence.text.slice(previousEnd, claim.start));
          previousEnd = claim.end;
          if (sameClaim) continue;
          const start = sentence.start + claim.start;
          const hedge = String(claim.entry.prefer[0] ?? 'may help');
          // Shapes readers judged debatable or wrong more often than right (round 11): held back
          // unless the `tentative` option asks for them. Headlines keep every finding.
          // A comparison, a superlative or an absolute claim (“cures”, “clinically proven”) never is.
          const tentative =
            !headline &&
            // Round 25: “patients using more effective statins”, “eligible for highly effective
            // therapy”: an efficacy adjective on a noun in passing, comparison or not.
            (presupposedInPassing(sentence.text, claim) ||
              // Round 26, after the opening paragraph: “He said the surgery … shortens recovery”,
              // “researchers stress the drugs are effective”: a speaker's view passed on, comparison or not.
              (!opening.has(block) && toldInIndirectSpeech(sentence.text, claim)) ||
              (!certainInWording(sentence.text, claim) &&
                (spokenByNamedSpeaker(sentence.text) ||
                  namesInterventionOnlyBefore(
                    sentence.text,
                    claim,
                    sentencesBefore(blockBefore, block, sentence.index),
                    block.text,
                    sentence.start + claim.start,
                  ) ||
                  plainEffective(sentence.text, claim) ||
                  // Round 13, after the opening paragraph (a lede's claim is the news): what a treatment
                  // “can” do, and what earlier evidence “has shown”.
                  (!opening.has(block) &&
                    (claimedAsCapability(sentence.text, claim) || creditedToEarlierEvidence(sentence.text, claim))))));
          report(
            'claim',
            block.span(start, sentence.start + claim.end),
            { actual: claim.text, hedge },
            { note: claim.entry.note, expected: [...claim.entry.prefer], ...(tentative ? { tentative } : {}) },
          );
        }
      }
    }
  },
});
