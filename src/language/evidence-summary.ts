import { oncePer } from '../memo.js';
import type { ProseDocument } from '../prose/types.js';
import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';

/**
 * Is the text itself a summary of evidence (a fact-check, an evidence summary, a review's
 * plain-language summary) rather than a story or a release about one study? Such a text weighs a
 * body of studies as its own work: it numbers its references (“[1]”, “[ 1,2 ]”), refers back to the
 * studies it weighs as a group (“the studies”, “both studies”, “all five studies”, “the summarized
 * results of studies”), says how it gathered them (“a review of … studies”, “the study situation”)
 * or grades them (“not well established”, “the quality of the studies”, “poorly done studies”),
 * and weighs what is known (“it is still unclear whether”, “the studies are contradictory”).
 * There, an unnamed “previous studies suggest” and a pooled figure are the evidence the text
 * reviews (JUDGING.md `own_study_source`, `own_study_result`), as a Cochrane summary's are; a
 * careful summary states them in exactly those words.
 *
 * One sign is not enough: a story about a meta-analysis says “the studies” once, and a release
 * may carry a numbered note. Two different numbered references in the body count two (a reference
 * apparatus is what a summary of evidence has and a story lacks), one counts one; each other kind
 * of sign counts one (“the studies” too, however often: stories say it). A text with a reference apparatus needs three; one
 * without needs two and a title that asks the question it answers (“Does X help with Y?”): news
 * stories weigh evidence too (“it is unclear whether”, “the studies”), but state their news.
 */
export const reviewsEvidence = oncePer((document: ProseDocument): boolean => {
  if (carriesReviewApparatus(document)) return true;
  const { markers, signs } = evidenceSummarySigns(document);
  return markers >= 2 ? markers + signs >= 3 : asksQuestion(document) && markers + signs >= 2;
});

/**
 * A review's own apparatus (round 19, Cochrane abstracts): a systematic review reports in the
 * first person what it did (“we included 12 trials”, “we identified four studies that met our
 * inclusion criteria”, “this review”) or in the passive (“fifty-four trials enrolling 6545 patients
 * were included”), and states its pooled results in a form only the reviewer writes: how many
 * studies and participants stand behind each estimate (“(3 studies, 163 participants: …)”,
 * “(four trials; 420 participants; low-certainty evidence)”), how certain that evidence is by
 * GRADE (“low-certainty evidence”, “moderate quality evidence”, “the certainty of the evidence”),
 * pooled ratios with their intervals (“RR 0.76, 95% CI 0.50 to 1.15”) and their heterogeneity
 * (“I2 = 78%”). An abstract has no title question and no numbered references, so round 17's
 * signs missed it; it has these.
 *
 * A story about a review quotes its figures, its authors (“we have identified”) and may say “this
 * Cochrane review” or “low-certainty evidence”, but tells what the review included in the third
 * person (“the researchers included 12 trials”). So the text is the review's own when it tells
 * what it included (“we included 12 trials”, “ten studies involving 484 patients were
 * included”), when it names itself (“this review”, “we searched”) and carries one of the
 * reviewer's forms, or when it carries two different forms (a count of studies and participants
 * behind an estimate with a GRADE grade or a pooled interval), which no news story stacks.
 */
export const carriesReviewApparatus = oncePer((document: ProseDocument): boolean => {
  const text = document.blocks
    .filter((block) => block.role === 'body' && block.kind !== 'title')
    .map((block) => block.text)
    .join('\n');
  // Each pattern runs over the whole body, and most texts lack the words it needs: the lower-case
  // text answers that first (`mayHold`), as it does for the signs of a summary below.
  const lower = lowerCaseForLiteralTests(text);
  const mayHold = (needs: (lower: string) => boolean): boolean => lower === undefined || needs(lower);
  const forms =
    (mayHold(namesStudyOrTrial) && studiesBehindEstimate.test(text) ? 1 : 0) +
    (mayHold(namesGrade) && gradedCertainty.test(text) ? 1 : 0) +
    (intervalOf95.test(text) && pooledInterval.test(text) ? 1 : 0) +
    (heterogeneity.test(text) ? 1 : 0);
  return (
    forms >= 2 ||
    (mayHold(namesWeAndStudies) && weIncluded.test(text)) ||
    studiesIncluded(text) ||
    (forms >= 1 && namesItselfAsReview.test(text))
  );
});

const countWord = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/**
 * The review telling what it included, which only the review itself does: “we included / identified
 * / reviewed 12 trials”, “we found four studies”, “fifty-four trials enrolling 6545 patients were
 * included”, “eight studies involving 2007 patients met the inclusion criteria”. A quote in a story
 * says “we have identified a gene”; a study counted and included is the review's own account.
 */
