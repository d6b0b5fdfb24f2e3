import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';
import { findStatistics, spelledNumberBelowHundred, type Statistic } from './statistics.js';
import { findDesignCues } from './study-design.js';

/**
 * Relative and absolute effect sizes (CONSORT 2010 item 17b; Gigerenzer et al. 2007). A relative
 * effect (“35% lower risk”, “twice as likely”, “halves”, “HR 0.7”, “4.7-fold increase”) says how
 * much a risk changed but not from what; an absolute figure (“4 in 100”, “from 12% to 8%”,
 * “96 of 4,303 people”, “2 percentage points”, “38% of patients”) gives the baseline that makes
 * the relative one meaningful. The statistics themselves come from `statistics.ts`; this module
 * only adds the forms that decide between the two.
 */
export interface Figure {
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

// Bounded repeats and flat alternations only, so that nothing backtracks badly.
// `(?:,\d{3}){1,6}`, not `+`: an unbounded group rescanned ",000,000,…" from every start (quadratic).
const number = String.raw`\d{1,3}(?:,\d{3}){1,6}|\d+(?:\.\d+)?`;
const numberWord =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const anyNumber = `${number}|${numberWord}`;
const change =
  'increase|increases|increased|decrease|decreases|decreased|reduction|reductions|rise|drop|decline|improvement|higher|lower|greater|more|less|fewer|risk|odds|likelihood|elevation|boost|gain';

/** “68 percent (hazard ratio 0.32) lower risk”: a relative percentage whose change word follows an aside. */
const relativeAfterAside = new RegExp(`^\\s?\\([^()]{1,80}\\)\\s(?:\\p{L}+ly )?(?:${change})\\b`, 'iu');

/** Relative forms that `findStatistics` does not read as relative: “4.7-fold increase”, “cut by half”. */
const fractionChange =
  /\b(?:by|in) (?:almost |nearly |about |around |roughly |more than |over |up to )?(?:a |one[- ])?(?:half|third|quarter|fifth|two[- ]thirds|three[- ]quarters|two[- ]fifths|three[- ]fifths)\b/giu;
/** “Cut the risk by a third” is an effect; “the dose was reduced by a third” is the treatment. */
const outcomeBefore =
  /\b(?:risks?|rates?|odds|chances?|likelihood|incidence|deaths?|mortality|cases|symptoms|events|admissions|visits|attacks|relapses)\b[^.;]{0,40}$/iu;
/** “A 50 percent larger risk of hip fracture”: a size comparative before the risk it changes. */
const sizedRisk = new RegExp(
  `\\b(?:${number})\\s?(?:%|per ?cent)(?= (?:larger|smaller|bigger) (?:relative )?(?:risks?|odds|chances?|likelihood|probability)\\b)`,
  'giu',
);
/** “Risk reduction for PML as high as 94 percent”: the figure named after the risk reduction it gives. */
const riskReductionNoun = /\b(?:risk|odds) (?:reduction|increase)s?\b/giu;
const figureAfterRiskReduction = new RegExp(
  `^[^.;:()]{0,40}?\\b(?:of|as high as|as much as|up to|reaching) (?:about |around |nearly |almost |over |more than )?((?:${number})\\s?(?:%|per ?cent))`,
  'iu',
);
const namesRiskReduction = holdsAnyOf(['risk reduction', 'risk increase', 'odds reduction', 'odds increase']);

/** The percentages a text names after a “risk reduction” or “risk increase” (“… for PML as high as 94 percent”). */
function namedRiskReductions(text: string, lower = lowerCaseForLiteralTests(text)): Figure[] {
  if (lower !== undefined && !namesRiskReduction(lower)) return [];
  const found: Figure[] = [];
  for (const noun of text.matchAll(riskReductionNoun)) {
    const from = noun.index + noun[0].length;
    const match = figureAfterRiskReduction.exec(text.slice(from, from + 120));
    const figure = match?.[1];
    if (match === null || figure === undefined) continue;
    const start = from + match[0].length - figure.length;
    found.push({ start, end: start + figure.length, text: figure });
  }
  return found;
}

const namesSizedRisk = holdsAnyOf(['larger', 'smaller', 'bigger']);

/**
 * The starts of the percentages a text makes relative by words around them that `findStatistics`
 * does not read (`sizedRisk`, `namedRiskReductions`), so that none is taken for the baseline of
 * itself. Read once per text; most texts hold neither wording, and get no set at all.
 */
function relativeByContext(text: string): ReadonlySet<number> | undefined {
  const lower = lowerCaseForLiteralTests(text);
  const named = namedRiskReductions(text, lower);
  const sized = lower === undefined || namesSizedRisk(lower) ? [...text.matchAll(sizedRisk)] : [];
  if (named.length === 0 && sized.length === 0) return undefined;
  return new Set([...named.map((figure) => figure.start), ...sized.map((match) => match.index)]);
}

/** Each with words a text must hold (in lower case) for it to match: most sentences have none. */
const extraRelative: { pattern: RegExp; needs: (lower: string) => boolean }[] = [
  // The base form of the verb, after a modal or “to” (“could double the risk”).
  {
    pattern: /(?<=\b(?:to|can|could|may|might|will|would|did|does|not) )(?:double|triple|halve|quadruple)\b/giu,
    needs: holdsAnyOf(['double', 'triple', 'halve', 'quadruple']),
  },
  { pattern: fractionChange, needs: holdsAnyOf(['half', 'third', 'quarter', 'fifth']) },
  // “Two-and-a-half times more likely”: a multiplier with a fraction, written in words.
  {
    pattern: new RegExp(
      `\\b(?:${numberWord})[- ]and[- ]a[- ]half times (?:as|more|less|higher|lower|greater)\\b`,
      'giu',
    ),
    needs: holdsAnyOf(['and a half', 'and-a-half']),
  },
  { pattern: sizedRisk, needs: namesSizedRisk },
  { pattern: new RegExp(`\\b(?:${number})[- ]?fold (?:${change})\\b`, 'giu'), needs: holdsAnyOf(['fold']) },
  {
    pattern: new RegExp(`\\b(?:${number})[- ]?fold\\b(?= (?:as |more |less |higher |lower |greater ))`, 'giu'),
    needs: holdsAnyOf(['fold']),
  },
];

const digits = holdsAnyOf(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const savesOne = holdsAnyOf(['save', 'prevent', 'avoid', 'spare']);
/**
 * Each with words a text must hold (in lower case) for it to match, as `extraRelative`: most
 * sentences have none. `effect` marks the absolute effect itself (an absolute difference, a
 * number needed to treat, a natural frequency), which settles the paragraph's relative figures.
 */
const absolutePatterns: { pattern: RegExp; needs: (lower: string) => boolean; effect?: true }[] = [
  // “96 of 4,303”, “12 out of 100”: a count over its group.
  {
    pattern: new RegExp(`\\b(?:${number}) (?:of|out of) (?:the |all |those |these )?(?:${number})\\b`, 'giu'),
    needs: digits,
  },
  // “There were 25 strokes among 258 men”, “67 strokes among the 1,031 men”: a count of events over
  // the group it befell, a rate as much as “25 of 258” is (round 24).
  {
    pattern: new RegExp(
      `\\b(?:${number}) (?:[\\p{L}-]+ ){1,3}?among (?:the |all |those |these )?(?:${number}) (?:[\\p{L}-]+ )?(?:people|patients|participants|women|men|children|adults|subjects|volunteers|smokers)\\b`,
      'giu',
    ),
    needs: (lower) => digits(lower) && lower.includes('among '),
  },
  // “Of the 808 patients whose dosing was guided by genetic testing, 87 experienced an adverse event”:
  // a count over its group, the group named first.
  {
    pattern: new RegExp(
      `\\bof (?:the |all |those |these )?\\d[\\d,]{0,9} [^.;:,\\d]{1,100}, (?:about |around |nearly |almost |only |just )?\\d[\\d,]{0,9} (?:of them |people |patients |participants |women |men |children )?(?:experienced|had|developed|died|suffered|got|were|needed|remained|reported)\\b`,
      'giu',
    ),
    needs: (lower) => digits(lower) && lower.includes('of '),
  },
  // “from 12% to 8%”, “from 4 to 2 per 1,000”: both ends of a change.
  {
    pattern: new RegExp(
      `\\bfrom (?:a median of |an average of |about |around |roughly |nearly |almost )*(?:${anyNumber})\\s?(?:%|per ?cent)? (?:[\\p{L}-]+ ){0,6}to (?:a median of |an average of |about |around |roughly |nearly |almost )*(?:${anyNumber})\\b`,
      'giu',
    ),
    needs: holdsAnyOf(['from']),
  },
  // “to 3.7 months from 1.5 months”, “to 8% from 12%”: both ends of a change, the new one first.
  {
    pattern: new RegExp(
      `\\bto (?:a median of |an average of |about |around |roughly |nearly |almost )*(?:${number})\\s?(?:%|per ?cent|[\\p{L}-]+)? from (?:a median of |an average of |a baseline of |about |around |roughly |nearly |almost )*(?:${number})\\b`,
      'giu',
    ),
    needs: holdsAnyOf(['from']),
  },
  // “46% … compared with 25% in the placebo group”, “6.2 kg compared to 3.2 kg”: the comparison group's own figure.
  {
    pattern: new RegExp(
      `\\b(?:compared (?:with|to)|versus|vs\\.?|against) (?:a |an |about |around |just |only |nearly |a median of |an average of )*(?:${anyNumber})\\b`,
      'giu',
    ),
    needs: holdsAnyOf(['compared', 'versus', 'vs', 'against']),
  },
  // “For every 1,000 people screened, four …”: a natural frequency's denominator.
  {
    pattern: new RegExp(`\\b(?:for|in|out of) every (?:${number})\\b`, 'giu'),
    needs: holdsAnyOf(['every']),
    effect: true,
  },
  // “Fifty-five percent of the people”: a share of a group, in words.
  {
    pattern: new RegExp(`\\b(?:${spelledNumberBelowHundred}) (?:percent|per cent) of\\b`, 'giu'),
    needs: holdsAnyOf(['percent', 'per cent']),
  },
  { pattern: /\bpercentage[- ]points?\b/giu, needs: holdsAnyOf(['percentage']), effect: true },
  {
    pattern: /\babsolute (?:risk|reduction|difference|benefit|increase|terms|numbers?|rates?)\b/giu,
    needs: holdsAnyOf(['absolute']),
    effect: true,
  },
  // Case-sensitive, so its lower-case test asks for the lower-cased words.
  {
    pattern: /\bnumbers? needed to (?:treat|harm|screen)\b|\bNN[TH]\b/gu,
    needs: holdsAnyOf(['needed to', 'nnt', 'nnh']),
    effect: true,
  },
  // “61 women had to be treated for one woman to benefit”: the number needed to treat, in words.
  {
    pattern: new RegExp(
      `\\b(?:${anyNumber}) (?:[\\p{L}-]+ ){0,2}(?:had|have|would have|need|needed|would need|must) to be (?:treated|screened|vaccinated|given)\\b`,
      'giu',
    ),
    needs: holdsAnyOf(['to be treated', 'to be screened', 'to be vaccinated', 'to be given']),
    effect: true,
  },
  // “Screening 1,250 women five times over ten years would save one life”: the number needed to screen, in words.
  {
    pattern: new RegExp(
      `\\b(?:treat|treating|screen|screening|vaccinating|immuni[sz]ing) (?:about |around |roughly |nearly |some )?(?:${number}) [^.;]{0,60}?\\b(?:save|saves|prevent|prevents|avoid|avoids|spare|spares) (?:one|a single|1)\\b`,
      'giu',
    ),
    needs: (lower) => digits(lower) && savesOne(lower),
    effect: true,
  },
  // “1.8 fewer drinks a week”, “4 more deaths per year”: the difference itself, in the units counted.
  {
    pattern: new RegExp(
      `\\b(?:${number}) (?:fewer|more|less|extra|additional) (?!times\\b|likely\\b|often\\b)\\p{L}[\\p{L}-]*`,
      'giu',
    ),
    needs: digits,
  },
];

/** What a relative change is of, when it is not a risk: money, antibodies and cells, potency, a dose. */
const notRiskNoun =
  'costs?|costly|costlier|expensive|cheaper|prices?|funding|budgets?|spending|revenues?|sales|investments?|antibod\\w*|antigens?|cells|cell counts?|T cells|concentrat\\w*|potent|potency|doses?|dosage|amount of|amounts of|activity|stocks?|shares of|share prices?|stock prices?|market value';
const notRiskAfter = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}(?:${notRiskNoun})\\b`, 'iu');
const notRiskBefore = new RegExp(`\\b(?:${notRiskNoun})\\b[^.;]{0,30}$`, 'iu');
/**
 * “The night milk contained 24% more tryptophan”, “a supplement that uses 80 percent less alginate”,
 * “the studies included around twice as many males as females”: what something (a product, a
 * study's sample) is made of; or what a method needs (“requires 100 times less vaccine”).
 */
const compositionBefore =
  /\b(?:contain(?:s|ed|ing)?|uses|used|using|requir(?:e|es|ed|ing)|needs|needed|needing|includ(?:e|es|ed|ing)|enroll?(?:s|ed|ing)?|recruit(?:s|ed|ing)?|compris(?:e|es|ed|ing))\s+(?:about |around |nearly |almost |up to |roughly |some )?$/iu;
/**
 * “Aims to cut deaths by 90 percent”, “analysts have been looking for a 15 percent reduction”, “the
 * strategy called for reducing the U.S. epidemic by 25%”: a target, a hope, or a change someone demands
 * or proposes, not a measured effect. The clause may hold an initialism's full stops (“U.S.”).
 */
const targetBefore =
  /\b(?:aims? to|aiming to|aimed at|targets? (?:of|to)|goal (?:is|of)|pledged? to|plans? to|wants? to|hopes? to|seeks? to|strategy to|committed to|commits to|ambition to|looking for|hoping for|hoped for|expecting|expected to see|anticipating|calls? for|called for|calling for|proposes?|proposed|proposing|proposals? to|intends? to|intended to|vows? to|vowed to|promises? to|promised to)\b(?:[^.;]|(?<=\b\p{Lu})\.){0,50}$/iu;
/**
 * “The researchers expected mammograms to reduce … by a third”, “predicted the vaccine to cut”: an
 * effect someone expected, a planning assumption. Tested on the clause before the figure, unanchored,
 * so that nothing is retried from every start.
 */
const expectedBefore = /\b(?:expect|predict|project|anticipat|assum)(?:s|ed|e|es)?\s(?:[\p{L}-]{1,30}\s){1,3}?to\s/iu;
/**
 * “Asked participants to reduce cigarette use by 50 percent by the fourth week”, “were told to cut
 * calories by a quarter”: an instruction to people, the change they were to make, not its effect.
 */
const instructionBefore =
  /\b(?:asked|told|instructed|encouraged|advised|urged|required|directed|challenged)\s(?:[\p{L}-]+\s){0,3}?to\s(?:[\p{L}-]+\s){1,5}(?:by\s)?(?:about\s|around\s|at least\s)?$/iu;

/** What a multiplier compares when it is no risk: an amount, a duration, a distance, a size. */
const sizeAfter = /^\s*(?:as\s)?(?:much|long|far|big|large|heavy|tall|wide|deep|old|quickly|fast)\b/iu;
/** A multiplier followed by a time or a stop, not by what it compares. */
const repetitionAfter = /^\s*(?:over|during|in|within|that|each|a|per|later|since|\.|,|;)/iu;
const inCellsAfter =
  /^\s*(?:[\p{L}-]+\s){0,2}(?:in|within|on)\s(?:the\s)?(?:[\p{L}-]+\s){0,2}(?:cells|cell lines|tissues?|cultures|samples)\b/iu;

/**
 * “The number of dementia cases could drop by half”, “the number of cases will double by 2050”: a
 * projection of a population's count, a hypothetical target rather than a measured effect.
 */
const projectedCountBefore =
  /\bnumbers? of\b[^.;]{0,50}\b(?:could|would|might|will|(?:is|are) (?:expected|projected|set) to)\b[^.;]{0,20}$/iu;

/**
 * “Participants achieving a 75% reduction”, “if at least 3% more cancers are detected”, “could be
 * prevented with as little as a 10% reduction in …”: a response threshold or a condition, not an
 * effect that was measured.
 */
const thresholdBefore =
  /\b(?:achiev\w*|reach\w*|if|unless|as little as|as few as)\s+(?:at least\s+|an?\s+|only\s+|just\s+){0,2}$/iu;
/**
 * “Roughly doubled the likelihood of halving the number of cigarettes smoked”, “the chance of a 50%
 * reduction in seizures”: a change right after the likelihood, chance, odds or probability of it is
 * the outcome whose probability changed (a response threshold), not the effect; the effect is the
 * change in that likelihood, read on its own.
 */
const outcomeThresholdBefore =
  /\b(?:likelihood|chances?|odds|probability)\s+of\s+(?:achieving\s+|reaching\s+|seeing\s+)?(?:at least\s+|an?\s+){0,2}$/iu;
/**
 * “Anyone unlikely to see at least a 30 percent increase in growth”: a change of at least some size
 * named as a noun is a minimum asked for; “cut the risk by at least 30%” is a measured lower bound.
 */
const minimumBefore = /(?<!\bby )\bat least an? $/iu;

/**
 * What a multiplier or relative percentage compares when it is a risk: how likely, how common, how
 * often, how many, how high. “Three times faster”, “twice as successful”, “20% more effective”
 * compare a speed, a quality or a strength, which has no baseline rate to give.
 */
const probabilityAttribute = new Set([
  'likely', 'unlikely', 'likelier', 'probable', 'common', 'uncommon', 'frequent', 'frequently', 'often', 'prevalent',
  'prone', 'susceptible', 'vulnerable', 'many', 'high', 'great', 'low', 'deadly', 'lethal', 'fatal', 'risky',
  'dangerous', 'at',
]); // prettier-ignore
/** Comparatives of a speed, a size or a quality: never how likely something is. */
const qualityComparative = new Set([
  'faster', 'slower', 'quicker', 'better', 'worse', 'stronger', 'weaker', 'longer', 'shorter', 'bigger', 'smaller',
  'larger', 'cheaper', 'costlier', 'heavier', 'lighter', 'brighter', 'easier', 'harder', 'sooner', 'later',
]); // prettier-ignore
/** What a size comparative may change and still compare a probability: “a 50 percent larger risk”. */
const riskAfterComparative = new Set(['risk', 'risks', 'odds', 'chance', 'chances', 'likelihood', 'probability']);
/** An adjective or adverb by its ending: “effective”, “successful”, “potent”, “accurate”, “quickly”. */
const adjectiveEnding = /(?:ive|ful|ent|ant|able|ible|ous|ic|al|ate|ly)$/u;
/** What may follow an adjective after “more” (“more effective than”, “more sensitive to”), but not a noun's modifier. */
const afterAdjective = new Set(['than', 'as', 'at', 'in', 'for', 'to', 'against', 'when', 'and', 'or', 'with', 'on']);
/** The words of a figure that are its number, its unit or its multiplier, skipped to reach what it compares. */
const figureWord =
  /^(?:\d[\d,.]*|times|fold|percent|per|cent|twice|half|thrice|and|a|nearly|almost|about|roughly|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|several|many-fold)$/u;

/**
 * Whether a multiplier or relative percentage compares something other than how likely or how
 * often an event is: a speed or a size (“three times faster”, “twice as long”), or a quality named
 * by an adjective (“twice as successful”, “20 times more effective at killing cells”).
 */
export function comparesNoProbability(text: string, figure: { start: number; end: number }): boolean {
  const words = text
    .slice(figure.start, figure.end + 40)
    .toLowerCase()
    .match(/[\p{L}]+(?:-[\p{L}]+)*|\d[\d,.]*|[^\p{L}\d\s]/gu);
  if (words === null) return false;
  let index = 0;
  while (index < words.length && (figureWord.test(words[index] ?? '') || words[index] === '%' || words[index] === '-'))
    index++;
  const comparative = words[index];
  if (comparative === undefined) return false;
  // “A 50 percent larger risk”: a size comparative of a risk is still a risk.
  if (qualityComparative.has(comparative)) return !riskAfterComparative.has(words[index + 1] ?? '');
  if (comparative !== 'as' && comparative !== 'more' && comparative !== 'less') return false;
  const attribute = words[index + 1];
  if (attribute === undefined || !/^\p{L}/u.test(attribute) || probabilityAttribute.has(attribute)) return false;
  // “Twice as X as”: X is always what is compared.
  if (comparative === 'as') return true;
  // “More X”: X is an adjective when it has an adjective's ending and no noun follows it.
  const next = words[index + 2];
  return adjectiveEnding.test(attribute) && (next === undefined || !/^\p{L}/u.test(next) || afterAdjective.has(next));
}

/**
 * “This translates to a risk reduction of about 50 percent”, “That means …”: a sentence whose subject
 * is a bare demonstrative restates what the sentence before it said, so that sentence's figures are
 * its own (the groups' rates of which it gives the relative size).
 */
const restatement =
  /^(?:this|that|it)\s(?:translates|translated|means|meant|amounts|amounted|represents|represented|equates|equated|corresponds|corresponded|works out|worked out|is equivalent|was equivalent)\b/iu;

/** Whether a sentence restates the one before it (`restatement`). */
export function restatesPrevious(sentence: string): boolean {
  return restatement.test(sentence.trimStart());
}

/**
 * Whether a relative figure is about something other than a risk (JUDGING.md `not_risk`): costs
 * “5 to 12 times higher”, a “30-fold increase” in antibodies or funding, what something contains
 * (“contained 24% more tryptophan”), a policy target “cut deaths by 90 percent”, a response threshold, or a count in animals or cells (“mice … had 72
 * percent fewer tumors”).
 */
export function isNotRisk(text: string, figure: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, figure.start - 70), figure.start);
  return (
    notRiskAfter.test(text.slice(figure.end, figure.end + 50)) ||
    notRiskBefore.test(before) ||
    compositionBefore.test(before) ||
    // “Ten times as much melatonin”, “twice as long”: an amount, a duration or a size; a risk is “as likely”.
    sizeAfter.test(text.slice(figure.end, figure.end + 12)) ||
    // “Then twice more over the next two years”: a repetition, with nothing compared.
    (/^(?:twice|\S+ times) more$/iu.test(text.slice(figure.start, figure.end)) &&
      repetitionAfter.test(text.slice(figure.end, figure.end + 12))) ||
    // “10 to 1,000 times more common in leukemia cells”: a comparison of cells or tissue, not of people.
    inCellsAfter.test(text.slice(figure.end, figure.end + 60)) ||
    targetBefore.test(before) ||
    expectedBefore.test(before.split(/[.;]/u).pop() ?? '') ||
    instructionBefore.test(before) ||
    projectedCountBefore.test(before) ||
    thresholdBefore.test(before) ||
    outcomeThresholdBefore.test(before) ||
    minimumBefore.test(before) ||
    comparesNoProbability(text, figure) ||
    findDesignCues(text).some((cue) => cue.kind === 'animal' || cue.kind === 'laboratory')
  );
}

/** How far apart two figures of a flattened table row or list may be (“Strokes 55% higher Spine trauma 53% higher”). */
const seriesGap = 40;

/**
 * The relative figures of a text that are about a risk (`isNotRisk` is false). A table flattened
 * into one sentence (“Additional cost of imaging Strokes 55% higher Spine trauma 53% higher …”)
 * names what its figures measure before the first only: a figure worded like the one before it
 * (the same word after it) and close behind it is of the same kind.
 */
export function riskEffects(text: string, effects: readonly Figure[]): Figure[] {
  // Most sentences have no relative figure: an empty array (of small integers, to V8) met where
  // arrays of figures were expected deoptimised this function ("wrong map") several times a run.
  if (effects.length === 0) return [];
  const kept: Figure[] = [];
  let previousNotRisk = false;
  effects.forEach((effect, index) => {
    const previous = effects[index - 1];
    const inSeries =
      previous !== undefined &&
      effect.start - previous.end <= seriesGap &&
      wordAfter(text, previous.end) !== '' &&
      wordAfter(text, previous.end) === wordAfter(text, effect.end);
    const notRisk = isNotRisk(text, effect) || (inSeries && previousNotRisk);
    if (!notRisk) kept.push(effect);
    previousNotRisk = notRisk;
  });
  return kept;
}

function wordAfter(text: string, offset: number): string {
  return /^\s?(\p{L}+)/u.exec(text.slice(offset, offset + 20))?.[1]?.toLowerCase() ?? '';
}

/**
 * What a continuous measure, a count or a prevalence trend is called: levels, scores, plaque,
 * prescriptions, “the number of”, smoking or drinking in a population; or the verb that says a
 * figure was weighed or scored (“the group weighed 21 percent less”, “scored 5 percent higher”):
 * what is weighed is an amount, not an event that happens or not. Not “measured” or “quantifying”:
 * HealthNewsReview asked a release for the baseline of “a 2.1-fold increase” in a quantified retinal
 * signal (the benefits_quantified row), though JUDGING.md leaves such measures debatable.
 */
const measureNoun =
  /\b(?:weigh(?:s|ed)?|levels?|scor(?:e|es|ed|ing)|pain|sweating|itching|swelling|inflammation|fatigue|severity|symptoms|episodes|frequency|(?:blood|eye|intraocular) pressure|hot (?:flashes|flushes)|concentrations?|accumulation|plaque|density|volume|size|weight|BMI|glucose|blood sugar|cholesterol|triglycerides|proteins?|damage|prescriptions|number of|amount of|(?:decrease|increase|decline|drop|rise|fall) in (?:smoking|drinking|vaping|alcohol use|drug use))\b/iu;
/**
 * A duration or a dose (“halves the surgery time”, “700 milligrams …, about 10 times more silymarin
 * than …”): an amount, which a sentence about a risk may name too (“deaths among those who took
 * aspirin in doses as low as 75 milligrams were 34 percent lower”), so it counts only in a sentence
 * that names no risk before the figure.
 */
const amountNoun =
  /\b(?:(?:surgery|surgical|operating|operation|procedure|recovery|healing|waiting|wait|reaction|travel|walking|treatment|bleeding|clotting|transit) times?|durations?|length of (?:stay|hospital stay)|doses?|dosages?|milligrams|micrograms)\b/iu;
/**
 * The rate of a quantity, not of events (round 17): “metabolic rate”, “heart rate”, “growth rate”,
 * “the rate of (cognitive) decline”, “the rate of bone loss”. A change in it is a change in a
 * continuous measure (“a 33 percent reduction in their rate of decline in physical function”,
 * “increase a person's metabolic rate by 4%”), which JUDGING.md leaves debatable, where a “death
 * rate” or an “infection rate” is a risk.
 */
const quantityRate =
  /\b(?:metabolic|heart|pulse|breathing|respiratory|growth|filtration|flow|burn|sedimentation) rates?\b|\brates? of (?:[\p{L}-]+ )?(?:decline|growth|loss|change|improvement|metabolism|shrinkage|healing|deterioration|weight gain|weight loss)\b/giu;
/**
 * What a performance or a capacity is measured by (round 17): “outperformed … for endurance
 * recovery by 13-17 percent”, “improved walking speed by 20%”, “physical function”.
 */
const performanceNoun = /\b(?:endurance|stamina|recovery|performance|speed|strength|function|decline)\b/iu;
/** What a risk is called: a chance, a rate, an outcome that happens or not. */
const riskNoun =
  /\b(?:risks?|odds|likel\w*|chances?|rates?|incidence|deaths?|died|mortality|cases|infections?|events?|diagnos\w*|admissions?|hospitali[sz]\w*|survival|relapses?|recurrence|fractures?|strokes?|attacks?)\b/iu;

/**
 * Whether a relative figure changes a continuous measure or a count (“boosted levels of IGF1 by
 * 117 percent”, “halved the number of hot flashes”, “44 per cent less eye damage”) rather than a
 * risk: JUDGING.md leaves those debatable, since the absolute-risk question does not arise.
 * Read from the clause around the figure: the words right after it and the words before it back
 * to the last comma or semicolon.
 */
export function isContinuousMeasure(text: string, figure: { start: number; end: number }): boolean {
  if (changesLengthOrShrinkage(text, figure) || improvesMeasure(text, figure)) return true;
  // “Their rate of decline in physical function”, “a person's metabolic rate”: the rate of a
  // quantity reads as the measure it is, not as a rate of events.
  const after = (text.slice(figure.end, figure.end + 40).split(/[,;.]/u)[0] ?? '').replace(quantityRate, ' level ');
  const segments = text
    .slice(Math.max(0, figure.start - 80), figure.start)
    .replace(quantityRate, ' level ')
    .split(/[,;]/u);
  // “Reductions in levels of A1C, a commonly used measure of blood sugar, that were four times
  // greater”: an appositive or a relative clause names nothing, so read back to the segment that does.
  let before = segments.pop() ?? '';
  while (segments.length > 0 && !measureNoun.test(`${before} ${after}`) && !riskNoun.test(`${before} ${after}`)) {
    before = `${segments.pop() ?? ''},${before}`;
  }
  const around = `${before} ${after}`;
  if (measureNoun.test(around) || performanceNoun.test(around)) return !riskNoun.test(around);
  return amountNoun.test(around) && !riskNoun.test(text.slice(0, figure.end + after.length));
}

/**
 * “A 54% improvement in sleep quality”, “an average 76 percent improvement in the migraine-specific
 * MHI score” (round 19): an improvement in something that is no risk or outcome (`riskNoun`) is a
 * better value of a measure, not a change in the chance of an event. “A 32 percent improvement in
 * survival” and “a 27 percent improvement in recurrence” stay risks.
 */
const improvementAfter = /^\s(?:improvements?|gains?)\s(?:in|of)\s([^,;.()]{3,60})/iu;
/** Where the thing improved ends: the next clause (“… in sleep quality *and were* 27% more likely …”). */
const improvedThingEnd = /\s(?:and|or|but|were|was|than|compared|over|after|among|for|in those|in people)\b/iu;

function improvesMeasure(text: string, figure: { start: number; end: number }): boolean {
  const improvement = improvementAfter.exec(text.slice(figure.end, figure.end + 90));
  if (!improvement) return false;
  const named = improvement[1] ?? '';
  const end = improvedThingEnd.exec(named);
  const thing = end === null ? named : named.slice(0, end.index);
  return /\p{L}{3}/u.test(thing) && !riskNoun.test(thing);
}

/** “Halve the length of attacks”: the change is in how long something lasts, named right after the figure. */
const lengthAfter = /^\s(?:the\s)?(?:average\s|mean\s|median\s|typical\s)?(?:length|duration)\sof\b/iu;
/**
 * “Cut the length of colds by”, “slow the rate of brain shrinkage by about”, “brain atrophy by”:
 * how long something lasts, or how fast tissue shrinks, named in the figure's own part of the clause.
 */
const lengthOrShrinkage = /\b(?:length|duration|shrinkage|shrinking|atrophy)\b/iu;
/** What makes a part of a clause a risk after all (“the risk of brain atrophy”, “less likely to”). */
const probabilityWord = /\b(?:risks?|odds|chances?|likel\w*|probability|incidence)\b/iu;

/**
 * Whether a relative figure changes how long something lasts or how fast tissue shrinks (“can halve
 * the length of attacks”, “slow the rate of brain shrinkage by about 45%”, “… and brain atrophy by 33
 * percent”): a continuous measure, however eventful the thing measured is (an attack), since the
 * figure changes its length, not its chance. Read from the figure's own conjunct only: in “disability
 * progression was reduced by 36 percent and brain atrophy by 33 percent” the first figure is a risk.
 */
function changesLengthOrShrinkage(text: string, figure: { start: number; end: number }): boolean {
  const after = text.slice(figure.end, figure.end + 60).split(/[,;.]/u)[0] ?? '';
  if (lengthAfter.test(after)) return !probabilityWord.test(after);
  const segment =
    text
      .slice(Math.max(0, figure.start - 80), figure.start)
      .split(/[,;]/u)
      .pop() ?? '';
  // The conjunct: back to the last “and”/“or” or the last number (another figure's).
  const conjunct = segment.split(/\b(?:and|or)\b|\d/u).pop() ?? '';
  return lengthOrShrinkage.test(conjunct) && !probabilityWord.test(`${conjunct} ${after}`);
}

/**
 * What names the probability of a health event outright: a chance, a rate or odds, or an event
 * that happens to a person or not (death, a diagnosis, an admission, a relapse, a response).
 */
const riskOrOutcomeWord =
  /\b(?:risks?|odds|likel\w*|chances?|rates?|incidence|probability|hazards?|deaths?|died|dying|die|dies|mortality|fatal\w*|cases|infections?|infected|events?|diagnos\w*|admissions?|admitted|readmi\w*|hospitali[sz]\w*|survival|survive\w*|relapses?|recurrences?|fractures?|strokes?|attacks?|complications?|transfusions?|disorders?|develop\w*|get|getting|occurrences?|onset|cancers?|respon(?:ses?|ded|d)|(?:percentage|proportion|share)s? of|falls|seizures|episodes|progression|often|frequen\w*|miscarriages?|births?|pregnan\w*|injur\w*|amputations?|suicides?|dementia|alzheimer\w*|diseases?|illness\w*|tumou?rs|outbreaks?|visits|surger\w*|procedures|operations|failures?|recover\w*|remission|cured?)\b/iu;
const riskOrOutcomeWordGlobal = new RegExp(riskOrOutcomeWord.source, 'giu');
/** Small words inside a name: “Society of Surgery”, “Heart and Stroke”. */
const nameJoiners = new Set(['of', 'for', 'and', 'the', '&']);

/** Whether the word before this point (past a name's small word) is capitalised: “Dermatologic |Surgery”. */
function followsCapitalisedWord(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u);
  let last = words.pop() ?? '';
  if (nameJoiners.has(last)) last = words.pop() ?? '';
  return /^\p{Lu}/u.test(last);
}

/**
 * Whether a part of a sentence names a risk or an outcome (`riskOrOutcomeWord`) outside a name: in
 * a sentence written in lower case, a capitalised word after another capitalised word (“Dermatologic
 * Surgery”, “Heart Attack Prevention Trial”) is part of a society's, a journal's or a study's name,
 * which names no event that befell the groups. A headline in title case capitalises every word, so
 * there every match counts.
 */
function namesRiskOrOutcome(part: string, sentence: string): boolean {
  // Most parts name no risk at all: one test rules them out before the matches are read.
  if (!riskOrOutcomeWord.test(part)) return false;
  for (const match of part.matchAll(riskOrOutcomeWordGlobal)) {
    const first = match[0].charAt(0);
    if (first === first.toLowerCase()) return true;
    if (!followsCapitalisedWord(part.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return isTitleCase(sentence);
}

/** Most words of four letters or more capitalised: a headline in title case. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\b\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((word) => word.charAt(0) !== word.charAt(0).toLowerCase()).length;
  return words.length > 0 && capitalised * 2 > words.length;
}

const joinedAfter = /\b(?:and|or)\s(?:an?\s)?$/u;
const ratioMeasure = /\b(?:a?(?:RR|HR|OR|IRR)|ratios?|relative risks?)\b/u;
/**
 * “Three times as likely to be taking a statin”: a state the groups were in (who they are), not an
 * outcome that befell them; “less likely to use pain medication” after a treatment is an outcome.
 */
const stateAfter = /^\s?(?:as |more |less )?likely to be (?:taking|using|on)\b/iu;
/**
 * “Four times more likely to recommend the prep to their friends”, “more likely to find a favorable
 * result”, “three times more likely to attend counselling”: an opinion, a choice or a study's
 * conclusion, not an event that befalls a person's health.
 */
const choiceAfter =
  /^\s?(?:as |more |less )?likely (?:than [^,;.]{1,40} )?to (?:recommend|prefer|choose|find|conclude|publish|favou?r|endorse|attend|vote|agree|buy|purchase)\b/iu;
/**
 * “Were 11 times more likely to get 200 mg of DHA per week” (round 26): reaching an amount taken in
 * (an intake target, a dose) is what people ate or took, not an event that befalls their health.
 */
const intakeAfter =
  /^\s?(?:as |more |less )?likely (?:(?:than|as) [^,;.]{1,40} )?to (?:get|consume|eat|drink|take|receive|meet|reach|achieve) (?:at least |the recommended |about |around )?\d[\d,.]* ?(?:mg|milligrams?|mcg|micrograms?|g|grams?|servings?|portions?|cups?|IU|units?)\b/iu;
/**
 * “Twice as common as has been thought”, “three times more common than previously estimated”: a
 * condition's frequency set against an earlier estimate of it, not a risk compared between groups.
 */
const revisedEstimateAfter =
  /^\s?(?:as |more |less )?(?:common|prevalent|frequent|widespread|many)\s(?:as|than)\s(?:(?:had|has|have|was|were|is|are|been|previously|once|first|commonly|widely|generally|originally)\s){0,3}(?:thought|believed|estimated|assumed|expected|suspected|recogni[sz]ed)\b/iu;

/**
 * “A once-a-year mammogram, twice as often as the current standard”, “three times more often than
 * recommended”: how often something is done set against a schedule, not how often an event befalls people.
 */
const scheduleAfter =
  /^\s?(?:as |more |less )?often (?:as|than) (?:is |are )?(?:(?:the|now|currently)\s){0,2}(?:current|usual|standard|recommended|advised|guidelines?)\b/iu;

/**
 * “MCC is 35 times less common than melanoma”: how common one condition is set against another
 * condition (round 17), not a risk compared between groups of people. A group after “than”/“as”
 * (“more common in women than in men”, “as common among smokers”, “than with placebo”) is a risk.
 */
const otherConditionAfter =
  /^\s?(?:as |more |less )?(?:common|rare|prevalent|frequent)\s(?:as|than)\s(?!(?:in|among|for|with|on|after|before|during|those|people|patients|participants|men|women|boys|girls|children|adults|placebo|controls?|the|usual|standard|untreated|other|whites?|blacks?|users|smokers|non-?\p{L}+)\b)\p{L}/iu;

/**
 * Whether a relative figure changes the probability of a health event (CONSORT's relative risk):
 * its clause names a chance, a rate or odds, or an event that happens to a person or not (“were 44%
 * more likely to become depressed”, “cut deaths by a third”, “a 29 percent lower risk”). A relative
 * change in anything else (body fat, a test score, a share price, a dose, a schedule) raises no
 * question of a baseline risk. Read from the clause around the figure, as `isContinuousMeasure` reads it.
 */
export function isRiskChange(text: string, figure: { start: number; end: number }): boolean {
  // “RR 0.43”, “hazard ratio 0.74”: a ratio of risks, rates or odds by definition.
  if (ratioMeasure.test(text.slice(figure.start, figure.end))) return true;
  const after = text.slice(figure.end, figure.end + 60).split(/[,;.]/u)[0] ?? '';
  if (
    stateAfter.test(after) ||
    choiceAfter.test(after) ||
    intakeAfter.test(after) ||
    revisedEstimateAfter.test(after) ||
    otherConditionAfter.test(after) ||
    scheduleAfter.test(after)
  )
    return false;
  const segments = text.slice(Math.max(0, figure.start - 90), figure.start).split(/[,;]/u);
  let before = segments.pop() ?? '';
  if (namesRiskOrOutcome(`${before} ${after}`, text)) return true;
  // “The risk of substance use problems was 35 percent lower in men and 31 percent lower in women”:
  // a figure joined to one before it shares its subject, which may lie further back.
  if (joinedAfter.test(text.slice(Math.max(0, figure.start - 8), figure.start))) {
    const sentenceSoFar =
      text
        .slice(Math.max(0, figure.start - 200), figure.start)
        .split(';')
        .pop() ?? '';
    if (namesRiskOrOutcome(sentenceSoFar, text)) return true;
  }
  // “Reductions in the risk of stroke, a common complication, by 20%”: an appositive names nothing.
  while (segments.length > 0 && !measureNoun.test(before)) {
    before = segments.pop() ?? '';
    if (namesRiskOrOutcome(before, text)) return true;
  }
  return false;
}

/**
 * “Headache (reported by about 5 percent)”: the “by” of a passive names who reported it, so the
 * figure is the share of a group that did, not a change by that much.
 */
const agentBy =
  /\b(?:reported|experienced|noted|felt|seen|used|chosen|preferred|endorsed|cited|mentioned|affected|suffered|taken|owned|shared) by (?:about |around |nearly |almost |over |more than |up to |only |just |roughly )?$/iu;

function isAgentShare(text: string, start: number): boolean {
  return agentBy.test(text.slice(Math.max(0, start - 40), start));
}

/** A span of calendar time a change is measured over: “from 2011 levels”, “since 1990”, “last year”, “since … a decade ago”, “in recent decades”. */
const overTime =
  /\b(?:(?:from|since|between|by|in) (?:19|20)\d\d\b|(?:last|past|previous) (?:year|decade|two decades)\b|over the (?:past|last) (?:\w+ )?(?:years?|decades?)\b|(?:a|one|two|three|several|many) (?:years?|decades?) ago\b|in recent (?:years|decades)\b)/iu;
const yearSpan = /\b(?:from|since|between) (?:19|20)\d\d\b/u;
/**
 * A period named anywhere before the figure in its sentence (“Over the 18-year period, the number
 * of … decreased by 66 percent”, “in recent decades, incidence has doubled”, “between 2000 and 2010,
 * the number of cataract cases … went up by 20 percent”, round 27: “in the years since then, the
 * amount of research … has more than doubled”: what has grown since a point in time is a trend).
 */
const periodSpan =
  /\b(?:in recent (?:years|decades)|in the (?:months|years|decades) since|over (?:the|an?) (?:[\w-]+ )?(?:\d+|[a-z]+)-year (?:period|span)|over the (?:past|last) (?:couple of |few |several |two |three )?decades|(?:between|from) (?:19|20)\d\d (?:and|to|-|–) (?:19|20)\d\d)\b/iu;
/**
 * “An 18 percent reduction in the rate of death …, as compared with the preceding 10-year period”:
 * the figure names its comparison, and it is an earlier time, not another group.
 */
const comparedWithEarlierTime =
  /^[^;]{0,160}?\b(?:(?:compared|versus|vs\.?|than)(?: with| to)? (?:the |a )?(?:preceding|previous|prior|earlier) (?:[\w-]+ )?(?:period|decades?|years?)|than (?:in |during )?(?:19|20)\d\d)\b/iu;
/** A comparison between groups, which a change over time in a population lacks (“twice as likely to … as non-smokers”). */
const betweenGroups =
  /\b(?:(?<!(?:more|less|fewer|rather|other) )than|compared|versus|vs\.?|as likely to [^.;]{1,60}? as (?!a result|well|of|soon|long|much|many)|(?:those|people|patients|participants|women|men|children|adults|users|states|countries|counties|areas|groups?|hospitals) (?:who|with|without|taking|given|that|on|in the)\b)/iu;

/**
 * Whether a relative figure is a trend in a population over time (“drug deaths more than doubled
 * last year from 2011 levels”, “a 14 percent decrease in smoking since 2005”) rather than a risk
 * compared between groups: JUDGING.md leaves prevalence trends debatable, like continuous measures.
 */
export function isTrend(text: string, figure: { start: number; end: number }): boolean {
  if (comparedWithEarlierTime.test(text.slice(figure.end, figure.end + 220))) return true;
  // After the figure, or a span of years before it: “last year, a trial showed the drug halved
  // deaths” dates the trial, not the change.
  const spanned =
    overTime.test(text.slice(figure.end, figure.end + 50)) ||
    yearSpan.test(text.slice(Math.max(0, figure.start - 50), figure.start)) ||
    periodSpan.test(text.slice(Math.max(0, figure.start - 200), figure.start));
  return spanned && !betweenGroups.test(text);
}

/** Relative effect sizes in a text, in order. Ratio measures only count with their value (“HR 0.7”). */
export function findRelativeEffects(text: string): Figure[] {
  const found: Figure[] = findStatistics(text)
    .filter((statistic) => statistic.relative && (statistic.kind !== 'ratio-measure' || /\d/.test(statistic.text)))
    .filter((statistic) => !isAdjectiveDouble(text, statistic.start, statistic.end))
    .filter((statistic) => !isShareOfGroup(text, statistic.start, statistic.end))
    .filter((statistic) => !isAgentShare(text, statistic.start))
    .map(({ start, end, text: value }) => ({ start, end, text: value }));
  const lower = lowerCaseForLiteralTests(text);
  for (const figure of namedRiskReductions(text, lower)) {
    if (!found.some((other) => figure.start < other.end && figure.end > other.start)) found.push(figure);
  }
  for (const { pattern, needs } of extraRelative) {
    if (lower !== undefined && !needs(lower)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (pattern === fractionChange && !outcomeBefore.test(text.slice(Math.max(0, start - 60), start))) continue;
      if (!found.some((figure) => start < figure.end && end > figure.start)) found.push({ start, end, text: match[0] });
    }
  }
  // Nothing to order in the common empty or single case, whose arrays V8 gives another elements kind.
  return found.length < 2 ? found : found.sort((a, b) => a.start - b.start);
}

/**
 * “Double” or “triple” the adjective (“double-blind”, “triple-blind”, “double chin”, “a double dose”) is not a doubling; the
 * verb comes after “to”, a modal or a subject and before what doubled (“could double the risk”).
 */
function isAdjectiveDouble(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (word !== 'double' && word !== 'triple') return false;
  if (text[end] === '-') return true;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  return (
    !/\b(?:to|can|could|may|might|will|would|did|does)\s$/i.test(before) &&
    !/^\s(?:the|their|its|your|his|her|in)\b/i.test(after)
  );
}

/** “Half the women received …” is a share of a group; “half the risk” and “twice the rate” are relative. */
const comparedQuantity =
  /^\s(?:risk|rate|odds|chance|likelihood|number|amount|dose|level|size|time|speed|incidence|volume|weight|cost)s?\b/i;
function isShareOfGroup(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).toLowerCase();
  if (!words.endsWith(' the')) return false;
  return !comparedQuantity.test(text.slice(end, end + 16));
}

/** “(7%)” alone in brackets restates a figure named before it, usually the relative one (“… a stroke (9%)”). */
function isBareAside(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && text[end] === ')';
}

/** What joins the two ends of a range or two alternatives: “9% or 10%”, “20% to 30%”, “9%–10%”, “a 9% and a 10%”. */
const alternativeJoin = /^\s?(?:or|to|and|-|–|—)\s?(?:an? )?$/u;
/** “From 12% to 8%”: both ends of a change, each an absolute figure. */
const changeStart = /\bfrom (?:about |around |roughly |nearly |almost )?$/iu;

/**
 * Whether a figure is the other end of a range or an alternative whose partner is relative (“a 9% or
 * 10% reduction”, “cut the risk by 9% or 10%”): the change word sits beside one of them, but both
 * are relative, so neither is the baseline.
 */
function isPartnerOfRelative(text: string, statistics: readonly Statistic[], index: number): boolean {
  const statistic = statistics[index] as Statistic;
  const previous = statistics[index - 1];
  const next = statistics[index + 1];
  const joins = (first: Statistic, second: Statistic): boolean =>
    alternativeJoin.test(text.slice(first.end, second.start)) &&
    !changeStart.test(text.slice(Math.max(0, first.start - 20), first.start));
  return Boolean((previous?.relative && joins(previous, statistic)) || (next?.relative && joins(statistic, next)));
}

/** Absolute figures in a text: proportions of a group, natural frequencies, counts over a total, both ends of a change. */
export function findAbsoluteFigures(text: string): Figure[] {
  const statistics = findStatistics(text);
  const relative = statistics.length > 0 ? relativeByContext(text) : undefined;
  const found: Figure[] = statistics
    .filter((statistic, index) => isAbsoluteStatistic(text, statistics, index, relative))
    .map(({ start, end, text: value }) => ({ start, end, text: value }));
  const lower = lowerCaseForLiteralTests(text);
  for (const { pattern, needs } of absolutePatterns) {
    if (lower !== undefined && !needs(lower)) continue;
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found.length < 2 ? found : found.sort((a, b) => a.start - b.start);
}

/** Whether the statistic at `index` of a text's statistics is an absolute figure (see `findAbsoluteFigures`). */
function isAbsoluteStatistic(
  text: string,
  statistics: readonly Statistic[],
  index: number,
  relative: ReadonlySet<number> | undefined,
): boolean {
  const statistic = statistics[index] as Statistic;
  return (
    (!statistic.relative || isAgentShare(text, statistic.start)) &&
    !isPartnerOfRelative(text, statistics, index) &&
    !relative?.has(statistic.start) &&
    statistic.kind !== 'p-value' &&
    statistic.kind !== 'ratio-measure' &&
    !relativeAfterAside.test(text.slice(statistic.end, statistic.end + 120)) &&
    !isBareAside(text, statistic.start, statistic.end)
  );
}

/**
 * Whether `findAbsoluteFigures` finds anything. The relative-risk rule asks it of a window of
 * sentences, a new string each time whose statistics no memo holds: the literal-gated patterns
 * are tried first, and the statistics are found only when none of them matches.
 */
export function hasAbsoluteFigure(text: string): boolean {
  const lower = lowerCaseForLiteralTests(text);
  for (const { pattern, needs } of absolutePatterns) {
    if (lower !== undefined && !needs(lower)) continue;
    // `search` leaves the global pattern's `lastIndex` alone, which `matchAll` elsewhere starts from.
    if (text.search(pattern) >= 0) return true;
  }
  const statistics = findStatistics(text);
  if (statistics.length === 0) return false;
  const relative = relativeByContext(text);
  return statistics.some((_statistic, index) => isAbsoluteStatistic(text, statistics, index, relative));
}

/**
 * Whether a text states an absolute effect outright: an absolute risk reduction, percentage points,
 * a number needed to treat (in figures or words), a natural frequency (“one woman was cured for
 * every 25 treated”). Said anywhere in a paragraph, it gives the absolute size of the paragraph's
 * relative figures, as a baseline rate in the next sentence does.
 */
export function hasAbsoluteEffect(text: string): boolean {
  const lower = lowerCaseForLiteralTests(text);
  return absolutePatterns.some(({ pattern, needs, effect }) => {
    if (!effect || (lower !== undefined && !needs(lower))) return false;
    // `search` leaves the global pattern's `lastIndex` alone, which `matchAll` elsewhere starts from.
    return text.search(pattern) >= 0;
  });
}

/** What sets one group's figure against another's: “versus”, “compared with”, “whereas”, a comparison's “than”. */
const groupJoin = /\b(?:versus|vs\.?|compared (?:with|to)|as against|against|whereas|while|than)\s/giu;
const namesGroupJoin = holdsAnyOf(['versus', 'vs', 'compared', 'against', 'whereas', 'while', 'than']);
/** “Less than 3 percent”, “more than 1,000”: a bound on one figure, not a second group's. */
const boundBefore = /\b(?:less|more|fewer|greater|rather|other)\s$/iu;
/** A number in figures, not a multiplier (“3-fold”, “2 times”). */
const plainNumber = /(?<![\d,.])\d[\d,]*(?:\.\d+)?(?![\d,]*\s?[-–]?\s?(?:fold|times)\b)/gu;
/** The second group's number, in the words after the join. */
const numberAfterJoin = /^[^.;!?\d]{0,60}?(\d[\d,]*(?:\.\d+)?)/u;
const calendarYear = /^(?:19|20)\d\d$/u;
/**
 * What makes a number a group's rate or count: a percentage, a rate “per 1,000” or “in 100”, a count
 * over its group, or a count of people or events (“858 men”, “442 who got X-rays”). A dose (“80 mg
 * versus 20 mg”), an age or a duration is no group's outcome.
 */
const rateAfter =
  /^\s?(?:%|percent\b|per ?cent\b|per\s|in\s\d|out of\b|of (?:the |all |those )?\d|(?:[\p{L}-]+\s)?(?:people|patients|participants|women|men|children|adults|babies|infants|subjects|volunteers|users|cases|deaths|events|who|died|had|developed|were)\b)/iu;
/** “The top 25 percent”, “the lowest 25 percent”: a group named by its place in a ranking, not its rate. */
const rankBefore = /\b(?:top|bottom|highest|lowest|upper|lower|first|last|middle)\s$/iu;
/** Where a sentence part ends, reading back from a join: a semicolon, or a full stop not inside a number. */
const partStop = /[;!?]|\.(?!\d)/gu;

/**
 * Whether a sentence sets two groups' own figures side by side: a number, then within the sentence
 * part “versus”, “compared with”, “whereas” or “than” and another number (“only 1 percent of men
 * taking an anticoagulant had died versus 4 percent of those in the control group”, “659 … (19.9%),
 * compared with 858 men (25.1%)”, “less than 1% compared with 2%-10% with open surgery”), with an
 * absolute figure among them. Years, multipliers, relative figures and bounds (“less than 3
 * percent”) are no group's figure. An article that gives its groups' figures anywhere gives the
 * baseline a reader needs for its relative figures, or for another outcome's: editors differ on
 * whether that is enough (JUDGING.md: an absolute figure elsewhere in the article is debatable).
 */
export function givesGroupRates(text: string): boolean {
  const lower = lowerCaseForLiteralTests(text);
  if (lower !== undefined && !namesGroupJoin(lower)) return false;
  if (!hasAbsoluteFigure(text)) return false;
  const isGroupFigure = (start: number, number: string): boolean =>
    !calendarYear.test(number) &&
    rateAfter.test(text.slice(start + number.length, start + number.length + 30)) &&
    !rankBefore.test(text.slice(Math.max(0, start - 10), start));
  let relative: Figure[] | undefined;
  const isRelative = (start: number): boolean =>
    (relative ??= findRelativeEffects(text)).some((figure) => figure.start <= start && figure.end > start);
  for (const join of text.matchAll(groupJoin)) {
    if (/^than/iu.test(join[0]) && boundBefore.test(text.slice(Math.max(0, join.index - 12), join.index))) continue;
    const afterStart = join.index + join[0].length;
    const second = numberAfterJoin.exec(text.slice(afterStart, afterStart + 80));
    const secondNumber = second?.[1];
    if (second === null || secondNumber === undefined) continue;
    const secondStart = afterStart + second[0].length - secondNumber.length;
    if (!isGroupFigure(secondStart, secondNumber) || isRelative(secondStart)) continue;
    const from = Math.max(0, join.index - 120);
    let before = text.slice(from, join.index);
    let offset = from;
    for (const stop of before.matchAll(partStop)) {
      offset = from + stop.index + 1;
    }
    before = text.slice(offset, join.index);
    for (const number of before.matchAll(plainNumber)) {
      if (isGroupFigure(offset + number.index, number[0]) && !isRelative(offset + number.index)) return true;
    }
  }
  return false;
}

/**
 * A comparison group named (“the rate for 413 volunteers given placebo treatment was 7.7 percent”):
 * with an absolute figure, that group's own figure, which the sentence before may set against the
 * treated group's (“… developed an infection 3.4 percent of the time.”).
 */
const comparisonGroup =
  /\b(?:placebo|control|controls|untreated|usual care|comparison group|dummy|sham|non-?users?|did not|didn't|who had not|no treatment|standard (?:care|treatment|therapy)|other group)\b/iu;

/** Words that name no outcome of a comparison: the join, the control group, the verbs of a change, the researchers. */
const notTopicWords = new Set([
  'versus', 'control', 'lowered', 'lowering', 'cut', 'cuts', 'cutting', 'researchers', 'research', 'percentage', 'fold',
]); // prettier-ignore

/**
 * What a relative figure's clause is about, read loosely from both sides of it (“the risk of dying
 * from the cancer was reduced by more than half”: dying, cancer): the content words back to the last
 * comma or semicolon and on to the end of the clause, the words for dying taken as one (`outcomeKey`).
 */
export function figureTopicWords(text: string, figure: { start: number; end: number }): string[] {
  const before =
    text
      .slice(Math.max(0, figure.start - 80), figure.start)
      .split(/[,;]/u)
      .pop() ?? '';
  const after = text.slice(figure.end, figure.end + 60).split(/[,;.]/u)[0] ?? '';
  return topicWords(`${before} ${after}`);
}

/** The content words of a text, as `figureTopicWords` reads them, to compare with a figure's. */
export function topicWords(text: string): string[] {
  return contentWords(text)
    .filter((word) => !notTopicWords.has(word))
    .map(outcomeKey);
}

/** Whether a sentence names a comparison group (`comparisonGroup`). */
export function namesComparisonGroup(text: string): boolean {
  return comparisonGroup.test(text);
}

/**
 * Words that say what kind of figure a clause gives or who was counted, not which outcome it is
 * about: two clauses that share only these (“risk”, “women”, “percent”) are not about the same thing.
 */
const notOutcomeWords = new Set([
  'risk', 'risks', 'rate', 'rates', 'odds', 'chance', 'chances', 'likely', 'likelihood', 'percent', 'cent', 'times',
  'lower', 'higher', 'more', 'less', 'fewer', 'greater', 'reduced', 'reduction', 'reduce', 'reduces', 'increase',
  'increased', 'increases', 'decrease', 'decreased', 'decline', 'declined', 'drop', 'dropped', 'rise', 'fell',
  'compared', 'those', 'these', 'people', 'patients', 'women', 'adults', 'children', 'group', 'groups', 'study',
  'studies', 'trial', 'trials', 'year', 'years', 'months', 'weeks', 'about', 'with', 'that', 'were', 'which', 'their',
  'there', 'than', 'from', 'this', 'have', 'had', 'among', 'after', 'before', 'over', 'under', 'also', 'into', 'who',
  'when', 'what', 'been', 'being', 'will', 'would', 'could', 'they', 'them', 'said', 'says', 'found', 'some', 'most',
  'each', 'every', 'half', 'third', 'quarter', 'twice', 'double', 'doubled', 'nearly', 'almost', 'around', 'least',
  'disease', 'diseases', 'health', 'condition', 'conditions', 'developing', 'develop', 'getting', 'none', 'other',
  'such', 'only', 'just', 'between', 'while', 'whose', 'where', 'taking', 'took', 'given', 'average',
  'overall', 'total', 'number', 'numbers', 'per', 'during', 'within', 'without', 'placebo', 'participants',
]); // prettier-ignore

/**
 * The words that can name what a relative figure is about (“stroke”, “shingles”, “lung cancer”):
 * lower-case words of four letters or more in the rest of its clause, up to 45 characters (“twice
 * as likely to develop shingles”, “a 20-fold risk of lung cancer”), less the words every figure's
 * clause has (`notOutcomeWords`). A figure whose outcome comes before it (“the risk of death fell
 * by 21%”) gets none, and so keeps its finding: reading that outcome too (`riskNamedBefore`) was
 * tried and silenced releases HealthNewsReview marks Not Satisfactory for relative figures given
 * after an overall rate or a count of cases (“around 10% of the cohort died” … “reduced the risk of
 * death by two-thirds”), which JUDGING.md leaves debatable. The clause ends at a semicolon or a “, and” join, so
 * “seven times more likely to get breast cancer, and 30 times more likely to get ovarian cancer”
 * gives each figure its own outcome.
 */
export function outcomeWords(text: string, figure: { start: number; end: number }): string[] {
  const clause = clauseAround(text, figure);
  const after = text.slice(figure.end, Math.min(clause.end, figure.end + 45));
  // “59 percent lower than that of women who hadn't taken the drugs”: what follows “than” is the
  // comparison group, not the outcome.
  const than = /\bthan\b/iu.exec(after);
  return contentWords(than === null ? after : after.slice(0, than.index));
}

/** “Their risk was”, “the odds fell”: a risk not named by what it is a risk of. */
const anaphoricRisk =
  /\b(?:their|its|his|her|this|that|the|whose)\s(?:overall\s|relative\s)?(?:risks?|odds|chances?|likelihood)\b(?!\s(?:of|for|to|that)\b)/iu;

/**
 * Whether a relative figure's clause names no outcome at all: its risk is named only as “their risk”
 * (“their risk was 59 percent lower than that of women who hadn't taken the drugs”), and nothing
 * follows it but the comparison. Its outcome is that of the sentences around it.
 */
export function namesNoOutcome(text: string, figure: { start: number; end: number }): boolean {
  if (outcomeWords(text, figure).length > 0) return false;
  const clause = clauseAround(text, figure);
  return anaphoricRisk.test(text.slice(clause.start, figure.start));
}

/** How far before an absolute figure the risk it gives may be named: “the 10-year risk of developing colorectal cancer is between 1 and 1.4 percent”. */
const riskPhraseReach = 70;
/** “The risk of developing colorectal cancer”, “odds for a small baby”: a risk named by what it is a risk of. */
const riskOf = /\b(?:risks?|odds|chances?|rates?|incidence|likelihood|prevalence)\s(?:of|for)\s([^.,;:()]{3,60})$/iu;
const namesARisk = holdsAnyOf(['risk', 'rate', 'odds', 'chance', 'incidence', 'likelihood', 'prevalence']);
/** A change in a risk: “reduced”, “fell”, or the “by” of “by 2 percent”. */
const changeWord =
  /\b(?:by|reduc\w*|cut|cuts|lower\w*|rais\w*|increas\w*|decreas\w*|fell|falls?|dropp?\w*|declin\w*|rose|rises?|halv\w*|doubl\w*)\b/giu;
/** “Rate”, “risk”: the word a risk is named before. */
const riskWord = /\b(?:risks?|rates?|incidence)\b/giu;
const clauseStop = /[.,;:()]/u;

/**
 * The last match of a global pattern that ends within `reach` characters of the end of `text`,
 * with no clause stop after it: found by scanning forwards, since a pattern anchored at the end
 * (`…[^.;]{0,40}$`) is retried from every start and backtracks polynomially.
 */
function lastMatchNearEnd(text: string, pattern: RegExp, reach: number): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(pattern)) last = match;
  if (last === undefined) return undefined;
  const tail = text.slice(last.index + last[0].length);
  return tail.length <= reach && !clauseStop.test(tail) ? last : undefined;
}

/**
 * The outcome of a risk named just before an absolute figure (“the 10-year risk of developing
 * colorectal cancer is between 1 and 1.4 percent”, “the stroke rate was 4 percent”): the content
 * words of the risk's “of” phrase, or the word that names it, so that a baseline worded this way
 * counts its outcome as one worded “4 percent had a stroke” does.
 */
function riskNamedBefore(before: string): string[] {
  // Most absolute figures follow no risk word: a literal test rules them out before any pattern runs.
  if (!namesARisk(before.toLowerCase())) return [];
  // “Reduced the breast cancer death rate by as little as 2 percent”: a change in the risk, not its size.
  if (lastMatchNearEnd(before, changeWord, 40)) return [];
  const of = riskOf.exec(before);
  if (of) return contentWords(of[1] ?? '');
  // “The stroke rate was 4 percent”: a risk named by the word before it.
  const named = lastMatchNearEnd(before, riskWord, 30);
  if (!named) return [];
  const word = before.slice(0, named.index).trim().split(/\s+/u).at(-1) ?? '';
  return /^\p{L}[\p{L}-]{3,}$/u.test(word) ? contentWords(word) : [];
}

/**
 * How far after an absolute figure its outcome may be named: “26,000 of the 440,000 participants,
 * all with atrial fibrillation, were diagnosed with dementia” names it 75 characters on.
 */
const baselineReach = 90;

/**
 * What the absolute figures of a text count: the outcome words in the 90 characters after each
 * (“6 in 1,000 vaccinated adults got shingles”, “2 in 100 people on the drug had a stroke”).
 */
export function baselineWords(text: string): string[] {
  return countedWords(text, [
    ...findAbsoluteFigures(text),
    ...[...text.matchAll(eventCount)].map((match) => ({ start: match.index, end: match.index })),
  ]);
}

/**
 * “Genetic factors accounted for 35 percent of the difference in cataract progression”: a share of a
 * difference, a variation or an effect, which counts no people.
 */
const shareOfQuantityAfter =
  /^\s?(?:of\s(?:the\s)?(?:difference|variation|variance|variability|gap|effect|association|link|risk|excess)\b)/iu;

/**
 * What the article's absolute risks count (“318 of 444 women died”, “17 cancers for every 1,000 men”,
 * “10% of the cohort died”): as `baselineWords`, but only for figures that give a share or a rate of
 * people, never a bare count of events (“576 cases of lethal prostate cancer”, with no group to divide
 * it by) nor a share of a difference or an effect (`shareOfQuantityAfter`).
 */
export function absoluteRiskWords(text: string): string[] {
  // “Death risk dropped by 10 percent among prostate cancer patients; 30 percent among lung cancer
  // patients”, “a reduced risk (between 15 and 21 percent)”: a sentence of relative figures, whose
  // later figures read as absolute ones, gives no baseline unless it sets two groups' figures side
  // by side or states an absolute effect.
  if (findRelativeEffects(text).length > 0 && !givesGroupRates(text) && !hasAbsoluteEffect(text)) return [];
  return countedWords(
    text,
    findAbsoluteFigures(text).filter((figure) => !shareOfQuantityAfter.test(text.slice(figure.end, figure.end + 40))),
  );
}

function countedWords(text: string, figures: readonly { start: number; end: number }[]): string[] {
  return figures.flatMap((figure) => {
    // Only the figure's own clause counts: in “one in 19 men develops colorectal cancer, and slightly
    // fewer women do” the change word compares another group, and in “present in about 20% of
    // patients, and appeared to explain the reduction in colon cancer mortality” the outcome is not
    // what the figure counts.
    const counted = ownClause(text.slice(figure.end, figure.end + baselineReach));
    // “1 in 3 infections were prevented”, “a 9% or 10% reduction in prescriptions”: a relative change
    // in absolute dress gives no baseline.
    if (changeAfter.test(counted)) return [];
    // “The 10-year risk of developing colorectal cancer is between 1 and 1.4 percent”: the risk named before it.
    const before = text.slice(Math.max(0, figure.start - riskPhraseReach), figure.start);
    return [...riskNamedBefore(before), ...contentWords(counted)];
  });
}

/**
 * “148 strokes occurred”, “400 recurrences and 341 deaths”, “674 of whom died from cancer”: a count
 * of events in the study's people, which with its group size is a baseline (JUDGING.md reads such
 * counts further away as a baseline given elsewhere). A count of people (“1,000 women with breast
 * cancer”) is the study's size, not an outcome.
 */
const eventCount =
  /\b\d{1,3}(?:,\d{3}){0,3}(?= (?:of whom |of them |people |patients |participants |women |men |children )?(?:deaths|died|cases|strokes|heart attacks|recurrences|infections|events|diagnoses|fractures|hospitali[sz]ations|admissions|relapses|were diagnosed|developed|experienced|suffered|had died|had a)\b)/gu;

/** The text up to the end of its clause: a semicolon, or a comma before “and”, “but”, “while” or “whereas”. */
function ownClause(text: string): string {
  const stop = /;|, (?:and|but|while|whereas) /u.exec(text);
  return stop === null ? text : text.slice(0, stop.index);
}

const changeAfter =
  /\b(?:prevented|avoided|reductions?|reduced|fewer|lower|less|decreases?|decreased|declines?|declined|drops?|dropped|cuts?|increases?|increased|higher|more likely|less likely|times)\b/iu;

/**
 * The words for dying, which name one outcome however a sentence words it: “20 percent less likely
 * to die” and “21% … were dead after four years”, “a reduction in mortality” and “a 1.7% chance of
 * dying” count the same event.
 */
const deathWords = new Set([
  'die', 'dies', 'died', 'dying', 'dead', 'death', 'deaths', 'mortality', 'fatal', 'fatality', 'fatalities',
]); // prettier-ignore

/**
 * The outcome an outcome word of `outcomeWords` or `baselineWords` names, for comparing two
 * sentences' words: the words for dying are one outcome (“death”), any other word is its own.
 */
export function outcomeKey(word: string): string {
  // “deaths” and “fatalities” come singular (“death”, “fatalitie”) from `contentWords`.
  return deathWords.has(word) || deathWords.has(`${word}s`) ? 'death' : word;
}

/**
 * Lower-case words of four letters or more (and “die”), singular (“strokes” and “stroke” are one
 * outcome), less `notOutcomeWords`.
 */
function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}-]{2,}/gu) ?? [];
  return words
    .filter(
      (word) => (word.length > 3 || word === 'die') && !notOutcomeWords.has(word) && !numberWordPattern.test(word),
    )
    .map((word) => (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

function clauseAround(text: string, figure: { start: number; end: number }): { start: number; end: number } {
  const breaks = /;|, (?:and|but|while|whereas) /gu;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(breaks)) {
    if (match.index + match[0].length <= figure.start) start = match.index + match[0].length;
    else if (match.index >= figure.end) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

const numberWordPattern =
  /^(?:three|four|five|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?)$/u;

/**
 * “The risk of dying from lung cancer was cut by”, “the odds for a small baby”: the outcome a risk
 * names before its change, read to the end of the figure's own part of the clause.
 */
const riskOfBefore = /\b(?:risks?|odds|chances?|rates?|incidence|likelihood)\s(?:of|for)\s([^.,;:()]{3,80})$/iu;
/** “Deaths fell by”, “strokes were reduced by”, “their mortality dropped”: an event counted, named as the subject before its change. */
const eventBefore =
  /\b(deaths?|mortality|strokes?|heart attacks?|relapses?|recurrences?|infections?|fractures?|cancers?|admissions?|hospitali[sz]ations?|diagnoses|cases)\b[^.;,]{0,50}$/iu;
/** A verb or preposition of change that ends the outcome named before a figure (“the risk of stroke *fell by*”). */
const changeStop =
  /\s(?:by|was|were|is|are|had|has|have|fell|dropped|declined|rose|went|goes|remained|reduced|lowered|cut|increased|decreased|plummeted|sank|among|in|after|when|compared|than)\b/iu;

/**
 * What a relative figure is a risk of, read on both sides of it, each word as `outcomeKey` gives it
 * (“the risk of death fell by 21%”: death; “were 11 percent less likely to die”: death; “reduced their
 * risk for Type 2 diabetes by 24 percent”: type, diabete): the words after it (`outcomeWords`), the
 * outcome a risk names before it (“the risk of X”), or an event counted as its subject (“deaths
 * fell”). The words to look up the article's absolute figures of the same outcome by.
 */
export function relativeOutcomeKeys(text: string, figure: { start: number; end: number }): string[] {
  const clause = clauseAround(text, figure);
  const before = (
    text
      .slice(Math.max(clause.start, figure.start - 100), figure.start)
      .split(/[,;]/u)
      .pop() ?? ''
  ).trimEnd();
  const keys = outcomeWords(text, figure);
  const riskOf = riskOfBefore.exec(before);
  if (riskOf) {
    const named = riskOf[1] ?? '';
    const stop = changeStop.exec(named);
    keys.push(...contentWords(stop === null ? named : named.slice(0, stop.index)));
  } else {
    const event = eventBefore.exec(before);
    if (event) keys.push(...contentWords(event[1] ?? ''));
  }
  return [...new Set(keys.filter((word) => !linkWords.has(word)).map(outcomeKey))];
}

/** Words that join an outcome's name and name nothing: “dying *from* any cause”. */
const linkWords = new Set(['from', 'because', 'caused', 'cause', 'causes', 'due']);

/**
 * A finding of no difference, told before the figure in its clause: “no significant difference in
 * mortality (RR 1.00, 95% CI 0.47 to 2.14)”, “did not find any significant difference in …”, “was not
 * more effective than care as usual in improving …”, “did not translate into a higher frequency of”.
 */
const noDifferenceCue =
  /(?:\bno|\bnot (?:find|show|detect|observe|see|reveal) any|\bwithout any)\s(?:evidence of (?:an? )?)?(?:(?:statistically|clinically)\s)?(?:significant\s|clear\s|important\s|meaningful\s|apparent\s|evident\s|obvious\s|real\s)?(?:differences?|effects?|benefits?|associations?|impact|increases?|reductions?)\b|\b(?:did|does|do|was|were)\snot\s(?:significantly\s)?(?:differ|translate into|reduce|increase|lower|affect)\b|\bnot (?:significantly\s)?(?:more|less) (?:effective|likely)\b|\b(?:was|were|is|are)\snot\s(?:statistically\s)?significant(?:ly different)?\b/giu;
/** Where the clause of no difference gives way to one that reports an effect (“…, but the vaccine was associated with”). */
const noDifferenceEnds = /;|\b(?:but|although|though|whereas|however|yet|while|except)\b|\bassociated with\b/iu;
/** How far before the figure a finding of no difference may be told. */
const noDifferenceReach = 220;

/**
 * Whether a relative figure is given as the estimate of a finding of no difference (a null result):
 * the ratio of an effect the sentence says was not found claims no effect to exaggerate, and readers
 * split on whether it still needs its groups' rates (round 23: 4 correct, 8 debatable on Cochrane
 * abstracts).
 */
export function reportsNoDifference(text: string, figure: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, figure.start - noDifferenceReach), figure.start);
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(noDifferenceCue)) last = match;
  if (last === undefined) return false;
  return !noDifferenceEnds.test(before.slice(last.index + last[0].length));
}

/** A figure in percent and no more: “1.1%”, “about 4 percent”, “2 per cent”. */
const percentFigure =
  /^(?:by\s)?(?:about\s|around\s|roughly\s|nearly\s|almost\s|some\s)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent|per cent)$/iu;
/** Below this many percent, a change in a risk given as a bare percentage may be the difference in points. */
const smallChangeLimit = 5;
/**
 * “For each additional cup”, “every 5kg decline in grip strength”, “each unit increase in the marker”:
 * a figure per unit of an exposure, a dose-response estimate whose small size says nothing of its kind.
 */
const perUnitCue =
  /\b(?:each|every|per)\s(?:additional\s|extra\s)?(?:\d[\d.,]{0,9}\s?)?(?:[\p{L}-]+\s){0,2}?(?:increase|rise|decrease|decline|unit|units|cups?|drinks?|servings?|glass|glasses|grams?|g|kg|mg|points?|hours?|years?|standard deviation)\b/iu;

/**
 * Whether a relative figure of risk is so small that it may be the absolute difference itself, in
 * percentage points, worded as a relative change: “Brilinta reduced overall death rates by 1.1%”,
 * “2% fewer teen pregnancies”, “lowered their risk of getting depressed by about 4%”. A relative cut
 * under 5 percent is rarely news, and readers called each such figure ambiguous (round 24: 0 correct,
 * 4 debatable pooled). A figure per unit of an exposure (“4% lower odds … for each cup drunk daily”)
 * is a true relative estimate, and stays one.
 */
export function mayBePercentagePoints(text: string, figure: { start: number; end: number }): boolean {
  const value = percentFigure.exec(text.slice(figure.start, figure.end).trim());
  if (value === null || Number(value[1]) >= smallChangeLimit) return false;
  const clause = clauseAround(text, figure);
  return !perUnitCue.test(text.slice(clause.start, clause.end));
}
