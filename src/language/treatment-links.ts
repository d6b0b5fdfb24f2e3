import type { ProseDocument } from '../prose/types.js';
import { findTreatments, type TreatmentMatch } from './treatments.js';

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
 * A class or a name, then the treatment it stands for: "statins such as simvastatin", "Makena
 * (17-HP)". A bare comma does not link: "aspirin, ibuprofen" is a list.
 */
const forExample =
  /^(?:\s*(?:,\s*)?(?:such as|like|including|called|known as|also known as|e\.g\.,?|namely|marketed as|sold as)\s+|\s*\(\s*)$/i;

/** Whether two treatment words in a sentence, the first before the second, are said to be one. */
function linked(sentence: string, first: TreatmentMatch, second: TreatmentMatch): boolean {
  const between = sentence.slice(first.end, second.start);
  return between.length <= 60 && (itIsA.test(between) || forExample.test(between));
}

/** A word that stands for any treatment ("the drug", "medications"): it is linked to everything and so names nothing. */
function isGeneralWord(match: TreatmentMatch): boolean {
  return match.generic && !match.drugClass;
}

/**
 * The keys of the treatments that the document says are the one with `key` (its class, another
 * name), from each pair of neighbouring treatment words in a sentence joined as an apposition
 * or an example. General words ("the drug") are left out: they are read as pointing back.
 */
export function linkedTreatmentKeys(document: Pick<ProseDocument, 'blocks'>, key: string): Set<string> {
  const keys = new Set<string>();
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      const found = findTreatments(sentence.text).filter((match) => !isGeneralWord(match));
      for (let index = 1; index < found.length; index++) {
        const first = found[index - 1] as TreatmentMatch;
        const second = found[index] as TreatmentMatch;
        if (first.key === second.key || (first.key !== key && second.key !== key)) continue;
        if (linked(sentence.text, first, second)) keys.add(first.key === key ? second.key : first.key);
      }
    }
  }
  return keys;
}
