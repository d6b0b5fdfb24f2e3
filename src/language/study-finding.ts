import type { Block } from '../prose/types.js';
import { oncePer } from '../memo.js';
import { wordsBefore } from './context-match.js';

/**
 * A claim reported from a study (issue #13): research is said to have found it, in the simple
 * past, and the claim itself is told as what was seen then (“a study in 2017 found that the law
 * reversed the trend”, “an interim analysis showed that the antidote effectively reversed the
 * drug's effects”, “the drug was shown to be safe and effective in a two-year study”). That is one
 * study's result, reported in its voice, not a benefit the article states as established fact
 * (JUDGING.md: `study_result`).
 *
 * Two readings stay claims. A present-tense claim under the frame (“a study found that exercise
 * reduces the risk”, “the trial showed it can prevent …”) turns the result into a general truth
 * (InSciOut codes it as a direct causal claim). And a present perfect frame (“has been shown to be
 * effective”, “previous studies have shown it to be safe and effective”) states settled knowledge
 * in the article's own voice: what the rule exists for.
 */

/** Verbs that report a finding, in the simple past (“the study found”, “the trial showed”). */
const pastReportingVerbs = new Set([
  'found', 'showed', 'concluded', 'demonstrated', 'revealed', 'confirmed', 'proved', 'reported', 'suggested',
]); // prettier-ignore
/** The same verbs as participles of a passive (“was shown to be”, “were found to be”). */
const passiveReportingVerbs = new Set(['shown', 'found', 'proven', 'proved', 'demonstrated']);
/** Auxiliaries that make a reporting verb perfect (“has shown”, “have found”, “had concluded”). */
const perfectAuxiliaries = new Set(['has', 'have', 'had', 'having', "'s", '’s']);
/** Auxiliaries of a passive in the simple past. */
const pastPassiveAuxiliaries = new Set(['was', 'were']);
/** Who or what can report a finding: research and the people who did it. */
const researchWords = new Set([
  'study', 'studies', 'trial', 'trials', 'research', 'analysis', 'analyses', 'review', 'experiment', 'experiments',
  'researchers', 'investigators', 'scientists',
]); // prettier-ignore
/** Words that tell a claim in the present (or as a prediction), however it was found: “that it is”, “can reverse”. */
const presentMarkers = new Set([
  'is',
  'are',
  'can',
  'will',
  'does',
  'do',
  'remains',
  'remain',
  'may',
  'might',
  'could',
]);
/** Words that tell a claim in the past: “that it was more effective”, “was shown to be effective”. */
const pastMarkers = new Set(['was', 'were', 'be', 'been', 'had']);
/** Words that may stand between an auxiliary and its verb (“was also shown”, “have consistently found”). */
const isAdverb = (word: string): boolean => /ly$/u.test(word) || word === 'also' || word === 'not';

/** How many words before a claim are read for its reporting frame. */
const frameReach = 30;

interface ReportingFrame {
  /** Index, in the words before the claim, of the reporting verb. */
  readonly at: number;
  readonly passive: boolean;
}

/** The nearest reporting verb before the claim in the simple past, or undefined (a perfect one, or none). */
function pastReportingFrame(words: readonly string[]): ReportingFrame | undefined {
  for (let at = words.length - 1; at >= 0; at--) {
    const word = words[at]!;
    if (!pastReportingVerbs.has(word) && !passiveReportingVerbs.has(word)) continue;
    let auxiliary = at - 1;
    while (auxiliary >= 0 && isAdverb(words[auxiliary]!)) auxiliary--;
    const before = words[auxiliary] ?? '';
    // “Has been shown”, “had been found”: the perfect, whatever the passive.
    if (before === 'been') return undefined;
    if (perfectAuxiliaries.has(before)) return undefined;
    if (passiveReportingVerbs.has(word) && pastPassiveAuxiliaries.has(before)) return { at, passive: true };
    if (pastReportingVerbs.has(word)) return { at, passive: false };
  }
  return undefined;
}

/** Whether the claim, read with the words between its frame and it, is told in the past. */
function claimToldAsPast(between: readonly string[], claimText: string): boolean {
  const first = lettersOnly(claimText).find((word) => word !== '' && !isAdverb(word)) ?? '';
  if (presentMarkers.has(first) || between.some((word) => presentMarkers.has(word))) return false;
  if (/ed$/u.test(first)) return true;
  return between.some((word) => pastMarkers.has(word));
}

