import type { ProseDocument } from '../prose/types.js';

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

const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const datePatterns: RegExp[] = [
  /\b(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b/gu,
  new RegExp(`\\b${month} [0-3]?\\d(?:st|nd|rd|th)?,? (?:19|20)\\d\\d\\b`, 'gu'),
  new RegExp(`\\b[0-3]?\\d(?:st|nd|rd|th)? ${month},? (?:19|20)\\d\\d\\b`, 'gu'),
  new RegExp(`\\b${month} (?:19|20)\\d\\d\\b`, 'gu'),
];

/** Parses a metadata value (ISO, “March 3, 2024”, “3 March 2024”); undefined when it is not a date. */
export function parseDate(value: string): number | undefined {
  const text = value
    .trim()
    .replace(/(\d)(?:st|nd|rd|th)\b/u, '$1')
    .replace(/\b([A-Z][a-z]{2})\./u, '$1');
  // Read dates without a time zone as UTC, so that results do not depend on where the linter runs.
  const iso = /^\d{4}-\d\d-\d\d/u.test(text);
  const time = Date.parse(iso ? (text.length === 10 ? `${text}T00:00:00Z` : text) : `${text} UTC`);
  return Number.isNaN(time) ? undefined : time;
}

/** Every date with a month in a text, in order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of datePatterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((date) => start < date.end && end > date.start)) continue;
      const time = parseDate(match[0]);
      if (time !== undefined) found.push({ time, text: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How many leading and trailing blocks a visible date line may sit in. */
const edgeBlocks = 3;

/**
 * The article's own dates: published and modified from its metadata, and a date shown at its top
 * or bottom. `latest` is the newest of them, which is what staleness is measured from.
 */
export function articleDates(document: Pick<ProseDocument, 'facts' | 'blocks'>): {
  published?: string;
  modified?: string;
  visible?: FoundDate;
  latest?: number;
} {
  const { published, modified } = document.facts.metadata;
  const blocks = document.blocks;
  const edges = [...blocks.slice(0, edgeBlocks), ...blocks.slice(Math.max(edgeBlocks, blocks.length - edgeBlocks))];
  const visible = edges.flatMap((block) => findDates(block.text))[0];
  const times = [published, modified]
    .map((value) => (value ? parseDate(value) : undefined))
    .concat(visible?.time)
    .filter((time): time is number => time !== undefined);
  return {
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    ...(visible ? { visible } : {}),
    ...(times.length > 0 ? { latest: Math.max(...times) } : {}),
  };
}
