const oxfordEnding = /iz(e|es|ed|ing|er|ers|ation|ations|able)$/;

/**
 * The -ise form of an Oxford -ize spelling ("randomized" → "randomised"). Oxford spelling is
 * British English with -ize (Cochrane, the BMJ and Nature write it), so in an article detected
 * as British an -ize word whose -ise form is known is not a misspelling. Other American forms
 * ("anesthesia", "color") still are.
 */
export function oxfordToBritish(word: string): string | undefined {
  const lower = word.toLowerCase();
  return oxfordEnding.test(lower) ? lower.replace(oxfordEnding, 'is$1') : undefined;
}
