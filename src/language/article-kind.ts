import type { ProseDocument } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './article-kind.generated.js';
import { PhraseMatcher } from './phrases.js';

/**
 * What an article does: reports research, sells something, both or neither, or speaks as the
 * reviewers of a body of evidence. Rules that owe readers a disclosure (missing-disclosure) only
 * apply to the first two; a review promotes no remedy. The cues are data in `article-kind.yml`.
 */
export type ArticleCueKind = 'research' | 'sales' | 'review';

export interface ArticleCue {
  kind: ArticleCueKind;
  /** Block index and offsets in its text. */
  block: number;
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);
/** The review phrases alone, with no context rules: where none occurs, the article has no review cue. */
const reviewPhrases = new PhraseMatcher(lexicon.filter((entry) => entry.kind === 'review'));

/** Every research and sales cue in the article's prose, in order. */
export function findArticleCues(document: Pick<ProseDocument, 'blocks'>): ArticleCue[] {
  return document.blocks.flatMap((block) =>
    matcher.matchAll(block.text).map((found) => ({
      kind: found.entry.kind as ArticleCueKind,
      block: block.index,
      start: found.start,
      end: found.end,
      text: found.text,
    })),
  );
}

interface ArticleProfile {
  first: Partial<Record<ArticleCueKind, ArticleCue>>;
  counts: Record<ArticleCueKind, number>;
}

const profiles = new WeakMap<readonly unknown[], ArticleProfile>();

/** The first cue of each kind and how many there are, read once per document: several rules and the scorecard ask. */
function profileOf(document: Pick<ProseDocument, 'blocks'>): ArticleProfile {
  const cached = profiles.get(document.blocks);
  if (cached) return cached;
  const profile: ArticleProfile = { first: {}, counts: { research: 0, sales: 0, review: 0 } };
  for (const cue of findArticleCues(document)) {
    profile.first[cue.kind] ??= cue;
    profile.counts[cue.kind] += 1;
  }
  profiles.set(document.blocks, profile);
  return profile;
}

/** The first cue of each kind, which is what a rule names when it says why it applies. */
export function articleKinds(document: Pick<ProseDocument, 'blocks'>): Partial<Record<ArticleCueKind, ArticleCue>> {
  return profileOf(document).first;
}

/**
 * How many cues of a kind the article has. An article that reports a study names it more than once;
 * a single cue is often a passing word (“calling for more trials”, a related-story link “Study finds …”).
 */
export function articleCueCount(document: Pick<ProseDocument, 'blocks'>, kind: ArticleCueKind): number {
  return profileOf(document).counts[kind];
}

const researchDone = new WeakMap<readonly unknown[], number>();

/**
 * Words before a research cue that say the research is missing: “no long-term studies”, “without large
 * clinical studies”, “hasn't been through a large clinical trial”, “we have not done randomized, controlled
 * clinical trials, the so-called gold-standard studies”. Up to seven describing words may come between, but
 * no preposition or clause word: in “no side effects in the trial” the “no” is about the side effects.
 */
