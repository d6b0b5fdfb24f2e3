import { memoize } from '../memo.js';
import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';
import { lexicon as unitLexicon } from './statistics.generated.js';
import { primed } from '../primed.js';

/**
 * Numbers in health prose, and which of them are statistics. A statistic says how often or how
 * much better (“38% of patients”, “1 in 5”, “twice as likely”, “halves the risk”, “OR 1.4”); a
 * dose, date, year, age, duration, price, measurement or list number does not, and neither does
 * a plain count (“10 criteria”). RULES.md, unsupported-statistic.
 */
export type StatisticKind =
  'percentage' | 'natural-frequency' | 'multiplier' | 'ratio-measure' | 'fraction' | 'p-value';

export interface Statistic {
  kind: StatisticKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
  /**
   * Whether the figure is a relative effect (“50% lower risk”, “twice as likely”, “halves”,
   * “OR 1.4”) rather than an absolute one (“38% of patients”, “1 in 5”).
   */
  relative: boolean;
}

export type NumberKind =
  | 'statistic'
  | 'year'
  | 'date'
  | 'dose'
  | 'duration'
  | 'age'
  | 'money'
  | 'measurement'
  | 'list-number'
  | 'ordinal'
  | 'count';

export interface NumberMention {
  kind: NumberKind;
  start: number;
  end: number;
  text: string;
}

// Building blocks. Each is a flat alternation or a bounded repeat, so nothing backtracks badly.
// One unambiguous way to read “1,000.5”: digit runs joined by single separators.
// Bounded groups: `(?:[.,]\d+)*` rescanned "1,2,3,…" from every number, quadratic in a long list.
const digits = String.raw`\d+(?:[.,]\d+){0,6}|\.\d+`;
const smallWord =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|one hundred|a thousand|one thousand|a million';
const quantity = `(?:${digits}|${smallWord})`;
const range = String.raw`(?:\s?(?:-|–|to)\s?(?:${digits}))?`;
const percentSign = String.raw`\s?(?:%|per ?cent\b|percentage points?\b)`;
const relativeAfter = String.raw`\s+(?:lower|higher|more|less|fewer|greater|increased?|decreased?|reduc\w*|drop|rise|jump|improvement|increase|decline|slower|faster|better|worse|likelier|risk reduction)\b`;
const relativeBefore = String.raw`\b(?:by|cut|cuts|cutting|reduced?|reduces|lowered|lowers|raised?|raises|increased?|increases|boosts?|boosted|slashe[sd]|slash)\s+(?:the\s+\w+\s+|\w+\s+risk\s+by\s+|by\s+)?(?:up to |about |around |nearly |almost |over |more than )?$`;

const multiplierWords = holdsAnyOf(['twice', 'half', 'times', 'fold']);
const multiplierVerbs = holdsAnyOf(['doubl', 'halv', 'tripl', 'quadrupl']);
const ratioWords = holdsAnyOf(['ratio', 'relative risk', 'OR', 'HR', 'RR']);
/** What a natural frequency in words (“one in five”) holds: its second term right after its connective's last word. */
const frequencyInWords = holdsAnyOf(
  ['in', 'of', 'every'].flatMap((last) =>
    [...smallWord.split('|'), 'a hundred', 'a thousand'].map((term) => `${last} ${term}`),
  ),
);
const fractionWords = holdsAnyOf(['half', 'third', 'quarter', 'fifth', 'tenth', 'nine out of ten']);

/**
 * Each pattern with a test of what a text must contain for it to match (`lower` is the text in
 * lower case): most sentences hold no number, and running eight patterns over each of them was
 * most of this module's cost. The tests are necessary conditions, so they never change a result.
 */
const statisticPatterns: {
  kind: StatisticKind;
  pattern: RegExp;
  relative?: boolean;
  mayMatch?: (text: string, lower: string, digit: boolean) => boolean;
}[] = [
  {
    kind: 'percentage',
    pattern: new RegExp(`(?<![\\w.])(?:${digits})${range}${percentSign}`, 'giu'),
    mayMatch: (text, lower, digit) => digit && (text.includes('%') || lower.includes('per')),
  },
  {
    kind: 'natural-frequency',
    pattern: new RegExp(
      `\\b${quantity} (?:in|out of|of every|in every) (?:${digits}|${smallWord}|a hundred|a thousand)\\b(?! (?:years?|days?|weeks?|months?)\\b)`,
      'giu',
    ),
    // Without a digit, both terms are words, and the second follows “in”, “of” or “every”.
    mayMatch: (_text, lower, digit) => digit || frequencyInWords(lower),
  },
  {
    kind: 'natural-frequency',
    pattern: new RegExp(`\\b(?:${digits}) (?:\\p{L}+ )?per (?:100|1,?000|10,?000|100,?000|million|thousand)\\b`, 'giu'),
    mayMatch: (_text, lower, digit) => digit && lower.includes('per '),
  },
  {
    kind: 'multiplier',
    relative: true,
    pattern: new RegExp(
      `\\b(?:twice|half|(?:${quantity}|several|many)(?: and a half)?[- ]times|(?:${quantity})-fold)(?: (?:as|more|less|higher|lower|greater|likelier|likely|faster|slower|the))\\b`,
      'giu',
    ),
    mayMatch: (_text, lower) => multiplierWords(lower),
  },
  {
    kind: 'multiplier',
    relative: true,
    // Verb forms only: “double-blind” and “triple therapy” are not findings.
    pattern: /\b(?:doubl(?:es|ed|ing)|halv(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing))\b/giu,
    mayMatch: (_text, lower) => multiplierVerbs(lower),
  },
  {
    kind: 'ratio-measure',
    relative: true,
    pattern: new RegExp(
      // A bare abbreviation needs its number: “Patel RR” in an author list is initials.
      `\\b(?:(?:(?:adjusted )?(?:odds|hazard|risk|rate|incidence rate) ratios?|relative risks?)\\b(?:\\s?(?:=|:|,|of|was|was about)?\\s?(?:${digits}))?|a?(?:OR|HR|RR|IRR)\\b\\s?(?:=|:|,|of|was|was about)?\\s?(?:${digits}))`,
      'gu',
    ),
    // Case-sensitive, as the pattern is.
    mayMatch: (text) => ratioWords(text),
  },
  {
    kind: 'fraction',
    pattern:
      /\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|two[- ]fifths|a tenth|one[- ]tenth|nine out of ten)(?= of (?:all |the |those |these |them|us|people|patients|adults|children|women|men|participants|cases|\w+ (?:patients|people|adults|users)))/giu,
    mayMatch: (_text, lower) => fractionWords(lower),
  },
  {
    kind: 'p-value',
    pattern: /\b[Pp]\s?[<=>≤≥]\s?0?\.\d+/gu,
    mayMatch: (text, _lower, digit) => digit && /[<=>≤≥]/.test(text),
  },
];