const weIncluded = new RegExp(
  String.raw`\bwe (?:have )?(?:included|identified|reviewed|found|pooled|combined|analy[sz]ed|selected) (?:a total of |data from )?${countWord} (?:[\p{L}-]+ ){0,3}?(?:studies|trials|RCTs|reports|papers)\b`,
  'iu',
);
const countedStudies = new RegExp(String.raw`\b${countWord} (?:[\p{L}-]+ ){0,3}?(?:studies|trials|RCTs)\b`, 'giu');
const wereIncluded =
  /\b(?:(?:were|was) (?:included|identified as eligible|eligible for inclusion)|met (?:the|our) (?:inclusion|eligibility|selection) criteria)\b/iu;
/** What `countedStudies` and `wereIncluded` need, in lower case: most texts count no studies they included. */
const namesStudies = holdsAnyOf(['studies', 'trials', 'rcts']);
const namesInclusion = holdsAnyOf(['included', 'eligib', 'criteria']);
/** Counted studies, then their inclusion later in the same sentence (within 120 characters): read in two steps, so nothing backtracks. */
function studiesIncluded(text: string): boolean {
  const lower = lowerCaseForLiteralTests(text);
  if (lower !== undefined && !(namesStudies(lower) && namesInclusion(lower))) return false;
  for (const counted of text.matchAll(countedStudies)) {
    const rest = text.slice(counted.index + counted[0].length, counted.index + counted[0].length + 120);
    if (wereIncluded.test(rest.split(/\.(?!\d)/u)[0]!)) return true;
  }
  return false;
}

/**
 * What the apparatus patterns need, in lower case (necessary, never sufficient): `studiesBehindEstimate`
 * a study or trial, `gradedCertainty` “evidence” or “GRADE”, `weIncluded` “we ” and what it counts;
 * `pooledInterval`, which is case-sensitive, “95%” or “95 %”.
 */
const namesStudyOrTrial = holdsAnyOf(['stud', 'trial', 'rct']);
const namesGrade = holdsAnyOf(['evidence', 'grade']);
const namesCountedWork = holdsAnyOf(['studies', 'trials', 'rcts', 'reports', 'papers']);
const namesWeAndStudies = (lower: string): boolean => lower.includes('we ') && namesCountedWork(lower);
const intervalOf95 = /95\s?%/u;

/** The review naming itself or its searches, which a story about it may quote: “this review”, “our review”, “this meta-analysis”, “we searched”. */
const namesItselfAsReview =
  /\b(?:our (?:inclusion criteria|review|searches|search|meta-analysis)\b|this (?:(?:systematic|cochrane|updated) )?review\b|this meta-analysis\b|the review includes\b|we searched\b)/iu;

/** “(3 studies, 163 participants: …)”, “(four trials; 420 participants”, “(2 RCTs, n = 120)”: the studies and people behind an estimate. */
const studiesBehindEstimate = new RegExp(
  String.raw`[(;]\s*${countWord} (?:studies|trials|RCTs|study|trial)[,;:]?\s*(?:(?:n|N)\s*=\s*)?[\d,]+(?: [\p{L}-]+)?(?: participants| patients| women| men| children| infants| people| adults| babies| eyes)?\b`,
  'iu',
);
/** A GRADE judgement of the evidence: “low-certainty evidence”, “moderate quality evidence”, “the certainty of the evidence”. */
const gradedCertainty =
  /\b(?:(?:very )?(?:low|moderate|high)[- ](?:certainty|quality) (?:of )?evidence|(?:certainty|quality) of (?:the )?evidence (?:was|is|as) (?:very )?(?:low|moderate|high)|GRADE)\b/iu;
/** A pooled ratio or difference with its interval: “RR 0.76, 95% CI 0.50 to 1.15”, “(MD -1.09 mmol/L, 95% CI …)”. */
const pooledInterval =
  /\b(?:RR|OR|HR|MD|SMD|WMD|RD|risk ratio|odds ratio|hazard ratio|(?:standardi[sz]ed |weighted )?mean difference)\b(?:[^.;]|\.\d){0,40}?95\s?%\s?(?:CI|confidence interval)/u;
/** A pooled estimate's heterogeneity: “I2 = 78%”, “I² = 0%”. */
const heterogeneity = /\bI(?:2|²)\s?[=<>]\s?\d/u;

/**
 * Whether the text's title or first heading asks a question (“Can ginkgo improve memory in
 * dementia?”, “Does coffee affect cancer risk?”): the question a fact-check or an evidence summary
 * answers. News headlines state their finding.
 */
