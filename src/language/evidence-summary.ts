import { oncePer } from '../memo.js';
import type { ProseDocument } from '../prose/types.js';

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
  const { markers, signs } = evidenceSummarySigns(document);
  return markers >= 2 ? markers + signs >= 3 : asksQuestion(document) && markers + signs >= 2;
});

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
    groups += block.text.match(studiesAsAGroup)?.length ?? 0;
    gathers ||= gathersEvidence.test(block.text);
    grades ||= gradesEvidence.test(block.text);
    weighs ||= weighsKnowledge.test(block.text);
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
