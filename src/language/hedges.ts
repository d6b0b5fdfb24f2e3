import { memoize } from '../memo.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './hedges.generated.js';

/**
 * Hedge detection: wording that honestly limits a claim (RULES.md, “A hedge is …”). The cues are
 * data in `hedges.yml`; this module finds them and answers the two questions the rules ask.
 */
export type HedgeKind = 'speculation' | 'limited-evidence' | 'association';

export interface HedgeCue {
  /** The lexicon entry's stable id, such as `modal-may`. */
  id: string;
  kind: HedgeKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);

/**
 * Every hedge cue in a text (a sentence, or a block's text), in order. Kept per text (do not
 * change what it returns): the efficacy and causal checks ask about the same sentences.
 */
export const findHedges: (text: string) => readonly HedgeCue[] = memoize(findHedgesIn, 5_000);

function findHedgesIn(text: string): readonly HedgeCue[] {
  const cues: HedgeCue[] = [];
  for (const found of matcher.matchAll(text)) {
    if (found.entry.id === 'modal-may' && isMonthMay(text, found.start, found.end)) continue;
    cues.push({
      id: found.entry.id,
      kind: found.entry.kind as HedgeKind,
      start: found.start,
      end: found.end,
      text: found.text,
    });
  }
  return cues;
}

/**
 * Whether the text states something as uncertain (speculation cues only): the sense of
 * BioScope's “uncertain” sentences, used to measure this module against that corpus.
 */
export function isSpeculative(text: string): boolean {
  return findHedges(text).some((cue) => cue.kind === 'speculation');
}

/**
 * Whether a claim in this text is hedged in any of the ways RULES.md accepts: speculation,
 * narrow or early evidence, or association wording. Pass `before` to count only cues that
 * start before that offset (a hedge after the claim, in another clause, rarely limits it).
 */
export function isHedged(text: string, options: { before?: number } = {}): boolean {
  const limit = options.before ?? Number.POSITIVE_INFINITY;
  return findHedges(text).some((cue) => cue.start < limit);
}

/** “May” the month: capitalised inside a sentence, or followed by a day or a year. */
function isMonthMay(text: string, start: number, end: number): boolean {
  if (/^\s*\d/.test(text.slice(end, end + 3))) return true;
  if (text[start] !== 'M') return false;
  const before = text.slice(Math.max(0, start - 3), start);
  const sentenceStart = start === 0 || /(?:^|[.!?]["'’”)]?)\s+$|^["'‘“(]$/.test(before);
  return !sentenceStart && !isTitleCaseModal(text, start, end);
}

/** Words after which a capitalised “May” is the month even in a title (“Published In May Shows”). */
const monthBefore =
  /(?:^|\s)(?:In|Since|By|Until|Of|Last|Next|Early|Late|Mid|During|Through|From|To|On|Before|After)\s+$/u;

/**
 * “A Diet High In Fiber May Help Protect …”: in a headline in title case the modal is capitalised
 * like the words either side of it.
 */
function isTitleCaseModal(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    /(?:^|[^\p{L}'’-])\p{Lu}[\p{L}'’-]*\s+$/u.test(before) &&
    !monthBefore.test(before) &&
    /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4))
  );
}
