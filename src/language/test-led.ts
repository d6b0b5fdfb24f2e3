import type { Block, ProseDocument } from '../prose/types.js';
import type { TreatmentMention } from './treatments.js';

/**
 * Whether an article is about a test rather than the treatment a rule picked: its headline and
 * opening paragraphs name a test ("a simple blood test called hs-CRP", "demonstrating the test
 * has significant impact on treatment recommendations") and never that treatment, which comes up
 * only further down, as what the test helps decide (JUDGING.md: `wrong_target`, a diagnostic test).
 */

/** "The test", "a blood test", "this assay", "screening": a test named as a noun. */
const testNoun =
  /\b(?:the|a|an|this|new|simple|blood|urine|genetic|genomic|diagnostic|screening)\s+(?:test|tests|assay|assays|score)\b|\bscreening\b/iu;

/**
 * "Test Aids Prostate Cancer Treatment", "New Blood Test Predicts Heart Attacks": a headline whose
 * subject is a test, as its first noun (not "Tests show …", "Test of a new drug", studies).
 */
const headlineTestSubject =
  /^(?:(?:a|an|the|new|simple|quick|cheap|rapid|blood|urine|saliva|breath|genetic|gene|genomic|home|diagnostic)\s+)*tests?\s+(?!(?:shows?|showed|finds?|found|suggests?|reveals?|results?|confirms?|of|on|in|for|and|or)\b)\p{L}/iu;

/** "An HIV test", "the PSA tests": an abbreviation before "test" names the test (case-sensitive, unlike `testNoun`). */
const abbreviatedTest = /\b\p{Lu}[\p{Lu}\d-]{1,7}\s+(?:test|tests|assay|assays)\b/u;

/** Verbs that say what a device finds out: "detects HIV", "can distinguish between people who have heart failure". */
const findsOut =
  /\b(?:detect(?:s|ed|ing)?|diagnos(?:e|es|ed|ing|is)|identif(?:y|ies|ied|ying)|distinguish(?:es|ed|ing)?|differentiat(?:e|es|ed|ing)|sniff(?:s|ed|ing)? out|screen(?:s|ed|ing)? for|tests? for)\b/i;

/** Verbs that say what a device does to the body: "pace the heart", "relieves pain", "restores touch". */
const actsOnBody =
  /\b(?:treat(?:s|ed|ing|ment)?|reliev(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|heal(?:s|ed|ing)?|cure[sd]?|eas(?:e|es|ed|ing)|stimulat(?:e|es|ed|ing|ion)|deliver(?:s|ed|ing)?|pac(?:e|es|ed|ing)|shock(?:s|ed|ing)?|prevent(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|block(?:s|ed|ing)?)\b/i;

/**
 * Whether a device the article is about is a test: the sentences that name it say more often
 * what it finds out ("uses a drop of blood to detect HIV", "an electronic nose that can
 * distinguish between people who have heart failure") than what it does to the body. Such a
 * device is a diagnostic, whose harms editors differ on (JUDGING.md).
 */
export function deviceFindsOut(mentions: readonly TreatmentMention[], key: string): boolean {
  const sentences = new Set(
    mentions.filter((mention) => mention.key === key && mention.kind === 'device').map((mention) => mention.sentence),
  );
  let findings = 0;
  let actions = 0;
  for (const sentence of sentences) {
    if (findsOut.test(sentence.text)) findings += 1;
    if (actsOnBody.test(sentence.text)) actions += 1;
  }
  return findings > actions;
}

/**
 * "The app", "apps", "wearables", "a smartwatch": software and consumer gadgets that inform, coach or
 * alert people (a CPR alert, a period tracker, a brain-training game) and do nothing to the body
 * themselves. Like a test, such a product's harms are ones editors differ on (JUDGING.md: tests,
 * lifestyle advice, and what is not an intervention at all); a device that acts on the body has a
 * name of its own ("insulin pump", "artificial pancreas").
 */
const informingGadget = /^(?:apps?|wearables?|smartwatch(?:es)?)$/i;

export function isInformingGadget(key: string): boolean {
  return informingGadget.test(key);
}

/** How many body paragraphs after the headline count as the opening. */
const openingParagraphs = 3;

/**
 * `mentions` are every treatment mention of the article; `key` the treatment asked about. Either
 * the headline names a test and not the treatment, or the headline and lede do not name the
 * treatment and the opening names a test before it.
 */
export function opensOnTestInstead(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  key: string,
): boolean {
  const opening = openingBlocks(document.blocks);
  const firstMention = mentions.find((mention) => mention.key === key);
  const [headline, lede] = opening;
  const namesTest = (block: Block): boolean =>
    testNoun.test(block.text) ||
    abbreviatedTest.test(block.text) ||
    mentions.some((mention) => mention.block === block && mention.kind === 'test');
  const inHeadline = mentions.some((mention) => mention.key === key && mention.block === headline);
  // "Simple Electrocardiogram Can Determine Whether a Patient Has Major Depression": the headline says what it is about.
  if (
    headline &&
    readsAsHeadline(headline) &&
    !inHeadline &&
    (namesTest(headline) || headlineTestSubject.test(headline.text.trim()))
  )
    return true;
  if (firstMention && (firstMention.block === headline || firstMention.block === lede)) return false;
  return opening.some((block) => (!firstMention || block.index < firstMention.block.index) && namesTest(block));
}

/**
 * Whether an article's first block is its headline: a title or heading, or a paragraph of one
 * sentence (a plain-text headline line). A text that opens on a paragraph of several sentences has
 * no headline there but a lede, which sets the scene ("when diagnosed through screening, aortic
 * aneurysms are monitored …") before it names the treatment; the lede is read as an opening paragraph.
 */
function readsAsHeadline(block: Block): boolean {
  return block.kind === 'title' || block.kind === 'heading' || block.sentences.length <= 1;
}

function openingBlocks(blocks: readonly Block[]): Block[] {
  const headline = blocks[0];
  if (!headline) return [];
  const body = blocks.filter(
    (block) => block !== headline && block.kind === 'paragraph' && block.role === 'body' && block.text.length > 60,
  );
  return [headline, ...body.slice(0, openingParagraphs)];
}