/**
 * Whether a claim is a study's result reported in the past: under a reporting verb in the simple
 * past whose subject is research (“a study in 2017 also found that …”), or a past passive (“was
 * shown to be …”) with the research named in the sentence (“… in a two-year study”), and told in
 * the past itself (“reversed”, “to be safe and effective”).
 */
export function reportedStudyFinding(text: string, claim: { start: number; text: string }): boolean {
  const words = wordsBefore(text, claim.start, frameReach);
  const frame = pastReportingFrame(words);
  if (frame === undefined) return false;
  // The research is the active verb's subject, before it in the sentence (past a parenthesis:
  // “an interim analysis of a study called RE-VERSE AD (…) showed”), or named anywhere for a passive.
  // Or the researchers speak of their own work: “we found that chemotherapy actually reversed these
  // trends” (JUDGING.md: own_study_result).
  if (
    !researchWords.has(researchWordIn(frame.passive ? text : text.slice(0, claim.start))) &&
    (frame.passive || !spokenByResearchers(words, frame.at))
  )
    return false;
  const between = words.slice(frame.at + 1);
  if (claimToldAsPast(between, claim.text)) return true;
  // “A second study showed that Yervoy also extends survival”: a study counted among those the
  // article reports (a second, another, a separate one) is one result in a series the article
  // goes on to give, not a general truth, even in the present. A modal (“can reverse”) still
  // generalises it.
  return !frame.passive && enumeratesStudy(words.slice(0, frame.at)) && !claimHasModal(between, claim.text);
}

/** Whether the active reporting verb at `at` has “we” as its subject (“we found”, “we recently showed”). */
function spokenByResearchers(words: readonly string[], at: number): boolean {
  let subject = at - 1;
  while (subject >= 0 && isAdverb(words[subject]!)) subject--;
  return words[subject] === 'we';
}

/** Words that count a study among others the article reports: “a second study”, “another trial”. */
const enumerators = new Set(['second', 'third', 'fourth', 'another', 'separate', 'companion']);

/** Whether the reporting verb's subject is a study counted among others (“a second study”, “another trial”). */
function enumeratesStudy(subject: readonly string[]): boolean {
  const at = subject.findLastIndex((word) => researchWords.has(word));
  return at > 0 && subject.slice(Math.max(0, at - 2), at).some((word) => enumerators.has(word));
}

/** Whether the claim is told with a modal or copula of the present (“can reverse”, “is effective”). */
function claimHasModal(between: readonly string[], claimText: string): boolean {
  const first = lettersOnly(claimText).find((word) => word !== '' && !isAdverb(word)) ?? '';
  return presentMarkers.has(first) || between.some((word) => presentMarkers.has(word));
}

/** A word naming research in the text (“in a two-year study”), or '' when none does. */
function researchWordIn(text: string): string {
  return lettersOnly(text).find((word) => researchWords.has(word)) ?? '';
}

/** The lower-cased runs of letters of a text (with an empty string where it starts or ends with another character). */
function lettersOnly(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u);
}

/**
 * A reported result carries its study (issue #13, round 8): the claim is credited to research in
 * its sentence or the next (“researchers reported Sunday”, “the study found”, “according to the
 * trial”, “Ortiz and colleagues found”) and it carries the study's own measure (“cut deaths 29%”,
 * “74 percent of patients improved”, “compared with a defibrillator alone”, “was ranked the most
 * effective”). Told so, it is the result of that study, whatever its tense, not the article's
 * generalisation; a claim with only one of the two (“works better than Plavix, a huge trial finds”,
 * “X eases Y”) stays a claim. So does one in a quotation (“Studies … have shown that it eliminates these
 * symptoms in approximately 80% of patients,” the symposium chair said): a named expert's claim is
 * judged as the article's own (the sixth round).
 */
export function reportedQuantifiedResult(text: string, claimStart: number, next: string | undefined): boolean {
  if (!carriesStudyMeasure(text) || insideOpenQuotation(text, claimStart)) return false;
  return creditsResearchAsReporter(text) || (next !== undefined && creditsResearchAsReporter(next));
}

/**
 * A study's own measure: a percentage (in figures or words), a comparison arm (“compared with
 * placebo”, or an equivalence with one: “about as well as stretching sessions”), or a ranking.
 */
const studyMeasure =
  /(?:\d(?:[.,]\d+)?|\b(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\p{L}+)?|ten|hundred))\s?(?:%|percent\b|per cent\b)|\bcompared (?:with|to)\b|\brelative to\b|\bversus\b|\bvs\.?\s|\branked\b|\b(?:about|roughly|nearly|almost|just|equally)\s+as\s+(?:well|effective(?:ly)?|good)\s+as\b/iu;

