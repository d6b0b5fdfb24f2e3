import type { Block, ProseDocument } from '../prose/types.js';
import { primed } from '../primed.js';

/**
 * Dates an article shows: in its metadata (front matter, HTML meta tags, JSON-LD) or in its prose
 * (“Last reviewed: 3 March 2024”, a press release's dateline “DUBLIN, Dec. 12, 2017”). A date
 * needs a month to count: a year alone (“in 2017, a study…”) dates a study, not the article.
 */
export interface FoundDate {
  /** Milliseconds since the epoch (UTC). */
  time: number;
  text: string;
  /** Offsets in the text given. */
  start: number;
  end: number;
}

/**
 * A month name, capitalised or in capitals: an embargo line or a wire dateline is often set in
 * capitals (“EMBARGOED FOR RELEASE: 11 A.M. (ET), THURSDAY, JULY 20, 2017”) and dates its release.
 * Lower case stays out: “may 2017” is rarer as a date than as a verb before a year.
 */
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?' +
  '|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?';
/** A clock time, with “@” or “at” before it and a time zone after it: “@ 5:00 PM EST”, “at 11 a.m. ET”. */
const releaseTime = String.raw`(?:@ ?|at )?[0-2]?\d(?:[:.][0-5]\d)? ?[AaPp]\.?[Mm]\.?(?: \(?[A-Z]{1,4}\)?)?`;
const datePatterns: RegExp[] = [
  /\b(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b/gu,
  new RegExp(`\\b${month} [0-3]?\\d(?:st|nd|rd|th)?,? (?:19|20)\\d\\d\\b`, 'gu'),
  new RegExp(`\\b[0-3]?\\d(?:st|nd|rd|th)? ${month},? (?:19|20)\\d\\d\\b`, 'gu'),
  new RegExp(`\\b${month} (?:19|20)\\d\\d\\b`, 'gu'),
  // A release time between the day and the year (“Embargoed for August 4 @ 5:00 PM EST, 2015”).
  new RegExp(`\\b${month} [0-3]?\\d(?:st|nd|rd|th)?,? ${releaseTime},? (?:19|20)\\d\\d\\b`, 'gu'),
];

/** What every date pattern holds, found in one cheap scan: most blocks name no year, and the month names are slow to rule out everywhere. */
const yearDigits = primed(/(?:19|20)\d\d/u);

/** Parses a metadata value (ISO, “March 3, 2024”, “3 March 2024”); undefined when it is not a date. */
export function parseDate(value: string): number | undefined {
  const text = value
    .trim()
    .replace(/(\d)(?:st|nd|rd|th)\b/u, '$1')
    .replace(new RegExp(`,? ${releaseTime}(?=,? (?:19|20)\\d\\d)`, 'u'), '')
    .replace(/\b([A-Z][a-z]{2})\./u, '$1');
  // Read dates without a time zone as UTC, so that results do not depend on where the linter runs.
  const iso = /^\d{4}-\d\d-\d\d/u.test(text);
  const time = Date.parse(iso ? (text.length === 10 ? `${text}T00:00:00Z` : text) : `${text} UTC`);
  return Number.isNaN(time) ? undefined : time;
}

/** Every date with a month in a text, in order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  let found: FoundDate[] = [];
  if (!yearDigits.test(text)) return found;
  for (const pattern of datePatterns) {
    // A later pattern's date that overlaps an earlier one's is the same date read again. The earlier
    // dates are in text order and apart from one another, so a binary search finds the one that could
    // overlap: a scan of them all for each match cost a long paragraph of dates the square of its length.
    const earlier = found;
    const added: FoundDate[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsAny(earlier, start, end)) continue;
      const time = parseDate(match[0]);
      if (time !== undefined) added.push({ time, text: match[0], start, end });
    }
    if (added.length > 0) found = [...earlier, ...added].sort((a, b) => a.start - b.start);
  }
  return found;
}

/** Whether [start, end) overlaps one of `dates`, which are in text order and apart from one another. */
function overlapsAny(dates: readonly FoundDate[], start: number, end: number): boolean {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < dates.length && dates[low]!.start < end;
}

/**
 * A date in figures with a four-digit year, month first as in the US (“10/26/2015”) or day first when the
 * first number cannot be a month (“26/10/2015”). Read only at the article's top or bottom, where it dates
 * the article (a release's headline “Heart CT Scans Outperform Stress Tests … - 10/26/2015”); in prose a
 * date in figures is as often a study's or a correction's. A two-digit year (“5/8/15”) is left out: it is
 * a note's shorthand more often than the article's date.
 */
const numericDate = /(?<![\d/.])([0-3]?\d)\/([0-3]?\d)\/((?:19|20)\d\d)(?![\d/])/gu;

/** Every date in figures (`numericDate`) in a text, in order. */
export function findNumericDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!text.includes('/')) return found;
  for (const match of text.matchAll(numericDate)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [monthNumber, day] = first > 12 ? [second, first] : [first, second];
    if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31) continue;
    const time = Date.UTC(Number(match[3]), monthNumber - 1, day);
    found.push({ time, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** How many leading and trailing blocks a visible date line may sit in. */
const edgeBlocks = 3;
/**
 * How many leading blocks a dateline may sit in: a title, a language link, a byline and a
 * reporter line can come before it ("En Español", "By Amy Norton", "HealthDay Reporter").
 */
const datelineBlocks = 8;
/** How far into its block a dateline's date may start (“WEDNESDAY, Sept. 29, 2010”, “10:25 AM PST, November 14, 2010”). */
const datelineReach = 40;

/** A month and day without a year (“Jan. 21”), for datelines that leave the year out. */
const monthDay = new RegExp(`\\b${month} [0-3]?\\d\\b`, 'u');
/**
 * What may come before a dateline's date: place names and weekdays (capitalised), a time and time
 * zone, and labels such as “Published:” or “Last updated”. A lower-case word other than a label
 * means the date sits in a sentence (“On April 9, 2013, James…”, “Published online in …”).
 */
const datelineWord =
  /^(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}|[ap]\.?m\.?|published|updated|posted|reviewed|modified|last|on|at)$/u;
/** What ends a dateline: the block itself, an agency in brackets, a dash or a wire service's slash. */
const datelineEnd = /^\s*(?:$|[(/|—–-])/u;
const datelineLabels = new Set(['published', 'updated', 'posted', 'last', 'reviewed', 'modified']);
const upperWord = /^\p{Lu}[\p{Lu}.'’-]*$/u;

export interface Dateline {
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** Milliseconds since the epoch (UTC); undefined when the dateline gives no year (“MONDAY, Jan. 21 (HealthDay News)”). */
  time?: number;
}

/**
 * The dateline a block opens with, if any: a news agency's “TUESDAY, Jan. 11, 2011 (HealthDay
 * News) --”, a release's “BOSTON, March 3, 2015 /PRNewswire/ --”, a newspaper's date line
 * “10:25 AM PST, November 14, 2010” or “Published: 3 March 2024”. Only the block's first
 * `datelineReach` characters are read. A dateline without a year counts only in the agency form,
 * after a word in capitals and before a bracket, dash or slash.
 */
export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, datelineReach + 24);
  const dated = findDates(head)[0];
  const partial = dated ? undefined : monthDay.exec(head);
  const start = dated?.start ?? partial?.index;
  if (start === undefined || start > datelineReach) return undefined;
  const end = dated?.end ?? start + (partial?.[0].length ?? 0);
  const prefix = text.slice(0, start).trimEnd();
  const words = prefix.split(/[\s,:]+/u).filter(Boolean);
  if (!words.every((word) => datelineWord.test(word))) return undefined;
  // A place or weekday ends in a comma, a label in a colon or is a label (“Last updated”): “On
  // April 9, 2013” and “In June 2016” open sentences.
  const labelled = words.length > 0 && datelineLabels.has((words[0] ?? '').toLowerCase());
  if (prefix && !/[,:]$/u.test(prefix) && !labelled) return undefined;
  if (!datelineEnd.test(text.slice(end))) return undefined;
  if (dated) return { text: dated.text, start, end, time: dated.time };
  if (!words.some((word) => upperWord.test(word) && word.length > 1)) return undefined;
  return { text: text.slice(start, end), start, end };
}

/**
 * Words that may stand before a date in a date line of its own, within its sentence: places,
 * weekdays, codes and a wire's name (capitalised or in figures: “Newswise — HOUSTON – (Nov. 8,
 * 2018)”, “PR144 7 July 2015”), a time, and the labels of a release or a page (“Embargoed for”,
 * “Posted on”, “Correction appended,”). A lower-case word other than these puts the date inside a
 * sentence about something else: “a target date of December 19, 2018”, “diagnosed in November 2016”.
 */
const dateLineWord =
  /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*|[ap]\.?m\.?|published|updated|posted|reviewed|modified|last|on|at|embargoed|for|release|released|appended|corrected|issued|dated)$/u;
