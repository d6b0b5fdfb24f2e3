import type { ProseDocument, Sentence } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { isNegatedAt } from './negation.js';
import { lexicon } from './safety.generated.js';
import { findTreatments } from './treatments.js';

/**
 * Safety statements: named harms (side effects, adverse events, dependence, interactions),
 * concrete cautions (who should not use it, medical supervision, talk to your doctor) and risk
 * words about the treatment. Vague warnings ("should not be taken lightly", "monitored
 * carefully") are recognised but never count as a caveat.
 */
export type SafetyKind = 'harm' | 'caution' | 'risk' | 'vague';

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
  for (const match of matcher.matchAll(sentence)) {
    const kind = match.entry.kind as SafetyKind;
    if (kind !== 'vague' && isNegatedAt(sentence, match.start)) continue;
    if (kind === 'risk' && !aboutTreatment(sentence)) continue;
    found.push({ id: match.entry.id, kind, start: match.start, end: match.end, text: match.text });
  }
  return found;
}

function aboutTreatment(sentence: string): boolean {
  return treatmentReference.test(sentence) || findTreatments(sentence).some((found) => found.kind !== 'lifestyle');
}

/** Whether a statement is a safety caveat in the sense of RULES.md (vague warnings are not). */
export function isSafetyCaveat(statement: SafetyStatement): boolean {
  return statement.kind !== 'vague';
}

/** The first sentence in the article that names a specific harm or caution, if any. */
export function firstSafetyCaveat(document: Pick<ProseDocument, 'blocks'>): Sentence | undefined {
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      if (findSafetyStatements(sentence.text).some(isSafetyCaveat)) return sentence;
    }
  }
  return undefined;
}