function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

// Ages first: “65 years old” is an age before “years” makes it a duration.
const unitPatterns = [...unitLexicon]
  .sort((a, b) => Number(b.kind === 'age') - Number(a.kind === 'age'))
  .map((entry) => ({
    kind: entry.kind as NumberKind,
    pattern: new RegExp(
      `^\\s?(?:${[...entry.match]
        .sort((a, b) => b.length - a.length)
        .map(unitSource)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  }));

function unitSource(phrase: string): string {
  const wildcard = phrase.endsWith('*');
  const literal = (wildcard ? phrase.slice(0, -1) : phrase)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[\\s-]');
  return wildcard ? `${literal}\\p{L}*` : literal;
}

export interface FindStatisticsOptions {
  /** Ranges to skip, such as citations (“[12]”, “(Smith, 2020)”) whose numbers are not findings. */
  exclude?: readonly { start: number; end: number }[];
}

/** Every statistic in a text, in order, without overlaps (the longest wins). */
export function findStatistics(text: string, options: FindStatisticsOptions = {}): Statistic[] {
  const all = statisticsByText(text);
  const excluded = options.exclude ?? [];
  if (excluded.length === 0) return [...all];
  return all.filter((statistic) =>
    excluded.every((range) => statistic.end <= range.start || statistic.start >= range.end),
  );
}

/** Several rules ask about the same sentences and blocks: answers are kept per text. */
const statisticsByText = memoize((text: string): readonly Statistic[] => findAllStatistics(text), 5_000);

function findAllStatistics(text: string): Statistic[] {
  const found: Statistic[] = [];
  const lower = lowerCaseForLiteralTests(text);
  // Asked once: three patterns and the p-value need a digit, and most sentences hold none.
  const digit = lower === undefined || hasDigit(text);
  for (const { kind, pattern, relative, mayMatch } of statisticPatterns) {
    if (mayMatch && lower !== undefined && !mayMatch(text, lower, digit)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (kind === 'percentage' && !isFindingPercentage(text, start, end)) continue;
      // “1 in 2018” and “searched in August 2017 in three databases”: a year is never a frequency's term.
      if (
        kind === 'natural-frequency' &&
        (isYear(match[0].split(/\s/).pop() ?? '') || isYear(match[0].split(/\s/)[0] ?? ''))
      )
        continue;
      found.push({
        kind,
        start,
        end,
        text: match[0],
        relative: relative ?? (kind === 'percentage' && isRelativePercentage(text, start, end)),
      });
    }
  }
  return removeOverlaps(found);
}

/**
 * A percentage whose number is written in words (“Ninety-four percent of patients”, “about seven
 * per cent of men”): style guides spell out a number that opens a sentence, and some writers every
 * number under ten, so the words carry the same figure the digits would. Tens with an optional unit,
 * a teen or a unit, and “a hundred”: a flat alternation, with one separator between tens and unit.
 */
const spelledTens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const spelledUnits = 'one|two|three|four|five|six|seven|eight|nine';
const spelledTeens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A number from one to ninety-nine in words (“seven”, “seventeen”, “ninety-four”), as an alternation to put in a group. */
export const spelledNumberBelowHundred = `(?:${spelledTens})(?:[- ](?:${spelledUnits}))?|${spelledTeens}|${spelledUnits}`;
const spelledPercentage = new RegExp(
  `(?<![\\p{L}-])(?:${spelledNumberBelowHundred}|(?:a|one) hundred)\\s(?:percent|per cent|percentage points?)\\b`,
  'giu',
);

/**
 * Every percentage written in words in a text (see `spelledPercentage`), as `findStatistics` finds
 * those written in digits, skipping the `exclude` ranges. Only `unsupported-statistic` asks: the
 * rules that share `findStatistics` keep reading digits alone.
 */
export function findSpelledPercentages(text: string, options: FindStatisticsOptions = {}): Statistic[] {
  const lower = text.toLowerCase();
  if (!lower.includes('percent') && !lower.includes('per cent')) return [];
  const excluded = options.exclude ?? [];
  const found: Statistic[] = [];
  spelledPercentage.lastIndex = 0;
  for (let match = spelledPercentage.exec(text); match; match = spelledPercentage.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!excluded.every((range) => end <= range.start || start >= range.end)) continue;
    if (!isFindingPercentage(text, start, end)) continue;
    // “A hundred percent sure”: whole, not a share, unless it is one of something (“in a hundred percent of cases”).
    if (/hundred/iu.test(match[0]) && !/^\s+of\b/u.test(text.slice(end, end + 8))) continue;
    found.push({ kind: 'percentage', start, end, text: match[0], relative: isRelativePercentage(text, start, end) });
  }
  return found;
}

/**
 * Where one statement of a sentence ends and the next begins: a semicolon, or a comma before a
 * coordinating conjunction (“… each year, and an estimated 2.5 million Americans …”). A bare “and”
 * joins the parts of one statement (“12 percent of men and 7 percent of women”).
 */
const statementBreak = /;|,\s(?:and|but|while|whereas|yet)\s/iu;

/**
 * The first of the given figures (in order of position) in each statement of a sentence: a figure
 * is kept when a statement break (see `statementBreak`) lies between it and the figure kept before.
 */
export function leadingFigureOfEachClause<Figure extends { start: number; end: number }>(
  text: string,
  figures: readonly Figure[],
): Figure[] {
  const kept: Figure[] = [];
  for (const figure of figures) {
    const last = kept.at(-1);
    if (!last || (figure.start >= last.end && statementBreak.test(text.slice(last.end, figure.start))))
      kept.push(figure);
  }
  return kept;
}

/** “100% natural” and “1% hydrocortisone cream” are not findings; “100% of patients” is. */
function isFindingPercentage(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // “2% drops” is eye drops' strength, but “a 10% drop in deaths” is a change: the dose unit `drop` is a change word too.
  if (
    !relativeAfterPattern.test(after) &&
    unitPatterns.some(({ kind, pattern }) => kind === 'dose' && pattern.test(after))
  )
    return false;
  if (/^100(?:\.0+)?\s?(?:%|per)/.test(text.slice(start, end)) && !/^\s+of\b/.test(after)) return false;
  // “95% CI”, “a 95 percent confidence interval”: a confidence level, not a finding.
  if (namesIntervalAfter(after)) return false;
  return true;
}

/** “CI”, “confidence interval”: what makes the percentage before it a confidence level. */
const intervalAfter = /^[\s-]?(?:CI\b|CrI\b|UI\b|confidence|credible|uncertainty interval)/iu;

/**
 * Whether the text right after a percentage names an interval (“95% CI”, “95%” / “Confidence
 * Interval)”), so that the percentage is a confidence level. Callers pass the text that follows the
 * figure in its paragraph, or across a break where a table's heading was split.
 */
export function namesIntervalAfter(after: string): boolean {
  return intervalAfter.test(after);
}

const relativeAfterPattern = new RegExp(`^${relativeAfter}`, 'iu');
const relativeBeforePattern = new RegExp(relativeBefore, 'iu');

function isRelativePercentage(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 40), start);
  return relativeAfterPattern.test(after) || relativeBeforePattern.test(before);
}

/**
 * “A 10 percent or greater risk”, “(> 1%)”: a cut-off someone sets, not a figure someone found.
 * Followed by “of” it is a share again (“30% or more of patients”, “> 5% of users”).
 */
const thresholdAfter = /^\s?(?:or|and) (?:greater|higher|more|above|over|less|lower|below|under)\b/iu;
const thresholdBefore = /[<>≤≥]\s?$/u;
/**
 * “2,120 women with less than a 15 percent lifetime risk”, “patients with at least a 20% chance”:
 * a cut-off that says who is meant (a study's inclusion criterion, a guideline's threshold), told
 * with “with” and a comparison before the figure's own “a”.
 */
const criterionBefore =
  /\bwith\s(?:(?:less|more|greater|lower|higher)\sthan|at\sleast|at\smost|under|over|above|below)\san?\s$/iu;
/**
 * “A patient who … has a 50% risk of dying within a year is a good candidate for the device”: one
 * person's risk in a sentence that says who is a candidate for a treatment is the criterion, not a
 * figure about the world (“1,200 Americans are candidates” counts people and is not read here).
 */
const individualRiskBefore = /\b(?:has|have|had|with|carries|faces)\san?\s$/iu;
const candidacy =
  /\b(?:is|be|are)\s(?:an?\s)?(?:(?:good|ideal|suitable|prime|likely)\s)?candidates?\sfor\b|\bqualif(?:y|ies)\sfor\b|\bis\seligible\sfor\b/iu;
const shareAfter = /^\s?(?:(?:or|and) \w+ )?of\b/iu;

/**
 * “Every 10 percent drop in A1c reduces complications by a third”, “for each 5% rise in price”:
 * the step of a dose-response, a unit of change rather than a figure found. The finding is the
 * figure the step is said to bring.
 */
const stepBefore = /\b(?:every|each)\s$/iu;
const stepAfter =
  /^\s(?:increase|increment|rise|drop|fall|reduction|decrease|decline|gain|loss|change|cut|improvement)\b/iu;

/**
 * “A drop of 1 percent in A1C levels can reduce the risk of complications”: a change that opens the
 * sentence as the subject of what it can bring is a step, as “every 10 percent drop” is; the
 * finding is the effect the sentence gives it (round 25).
 */
const changeAsSubject =
  /^(?:An?|Any|Each|Every)\s(?:[\p{L}-]+\s)?(?:drop|fall|rise|increase|reduction|decrease|decline|gain|loss|change|cut|improvement)\sof\s(?:(?:about|around|roughly|just|only|as little as)\s)?$/iu;
const bringsEffectAfter =
  /^[^,;.!?]{0,60}?\b(?:can|could|may|might|would|will)\s(?:\p{L}+\s)?(?:reduce|cut|lower|raise|increase|improve|decrease|halve|double|prevent|mean|translate)/iu;

/**
 * “People with type 1 diabetes are advised to maintain A1C levels below 7 percent”, “keep your
 * blood pressure under 130”: a level to be kept or reached, a target someone sets rather than a
 * figure someone found (round 25). Read as a verb of keeping or reaching, a few words naming the
 * measure, then the bound right before the figure.
 */
const targetLevelBefore =
  /\b(?:maintain|maintaining|keep|keeping|kept|stay|staying|get|getting|bring|bringing|lower|lowering|reduce|reducing|aim|aiming)\s(?:[\p{L}\d-]+\s){0,4}?(?:below|under|above|at or below|less than|no more than|no higher than|at most)\s(?:about\s|around\s)?$/iu;
/**
 * “Aspirin has net benefits when the absolute 10-year risk … is greater than 10 percent”: a bound
 * that is the predicate of a “when” clause is the cut-off that says when something holds, not a
 * figure found (“if” and “unless” clauses are read as conditions in `isNotAHealthFigure`). A
 * figure that only follows such a clause (“where data is available … more than 2 million
 * procedures”) is the clause's subject, and is not read here.
 */
const cutOffInClauseBefore =
  /\b(?:when|whenever|once|where)\s[^,;.!?]{0,80}?\b(?:(?:is|are|was|were|be|gets?|rises?|falls?|drops?)\s(?:(?:greater|more|higher|less|lower)\sthan|above|below|over|under)|exceeds?|exceeding|reaches|reaching)\s$/iu;

/** Whether a statistic in a text is a threshold, a criterion, a target or a step rather than a finding. */
export function isThreshold(text: string, statistic: { start: number; end: number }): boolean {
  const after = text.slice(statistic.end, statistic.end + 24);
  if (shareAfter.test(after)) return false;
  const before = text.slice(Math.max(0, statistic.start - 8), statistic.start);
  const longBefore = text.slice(Math.max(0, statistic.start - 30), statistic.start);
  const clauseBefore = text.slice(Math.max(0, statistic.start - 100), statistic.start);
  return (
    criterionBefore.test(longBefore) ||
    (individualRiskBefore.test(longBefore) && candidacy.test(text)) ||
    thresholdAfter.test(after) ||
    thresholdBefore.test(before.slice(-2)) ||
    (stepBefore.test(before) && stepAfter.test(after)) ||
    (changeAsSubject.test(text.slice(0, statistic.start)) &&
      bringsEffectAfter.test(text.slice(statistic.end, statistic.end + 80))) ||
    targetLevelBefore.test(clauseBefore) ||
    cutOffInClauseBefore.test(clauseBefore)
  );
}

/**
 * “In a population of 1000 children with a GAS prevalence of 30%, 43 … will be missed”: the
 * prevalence a worked example assumes in order to turn a test's accuracy into counts (round 19).
 * It is set by the writer, as a cut-off is, not a figure anyone found; the counts that follow are
 * the example's result. Read as: a group of so many people just before, then “with a
 * (…) prevalence / risk / pre-test probability of” right before the figure.
 */
const workedExampleBefore =
  /\b(?:in|of|for|among) (?:a )?(?:hypothetical |theoretical |typical |notional )?(?:population|group|cohort|sample) of (?:\d{1,3}(?:,\d{3})+|\d+|one (?:hundred|thousand)|a (?:hundred|thousand)) (?:[\p{L}-]+ ){0,3}?with an? (?:[\p{L}-]+ ){0,2}?(?:prevalence|risk|incidence|pre-?test probability|rate) of\s?$/iu;
/**
 * “The NNT for at least 50% pain relief”, “achieving at least 30% improvement”, “unlikely to see at
 * least a 30 percent increase in growth”: the size of change that defines an outcome (a responder
 * threshold, an eligibility bar), not a result; a change in a risk or a death rate (“at least a 30
 * percent increase in risk”) is a finding however it is bounded; “reduced pain by at least 50%” is
 * a result, and “at least 50% of patients” a share.
 */
const outcomeThresholdBefore = /(?<!\bby\s)\b(?:at least|more than|greater than|over|≥)\s?(?:an?\s)?$/iu;
const outcomeThresholdAfter =
  /^\s?(?:(?:[\p{L}-]+\s)?(?:pain relief|relief|improvement|reduction|decrease|increase|response|weight loss)\b)(?!\s(?:of|in (?:the|their) (?:number|share|proportion)|in (?:the )?(?:risk|odds|rate|deaths?|mortality|incidence)\b))/iu;

/** Whether a percentage is set, not found: a worked example's assumed prevalence, or a responder threshold defining an outcome (round 19). */
export function isAssumedOrOutcomeThreshold(text: string, statistic: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, statistic.start - 160), statistic.start);
  const after = text.slice(statistic.end, statistic.end + 40);
  return workedExampleBefore.test(before) || (outcomeThresholdBefore.test(before) && outcomeThresholdAfter.test(after));
}

/**
 * A count of thousands or millions (“480,000”, “2.5 million”, “one million”): large enough to be a
 * population's, not a study's (a study of “1,100 people” is a sample size, read by its context).
 */
const largeCount =
  /(?<![\p{L}\p{N}.,$£€])(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,3}(?:\.\d{1,2})? (?:million|billion)|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|several) (?:million|billion))(?![\p{N},])/giu;
/**
 * Units and things that make a count no tally of people or events: money, time, distance, cells,
 * an organisation's size (“more than 75,000 Associates worldwide”, “2,000 stores”), its audience
 * or backers (“more than 3,000 crowdfunders from around the world”, “a million viewers”) and how
 * much it does (“more than 1,500 sessions per year”): none of these counts people's health.
 */
const notPeopleAfter =
  /^\s(?:(?:[\p{L}.-]+\s)?(?:dollars|pounds|euros|years?|months?|days|hours|minutes|steps|calories|words|miles|kilometres|kilometers|genes|cells|molecules|doses|pills|tablets|images|samples|records|pages|downloads|views|times|square|acres|tons|tonnes|employees|associates|staff|members|customers|subscribers|crowdfunders|backers|investors|supporters|followers|fans|viewers|readers|listeners|visitors|signatures|signatories|attendees|sessions|stores|shops|outlets|offices|branches|locations|sites|pharmacies|hospitals|clinics|countries)\b|per\b|to\b|-)/iu;
/**
 * “A 2,000-patient trial”, “a 10,000-person cohort”, “a 1,000-bed hospital”: a count joined by a
 * hyphen to the noun after it is a modifier that sizes a trial, a cohort or a building (a sample
 * size, JUDGING.md `not_a_statistic`), never a population's count.
 */
const fusedModifierAfter = /^-\p{L}+\s\p{L}/u;
/** Where a count is a country's or the world's, per year: the frame of a background figure. */
const populationFrame =
  /\b(?:each|every|a|per) year\b|\bannually\b|\bworldwide\b|\baround the world\b|\bnationwide\b|\ban estimated\b|\b(?:Americans?|Britons?|Canadians?|Australians?|Europeans?)\b|\b[Ii]n (?:the )?(?:U\.?S\.?|United States|America|Britain|U\.?K\.?|England|Canada|Australia|Europe|the country|the world)\b/u;
/**
 * “A study of 44,000 women”, “enrolled 18,000 patients”: a sample, not a population; “a programme
 * that covers 100 million Americans”, “serves 2 million members”, “expected to treat about 2,000
 * patients a year”: the size of an organisation or a caseload.
 */
const sampleBefore =
  /\b(?:of|among|involving|including|enrolled|enrolling|surveyed|studied|recruited|followed|tracked|analy[sz]ed|analy[sz]ing|from|with|data on|covers|covering|covered|serves|serving|insures|insuring|employs|reaches|treats?|treating|tends|tending|sees|seeing|cares? for|caring for)\s(?:more than |over |nearly |almost |about |around |some |roughly |up to )?$/iu;

/** “A major study of brain-injury biomarkers in more than 1,000 human patients”: the people a study takes in. */
const studySampleBefore =
  /\b(?:study|trial|survey|studies|trials)\b[^.;:]{0,60}\s(?:in|of|with|among)\s(?:more than |over |nearly |almost |about |around |some |roughly )?$/iu;

/**
 * Population counts (“480,000 premature deaths each year”, “an estimated 2.5 million Americans”,
 * “In Britain, around 35,000 men are diagnosed”): a background figure as much as a percentage is,
 * and as much in need of a source (JUDGING.md, unsupported-statistic). A count is one when it is
 * in the thousands or millions, counts people or events rather than money, time or cells, and its
 * sentence frames it as a country's, the world's or a year's; not when it is a study's sample.
 */
export function findPopulationCounts(text: string): Statistic[] {
  if (!/\d,\d{3}|million|billion/iu.test(text) || !populationFrame.test(text)) return [];
  const found: Statistic[] = [];
  largeCount.lastIndex = 0;
  for (let match = largeCount.exec(text); match; match = largeCount.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (notPeopleAfter.test(text.slice(end, end + 30))) continue;
    // “A 2,000-patient trial”, “a 1,000-bed hospital”: a count fused into a modifier sizes the thing it modifies.
    if (fusedModifierAfter.test(text.slice(end, end + 30))) continue;
    if (sampleBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (studySampleBefore.test(text.slice(Math.max(0, start - 100), start))) continue;
    if (isYear(match[0])) continue;
    found.push({ kind: 'natural-frequency', start, end, text: match[0], relative: false });
  }
  return found;
}

/**
 * “10 percent protein, 56 percent fat”, “about 20% of calories from fat”, “30% of their daily
 * energy as protein”: what a food or a diet is made of.
 */
const compositionAfter =
  /^\s(?:protein|fat|saturated fat|carbohydrates?|carbs|sugars?|fib(?:re|er)|alcohol|water|cocoa|calories|juice|sodium|salt|of (?:(?:their|your|her|his|the|daily|total)\s){0,2}(?:calories|energy|energy intake|calorie intake|kilojoules)\b)\b/iu;
/**
 * “Vitamin B-6 at 2,500 percent of your daily value”, “100% of the RDA”, “50% DV”: a dose told as a
 * share of a recommended intake, not a figure about people.
 */
const dailyValueAfter =
  /^\s(?:of\s(?:(?:the|your|their|his|her|a|an|its)\s)?(?:(?:recommended|suggested|adult)\s)?(?:daily|dietary|reference)\s(?:values?|intakes?|allowances?|requirements?|amounts?)\b|of\s(?:the\s|your\s)?(?:RDA|RDI|DV|RNI|DRI)\b|DV\b)/u;
/**
 * “Red wine contains seven times more phenolic compounds”, “contains about 20% fat”: what a food or
 * product contains, its make-up rather than a figure about people.
 */
const containsBefore =
  /\bcontain(?:s|ed|ing)?\s(?:(?:about|around|roughly|nearly|almost|up to|only|just|over|more than|less than)\s)?$/iu;
/**
 * “A 12 percent royalty on sales”, “a 55 percent discount”, “10% to 20% humidity”: a percentage
 * naming a rate of money or a measure of a thing, not of people.
 */
const moneyOrMeasureAfter =
  /^(?:\s?(?:to|-|–)\s?\d+(?:\.\d+)?\s?(?:%|percent|per cent))?\s(?:royalty|royalties|discount|interest|commission|mark-?up|margin|stake|tax|tariff|rebate|tip|yield|dividend|humidity|moisture|proof|grade)\b/iu;
/** “Toxic at only twice the right dose”, “three times the usual amount”: a dose, not a figure about people. */
const multiplierWord = /\b(?:times|twice|thrice|double|triple)\b/iu;
const doseAfter = /^\s?(?:[\p{L}-]+\s){0,2}?(?:doses?|dosages?|amounts?|concentrations?)\b/iu;
/**
 * “Take the drug for twice as long”, “for three times as long”: how long something is done, a
 * duration compared (10 years of tamoxifen against 5), not a figure about people.
 */
const durationBefore = /\bfor\s(?:(?:about|around|roughly|nearly|almost|at least|more than|over)\s)?$/iu;
const durationAfter = /^\s?(?:as\s)?long(?:er)?\b/iu;
/**
 * “A once-a-year mammogram — twice as often as the current standard”: how often something is done,
 * compared with the schedule a guideline sets, a schedule rather than a figure about people (round
 * 25). “Smokers see a doctor twice as often as non-smokers” compares people, and is not read here.
 */
const scheduleAfter =
  /^\s?(?:as\s)?often\sas\s(?:the\s)?(?:(?:current|usual|standard|recommended|present)\s)*(?:standard|recommendations?|guidelines?|schedule|interval)\b/iu;
/** “A nanomicellar formulation of cyclosporine A 0.09%”, “a 2% cream”: a product's strength. */
const formulationBefore =
  /\b(?:formulations?|solutions?|suspensions?|creams?|gels?|ointments?|drops|emulsions?|lotions?)\b[^.;]{0,40}$/iu;
/** “0.09% ophthalmic solution”, “a 2% cream”, “5% topical foam”: the strength named before the product. */
const formulationAfter =
  /^\s(?:[\p{L}-]+\s){0,2}?(?:formulations?|solutions?|suspensions?|creams?|gels?|ointments?|eye ?drops|emulsions?|lotions?|foams?|sprays?|shampoos?|mouthwash|rinse)\b/iu;
/** Shares, earnings, prices, who pays what share of a bill and a company's share of a market: money, not health. */
const moneyBefore =
  /\b(?:shares?|stocks?|earnings|revenues?|sales|profits?|prices?|dividends?|market|investors?|forecasts?)\b[^.;]{0,40}$/iu;
/** “Costs roughly twice as much as”, “costs three times more”: what something costs, compared. */
const costsBefore =
  /\b(?:costs?|costing|cost about|priced at)\s(?:(?:about|around|roughly|nearly|almost|only|just|up to|more than|less than|over)\s)?$/iu;
const moneyAfter =
  /^\s?(?:of\s(?:the\s)?(?:[\p{L}.'’-]+\s){0,2}(?:costs?|prices?|bills?|fees?|co-?pays?|premiums?|markets?|sales|revenues?)\b)/iu;
/** “Cancer cells express 100 times more PCA3 RNA”, “30% more antibodies”: a lab quantity, not a figure about people. */
const labQuantityAfter =
  /^\s(?:(?:more|less|fewer|as much|as many|higher|lower)\s)?(?:[\p{L}\d-]+\s){0,3}(?:RNA|mRNA|DNA|proteins?|enzymes?|antibod(?:y|ies)|molecules?|receptors?|cells)\b/u;
/**
 * “The load on their knee joints can be up to five times greater than when walking”, “making
 * muscles work as much as 50 percent harder”, “the lungs take in about 10 times as much oxygen”: a
 * physical quantity in the body (a load or force on a joint, the work of a muscle, the oxygen
 * taken in), which describes how the body or a treatment works, not a figure about people (round
 * 25, `not_a_statistic` and `mechanism`).
 */
const bodyMechanicsBefore =
  /\b(?:loads?|forces?|stress|strain|impact|pressure)\s(?:on|in|through)\s(?:the\s|their\s|your\s|his\s|her\s)?(?:[\p{L}-]+\s)?(?:joints?|knees?|hips?|spine|back|bones?|feet|ankles?|tendons?|ligaments?)\b[^.;]{0,40}$|\bmuscles?\s(?:\p{L}+\s){0,2}?work\s(?:as much as\s|up to\s|about\s|around\s)?$/iu;
const bodyQuantityAfter = /^\s(?:(?:more|less|as much|much)\s)?(?:oxygen|carbon dioxide)\b/u;
/** “Eli Lilly LLY -0.70% & Co.”: a stock ticker and its day's move, a price, not a figure about people. */
const tickerBefore = /\b\p{Lu}{2,5}\s?[-+−–]$/u;
/** “If that rate is two to three times higher”: a condition, not a figure someone found. */
const conditionBefore = /\b(?:if|unless)\s[^,;.!?]{0,60}$/iu;
/**
 * “An internist who tends about 2,000 patients …, at least 30 percent of whom are older than 65”:
 * the make-up of someone's caseload, a description of a practice rather than a health figure.
 */
const caseloadBefore =
  /\b(?:treats?|treating|tends|tending|sees|seeing|serves|serving|cares? for|caring for)\s(?:more than |over |nearly |almost |about |around |some |roughly |up to )?[\d,]+\s(?:patients|people|children|clients|families|residents)\b[^.;]{0,40}$/iu;
const ofWhomAfter = /^\s(?:of (?:whom|them))\b/iu;
/**
 * “About half of her patients are older than 65”: a share of one practitioner's own patients is
 * the make-up of their caseload too, a description of a practice (round 25). “Their patients” may
 * be every doctor's, and is not read here.
 */
const ownCaseloadAfter = /^\s(?:of\s)?(?:her|his)\s(?:own\s)?(?:patients|clients|caseload)\b/iu;
/** “Is in the top 50 in four other specialties”: a ranking, not a rate (“50 in four”). */
const rankBefore = /\b(?:top|[Nn]o\.|ranked|ranks|ranking)\s$/u;
/**
 * “50 to 60 percent is about the efficacy range researchers hope for”, “a target of 90%”: an aim,
 * not a figure anyone measured. “Aims to help the 45,000 women …” aims at something else.
 */
/** What `aimWording` needs, found in one cheap scan of the sentence. */
const aimWord = primed(/\b(?:hop|aim|target|goal)/iu);
const aimWording = /\b(?:hopes?|hoped|hoping|aims?|aimed|aiming)\sfor\b|\b(?:target|goal)\s(?:of|is|was)\b/iu;

/**
 * “The calories consumed are 54 to 34 percent of what a typical person eats”, “energy intake was
 * 60%”: calories or intake as the subject the figure is a share of, which describes a diet (a
 * study's intervention or a menu), not people's health.
 */
const intakeShareBefore =
  /\b(?:calories|calorie intake|energy intake|kilojoules)(?:\s[\p{L}-]+){0,2}\s(?:are|is|was|were|amount to|amounted to|made up)\s(?:(?:about|around|roughly|nearly|almost|only|just|between)\s)?$/iu;

/**
 * Whether a statistic is a figure about something other than people's health (JUDGING.md
 * `not_a_statistic`): a diet's or a product's make-up, a royalty or a humidity, a multiple of a dose or of a duration (“for twice as long”), a product's strength, a share price or ticker, earnings or the part
 * of a bill someone pays, a quantity measured in cells or molecules, a figure in a condition, the
 * make-up of someone's caseload, an aim (“the range researchers hope for”) or a ranking (“top 50”).
 */
export function isNotAHealthFigure(text: string, statistic: { start: number; end: number }): boolean {
  return isNotAHealthFigureIn(text, statistic, aimWord.test(text));
}

/**
 * `isNotAHealthFigure`, with the cheap scan for an aim's word over the whole text done by the
 * caller: `restatesNonHealthFigure` asks about every place a number stands in one paragraph, and a
 * scan of the paragraph for each of them made a long paragraph of repeated figures cubic.
 */
function isNotAHealthFigureIn(text: string, statistic: { start: number; end: number }, mentionsAim: boolean): boolean {
  const before = text.slice(Math.max(0, statistic.start - 80), statistic.start);
  const after = text.slice(statistic.end, statistic.end + 40);
  return (
    compositionAfter.test(after) ||
    intakeShareBefore.test(before) ||
    dailyValueAfter.test(after) ||
    moneyOrMeasureAfter.test(after) ||
    containsBefore.test(before) ||
    (multiplierWord.test(text.slice(statistic.start, statistic.end)) && doseAfter.test(after)) ||
    (multiplierWord.test(text.slice(statistic.start, statistic.end)) &&
      durationAfter.test(after) &&
      durationBefore.test(before)) ||
    (multiplierWord.test(text.slice(statistic.start, statistic.end)) && scheduleAfter.test(after)) ||
    formulationBefore.test(before) ||
    formulationAfter.test(after) ||
    moneyBefore.test(before) ||
    costsBefore.test(before) ||
    tickerBefore.test(before) ||
    moneyAfter.test(after) ||
    labQuantityAfter.test(after) ||
    bodyMechanicsBefore.test(before) ||
    bodyQuantityAfter.test(after) ||
    conditionBefore.test(before) ||
    (ofWhomAfter.test(after) && caseloadBefore.test(before)) ||
    ownCaseloadAfter.test(after) ||
    (mentionsAim && aimWording.test(phraseAround(text, statistic))) ||
    rankBefore.test(before)
  );
}

/** A sentence about a company's shares or stock: “Shares of Vanda … closed at $4.12”, “The stock fell”. */
const aboutShares = /\b(?:shares|stock|stock price|share price)\b/iu;
/** A pronoun or “the stock” opening a sentence with a market move: “They have gained nearly 8 percent since …”. */
const marketMoveOpening =
  /^(?:They|It|The (?:shares|stock|stock price|share price))\s(?:have\s|has\s|had\s)?(?:gained|lost|rose|risen|fell|fallen|climbed|dropped|jumped|surged|slipped|slid|declined|tumbled|soared|plunged|rallied)\b/u;

/**
 * “Shares of Vanda … closed at $4.12 on Tuesday. They have gained nearly 8 percent since December
 * 18.”: a sentence whose subject, a pronoun or “the stock”, goes on with the shares or stock of the
 * sentence before, and tells how they moved: a price, not a figure about people.
 */
export function continuesShareMove(text: string, previous: string | undefined): boolean {
  return previous !== undefined && marketMoveOpening.test(text) && aboutShares.test(previous);
}

/**
 * “Vitamin B-6 at 2,500 percent of your daily value. … that 2,500 percent is going to give you …”:
 * whether a number repeats, in the same paragraph, one given earlier as no health figure (a dose, a
 * diet's make-up, a price; `isNotAHealthFigure`), and is not a share of something new. The same
 * number said again is the same quantity.
 */
export function restatesNonHealthFigure(paragraph: string, figure: string, before: number): boolean {
  // Only a number said again, and not as a share of something new (“10 percent of adults”): a word
  // (“twice as”, “half”) is said of many things in one paragraph.
  if (!/\d/u.test(figure) || /^\s?of\b/u.test(paragraph.slice(before + figure.length, before + figure.length + 4)))
    return false;
  // Any earlier place counts, so the first one is all that matters (an earlier place starts at or
  // before `before - figure.length`, and at 0 when that is negative, as `lastIndexOf` reads it).
  return firstNonHealthPlace(paragraph, figure) <= Math.max(0, before - figure.length);
}

/**
 * Where a number first stands in a paragraph as no health figure (a whole number, not part of a
 * longer one), or `Infinity`: worked out once per paragraph and number, because the rule asks about
 * every figure of a paragraph in turn, and reading every earlier place again for each of them made
 * a long paragraph of one repeated figure quadratic. Paragraphs are asked about one after another,
 * so only the last paragraph's answers are kept.
 */
function firstNonHealthPlace(paragraph: string, figure: string): number {
  if (paragraph !== placesParagraph) {
    placesParagraph = paragraph;
    placesMentionAim = aimWord.test(paragraph);
    firstPlaces.clear();
  }
  let first = firstPlaces.get(figure);
  if (first === undefined) {
    first = Number.POSITIVE_INFINITY;
    for (let at = paragraph.indexOf(figure); at >= 0; at = paragraph.indexOf(figure, at + 1)) {
      const end = at + figure.length;
      const bounded = !/[\p{L}\p{N}.,]/u.test(paragraph.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(paragraph.charAt(end));
      if (bounded && isNotAHealthFigureIn(paragraph, { start: at, end }, placesMentionAim)) {
        first = at;
        break;
      }
    }
    firstPlaces.set(figure, first);
  }
  return first;
}
let placesParagraph: string | undefined;
let placesMentionAim = false;
const firstPlaces = new Map<string, number>();

/**
 * Where a phrase ends: a figure's aim is read within its own phrase, so that an aside (“Smoking
 * kills 30 percent of smokers, a figure campaigners aim to cut”) does not make it one.
 */
const clauseEnds = new Set([';', ':', '.', '?', '!', '(', ')', '—', ',']);

/** The phrase a figure sits in (bounded by punctuation, and at most 120 characters either side). */
function phraseAround(text: string, statistic: { start: number; end: number }): string {
  let from = statistic.start;
  const floor = Math.max(0, statistic.start - 120);
  while (from > floor && !clauseEnds.has(text[from - 1] as string)) from--;
  let to = statistic.end;
  const ceiling = Math.min(text.length, statistic.end + 120);
  while (to < ceiling && !clauseEnds.has(text[to] as string)) to++;
  return text.slice(from, to);
}

function removeOverlaps(statistics: Statistic[]): Statistic[] {
  const sorted = [...statistics].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Statistic[] = [];
  for (const statistic of sorted) {
    const last = kept.at(-1);
    if (last && statistic.start < last.end) continue;
    kept.push(statistic);
  }
  return kept;
}

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const monthBefore = new RegExp(`\\b(?:${months})\\.?\\s$`, 'i');
const monthAfter = new RegExp(`^(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${months})\\b`, 'i');
const ageBefore =
  /\b(?:aged?|ages|age of|over-?|under-?|older than|younger than|in (?:their|his|her) (?:early |mid-?|late )?)\s?$/i;

function isYear(token: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(token);
}

/**
 * Every number in a text with what it is. Statistics come from `findStatistics`; the other
 * numbers are classified by the words around them.
 */
export function classifyNumbers(text: string, options: FindStatisticsOptions = {}): NumberMention[] {
  const statistics = findStatistics(text, options);
  const mentions: NumberMention[] = statistics.map(({ start, end, text: value }) => ({
    kind: 'statistic',
    start,
    end,
    text: value,
  }));
  const numberPattern = new RegExp(`(?<![\\w.,])(?:${digits})(?:s|st|nd|rd|th)?(?![\\w])`, 'gu');
  for (let match = numberPattern.exec(text); match; match = numberPattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (statistics.some((statistic) => start < statistic.end && end > statistic.start)) continue;
    mentions.push({ kind: classifyNumberAt(text, start, end), start, end, text: match[0] });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function classifyNumberAt(text: string, start: number, end: number): NumberKind {
  const token = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (/^\d+(?:st|nd|rd|th)$/i.test(token))
    return monthAfter.test(after) || monthBefore.test(before) ? 'date' : 'ordinal';
  if (monthBefore.test(before) || monthAfter.test(after) || /^[/-]\d/.test(after) || /\d[/-]$/.test(before))
    return 'date';
  if (/[$£€¥]\s?$/.test(before)) return 'money';
  if (ageBefore.test(before)) return 'age';
  for (const { kind, pattern } of unitPatterns) if (pattern.test(after)) return kind;
  if (/^(?:1[89]|20)\d\ds?$/.test(token)) return 'year';
  if (/(?:^|\n)[^\S\n]*$/.test(before) && /^[.)]\s/.test(after)) return 'list-number';
  return 'count';
}
