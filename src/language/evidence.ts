import type { Block, Citation, ProseDocument, Sentence } from '../prose/types.js';
import { oncePer } from '../memo.js';
import { PhraseMatcher } from './phrases.js';
import { describesStudyConduct, statesBackground } from './figure-kinds.js';
import { findStatistics } from './statistics.js';
import { reviewsEvidence } from './evidence-summary.js';
import { authorsSpeak, speaksAsAuthors } from './own-voice.js';
import { lexicon } from './evidence.generated.js';
import { lexicon as pastResultLexicon } from './past-results.generated.js';

/**
 * Is a passage supported by evidence? A sentence is supported when a citation (link, footnote,
 * `[1]`, author–year, DOI/PMID/trial id, named source; see citations.ts) sits in the same
 * sentence, paragraph or section, or when it refers back to a study cited earlier in the
 * article (“in the trial”, “participants”, “the researchers found”).
 */
export type EvidenceScope = 'sentence' | 'paragraph' | 'section';

export const evidenceScopes: readonly EvidenceScope[] = ['sentence', 'paragraph', 'section'];

export type Support =
  | { kind: 'citation'; citation: Citation }
  | { kind: 'earlier-study'; citation: Citation; reference: { start: number; end: number; text: string } };

const studyReferences = new PhraseMatcher(lexicon);

/**
 * Where a document's citations are, gathered once per document: looking for the citation in a
 * block's section, or before a sentence, by walking the blocks made a table of 20,000 cells or an
 * article of 20,000 paragraphs quadratic (issue 12).
 */
interface CitationIndex {
  /** Citations by block index, in the order the document lists them. */
  byBlock: Map<number, Citation[]>;
  /** The first citation of each section (by its heading's block index; -1 before the first heading). */
  firstBySection: Map<number, Citation>;
  /** The first block holding a citation. */
  firstBlock?: Block;
}

const citationIndexes = new WeakMap<ProseDocument, CitationIndex>();

function citationIndexOf(document: ProseDocument): CitationIndex {
  let index = citationIndexes.get(document);
  if (index) return index;
  const byBlock = new Map<number, Citation[]>();
  for (const citation of document.facts.citations) {
    const list = byBlock.get(citation.block) ?? [];
    list.push(citation);
    byBlock.set(citation.block, list);
  }
  index = { byBlock, firstBySection: new Map() };
  citationIndexes.set(document, index);
  for (const block of document.blocks) {
    const first = citationsWithin(document, block)[0];
    if (!first) continue;
    index.firstBlock ??= block;
    if (!index.firstBySection.has(block.section)) index.firstBySection.set(block.section, first);
  }
  return index;
}

function citationsOf(document: ProseDocument, block: number): Citation[] {
  return citationIndexOf(document).byBlock.get(block) ?? [];
}

/** Citations that overlap a range of a block's text. */
export function citationsWithin(document: ProseDocument, block: Block, start = 0, end = block.text.length): Citation[] {
  return citationsOf(document, block.index).filter((citation) => citation.start < end && citation.end > start);
}

/**
 * The citations that belong to a sentence: those inside it, and a footnote or numbered marker right
 * after its full stop (“… in 2019. [11]”), less such a marker at its own start, which the splitter
 * moved there from the sentence before. The splitter stays as it is (sentence keys are shared by
 * every rule's judged findings); this only reads the marker where it belongs.
 */
export function citationsOfSentence(document: ProseDocument, sentence: Sentence): Citation[] {
  const previous = sentence.block.sentences[sentence.index - 1];
  const moved = previous ? trailingCitationMarker(document, previous) : undefined;
  const own = citationsWithin(document, sentence.block, sentence.start, sentence.end).filter(
    (citation) => citation !== moved,
  );
  const trailing = trailingCitationMarker(document, sentence);
  return trailing && !own.includes(trailing) ? [...own, trailing] : own;
}

/**
 * A citation in the sentence just before or just after a sentence's paragraph, when the sentence
 * opens or closes it and the other holds no figure of its own: a source named in an adjacent
 * sentence sources a figure (JUDGING.md), and a paragraph break between them (“The change is outlined in the AHA 2017 Guidelines.” / “It will
 * raise the share from 32 percent to 46 percent.”) does not change that.
 */
export function citationBesideParagraph(document: ProseDocument, sentence: Sentence): Citation | undefined {
  for (const beside of sentencesBesideBlock(document, sentence)) {
    // “About 1 in 5 adults has migraine [1].”: a source beside a figure of its own sources that figure.
    if (findStatistics(beside.text).length > 0) continue;
    const citation = citationsOfSentence(document, beside).find((found) => !namesWherePublished(found));
    if (citation) return citation;
  }
  return undefined;
}

/** “Published in The Lancet”, “a 2021 study in JAMA”: where a study appeared. */
const publishedIn =
  /^(?:published|reported|appearing|appears|appeared)\b|\b(?:study|trial|review|meta-analysis|analysis|paper)s? (?:published )?(?:in|by|from)\b/iu;

/**
 * Whether a citation only says where a study was published (“The new study appears in
 * Pediatrics.”): that identifies the study the article reports, whose results `reportsOwnResult`
 * reads, and is no source for a background figure in the next paragraph.
 */
function namesWherePublished(citation: Citation): boolean {
  return citation.kind === 'named-source' && publishedIn.test(citation.text);
}

/** The last sentence of the block before and the first of the block after, when they are body prose (not a heading). */
export function sentencesBesideBlock(document: ProseDocument, sentence: Sentence): Sentence[] {
  const { block } = sentence;
  const beside: Sentence[] = [];
  const before = document.blocks[block.index - 1];
  const after = document.blocks[block.index + 1];
  if (sentence.index === 0 && before && isBodyProse(before)) beside.push(...before.sentences.slice(-1));
  if (sentence.index === block.sentences.length - 1 && after && isBodyProse(after)) {
    beside.push(...after.sentences.slice(0, 1));
  }
  return beside;
}

function isBodyProse(block: Block): boolean {
  return block.role === 'body' && block.kind !== 'heading' && block.kind !== 'title';
}

/** The citation nearest in scope that supports the sentence, or undefined. */
export function citationInScope(
  document: ProseDocument,
  sentence: Sentence,
  scope: EvidenceScope,
): Citation | undefined {
  const { block } = sentence;
  const inSentence = citationsWithin(document, block, sentence.start, sentence.end)[0];
  if (inSentence || scope === 'sentence') return inSentence;
  const inBlock = citationsWithin(document, block)[0];
  if (inBlock || scope === 'paragraph') return inBlock;
  // The block itself holds none, so its section's first citation is in another block.
  return citationIndexOf(document).firstBySection.get(block.section);
}

/**
 * A footnote or numbered marker right after a sentence's full stop (“… problems.[11] Next …”):
 * it cites that sentence, though the sentence splitter leaves it at the start of the next one.
 */
export function trailingCitationMarker(document: ProseDocument, sentence: Sentence): Citation | undefined {
  const { block } = sentence;
  return citationsWithin(document, block, sentence.end, sentence.end + 12).find(
    (citation) =>
      (citation.kind === 'numeric-marker' || citation.kind === 'footnote') &&
      citation.start >= sentence.end &&
      block.text.slice(sentence.end, citation.start).trim() === '',
  );
}

/** The first citation before a sentence anywhere in the article (earlier blocks or sentences). */
export function citationBefore(document: ProseDocument, sentence: Sentence): Citation | undefined {
  const { firstBlock } = citationIndexOf(document);
  if (!firstBlock || firstBlock.index > sentence.block.index) return undefined;
  if (firstBlock.index < sentence.block.index) return citationsWithin(document, firstBlock)[0];
  return citationsWithin(document, firstBlock, 0, sentence.start)[0];
}

