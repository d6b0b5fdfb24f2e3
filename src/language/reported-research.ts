import type { ProseDocument } from '../prose/types.js';

/**
 * What the research an article reports says about the availability of the treatments in it,
 * whatever the article says in words (missing-regulatory-status).
 */

/**
 * “Altogether 12,864 people took part in 25 studies”, “Based on 35 clinical trials”, “these
 * trials did not find clear evidence”: a count of three or more trials or studies, or “these
 * trials”, names a body of evidence. An article that opens on one weighs treatments, as a
 * systematic review does, rather than offering one to readers (JUDGING.md: a comparator or a
 * review's option is no promoted remedy).
 */
const severalTrials =
  /\b(?:(?<![\d.,])(?:[3-9]|[1-9]\d{1,2})(?![\d.,]\d)|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|dozens of|these|the included)\s(?:randomi[sz]ed\s|controlled\s|clinical\s){0,3}(?:trials|studies)\b/iu;

/**
 * “According to a network meta-analysis”, “a systematic review of the evidence”: a review that pools
 * trials names a body of evidence without counting it, and ranks or weighs the treatments it covers.
 */
const pooledReview = /\b(?:meta-?analys[ie]s|systematic\sreviews?|Cochrane\sreviews?)\b/iu;

/** Whether the headline or opening paragraph (the first two blocks) reports a body of trials rather than one study. */
export function opensOnSeveralTrials(document: Pick<ProseDocument, 'blocks'>): boolean {
  return document.blocks.slice(0, 2).some((block) => severalTrials.test(block.text) || pooledReview.test(block.text));
}