const researchMissingBefore =
  /(?:\b(?:no|without|lack of|lacks|lacked|lacking|absence of)|(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+)?(?:been\s+)?(?:done|conducted|run|had|undergone|gone through|through|tested in|performed|carried out|subjected to))\s+(?:(?!(?:in|of|for|at|on|by|from|during|after|before|than|as|to|about|among|with|into|over|under|that|which|who|and|or|but)\s)[\p{L}\d’'-]+,?\s+){0,7}$/iu;

/**
 * How many research cues name research that was done: not those said to be missing
 * (`researchMissingBefore`). An article that names research only as missing reports no study whose funder
 * matters (missing-disclosure; eval/judged round 18: a story on a device that “hasn't been through a large
 * clinical trial”, whose maker says “we have not done randomized, controlled clinical trials”).
 */
export function researchDoneCount(document: Pick<ProseDocument, 'blocks'>): number {
  const cached = researchDone.get(document.blocks);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const cue of findArticleCues(document)) {
    if (cue.kind !== 'research') continue;
    const text = document.blocks.find((candidate) => candidate.index === cue.block)?.text ?? '';
    if (!researchMissingBefore.test(text.slice(Math.max(0, cue.start - 150), cue.start))) count += 1;
  }
  researchDone.set(document.blocks, count);
  return count;
}

/**
 * Sales cues that say a product exists or is announced, not that the article offers it: “now available”,
 * “available for purchase”, “today announced”, “launches”. Stories state them of others' products (“Prozac
 * … is now available in a cheaper generic form”, “cupping … is now available from acupuncturists”), and
 * universities announce findings (“researchers … today announced the findings”); they sell only in the
 * seller's own voice (“our new formula is now available”, “order yours”). A price is the same: a story
 * tells what a treatment costs (“between $200 and $400 per session”, holdout18) without selling it.
 */
const statusSalesCue =
  /^(?:now available|available for purchase|available to buy|today announced|announced today|announces|launch of|launches|per session|per infusion|per treatment)$/iu;
/** The seller's own voice, or the reader addressed as a buyer, in the sentence of a status cue. */
const sellerVoice = /\b(?:our|we|us|you|your)\b/iu;

/**
 * The first sales cue by which the article itself sells: not one in its boilerplate (a publisher's
 * “About” section: “for more information about our products, visit …”, media contacts), which speaks for
 * the issuer and not for this article, and not a status cue (`statusSalesCue`) outside the seller's voice.
 * missing-disclosure says an article “sells a product” only on such a cue (eval/judged round 16: readers
 * called the claim wrong on a journal publisher's boilerplate and on “now available” said of someone
 * else's drug).
 */
export function sellingCue(document: Pick<ProseDocument, 'blocks'>): ArticleCue | undefined {
  if (!articleKinds(document).sales) return undefined;
  return findArticleCues(document).find((cue) => {
    if (cue.kind !== 'sales') return false;
    const block = document.blocks.find((candidate) => candidate.index === cue.block);
    if (!block || block.role === 'boilerplate') return false;
    if (!statusSalesCue.test(cue.text)) return true;
    const sentence = block.sentences.find((candidate) => candidate.start <= cue.start && cue.start < candidate.end);
    return sellerVoice.test(sentence ? sentence.text : block.text);
  });
}

/**
 * Research cues below this many: the article names research only in passing (a feature, a product or
 * approval story, an expert's advice), or names one study twice without telling it. Readers of real
 * articles judged a missing funder or source on such a text debatable about as often as correct
 * (`not_research`), so the document rules hold those findings back as tentative (eval/judged, round 11).
 */
export const reportedResearchCues = 3;

/** Whether the article names research fewer than `reportedResearchCues` times: no study it reports at length. */
export function namesResearchInPassing(document: Pick<ProseDocument, 'blocks'>): boolean {
  return articleCueCount(document, 'research') < reportedResearchCues;
}

/**
 * Whether the article has a review cue, as `articleKinds(document).review` tells. The treatment
 * rules ask this of every article, and most hold no review phrase at all: a search for those phrases
 * alone answers them, and only a block that holds one is read for every cue with the words around
 * it (the research cues, most of the matches, and their context cost several times as much).
 * Exact: each block is matched on its own, and the full matcher tries each word start on its own,
 * so a block where no review phrase matches at any start gives no review cue.
 */
export function hasReviewCue(document: Pick<ProseDocument, 'blocks'>): boolean {
  if (profiles.has(document.blocks)) return articleKinds(document).review !== undefined;
  return document.blocks.some(
    (block) =>
      reviewPhrases.matchAll(block.text).length > 0 &&
      matcher.matchAll(block.text).some((found) => found.entry.kind === 'review'),
  );
}

/**
 * Research cues that name one particular study rather than research in general: a study or trial with
 * its determiner (“the study”, “a new trial”), where it was published (“published in”, “in the
 * journal”), its people (“the researchers”, “lead author”, “participants”, “enrolled”) or its outcome
 * (“the findings”, “the results”). “Studies show”, “hundreds of trials”, “researchers” and “a sleep
 * study” (a test) name research in general.
 */
const particularStudyCue =
  /^(?:(?:the|this|a|new|our) (?:study|trial)|clinical trial|published in|published online|appears in the journal|in the journal|study authors|lead author|senior author|the researchers|participants|enrolled|the findings|the results|were studied)$/iu;
/** Before a bare “study” or “trial” cue: its determiner, with up to two words between for a trial (“the phase 3 trial”). */
const studyDeterminer = /\b(?:the|this|a|new|our|latest|recent)\s$/iu;
const trialDeterminer = /\b(?:the|this|a|an|new|our|latest|recent)\s(?:[\p{L}\d-]+\s){0,2}$/iu;

function namesParticularStudy(cue: ArticleCue, document: Pick<ProseDocument, 'blocks'>): boolean {
  if (particularStudyCue.test(cue.text)) return true;
  const word = cue.text.toLowerCase();
  if (word !== 'study' && word !== 'trial') return false;
  const before = document.blocks[cue.block]?.text.slice(Math.max(0, cue.start - 30), cue.start) ?? '';
  return (word === 'study' ? studyDeterminer : trialDeterminer).test(before);
}

/** Body paragraphs after the headline that make an article's lede. */
const ledeParagraphs = 3;

/**
 * Whether the article mentions research without reporting a study: its headline and its first three
 * paragraphs name no research, and the rest names one particular study at most once (a feature that
 * brings in “clinical trials in the early 1980s”, “hundreds of studies” or a debate over “the research”
 * on its way). A news story or release on a study names it in the lede or tells it (its journal, its
 * researchers, its results) more than once. Readers judged a missing funder on such features debatable
 * more often than correct (`not_research`, eval/judged round 15).
 */
export function mentionsResearchWithoutReporting(document: Pick<ProseDocument, 'blocks'>): boolean {
  const lede = new Set<number>();
  let paragraphs = 0;
  for (const block of document.blocks) {
    if (block.index === 0 || block.kind === 'title') lede.add(block.index);
    else if (block.kind === 'paragraph' && paragraphs < ledeParagraphs) {
      lede.add(block.index);
      paragraphs += 1;
    }
  }
  let particular = 0;
  for (const cue of findArticleCues(document)) {
    if (cue.kind !== 'research') continue;
    if (lede.has(cue.block)) return false;
    if (namesParticularStudy(cue, document) && ++particular > 1) return false;
  }
  return true;
}

/**
 * The article says its results have no paper yet (JUDGING.md's source-list middle ground, `no_publication`):
 * results not (yet) peer-reviewed or published, a company's "topline" results, results a company announced
 * in a press release or statement, results that "will be submitted for publication" or that someone "plans
 * to publish". Readers judged most source-list findings on such articles debatable: there is no paper to
 * list. "Will be published in <journal>" is left out: it names where the paper will be.
 */
const noPaperYet = [
  /\b(?:not|n['’]t|never) (?:yet )?(?:been )?(?:peer[- ]reviewed|reviewed by (?:other |outside |independent )?(?:scientists|experts|researchers|peers))\b/iu,
  /\byet to be (?:peer[- ]reviewed|published)\b/iu,
  /\b(?:has|have|had) yet to publish\b/iu,
  /\b(?:has|have|had)(?: not|n['’]t) (?:yet )?(?:been )?published\b/iu,
  /\bnot yet (?:been )?published\b/iu,
  /\btop[- ]?line (?:results|data|findings|information)\b|[“"]top[- ]?line[”"]/iu,
  /\b(?:will be|to be|being) submitted for publication\b|\bplans? to publish\b/iu,
  /\b(?:results|data|findings) (?:were|was) (?:announced|released|disclosed) (?:by|in|through) (?:a|the|its) (?:press release|news release|statement)\b/iu,
  /\b(?:disclosed|announced|released) the (?:results|data|findings) in a (?:press|news) release\b/iu,
];
/** One plain test before the patterns: most articles hold none of these words. */
const noPaperYetWords = /reviewed|publi|top[- ]?line|release|statement/iu;

/**
 * Results presented at a meeting: JUDGING.md calls a study identified only by its conference _correct_ for the
 * source list, so an article that names the meeting is not held back for having no paper yet.
 */
const presentedAtMeeting =
  /\bpresent(?:ed|s|ing)?\b[^.!?]{0,80}?\b(?:meeting|conference|congress|symposium|sessions|summit|forum)\b/iu;

/**
 * A study's results, data or findings said to be presented at a meeting (“The data was presented at the
 * American Surgical Association annual meeting”, “The findings were presented at the San Antonio Breast
 * Cancer Symposium”): the article reports that study, however seldom it names research, and identifies
 * it only by its conference, which JUDGING.md calls _correct_ for the source list. A question or a
 * case presented at a meeting is no result.
 */
const resultsPresentedAtMeeting =
  /\b(?:study|studies|trial|data|results|findings|research|analysis|abstract|poster)\b[^.!?]{0,60}?\bpresented\b[^.!?]{0,80}?\b(?:meeting|conference|congress|symposium|sessions|summit|forum)\b/iu;

/** Whether the article says its study's results were presented at a meeting (see `resultsPresentedAtMeeting`). */
export function presentsResultsAtMeeting(document: Pick<ProseDocument, 'blocks'>): boolean {
  return document.blocks.some(
    (block) => block.text.includes('presented') && resultsPresentedAtMeeting.test(block.text),
  );
}

export function saysNoPaperYet(document: Pick<ProseDocument, 'blocks'>): boolean {
  return (
    document.blocks.some(
      (block) => noPaperYetWords.test(block.text) && noPaperYet.some((pattern) => pattern.test(block.text)),
    ) && !document.blocks.some((block) => block.text.includes('present') && presentedAtMeeting.test(block.text))
  );
}