/** Phrases in a sentence that refer back to a study (“the trial”, “participants”). */
export function findStudyReferences(text: string): { start: number; end: number; text: string }[] {
  return studyReferences
    .matchAll(text)
    .filter(({ entry }) => entry.id !== 'study-design')
    .map(({ start, end, text: phrase }) => ({ start, end, text: phrase }));
}

/** “In 14 trials”, “three studies”: a count names a body of evidence rather than waving at one. */
const studyCount =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ ){0,2}(?:trials|studies|reviews|RCTs)\b/iu;

/**
 * Whether a sentence says which study its finding comes from: a reference back (“the trial”),
 * a design (“compared with placebo”, “randomised”, “a systematic review”) or a count of studies
 * (“in 14 trials”). Such a sentence reports a result rather than asserting a fact.
 */
export function describesStudy(text: string): boolean {
  return studyReferences.matchAll(text).length > 0 || studyCount.test(text);
}

/** Research named as a claim's source: “study shows”, “Studies find”, “in late-stage trial”, “scientists say”. */
const researchCredit =
  /\b(?:stud(?:y|ies)|trials?|research|researchers|scientists|analysis|meta-analysis|review|experiment)\b/iu;

/**
 * Whether a headline credits its claim to research (“X more effective than Y, study shows”,
 * “Studies find two drugs effective”): the only attribution a headline has room for.
 */
export function creditsResearch(headline: string): boolean {
  return researchCredit.test(headline);
}

/**
 * How a sentence is supported, or undefined when it is not. Scope `sentence` reads the citations that
 * belong to the sentence (`citationsOfSentence`), `paragraph` its block and `section` its section.
 */
export function supportFor(
  document: ProseDocument,
  sentence: Sentence,
  scope: EvidenceScope = 'paragraph',
): Support | undefined {
  const citation =
    scope === 'sentence' ? citationsOfSentence(document, sentence)[0] : citationInScope(document, sentence, scope);
  if (citation) return { kind: 'citation', citation };
  const reference = findStudyReferences(sentence.text)[0];
  if (!reference) return undefined;
  const earlier = citationBefore(document, sentence);
  return earlier ? { kind: 'earlier-study', citation: earlier, reference } : undefined;
}

export function isSupported(document: ProseDocument, sentence: Sentence, scope: EvidenceScope = 'paragraph'): boolean {
  return supportFor(document, sentence, scope) !== undefined;
}

const studyNoun = 'study|survey|report|analysis|review|trial|census|poll';
/**
 * “According to a large 2007 study”, “a 2015 government survey found”: a figure credited to a study
 * the sentence dates. The reader learns where it comes from; whether the credit is specific enough
 * is vague-attribution's question, and editors differ on it (eval/judged/README.md).
 */
const datedStudyCredit = new RegExp(
  `\\b(?:according to|in|from) (?:a|an|one|the) (?:[\\p{L}-]+ ){0,3}(?:19|20)\\d\\d (?:[\\p{L}-]+ ){0,2}(?:${studyNoun})\\b|\\b(?:a|an|one|the) (?:[\\p{L}-]+ ){0,3}(?:19|20)\\d\\d (?:[\\p{L}-]+ ){0,2}(?:${studyNoun}) (?:found|finds|showed|shows|estimated|estimates|reported|reports|suggested|suggests)\\b`,
  'iu',
);

/** Whether a sentence credits its figures to a study it dates (“according to a large 2007 study”). */
export function creditsDatedStudy(text: string): boolean {
  return datedYear.test(text) && datedStudyCredit.test(text);
}

/**
 * “The European Randomized Study of Screening for Prostate Cancer”, “the Nurses' Health Study”,
 * “the PLCO Trial”, “the SPRINT trial”: a study named so a reader can look it up. A capitalised
 * name ending in the study noun, read word by word back from the noun (as `organisationSays`
 * reads an organisation's name, so nothing backtracks), or “the” and an acronym before the noun
 * (“an HIV study” names none).
 */
const studyTitleNoun = /\b(?:Study|Trial|Survey|Initiative|Registry)\b/gu;
const acronymStudy = /\bthe\s(\p{Lu}[\p{Lu}\d-]+)\s(?:[Tt]rials?|[Ss]tudy|[Ss]urvey)\b/gu;
/** Lower-case words allowed inside a study's name (“Study of Screening for Prostate Cancer”). */
const studyNameJoiners = new Set(['of', 'for', 'on', 'in', 'and', 'the']);
/** How many words before its noun a study's name may run to. */
const studyNameWords = 8;
/** Capitalised words that describe a study rather than name it (“A New Study”, “UK study”, in a title-case headline). */
const genericStudyWords = new Set([
  'A',
  'An',
  'The',
  'This',
  'That',
  'New',
  'Large',
  'Recent',
  'Small',
  'Major',
  'Big',
  'First',
  'Latest',
  'Landmark',
  'Clinical',
  'Early',
  'Late',
  'Phase',
  'Pilot',
  'Randomized',
  'Randomised',
  'Controlled',
  'Global',
  'National',
  'International',
  'US',
  'UK',
  'EU',
  'USA',
]);

