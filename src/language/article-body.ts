import { oncePer } from '../memo.js';
import type { Block, ProseDocument } from '../prose/types.js';
import { articleDates } from './dates.js';

/**
 * Whether a text is whole enough to be judged for what it lacks. The document rules (missing-disclosure,
 * missing-source-list …) report what an article leaves out, and a fragment leaves out most things:
 * the corpora hold many texts the scraper cut short (a photo caption, a credit and a paragraph;
 * 40–80 words kept of a long story), and readers judge a missing funder or source list in such a
 * text debatable (`truncated_text`), since the rest of the story may well have named it.
 *
 * The signal is how much body prose the text has: words in sentences of the article's own
 * paragraphs, list items and quotes. Headlines, captions, credits, boilerplate, related-story links
 * and stray lines of fewer than four words (“AD”, “Read More”, a photographer's name) are no body
 * prose. A news brief runs to 150 words or more; below `fragmentWords` a text is a teaser or a piece.
 * Weighed over every judged finding and the recall items (eval/judged/README.md, the seventh round):
 * at 120 the missing-disclosure trade gained one more debatable finding but lost a clear recall item
 * (a 113-word story whose reader still asked for its funder), so the line sits below that.
 */
export const fragmentWords = 80;

/** Sentences shorter than this are page furniture (“AD”, “Read more”), not prose. */
const shortestProseSentence = 4;

const proseKinds = new Set<Block['kind']>(['paragraph', 'listItem', 'quote']);

/** The words of the article's own body prose (see above), counted once per document. */
export const bodyProseWords = oncePer((document: Pick<ProseDocument, 'blocks'>): number => {
  let words = 0;
  for (const block of document.blocks) {
    if (block.role !== 'body' || !proseKinds.has(block.kind)) continue;
    for (const sentence of block.sentences) {
      if (sentence.wordCount >= shortestProseSentence) words += sentence.wordCount;
    }
  }
  return words;
});

/**
 * Whether the text has too little body prose to be an article whose omissions can be judged (a rule
 * may set its own line, as missing-disclosure's `minWords` does).
 */
export function isArticleFragment(document: Pick<ProseDocument, 'blocks'>, minWords = fragmentWords): boolean {
  return bodyProseWords(document) < minWords;
}

/**
 * A long feature runs to this many words of body prose or more (a news story of 400–600 words
 * does not). Such an article weighs a treatment from many sides, through patients, clinics,
 * comparators and history, and a rule that reads it for what it lacks is less sure of itself
 * there: a harm may be told in passing in words it does not read, or the treatment it picks is a
 * comparator or the setting (missing-safety-caveat, eval/judged round 11: of 23 judged findings in
 * long features that name no trial, 7 were correct; of the 15 whose headline does not name the
 * treatment either, 3).
 */
export const longFeatureWords = 700;

/** Whether the text is a long feature (`longFeatureWords` words of body prose or more). */
export function isLongFeature(document: Pick<ProseDocument, 'blocks'>): boolean {
  return !isArticleFragment(document, longFeatureWords);
}

/**
 * A release's end mark on a line of its own (“###”, “# # #”, “-30-”). Markdown reads “###” as an
 * empty heading, so no block holds it and the source is read instead.
 */
const releaseEndMark = /^[ \t]*(?:#[ \t]?#[ \t]?#|-[ \t]?30[ \t]?-)[ \t]*$/mu;

/**
 * Whether the text carries the marks of an organisation's own release: a boilerplate section (media
 * contacts, “For more information, contact”, “About <the issuer>”, `BlockRole` in prose/roles.ts) or
 * the release's end mark. A news story, a column or a feature carries none: it reports on others'
 * work in a journalist's voice. The issuer of a release answers for the work it announces (HealthNewsReview.org
 * asks every release who paid for it); a story that names research only in passing reports no
 * study whose funder it owes (missing-disclosure, eval/judged round 13).
 */
export const carriesReleaseMarks = oncePer((document: Pick<ProseDocument, 'blocks' | 'source'>): boolean => {
  return document.blocks.some((block) => block.role === 'boilerplate') || releaseEndMark.test(document.source);
});

/**
 * A word that links a sentence to one before it (“Also, …”, “However, …”, “But …”): an article does
 * not open on one, so a text that does is the later part of a story whose opening was lost.
 */
const linkingOpener =
  /^(?:(?:Also|However|Meanwhile|Moreover|Furthermore|Nonetheless|Nevertheless|Instead|Still|Likewise|Similarly|Otherwise|Besides|Then|Thus|Hence|Therefore|Even so|In addition|On the other hand|By contrast|In contrast|For example|For instance|As a result),|(?:Also|But|And|Yet|Or|Nor)\s)/u;

/**
 * A quotation whose speaker the text has met before: a pronoun (“…,” he added), or a title and a
 * surname alone (“…,” said Dr. Shear, who …), which news style keeps for a second mention.
 */
const quotedBeforeMet = new RegExp(
  String.raw`^["“][^"”]{8,}["”],?\s+(?:(?:he|she|they)\s+(?:said|says|added|adds|continued|explained|noted|told)\b|` +
    String.raw`(?:said|says|added|adds|continued)\s+(?:(?:he|she|they)\b|(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+\p{Lu}[\p{Ll}'’-]+(?=[,.;]|\s+(?:of|who|at)\b)))`,
  'u',
);

/**
 * Whether the text starts in the middle of an article: its first sentence of body prose opens
 * mid-sentence (a lower-case word), on a word that links it to a sentence before, or on a quotation
 * whose speaker was introduced earlier. Such a text is the later part of a story whose opening (and
 * with it the byline and dateline) was lost, so a rule cannot say that the article lacks what the
 * opening holds. A text whose dateline lede follows a few blocks down (“Oct. 8, 2012 (Boston) -- …”)
 * still holds its opening, only out of order, and is read as whole.
 */
export const opensMidArticle = oncePer((document: ProseDocument): boolean => {
  if (articleDates(document).dateline) return false;
  for (const block of document.blocks) {
    if (block.role !== 'body' || !proseKinds.has(block.kind)) continue;
    const first = block.sentences.find((sentence) => sentence.wordCount >= shortestProseSentence);
    if (!first) continue;
    const text = block.text.slice(first.start).trimStart();
    return /^[("“'‘]?\p{Ll}+[\s,]/u.test(text) || linkingOpener.test(text) || quotedBeforeMet.test(text);
  }
  return false;
});
