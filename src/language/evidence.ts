import type { Block, Citation, ProseDocument, Sentence } from '../prose/types.js';
import { PhraseMatcher } from './phrases.js';
import { lexicon } from './evidence.generated.js';

/**
 * Is a passage supported by evidence? A sentence is supported when a citation (link, footnote,
 * `[1]`, author–year, DOI/PMID/trial id, named source; see citations.ts) sits in the same
 * sentence, paragraph or section, or when it refers back to a study cited earlier in the
 * article (“in the trial”, “participants”, “the researchers found”).
 */
export type EvidenceScope = 'sentence' | 'paragraph' | 'section';

export const evidenceScopes: readonly EvidenceScope[] = ['sentence', 'paragraph', 'section'];

export type Support =
  | { kind: 'citation'; citation: Citation }
  | { kind: 'earlier-study'; citation: Citation; reference: { start: number; end: number; text: string } };

const studyReferences = new PhraseMatcher(lexicon);

/** Citations by block index, built once per document. */
const citationsByBlock = new WeakMap<ProseDocument, Map<number, Citation[]>>();

function citationsOf(document: ProseDocument, block: number): Citation[] {
  let index = citationsByBlock.get(document);
  if (!index) {
    index = new Map();
    for (const citation of document.facts.citations) {
      const list = index.get(citation.block) ?? [];
      list.push(citation);
      index.set(citation.block, list);
    }
    citationsByBlock.set(document, index);
  }
  return index.get(block) ?? [];
}

/** Citations that overlap a range of a block's text. */
export function citationsWithin(document: ProseDocument, block: Block, start = 0, end = block.text.length): Citation[] {
  return citationsOf(document, block.index).filter((citation) => citation.start < end && citation.end > start);
}

/** The citation nearest in scope that supports the sentence, or undefined. */
export function citationInScope(
  document: ProseDocument,
  sentence: Sentence,
  scope: EvidenceScope,
): Citation | undefined {
  const { block } = sentence;
  const inSentence = citationsWithin(document, block, sentence.start, sentence.end)[0];
  if (inSentence || scope === 'sentence') return inSentence;
  const inBlock = citationsWithin(document, block)[0];
  if (inBlock || scope === 'paragraph') return inBlock;
  for (const other of document.blocks) {
    if (other.section !== block.section || other.index === block.index) continue;
    const found = citationsWithin(document, other)[0];
    if (found) return found;
  }
  return undefined;
}

/** The first citation before a sentence anywhere in the article (earlier blocks or sentences). */
export function citationBefore(document: ProseDocument, sentence: Sentence): Citation | undefined {
  for (const block of document.blocks) {
    if (block.index > sentence.block.index) break;
    const end = block.index === sentence.block.index ? sentence.start : block.text.length;
    const found = citationsWithin(document, block, 0, end)[0];
    if (found) return found;
  }
  return undefined;
}

/** Phrases in a sentence that refer back to a study (“the trial”, “participants”). */
export function findStudyReferences(text: string): { start: number; end: number; text: string }[] {
  return studyReferences
    .matchAll(text)
    .filter(({ entry }) => entry.id !== 'study-design')
    .map(({ start, end, text: phrase }) => ({ start, end, text: phrase }));
}

/** “In 14 trials”, “three studies”: a count names a body of evidence rather than waving at one. */
const studyCount =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ ){0,2}(?:trials|studies|reviews|RCTs)\b/iu;

/**
 * Whether a sentence says which study its finding comes from: a reference back (“the trial”),
 * a design (“compared with placebo”, “randomised”, “a systematic review”) or a count of studies
 * (“in 14 trials”). Such a sentence reports a result rather than asserting a fact.
 */
export function describesStudy(text: string): boolean {
  return studyReferences.matchAll(text).length > 0 || studyCount.test(text);
}

/** How a sentence is supported, or undefined when it is not. */
export function supportFor(
  document: ProseDocument,
  sentence: Sentence,
  scope: EvidenceScope = 'paragraph',
): Support | undefined {
  const citation = citationInScope(document, sentence, scope);
  if (citation) return { kind: 'citation', citation };
  const reference = findStudyReferences(sentence.text)[0];
  if (!reference) return undefined;
  const earlier = citationBefore(document, sentence);
  return earlier ? { kind: 'earlier-study', citation: earlier, reference } : undefined;
}

export function isSupported(document: ProseDocument, sentence: Sentence, scope: EvidenceScope = 'paragraph'): boolean {
  return supportFor(document, sentence, scope) !== undefined;
}
