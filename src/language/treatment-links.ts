import type { ProseDocument } from '../prose/types.js';
import { lexicon as sameClassLexicon } from './same-class-names.generated.js';
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
 * (17-HP)", "adalimumab (sold as Humira)", "(brand name Humira)". A bare comma does not link:
 * "aspirin, ibuprofen" is a list.
 */
const forExample =
  /^(?:\s*(?:,\s*|\(\s*)?(?:such as|like|including|called|known as|also known as|e\.g\.,?|namely|marketed as|sold as|sold under the (?:brand |trade )?names?|(?:brand|trade)[ -]names?:?)\s+|\s*\(\s*)$/i;

/**
 * A name, then its other name after a description: "Januvia, an oral medication known chemically as
 * sitagliptin", "Zoloft, a pill sold generically as sertraline", "(generic name: sertraline)".
 */
const otherName =
  /^(?:\s*,\s+|\s*\(\s*)(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:known|sold|marketed|available)(?:\s+\p{L}+ly)?\s+as|generic(?:ally)?(?:\s+name)?:?|chemical name:?)\s+$/iu;

/**
 * Two names for one class of medicines that an article need not tie together, since readers know
 * them as one (`same-class-names.yml`): a therapy named by what it gives and the medicines it gives
 * ("menopausal hormone therapy" and "estrogen"), a class's clinical and lay names ("anticoagulants"
 * and "blood thinners"). Each name is a whole treatment key, kept lower case; the pairs are its
 * entries' `match` and `sameAs` lists.
 */
const sameClassPairs: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = sameClassLexicon.map(
  (entry) => [new Set(entry.match.map(lowerCase)), new Set(entry.sameAs.map(lowerCase))],
);

function lowerCase(name: string): string {
  return name.toLowerCase();
}

/** Whether two treatment keys are names for one class of medicines (either way round). */
function sameClass(first: string, second: string): boolean {
  const firstName = first.toLowerCase();
  const secondName = second.toLowerCase();
  return sameClassPairs.some(
    ([one, other]) => (one.has(firstName) && other.has(secondName)) || (one.has(secondName) && other.has(firstName)),
  );
}

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
  const mentions = treatmentMentions(document);
  for (const named of newOneNamed(document, mentions, key)) keys.add(named);
  for (const mention of mentions) if (mention.key !== key && sameClass(key, mention.key)) keys.add(mention.key);
  let previous: TreatmentMention | undefined;
  for (const mention of mentions) {
    if (isGeneralWord(mention)) continue;
    const first = previous;
    previous = mention;
    if (first?.sentence !== mention.sentence || first.key === mention.key) continue;
    if (first.key !== key && mention.key !== key) continue;
    if (linked(mention.block.text, first, mention)) keys.add(first.key === key ? mention.key : first.key);
  }
  return keys;
}

/** "New blood thinner works as well as Coumadin": a class the headline calls new stands for one member it does not name. */
const newBefore = /\b(?:new|newer|experimental|investigational|novel)\s+$/i;

/** "The new drug is rivaroxaban", "the experimental drug, called X": the article names that member. */
const newOneIs =
  /\b(?:the|this)\s+(?:new|experimental|investigational|novel)\s+(?:drug|medicine|medication|pill|treatment|therapy|vaccine|device|implant)\s*(?:(?:is|was)\s+|,\s*(?:(?:called|named|known as)\s+)?)$/i;

/**
 * When the headline names the treatment `key` as a new one of a class ("New blood thinner works as
 * well as Coumadin"), the treatment the article goes on to name as that new one ("The new drug is
 * rivaroxaban") is it: its harms are the new class member's harms.
 */
function newOneNamed(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  key: string,
): string[] {
  const headline = document.blocks[0];
  const calledNew = mentions.some(
    (mention) =>
      mention.block === headline &&
      mention.key === key &&
      newBefore.test(mention.block.text.slice(Math.max(0, mention.start - 20), mention.start)),
  );
  if (!calledNew) return [];
  return mentions
    .filter(
      (mention) =>
        mention.key !== key &&
        !isGeneralWord(mention) &&
        newOneIs.test(mention.block.text.slice(Math.max(mention.sentence.start, mention.start - 50), mention.start)),
    )
    .map((mention) => mention.key);
}
