import { primed } from '../primed.js';
/**
 * Image credits a scraped page keeps beside or inside its prose: “nicolas hansen / Getty Images”,
 * “monkeybusinessimages/iStock/Thinkstock”, “Enlarge this image toggle caption technotr/Getty Images”,
 * “Photo by Jane Roe”, “Credit: Sam Poe”. The words of a credit are a photographer's name or handle
 * and an agency's, not the article's prose: no rule should read them as words to check or claims.
 */

/**
 * A picture agency after the slash or dash that joins it to the photographer's name. The separator
 * is required: “Reuters” or “AP” alone, or after “(”, is a news credit of the story itself.
 */
const agencyAfterSeparator =
  /(?:\s?[/|—–]\s?|\s-\s)(?:Getty Images|Getty|iStock(?:photo)?|Shutterstock|Thinkstock|Alamy|Science Photo Library|Reuters|Associated Press|AP Photo|AP|AFP|EPA|Corbis|Dreamstime|Stocksy|Flickr)(?![\p{L}\p{N}])/gu;

/** A lead that names who made a picture: “Photo by”, “(Photograph courtesy of”, “Image credit:”, “Credit:”. */
// “tax credits: …” is no credit of a picture: a bare “Credit:” only where no word stands before it.
const creditLead =
  /\b(?:(?:photo(?:graph)?s?|images?|illustrations?|pictures?) (?:by|courtesy of)|(?:photo|image|picture) credits?\s?:|(?<!\p{L}\s)credits?\s?:)/giu;

/**
 * What every credit holds, tested first, case-sensitive and without the Unicode flag (the fast
 * forms of a scan over every block): most blocks hold none of these.
 */
const mayHoldAgency = primed(
  /Getty|iStock|Shutterstock|Thinkstock|Alamy|Science Photo|Reuters|Associated Press|AP|AFP|EPA|Corbis|Dreamstime|Stocksy|Flickr/,
);
const mayHoldLead =
  /[Cc]redit|CREDIT|(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Ii]llustration|[Pp]icture)[\w ]{0,6}(?:by|courtesy)/;

/** The most words a photographer's name or handle takes before the agency, or after a lead: “by nacoki ( MEDIA ARC )”. */
const maximumNameWords = 4;

/** A half-open range of offsets into the text. */
export type CreditSpan = readonly [start: number, end: number];

/**
 * The spans of a text that are image credits: a name and the agency after it (“technotr/Getty
 * Images”, with more agencies after further slashes: “/iStock/Thinkstock”), or the name after a
 * credit's lead (“Photo by Jane Roe”). A name is up to four words, and stops at a line break or at
 * sentence punctuation: a credit glued to the end of a caption's sentence takes none of it.
 */
export function creditSpans(text: string): CreditSpan[] {
  const spans: CreditSpan[] = [];
  const agency = mayHoldAgency.test(text);
  agencyAfterSeparator.lastIndex = 0;
  for (
    let match = agency ? agencyAfterSeparator.exec(text) : null;
    match !== null;
    match = agencyAfterSeparator.exec(text)
  ) {
    const start = nameStartBefore(text, match.index, match[0].charAt(0) === '/');
    if (start === match.index) continue;
    const end = agencyChainEnd(text, match.index + match[0].length);
    spans.push([start, end]);
    // The agencies after further slashes are this credit's: not read again as credits of their own.
    agencyAfterSeparator.lastIndex = end;
  }
  if (!mayHoldLead.test(text)) return spans;
  creditLead.lastIndex = 0;
  for (let match = creditLead.exec(text); match !== null; match = creditLead.exec(text)) {
    const end = nameEndAfter(text, match.index + match[0].length);
    if (end > match.index + match[0].length) spans.push([match.index, end]);
  }
  return spans;
}

/**
 * Whether a paragraph is nothing but credits and the words a picture's controls print around them
 * (“Enlarge this image”, “toggle caption”, “1 of 5”): a credit line.
 */
export function isCreditLine(text: string): boolean {
  const spans = creditSpans(text);
  if (spans.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > at) rest += text.slice(at, start) + ' ';
    at = Math.max(at, end);
  }
  rest += text.slice(at);
  return rest.split(/[^\p{L}]+/u).every((word) => word === '' || pictureControlWords.has(word.toLowerCase()));
}

/** Words a page prints on or around a picture, beside its credit. */
const pictureControlWords = new Set([
  'enlarge',
  'this',
  'image',
  'images',
  'photo',
  'photos',
  'toggle',
  'caption',
  'hide',
  'show',
  'of',
  'credit',
  'credits',
  'advertisement',
]);

/** Whether a character ends a name walked over: a line break or sentence punctuation. */
function endsName(character: string): boolean {
  return character === '\n' || character === '\r' || '.,;:!?"“”'.includes(character);
}

/**
 * Where the photographer's name before `separator` starts: up to four words back (letters,
 * apostrophes, hyphens; parentheses between them), stopping at a line break or sentence punctuation.
 * Before a slash that touches the name, a handle is one word (“technotr/Getty Images”) and a name
 * is capitalised words (“Ann Bell/Shutterstock”): the caption's words before it stay prose
 * (“toggle caption technotr/Getty Images”).
 */
function nameStartBefore(text: string, separator: number, touchingSlash: boolean): number {
  let at = separator;
  let start = separator;
  let words = 0;
  while (at > 0 && words < maximumNameWords) {
    // Over spaces and parentheses between words.
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '(' || text[at - 1] === ')')) at--;
    if (at === 0 || endsName(text[at - 1]!) || !isNameCharacter(text[at - 1]!)) break;
    let wordStart = at;
    while (wordStart > 0 && isNameCharacter(text[wordStart - 1]!)) wordStart--;
    if (touchingSlash && words > 0 && !isCapital(text[wordStart]!)) break;
    at = wordStart;
    start = at;
    words++;
    if (touchingSlash && !isCapital(text[at]!)) break;
  }
  return start;
}

function isCapital(character: string): boolean {
  return character !== character.toLowerCase();
}

/** Where a name after a credit's lead ends: up to four words, stopping as `nameStartBefore` does, or at a slash and what follows it. */
function nameEndAfter(text: string, from: number): number {
  let at = from;
  let end = from;
  let words = 0;
  while (at < text.length && words < maximumNameWords) {
    while (at < text.length && text[at] === ' ') at++;
    if (at === text.length || endsName(text[at]!) || !isNameCharacter(text[at]!)) break;
    while (at < text.length && isNameCharacter(text[at]!)) at++;
    end = at;
    words++;
  }
  return text[end] === '/' ? agencyChainEnd(text, end) : end;
}

/** After an agency, further credits joined by slashes (“/iStock/Thinkstock”, “/Caiaimage”): to the end of the last. */
function agencyChainEnd(text: string, from: number): number {
  let end = from;
  while (text[end] === '/' && end + 1 < text.length && isNameCharacter(text[end + 1]!)) {
    end++;
    while (end < text.length && isNameCharacter(text[end]!)) end++;
  }
  return end;
}

const nameCharacter = /[\p{L}\p{N}'’-]/u;

function isNameCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 128)
    return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  return nameCharacter.test(character);
}
