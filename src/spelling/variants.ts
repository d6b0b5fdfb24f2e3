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

/** British medical spellings and their American forms: "haem" → "hem", "oesophag" → "esophag". */
export const britishToAmerican: [RegExp, string][] = [
  [/aemi/g, 'emi'],
  [/haem/g, 'hem'],
  [/oedem/g, 'edem'],
  [/oestr/g, 'estr'],
  [/paed/g, 'ped'],
  [/anaesth/g, 'anesth'],
  [/oesophag/g, 'esophag'],
  [/rrhoe/g, 'rrhe'],
  [/foet/g, 'fet'],
  [/dyspnoe/g, 'dyspne'],
  [/gynaec/g, 'gynec'],
  [/coeliac/g, 'celiac'],
  [/orthopaed/g, 'orthoped'],
  [/leukaem/g, 'leukem'],
  [/tumour/g, 'tumor'],
  [/ischaem/g, 'ischem'],
];

/** The American form of a British medical spelling, or undefined when the word has none of the British patterns. */
export function americanSpelling(word: string): string | undefined {
  let american = word;
  for (const [pattern, replacement] of britishToAmerican) american = american.replace(pattern, replacement);
  return american === word ? undefined : american;
}

const agentNounInOr = /^(\p{Ll}{4,})or(s?)$/u;

/**
 * The "-er" form of an agent noun written in "-or" ("advisor" → "adviser"), when the word ends so.
 * Both are standard in either dialect (British and American dictionaries list both), but
 * Hunspell's British list holds only the "-er" form, so "advisor" reads as American there.
 */
export function agentNounInEr(word: string): string | undefined {
  const agent = agentNounInOr.exec(word.toLowerCase());
  return agent ? `${agent[1]!}er${agent[2]!}` : undefined;
}