/** The capitalised words of the name right before each capitalised study noun (“Nurses' Health” Study). */
function studyTitleNames(text: string): string[][] {
  const names: string[][] = [];
  studyTitleNoun.lastIndex = 0;
  for (let match = studyTitleNoun.exec(text); match; match = studyTitleNoun.exec(text)) {
    const words = text
      .slice(Math.max(0, match.index - 150), match.index)
      .split(/\s+/u)
      .filter(Boolean)
      .slice(-studyNameWords);
    const name: string[] = [];
    for (let index = words.length - 1; index >= 0; index--) {
      const word = words[index] as string;
      if (/^\p{Lu}[\p{L}'’-]*$/u.test(word)) name.push(word);
      else if (!studyNameJoiners.has(word)) break;
    }
    names.push(name);
  }
  return names;
}

/** Whether a text names a study (“the Nurses' Health Study”, “the PLCO trial”), not just a kind of study. */
export function namesStudy(text: string): boolean {
  if (!/[Ss]tudy|[Tt]rial|Survey|Initiative|Registry/u.test(text)) return false;
  const names = [...studyTitleNames(text), ...[...text.matchAll(acronymStudy)].map((match) => [match[1] as string])];
  return names.some((name) => name.some((word) => !genericStudyWords.has(word) && !/^(?:I{1,3}|IV)$/u.test(word)));
}

/** “Published in the journal Science”, “in the January issue of Archives of Pediatrics”: where a source appeared. */
const appearedIn = /\b(?:issue of|published (?:online )?(?:\p{Ll}+ )?in|in the journal)\s(?:the\s)?\p{Lu}/u;

/** “It says that …”, “The review found …”: a sentence that credits its figure to the source named before it. */
const creditsSourceBefore =
  /^(?:It|They|The (?:review|study|report|survey|analysis|paper|trial)|This (?:review|study|report|survey|analysis))\s(?:also\s)?(?:says|said|found|finds|reports|reported|estimates|estimated|concluded|concludes|shows|showed|suggests|suggested|notes|noted)\b/u;

/**
 * Whether a sentence credits its figure to a study or publication the sentence right before it
 * names (“A review in the January issue of Archives of Pediatrics … took a different tack. It says
 * that risks … are less than 1 percent.”): the source is in the adjacent sentence (JUDGING.md).
 */
export function creditsSourceNamedBefore(sentence: Sentence): boolean {
  if (!creditsSourceBefore.test(sentence.text)) return false;
  const previous = sentence.block.sentences[sentence.index - 1];
  return previous !== undefined && (appearedIn.test(previous.text) || namesStudy(previous.text));
}

/**
 * The year and study noun that `datedStudyCredit` needs, found in a scan that starts only at
 * digits: the full pattern tries three words after every article of every sentence with a figure.
 */
const datedYear = new RegExp(`(?:19|20)\\d\\d (?:[\\p{L}-]+ ){0,2}(?:${studyNoun})`, 'iu');

/** “Sources: CDC; NIMH; Journal of Clinical Psychopharmacology” at the end of a fact box. */
const sourceLabel = /\bSources?:\s?\p{Lu}/u;

/**
 * Whether a paragraph names its sources after a “Source:” label: a fact box or a list of
 * figures often closes with one line that sources every item above it, in the same block.
 */
export function listsSources(block: Block): boolean {
  return sourceLabel.test(block.text);
}

/**
 * “Who has them? More than half of women in the menopausal transition.”: a question and its short
 * answer, the items of a question-and-answer fact box (a question of a few words, then the answer).
 */
const questionAndAnswer = /^[^.!?]{3,80}\?\s\S/u;

/** A fact-box item: a list item, a paragraph or heading that opens with a bullet, or a question and its answer. */
function isFactBoxItem(block: Block): boolean {
  return block.kind === 'listItem' || /^\s*[•●▪◦·*-]\s/u.test(block.text) || questionAndAnswer.test(block.text);
}

/** A paragraph that is a sources line (“Sources: International Menopause Society, …”). */
const opensWithSources = /^\s*Sources?:\s?\p{Lu}/u;

/** How many items a fact box may run to before its closing “Source:” line. */
const factBoxItems = 12;

/** How long the names after a closing “Sources:” label may run (a few bodies, “WSJ interviews”). */
const sourcesLineLength = 200;

/**
 * Whether a paragraph closes with a sources line: a “Source(s):” label that opens the paragraph or
 * follows the end of its last sentence, with only a short list of names after it (“The higher your
 * bone density was at its peak, … Sources: National Osteoporosis Foundation”). The corpus runs a
 * fact box's last item and its sources line into one paragraph.
 */
function closesBoxWithSources(block: Block): boolean {
  if (block.role !== 'body' || block.kind === 'heading' || block.kind === 'title') return false;
  const label = sourceLabel.exec(block.text);
  if (!label) return false;
  const before = block.text.slice(0, label.index).trimEnd();
  const opensOrFollowsSentence = before === '' || /[.!?]["”’)]?$/u.test(before);
  return opensOrFollowsSentence && block.text.length - label.index <= sourcesLineLength;
}

/** How long a fact box's item may be: one or two short sentences. */
const boxItemSentences = 2;
const boxItemLength = 240;

/**
 * The short paragraphs right before a sources line (`closesBoxWithSources`), back to a heading or a
 * paragraph of ordinary length: a fact box set as plain paragraphs (“A Look at Head Trauma About 1.7
 * million people … / About 75% of brain injuries are concussions. / … Sources: U.S. Centers for
 * Disease Control and Prevention; Brain Injury Association of America”), whose sources line
 * sources every item above it as a bullet box's does.
 */
function shortParagraphsBefore(document: ProseDocument, block: Block): number[] {
  const items: number[] = [];
  for (let index = block.index - 1; index >= 0 && items.length < factBoxItems; index--) {
    const item = document.blocks[index] as Block;
    if (item.role !== 'body' || (item.kind !== 'paragraph' && item.kind !== 'listItem')) break;
    if (item.sentences.length > boxItemSentences || item.text.length > boxItemLength) break;
    items.push(index);
  }
  return items;
}

/**
 * A heading that is a fact box's item: a short label and its figure after a colon (“Number of
 * Americans with heart failure: 5.7 million”, “Price: $80,000”), no sentence of its own.
 */
const labelledFigure =
  /^[^:!?]{3,120}:\s?[$£€~≈]?\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:%|\s?(?:percent|per cent|million|billion|thousand))?\s*$/u;

/**
 * Whether a paragraph is a box's last labelled figure and its sources line (“Price of the device:
 * $80,000 Sources: UNOS; American Heart Association”): the label's figure ends with no full stop.
 */
function closesLabelledBoxWithSources(block: Block): boolean {
  if (block.role !== 'body' || block.kind === 'heading' || block.kind === 'title') return false;
  const label = sourceLabel.exec(block.text);
  return (
    label !== null &&
    labelledFigure.test(block.text.slice(0, label.index).trimEnd()) &&
    block.text.length - label.index <= sourcesLineLength
  );
}

/** How many heading items a box may run to above its sources line. */
const headingItems = 12;

/**
 * The headings right before a sources line (`closesBoxWithSources`) that are each a labelled figure
 * (`labelledFigure`): a fact box whose items the page set as headings, each its own section, which
 * the line at the foot of the box sources as a bullet box's line does. The run stops at the first
 * heading or paragraph of another shape.
 */
function labelledFigureHeadingsBefore(document: ProseDocument, block: Block): number[] {
  const items: number[] = [];
  for (let index = block.index - 1; index >= 0 && items.length < headingItems; index--) {
    const item = document.blocks[index] as Block;
    if (item.role !== 'body' || item.kind !== 'heading' || !labelledFigure.test(item.text)) break;
    items.push(index);
  }
  return items;
}

/**
 * The short paragraphs of fact boxes set as plain paragraphs and closed by a sources line (see
 * `shortParagraphsBefore`), read once per document. Whether that line sources an item several
 * paragraphs above it is where judges differ (4 correct, 3 wrong of 7 read): the unsupported-statistic
 * rule holds these back as tentative rather than calling them sourced.
 */
export const plainFactBoxItems = oncePer((document: ProseDocument): ReadonlySet<number> => {
  const items = new Set<number>();
  for (const block of document.blocks) {
    if (closesBoxWithSources(block)) for (const index of shortParagraphsBefore(document, block)) items.add(index);
  }
  return items;
});

/**
 * The blocks of fact boxes that close with their sources (“• 1 in 110 children … • Annual cost:
 * $90 billion Source: Autism Society of America”): each item of a run of bullets or questions and
 * answers is sourced by a “Source:” label in a later item of the same run or in a sources line
 * right after it, read once per document.
 */
export const sourcedFactBoxItems = oncePer((document: ProseDocument): ReadonlySet<number> => {
  const sourced = new Set<number>();
  // A box whose items are each set as a heading (“Number of heart-failure deaths annually: 292,000”),
  // closed by a sources line: the headings cut it into sections, but the line closes the whole box.
  for (const block of document.blocks) {
    if (closesBoxWithSources(block) || closesLabelledBoxWithSources(block)) {
      for (const index of labelledFigureHeadingsBefore(document, block)) sourced.add(index);
    }
  }
  let run: number[] = [];
  for (const block of [...document.blocks, undefined]) {
    if (block && isFactBoxItem(block)) {
      run.push(block.index);
      if (listsSources(block)) {
        for (const index of run.slice(-factBoxItems)) sourced.add(index);
        run = [];
      }
      continue;
    }
    // A “Sources:” line of its own right after the items closes the box too.
    if (block && run.length > 0 && opensWithSources.test(block.text)) {
      for (const index of run.slice(-factBoxItems)) sourced.add(index);
    }
    run = [];
  }
  return sourced;
});

/**
 * Wording that introduces one piece of research: “a new study”, “the trial”, “researchers at
 * Leeds”, “published today in”, “published last week in” (round 25), “this review”. Bare “research shows” does not: it waves at
 * research rather than reporting a study.
 */
const introducesStudy =
  /\b(?:(?:a|an|the|this|their|our|new|recent|large|small|first|latest)\s+(?:\w+\s+){0,3}?(?:study|trial|review|meta-analysis|analysis|survey|experiment|report|paper)|published\s+(?:online\s+)?(?:today|this week|(?:(?:last|this|earlier this)\s(?:week|month)|(?:on\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday)\s+in\b|in)|review authors|we (?:found|included|searched))\b/iu;
/** “Researchers at Leeds”, “presented at the American …”: case matters for the name. */
const introducesNamedStudy =
  /\b(?:(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Aa] team)\s+(?:at|from|with|led by|in)\s+(?:the\s+)?\p{Lu}|(?:presented|reported)\s+(?:today\s+)?at\s+(?:the\s+)?\p{Lu})/u;

/** How many blocks from the top (the title and lead) may introduce the article's own study. */
const leadBlocks = 4;

/**
 * Whether the article is about a study of its own (a release or story reporting one piece of
 * research): its title or lead describes one. The results of that study are the article's subject,
 * not background figures that need a source. Headings under the headline (a deck, a release's
 * “Fast Facts … - Click to Tweet” lines) are no part of the lead: they would push its paragraphs out.
 */
export const reportsOwnStudy = oncePer((document: ProseDocument): boolean =>
  document.blocks
    .filter((block) => block.role === 'body' && (block.kind !== 'heading' || block.index === 0))
    .slice(0, leadBlocks)
    .some((block) => introducesAStudy(block.text)),
);

/** Whether a block introduces one piece of research, by wording or by describing its design. */
function introducesAStudy(text: string): boolean {
  return introducesStudy.test(text) || introducesNamedStudy.test(text) || describesStudy(text);
}

/** “(Published|report Thursday) in the journal Science”, “in JAMA Pediatrics”: where a study appeared. */
const inJournal = /\bin (?:the )?(?:journal|issue of|online edition of)\b/iu;

/**
 * Whether the article identifies a piece of research anywhere in its body (“the new study is
 * published in …”, “researchers at Leeds”, “as they report Thursday in the journal Science”):
 * wider than `reportsOwnStudy`, because news stories often open with a patient or a trend and name
 * the study they report several paragraphs down, after a byline, a dateline and an “En Español”
 * link. Unnamed “researchers say” in such an article are that study's researchers, and figures
 * told in the past tense are its results.
 */
export const identifiesStudy = oncePer(
  (document: ProseDocument): boolean =>
    reportsOwnStudy(document) ||
    document.blocks.some(
      (block) =>
        block.role === 'body' &&
        (introducesAStudy(block.text) || inJournal.test(block.text) || block.sentences.some(creditsResearchInClause)),
    ),
);

/**
 * “…, reveals new UCL research”, “…, major global analysis reveals”: a sentence that credits one
 * piece of research as the speaker of its claim introduces that research (round 21: a release's
 * conclusion paragraph has no other lead). “Scientists have found that …” does not: a story says
 * it of settled knowledge (“Scientists have found that irradiating the polyethylene …”).
 */
function creditsResearchInClause(sentence: Sentence): boolean {
  return studyCreditTail.test(sentence.text);
}

/**
 * A review's lead: “this review”, “review authors”, “we included 12 trials”, a Cochrane summary;
 * and a review told by what it pooled, without the word “review”: “this meta-analysis”, “the
 * evidence was based on 177 studies”, “based on 12 studies”, “the five included trials”, “the
 * evidence is current to July 2014”.
 */
const introducesReview =
  /\b(?:(?:this|our|the|a|new) (?:(?:systematic|cochrane|updated) )?review\b|(?:this|our|the|new) meta-analys[ie]s\b|review authors|(?:systematic review|meta-analysis) of\b|we (?:included|searched|identified)\b|we found (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,3}?(?:trials|studies)\b|based on (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}?(?:trials|studies)\b|included (?:trials|studies)\b|evidence is (?:current|up[- ]to[- ]date)\b|cochrane)/iu;

/**
 * Whether the article's own study is a review of other studies (a Cochrane summary, a release on a
 * meta-analysis): its title or lead says so. There “studies found …” are the included studies.
 */
export const reportsOwnReview = oncePer((document: ProseDocument): boolean =>
  document.blocks
    .filter((block) => block.role === 'body' || block.kind === 'title')
    .slice(0, leadBlocks)
    .some((block) => introducesReview.test(block.text)),
);

/**
 * The review's authors speaking for it: “we included 12 trials”, “we found four studies”, “we have
 * reviewed clinical trials”, “we conducted a systematic review”, “our searches”, “through literature searches”, “review authors”, “this Cochrane review”; and the review's own account of its method: “the evidence is current to July 2014”,
 * “among the 30 studies reviewed”, “six randomised controlled trials … were analysed”, “we
 * assessed … by analysing results from four randomised controlled studies”, “the studies we
 * selected”. A story about a review says “the review found”, “the studies included”, not these.
 */
const speaksForReview =
  /\b(?:we (?:have )?(?:included|searched|identified|reviewed|found (?:only )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|we (?:\p{L}+ )?conducted (?:a|this) (?:systematic )?review\b|our (?:searches|main results)\b|literature searches|review authors|(?:this|our) (?:(?:systematic|cochrane|updated) )?review\b|(?:this|our) meta-analysis\b|evidence was based on\b|the (?:\w+ )?included (?:trials|studies)\b|cochrane review\b|evidence is (?:current|up[- ]to[- ]date)\b|(?:studies|trials) (?:reviewed|analy[sz]ed|pooled|selected)\b|(?:studies|trials) we (?:found|included|identified|selected)\b)/iu;
/** “We assessed … four randomised controlled studies”, “six trials, involving 202 participants, were analysed”: read in two steps, so nothing backtracks. */
const reviewMethodVerb =
  /\bwe (?:assessed|selected|analy[sz]ed|pooled|combined|looked at|examined)\b|\bwere (?:reviewed|analy[sz]ed|pooled|selected|included)\b/giu;
const studiesOrTrials = /\b(?:studies|trials)\b/iu;

/**
 * How far before “were included” its studies may be: the subject may carry its participants and
 * its comparison (“Sixteen studies (2266 participants) comparing hypothermic machine perfusion with
 * static cold storage were included”).
 */
const reviewSubjectReach = 160;

/** Whether a review's method is told in the text: a verb of reviewing with its studies in the same sentence, within reach. */
function describesReviewMethod(text: string): boolean {
  for (const verb of text.matchAll(reviewMethodVerb)) {
    const before = verb[0].toLowerCase().startsWith('were');
    const reach = before
      ? text.slice(Math.max(0, verb.index - reviewSubjectReach), verb.index)
      : text.slice(verb.index, verb.index + verb[0].length + 200);
    const sentence = before ? reach.slice(reach.lastIndexOf('.') + 1) : reach.split('.')[0]!;
    if (studiesOrTrials.test(sentence)) return true;
  }
  return false;
}

/**
 * Whether the article is the review's own summary (a Cochrane plain-language summary), not a story
 * about a review: its lead speaks for the review. Its statements are the review's results
 * (JUDGING.md `own_study_result`), where a story's lede that generalises a review is a claim.
 */
export const isOwnReviewSummary = (document: ProseDocument): boolean => reviewSpeaksFrom(document) !== undefined;

/**
 * The index of the first block of a review's own summary that speaks for the review (see
 * `isOwnReviewSummary`), or undefined when the article is no such summary. A summary opens with
 * background on the condition; from where the review speaks for itself on, it tells its results.
 */
const reviewSpeaksFrom = oncePer(
  (document: ProseDocument): number | undefined =>
    document.blocks
      .filter((block) => block.role === 'body' || block.kind === 'title')
      .slice(0, leadBlocks)
      .find((block) => speaksForReview.test(block.text) || describesReviewMethod(block.text))?.index,
);

/**
 * Whether a figure is a result of a review's own summary: the article is one, the sentence is
 * where the review speaks for itself or after it, and the sentence is not background. A summary
 * states its results with any verb in any tense (“it also appears to reduce the risk by about
 * 5%”, “rates of nausea varied from 16.7% to 32%”); what it states from elsewhere is how common
 * or deadly the condition is (“a disease affecting 1 in 70 women”).
 */
function givesReviewResult(document: ProseDocument, sentence: Sentence, text: string): boolean {
  // “Prevalence of sepsis varied across studies, ranging from 12% to 78%”: a prevalence counted
  // in the studies the text weighs is its own figure, not background (round 19).
  if (reviewsEvidence(document) && (!statesBackground(text) || countedInItsStudies.test(text))) return true;
  const from = reviewSpeaksFrom(document);
  return from !== undefined && sentence.block.index >= from && !statesBackground(text);
}

/** “Across studies”, “in the included trials”, “among 12 studies”: counted in the studies a summary weighs. */
const countedInItsStudies =
  /\b(?:across|between|among|in) (?:the )?(?:included |individual |available |\d+ |(?:two|three|four|five|six|seven|eight|nine|ten) )?(?:studies|trials)\b/iu;

/** A test of a comparison: a p-value, or a hazard, odds, risk or rate ratio with its number. */
const testsComparison =
  /\b(?:[Pp]\s?[<=>≤≥]\s?0?\.\d|(?:a?HR|a?OR|RR|IRR)\b[\s,:=]*\d|(?:hazard|odds|risk|rate) ratios?\b)/u;

/** Inferential statistics (an interval, a p-value, a hazard or odds ratio with its number) come only from a study. */
const inferential =
  /\b(?:\d{2}(?:\.\d)?\s?%\s?(?:CI|CrI|confidence interval)|CI\b|confidence intervals?|[Pp]\s?[<=>≤≥]\s?0?\.\d|(?:a?HR|a?OR|RR|IRR)\b[\s,:=]*\d|(?:hazard|odds) ratios?\b)/u;

/**
 * Wording that reports a result rather than a background fact: arms and comparisons (“in the
 * placebo group”, “compared with”), who was treated (“those who took”, “patients treated with”),
 * when it was measured (“at six months”, “after treatment”, “over 4.1 years”), and who found it
 * (“the researchers reported”, “we found”, “we have noticed”).
 */
const resultWording =
  /\b(?:groups?|arms?|placebo|compared (?:with|to)|versus|vs\.?|those (?:who|taking|treated|given|receiving)|(?:patients|people|women|men|children|adults) (?:who (?:took|received|were given|had)|treated|taking|given|receiving|in the)|after (?:\w+ ){0,2}(?:treatment|therapy|surgery|months?|weeks?|years?|follow-up)|at (?:\w+ ){0,2}(?:months?|weeks?|years?|follow-up)|over (?:\d+(?:\.\d+)?|one|two|three|four|five|six|ten) (?:months?|weeks?|years?)|(?:researchers?|investigators|authors|they|we) (?:have |had )?(?:reported|found|observed|saw|seen|noticed|shown|showed|demonstrated|discovered)|were graded|experienced)\b/iu;

const pastResults = new PhraseMatcher(pastResultLexicon);

/** Where one clause ends and the next begins, for the tense of the clause holding a figure. */
const clauseBreaks = new Set([';', ':', '—', '?', '!']);

/**
 * Whether the clause holding a figure is told in the past tense (“the response rate was 86
 * percent”, “had died”, “shortened colds by 20 percent”): a result observed, not a background
 * fact, which is told in the present (“affects 10% of adults”). A past tense inside a relative
 * clause (“people who had a stroke”) describes who is counted and does not count.
 */
export function clauseInPastTense(text: string, start: number, end: number): boolean {
  return pastResults.matchAll(clauseHolding(text, start, end)).some(({ entry }) => entry.id === 'past-result');
}

function clauseHolding(text: string, start: number, end: number): string {
  // A figure in parentheses glosses the words before it (“Esophageal cancer (60%)”), and a list of
  // such items after a colon is the object of the clause before the colon: read back over it.
  // So is an elaboration after a colon that opens with a figure or a range (“dropped only little:
  // from 12.3 per 100,000 in 1998 to 11.9 …”): it has no verb of its own to be told in. A clause
  // after a colon with its own subject (“The trial was small: heart defects account for …”) has.
  const glossed = insideParentheses(text, start);
  let from = start;
  while (from > 0) {
    const mark = text[from - 1] as string;
    if (clauseBreaks.has(mark) && !(mark === ':' && (glossed || elaborates(text, from)))) break;
    from--;
  }
  let to = end;
  while (to < text.length && !clauseBreaks.has(text[to] as string)) to++;
  return text.slice(from, to);
}

/** A verbless elaboration's opening: a figure, a range or an approximation. */
const elaborationOpening =
  /^\s?(?:\d|(?:from|between|among|about|around|nearly|almost|roughly|approximately|just|only|some|up to|more than|less than|fewer than)\s)/u;

/** Whether the text after a colon at `from` goes on the clause before it (see `elaborationOpening`). */
function elaborates(text: string, from: number): boolean {
  return elaborationOpening.test(text.slice(from, from + 16));
}

/** How far back a figure's opening parenthesis may be (“(13 percent vs. 2 percent)”). */
const glossReach = 40;

/** Whether a figure sits inside parentheses opened shortly before it. */
function insideParentheses(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - glossReach); index--) {
    if (text[index] === ')') return false;
    if (text[index] === '(') return true;
  }
  return false;
}

/**
 * An abbreviation the sentence splitter ends a sentence at although the sentence goes on
 * (“needed repeat surgeries (13 percent vs. 2 percent)”).
 */
const cutAfterAbbreviation = /\b(?:vs|v|e\.g|i\.e|approx|cf|incl|ca)\.$/iu;

/**
 * A sentence with the head it was cut from, when the splitter cut it after an abbreviation
 * (“… (13 percent vs.” + “2 percent).”): its tense and its study are the head's. `offset` is where
 * the sentence's own text starts in `text`.
 */
function withCutHead(sentence: Sentence): { text: string; offset: number } {
  const previous = sentence.block.sentences[sentence.index - 1];
  if (!previous || !/^[\p{Ll}\d(]/u.test(sentence.text) || !cutAfterAbbreviation.test(previous.text))
    return { text: sentence.text, offset: 0 };
  return { text: `${previous.text} ${sentence.text}`, offset: previous.text.length + 1 };
}

/**
 * “For people who do not have schizophrenia, almost 20% would be incorrectly diagnosed”: a review
 * states its estimate for a notional group in the conditional, a result rather than a background fact.
 */
const conditionalResult = /\bwould\b/iu;

/**
 * Whether a sentence reports a result of the article's own study: the article reports one, and the
 * sentence refers to it (“in the trial”, “participants”) or gives an interval, p-value or ratio.
 * Given the figure's range, the study may be introduced anywhere in the article (stories name it a
 * dozen paragraphs down), and a figure in a clause told in the past tense is a result too, as is
 * a review's estimate told in the conditional (“20% would be misdiagnosed”).
 */
export function reportsOwnResult(
  document: ProseDocument,
  sentence: Sentence,
  figure?: { start: number; end: number; relative?: boolean },
): boolean {
  const { text, offset } = withCutHead(sentence);
  // “Using TMS, we show that synesthetes display 3-fold lower thresholds”: a figure its authors
  // report in their own voice is their result, in any text (round 21, `own-voice.ts`).
  if (figure && speaksAsAuthors(text) && !describesCondition(text, figure.start + offset)) return true;
  // “Survival was greater in diabetics (38% vs 45%, P = .04)”, “(OR 0.06, 95%CI 0.00 to 1.15)”: a
  // figure given with the test of a comparison (a p-value, a ratio, or an interval beside compared
  // groups) is a study's result in any text; background (how common or deadly a condition is)
  // compares nothing. A prevalence with only its interval (“30% of adults (95% CI 28-32%)”) is
  // still an estimate that wants its source (round 21).
  if (
    figure &&
    (testsComparison.test(text) || (inferential.test(text) && resultWording.test(text))) &&
    !statesBackground(text)
  )
    return true;
  // A summary of evidence (a fact-check, an evidence summary) reports the studies it weighs, and a
  // text in its authors' voice (an abstract's conclusion) its own study.
  const ownStudy = figure
    ? identifiesStudy(document) || reviewsEvidence(document) || authorsSpeak(document)
    : reportsOwnStudy(document);
  if (!ownStudy) return false;
  if (figure && givesReviewResult(document, sentence, text)) return true;
  if (
    inferential.test(text) ||
    refersToStudy(text) ||
    creditsStudyArticle.test(text) ||
    basedOnTheResults.test(text) ||
    (figure &&
      (reportsStudyFinding(text) ||
        ((creditsStudyTeam(text) ||
          creditsTeamDiscovery(text) ||
          creditedByNextSentence(sentence) ||
          describedStudyReference.test(text) ||
          studyCreditTail.test(text)) &&
          !describesCondition(text, figure.start + offset))))
  )
    return true;
  if (!figure) return false;
  const start = figure.start + offset;
  const end = figure.end + offset;
  if (clauseInPastTense(text, start, end)) return true;
  if (measuresTeamsMaking(text, start)) return true;
  if (countedSampleAfter.test(text.slice(end, end + 80))) return true;
  if (measuresTestPerformance(text, start, end)) return true;
  if (reportsOwnReview(document) && conditionalResult.test(clauseHolding(text, start, end))) return true;
  // How the study was run (who enrolled, stayed in follow-up, was funded) describes the study.
  if (describesStudyConduct(text)) return true;
  return continuesStudySentence(document, sentence) || carriesOnStudySentence(document, sentence, figure);
}

/**
 * “According to background information in the article”, “the journal article notes”: in an article
 * that identifies its study, “the article” is that study's paper (a story calls its own text “this
 * story”), and the figure is credited to it.
 */
const creditsStudyArticle =
  /\b(?:according to (?:(?:background )?information in |data in )?the (?:journal |medical |research )?article|the (?:journal |medical |research )?article (?:also )?(?:says|said|notes|noted|reports|reported|states|stated|estimates|estimated))\b/iu;

/**
 * “Based on the preliminary results at the hospital, the detection rate is 25 per 1,000”: in an
 * article that identifies its study, the results a figure is based on, named with “the” or “these”
 * and no more than a couple of words describing them, are that study's (holdout19). Results
 * credited to other research (“based on earlier studies”) name no such results.
 */
const basedOnTheResults = /\b[Bb]ased on (?:the|these|our) (?:[\p{Ll}-]+\s){0,2}?(?:results|findings)\b/u;

/**
 * “Predict with 90% accuracy”, “1,000-fold more sensitive”, “the specificity of the … test is 88
 * percent”: how well a test performs. In an article that identifies its study, the test measured
 * is the one the study assessed (or its comparator, measured in the same study); a background figure
 * counts people, not a test's accuracy.
 */
const performanceAfter =
  /^\s?(?:per\s?cent\s|percent\s)?(?:accura(?:cy|te)|sensitiv(?:e|ity)|specific(?:ity)?|certainty)\b/iu;
const performanceBefore =
  /\b(?:accuracy|sensitivity|specificity)\s(?:[\p{L}'’-]+\s){0,8}?(?:is|was|of|at|reached)\s(?:about\s|around\s|nearly\s|almost\s|roughly\s|up to\s|more than\s|over\s|greater than\s)?$/iu;

function measuresTestPerformance(text: string, start: number, end: number): boolean {
  return (
    performanceAfter.test(text.slice(end, end + 24)) ||
    performanceBefore.test(text.slice(Math.max(0, start - 90), start))
  );
}

/**
 * “Relieved pain in over two-thirds of 327 people with back problems”, “42 percent of the 1,946 men”:
 * a share of an exact count of people below a hundred thousand is a share of a sample, which in an
 * article that identifies its study is that study's. A population is counted in round figures or
 * named (“half of Americans”, “a third of the 2 million people who …”).
 */
const countedSampleAfter =
  /^\s(?:of|among)\s(?:the\s)?(?:\d{1,2},\d{3}|\d{1,4})\s(?!(?:million|billion|thousand|hundred)\b)(?:[\p{L}-]+\s){0,2}?(?:people|patients|participants|men|women|children|adults|subjects|volunteers|infants|babies|girls|boys|smokers|veterans|individuals)\b/u;

/**
 * “Scientists from … have developed a new blood test that identifies with greater than 90 per cent
 * certainty …”: what the research team made (a test, a device, a model), told with “have
 * developed” and the like, and a figure after the verb, measures what they made, which is the
 * study's result. A figure in a clause about how common the condition is (“a vaccine against
 * chlamydia, which affects 113 million people”) describes the condition.
 */
const teamMadeVerb =
  /\b(?:have|has)\s(?:now\s|recently\s|just\s)?(?:developed|designed|created|invented|engineered|built)\b/gu;
const researchTeamWord = /\b(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Ee]ngineers|[Aa] team|[Tt]he team)\b/u;

/** How far before its verb the research team may be named (a long name of their institutes between). */
const teamMadeReach = 200;

function measuresTeamsMaking(text: string, start: number): boolean {
  teamMadeVerb.lastIndex = 0;
  for (let verb = teamMadeVerb.exec(text); verb; verb = teamMadeVerb.exec(text)) {
    if (verb.index > start) return false;
    if (!researchTeamWord.test(text.slice(Math.max(0, verb.index - teamMadeReach), verb.index))) continue;
    return !describesCondition(text, start) && !statesBackground(text.slice(verb.index));
  }
  return false;
}

/**
 * “Peanut allergy treatment helps 2 out of 3 sufferers, study finds”: a sentence (a headline most
 * often) that ends by crediting a single study, trial or piece of research with what it said. In
 * an article that identifies its study, that study is the one reported, and the figure is its
 * result. Plural “studies find” credits other work, and is not read here. Round 21 widened it by
 * the shape of a reporting clause rather than its words: the research may be described (“, major
 * global analysis of risk factors reveals”, “, a University of Leeds study found”) and the clause
 * may be inverted, its verb first (“…, reveals new UCL research funded by the Medical Research
 * Council.”, “…, finds a new study in JAMA”).
 */
export const studyCreditTail = {
  test: (text: string): boolean => {
    const clause = lastClause(text);
    return clause !== undefined && (creditingResearch.test(clause) || invertedCredit.test(clause));
  },
};

/**
 * The last comma-set clause of a sentence, without its closing stop and quotation mark, or
 * undefined when it is too short or long to be a reporting clause or holds another clause break.
 */
function lastClause(text: string): string | undefined {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return undefined;
  const clause = text
    .slice(comma + 1)
    .trim()
    .replace(/["”’]$/u, '')
    .replace(/[.!?]$/u, '')
    .trim();
  return clause.length >= 3 && clause.length <= 120 && !/[;:!?]/u.test(clause) ? clause : undefined;
}

const researchNoun = String.raw`(?:study|trial|research|survey|analysis|review|report|paper|meta-analysis)`;
const creditVerb = String.raw`(?:finds|found|shows|showed|says|said|suggests|suggested|reports|reported|reveals|revealed|indicates|indicated|concludes|concluded|confirms|confirmed)`;
/** “a new study finds”, “major global analysis of risk factors reveals”: described research, then its verb, closing the sentence. */
const creditingResearch = new RegExp(
  String.raw`^(?:(?:a|the|one|this)\s)?(?:[\p{L}.'’-]+\s){0,4}?${researchNoun}\s(?:(?:of|on|into|by|from|in)\s(?:[\p{L}.'’-]+\s){1,5}?)?${creditVerb}$`,
  'iu',
);
/** “reveals new UCL research funded by …”, “finds a new study in JAMA”: the verb first, then the research it credits. */
const invertedCredit = new RegExp(
  String.raw`^${creditVerb}\s(?:(?:a|the|new|recent|latest)\s){0,2}(?:[\p{L}.'’-]+\s){0,3}?${researchNoun}\b`,
  'iu',
);

/**
 * “Scientists have identified a diabetes drug which halves …”, “Scientists including those from
 * Queen's University have discovered that …”: research credited by its team's discovery, the team
 * first (named by where they work or not), the discovery after. Read in two steps: the team word,
 * then “have discovered / identified / shown / found” within a short reach after it.
 */
const discoveringTeam = /\b(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators)\b/gu;
const discovered =
  /^[^.;:!?]{0,80}?\b(?:have|has)\s(?:now\s|recently\s|just\s)?(?:discovered|identified|shown|found|revealed|demonstrated)\b/u;
export function creditsTeamDiscovery(text: string): boolean {
  for (const team of text.matchAll(discoveringTeam)) {
    if (discovered.test(text.slice(team.index + team[0].length))) return true;
  }
  return false;
}

/** A verb a study reports its finding with (“a new study finds”, “the survey showed”). */
const findingVerb =
  /\b(?:finds|found|shows|showed|suggests|suggested|reports|reported|reveals|revealed|concludes|concluded|indicates|indicated|demonstrated|confirmed|estimated|predicted|calculated|documented|observed)\b/u;

/**
 * “…, researchers said on Monday”, “the study's authors estimate”, “Federal researchers, working with
 * colleagues at 44 centers, found that …”, “…, a study author told The Guardian”: the people who did research credited with the sentence's
 * figure (an aside set off by commas may stand between them and their verb). In an article that identifies its study they are that
 * study's team (README conventions, `own_study_source`); an unnamed “experts say” is no such team.
 */
const studyTeamReports =
  /\b(?:researchers|investigators|scientists|(?:study|review|report)(?:['’]s)? (?:(?:lead|senior|first)\s)?authors?|the authors)(?:,\s[^,.;:!?]{1,80},)?\s(?:also\s|have\s|had\s)?(?:(?:are|were)\s(?:now\s)?reporting|said|say|says|told|tells|found|estimated|estimate|estimates|calculated|calculate|calculates|predicted|predict|predicts|projected|concluded|conclude|concludes|wrote|write|writes|noted|note|notes|report|reports|explained|explain|explains)\b|\b(?:said|say|says|wrote|write|writes|estimated|estimate|estimates|noted|note|notes)\s(?:the\s)?(?:researchers|investigators|scientists|authors)\b|\b(?:our|these|the study['’]s) (?:findings|results|data)\s(?:also\s)?(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|mean|means)\b/iu;

/**
 * “… for a condition that affects 8.5 million people in UK”: a figure in a relative clause that
 * tells how common or deadly a condition is describes the condition, not the study the sentence
 * credits its researchers with.
 */
const conditionClause =
  /\b(?:that|which)\s(?:now\s|currently\s|still\s)?(?:affects|affect|kills|kill|strikes|afflicts|plagues|accounts for|account for)\b[^,;.]{0,40}$/iu;

function describesCondition(text: string, start: number): boolean {
  return conditionClause.test(text.slice(Math.max(0, start - 80), start));
}

/** “…, which U.K.-based researchers said could be …”: a relative clause, whose credit is for its own words. */
const relativeBefore = /\b(?:which|that|who|whom)\s(?:[\p{L}.’'-]+\s){0,2}$/u;

/** Whether a sentence credits its figure to the study's team (`studyTeamReports`), not inside a relative clause. */
function creditsStudyTeam(text: string): boolean {
  const match = studyTeamReports.exec(text);
  return match !== null && !relativeBefore.test(text.slice(Math.max(0, match.index - 40), match.index));
}

/**
 * “This brings the absolute risk up to 1 in 10, reveals new UCL research”: a sentence that opens by
 * pointing back at the one before and closes crediting research (`studyCreditTail`) credits both.
 */
const pointsBack = /^(?:This|These|That|It|Together,? these)\b/u;

/** “However, …”, “But …”: a sentence that goes on with the one before it, whose credit covers that one too. */
const goesOn = /^(?:However|But|Still|Yet|And|Also|Though|Although)\b/u;

/**
 * Whether the next sentence of the paragraph goes on from this one and credits the study's team
 * (“Ablation can alleviate atrial fibrillation in 74 percent of patients. However, the procedure
 * doesn't work for everyone, researchers report.”), or says where the results were published
 * (`publishesResults`): the credit covers the sentence before it.
 */
function creditedByNextSentence(sentence: Sentence): boolean {
  const next = sentence.block.sentences[sentence.index + 1];
  return (
    next !== undefined &&
    ((goesOn.test(next.text) && creditsStudyTeam(next.text)) ||
      publishesResults.test(next.text) ||
      (pointsBack.test(next.text) && studyCreditTail.test(next.text)))
  );
}

/**
 * “The survey results are published in the journal Preventing Chronic Disease”, “The findings
 * appear in JAMA”: a sentence that says where the results just given were published, so the
 * figures before it are those results. A bare “The study is published in …” may follow a
 * background figure as well, and does not count.
 */
const publishesResults =
  /\b(?:results|findings)\s(?:(?:are|were|have been|will be)\s(?:published|reported|presented)|appear|appeared|will appear)\s(?:online\s)?(?:today\s|this week\s)?in\b/iu;

/**
 * Whether a sentence introduces a study and reports its finding (“People who eat walnuts are 20
 * percent less likely to die, a new study in JAMA finds”): the figure is that study's, whatever its
 * tense. Introducing research is not enough: “Researchers at McMaster have developed a vaccine
 * against chlamydia, which impacts 113 million people” describes the disease.
 */
function reportsStudyFinding(text: string): boolean {
  if (newResearchFinds.test(text)) return true;
  return (
    (findingVerb.test(text) || accordingTo.test(text)) &&
    (introducesStudy.test(text) || introducesNamedStudy.test(text))
  );
}

/**
 * “…, new research finds”, “new research suggests”: in an article that identifies its study, the
 * “new research” credited with the sentence is that study (a lede calls it so before naming it).
 */
const newResearchFinds =
  /\b(?:new|recent|latest) research (?:finds|found|shows|showed|suggests|suggested|reports|reported|reveals|revealed|indicates|indicated|concludes|concluded)\b/iu;

/** “According to a large new analysis of …”: a finding credited to the study the sentence introduces. */
const accordingTo = /\baccording to\b/iu;

/** “And”, “Also,”, “In addition,”: a sentence that adds to what the one before it said. */
const addition =
  /^(?:And|Also|In addition|Additionally|Moreover|Furthermore|Similarly|Likewise|What's more|What’s more)\b/u;

/** “Those patients”, “of them”, “both groups”: the people the sentence before counted. */
const samePeople =
  /\b(?:(?:those|these|both|each) (?:patients|participants|people|women|men|children|adults|infants|babies|subjects|volunteers|groups?|arms?)|of them)\b/iu;

/**
 * “Of that, CMA alone can detect 7 percent of those.”, “Among them, …”: a sentence that opens on the
 * group or share the sentence before counted, or counts a share “of those” with no noun of its own,
 * takes a part of that figure.
 */
const partOfBefore = /^(?:Of|Among) (?:that|those|these|them)\b|\b(?:of|among) (?:those|these)(?=\s*[.,;:!?]|$)/u;

/**
 * Whether a sentence adds to the one before it, counts the same people (“And …”, “… of those
 * patients”) or a part of its figure (“Of that, …”): what sources the sentence before sources it too.
 */
export function carriesOnSentenceBefore(text: string): boolean {
  return addition.test(text) || samePeople.test(text) || partOfBefore.test(text);
}

/**
 * Whether a sentence carries on the result the sentence before it reports: it adds to it (“In
 * this cohort, poor outcomes fell to 34 per cent. Also, seven out of ten are able to walk.”),
 * counts the same people (“… in about 40% of patients. And for 78% of those patients, …”), or,
 * in a review's own summary and the same paragraph, gives a relative effect (“This review of 13
 * trials found … The addition of aspirin increases the risk of bleeding by about 50%.”): there a
 * comparison beside the review's result is the review's. A story's relative figure beside its
 * study's may be a background trend (“The authors speculate … Cessation treatments have resulted
 * in a 14 percent decrease in smoking”), which needs its own source. A sentence in the same
 * paragraph that repeats the measure of the own result before it (`repeatsMeasure`) is the next row
 * of that result, whatever its tense.
 */
function carriesOnStudySentence(
  document: ProseDocument,
  sentence: Sentence,
  figure: { start: number; end: number; relative?: boolean },
): boolean {
  const before = sentence.block.sentences[sentence.index - 1];
  const previous =
    before ?? (sentence.index === 0 ? document.blocks[sentence.block.index - 1]?.sentences.at(-1) : undefined);
  if (!previous) return false;
  if (reportsOnStudy(previous.text)) {
    if (carriesOnSentenceBefore(sentence.text)) return true;
    if (before !== undefined && figure.relative === true && isOwnReviewSummary(document)) return true;
  }
  return before !== undefined && repeatsMeasure(before.text, sentence.text) && givesOwnResult(document, before);
}

/**
 * Whether a sentence's first figure is a result of the article's own study, kept per sentence: a
 * run of sentences that each repeat the measure of the one before asks it of each in turn.
 */
const ownResultBySentence = new WeakMap<Sentence, boolean>();

function givesOwnResult(document: ProseDocument, sentence: Sentence): boolean {
  const known = ownResultBySentence.get(sentence);
  if (known !== undefined) return known;
  const [figure] = findStatistics(sentence.text);
  const result = figure !== undefined && reportsOwnResult(document, sentence, figure);
  ownResultBySentence.set(sentence, result);
  return result;
}

/**
 * Words too common in sentences about figures to say that two of them measure the same thing: who is
 * counted (patients, women, children), over what time, and the commonest disease in the corpus.
 */
// prettier-ignore
const commonStems = new Set([
  'those', 'these', 'their', 'which', 'about', 'there', 'where', 'other', 'perce', 'compa', 'among', 'would', 'could',
  'after', 'befor', 'while', 'every', 'patie', 'peopl', 'women', 'adult', 'child', 'years', 'month', 'weeks', 'cance',
]);

/** The stems (first five letters) of a text's longer words, lower-cased: “scores” and “score” alike. */
function measureStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
    const stem = word.slice(0, 5);
    if (!commonStems.has(stem)) stems.add(stem);
  }
  return stems;
}

/** How many stems two sentences must share to report the same measure. */
const sameMeasureStems = 3;

/**
 * Whether a sentence gives the same measure as the sentence before it, for another group (“Patients
 * with a score between 100 and 200 have a 98% likelihood of surviving the next decade, the
 * researchers said. Those with scores between 0 and 100 have a 97% probability of survival.”): a
 * table told in sentences, each row repeating the words of the row before.
 */
function repeatsMeasure(before: string, text: string): boolean {
  const previous = measureStems(before);
  let shared = 0;
  for (const stem of measureStems(text)) if (previous.has(stem) && ++shared >= sameMeasureStems) return true;
  return false;
}

/** Whether a sentence reports on a study: refers to it, describes its design or counts its trials, or gives its statistics. */
function reportsOnStudy(text: string): boolean {
  return refersToStudy(text) || describesStudy(text) || inferential.test(text) || studyTeamReports.test(text);
}

/**
 * “Among the 1,946 men studied”, “of the 300 patients enrolled”: the study's own subjects, named
 * with a definite article and a participle of what the study did to them.
 */
const studySubjects =
  /\bthe (?:[\d,]+ )?(?:[\p{L}-]+ )?(?:patients|people|women|men|children|adults|participants|subjects|volunteers|infants|babies|girls|boys|smokers|veterans|individuals) (?:studied|enrolled|surveyed|screened|tested|examined|followed|recruited|analy[sz]ed|evaluated|randomi[sz]ed)\b/iu;

/** Result wording (arms, follow-up times, who found it), the study's subjects, or a reference back to the study. */
function refersToStudy(text: string): boolean {
  return resultWording.test(text) || studySubjects.test(text) || findStudyReferences(text).length > 0;
}

/**
 * “According to this small, ongoing study”, “the same two-year trial”: a demonstrative or definite
 * article and a few lower-case words describing the study before its noun, which point back at the
 * study the article reports (“this study” and “the trial” alone are `findStudyReferences`'). A
 * capitalised name (“the Nurses' Health Study”) is another study, named; “the conclusion of several
 * studies” and “the other trials” wave at other research. A figure in a clause that tells how common
 * the condition is (“which accounts for about 20% of lung cancers”) still describes the condition.
 */
const describedStudyReference =
  /\b(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]he)\s(?:(?!(?:a|an|the|this|that|these|those|its|their|of|in|on|for|from|by|with|and|or|to|at|several|many|some|other|previous|earlier|prior|past|older|numerous|multiple|few|most|more|such)\s)[\p{Ll}\d-]+,?\s){1,3}(?:study|studies|trial|trials|review|meta-analysis|analysis|experiment|survey)\b/u;

/** How many blocks back a list split one item per line is followed to the sentence that opens it. */
const listItemsBack = 12;

/**
 * Whether a sentence continues, across blocks, one about the study: a list of results split one per
 * line (“the study found that those taking statins had:” / “a 22 percent lower risk of …,” / “a 47
 * percent lower risk of …,”) reads as one sentence whose subject is in the block that opens it.
 * Each item opens in lower case.
 */
function continuesStudySentence(document: ProseDocument, sentence: Sentence): boolean {
  let current = sentence;
  for (let step = 0; step < listItemsBack; step++) {
    if (current.index !== 0 || !/^\p{Ll}/u.test(current.text)) return false;
    const previous = document.blocks[current.block.index - 1]?.sentences.at(-1);
    if (!previous) return false;
    if (refersToStudy(previous.text)) return true;
    current = previous;
  }
  return false;
}
