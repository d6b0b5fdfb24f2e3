import { isCreditLine } from './credits.js';
import type { Block, BlockRole } from './types.js';

/**
 * What each block is for (`BlockRole`), read once per document from the blocks' own words and the
 * headings that open their sections. Markup says little here: a release pasted as text marks its
 * “About the institute” section, media contacts and end marker only with words.
 */

/** A heading that opens a boilerplate section, or a paragraph that is one on its own (“Media contact: …”). */
const boilerplateHeading =
  /^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries|relations)\b|contacts?(?: information| details)?\s*:?$|for (?:more|further) information\b|disclaimers?\b|notes? (?:to|for) editors?\b|editors?['’]? notes?\b|editor['’]s note\b|###)/iu;
const boilerplateParagraph =
  /^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries|relations)\b|contacts?\s*:|for (?:more|further) information,? (?:contact|please|visit|call|email|e-mail)\b|disclaimer\s*:|notes? (?:to|for) editors?\b|editors?['’]? notes?\b|follow us on\b|(?:sign up|subscribe) (?:for|to)\b|###|#\s#\s#|-\s?30\s?-|-?\s*ends?\s*-?$|\*\*\*$)/iu;
/**
 * “About X” opens boilerplate when X is an issuer (“About the University of Leeds”, “About Amgen”,
 * “About us”), not when X is the subject (“About the study”, “About Alzheimer's disease”).
 */
const aboutLead = /^[Aa]bout (?:the |us\b|our |\p{Lu})/u;
// Two patterns rather than one `^about (?:…|.*\b(?:…)\b.*)$`: the leading `.*` before a long
// alternation backtracks over the whole line at every word (recheck could not bound it).
const aboutOrganisationLead =
  /^about (?:us|our \w+|the (?:institute|university|college|hospital|centre|center|foundation|society|association|company|organi[sz]ation|charity|council|trust|journal|network|agency|school|department|programme|program|authors?|researchers?)\b)/iu;
const organisationWord =
  /\b(?:universit(?:y|ies)|institutes?|foundation|inc\.?|ltd\.?|llc|plc|hospitals?|cent(?:er|re)s?|college|school|society|association|council|trust|company|corporation|pharmaceuticals?|therapeutics|biosciences?|laboratories|labs|clinic|agency|department|journal|eurekalert!?|academy|alliance|network|group|partners|charity|organi[sz]ation|health(?:care)? system|medicine|fund)\b/iu;

function aboutOrganisation(text: string): boolean {
  const line = text.split('\n', 1)[0]!;
  return aboutOrganisationLead.test(line) || (/^about /iu.test(line) && organisationWord.test(line.slice(6)));
}
const subjectWords =
  /\b(?:study|trial|research|findings|results|disease|syndrome|cancer|disorder|condition|infection|drug|treatment|vaccine|therapy)\b|['’]s$/iu;

/**
 * A trademark sign marks the issuer's own product (“About the CoolSculpting® Treatment”, “About
 * SelectMDx® for Prostate Cancer”, “About Repatha® (evolocumab)”): its section is label copy
 * written by the issuer, boilerplate like the issuer's own “About” section, even when its words
 * name a treatment or disease.
 */
const trademarkSign = /[®™]/u;
/**
 * “About EVZIO (EVV-zee-oh)”, “About tivanisiran (SYL1001)”: a name with its pronunciation or
 * code; the name without it. A string walk: the `\s*\(…\)\s*$` pattern backtracks on whitespace.
 */
function withoutTrailingParenthesis(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return text;
  const open = trimmed.lastIndexOf('(');
  const inner = trimmed.slice(open + 1, -1);
  if (open < 0 || inner.length === 0 || inner.length > 40 || inner.includes(')')) return text;
  return trimmed.slice(0, open).trimEnd();
}

function isAboutIssuer(text: string): boolean {
  if (!aboutLead.test(text) || text.length > 120) return false;
  if (aboutOrganisation(text) || trademarkSign.test(text.split('\n', 1)[0]!)) return true;
  // “About Amgen”, “About AACR”: a bare name is an issuer unless it names a subject; “About
  // Massachusetts Eye and Ear”, “About Plastic and Reconstructive Surgery” (a journal): a name's
  // capitalised words may be joined by “and”, “of” or “&” (round 21).
  const name = withoutTrailingParenthesis(text);
  return (
    /^[Aa]bout \p{Lu}[\p{L}&.-]*(?: (?:(?:and|of|&) )?\p{Lu}[\p{L}&.-]*){0,3}\s*$/u.test(name) &&
    !subjectWords.test(name)
  );
}

/** A release's end marker on a line of its own. */
const endMarker = /^(?:###|#\s#\s#|-\s?30\s?-|-\s?ends?\s?-|ends)\s*$/iu;

/** A heading that opens a reference list. */
const referenceHeading =
  /^(?:references?|sources?|bibliography|citations?|further reading|notes|footnotes|endnotes|literature cited|works cited|journal references?|study details|publication details)\s*:?$/iu;
/** A citation line: “Source: …”, “Reference:”, “Journal reference”, “DOI: …”, “Citation: …”. */
const referenceLead =
  /^(?:\[?\d{1,3}[\].)]\s+)?(?:sources?|references?|citations?|full citation|journal references?|original (?:article|paper|study)|study|paper|article|published|doi|pmid)\s*:/iu;
const journalReferenceLead = /^journal references?\b/iu;
/** Two or more authors written as “Surname AB,” (Vancouver style) make a line a reference. */
// Starts only at a word's start, so a long run of letters is scanned once, not from every letter.
const vancouverAuthors =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}(?:,|\.|;| and| &)\s+\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}\b/u;
const doiLine = /^(?:doi\s*(?::\s*)?)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+\s*$/iu;

