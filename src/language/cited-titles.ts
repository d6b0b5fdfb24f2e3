/**
 * Titles of cited papers inside an article's text: a quoted title after the word "paper" or
 * "study" (“The paper, “Efficacy, safety … randomised controlled VIVIANE study,” was published”),
 * or the title in a reference line ("de la Torre R, de Sola S, Hernandez G, et al. Safety and
 * efficacy … a double-blind, randomised … trial"). A title is the cited work's own wording: its
 * spelling is the journal's, not the article's.
 */

/** Words that say a quoted run of words names a work. */
const workWords = /\b(?:paper|study|article|report|review|titled|entitled|journal|published|publication)\b/iu;

const openingQuotes = new Set(['“', '"']);
const closingQuotes = new Set(['”', '"']);

/** Words a quoted title holds at least: a quoted word or phrase is a term, not a title. */
const minimumTitleWords = 4;

/** How far back a title's opening quote may be, in characters. */
const longestTitle = 400;

/** Whether the text from `start` to `end` is inside a cited paper's title, quoted or in a reference line. */
export function isInCitedTitle(text: string, start: number, end: number): boolean {
  return isInQuotedTitle(text, start, end) || isInReferenceLine(text, start);
}

/**
 * Inside double quotation marks holding four words or more, in a block that says it names a work
 * (paper, study, journal, "titled"…).
 */
function isInQuotedTitle(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let index = start - 1; index >= Math.max(0, start - longestTitle); index--) {
    const character = text.charAt(index);
    if (character === '”') return false;
    if (openingQuotes.has(character)) {
      open = index;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let index = end; index < Math.min(text.length, end + longestTitle); index++) {
    const character = text.charAt(index);
    if (character === '“') return false;
    if (closingQuotes.has(character)) {
      close = index;
      break;
    }
  }
  if (close < 0) return false;
  const quoted = text.slice(open + 1, close);
  if (quoted.split(/\s+/u).filter(Boolean).length < minimumTitleWords) return false;
  return workWords.test(text.slice(0, open)) || workWords.test(text.slice(close));
}

/** An author in a reference line: a surname and initials ("Hernandez G", "de la Torre R", "Smith AB"). */
const author = /^[\p{L}'’ -]{2,40} \p{Lu}{1,3}$/u;

/**
 * A block that opens with two authors or more, each a surname and initials, before the word: a
 * reference line ("Paulsen AJ, Cruickshanks KJ, Fischer ME, et al. Dry eye in …").
 */
function isInReferenceLine(text: string, start: number): boolean {
  const pieces = text.slice(0, Math.min(start, longestTitle)).split(', ');
  if (pieces.length < 3) return false;
  return author.test(pieces[0]!.trim()) && author.test(pieces[1]!.trim());
}

/** Initials after an author's surname in a reference line, then a comma, a full stop or the end. */
const initialsAfter = /^ \p{Lu}{1,3}(?:[,.]|$)/u;

/**
 * Whether the word from `start` to `end` is an author's surname in a reference line: the block
 * opens with two authors or more, each a surname and initials ("Paulsen AJ, Cruickshanks KJ,
 * Fischer ME, et al. Dry eye in …"), and the word is capitalised with initials after it. The
 * name is the cited work's; a word of its title is still checked ("congnitive training").
 */
export function isAuthorInReferenceLine(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.charAt(start)) || !initialsAfter.test(text.slice(end, end + 5))) return false;
  const pieces = text.slice(0, longestTitle).split(', ');
  if (pieces.length < 3) return false;
  return author.test(pieces[0]!.trim()) && author.test(pieces[1]!.trim());
}

/** An author's affiliation mark run into the item's last word before its comma: "Stony Brook NY1,", "Arizona2,". */
const affiliationMark = /\p{L}{2}\d{1,2},/gu;

/** How many marked items make a block an author list. */
const minimumMarkedAuthors = 3;

/** How far an item of an author list reaches: a name and a place. */
const longestAuthorItem = 80;

/**
 * Whether the word from `start` to `end` is in an item of an author list whose items end in an
 * affiliation mark ("Aurora Pryor Stony Brook NY1, James Swain Scottsdale Arizona2, mark noar
 * towson md8, …"): the names and places of the paper's authors, in whatever case the list gives
 * them, no words of prose.
 */
export function isInMarkedAuthorList(text: string, start: number, end: number): boolean {
  const itemEnd = text.indexOf(',', end);
  if (itemEnd === -1 || itemEnd - start > longestAuthorItem || !/\p{L}{2}\d{1,2}$/u.test(text.slice(end, itemEnd))) {
    return false;
  }
  const itemStart = text.lastIndexOf(',', start);
  if (start - itemStart > longestAuthorItem) return false;
  return (text.match(affiliationMark)?.length ?? 0) >= minimumMarkedAuthors;
}
