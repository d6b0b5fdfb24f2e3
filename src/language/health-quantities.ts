import { memoize } from '../memo.js';
import { lexicon } from './health-quantities.generated.js';
import { holdsAnyWholeWord } from './literals.js';

/**
 * Whether a figure is a claim about people's health, read from what it counts (RULES.md,
 * unsupported-statistic, “must flag”: prevalence, incidence, a rate, a risk, a response, a share of
 * people). This is positive evidence the rule asks for, not a list of what to excuse: a figure
 * whose sentence names no people, no health event and no risk, rate or burden (“sells 17,000
 * implants a year”, “availability of over 98%”) counts something else, and a share whose own noun
 * is a thing (“half of the brain”, “half the dairy recommended”, “96 percent of the units”) counts
 * that thing, whatever else its sentence is about.
 */

type Kind = 'counted' | 'share' | 'measure';

function wordsOf(...kinds: Kind[]): string[] {
  return lexicon.filter((entry) => (kinds as string[]).includes(entry.kind)).flatMap((entry) => [...entry.match]);
}

/** What a share may count (“of adults”, “of the time”). */
const isShareNoun = holdsAnyWholeWord(wordsOf('counted', 'share'));
/** Words anywhere in a sentence that make its figure one about people's health. */
const namesHealth = holdsAnyWholeWord(wordsOf('counted', 'measure'));
/** “30% of NSCLCs”: an initialism in the plural counts cases of a condition. */
const initialismPlural = /(?<![\p{L}\p{N}])\p{Lu}{2,}s(?![\p{L}\p{N}])/u;

/**
 * The noun phrase a share counts: the words after “of” (“30% of all adults”, “half of the 68,000
 * Americans who …”), or after a fraction's own “the” (“half the dairy”), up to five words and no
 * further than the phrase goes.
 */
const afterOf = /^\s?of\s([\p{L}\p{N}’'.,-]+(?:\s[\p{L}\p{N}’'.,-]+){0,4})/u;
const afterOwnDeterminer = /^\s?([\p{L}\p{N}’'.,-]+(?:\s[\p{L}\p{N}’'.,-]+){0,4})/u;
const determinerEnd = /\sthe$/iu;
const phraseEnd = /[;:!?()“”"—]/u;
/** Where a noun phrase gives way to what qualifies it (“the fibre advised for older adults”, “the 68,000 Americans who …”). */
const qualifierStart =
  /\s(?:for|that|who|which|whose|in|with|by|from|at|on|to|than|as|like|into|during|after|before)\s/iu;

/** “Half of us”, “66% of you”: people (in lower case: “US” is a country). */
const firstPerson = /^(?:us|you)(?![\p{L}\p{N}])/u;

/** The words a share counts, or undefined when the figure is not followed by what it is a share of. */
function sharedPhrase(text: string, figure: { start: number; end: number }): string | undefined {
  let after = text.slice(figure.end, figure.end + 80);
  const stop = after.search(phraseEnd);
  if (stop >= 0) after = after.slice(0, stop);
  const match = determinerEnd.test(text.slice(figure.start, figure.end))
    ? afterOwnDeterminer.exec(after)
    : afterOf.exec(after);
  const phrase = match?.[1];
  if (phrase === undefined) return undefined;
  const qualifier = ` ${phrase} `.search(qualifierStart);
  return qualifier > 0 ? phrase.slice(0, qualifier - 1) : phrase;
}

/** “1 in 8”, “one out of every 10”, “12.3 per 100,000”: a frequency is a rate by its form. */
const frequencyForm = /\s(?:in|out of|of every|in every|per)\s/iu;

const sentenceNamesHealth = memoize((text: string): boolean => namesHealth(text), 5_000);

/** Whether a figure in a text counts people, what happens to them, or a risk or rate (see above). */
export function countsHealthQuantity(text: string, figure: { start: number; end: number }): boolean {
  const shared = sharedPhrase(text, figure);
  if (shared !== undefined) return isShareNoun(shared) || initialismPlural.test(shared) || firstPerson.test(shared);
  if (frequencyForm.test(text.slice(figure.start, figure.end))) return true;
  return sentenceNamesHealth(text);
}
