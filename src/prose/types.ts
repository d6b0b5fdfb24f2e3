import type { Root as MdastRoot } from 'mdast';
import type { Paragraph as NlcstParagraph } from 'nlcst';

/**
 * Kinds of prose block the rules see; code, HTML and front matter never become blocks, except the
 * article's title (front matter `title`, HTML `<title>`), which is a `title` block read like any heading.
 */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'quote' | 'title';

/**
 * What a block is for, beside its markup kind. Rules skip by role (`RuleDefinition.skip`):
 * - `body`: the article's own prose;
 * - `boilerplate`: “About X” sections, media contacts, disclaimers, notes to editors, and
 *   everything after a release's end marker (`###`, `-30-`, `ENDS`);
 * - `reference`: reference lists and citation lines (“Source: Smith J, Patel RR …”,
 *   “Journal reference:”, a DOI line);
 * - `caption`: image and figure captions and credits;
 * - `furniture`: page text a scraped or pasted story carries that is not the article's own prose:
 *   related-story links (“(More on TIME.com: …)”, “Read more: …”, “Related: …”), “Watch: …”,
 *   “Click here to read …”.
 */
export type BlockRole = 'body' | 'boilerplate' | 'reference' | 'caption' | 'furniture';

/** A half-open range of UTF-16 offsets into the original source text. */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface Word {
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

export interface Sentence {
  block: Block;
  /** Position of this sentence in its block. */
  index: number;
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /**
   * The sentence's words, made when read (see `ProseSentence` in build.ts): the same array while
   * a rule walks the sentence, but not kept for the file's life, so keep it rather than collect words.
   */
  readonly words: Word[];
  /** How many words `words` holds, without making them. */
  readonly wordCount: number;
}

export interface Block {
  kind: BlockKind;
  /** Heading depth (1–6) for headings. */
  depth?: number;
  /** What the block is for; see `BlockRole`. */
  role: BlockRole;
  /**
   * Where boilerplate starts inside a body paragraph, an offset in `text`: an issuer's “About X”
   * section the source ran into the paragraph before it (“… said Dr. Khera. About UT Southwestern
   * Medical CenterUT Southwestern, one of …”). Rules that skip `boilerplate` read nothing after it.
   */
  boilerplateFrom?: number;
  /** Position of this block in the document. */
  index: number;
  /** Index of the heading block that opens this block's section, or -1 before the first heading. */
  section: number;
  /**
   * The block's prose with markup removed; inline code and breaks become spaces. It is the text's
   * matching view (NFC, no soft hyphens, zero-width or other default-ignorable characters: see
   * `matchingView` in offset-map.ts), so offsets in it map to the source only through `span`.
   */
  text: string;
  sentences: Sentence[];
  /** The nlcst paragraph for this block, with offsets in `text`. */
  nlcst: NlcstParagraph;
  /** Maps an offset in `text` to an offset in the source. */
  toSource(offset: number): number;
  /** Maps a range in `text` to a range in the source. */
  span(start: number, end: number): SourceSpan;
}

export type CitationKind = 'link' | 'footnote' | 'numeric-marker' | 'author-year' | 'identifier' | 'named-source';

export interface Citation {
  kind: CitationKind;
  /** The block holding the citation, or -1 for a citation outside prose (a reference list). */
  block: number;
  /** Offsets in the block's text (or the source when `block` is -1). */
  start: number;
  end: number;
  text: string;
}

export interface DocumentMetadata {
  title?: string;
  authors: string[];
  published?: string;
  modified?: string;
  description?: string;
}

export interface DocumentFacts {
  /** Front matter as parsed YAML, when the file has any. */
  frontMatter?: Record<string, unknown>;
  /** Byline, dates and title from front matter, HTML meta tags or JSON-LD. */
  metadata: DocumentMetadata;
  /** Whether the document has metadata at all (front matter or HTML head), which JAMA rules need. */
  hasMetadata: boolean;
  citations: Citation[];
  /** Link targets anywhere in the document, references included. */
  links: string[];
  /** Block indexes of headings. */
  headings: number[];
}

import type { Format } from '../formats/index.js';
export type { Format };

/** What every rule reads: the article's prose blocks and the facts gathered before the rules run. */
export interface ProseDocument {
  format: Format;
  source: string;
  blocks: Block[];
  facts: DocumentFacts;
  mdast: MdastRoot;
  /** Converts a source offset to a 1-based line and column. */
  point(offset: number): { line: number; column: number; offset: number };
}