/** Whether a sentence carries a study's own measure (“29%”, “74 percent”, “compared with placebo”, “ranked”). */
export function carriesStudyMeasure(text: string): boolean {
  return studyMeasure.test(text);
}

/** Who can report a result: research, the people who did it, and a registry of patients. */
const reporterWords = new Set([...researchWords, 'registry', 'authors', 'colleagues', 'team', 'coauthors']);
/** Verbs that report a result, in any tense (“found”, “report”, “shows”, “concluded”). */
const reportingVerbs = new Set([
  'found', 'find', 'finds', 'showed', 'show', 'shows', 'shown', 'reported', 'report', 'reports', 'concluded', 'concludes',
  'demonstrated', 'demonstrates', 'revealed', 'reveals', 'observed', 'noted',
]); // prettier-ignore
/** How many words may stand between the reporter and its verb (“researchers reported Sunday”, “the study, published …, found”). */
const reporterReach = 6;

/**
 * Whether a sentence credits research as the reporter of what it says: a research word with a
 * reporting verb close after it (“researchers report”, “the trial found”, “X and colleagues found”),
 * or “according to” the research (“according to the study”).
 */
export function creditsResearchAsReporter(text: string): boolean {
  const words = lettersOnly(text).filter((word) => word !== '');
  for (let at = 0; at < words.length; at++) {
    if (!reporterWords.has(words[at]!)) continue;
    const after = words.slice(at + 1, at + 1 + reporterReach);
    if (after.some((word) => reportingVerbs.has(word))) return true;
    const before = words.slice(Math.max(0, at - 4), at);
    if (before.includes('according')) return true;
    // “…, reported the researchers”: the verb just before its subject.
    if (words.slice(Math.max(0, at - 2), at).some((word) => reportingVerbs.has(word))) return true;
  }
  return false;
}

/** Whether a quotation opens before an offset in a sentence and has not closed by it. */
export function insideOpenQuotation(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && before.indexOf('”', curlyOpen) < 0) return true;
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/**
 * `insideOpenQuotation` for many offsets of one text: its quotation marks found once, and each
 * offset answered by a binary search, where asking the function itself about every figure of a long
 * paragraph reads the paragraph again each time (quadratic). An offset is inside a curly quotation
 * when the last curly mark before it opens one, as when no closing mark follows the last opening one.
 */
export function openQuotationIndex(text: string): (offset: number) => boolean {
  const straight: number[] = [];
  const curly: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    if (character === '"') straight.push(at);
    else if (character === '“' || character === '”') curly.push(at);
  }
  return (offset) => {
    const curlyBefore = countBelow(curly, offset);
    if (curlyBefore > 0 && text[curly[curlyBefore - 1] as number] === '“') return true;
    return countBelow(straight, offset) % 2 === 1;
  };
}

/** Whether an offset in a block is inside an open quotation: `openQuotationIndex`, built once per block. */
export const insideBlockQuotation = oncePer((block: Block) => openQuotationIndex(block.text));

/** How many of the sorted numbers are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Words of degree between a copula and a comparative: “was much more effective”, “were far better”. */
const degreeWords = new Set([
  'much', 'far', 'even', 'slightly', 'somewhat', 'considerably', 'substantially', 'no', 'a', 'lot', 'little', 'bit',
]); // prettier-ignore

/** The words of a figure between a copula and its claim: “was about 60% to 65% effective”. */
const approximateFigure = new Set(['about', 'around', 'almost', 'percent', 'to']);

/**
 * Copulas in the simple past: “was”, “were”, and the verbs of lasting that report how a result held
 * over a study's course (“HF10 therapy remained more effective than traditional SCS over the 12
 * month study period”, “stayed lower”). “Proved more effective” is left out: it also generalises.
 */
const pastCopulas = new Set(['was', 'were', 'remained', 'stayed']);

/**
 * Whether the claim follows a copula in the simple past (“was superior to”, “was much more effective
 * than”, “were significantly better”, “remained more effective than”), past any words of degree or a
 * figure (“was about 60% to 65% effective”): a result told in the past tense, what one study saw.
 */
