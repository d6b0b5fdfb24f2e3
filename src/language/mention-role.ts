import type { TreatmentMention } from './treatments.js';

/**
 * Words that look like a treatment's name but stand for something else in their sentence: the
 * molecule a drug acts on, or a word of a company's name (JUDGING.md: `not_a_treatment`).
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

/** "Hersco Ortho Labs", "Acme Pharmaceuticals Inc": a word followed by a company's suffix is part of its name. */
const companySuffixAfter =
  /^(?:\s\p{Lu}[\p{L}&-]*){0,2}\s(?:Labs?|Laboratories|Inc|Corp|Corporation|Ltd|LLC|Pharmaceuticals?|Pharma|Therapeutics|Biosciences|Biotech|Biologics|Medical Devices)\b/u;

/** Whether a mention is a capitalised word of a company's name. */
export function inCompanyName(mention: TreatmentMention): boolean {
  if (!/^\p{Lu}/u.test(mention.text)) return false;
  const offset = mention.end - mention.sentence.start;
  return companySuffixAfter.test(mention.sentence.text.slice(offset, offset + 60));
}