/**
 * A last word before a date that makes it the time of an event or a source's date, even at the
 * opening of a sentence: “In January 2014, Medical News Today reported …”, “Since March 2015”,
 * “Accessed March 2012 from …”.
 */
const eventWordBefore =
  /^(?:in|since|from|through|until|till|during|after|before|by|of|to|between|and|than|around|about|accessed|retrieved|cited|viewed)$/iu;
/** Where the sentence holding a date starts: after the last full stop, question or exclamation mark before it. */
const sentenceBreak = /[.!?]\s+/gu;
/** How far back from a date `standsAsDateLine` reads for its sentence's words. */
const dateLineReach = 160;

/**
 * Whether a date found in a block stands as a date line of its own, as a page or a release shows
 * its date (“Newswise — Dec. 7, 2018 —”, “Last updated: 3 March 2024”, a correction's “(Oct. 25,
 * 2016)”): only date-line words (`dateLineWord`) come before it in its sentence, and the last of them
 * is no event word (`eventWordBefore`), nor a lone “On” opening a sentence (“On April 9, 2013, James
 * …”). A date inside a sentence dates something else: a paper, a study period, a patient's diagnosis,
 * a regulator's deadline (missing-date, round 29: 13 undated articles were taken as dated by such a date).
 */
function standsAsDateLine(text: string, date: FoundDate): boolean {
  // Only the last `dateLineReach` characters are read: a date line is short, and reading back to the
  // sentence's start from every date of a long paragraph would cost its length once per date.
  const before = text.slice(Math.max(0, date.start - dateLineReach), date.start);
  let opening = 0;
  for (const match of before.matchAll(sentenceBreak)) opening = match.index + match[0].length;
  const words = before
    .slice(opening)
    .split(/[\s,:;()[\]—–|/@-]+/u)
    .filter(Boolean);
  if (!words.every((word) => dateLineWord.test(word))) return false;
  const last = words.at(-1);
  if (last === undefined) return true;
  if (eventWordBefore.test(last)) return false;
  return !(words.length === 1 && /^on$/iu.test(last));
}

