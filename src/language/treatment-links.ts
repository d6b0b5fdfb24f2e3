import type { ProseDocument } from '../prose/types.js';
import { treatmentMentions, type TreatmentMatch, type TreatmentMention } from './treatments.js';

/**
 * "Bisoprolol, a beta blocker", "statins such as simvastatin", "17-HP (Makena)": the article
 * says that two treatment words stand for the same thing, a named drug and its class or a
 * second name. A harm said of either ("beta blockers can cause tiredness") is then said of the
 * treatment an article is about, though the sentence does not name it.
 */

/** A treatment, then what it is: ", a beta blocker", " (a statin)", " is one of a class of drugs called statins". */
const itIsA =
  /^(?:\s*,\s+|\s*\(\s*|\s+(?:is|are|was|were)\s+)(?:a|an|one of the|one of a|another|part of a|a member of the|a drug in the)\s+(?:(?:new|newer|older|class|group|family|type|kind|of|drugs?|medicines?|medications?|called|known as)\s+){0,5}$/i;

/**
 * A treatment, then what it is part or a form of: "cannabidiol is a major chemical component of
 * marijuana", "the 17beta-estradiol patch form of hormone therapy", "CBD, an extract of
 * cannabis". A harm said of either is said of the other.
 */
const partOrFormOf =
  /^(?:\s*,\s+|\s+(?:is|are|was|were)\s+|\s+)(?:(?:a|an|the|one)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:component|compound|constituent|ingredient|extract|derivative|form|formulation|version)\s+(?:of|in|from)\s+(?:the\s+)?$/iu;

/**
 * A class or a name, then the treatment it stands for: "statins such as simvastatin", "Makena
 * (17-HP)". A bare comma does not link: "aspirin, ibuprofen" is a list.
 */
const forExample =
  /^(?:\s*(?:,\s*)?(?:such as|like|including|called|known as|also known as|e\.g\.,?|namely|marketed as|sold as)\s+|\s*\(\s*)$/i;

/**
 * A name, then its other name after a description: "Januvia, an oral medication known chemically as
 * sitagliptin", "Zoloft, a pill sold generically as sertraline", "(generic name: sertraline)".
 */
const otherName =
  /^(?:\s*,\s+|\s*\(\s*)(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:known|sold|marketed|available)(?:\s+\p{L}+ly)?\s+as|generic(?:ally)?(?:\s+name)?:?|chemical name:?)\s+$/iu;

/** Whether two treatment words in a block's sentence, the first before the second, are said to be one. */
function linked(blockText: string, first: TreatmentMatch, second: TreatmentMatch): boolean {
  if (second.start - first.end > 60) return false;
  const between = blockText.slice(first.end, second.start);
  return itIsA.test(between) || forExample.test(between) || partOrFormOf.test(between) || otherName.test(between);
}

/** A word that stands for any treatment ("the drug", "medications"): it is linked to everything and so names nothing. */
function isGeneralWord(match: TreatmentMatch): boolean {
  return match.generic && !match.drugClass;
}

/**
 * The keys of the treatments that the document says are the one with `key` (its class, another
 * name), from each pair of neighbouring treatment words in a sentence joined as an apposition
 * or an example. General words ("the drug") are left out: they are read as pointing back. Reads
 * the document's treatment mentions, which the rules have already found.
 */
export function linkedTreatmentKeys(document: Pick<ProseDocument, 'blocks'>, key: string): Set<string> {
  const keys = new Set<string>();
  let previous: TreatmentMention | undefined;
  for (const mention of treatmentMentions(document)) {
    if (isGeneralWord(mention)) continue;
    const first = previous;
    previous = mention;
    if (first?.sentence !== mention.sentence || first.key === mention.key) continue;
    if (first.key !== key && mention.key !== key) continue;
    if (linked(mention.block.text, first, mention)) keys.add(first.key === key ? mention.key : first.key);
  }
  return keys;
}