function asksQuestion(document: ProseDocument): boolean {
  const first = document.blocks.find((block) => block.kind === 'title' || block.kind === 'heading');
  return first !== undefined && first.index <= 1 && /\?\s*$/u.test(first.text);
}

/** A body of studies referred back to as a group: “the studies”, “these trials”, “both studies”, “all five studies”. */
const studiesAsAGroup =
  /\b(?:the|these|those|both|all(?: (?:the|of the|\d+|two|three|four|five|six|seven|eight|nine|ten))?|the (?:two|three|four|five|six|seven|eight|nine|ten|individual|previous|available|existing|summari[sz]ed|pooled|included|combined|reviewed))(?: [\p{L}-]+)? (?:studies|trials|study results|meta-analyses|reviews)\b/giu;

/** How the text gathered its evidence: “a review of 12 studies”, “the summarized results of studies”, “the study situation”. */
const gathersEvidence =
  /\b(?:(?:a|the|this|our|an) (?:[\p{L}-]+ )?(?:review|overview|evaluation|analysis|summary) of (?:[\p{L}\d-]+ ){0,3}?(?:studies|trials|meta-analyses|reviews)|summar(?:y|ised|ized) (?:analysis|analyses|results|evaluation)|(?:pooled|combined|summari[sz]ed|overall) (?:results|data|analysis|analyses|evaluation) of (?:the )?(?:[\p{L}-]+ )?(?:studies|trials)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:out )?of (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\p{L}-]+ )?(?:studies|trials)|(?:study|research|evidence|data) situation)\b/iu;

/** The text grading its evidence: “not well established”, “the quality of the studies”, “well-done studies”, “sound evidence”. */
const gradesEvidence =
  /\b(?:well[- ](?:established|substantiated|founded|researched)|(?:quality|significance|certainty|meaningfulness|expressiveness|reliability) of (?:the |these )?(?:[\p{L}-]+ )?(?:studies|trials|evidence|study results|results|data)|(?:poorly|well|badly|better)[- ](?:done|conducted|designed|performed) (?:studies|trials)|(?:sound|reliable|meaningful|solid|conclusive|high-quality) (?:scientific )?(?:studies|evidence|data))\b/iu;

/**
 * The text weighing what is known: “it is still unclear whether”, “has not yet been proven”, “there
 * is even evidence that”, “the studies are contradictory”, “no clear answers”, “according to current
 * knowledge”.
 */
const weighsKnowledge =
  /\b(?:(?:is|are|remains?) (?:still |currently |so far )*(?:unclear|not clear|uncertain|unknown) (?:whether|if)|(?:has|have) not (?:yet )?been (?:scientifically )?(?:proven|investigated|studied|researched)|there (?:is|are) (?:even |also |some |no )?(?:evidence|proof|indications?) (?:that|for)|no clear answers?|statements are possible|(?:according to|based on) (?:the )?current (?:state of )?knowledge|(?:studies|evidence|results|data) (?:on this )?(?:are|is|were|was) (?:contradictory|inconsistent|not convincing|unconvincing|conflicting|insufficient))\b/iu;

/** Words each sign's pattern needs, in lower case (one of them in every match): `studiesAsAGroup`, `gathersEvidence`, `gradesEvidence`, `weighsKnowledge`. */
const groupNouns = holdsAnyOf(['studies', 'trials', 'study results', 'meta-analyses', 'reviews']);
const gatheringWords = holdsAnyOf(['studies', 'trials', 'meta-analyses', 'reviews', 'summar', 'situation']);
const gradingWords = holdsAnyOf(['well', 'studies', 'trials', 'evidence', 'results', 'data']);
const weighingWords = holdsAnyOf([
  'unclear',
  'not clear',
  'uncertain',
  'unknown',
  'been',
  'evidence',
  'proof',
  'indication',
  'no clear answer',
  'statements are possible',
  'knowledge',
  'contradictory',
  'inconsistent',
  'convincing',
  'conflicting',
  'insufficient',
]);

/** A numbered reference: “[1]”, “[ 1,2 ]”, “[3-5]”, as citations.ts reads it. */
const numberedReference = /\d/u;