/** The first date standing as a date line (`standsAsDateLine`) of blocks and their dates, reference lists aside. */
function firstDateLine(found: readonly { block: Pick<Block, 'text' | 'role'>; dates: FoundDate[] }[]) {
  for (const { block, dates } of found) {
    if (block.role === 'reference') continue;
    const date = dates.find((date) => standsAsDateLine(block.text, date));
    if (date) return date;
  }
  return undefined;
}

/**
 * The article's own dates: published and modified from its metadata, a date shown at its top or
 * bottom as a date line (`visible`: not a date inside a sentence, nor one in a reference list, which
 * is a cited paper's), and a dateline opening one of its first blocks. `latest` is the newest of
 * them, which is what staleness is measured from; it reads any date with a month at the top or
 * bottom, a date line or not, since an event the article tells of is a floor for when it was written
 * (what hype's history limits need).
 */
export function articleDates(document: Pick<ProseDocument, 'facts' | 'blocks'>): {
  published?: string;
  modified?: string;
  visible?: FoundDate;
  dateline?: Dateline;
  latest?: number;
} {
  const { published, modified } = document.facts.metadata;
  const blocks = document.blocks;
  const edges = [...blocks.slice(0, edgeBlocks), ...blocks.slice(Math.max(edgeBlocks, blocks.length - edgeBlocks))];
  const edgeDates = edges.map((block) => ({ block, dates: findDates(block.text) }));
  // Read only when no written date answers: a date in figures is the last resort of both.
  const firstNumeric = () => edges.flatMap((block) => findNumericDates(block.text))[0];
  const mentioned = edgeDates.find(({ dates }) => dates.length > 0)?.dates[0] ?? firstNumeric();
  // A wire's line that opens one of the first blocks after a title, highlights or a journal's
  // headings (“Newswise — Washington, DC (December 8, 2016) —”, “EMBARGOED FOR RELEASE: 11 A.M.
  // (ET), WEDNESDAY, AUGUST 5, 2015”) dates the release as well as a line at the very top does.
  const openingDates = () =>
    blocks.slice(edgeBlocks, datelineBlocks).map((block) => ({
      block,
      dates: findDates(block.text.slice(0, datelineReach + 64)).filter((date) => date.start <= datelineReach + 24),
    }));
  const visible = firstDateLine(edgeDates) ?? firstDateLine(openingDates()) ?? firstNumeric();
  let dateline: Dateline | undefined;
  for (const block of blocks.slice(0, datelineBlocks)) {
    dateline = findDateline(block.text);
    if (dateline) break;
  }
  const times = [published, modified]
    .map((value) => (value ? parseDate(value) : undefined))
    .concat(mentioned?.time, dateline?.time)
    .filter((time): time is number => time !== undefined);
  return {
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    ...(visible ? { visible } : {}),
    ...(dateline ? { dateline } : {}),
    ...(times.length > 0 ? { latest: Math.max(...times) } : {}),
  };
}