export function afterPastCopula(sentence: string, claimStart: number): boolean {
  const words = wordsBefore(sentence, claimStart, 5);
  while (
    words.length > 0 &&
    (degreeWords.has(words.at(-1)!) || approximateFigure.has(words.at(-1)!) || /ly$|^\d/u.test(words.at(-1)!))
  )
    words.pop();
  // “Was the most effective”, “were the more effective”: a superlative or comparative after its article.
  if (words.at(-1) === 'the') words.pop();
  return pastCopulas.has(words.at(-1) ?? '');
}

/** Verbs and phrases that place a treatment in a ranking: “was ranked”, “rated”, “the top three”. */
const rankingWords = new Set(['ranked', 'ranks', 'rated', 'rates', 'ranking', 'top']);

/**
 * Whether a superlative is a place in a ranking (“naproxen was ranked the most effective treatment”,
 * “in the top three most effective formulations”): a ranking comes from a study that compared the
 * treatments it ranks, so it is that study's result (JUDGING.md: study_result), not a claim made in
 * the article's voice.
 */
export function toldAsRanking(sentence: string, claimStart: number, claimText: string): boolean {
  if (!/^(?:the\s+)?(?:most|least|best)\b/iu.test(claimText)) return false;
  const words = wordsBefore(sentence, claimStart, 4);
  while (words.length > 0 && /^(?:the|as|\d+|two|three|four|five|ten)$/u.test(words.at(-1)!)) words.pop();
  return rankingWords.has(words.at(-1) ?? '');
}

/** A multiple of a comparison: “about 20 times more effective”, “a two-fold drop”, “twice as likely”. */
const multiple =
  /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)[\s-]*(?:times|fold)\b|\btwice\b/iu;

/** Words of a claim that say nothing of what it claims: degree, copulas, articles. */
const claimFunctionWords = new Set([
  'more', 'most', 'less', 'least', 'is', 'are', 'be', 'the', 'a', 'an', 'than', 'very', 'highly', 'much', 'far', 'can',
  'to', 'as', 'of', 'at',
]); // prettier-ignore

/**
 * Whether a claim restates the result the sentence before reports from research with its measure
 * (“The study found that long-acting contraception is about 20 times more effective at preventing
 * pregnancy than pills …” then “‘IUDs and implants are more effective because …’”): the same claim
 * word, just given with its study and its size, is that result said again, not a new claim stated
 * as fact (holdout11; round 8's credit-and-measure convention, carried one sentence on). `text` is
 * the claim's own sentence.
 */
export function restatesReportedResult(text: string, claimText: string, before: string | undefined): boolean {
  if (before === undefined) return false;
  // A sentence with its own comparison, measure or study (“… better than stretching, a new study
  // shows”) reports a result of its own, not the one before.
  if (/\bthan\b/iu.test(text) || carriesStudyMeasure(text) || multiple.test(text) || creditsResearchAsReporter(text))
    return false;
  if (!creditsResearchAsReporter(before) || !(carriesStudyMeasure(before) || multiple.test(before))) return false;
  const head = lettersOnly(claimText).find((word) => word.length >= 4 && !claimFunctionWords.has(word));
  if (head === undefined) return false;
  const stem = head.replace(/(?:es|s|ed|ing)$/u, '');
  return lettersOnly(before).some((word) => word.startsWith(stem) && word.length <= stem.length + 3);
}

/** A percentage in a headline: “13%”, “13 percent”, “13 percentage points”, “13 per cent”. */
const headlinePercent = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:%|percent(?:age)?\b|per\s+cent\b)/giu;
/** Words that name a study in the lede. */
const ledeStudy = /\b(?:study|studies|trial|trials|research|analysis|review|researchers|data)\b/iu;

/**
 * “Novo diabetes drug cuts heart risks by less-than-hoped 13 percentage”, whose lede reads “Victoza
 * cut the risk … by 13 percent in a closely watched study”: a headline claim carrying the measured
 * figure of the study its lede reports is that study's result in short (JUDGING.md `own_study_result`;
 * holdout13), as a body sentence carrying its study's measure and credit is (round 8). A headline
 * with no figure (“… Nearly Doubles Overall Survival”) generalises the result and stays a claim.
 */
export function headlineFigureOfLede(headline: string, lede: string | undefined): boolean {
  if (lede === undefined || !ledeStudy.test(lede)) return false;
  const figures = (text: string) =>
    new Set([...text.matchAll(headlinePercent)].map((match) => Number(match[1]!.replace(',', '.'))));
  const ledeFigures = figures(lede);
  return [...figures(headline)].some((figure) => ledeFigures.has(figure));
}