function evidenceSummarySigns(document: ProseDocument): { markers: number; signs: number } {
  const body = document.blocks.filter((block) => block.role === 'body' && block.kind !== 'title');
  const bodyBlocks = new Set(body.map((block) => block.index));
  const numbered = new Set(
    document.facts.citations
      .filter(
        (citation) =>
          citation.kind === 'numeric-marker' && numberedReference.test(citation.text) && bodyBlocks.has(citation.block),
      )
      .map((citation) => citation.text.replace(/\s/gu, '')),
  ).size;
  let groups = 0;
  let gathers = false;
  let grades = false;
  let weighs = false;
  for (const block of body) {
    // Each pattern only where the words it needs are: most paragraphs have none of them.
    const lower = lowerCaseForLiteralTests(block.text);
    const may = (needs: (lower: string) => boolean): boolean => lower === undefined || needs(lower);
    // Only whether the text refers to a group of studies counts, not how often: read until it does.
    if (groups === 0 && may(groupNouns)) groups += block.text.match(studiesAsAGroup)?.length ?? 0;
    gathers ||= may(gatheringWords) && gathersEvidence.test(block.text);
    grades ||= may(gradingWords) && gradesEvidence.test(block.text);
    weighs ||= may(weighingWords) && weighsKnowledge.test(block.text);
  }
  return {
    markers: Math.min(numbered, 2),
    signs: (groups > 0 ? 1 : 0) + (gathers ? 1 : 0) + (grades ? 1 : 0) + (weighs ? 1 : 0),
  };
}

/**
 * “Although indirect evidence suggests a benefit cannot be ruled out”, “indirect comparisons
 * suggest”: indirect evidence is a grade of evidence (comparing trials that never compared the two
 * treatments head on), drawn by whoever weighs those trials, as a review does its own; it names
 * the kind of evidence the text weighs, not a source it leaves unnamed (JUDGING.md `own_study_source`).
 * `before` is the text just before the attribution (“… although indirect ”).
 */
export function gradedAsIndirect(before: string, attribution: string): boolean {
  return /\bindirect\s*$/iu.test(before) && /^(?:evidence|comparisons?|data)\b/iu.test(attribution);
}

/** A count of studies taken in: “included 11 studies”, “and included eleven trials”. */
const includedCount =
  /\bincluded\s(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s(?:[\p{L}-]+\s){0,2}?(?:studies|trials)\b/iu;

/**
 * Whether the text's opening says how many studies it took in (“We looked at the evidence up to
 * February 2014 and included 11 studies involving 699 participants”): only a review counts the
 * studies it included, so the text is the review, and its unnamed “some evidence suggests” is the
 * evidence it weighs (JUDGING.md `own_study_source`; round 19). Read in the first four blocks of
 * body text, where a review's summary says what it searched.
 */
export const countsIncludedStudies = oncePer((document: ProseDocument): boolean =>
  document.blocks
    .filter((block) => block.role === 'body' && block.kind !== 'title')
    .slice(0, 4)
    .some((block) => includedCount.test(block.text)),
);

/**
 * Whether a sentence carries a pooled estimate with its interval or the number needed to treat
 * (“(RR = 0.79 (0.68 to 0.92), 5% absolute risk reduction; NNT = 20)”, “Risk Ratio 1.44 (95%CI
 * 1.19-1.75)”): in a review's own text (`carriesReviewApparatus`), a benefit stated in the same
 * sentence as the estimate it rests on is the review's measured result (JUDGING.md
 * `own_study_result`), not a bare claim: the measure is given where the claim is made.
 */
export function carriesPooledEstimate(text: string): boolean {
  return pooledInterval.test(text) || ratioWithInterval.test(text) || numberNeededToTreat.test(text);
}

/**
 * “RR = 0.79 (0.68 to 0.92)”, “Risk Ratio 1.44 (95%CI 1.19-1.75)”, “the HR for progression-free
 * survival is 0.75 (0.64 to 0.89)”: a ratio with its bounds in brackets.
 */
const ratioWithInterval =
  /\b(?:RR|OR|HR|risk ratio|odds ratio|hazard ratio)(?:\s(?:for|of)\s(?:[\p{L}-]+\s){1,6}?(?:is|was|of))?\s*(?:=\s*)?-?\d+(?:\.\d+)?\s*\((?:95\s?%\s?CI\s*)?-?\d+(?:\.\d+)?\s*(?:to|-|–|,)\s*-?\d/iu;
/** “NNT = 20”, “number needed to treat for an additional beneficial outcome (NNT) = 25”. */
const numberNeededToTreat = /\b(?:NNTB?|NNH)\)?\s?(?:=|of|was|is)\s?\d|\bnumber needed to (?:treat|harm)\b/u;

/**
 * “Lower quality evidence resulted in lower confidence in the estimate”, “imprecision led to
 * downgrading the evidence”: a causal verb whose cause is the evidence or its grade, or whose
 * effect is the confidence in it. That is how a review grades its evidence (GRADE), not a claim
 * that one thing causes another in people. `start` and `end` are the causal cue's place in `text`.
 */
export function gradingCausesDoubt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  return endsWithEvidence(before) || confidenceAsEffect.test(after);
}

