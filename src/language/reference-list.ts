import { oncePer } from '../memo.js';
import { readsAsReference } from '../prose/citations.js';
import { roleOfParagraph } from '../prose/roles.js';
import type { Block, Citation, ProseDocument } from '../prose/types.js';

/**
 * A numbered reference marker (“… by 2050. (2)”, “treated.¹²”, “[3]”) is a source only when the list
 * it points to is there: a reader cannot follow “(2)” to anything else. A release that kept the
 * markers of a longer text and dropped its notes names no source (issue #13: “… $1.1 trillion by
 * 2050. (2)” with no note 2 anywhere). The list is one of:
 *
 * - a reference line anywhere, also after a release's end marker: “Source: …”, “References:”, a DOI
 *   line, authors in Vancouver style with a year (the prose model's `reference` role);
 * - a numbered note: a paragraph or list item opening on its number (“1. Lee J. …”, “[2] …”, “(3) …”,
 *   “⁴ …”, or a bare “1 Patterns of … , Newman-Casey, et al. Ophthalmology, 2015.”) that reads as a reference (a year with authors, a DOI, a link or a journal);
 * - a list item that reads as a reference (Markdown renumbers an ordered list, so its number is gone).
 *
 * A Markdown footnote (`[^1]`) is parsed only with its definition, so it needs no check here.
 */
const noteNumber = /^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|\d{1,3}(?= +\p{L})|[¹²³⁴-⁹]{1,3})\s*\S/u;

function isListEntry(block: Block): boolean {
  const text = block.text;
  if (block.role === 'reference' || roleOfParagraph(text) === 'reference') return true;
  if (block.kind === 'listItem') return readsAsReference(text);
  return noteNumber.test(text) && readsAsReference(text);
}

/** Whether the article holds a list that its numbered reference markers can point to. */
export const hasReferenceList = oncePer((document: Pick<ProseDocument, 'blocks'>): boolean =>
  document.blocks.some(isListEntry),
);

/**
 * Whether a citation is one a reader can follow: a link, an identifier, an author and year or a
 * named source are; a numbered marker or footnote only when the list it points to is there.
 */
export function citationCanBeFollowed(document: Pick<ProseDocument, 'blocks'>, citation: Citation): boolean {
  if (citation.kind !== 'numeric-marker') return true;
  return hasReferenceList(document);
}
