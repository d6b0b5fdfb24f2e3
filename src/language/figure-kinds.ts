import { lexicon as tenseLexicon } from './figure-tense.generated.js';
import { holdsAnyWholeWord } from './literals.js';
import { findDateline } from './dates.js';

/**
 * What a figure is about, read from the words of its sentence: background (how common, deadly or
 * costly a condition is in a population), or the conduct of a study (who enrolled, stayed, was
 * funded, was at risk of bias). Which of the two a figure is decides whose figure it is: a review
 * summary or a study's release states background from elsewhere, and everything else it counts is
 * its own.
 */

/**
 * A verb of burden in the present: a condition that affects, afflicts, kills or is diagnosed in
 * people, people who suffer from or live with it, or die of it. Past forms (“died from any cause
 * after surgery”, “pregnancies affected by”) count the study's own people and do not count here.
 */
const burdenVerb =
  /\b(?:affects?|affecting|afflicts?|afflicting|suffers?|suffering|lives? with|living with|dies? (?:of|from|each|every)|kills?|killing|are diagnosed|is diagnosed|develops?|occurs? in|accounts? for)\b/iu;

/**
 * A population or a period that frames a figure as a fact about the world: a year's toll (not a
 * time point: “after a year”, “a year later”), the
 * world or a country, the population, a lifetime, prevalence or incidence, the commonest or
 * leading cause.
 */
const populationFrame =
  /\b(?:(?:each|every|per) year|(?<!\b(?:after|within|at|for|in|over|than|about|under|nearly|almost|least)\s)a year\b(?!\s(?:later|after|of|or|old))|annually|worldwide|globally|around the world|in the (?:world|UK|U\.K\.|US|U\.S\.|United States|United Kingdom|country)|(?:general|whole|adult) population|of the population|Americans|lifetime|prevalence|incidence|most common|leading cause)\b/iu;

/**
 * Whether a sentence states background: how common, deadly or costly a condition or habit is in a
 * population (“a disease affecting 1 in 70 women”, “kills 3 million people a year”, “the
 * prevalence in the general population ranges from 0.2 to 0.3 percent”). A review's or a study's
 * own result (“reduces the risk by about 5%”, “nausea varied from 16.7% to 32%”) is told with the
 * same verbs as any other sentence; background has these words of its own.
 */
export function statesBackground(text: string): boolean {
  return burdenVerb.test(text) || populationFrame.test(text);
}

/**
 * How a study was run rather than what it found or what the world is like: who was screened,
 * eligible, enrolled or randomised, who stayed in follow-up, dropped out or completed it, the
 * survey's response rate, the included studies' funding and risk of bias.
 */
const studyConduct =
  /\b(?:(?:in|to|during|for) follow-?up|followup|continued to participate|dropped out|drop-?outs?|withdr[ae]w|completed (?:the )?(?:study|trial|survey|questionnaire|follow-?up)|enrol(?:l?ed|l?ment|ling)|eligible (?:for|to join) (?:the|this) (?:study|trial)|screened for (?:enrol\p{L}*|inclusion|the (?:study|trial))|(?:who were|were) screened (?:qualified|were eligible)|met (?:its|the|their) (?:\p{L}+ )?criteria|response rate|responded to the (?:survey|questionnaire)|were (?:fully |partially |partly )?funded|funded (?:fully |partially |partly )?by|received no (?:outside )?funding|risk of bias|were randomi[sz]ed)\b/iu;

/**
 * Whether a sentence counts how a study was run (see `studyConduct`): “Nearly 90 percent have
 * continued to participate in follow-up”, “only 21 percent of those screened met its criteria”,
 * “only about half the patients who were screened qualified for treatment” (round 25),
 * “eight out of 12 trials were at high risk of bias”. Such a figure describes the study, not the
 * world, and needs no source of its own in an article about that study.
 */
export function describesStudyConduct(text: string): boolean {
  return studyConduct.test(text);
}

const tenseWords = (kind: string) =>
  tenseLexicon.filter((entry) => entry.kind === kind).flatMap((entry) => [...entry.match]);