/**
 * The cause just before the verb is the evidence or its grade: its last word, or the word before
 * it (“lower quality evidence”, “the certainty of the evidence”, “risk of bias”, “imprecision
 * alone”). Read word by word, so nothing backtracks.
 */
const gradeWords = new Set(['evidence', 'bias', 'imprecision', 'inconsistency', 'indirectness', 'heterogeneity']);
function endsWithEvidence(before: string): boolean {
  const words = before.toLowerCase().match(/\p{L}+/gu) ?? [];
  return gradeWords.has(words.at(-1) ?? '') || gradeWords.has(words.at(-2) ?? '');
}
/** The effect just after the verb is a grade: “lower confidence in the estimate”, “downgrading”, “low certainty”. */
const confidenceAsEffect =
  /^\s*(?:(?:a|an|the|our|lower|reduced|less|low|very low|higher|more)\s+)*(?:confidence in (?:the |this |these )?(?:estimates?|effects?|evidence|results?|findings?)|certainty (?:of|in) (?:the )?evidence|downgrad\w*)/iu;

/**
 * Whether a text without a headline sums up a review of several studies in the reviewer's words,
 * by at least two different signs of the review's own work (`reviewerSigns`): how it gathered the
 * studies (“we considered 11 studies”, “we therefore conducted a systematic review”, “searching all
 * electronic databases”, “the review protocol”), the studies counted as the subject of what they
 * did (“eight trials met the criteria for inclusion”, “three randomised controlled trials (RCTs)
 * enrolling patients”, “no RCTs investigated”), how it graded them (“the quality of the available
 * evidence was mainly low”, “important methodological weaknesses”, “fewer risks of bias”), whether
 * it could pool them (“it was not possible to pool the data”), or what only the reviewer does
 * (`carriesReviewApparatus`, `namesItselfAsReview`). Such a summary (a Cochrane plain-language
 * summary, as the corpus keeps it, without its title) weighs treatments and the evidence for them
 * rather than reporting one as news; a news story has a headline, and tells its review in the
 * third person.
 */
export const summarisesReviewedStudies = oncePer((document: ProseDocument): boolean => {
  const first = document.blocks[0];
  if (!first || first.kind === 'title' || first.kind === 'heading') return false;
  const text = document.blocks
    .filter((block) => block.role === 'body')
    .map((block) => block.text)
    .join('\n');
  const lower = lowerCaseForLiteralTests(text);
  if (lower !== undefined && !namesReviewedWork(lower)) return false;
  let signs = carriesReviewApparatus(document) || studiesIncluded(text) || weIncluded.test(text) ? 1 : 0;
  for (const sign of reviewerSigns) if (sign.test(text)) signs += 1;
  return signs >= 2;
});

/** What `summarisesReviewedStudies` needs, in lower case: the studies, trials or evidence it weighs. */
const namesReviewedWork = holdsAnyOf(['studies', 'trials', 'rcts', 'evidence', 'review']);

/** The reviewer's own words for its work, each a sign of its own (see `summarisesReviewedStudies`). */
const reviewerSigns: readonly RegExp[] = [
  namesItselfAsReview,
  new RegExp(
    String.raw`\bwe (?:considered|assessed|examined|looked at) ${countWord} (?:[\p{L}-]+ ){0,2}?(?:studies|trials|RCTs)\b|\bwe (?:therefore )?(?:conducted|performed|carried out) an? (?:systematic review|meta-analysis)\b`,
    'iu',
  ),
  /\bsearch(?:ing|ed)? (?:of )?(?:all )?(?:the )?(?:electronic |medical |bibliographic )?databases\b|\breview protocol\b/iu,
  new RegExp(
    String.raw`\b${countWord} (?:randomi[sz]ed controlled |randomi[sz]ed |controlled |clinical )?(?:studies|trials|RCTs)(?: \([^()]{1,12}\))? (?:met the|investigating|comparing|enrolling|including|involving|have studied|were identified)\b`,
    'iu',
  ),
  /\bno (?:RCTs|randomi[sz]ed (?:controlled )?trials|trials|studies) (?:investigated|compared|examined|looked at|assessed|reported)\b/iu,
  /\b(?:quality|certainty) of the (?:available )?evidence (?:was|is) (?:mainly |mostly |generally )?(?:very )?(?:low|moderate|high|poor|weak)\b/iu,
  /\bmethodological (?:weaknesses|flaws|limitations)\b|\brisks? of bias\b/iu,
  /\b(?:pool|combine) the (?:data|results|studies|trials)\b/iu,
];
