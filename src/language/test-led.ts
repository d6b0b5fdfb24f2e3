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
    testNoun.test(block.text) || mentions.some((mention) => mention.block === block && mention.kind === 'test');
  const inHeadline = mentions.some((mention) => mention.key === key && mention.block === headline);
  // "Simple Electrocardiogram Can Determine Whether a Patient Has Major Depression": the headline says what it is about.
  if (headline && !inHeadline && namesTest(headline)) return true;
  if (firstMention && (firstMention.block === headline || firstMention.block === lede)) return false;
  return opening.some((block) => (!firstMention || block.index < firstMention.block.index) && namesTest(block));
}

function openingBlocks(blocks: readonly Block[]): Block[] {
  const headline = blocks[0];
  if (!headline) return [];
  const body = blocks.filter(
    (block) => block !== headline && block.kind === 'paragraph' && block.role === 'body' && block.text.length > 60,
  );
  return [headline, ...body.slice(0, openingParagraphs)];
}