/**
 * A decade named (“in the 1950s”, “in the ’50s and ’60s”). A two-digit decade is read as the
 * 1900s'; “the ’00s” and “’10s” could be either century and are left out.
 */
const decadeMention = /\b(1[89]\d0|20[0-2]0)s\b|(?<![\p{L}\d])['’]([2-9]0)s\b/gu;

/**
 * Whether a text names a decade that ended by `year` (“the ’50s and ’60s” for any year from 1959
 * on), not one that opens a span to now (“since … in the 1980s”): what it tells happened then.
 */
export function namesDecadeBy(text: string, year: number): boolean {
  for (const match of text.matchAll(decadeMention)) {
    // “The most exciting breakthrough since multi-drug therapy … was launched in the 1980s”: a span
    // from then to now.
    if (/\bsince\b/iu.test(text.slice(Math.max(0, match.index - 100), match.index))) continue;
    const start = match[1] !== undefined ? Number(match[1]) : 1900 + Number(match[2]);
    if (start + 9 <= year) return true;
  }
  return false;
}

/**
 * “In the past”, “from the distant past”, not followed by a span that reaches to now (“in the past
 * year”, “in the past few decades”).
 */
const inThePast =
  /\b(?:in|from) the (?:distant )?past\b(?!\s(?:[\p{L}\d-]+\s){0,2}(?:years?|decades?|months?|weeks?|days?|century|centuries)\b)/iu;

/**
 * Whether a text is set in the past (“before groundbreaking work by Dr. John Marshall at UVA in the
 * past, no one knew …”): it tells what came before, not what the article reports.
 */
export function setInThePast(text: string): boolean {
  return inThePast.test(text);
}
