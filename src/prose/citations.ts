import type { CitationKind } from './types.js';

export interface TextCitation {
  kind: CitationKind;
  start: number;
  end: number;
  text: string;
}

/**
 * Evidence markers that can be read from prose alone. Links and footnotes come from the markup;
 * these are what survives copy and paste: `[1]`, `(Smith et al., 2021)`, DOIs, PMIDs, trial ids,
 * and sources named with a venue or a date.
 */
const textCitationPatterns: {
  kind: CitationKind;
  pattern: RegExp;
  needs?: RegExp;
  /** Whether a match at `start` is a citation after all. */
  keep?: (text: string, start: number) => boolean;
}[] = [
  // “[1]”, “[3-5]”, and with spaces inside the brackets, as some sites and translations set them (“[ 1,2 ]”).
  { kind: 'numeric-marker', pattern: /\[ ?\d{1,3}(?:\s*[-–,]\s*\d{1,3}){0,8} ?\]/g },
  // Superscript digits, as typed or pasted: “treated.¹²”, “treated¹˒²”. Its lookbehind comes
  // first, so the engine tried it at every character; most texts hold no superscript digit at all.
  {
    kind: 'numeric-marker',
    pattern: /(?<=[\p{L}.,;:)”"’])[⁰¹²³⁴-⁹]+(?:[˒,–-][⁰¹²³⁴-⁹]+){0,8}/gu,
    needs: /[⁰¹²³⁴-⁹]/u,
  },
  // A superscript flattened by copy and paste: a number or roman numeral glued to the end of a
  // sentence or clause (“are less likely to be treated.iv,v,vi”, “as shown before,12 the …”).
  // Its lookbehind comes first, so it is tried at every character: a lower-case letter, the mark
  // and a digit or numeral, in that order, are tested first (about one block in 150 has them).
  {
    kind: 'numeric-marker',
    pattern: /(?<=\p{Ll}{2}[.,;:])(?:\d{1,3}|[ivx]{1,5})(?:[,–-](?:\d{1,3}|[ivx]{1,5})){0,8}(?=\s|$)/gu,
    needs: /\p{Ll}[.,;:][\divx]/u,
  },
  // A flattened superscript set off by a space, after a sentence's full stop and before the next
  // sentence (“… in up to 65 percent of patients with AD. 1,2 The published results …”): two or
  // more numbers joined by commas or dashes with no space, which no sentence opens with. A comma
  // group of three digits is a thousand (“1,200 Americans”), so a comma takes one or two.
  {
    kind: 'numeric-marker',
    pattern: /(?<=[.!?]["”’]?\s)\d{1,3}(?:,\d{1,2}|[–-]\d{1,3}){1,8}(?=\s\p{Lu})/gu,
    needs: /[.!?]["”’]?\s\d{1,3}[,–-]\d/u,
  },
  // A numbered reference in brackets closing a paragraph after its last full stop (“… lifestyle. (2)”):
  // at the paragraph's end it cannot number a list item, which opens the text it numbers.
  {
    kind: 'numeric-marker',
    pattern: /(?<=[.!?]["”’]?\s?)\(\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8}\)(?=\s*$)/gu,
    needs: /\)\s*$/u,
  },
  // A numbered reference in brackets just before a sentence's closing stop (“… hospital admissions (2).”,
  // “… a year (3, 4);”): a list item's number opens the text it numbers, so one closing a sentence
  // after a word points to a note. Only one to three digits: “(2011).” is a year. Not the last of
  // counts given in brackets (“sleeve gastrectomy (120 patients) or banding (67).”, “erosion (23)
  // and infection (1).”): an earlier bracketed number in the sentence makes it a count.
  {
    kind: 'numeric-marker',
    pattern: /(?<=[\p{L}%)]\s)\(\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8}\)(?=[.;!?]["”’]?(?:\s|$))/gu,
    needs: /\d\)[.;!?]/u,
    keep: (text, start) => !bracketedCountBefore.test(text.slice(sentenceStartBefore(text, start), start)),
  },
  // “(Smith et al., 2021)”, and with a comma before “et al.” as some releases set it (“(Chen, et al., 2017)”).
  // The author-year and DOI patterns are tried at every capitalised word or word start; the year
  // or the DOI's number, which most blocks lack, is tested first.
  {
    kind: 'author-year',
    pattern:
      /\((?:see |e\.g\.,? )?\p{Lu}[\p{L}'’-]+(?:(?:,? et al\.?)|(?:,? (?:and|&) \p{Lu}[\p{L}'’-]+))?,? (?:19|20)\d\d[a-z]?(?:[;,] ?[^()]{0,80})?\)/gu,
    needs: / (?:19|20)\d\d/,
  },
  {
    kind: 'author-year',
    // Names of at most 40 letters: `+` rescanned a long run of letters from every \b inside it ("AÀAÀ…").
    pattern: /\b\p{Lu}[\p{L}'’-]{1,40}(?: et al\.?| (?:and|&) \p{Lu}[\p{L}'’-]{1,40})? \((?:19|20)\d\d[a-z]?\)/gu,
    needs: / \((?:19|20)\d\d/,
  },
  {
    kind: 'identifier',
    pattern: /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s"<>]+/gi,
    needs: /10\.\d{4}/,
  },
  { kind: 'identifier', pattern: /\bPMID:?\s*\d{5,9}\b|\bPMC\d{5,9}\b/g },
  { kind: 'identifier', pattern: /\b(?:NCT\d{8}|ISRCTN\d{8}|EudraCT\s*\d{4}-\d{6}-\d{2}|ACTRN\d{14})\b/g },
];

/** A count in brackets (“(67)”, “(n = 3)”, “(120 patients)”). */
const bracketedCountBefore = /\((?:n\s?=\s?)?\d/u;

/** Where the sentence holding `offset` starts: after the last full stop, question or exclamation mark and space before it. */
function sentenceStartBefore(text: string, offset: number): number {
  const before = text.slice(0, offset);
  const stops = [...before.matchAll(/[.!?]["”’]?\s/gu)];
  const last = stops.at(-1);
  return last === undefined ? 0 : last.index + last[0].length;
}

export function findTextCitations(text: string): TextCitation[] {
  const found: TextCitation[] = [];
  for (const { kind, pattern, needs, keep } of textCitationPatterns) {
    if (needs && !needs.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (keep && !keep(text, match.index)) continue;
      found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  for (const named of findNamedSources(text)) found.push(named);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Journals and bodies whose name, with a year or a publication verb, identifies a source a reader
 * can look up ("published in The Lancet", "a 2022 JAMA study", "according to NICE").
 */
// Bounded repeats (`{0,4}`, `{0,6}`): with `*`, "Lancet Lancet Lancet …" was rescanned from every word.
const venues =
  '(?:[Tt]he )?(?:New England Journal of Medicine|NEJM|Lancet(?: [A-Z][a-z]+){0,4}|JAMA(?: [A-Z][a-z]+){0,4}|BMJ(?: Open)?|British Medical Journal|Nature(?: Medicine)?|Science|Cell|PLOS (?:ONE|One|Medicine)|Annals of Internal Medicine|Pediatrics|Circulation|Journal of [A-Z][\\w&-]*(?: (?:of |and |the |[A-Z][\\w&-]*)){0,6}|American Journal of [A-Z][\\w-]*(?: [A-Z][\\w-]*){0,6}|Cochrane(?: Database of Systematic Reviews| Library| review)?|Diabetes Care|Neurology|Gut|Thorax|Obstetrics & Gynecology)';
const bodies =
  '(?:[Tt]he )?(?:NICE|National Institute for Health and Care Excellence|WHO|World Health Organization|CDC|Centers for Disease Control and Prevention|FDA|Food and Drug Administration|NHS|NIH|National Institutes of Health|EMA|European Medicines Agency|MHRA|USPSTF|U\\.S\\. Preventive Services Task Force|American Heart Association|American Cancer Society|Cochrane)';
/**
 * Each pattern with a plain test for a word it cannot match without: the patterns open on long
 * alternatives the engine tries at every word, and most blocks name no source at all.
 */
const namedSourcePatterns: { pattern: RegExp; needs: RegExp }[] = [
  {
    pattern: new RegExp(`\\b(?:published|reported|appearing|appears|appeared) (?:online )?in ${venues}\\b`, 'g'),
    needs: /published|reported|appear/,
  },
  {
    pattern: new RegExp(
      `\\b(?:19|20)\\d\\d (?:\\p{L}+ ){0,3}(?:study|trial|review|meta-analysis|analysis|report|paper|guidance|guideline)s? (?:published )?(?:in|by|from) ${venues}\\b`,
      'gu',
    ),
    needs: /(?:19|20)\d\d /,
  },
  { pattern: new RegExp(`\\b${venues} \\(?(?:19|20)\\d\\d\\)?`, 'g'), needs: /(?:19|20)\d\d/ },
  { pattern: new RegExp(`\\b[Aa]ccording to ${bodies}\\b`, 'g'), needs: /ccording to / },
  // “NICE guidance”, “the American Heart Association 2017 Hypertension Practice Guidelines”, “a CDC report”.
  {
    pattern: new RegExp(
      `\\b${bodies} (?:(?:19|20)\\d\\d )?(?:\\p{Lu}[\\p{L}-]+ ){0,4}(?:[Gg]uidance|[Gg]uidelines?|[Rr]ecommendations?|[Rr]eports?|[Ss]tatements?)\\b`,
      'gu',
    ),
    needs: /[Gg]uid|[Rr]ecommendation|[Rr]eport|[Ss]tatement/,
  },
];

function findNamedSources(text: string): TextCitation[] {
  const found: TextCitation[] = [];
  for (const { pattern, needs } of namedSourcePatterns) {
    if (!needs.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ kind: 'named-source', start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found;
}

/**
 * A note opening on a bare number and a space (“1 Patterns of Glaucoma Medication Adherence …,
 * Newman-Casey, et al. Ophthalmology, 2015.”), as a press release sets its notes once the
 * superscripts are flattened: the number, then a year with authors, a journal or a link.
 */
const bareNote = /^(\d{1,3}) +\p{L}/u;

const referenceYear = /\b(?:19|20)\d\d\b/u;
/** What a reference holds beside its year: authors, a DOI or link, a journal or volume. */
// Case-sensitive: with the `i` flag \p{Lu} matches any letter, and the authors' part was tried inside every word.
const referenceParts =
  /\bet al\b|\b(?:doi|DOI)\b|\b10\.\d{4,9}\/|https?:\/\/|www\.|\b[Jj]ournal\b|\b[Vv]ol\.|(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,40} \p{Lu}{1,2}[,.]|(?<!\d)\d{1,4}\(\d{1,3}\):\d/u;

/** Whether a note's text reads as a reference: a year with authors, a DOI or link, a journal or volume. */
export function readsAsReference(text: string): boolean {
  return referenceYear.test(text) && referenceParts.test(text);
}
/**
 * A flattened superscript as a bare number set off by spaces after a sentence's full stop, before the
 * next sentence or at the paragraph's end (“… like arthritis. 1 Some studies show …”, “… vision loss. 2”).
 * A sentence may open on a number (“3 patients died.”), so one is a marker only when the article
 * holds the note it numbers.
 */
const bareMarker = /(?<=\p{Ll}{2}[.!?]["”’]?\s)\d{1,3}(?=\s+["“]?\p{Lu}|\s*$)/gu;

/** Bare note numbers (“arthritis. 1 Some …”) that resolve to a numbered note of the article. */
export function findBareNoteMarkers(blocks: readonly { index: number; text: string }[]): TextCitationIn[] {
  const notes = new Set<string>();
  for (const { text } of blocks) {
    const number = bareNote.exec(text)?.[1];
    if (number !== undefined && readsAsReference(text)) notes.add(number);
  }
  if (notes.size === 0) return [];
  const found: TextCitationIn[] = [];
  for (const { index, text } of blocks) {
    if (bareNote.test(text) || !/[.!?]["”’]?\s\d/u.test(text)) continue;
    bareMarker.lastIndex = 0;
    for (let match = bareMarker.exec(text); match; match = bareMarker.exec(text)) {
      if (notes.has(match[0]))
        found.push({
          kind: 'numeric-marker',
          block: index,
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
        });
    }
  }
  return found;
}

export interface TextCitationIn extends TextCitation {
  block: number;
}

/**
 * Short words a title leaves in lower case (“Effect of Growth Hormone Treatment on Fractures in …”); every
 * other word of a title-cased title opens with a capital or a digit.
 */
const titleSmallWords = new Set(
  'a an the and or nor but of in on for to with by at from as vs versus via into onto among after before during over under is are was be its their using than not does do can may per'.split(
    ' ',
  ),
);

/**
 * Whether `text` is set in title case, as journals and releases set a paper's title (“Capsaicinoids Enhance
 * Metabolic Rate in Normal Healthy Individuals”): four or more words, the first capitalised, and at least four
 * capitalised words making up 80 % or more of the words that are not short function words. A quote in
 * sentence case (“We found that the drug works”) is not.
 */
export function isTitleCased(text: string): boolean {
  const words = text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  if (words.length < 4 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  const content = words.filter((word) => !titleSmallWords.has(word.toLowerCase()));
  const capitalised = content.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  return capitalised >= 4 && capitalised >= 0.8 * content.length;
}

/** A publication noun set off by a comma, where a release gives the paper's title (“The paper, …”, “the study, “…””). */
const titledPublication = /\b(?:[Pp]aper|[Ss]tudy|[Aa]rticle|[Rr]eport|[Rr]eview|[Rr]esearch),\s+/gu;
/** After an unquoted title and its comma: where the paper appears (“, is published Ahead-of-Print online in …”). */
const appearsAfterTitle =
  /^\s*(?:(?:is|was|were|has been|will be)\s+)?(?:(?:recently|just|newly|now|also|online)\s+)?(?:published|appears|appeared|appearing|in the journal)\b/u;
/** A sentence about a talk or poster: a titled presentation at a meeting is no paper a reader can find. */
const presentationWords = /\b(?:present(?:s|ed|ing|ation)?|poster|abstract|session|meeting|congress|conference)\b/iu;
const titleOpeningQuotes = new Set(['"', '“', '‘']);
const titleClosingQuote = /["”’]/u;

/** The sentence of `text` that holds `offset`, without reading past 300 characters either side. */
function sentenceAround(text: string, offset: number): string {
  const from = Math.max(0, offset - 300);
  const before = text.slice(from, offset);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(offset, offset + 300);
  const end = after.search(/[.!?]["”’]?\s+\p{Lu}/u);
  return before.slice(stop + 1) + (end < 0 ? after : after.slice(0, end + 1));
}

/**
 * A paper's title given after a publication noun and a comma: quoted (“For a copy of the study, "Impact of
 * Sleep-Disordered Breathing Treatment on Quality of Life …," contact …”), or unquoted with where it appears
 * (“A recent paper, Capsaicinoids Enhance Metabolic Rate in …, published in the journal Obesity Open Access”).
 * The title must be title-cased; a titled talk or poster (“will present the study, "…," on Friday”) is no paper.
 */
function titleAfterPublicationNoun(text: string): boolean {
  titledPublication.lastIndex = 0;
  for (let match = titledPublication.exec(text); match; match = titledPublication.exec(text)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
    if (titleOpeningQuotes.has(rest[0]!)) {
      const close = rest.slice(1).search(titleClosingQuote);
      if (
        close > 0 &&
        isTitleCased(rest.slice(1, close + 1)) &&
        !presentationWords.test(sentenceAround(text, match.index))
      )
        return true;
      continue;
    }
    const comma = rest.indexOf(', ');
    if (comma > 0 && isTitleCased(rest.slice(0, comma)) && appearsAfterTitle.test(rest.slice(comma + 1, comma + 60)))
      return true;
  }
  return false;
}

/**
 * A block that opens with a paper's title in quotes, closed by its own stop or comma, then nothing, a
 * capitalised word or a journal (“"Radiomics Based on Adapted Diffusion Kurtosis Imaging Helps …."
 * Collaborating with Dr. X were …”, “"Inhibition of the Unfolded Protein Response …," PLOS ONE, …”), as
 * releases set the paper's reference after their text. A quote a speaker gives is followed by “said” or
 * “wrote” and mostly in sentence case; a caption's quoted dish name has no stop of its own.
 */
const openingQuotedTitle = /^\s*["“]([^"”]{15,250})[.,?]["”](?=\s*$|\s+["“]?[\p{Lu}\d])/u;

/** “published in Radiology under the title …”. */
const publishedUnderTitle = /\bpublished (?:online )?in [^.!?]{1,80}? under the title\b/u;

/**
 * A paper's title set directly after the word paper or article, with no comma (“The study described in the
 * article "Effect of Foeniculum vulgare Mill. (fennel) on menopausal symptoms …: a randomized … trial" is one
 * of …”, “Details are documented in the paper "Artemisia annua dried leaf tablets treated malaria …"”): a
 * title opens on a capital, as it is printed, in sentence case or title case. A speaker's words set after
 * the noun run on from the sentence in lower case (“The paper “shows that …,” said Dr. Rogers”), and a
 * speech verb after the closing quote, or a pronoun opening them (“We found …”), marks them as a quote.
 */
const quoteAfterPaperNoun = /\b(?:[Pp]aper|[Aa]rticle) {1,3}["“](?=\p{Lu})/gu;
/** A quoted sentence a writer speaks in (“in the paper "We found that …"”), not a title. */
const speakerOpening = /^(?:I|We|Our|It|This|These|They|There|That|Its)\b/u;
const speechAfterQuote =
  /^\s*(?:,\s*)?(?:\p{Lu}[\p{L}.'’-]*\s){0,3}(?:said|says|wrote|writes|added|adds|noted|notes|told)\b/u;

function titleAfterPaperNoun(text: string): boolean {
  quoteAfterPaperNoun.lastIndex = 0;
  for (let match = quoteAfterPaperNoun.exec(text); match; match = quoteAfterPaperNoun.exec(text)) {
    const open = match.index + match[0].length;
    // The closing quote, found by a string walk: a pattern with a bounded run up to it was too slow for recheck.
    const rest = text.slice(open, open + 252);
    const close = rest.search(/["”]/u);
    if (close < 20) continue;
    const title = rest.slice(0, close);
    const words = title.split(/\s+/u).filter(Boolean).length;
    const after = text.slice(open + close + 1, open + close + 61);
    if (words >= 4 && !speakerOpening.test(title) && !speechAfterQuote.test(after)) return true;
  }
  return false;
}

/**
 * Whether a block names a paper by its title in running text, as JUDGING.md's `citation_present` reads it: a
 * title-cased title after “the paper,” or “the study,” (quoted, or with where it is published), a block opening
 * on a quoted title-cased title, or “published in <journal> under the title …”. An author–year parenthetical
 * (“(Chen, et al., 2017)”) is read by `findTextCitations`.
 */
export function namesPaperInRunningText(text: string): boolean {
  const opening = openingQuotedTitle.exec(text);
  if (opening && isTitleCased(opening[1]!)) return true;
  if (text.includes('under the title') && publishedUnderTitle.test(text)) return true;
  if (/(?:aper|rticle)\s+["“]/u.test(text) && titleAfterPaperNoun(text)) return true;
  return /[,]\s/u.test(text) && titleAfterPublicationNoun(text);
}
