import type { Block, ProseDocument } from '../prose/types.js';
import type { TreatmentMention } from './treatments.js';

/**
 * Whether an article is about a test rather than the treatment a rule picked: its headline and
 * opening paragraphs name a test ("a simple blood test called hs-CRP", "demonstrating the test
 * has significant impact on treatment recommendations") and never that treatment, which comes up
 * only further down, as what the test helps decide (JUDGING.md: `wrong_target`, a diagnostic test).
 */

/** "The test", "a blood test", "this assay", "screening": a test named as a noun. */
const testNoun = /\b(?:the|a|an|this|new|simple|blood|urine|genetic|genomic|diagnostic|screening)\s+(?:test|tests|assay|assays|score)\b|\bscreening\b/iu;

/** How many body paragraphs after the headline count as the opening. */
const openingParagraphs = 3;

/**
 * `mentions` are every treatment mention of the article; `key` the treatment asked about. The
 * headline and lede must not name it, and a test must be named in the opening before it is.
 */
export function opensOnTestInstead(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  key: string,
): boolean {
  const opening = openingBlocks(document.blocks);
  const firstMention = mentions.find((mention) => mention.key === key);
  const [headline, lede] = opening;
  if (firstMention && (firstMention.block === headline || firstMention.block === lede)) return false;
  return opening.some(
    (block) =>
      (!firstMention || block.index < firstMention.block.index) &&
      (testNoun.test(block.text) || mentions.some((mention) => mention.block === block && mention.kind === 'test')),
  );
}

function openingBlocks(blocks: readonly Block[]): Block[] {
  const headline = blocks[0];
  if (!headline) return [];
  const body = blocks.filter(
    (block) => block !== headline && block.kind === 'paragraph' && block.role === 'body' && block.text.length > 60,
  );
  return [headline, ...body.slice(0, openingParagraphs)];
}