const holdsPastVerb = holdsAnyWholeWord(tenseWords('past'));
const holdsPresentVerb = holdsAnyWholeWord(tenseWords('present'));
const holdsDatePhrase = holdsAnyWholeWord(tenseWords('date'));
/** A year or a decade (“in 2003”, “in the 1940s”). */
const year = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d(?:s|['’]s)?(?![\p{L}\p{N}])/u;

/**
 * Whether a sentence is told only in the past, with no date (see `figure-tense.yml`): “Five years
 * out, those figures dipped to 68 percent”, “Half of the women drank the juice”. Such a figure
 * reports what happened to a particular group (a study's arm or result, an event), not a claim
 * about the world, which is told in the present or the future, or dated (“In 2003, the rate was
 * 10.8 per 100,000”).
 */
export function tellsUndatedPast(text: string): boolean {
  return holdsPastVerb(text) && !holdsPresentVerb(text) && !holdsDatePhrase(text) && !year.test(text);
}

/** Words that end in “ed” but are no past verb. */
const notPastEd = new Set([
  'hundred',
  'need',
  'feed',
  'seed',
  'speed',
  'bleed',
  'breed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'embed',
]);
/** A regular past form (“recurred”, “changed”, “relieved”), by its ending. */
const regularPast = /(?<![\p{L}\p{N}])\p{L}{2,}ed(?![\p{L}\p{N}])/giu;

/**
 * Whether a sentence is told only in the past with a regular past verb, with no date and no verb
 * in the present, a modal or the future (“Hernias recurred in 5 percent of laparoscopic and 8
 * percent of the traditional-procedure patients”): what `tellsUndatedPast` reads with its short
 * list of verbs, read with any verb's “-ed” form. The form also makes participles (“patients
 * treated with …”), so it says what happened to a group only where a study was done, in an article
 * that reports one.
 */
export function tellsUndatedRegularPast(text: string): boolean {
  if (holdsPresentVerb(text) || holdsDatePhrase(text) || year.test(text)) return false;
  for (const match of text.matchAll(regularPast)) if (!notPastEd.has(match[0].toLowerCase())) return true;
  return holdsPastVerb(text);
}

/** “would” or “could”: what would or could happen, not what is. */
const projectionModal = /\b(?:would|could)\b/iu;

/**
 * Whether a sentence tells a projection, what would or could happen (“That could mean an additional
 * 2,300 Americans would be able to leave the hospital”, “more than half of patients would not be
 * helped”): a figure reasoned from other figures, often the writer's own sum from sources named
 * elsewhere, which editors differ on.
 */
export function tellsProjection(text: string): boolean {
  return projectionModal.test(text);
}

/**
 * A sentence that opens by setting up a hypothetical (“If there is a 10 in 1,000 chance you’ll
 * die …”, “Suppose 10 percent of …”, “Imagine …”, “Say …”), up to the end of that opening clause.
 */
const hypotheticalOpening =
  /^(?:(?:So|And|But|Now|Then),?\s)?(?:If|Suppose|Supposing|Imagine|Assume|Assuming|Say|Let['’]s say)\s([^,;:]{1,160})/u;
/** A figure in a hypothetical's opening clause: a share, a frequency, a multiple, a ratio. */
const figureWords =
  /\d\s?(?:%|percent|per\s?cent)|\d\s(?:in|out of|per)\s\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:in|out of)\s(?:every\s)?(?:\d|ten|a hundred|a thousand)|\btimes\s(?:more|higher|greater|as)\b|\b(?:hazard|odds|risk)\sratio\b/iu;

/**
 * Whether a sentence is a worked example: it opens with a hypothetical that sets a figure of its
 * own (“If there is a 10 in 1,000 chance you’ll die in the next year without exercise, … by
 * exercising you’d reduce that chance to 9 in 1,000”). Its figures are the writer's illustration of
 * how a number works, set rather than found (JUDGING.md `not_a_statistic`, round 25). A condition
 * with no figure of its own (“If you smoke, your risk is 20 times higher”) states a real risk.
 */
export function tellsWorkedExample(text: string): boolean {
  const opening = hypotheticalOpening.exec(text)?.[1];
  return opening !== undefined && figureWords.test(opening);
}

/** “For example”, “for instance”: what follows illustrates. */
const exampleMarker = /\b(?:for example|for instance|e\.g\.)/iu;
/** One imagined person who might be or see something: “she might be”, “you could be”. */
const imaginedPerson = /\b(?:she|he|you)\s(?:might|may|could)\b/iu;
/** What an imagined reader may be shown: “a patient may see a table showing …”. */
const imaginedDocument =
  /\b(?:may|might|could)\s(?:see|get|receive|read)\s(?:a|an)\s(?:[\p{L}-]+\s)?(?:table|report|chart|printout|readout|letter)\b/iu;

/**
 * Whether a sentence imagines a case to show what a number would look like to one person: an
 * example of one imagined person who might be so many times as likely (“For example, she might be
 * 4.4 times more likely than women without the variant …”), or what a report may show them (“So a
 * patient may see a table showing that her variants make her twice as likely …”). The figure
 * illustrates a kind of result; nobody found it (round 25). “Smokers may be twice as likely” speaks
 * of people in general, and is not read here.
 */
export function tellsHypotheticalCase(text: string): boolean {
  return (exampleMarker.test(text) && imaginedPerson.test(text)) || imaginedDocument.test(text);
}

/** “… means”, “… would mean”, “… translates into”: what a figure before the verb comes to in other terms. */
const meaningVerbBefore =
  /\b(?:means|would mean|translates (?:in)?to|is equivalent to|corresponds to)\s(?:[^.;:!?]{0,40})$/iu;

/**
 * Whether a figure spells out what an example figure means (“A hazard rate of 0.90, for example,
 * means a 10 percent reduction in the risk of death”): an explanation of how to read a measure,
 * with an example number of its own before the verb, not a figure about the world (round 25).
 */
export function spellsOutExampleFigure(text: string, figure: { start: number }): boolean {
  const before = text.slice(0, figure.start);
  const verb = meaningVerbBefore.exec(before);
  if (!verb) return false;
  const subject = before.slice(0, verb.index);
  return exampleMarker.test(subject) && /\d/u.test(subject);
}

/** “That is, …”, “In other words, …”, “Put another way, …”: a sentence that says the one before it again. */
const restatementOpening =
  /^(?:That is|That's|In other words|Put another way|Put differently|Said another way|To put it another way|Or)\s?,/iu;

/**
 * “That corresponds to …”, “This amounts to …”, “That translates into …”: the figures before worked
 * out in other terms (“… in 0.51 percent of those taking aspirin and 0.57 percent of those not.
 * That corresponds to a 20 percent relative reduction in risk.”). Not “That means …”, which as often
 * goes on to a consequence with a figure of its own.
 */
const derivationOpening =
  /^(?:That|This)\s(?:corresponds to|amounts to|translates (?:in)?to|works out to|equates to|is equivalent to)\b/iu;

/**
 * Whether a sentence opens by restating the sentence before it (“… 13 fractures per year for every
 * 10,000 people. That is, long-term users have a risk of about a tenth of 1 percent.”), or by working
 * its figures out in other terms (`derivationOpening`, round 26): its figure is the one before it in
 * other terms, whose source (or lack of one) is the earlier sentence's.
 */
export function opensWithRestatement(text: string): boolean {
  return restatementOpening.test(text) || derivationOpening.test(text);
}

/** What follows a dateline's date: an agency or place in brackets, a wire service's slashes, a dash. */
const afterDateline = /^\s*(?:\([^()]{0,60}\)\s*)?(?:\/[^/]{0,40}\/\s*)?(?:--|[—–-])?\s*/u;

/**
 * A sentence without the dateline it opens with (“Dec. 1, 2011 (Chicago) -- An experimental
 * treatment … relieved pain in over two-thirds of 327 people”): the dateline dates the article,
 * not what the sentence tells, so it does not make a past told there history.
 */
export function withoutDateline(text: string): string {
  const dateline = findDateline(text);
  if (!dateline) return text;
  const rest = text.slice(dateline.end);
  return rest.slice(afterDateline.exec(rest)?.[0].length ?? 0);
}
