import type { ProseDocument, Sentence } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { isNegatedAt } from './negation.js';
import { lexicon } from './safety.generated.js';
import { findTreatments } from './treatments.js';

/**
 * Safety statements: named harms (side effects, adverse events, dependence, interactions),
 * concrete cautions (who should not use it, medical supervision, talk to your doctor) and risk
 * words about the treatment. Vague warnings ("should not be taken lightly", "monitored
 * carefully") are recognised but never count as a caveat, and a harm named in a reassuring
 * sentence ("side effects were mild", "well tolerated") does not either.
 */
export type SafetyKind = 'harm' | 'caution' | 'risk' | 'vague' | 'reassurance';

export interface SafetyStatement {
  id: string;
  kind: SafetyKind;
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);

/** Words that point back at a treatment: "the drug", "it", "this treatment", "the procedure". */
const treatmentReference =
  /\b(?:the (?:drug|medicine|medication|treatment|therapy|procedure|surgery|device|supplement|vaccine|pill|product|infusion|injection)s?|this (?:drug|medicine|treatment|therapy|procedure|device|supplement|vaccine|product))\b/i;

/** Every safety statement in a sentence; risk words only when the sentence is about a treatment. */
export function findSafetyStatements(sentence: string): SafetyStatement[] {
  const found: SafetyStatement[] = [];
  const matches = matcher.matchAll(sentence);
  const reassured = matches.some((match) => match.entry.kind === 'reassurance');
  for (const match of matches) {
    const kind = match.entry.kind as SafetyKind;
    if ((kind === 'harm' || kind === 'risk') && (reassured || isNegatedAt(sentence, match.start))) continue;
    if (kind === 'risk' && !aboutTreatment(sentence)) continue;
    found.push({ id: match.entry.id, kind, start: match.start, end: match.end, text: match.text });
  }
  return found;
}

function aboutTreatment(sentence: string): boolean {
  return treatmentReference.test(sentence) || findTreatments(sentence).some((found) => found.kind !== 'lifestyle');
}

/** Whether a statement is a safety caveat in the sense of RULES.md (vague warnings and reassurance are not). */
export function isSafetyCaveat(statement: SafetyStatement): boolean {
  return statement.kind === 'harm' || statement.kind === 'caution' || statement.kind === 'risk';
}

/** Harms of the alternatives ("the side effects of current treatments") are not caveats about this one. */
const aboutAlternatives =
  /\b(?:current|traditional|existing|conventional|other|standard|older|usual|available)\s+(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|options?|procedures?|surgery|approaches)\b/i;

/** Harms that the treatment is said to lessen ("fewer side effects", "reduces complications"). */
const lessened =
  /\b(?:fewer|less|lower|lowers|reduce[sd]?|reducing|avoid(?:s|ing)?|prevent(?:s|ed|ing)?|without)\s+(?:\S+\s+){0,3}$/i;

/**
 * The first sentence that names a specific harm of, or a concrete caution about, the treatments
 * given by key: in a paragraph that names one of them or refers to "the drug", "the treatment"…
 * Cautions such as "talk to your doctor before starting" count wherever they stand.
 */
export function firstSafetyCaveat(
  document: Pick<ProseDocument, 'blocks'>,
  treatmentKeys?: ReadonlySet<string>,
): Sentence | undefined {
  for (const block of document.blocks) {
    const keys = treatmentKeys ? new Set(findTreatments(block.text).map((found) => found.key)) : undefined;
    const aboutPromoted =
      !treatmentKeys || treatmentReference.test(block.text) || [...(keys ?? [])].some((key) => treatmentKeys.has(key));
    for (const sentence of block.sentences) {
      const caveats = findSafetyStatements(sentence.text).filter(isSafetyCaveat);
      if (caveats.some((caveat) => caveat.kind === 'caution')) return sentence;
      if (!aboutPromoted || aboutAlternatives.test(sentence.text)) continue;
      if (caveats.some((caveat) => !lessened.test(sentence.text.slice(0, caveat.start)))) return sentence;
    }
  }
  return undefined;
}
