import { oncePer } from '../memo.js';
import type { Block, ProseDocument, Sentence } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './disclosure.generated.js';
import { findRelations, type RelationCue } from './disclosure-relations.js';

/**
 * Disclosure statements (JAMA benchmark “disclosure”, Silberg et al. 1997; HealthNewsReview.org
 * criterion 6): who funded the work (`funding`) and the authors' financial ties (`interests`).
 * A sentence that sends the reader elsewhere (“see the article for disclosures”) discloses
 * nothing, so its cues are dropped. The cues are data in `disclosure.yml`.
 */
export type DisclosureKind = 'funding' | 'interests';

export interface DisclosureCue {
  id: string;
  kind: DisclosureKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

export interface DisclosureStatement {
  cue: DisclosureCue;
  block: Block;
  sentence: Sentence;
}

const matcher = new ContextMatcher(lexicon);

/**
 * Funding and interest cues in one sentence; none when the sentence only points elsewhere. The
 * lexicon's wordings come first, then the relations of a party to the work (`findRelations`:
 * “a survey conducted for Bayer”, “Acme Pharmaceuticals ran both trials”, “consults for Acme”).
 */
export function findDisclosures(sentence: string): DisclosureCue[] {
  const found = matcher.matchAll(sentence);
  if (found.some((match) => match.entry.kind === 'pointer')) return [];
  const cues: DisclosureCue[] = found
    .filter((match) => match.entry.kind === 'funding' || match.entry.kind === 'interests')
    .map((match) => ({
      id: match.entry.id,
      kind: match.entry.kind as DisclosureKind,
      start: match.start,
      end: match.end,
      text: match.text,
    }));
  for (const relation of relationsOf(sentence, found)) {
    if (!cues.some((cue) => cue.start < relation.end && cue.end > relation.start)) cues.push(relation);
  }
  return cues;
}

/** The relations of a text, with the known makers' names the lexicon found in it. */
function relationsOf(text: string, found: ReturnType<typeof matcher.matchAll>): RelationCue[] {
  return findRelations(
    text,
    found.filter((match) => match.entry.kind === 'party'),
  );
}

/** The business a funding sentence names (“Pfizer Inc”, “the manufacturer”), if any. */
export function findCompany(sentence: string): { start: number; end: number; text: string } | undefined {
  const found = matcher.matchAll(sentence).find((match) => match.entry.kind === 'company');
  return found && { start: found.start, end: found.end, text: found.text };
}

/**
 * “About <organisation>” sections describe the publisher (“ranked first in NIH funding”), not who
 * paid for the work being reported.
 */
function isBoilerplate(blocks: readonly Block[], block: Block): boolean {
  const heading = block.section >= 0 ? blocks[block.section] : undefined;
  return heading !== undefined && heading !== block && /^\s*about\s/iu.test(heading.text);
}

export interface Disclosures {
  funding?: DisclosureStatement;
  interests?: DisclosureStatement;
  /** The first funding statement that names a business, and the words that do. */
  industry?: DisclosureStatement & { company: { start: number; end: number; text: string } };
}

/** The first funding and interests statements of an article, and the first naming a business funder. */
export function disclosuresOf(document: Pick<ProseDocument, 'blocks'>): Disclosures {
  const found: Disclosures = {};
  for (const block of document.blocks) {
    if (isBoilerplate(document.blocks, block)) continue;
    for (const sentence of block.sentences) {
      for (const cue of findDisclosures(sentence.text)) {
        found[cue.kind] ??= { cue, block, sentence };
        const company = cue.kind === 'funding' && !found.industry ? findCompany(sentence.text) : undefined;
        if (company) found.industry = { cue, block, sentence, company };
      }
      if (found.funding && found.interests && found.industry) return found;
    }
  }
  return found;
}

/** A possessive after a maker's name: “J&J's”, “Novartis’”. */
const possessiveAfter = /^['’](?:s(?![\p{L}]))?/u;

/** Words showing that an article is on a company's own product or trial, and whether the company issued it. */
export interface SponsorCue {
  text: string;
  /**
   * The company itself issued the article: a stock ticker or forward-looking-statements notice
   * anywhere, or a company described in the article's “About …” section (its issuer).
   */
  announcement: boolean;
}

/**
 * The first words showing that the article is a company's announcement of its own product or trial,
 * or a story on one (“the drugmaker”, “Johnson & Johnson said its drug”, a headline's “J&J's
 * Stelara”, a release's “forward-looking statements”): the sponsor is self-evident, which JUDGING.md calls debatable for
 * missing-disclosure. Read once per document, boilerplate included (it names the issuer).
 */
export const sponsorCue = oncePer((document: Pick<ProseDocument, 'blocks'>): SponsorCue | undefined => {
  let first: string | undefined;
  for (const block of document.blocks) {
    for (const cue of matcher.matchAll(block.text)) {
      const kind = cue.entry.kind;
      if (kind === 'issuer' || (kind === 'sponsor' && isBoilerplate(document.blocks, block))) {
        return { text: first ?? cue.text, announcement: true };
      }
      if (kind === 'sponsor') first ??= cue.text;
      // Only in the headline: in the body a maker's drug is often a comparator (“such as Abbott's Humira”).
      else if (kind === 'party' && block.kind === 'title') {
        const possessive = possessiveAfter.exec(block.text.slice(cue.end, cue.end + 3));
        if (possessive) first ??= cue.text + possessive[0];
      }
    }
  }
  return first === undefined ? undefined : { text: first, announcement: false };
});