/** An image or figure caption or credit. */
const captionLead =
  /^(?:\(?(?:image|photo|photograph|picture|illustration|graphic|video|figure|fig\.|chart|caption|pictured|credit|image credit|photo credit)s?\b\s*(?:\d+\s*)?[:.)–-])/iu;

/**
 * A caption a scraped page glued to its sharing buttons (“Share on Pinterest Beetroot juice has been
 * investigated …”, “Facebook Twitter Pinterest Uta Frith … called the study …”): the buttons sit on
 * the image, so the text after them is its caption, not the article's prose.
 */
const shareButtonsLead =
  /^(?:share (?:on|via) (?:pinterest|facebook|twitter|linkedin|whatsapp|email)|facebook\s+twitter(?:\s+pinterest)?)\s/iu;

/**
 * A related-story link or other page furniture a story's text kept from its web page: “(More on
 * TIME.com: Study: …)”, “(MORE: …)”, “Read more: …”, “Read more at latimes.com”, “Related: …”,
 * “See also: …”, “Watch: …”, “Click here to read …”. Its words are another article's headline.
 */
const furnitureParagraph =
  /^\(?(?:(?:more on [^:()\n]{1,40}|more|read more|related(?: (?:stories|articles|links|coverage|content|reading))?|see also|also read|watch|listen)\s?:|read more (?:at|on)\b|click here to (?:read|see|watch|view)\b)/iu;

/**
 * A related-story label standing alone, its links after it (“Read more:”, “Related stories:”, “See
 * also:”, “More on TIME.com:”): the scraped page kept the label and the linked headlines, each a
 * block of its own, to the end of the page. Nothing follows the colon, so what it labels is below.
 */
const furnitureLabel =
  /^\(?(?:more on [^:()\n]{1,40}|read more|related(?: (?:stories|articles|links|coverage|content|reading|news))?|see also|also read)\s?:\s*\)?$/iu;

/**
 * A heading over a news site's list of other stories (“MORE IN SCIENCE”, “More from TIME”,
 * “Related Links”, “Related stories”, “You may also like”, “Most popular”): the headings and
 * paragraphs under it are other articles' headlines, to the end of the page.
 */
const furnitureHeading =
  /^(?:more (?:in|from) [\p{L}&.'’-]+(?: [\p{L}&.'’-]+){0,3}|related(?: (?:stories|articles|links|coverage|content|reading|news))?|you (?:may|might) also (?:like|enjoy)|most (?:popular|read|viewed|emailed|shared))\s?:?$/iu;

/**
 * Sets `role` on every block. `endMarkers` are block indexes before which the source had an end
 * marker the blocks do not hold (a Markdown `###`, which parses as an empty heading).
 */
export function assignRoles(blocks: Block[], endMarkers: readonly number[] = []): void {
  let sectionRole: BlockRole = 'body';
  let sectionDepth = 0;
  let ended = false;
  let relatedList = false;
  const firstEnd = endMarkers.length > 0 ? Math.min(...endMarkers) : Infinity;
  // The article's own headline ("# Notes on burnout", "# Sources of stress") opens no section.
  const headline = blocks.find((block) => block.kind === 'heading');
  for (const block of blocks) {
    if (block.kind === 'title') continue;
    const text = block.text.trim();
    if (block.index >= firstEnd || endMarker.test(text)) ended = true;
    if (ended) {
      block.role = 'boilerplate';
      continue;
    }
    if ((block.kind === 'heading' && furnitureHeading.test(text)) || furnitureLabel.test(text)) relatedList = true;
    if (relatedList) {
      block.role = 'furniture';
      continue;
    }
    if (block.kind === 'heading') {
      // “RELATED: What we know about how cancer starts”: one link, set as a heading.
      if (furnitureParagraph.test(text)) {
        block.role = 'furniture';
        continue;
      }
      const depth = block.depth ?? 1;
      // A heading closes the section it is not nested in.
      if (block === headline && depth === 1 && headline.index === (blocks[0]?.kind === 'title' ? 1 : 0)) {
        sectionRole = 'body';
        sectionDepth = 0;
      } else if (depth <= sectionDepth || sectionRole === 'body') {
        sectionRole =
          boilerplateHeading.test(text) || isAboutIssuer(text)
            ? 'boilerplate'
            : referenceHeading.test(text)
              ? 'reference'
              : 'body';
        sectionDepth = sectionRole === 'body' ? 0 : depth;
      }
      block.role = sectionRole;
      continue;
    }
    block.role = sectionRole !== 'body' ? sectionRole : roleOfParagraph(text);
    // An issuer's “About X” section the corpus ran into the paragraph before it: boilerplate from there on.
    if (block.role === 'body' && block.kind === 'paragraph') {
      const from = boilerplateFrom(block.text);
      if (from !== undefined) block.boilerplateFrom = from;
    }
  }
}

