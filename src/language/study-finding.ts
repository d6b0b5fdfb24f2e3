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
  if (!researchWords.has(researchWordIn(frame.passive ? text : text.slice(0, claim.start)))) return false;
  return claimToldAsPast(words.slice(frame.at + 1), claim.text);
}

/** A word naming research in the text (“in a two-year study”), or '' when none does. */
function researchWordIn(text: string): string {
  return lettersOnly(text).find((word) => researchWords.has(word)) ?? '';
}

/** The lower-cased runs of letters of a text (with an empty string where it starts or ends with another character). */
function lettersOnly(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u);
}
