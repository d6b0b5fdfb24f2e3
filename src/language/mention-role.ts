import type { TreatmentMention } from './treatments.js';

/**
 * Words that look like a treatment's name but stand for the molecule a drug acts on
 * (JUDGING.md: `not_a_treatment`); a word of a name is organisation-names.ts's question.
 */

/**
 * "Drugs that block the protein angiotensin", "medications that block cell receptors for
 * angiotensin", "lowers levels of insulin": what the treatment acts on, not the treatment.
 */
const targetBefore =
  /\b(?:block(?:s|ed|ing)?|inhibit(?:s|ed|ing)?|target(?:s|ed|ing)?|receptors? for|production of|levels of|the (?:protein|hormone|enzyme|peptide|receptor))\s(?:the\s)?(?:(?:protein|hormone|enzyme|peptide|receptor)\s)?$/iu;

/** Whether a mention names the molecule a treatment acts on rather than a treatment. */
export function namesTarget(mention: TreatmentMention): boolean {
  const offset = mention.start - mention.sentence.start;
  return targetBefore.test(mention.sentence.text.slice(Math.max(0, offset - 40), offset));
}

/**
 * "Blood pressure drugs that block the protein angiotensin": a word the article names as what
 * a drug blocks or inhibits is a molecule throughout it, also where it reads like a treatment
 * ("combined angiotensin medication therapy", "the angiotensin hypothesis"). Only blocking
 * wording counts: "inhaling the hormone oxytocin" or "levels of oxytocin" are said of a hormone
 * given as a treatment too.
 */
const blockedBefore =
  /\b(?:block(?:s|ed|ing)?|inhibit(?:s|ed|ing)?|receptors? for)\s(?:the\s)?(?:(?:protein|hormone|enzyme|peptide|receptor)\s)?$/iu;

/** Whether the article, in one of these mentions, names the treatment's word as the molecule a drug blocks. */
export function namedAsBlockedMolecule(mentions: readonly TreatmentMention[]): boolean {
  return mentions.some((mention) => {
    const offset = mention.start - mention.sentence.start;
    return blockedBefore.test(mention.sentence.text.slice(Math.max(0, offset - 40), offset));
  });
}