const whiteSpace = /^\s$/u;

/** A lower-case letter run into a capital: where a heading's last word meets its paragraph's first. */
const gluedCapital = /^\p{Ll}\p{Lu}$/u;

/**
 * Where a sentence opens inside a paragraph, on “About” and what `aboutLead` lets follow it (“the”,
 * “us”, “our” or a capital): after a full stop or a closing quotation mark. An issuer's section is
 * often “About the …” (“… eye-health. About the American Academy of OphthalmologyThe …”), whose
 * lower-case “the” a capital alone would miss.
 */
const aboutAfterSentence = /[.!?][”"’']?\s+(?=About\s(?:the |us\b|our |\p{Lu}))/gu;

/**
 * Where an issuer's “About X” section starts inside a paragraph, when the corpus ran it into the
 * paragraph before (“… said Dr. Khera. “It's wonderful …” About UT Southwestern Medical CenterUT
 * Southwestern, one of the premier …”): the offset of “About”, or undefined. A paragraph that opens
 * on it is boilerplate as a whole (`roleOfParagraph`); from there on this one is too.
 */
export function boilerplateFrom(text: string): number | undefined {
  if (!text.includes('About ')) return undefined;
  aboutAfterSentence.lastIndex = 0;
  for (let match = aboutAfterSentence.exec(text); match; match = aboutAfterSentence.exec(text)) {
    const start = match.index + match[0].length;
    const lead = runInLead(text.slice(start));
    if (lead && isAboutIssuer(lead.trim())) return start;
  }
  return undefined;
}

/**
 * The shortest start of a paragraph (6–100 characters, no sentence punctuation) that ends where a
 * heading run into its text would: before ":" or a line break, before ". Next", or before "is",
 * "was", "are". A loop: the one-pattern form (a lazy bounded repeat with lookaheads) was beyond
 * recheck's proof.
 */
function runInLead(text: string): string | undefined {
  const limit = Math.min(100, text.length);
  let wordStart = 0;
  for (let length = 1; length <= limit; length++) {
    if ('.!?:\n'.includes(text[length - 1]!)) return undefined;
    if (text[length - 1] === ' ') wordStart = length;
    if (length < 6) continue;
    const next = text[length];
    if (next === ':' || next === '\n') return text.slice(0, length);
    // A heading glued to its paragraph without a space (“About UT Southwestern Medical CenterUT
    // Southwestern, one of …”): a word of four or more letters runs into a capital. “McDonald”
    // and “iPhone” have fewer letters before theirs.
    if (length - wordStart >= 4 && gluedCapital.test(text.slice(length - 1, length + 1))) return text.slice(0, length);
    // Both patterns need "." or white space first: test that before slicing the 40 characters,
    // or every paragraph cost ~95 strings.
    const code = text.charCodeAt(length);
    if (code !== 46 && code !== 32 && !(code >= 9 && code <= 13) && !(code > 127 && whiteSpace.test(next!))) continue;
    const after = text.slice(length, length + 40);
    if (/^\.\s+\p{Lu}/u.test(after) || /^\s+(?:is|was|are)\s/u.test(after)) return text.slice(0, length);
  }
  return undefined;
}

/** What `aboutLead` needs of a run-in lead, trimmed as `roleOfParagraph` trims it. */
const aboutOpening = /^\s*[Aa]bout /;

/** The role a paragraph has on its own words, outside any boilerplate or reference section. */
export function roleOfParagraph(text: string): BlockRole {
  if (boilerplateParagraph.test(text)) return 'boilerplate';
  // “About Acme Inc. Acme is a company that …”: the heading run into its paragraph. Only a
  // paragraph opening on “About” can have one that `isAboutIssuer` accepts.
  const lead = aboutOpening.test(text) ? runInLead(text) : undefined;
  if (lead && isAboutIssuer(lead.trim())) return 'boilerplate';
  if (referenceLead.test(text) || journalReferenceLead.test(text) || doiLine.test(text)) return 'reference';
  // The year first: most paragraphs have none, and the authors' pattern is tried at every capital.
  if (/\b(?:19|20)\d\d\b/.test(text) && vancouverAuthors.test(text)) return 'reference';
  if (captionLead.test(text) || shareButtonsLead.test(text) || isCreditLine(text)) return 'caption';
  if (furnitureParagraph.test(text)) return 'furniture';
  return 'body';
}
