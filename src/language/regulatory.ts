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
  /** Whether it tells the status of the article's treatments or only of those named in its sentence. */
  covers: 'article' | 'sentence';
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
      covers: 'covers' in found.entry && found.entry.covers === 'sentence' ? 'sentence' : 'article',
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
 * The treatments (by key) whose status the article states. RULES.md exempts "treatments whose
 * status is stated anywhere in the article", and articles state the status of what they are
 * about, in whatever words they name it: "the drug is not yet approved", "Epidiolex has not been
 * approved" in an article about cannabidiol, "both immunotherapies are already FDA-approved".
 * Matching the statement to the name it uses missed most of them (issue #13: status_stated), so a
 * statement covers every regulated treatment the article names; only established use said of a
 * named treatment ("warfarin is commonly prescribed", "the standard of care") covers just the
 * treatments named in its sentence, since it is as often said of the comparator, unless the
 * sentence names no treatment at all ("it is often prescribed for migraine").
 */
export function treatmentsWithStatus(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  regulators: readonly string[],
): Set<string> {
  const regulated = mentions.filter((mention) => isRegulatedKind(mention.kind));
  const covered = new Set<string>();
  const statedIn = new Set<Sentence>();
  // "The antibiotic has been prescribed for 60 years": a class word points back at the article's treatment.
  const naming = new Set(mentions.filter((mention) => !mention.generic).map((mention) => mention.sentence));
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      const statements = findStatusStatements(sentence.text).filter((statement) =>
        statesStatusFor(statement, regulators),
      );
      const aboutArticle = (statement: StatusStatement): boolean =>
        statement.covers === 'article' || !naming.has(sentence);
      if (statements.some(aboutArticle)) {
        for (const mention of regulated) covered.add(mention.key);
        return covered;
      }
      if (statements.length > 0) statedIn.add(sentence);
    }
  }
  for (const mention of regulated) if (statedIn.has(mention.sentence)) covered.add(mention.key);
  return covered;
}
