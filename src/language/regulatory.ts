import type { ProseDocument, Sentence } from '../prose/types.js';
import type { Dialect } from './dialect.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './regulatory.generated.js';
import { isRegulatedKind, type TreatmentMention } from './treatments.js';

/**
 * Regulatory-status statements: approvals, limits on status (not approved, off-label,
 * experimental) and routes of access (over the counter, prescription-only, on the NHS).
 *
 * Jurisdiction: an *approval* naming a regulator only counts when the regulator is one the
 * reader's jurisdiction goes by — FDA for en-US; MHRA, NICE, EMA and the FDA (whose approvals
 * British readers meet everywhere) for en-GB; the `readers` of each regulator in
 * `regulatory.yml` — because "approved in Europe" does not tell an American reader whether they
 * can get it. A *limitation* counts
 * whoever is named: "not approved by the FDA" tells any reader the treatment is unproven.
 */
export type StatusKind = 'approval' | 'limitation' | 'access';

export interface StatusStatement {
  id: string;
  kind: StatusKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
  /** The regulator named in the same sentence, if any (canonical short name). */
  regulator?: string;
}

const statusMatcher = new ContextMatcher(lexicon.filter((entry) => entry.kind !== 'regulator'));
const regulatorMatcher = new ContextMatcher(lexicon.filter((entry) => entry.kind === 'regulator'));

const regulatorEntries = lexicon.filter((entry) => entry.kind === 'regulator') as readonly {
  name: string;
  readers: readonly string[];
}[];

/** Every regulator's name, as options and messages give it (from `regulatory.yml`). */
export const regulatorNames: readonly string[] = regulatorEntries.map((entry) => entry.name);

/** The regulators whose approvals count for readers of each dialect, unless configured. */
export const defaultRegulators: Record<Dialect, readonly string[]> = {
  'en-US': regulatorEntries.filter((entry) => entry.readers.includes('en-US')).map((entry) => entry.name),
  'en-GB': regulatorEntries.filter((entry) => entry.readers.includes('en-GB')).map((entry) => entry.name),
};

/** Ethics committees also "approve" studies; that is not a treatment's status. */
const studyApproval = /\b(?:ethics|ethical|review board|IRB|protocol|institutional)\b/i;

/** Status statements in one sentence, with the regulator it names. */
export function findStatusStatements(sentence: string): StatusStatement[] {
  const regulatorMatch = regulatorMatcher.matchAll(sentence)[0];
  const regulator = regulatorMatch ? (regulatorMatch.entry as unknown as { name: string }).name : undefined;
  const statements: StatusStatement[] = [];
  for (const found of statusMatcher.matchAll(sentence)) {
    const kind = found.entry.kind as StatusKind;
    if (kind === 'approval' && studyApproval.test(sentence)) continue;
    statements.push({
      id: found.entry.id,
      kind,
      start: found.start,
      end: found.end,
      text: found.text,
      ...(regulator ? { regulator } : {}),
    });
  }
  return statements;
}

/** Whether a statement tells this reader the treatment's status (see the jurisdiction note above). */
export function statesStatusFor(statement: StatusStatement, regulators: readonly string[]): boolean {
  if (statement.kind !== 'approval' || !statement.regulator) return true;
  return regulators.includes(statement.regulator);
}

/**
 * The treatments (by key) whose status the article states. A statement covers the products named
 * in its sentence; a sentence that names none, or only a class or a reference ("The drug is not
 * yet approved", "Beta blockers are licensed for this", "This use is off-label"), speaks about the
 * article's treatments and covers every regulated treatment it names.
 */
export function treatmentsWithStatus(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  regulators: readonly string[],
): Set<string> {
  const covered = new Set<string>();
  // Grouped once, so a long article is not scanned again for every sentence that states a status.
  const regulated = mentions.filter((mention) => isRegulatedKind(mention.kind));
  const namedBySentence = new Map<Sentence, TreatmentMention[]>();
  for (const mention of regulated) {
    if (mention.generic) continue;
    const list = namedBySentence.get(mention.sentence) ?? [];
    list.push(mention);
    namedBySentence.set(mention.sentence, list);
  }
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      const stated = findStatusStatements(sentence.text).some((statement) => statesStatusFor(statement, regulators));
      if (!stated) continue;
      const here = namedBySentence.get(sentence) ?? [];
      const inBlock = here.length > 0 ? here : block.sentences.flatMap((other) => namedBySentence.get(other) ?? []);
      for (const mention of inBlock.length > 0 ? inBlock : regulated) covered.add(mention.key);
    }
  }
  return covered;
}
