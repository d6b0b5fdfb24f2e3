import type { TreatmentMention } from './treatments.js';

/**
 * Treatment words that are part of a name, not a treatment an article offers: "the Institute for
 * Immunity, Transplantation and Infection", "the Scottish Islet Transplant Programme", "the
 * Department of Surgery" (JUDGING.md: `not_a_treatment`), and an abbreviation that another field
 * uses for something else, known by the company it keeps ("GDx, HRT and OCT" are retinal imaging
 * devices, not hormone therapy).
 */

/** The nouns that end or head the name of an organisation, a programme or a publication. */
const organisationNouns = new Set(
  `institute institutes institution programme programmes program programs service services department
  departments centre centres center centers society foundation association college university school
  hospital hospitals clinic clinics unit trust network consortium council academy journal laboratory
  laboratories lab labs agency board committee alliance federation division faculty corporation company
  group congress conference summit symposium meeting`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that join the capitalised words of one name: "Institute for …", "University of …", "… and Infection". */
const nameJoiners = new Set(['of', 'for', 'and', 'the', '&', 'on', 'in', 'at']);

/** How far around a mention a name is looked for. */
const reach = 80;

const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*|[,&]/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensAround(text: string, start: number, end: number): { before: Token[]; after: Token[] } {
  const from = Math.max(0, start - reach);
  const before: Token[] = [];
  const after: Token[] = [];
  for (const match of text.slice(from, Math.min(text.length, end + reach)).matchAll(tokenPattern)) {
    const token = { text: match[0], start: from + match.index, end: from + match.index + match[0].length };
    if (token.end <= start) before.push(token);
    else if (token.start >= end) after.push(token);
  }
  return { before, after };
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * The words of the capitalised run a mention stands in, on one side of it: capitalised words,
 * joined by "of", "for", "and", "the" or a comma between capitalised words. Closest word first.
 */
function runWords(tokens: readonly Token[], text: string): string[] {
  const words: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const previous = index > 0 ? tokens[index - 1] : undefined;
    // A sentence break or a bracket between two words ends the name.
    if (
      previous &&
      /[.;:!?()"“”]/u.test(text.slice(Math.min(previous.end, token.end), Math.max(previous.start, token.start)))
    )
      break;
    if (capitalised(token.text)) words.push(token.text);
    else if (token.text === ',' || nameJoiners.has(token.text.toLowerCase())) continue;
    else break;
  }
  return words;
}

/**
 * Whether the text between `start` and `end` (a capitalised treatment word) is part of the name
 * of an organisation, programme or publication: the capitalised run it stands in holds one of
 * their nouns ("Institute", "Programme", "Department", "Journal").
 */
export function insideOrganisationName(text: string, start: number, end: number): boolean {
  if (!capitalised(text.slice(start, end))) return false;
  const { before, after } = tokensAround(text, start, end);
  const run = [...runWords([...before].reverse(), text), ...runWords(after, text)];
  return run.some((word) => organisationNouns.has(word.toLowerCase()));
}

/** "GDx", "HRT", "OCT", "MRI": a short word that starts with a capital and has at most one lower-case letter. */
function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 6 || !capitalised(word)) return false;
  const lower = [...word].filter((letter) => /\p{Ll}/u.test(letter)).length;
  return lower <= 1 && /^[\p{L}\p{N}]+$/u.test(word);
}

/**
 * Whether an abbreviation stands in a list of other abbreviations none of which names a treatment
 * ("GDx, HRT and OCT"): the list is of things from another field, and the abbreviation with them.
 * `namesTreatment` says whether a neighbour is itself a treatment ("HRT, SSRIs and …" keeps HRT).
 */
export function inAbbreviationList(
  text: string,
  start: number,
  end: number,
  namesTreatment: (word: string) => boolean,
): boolean {
  if (!isAbbreviation(text.slice(start, end))) return false;
  const { before, after } = tokensAround(text, start, end);
  const neighbours: string[] = [];
  const previous = before.at(-1);
  const beforePrevious = before.at(-2);
  if (previous?.text === ',' && beforePrevious) neighbours.push(beforePrevious.text);
  const [next, afterNext] = after;
  if ((next?.text === ',' || next?.text === 'and' || next?.text === 'or') && afterNext) neighbours.push(afterNext.text);
  return neighbours.length > 0 && neighbours.every((word) => isAbbreviation(word) && !namesTreatment(word));
}

/** "Hersco Ortho Labs", "Acme Pharmaceuticals Inc": a word followed by a company's suffix is part of its name. */
const companySuffixAfter =
  /^(?:\s\p{Lu}[\p{L}&-]*){0,2}\s(?:Labs?|Laboratories|Inc|Corp|Corporation|Ltd|LLC|Pharmaceuticals?|Pharma|Therapeutics|Biosciences|Biotech|Biologics|Medical Devices)\b/u;

/** Whether a mention is a capitalised word of a company's name. */
export function inCompanyName(mention: TreatmentMention): boolean {
  if (!/^\p{Lu}/u.test(mention.text)) return false;
  const offset = mention.end - mention.sentence.start;
  return companySuffixAfter.test(mention.sentence.text.slice(offset, offset + 60));
}

/** Nouns a brand or a company's name stands before: "the Genecept test", "Genecept Assay", "Veracyte Inc". */
const brandHeadNouns = new Set(
  'test tests assay assays kit kits panel device devices app platform inc corp ltd llc labs'.split(' '),
);

function isBrandHeadNoun(word: string): boolean {
  return brandHeadNouns.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A product's code of capitals and digits: "PCA3", "HT-7", "X2". */
const productCode = /^[A-Z][A-Z-]*\d[A-Z0-9-]*$/u;

/** What a company or a maker is called before its name: "the company Veracyte", "the startup Zipline". */
const companyNouns = new Set(['company', 'firm', 'startup', 'maker', 'manufacturer', 'biotech', 'developer']);

/** Participles before "by" that a company or a person does, never a drug: "purchased by Veracyte". */
const ownerVerbs = new Set(
  'acquired purchased bought owned made developed marketed sold manufactured distributed funded sponsored founded'.split(
    ' ',
  ),
);

/**
 * Whether a capitalised word stands where a brand or a company is named, not a medicine: before
 * a product's or company's noun, a product code aside ("the Genecept test", "Genecept Assay",
 * "the Progensa PCA3 test"), after "the company", or
 * after "purchased by", "made by" and the like ("purchased by Veracyte"). A drug is taken, given
 * or prescribed; it buys and makes nothing, and it is no test.
 */
export function standsAsBrandOrCompany(text: string, start: number, end: number): boolean {
  if (!capitalised(text.slice(start, end))) return false;
  const { before, after } = tokensAround(text, start, end);
  const [next, afterNext] = after;
  // A product's code may stand between its name and its noun: "the Progensa PCA3 test".
  const head = next && afterNext && productCode.test(next.text) && afterNext.start - next.end <= 1 ? afterNext : next;
  if (next && next.start - end <= 1 && head && isBrandHeadNoun(head.text)) return true;
  const previous = before.at(-1);
  if (!previous || start - previous.end > 1) return false;
  const previousWord = previous.text.toLowerCase();
  if (companyNouns.has(previousWord)) return true;
  const verb = before.at(-2);
  return previousWord === 'by' && verb !== undefined && ownerVerbs.has(verb.text.toLowerCase());
}
