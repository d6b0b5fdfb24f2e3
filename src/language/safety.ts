import type { ProseDocument, Sentence } from '../prose/types.js';
import { ContextMatcher, wordsBefore, type ContextEntry } from './context-match.js';
import type { PhraseMatch } from './phrases.js';
import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';
import { isNegatedAt } from './negation.js';
import { linkedTreatmentKeys } from './treatment-links.js';
import { harmVocabulary } from './harm-vocabulary.generated.js';
import { lexicon } from './safety.generated.js';
import { findConditions, findTreatments, isComparator, type TreatmentKind, type TreatmentMatch } from './treatments.js';
import { letterRuns } from './word-spans.js';
import { wordHash } from '../words/edits.js';
import { primed } from '../primed.js';

/**
 * Safety statements: named harms (side effects, adverse events, dependence, interactions),
 * concrete cautions (who should not use it, medical supervision, talk to your doctor) and risk
 * words about the treatment. Vague warnings ("should not be taken lightly", "monitored
 * carefully") are recognised but never count as a caveat, and a harm named in a reassuring
 * sentence ("side effects were mild", "well tolerated") does not either.
 */
export type SafetyKind = 'harm' | 'harm-class' | 'symptom' | 'caution' | 'risk' | 'vague' | 'reassurance';

export interface SafetyStatement {
  id: string;
  kind: SafetyKind;
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher<LexiconEntry>(lexicon);

/**
 * The clinical words for signs, symptoms and adverse events ("tachycardia", "hemothorax",
 * "neuropathy"; generated from MeSH and the Disease Ontology), read as symptoms: they count only
 * where the sentence puts them on the treatment, as "nausea" does, so the long tail of named
 * harms needs no phrase of its own. Looked up word by word in a set (a phrase trie of two
 * thousand words cost a quarter of a second to build and slowed every sentence).
 */
let harmWords: ReadonlySet<string> | undefined;

/** An entry of the safety lexicon: an id, a kind and its phrases. */
type LexiconEntry = ContextEntry & { readonly kind: string };
const vocabularyEntry = { id: 'harm-vocabulary', kind: 'symptom' } as const;
const vocabularyNotAfter = new Set([
  'no',
  'without',
  'zero',
  'fewer',
  'free of',
  'no serious',
  'no significant',
  'minimal',
]);

/**
 * The hashes (`wordHash`) of the harm words, which are ASCII: a run of ASCII letters whose lower
 * case hashes to none of them is no harm word, and is ruled out before it is made a string.
 */
let harmWordHashes: ReadonlySet<number> | undefined;

/** Clinical harm words of six letters or more in a sentence, outside the lexicon's own matches. */
function vocabularyMatches(sentence: string, taken: readonly PhraseMatch<LexiconEntry>[]): PhraseMatch<LexiconEntry>[] {
  const found: PhraseMatch<LexiconEntry>[] = [];
  harmWords ??= new Set(harmVocabulary);
  harmWordHashes ??= asciiHashes(harmWords);
  // The runs `/\p{L}{6,}/gu` finds, each with the hash of its lower case when it is ASCII.
  const runs = letterRuns(sentence, 6);
  for (let index = 0; index < runs.length; index += 3) {
    const hash = runs[index + 2] as number;
    if (!Number.isNaN(hash) && !harmWordHashes.has(hash)) continue;
    const start = runs[index] as number;
    const end = runs[index + 1] as number;
    const word = sentence.slice(start, end);
    if (!harmWords.has(word.toLowerCase())) continue;
    if (taken.some((match) => match.start < end && start < match.end)) continue;
    const before = wordsBefore(sentence, start, 2);
    if (vocabularyNotAfter.has(before.at(-1) ?? '') || vocabularyNotAfter.has(before.join(' '))) continue;
    found.push({ entry: { ...vocabularyEntry, match: [] }, start, end, text: word });
  }
  return found;
}

/**
 * "A transient reduction of erectile function", "a permanent loss of hearing", "deficits in any
 * hormone level", "hormone deficiency": a loss of what a body part does, told as what it loses.
 * Read as a symptom, so it counts only where the sentence puts it on the treatment ("27 patients
 * reported a transient reduction of erectile function", "were seen in 63 percent of participants").
 */
const functionLoss =
  /\b(?:(?:transient|temporary|permanent|lasting|partial|complete|significant|severe)\s+)?(?:loss(?:es)?|reductions?|declines?|impairments?|deteriorations?|worsening|deficits?|deficienc(?:y|ies))\s+(?:of|in)\s+(?:(?:any|the|their|his|her|normal)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:function(?:s|ing)?|hormones?(?:\s+levels?)?|hearing|vision|eyesight|sight|memory|fertility|libido|continence|bladder control|bowel control|erections?)\b|\bhormon(?:e|al)\s+(?:deficits?|deficienc(?:y|ies))\b/giu;

const functionLossEntry = { id: 'function-loss', kind: 'symptom' } as const;

/** "Slowed the decline in kidney function", "without loss of hearing": a loss the treatment spares. */
const sparedLossBefore =
  /\b(?:no|without|fewer|less|slow(?:s|ed|ing|er)?|smaller|prevent(?:s|ed|ing)?|delay(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|reduc(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|protect(?:s|ed|ing)? against|avoid(?:s|ed|ing)?)\s+(?:(?:the|a|any|further)\s+)?$/iu;

/**
 * What `functionLoss` needs, found in one cheap scan of the lower-cased sentence: the word for the
 * loss (“hormone deficiency” holds one too). Most sentences have none, and the pattern, asked of
 * every sentence the safety rule reads, is slow to fail.
 */
const lossWord = holdsAnyOf(['loss', 'reduction', 'decline', 'impairment', 'deterioration', 'worsening', 'deficit', 'deficienc']); // prettier-ignore

function functionLosses(sentence: string, taken: readonly PhraseMatch<LexiconEntry>[]): PhraseMatch<LexiconEntry>[] {
  const found: PhraseMatch<LexiconEntry>[] = [];
  const lower = lowerCaseForLiteralTests(sentence);
  if (lower !== undefined && !lossWord(lower)) return found;
  for (const match of sentence.matchAll(functionLoss)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((other) => other.start < end && start < other.end)) continue;
    if (sparedLossBefore.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    found.push({ entry: { ...functionLossEntry, match: [] }, start, end, text: match[0] });
  }
  return found;
}

/** The hashes of a list of words, all of which must be ASCII (a hash stands for an ASCII run only). */
function asciiHashes(words: ReadonlySet<string>): ReadonlySet<number> {
  const hashes = new Set<number>();
  for (const word of words) {
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(word)) throw new Error(`Harm word ${JSON.stringify(word)} is not ASCII`);
    hashes.add(wordHash(word));
  }
  return hashes;
}

/**
 * Words that point back at a treatment: "the drug", "it", "this treatment", "the procedure", or
 * the people given it ("the higher-dose patients", "women taking it", "those who received the
 * spray"), since what happens to them is put on what they were given. A placebo group is not.
 */
const treatmentReference =
  /\b(?:(?:treated|treatment|drug|vaccine|vaccinated|intervention|active) (?:group|arm)|(?:higher|lower|high|low|full|double)[ -]dose (?:group|arm|patients|participants|users)|(?:patients|people|participants|those|men|women|children|adults|subjects|users|volunteers) (?:who (?:took|take|takes|received|were given|used)|taking|given|using|receiving|treated with|on (?:the|it)\b)(?! (?:a |the )?(?:placebo|sham|dummy|no\b))|(?:the|this|these|those|such|that) (?:new |experimental |same )?(?:(?:two|three|both) )?(?:drug|medicine|medication|treatment|therap(?:y|ies)|procedure|operation|surgery|device|implant|supplement|vaccine|jab|shot|pill|tablet|product|infusion|injection|compound|gel|cream|spray|patch|ointment|drops|combination|combo)s?)\b/i;

const treatmentReferences = new RegExp(treatmentReference.source, 'gi');

/** Whether a treatment named at `treatmentStart` is what a group ending at `groupEnd` took ("men treated with Proscar"). */
function groupTreatedWith(sentence: string, groupEnd: number, treatmentStart: number): boolean {
  return treatmentStart >= groupEnd && /^\s*(?:(?:the|a|an)\s+)?$/i.test(sentence.slice(groupEnd, treatmentStart));
}

/** Every safety statement in a sentence; risk words only when the sentence is about a treatment. */
export function findSafetyStatements(sentence: string): SafetyStatement[] {
  const found: SafetyStatement[] = [];
  const listedMatches = matcher.matchAll(sentence);
  const matches = [
    ...listedMatches,
    ...vocabularyMatches(sentence, listedMatches),
    ...functionLosses(sentence, listedMatches),
  ].sort((a, b) => a.start - b.start);
  const contrasts = contrastOffsets(sentence);
  const reassuredClauses = new Set(
    matches.filter((match) => match.entry.kind === 'reassurance').map((match) => clauseOf(contrasts, match.start)),
  );
  // "Well tolerated, and the most common adverse events were thirst and constipation": a class of
  // harms that goes on to say which they were names them, reassurance or not.
  const symptomStarts = matches.filter((match) => match.entry.kind === 'symptom').map((match) => match.start);
  const listed = matches.find(
    (match) =>
      match.entry.kind === 'harm-class' &&
      (namesWhich(sentence, match.start, match.end) || namesWhichAfterOf(sentence, match, symptomStarts)),
  )?.start;
  for (const match of matches) {
    const kind = match.entry.kind as SafetyKind;
    const harmful = kind === 'harm' || kind === 'harm-class' || kind === 'symptom' || kind === 'risk';
    // "No significant side effects other than some arm soreness": what reassurance excepts is named.
    const reassured =
      reassuredClauses.has(clauseOf(contrasts, match.start)) &&
      !exceptedBefore.test(sentence.slice(Math.max(0, match.start - 60), match.start)) &&
      (listed === undefined ||
        match.start < listed ||
        clauseOf(contrasts, match.start) !== clauseOf(contrasts, listed));
    if (harmful && (reassured || negatedHarm(sentence, match.start))) continue;
    if (kind === 'harm-class' && insideCapitalisedName(sentence, match.start, match.end)) continue;
    if (
      kind === 'risk' &&
      (!aboutTreatment(sentence) || risksPeopleRun(sentence.slice(Math.max(0, match.start - 50), match.start)))
    )
      continue;
    if (match.entry.id === 'consult-a-professional' && !askingVerbBefore.test(sentence.slice(0, match.start))) continue;
    found.push({ id: match.entry.id, kind, start: match.start, end: match.end, text: match.text });
  }
  // Case-blind: "Increase in kidney disease among women given the gel" opens a sentence.
  const rise = riseWords.test(sentence) ? riseAmongTreated(sentence) : undefined;
  if (
    rise &&
    !negatedHarm(sentence, rise.start) &&
    !/\bno\s+(?:\S+\s+)?$/i.test(sentence.slice(Math.max(0, rise.start - 20), rise.start))
  )
    found.push(rise);
  for (const caution of professionalAsked(sentence, found)) found.push(caution);
  const barred = groupBarred(sentence);
  if (barred) found.push(barred);
  const deaths = deathWords.test(sentence) ? patientDeaths(sentence) : undefined;
  if (deaths) found.push(deaths);
  const deathRate = deathRateWords.test(sentence) ? treatedDeathRate(sentence) : undefined;
  if (deathRate && !found.some((other) => other.start < deathRate.end && deathRate.start < other.end))
    found.push(deathRate);
  const deadly = deadlyWords.test(sentence) ? deadlyTreatment(sentence) : undefined;
  if (deadly) found.push(deadly);
  const plain = mayStatePlainHarm(sentence) ? plainHarm(sentence, found) : undefined;
  if (plain && !found.some((other) => other.kind === 'harm' && other.start <= plain.start && other.end >= plain.start))
    found.push(plain);
  const tainted = taintWords.test(sentence) ? taintedTreatment(sentence) : undefined;
  if (tainted) found.push(tainted);
  const reaction = /react/i.test(sentence) ? reactionToTreatment(sentence) : undefined;
  if (reaction) found.push(reaction);
  const barredUse = notToBeUsedWords.test(sentence) ? notToBeUsed.exec(sentence) : null;
  if (barredUse)
    found.push({
      id: 'not-to-be-used',
      kind: 'caution',
      start: barredUse.index,
      end: barredUse.index + barredUse[0].length,
      text: barredUse[0],
    });
  if (ruledOutCueWords.test(sentence))
    found.push(
      ...harmsRuledOut(
        sentence,
        matches.filter((match) => match.entry.kind === 'symptom' || match.entry.kind === 'harm'),
      ),
    );
  return found;
}

/**
 * "The FDA Adverse Event Reporting System", "the Serious Adverse Events Committee": a class of harms
 * capitalised inside a run of capitalised words, in a sentence written in sentence case, is part of
 * a name (a database, a committee, a form), not harms anyone had. Title-case lines (headlines,
 * paper titles) capitalise every word, so they are left to the title tests.
 */
function insideCapitalisedName(sentence: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(sentence.slice(start, end)) || !/\p{Ll}/u.test(sentence.slice(start, end))) return false;
  const leading = sentence.slice(0, start).trimEnd();
  const wordBefore = leading.slice(leading.lastIndexOf(' ') + 1);
  const after = /^\s+(\S+)/u.exec(sentence.slice(end, end + 40));
  // The word before counts only when it is not the sentence's first ("Common Side Effects include …").
  const capitalisedBefore = /^\p{Lu}/u.test(wordBefore) && leading.includes(' ');
  const capitalisedAfter = after !== null && /^\p{Lu}\p{Ll}/u.test(after[1] ?? '');
  return (capitalisedBefore || capitalisedAfter) && !isTitleLine(sentence);
}

/**
 * "It shouldn't be done on pregnant women", "must not be given to children", "cannot be used in
 * people with pacemakers", "caution should be used if …": whom a treatment is not for, in any
 * verb and with or without a contraction (the lexicon lists the commonest full forms).
 */
const notToBeUsed =
  /\b(?:should|must|can|may)(?:\s+not|n[’']t|not)\s+(?:be\s+)?(?:used|done|given|taken|performed|offered|prescribed|applied|tried|combined|administered)\s+(?:on|in|by|for|to|with|during|if|when|after)\b|\bcaution (?:should|must) be (?:used|taken|exercised)\b|\bused with (?:great )?caution\b/iu;

const notToBeUsedWords = /not|n[’']t|caution/i;

const deathWords = /\bdie|\bdeath/i;

/**
 * "After the deaths of two patients", "two patient deaths", "three participants died": a count of
 * the people in a study who died is a harm readers want weighed, whatever killed them; a
 * population's deaths ("274,000 deaths annually") and a comparison of death rates ("fewer patients
 * died") are not counts of people in a study. Deaths in the placebo or control group are not the
 * treatment's.
 */
const studyDeaths =
  /\b(?:deaths? of (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}) (?:[\p{L}-]+ )?(?:patients?|participants?|volunteers?|subjects?|trial participants?|children|babies|infants|women|men)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}) (?:[\p{L}-]+ )?(?:patient|participant|volunteer|subject) deaths|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}) (?:of the )?(?:[\p{L}-]+ )?(?:patients?|participants?|volunteers?|subjects?)(?: (?:in|during|on) (?:the|this) (?:trial|study))? (?:later )?died)\b/giu;

const notTheTreated = /\b(?:placebo|control group|sham|untreated|dummy)\b/i;

function patientDeaths(sentence: string): SafetyStatement | undefined {
  if (notTheTreated.test(sentence)) return undefined;
  for (const match of sentence.matchAll(studyDeaths)) {
    if (isNegatedAt(sentence, match.index)) continue;
    const end = match.index + match[0].length;
    return { id: 'study-deaths', kind: 'harm', start: match.index, end, text: match[0] };
  }
  return undefined;
}

const deathRateWords = primed(/death|mortality/i);

/** Where a death rate is set for the treated: "in-hospital", "30-day", "post-operative" mortality. */
const deathRateSettings = String.raw`in-hospital|hospital|\d{1,3}-day|operative|perioperative|peri-operative|postoperative|post-operative|surgical|procedural`;

/**
 * "Mortality in the hospital was 0.3 percent", "30-day mortality of 2%", "people who had the
 * laparoscopic procedures also had lower death rates, at 0.07 percent versus 0.17 percent": a share
 * of the people given a treatment who died tells readers the gravest harm and how often, even when
 * it is lower than the alternative's (JUDGING.md: deaths, a quantified risk). Only a rate with its
 * figure, and only of the treated: one the sentence sets in hospital or after an operation, or one
 * of people the sentence names by the treatment they had; a disease's death rate ("pancreatic
 * cancer has a mortality rate of 90 percent") is the condition's, and a placebo group's is not the
 * treatment's. A rate the treatment lowers without a figure stays a benefit (`isLessened`), and so
 * does a figure that is the change ("in-hospital mortality rates were 11 percent lower").
 */
const deathRateFigure = new RegExp(
  String.raw`\b(?:(?:${deathRateSettings})\s+)?(?:death|mortality)(?:\s+rates?)?(?:\s+in\s+(?:the\s+)?hospital)?(?:\s*:\s*|(?:\s*,\s*|\s+)(?:was|were|of|at|stood at|reached)\s+)(?:about\s+|around\s+|only\s+|just\s+|under\s+|below\s+|less than\s+)?\d[\d.,]*\s?(?:%|percent|per cent)(?!\s+(?:lower|higher|less|more|fewer|smaller|greater|reduction|decrease|increase|drop|fall|rise|than|points?)\b)`,
  'giu',
);

/** A rate set in hospital or after an operation: "in-hospital mortality", "30-day mortality", "mortality in the hospital". */
const settingOfDeathRate = new RegExp(String.raw`^(?:${deathRateSettings})\b|\bin\s+(?:the\s+)?hospital\b`, 'iu');

/** "People who had the laparoscopic procedures", "patients who underwent surgery": the treated, named by what they had. */
const peopleWhoHad =
  /\b(?:patients|people|those|participants|women|men|children|adults)\s+who\s+(?:had|underwent|received|got|took)\b/iu;

function treatedDeathRate(sentence: string): SafetyStatement | undefined {
  if (notTheTreated.test(sentence)) return undefined;
  for (const match of sentence.matchAll(deathRateFigure)) {
    if (isNegatedAt(sentence, match.index)) continue;
    const before = sentence.slice(0, match.index);
    const had = peopleWhoHad.exec(before);
    const ofTheTreated =
      settingOfDeathRate.test(match[0]) ||
      (had !== null &&
        findTreatments(before.slice(had.index)).some((found) => found.kind !== 'lifestyle' && found.kind !== 'food'));
    if (!ofTheTreated) continue;
    return {
      id: 'treated-death-rate',
      kind: 'harm',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
  return undefined;
}

/**
 * "The drug could kill her", "tPA is dangerous for people with a bleeding stroke": a treatment said
 * to kill someone, or to be dangerous for some people, names its gravest harm and whom it is not for, in
 * plain words rather than a harm word. Only when the subject just before is the treatment (named,
 * or "the drug", "the people given it"), since "the disease can kill" and "a dangerous condition"
 * speak of what it treats; killing cells, germs or tumours is what it is for, and "too dangerous to
 * use" is often a warning the article goes on to overturn.
 */
const deadlyWords = primed(/kill|danger|deadly|lethal|fatal|life-threatening/i);
const deadlyPredicate =
  /\b(?:(?:can|could|may|might|would|will)\s+(?:potentially\s+|even\s+|also\s+|actually\s+)?kill(?:\s+(?:her|him|you|them|someone|people|patients|a patient|the patient|children|babies|women|men)\b|\s*[,.;:!?)]|\s*$)|(?:is|are|was|were|be|been|being)\s+(?:potentially\s+|very\s+|particularly\s+|especially\s+|extremely\s+|too\s+|also\s+)?(?:dangerous|deadly|lethal|fatal|life-threatening)\s+(?:for|in|if|when)\b)/gi;
const subjectReach = 40;
/** "The drug", "the women given it", perhaps with one word more ("the drug alone"), closing the subject. */
const treatmentReferenceAtEnd = new RegExp(`(?:${treatmentReference.source})\\s*(?:\\S+\\s*)?$`, 'i');

function deadlyTreatment(sentence: string): SafetyStatement | undefined {
  for (const match of sentence.matchAll(deadlyPredicate)) {
    if (isNegatedAt(sentence, match.index)) continue;
    if (!treatmentIsSubject(sentence, match.index)) continue;
    const end = match.index + match[0].length;
    return { id: 'deadly-treatment', kind: 'harm', start: match.index, end, text: match[0] };
  }
  return undefined;
}

/**
 * "Weight-loss supplements have been found to contain weight-loss drugs … at higher doses than a
 * prescription dose", "the capsules were contaminated with lead": a product said to hold drugs,
 * metals or germs its label does not promise names a harm of taking it (JUDGING.md: a harm in any
 * wording). Only when the treatment is the subject of the clause and what it holds is harmful,
 * since "the pill contains two drugs" and "found to contain vitamin D" describe what it is.
 */
const taintWords = primed(/contain|contaminat|taint|adulterat|spiked|laced/i);
const taintedPredicate =
  /\b(?:(?:(?:have|has|had)\s+been|are|is|were|was|be|been)\s+)?(?:(?:(?:often|sometimes|repeatedly|also|frequently|regularly)\s+)?(?:found|shown|known|discovered|reported|revealed|proven)\s+to\s+contain|contaminated\s+with|tainted\s+with|adulterated\s+with|spiked\s+with|laced\s+with)\s+(?:[\p{L}-]+\s+(?:or\s+|and\s+)?){0,4}?(?:drugs?|pharmaceuticals?|medicines?|medications?|stimulants?|steroids?|heavy metals?|lead|arsenic|mercury|cadmium|pesticides?|bacteria|mou?ld|toxins?|impurit(?:y|ies)|carcinogens?|contaminants?|sibutramine|ephedra|ephedrine)\b(?:,?\s+(?:or|and)\s+(?:[\p{L}-]+\s+){0,2}?(?:drugs?|pharmaceuticals?|medicines?|medications?|stimulants?|steroids?|heavy metals?|toxins?|contaminants?)\b)?/giu;

function taintedTreatment(sentence: string): SafetyStatement | undefined {
  for (const match of sentence.matchAll(taintedPredicate)) {
    if (isNegatedAt(sentence, match.index)) continue;
    if (!treatmentIsSubject(sentence, match.index)) continue;
    const end = match.index + match[0].length;
    return { id: 'tainted-treatment', kind: 'harm', start: match.index, end, text: match[0] };
  }
  return undefined;
}

/**
 * Whether the clause whose verb starts at `verbStart` has a treatment for its subject: what stands
 * between the last clause break and the verb names one (perhaps with a few words more, "ecstasy
 * use", or a first predicate joined by "and", "tPA is not indicated and could hurt"), or points back
 * at one ("the drug", "the people given it"), or is "it" or "they" after a treatment named earlier
 * in the sentence ("torcetrapib … studies found it raised blood pressure").
 */
function treatmentIsSubject(sentence: string, verbStart: number): boolean {
  // "Gastric bypass [a form of bariatric surgery] increases …": an aside in brackets between the
  // subject and its verb describes the subject; the verb's subject is what stands before it.
  const aside = bracketedAsideAtEnd.exec(sentence.slice(Math.max(0, verbStart - asideReach), verbStart));
  if (aside) verbStart -= aside[0].length;
  const before = sentence.slice(Math.max(0, verbStart - subjectReach), verbStart);
  const subject = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const named = findTreatments(subject).some(
    (found) => found.kind !== 'lifestyle' && found.kind !== 'food' && subjectTail.test(subject.slice(found.end)),
  );
  if (named) return true;
  // "… and finally that products may harm recipients": "that" before a plural is a conjunction, not "that drug".
  if (treatmentReferenceAtEnd.test(subject) && !conjunctionThat.test(subject)) return true;
  const pronoun = pronounSubject.exec(before);
  return (
    pronoun !== null &&
    findTreatments(sentence.slice(0, verbStart - before.length + pronoun.index)).some(
      (found) => found.kind !== 'lifestyle' && found.kind !== 'food',
    )
  );
}

const conjunctionThat = /\bthat\s+[\p{L}-]+s\s*$/iu;

/** A closed aside in brackets or parentheses ending right before a verb: "[a form of bariatric surgery] ". */
const bracketedAsideAtEnd = /(?:\[[^[\]]{1,60}\]|\([^()]{1,60}\))\s*$/u;
const asideReach = 70;

/** What may follow a treatment's name in its clause's subject: a few words, or a first predicate and "and". */
const subjectTail = /^[\s\p{L}-]{0,20}$|^\s+(?:is|are|was|were|has|have|had)\b[\s\p{L}-]{0,30}\band\s+$/u;

/** "It", "they" as the subject right before the verb, perhaps after an adverb or two modals ("it actually raised", "it also might impair"). */
const pronounSubject =
  /\b(?:it|they)\s+(?:[\p{L}]+ly\s+)?(?:(?:can|could|may|might|will|would|also|does|did)\s+){0,2}$/iu;

/**
 * "Ecstasy use can cause depression, severe anxiety and cognitive problems", "torcetrapib … raised blood
 * pressure", "tPA … could hurt a patient's chances": harms told in plain words rather than a harm word,
 * each only with the treatment as the clause's subject (`treatmentIsSubject`), since "the virus can
 * cause depression" and "stress raises blood pressure" speak of something else. A condition a
 * treatment is said to cause, a measure whose rise is a harm (blood pressure, heart rate, blood
 * sugar), or the treatment said to be able to hurt or harm someone.
 */
const plainHarmPredicate =
  /\b(?:(?:can|could|may|might|will|would|does|do|did)\s+(?:also\s+|even\s+|potentially\s+|sometimes\s+|actually\s+)?(?:cause|trigger|bring on|lead to|hurt|harm|worsen|damage|injure|endanger|impair|raise|increase|elevate)|causes|caused|triggers|triggered|raises|raised|increases|increased|elevates|elevated|hurts|harms|harmed|worsens|worsened|impairs|impaired)\b/gi;

/**
 * The literal pre-check `plainHarm` needs, asked of every sentence: a verb of causing or hurting, or
 * one of raising with a measure whose rise is a harm ("harm" alone would match "pharmacy").
 */
function mayStatePlainHarm(sentence: string): boolean {
  const lower = lowerCaseForLiteralTests(sentence);
  if (lower === undefined) return true;
  return plainCauseOrHurtWords(lower) || (plainRaiseWords(lower) && harmfulRiseWords(lower));
}

const plainCauseOrHurtWords = holdsAnyOf(['caus', 'trigger', 'bring on', 'lead to', 'hurt', 'harm', 'worsen', 'damage', 'injure', 'endanger', 'impair']); // prettier-ignore
const plainRaiseWords = holdsAnyOf(['raise', 'increase', 'elevate']);
const harmfulRiseWords = holdsAnyOf(['blood pressure', 'heart rate', 'pulse', 'blood sugar', 'glucose', 'triglycerides', 'liver enzymes', 'potassium', 'eye pressure', 'ldl']); // prettier-ignore
const causeVerb = primed(/cause|trigger|bring on|lead to/i);
const raiseVerb = primed(/raise|increase|elevate/i);

/** Measures whose rise a treatment brings is a harm of it (not HDL, bone density or a count of cells). */
const harmfulRise =
  /^\s+(?:(?:the|their|patients[’']|people[’']s|a patient[’']s)\s+)?(?:blood pressure|heart rate|pulse|blood sugar|blood glucose|triglycerides?|liver enzymes|potassium|eye pressure|intraocular pressure|LDL)\b/i;

/** What a cause verb brings, within three words: a condition the remedy list knows ("depression"). */
const causedWithin = /^\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * "Causes the cancer cell to die", "triggers tumours to shrink": what a cause verb makes die or
 * shrink is the disease the treatment works on, not a condition it brings.
 */
const madeToDie =
  /^(?:[\s-]+(?:cells?|tumou?rs?|tissues?))?\s+to\s+(?:die|shrink|self-destruct|disappear|wither|starve|stop growing)\b/iu;

function plainHarm(sentence: string, taken: readonly SafetyStatement[]): SafetyStatement | undefined {
  for (const match of sentence.matchAll(plainHarmPredicate)) {
    const end = match.index + match[0].length;
    const after = sentence.slice(end, end + 60);
    let harmEnd: number | undefined;
    if (causeVerb.test(match[0])) {
      const condition = findConditions(after).find(
        (found) => causedWithin.test(after.slice(0, found.start)) && !madeToDie.test(after.slice(found.end)),
      );
      // A symptom the harm vocabulary knows ("causes pain") is read, with its frame, where it is found.
      if (condition && !taken.some((other) => other.start < end + condition.end && other.end > end + condition.start))
        harmEnd = end + condition.end;
    } else if (raiseVerb.test(match[0])) {
      const measure = harmfulRise.exec(after);
      if (measure) harmEnd = end + measure[0].length;
    } else harmEnd = end;
    if (harmEnd === undefined) continue;
    // "tPA is not indicated and could hurt": a negation in the first of two joined predicates is not this one's.
    const joined = /\band\s+$/i.exec(sentence.slice(Math.max(0, match.index - 6), match.index));
    const clauseStart = joined ? match.index - joined[0].length + 3 : 0;
    if (isNegatedAt(sentence.slice(clauseStart), match.index - clauseStart)) continue;
    if (!treatmentIsSubject(sentence, match.index)) continue;
    return {
      id: 'plain-harm',
      kind: 'harm',
      start: match.index,
      end: harmEnd,
      text: sentence.slice(match.index, harmEnd),
    };
  }
  return undefined;
}

/**
 * "Acute pancreatitis was uncommon but higher with Januvia, 23 versus 12", "rashes were more common
 * among women given the gel": a symptom said to be commoner with a treatment, or among the people
 * given it, is a harm of that treatment, told as a comparison between the arms of a trial.
 */
const commonerWith =
  /^[^.;:]{0,70}?\b(?:higher|more (?:common|frequent|likely|often)|commoner|increased|elevated|greater|twice as (?:common|frequent|likely))\b[^.;:]{0,12}?\b(?:with|among|in|on|after|for)\s+/i;

/** The literal words one of which `commonerWith` needs. */
const commonerWords = primed(/higher|more|commoner|increased|elevated|greater|twice/i);

function commonerWithTreatment(sentence: string, statement: SafetyStatement): boolean {
  const after = sentence.slice(statement.end, statement.end + 110);
  if (!commonerWords.test(after)) return false;
  const commoner = commonerWith.exec(after);
  if (!commoner) return false;
  const rest = after.slice(commoner[0].length);
  return (
    !notTheTreated.test(rest.slice(0, 30)) && (treatmentReference.test(rest.slice(0, 40)) || namesTreatmentAt(rest))
  );
}

/**
 * "A patient reacted to the anesthesia", "an allergic reaction to the vaccine", "reactions to the
 * injection": reacting to a treatment, or to the drugs given with it, is a harm in whatever words
 * (a reaction to news or to stress is not: the object must be a treatment or what is given with one).
 */
const reactionTo = /\breact(?:s|ed|ing|ions?)?\s+to\s+/gi;
const givenWithTreatment =
  /^(?:(?:the|an?|his|her|their|its|this|that)\s+)?(?:general\s+|local\s+|spinal\s+)?(?:an(?:a)?esthe\w+|sedat\w+|contrast\b|dyes?\b|shots?\b|jabs?\b|doses?\b|infusions?\b|injections?\b|medications?\b|medicines?\b|drugs?\b)/i;

function reactionToTreatment(sentence: string): SafetyStatement | undefined {
  for (const match of sentence.matchAll(reactionTo)) {
    const after = sentence.slice(match.index + match[0].length);
    if (!givenWithTreatment.test(after) && !namesTreatmentAt(after)) continue;
    if (negatedHarm(sentence, match.index)) continue;
    const end = match.index + match[0].length;
    return { id: 'reaction-to-treatment', kind: 'harm', start: match.index, end, text: match[0].trim() };
  }
  return undefined;
}

/**
 * "About 20 percent of patients experience a mild headache", "three of the 40 volunteers developed
 * a rash", "several women reported nausea": a count of the people in a study going through a
 * symptom is a rate of events among the treated, the commonest way writers state a harm. Not the
 * people's condition ("30 percent of people with migraine have headaches": the group is named by
 * it), nor the control group's.
 */
const countedGroup =
  /(?<![\p{L}\p{N}.,])(?:\d[\d.,]*(?:\s*(?:%|percent|per cent))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a handful|several|some|half|most|many|a (?:third|quarter|fifth|tenth|minority))\s+(?:(?:in|out of)\s+(?:every\s+)?\S+\s+)?(?:of\s+)?(?:(?:the|those|these|all|their)\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:patients|participants|people|subjects|volunteers|women|men|children|kids|users|recipients|adults|babies|infants|teens|girls|boys|mothers)\b/giu;

/** The event verb between the counted group and the symptom: "experience", "developed", "reported". */
const countedEventVerb = /\b(?:experienc\w+|suffer\w*|develop\w*|had|have|has|got|get|report\w*)\s+(?:from\s+)?/giu;
/** Before the verb: nothing, an adverb, or where the people were ("in the trial", "given the drug"). */
const beforeCountedEvent =
  /^\s*(?:(?:also|later|still)\s*)?$|^\s+(?:in|on|given|taking|treated|receiving|who)\b[^,;.]{0,50}$/iu;
/** After the verb: at most three words before the symptom ("a mild", "severe"). */
const afterCountedEvent = /^(?:[\p{L}-]+\s+){0,3}$/u;

/** Whether what stands between a counted group and a symptom makes the symptom happen to them. */
function countedEvent(between: string): boolean {
  for (const verb of between.matchAll(countedEventVerb)) {
    if (
      beforeCountedEvent.test(between.slice(0, verb.index)) &&
      afterCountedEvent.test(between.slice(verb.index + verb[0].length))
    )
      return true;
  }
  return false;
}

function countedAmongTreated(sentence: string, statement: SafetyStatement): boolean {
  const before = sentence.slice(Math.max(0, statement.start - 110), statement.start);
  for (const group of before.matchAll(countedGroup)) {
    const between = before.slice(group.index + group[0].length);
    if (countedEvent(between) && !notTheTreated.test(before.slice(group.index))) return true;
  }
  return false;
}

const riseWords = primed(/increase|rise|excess/i);

/**
 * "Consult your primary care physician", "ask your own doctor", "check with a pharmacist",
 * "consult a dermatologist": asking a health professional, whatever words name which one, is a
 * concrete caution. The lexicon lists the short forms ("your doctor"); this reads the ones with
 * words between the determiner and the professional, and the specialists named by their field.
 * Advice only: a story's past ("she consulted her cardiologist and was prescribed …") is no caution.
 */
const askingProfessional =
  /\b(?:talk(?:ing)?|speak(?:ing)?|check(?:ing)?|consult(?:ing)?|ask(?:ing)?|discuss(?:ing)? (?:it|this|that|them))(?: to| with)?\s+(?:your|their|a|an|one[’']s)\s+(?:[\p{L}-]+\s+){0,3}?(?:doctors?|physicians?|GPs?|pharmacists?|nurses?|providers?|clinicians?|practitioners?|specialists?|professionals?|(?:dermato|cardio|onco|neuro|gastroentero|endocrino|rheumato|uro|gyneco|gynaeco|audio|ophthalmo|hemato|haemato|nephro|pulmono|immuno|allergo)logists?|p(?:a)?ediatricians?|obstetricians?|midwi(?:fe|ves)|dentists?|optometrists?)\b/giu;

/** The literal words one of which `askingProfessional` needs. */
const askingWords = primed(/talk|speak|check|consult|ask|discuss/i);

function professionalAsked(sentence: string, found: readonly SafetyStatement[]): SafetyStatement[] {
  if (!askingWords.test(sentence)) return [];
  const asked: SafetyStatement[] = [];
  for (const match of sentence.matchAll(askingProfessional)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((statement) => statement.kind === 'caution' && statement.start < end && start < statement.end))
      continue;
    if (isNegatedAt(sentence, start)) continue;
    asked.push({ id: 'ask-a-professional', kind: 'caution', start, end, text: match[0] });
  }
  return asked;
}

/**
 * "Patients with heart or other health problems may not be candidates", "people who have kidney
 * disease should not be eligible": a group named by its condition that the treatment is not for.
 * The group must be named by what it has: "patients who are not good surgical candidates" are
 * who an alternative to surgery is for, not a caution.
 */
const barredGroup =
  /\b(?:people|patients|women|men|those|anyone|children|adults|individuals|smokers|mothers)\s+(?:with|who (?:have|has|had|are (?:pregnant|breastfeeding|taking|on))|suffering from)\b/giu;

/** What is said of that group in its clause: "… may not be candidates", "… should not be eligible". */
const notCandidates =
  /^[^.;:]*?\b(?:may|might|should|would|could|will|are|is)(?:\s+not|n[’']t)\s+(?:be\s+)?(?:(?:good|suitable|ideal|appropriate|eligible|right)\s+)?(?:candidates|suitable|eligible|appropriate)\b/iu;

const barredWords = primed(/candidate|suitable|eligible|appropriate/i);

function groupBarred(sentence: string): SafetyStatement | undefined {
  if (!barredWords.test(sentence)) return undefined;
  for (const group of sentence.matchAll(barredGroup)) {
    const groupEnd = group.index + group[0].length;
    const said = notCandidates.exec(sentence.slice(groupEnd, groupEnd + 120));
    if (!said) continue;
    const end = groupEnd + said[0].length;
    return { id: 'group-barred', kind: 'caution', start: group.index, end, text: sentence.slice(group.index, end) };
  }
  return undefined;
}

/** "Elderly patients who also face a significant ongoing risk": a risk that people run, not one a treatment brings. */
const peopleAtRisk = /\bwho (?:also |already |still )?(?:face|faces|run|runs|are at|is at|were at|was at)\b/i;

/** Whether the clause before a risk word says the people run it ("elderly patients who also face a … risk"). */
function risksPeopleRun(before: string): boolean {
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
  );
  return peopleAtRisk.test(before.slice(clauseStart + 1));
}

/** "Speak to their health care providers", "consult with a physician": asking a professional, not naming one. */
const askingVerbBefore =
  /\b(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|check(?:s|ed|ing)?|consult(?:s|ed|ing)?|ask(?:s|ed|ing)?|discuss(?:es|ed|ing)?(?: (?:it|this|that|them|options))?)(?: to| with)?\s+$/i;

/** "The most common adverse events were", "a key side effect is": a class of harms about to say which. */
const whichHead =
  /\b(?:most common|commonest|most frequent(?:ly reported)?|main|key|chief|primary|principal|biggest|major|notable)\s+(?:[\p{L}-]+\s+)?$/iu;
const whichVerb =
  /^\s*(?:of (?:[\p{L}\p{N}-]+\s+){1,3})?(?:\([^)]{0,40}\)\s*)?(?:were|was|is|are|included?|includ(?:es|ing)|such as|:)\s+(?:(?:an?|the)\s+)?(\p{L}+)/iu;

/** Words after "were" that grade the harms instead of naming them ("side effects were mild"). */
const gradingWords = new Set(
  'mild minor rare rarer few fewer minimal manageable tolerable similar comparable generally mostly usually uncommon infrequent not no none transient temporary reversible low lower less more higher short-lived seen reported common'.split(
    ' ',
  ),
);

/**
 * ", Typically involving air or fluid", ", mostly including headaches", ", and included nausea", "but
 * included headache": a list after the grade, in a phrase or a second predicate of the same subject
 * (not "with no …").
 */
const gradedThenListed =
  /^[^.;:]{0,30}?[,\s]\s*(?:(?:and|but)\s+)?(?:(?:typically|usually|mostly|mainly|most often|chiefly|generally|primarily|largely|commonly)\s+)?(?:involving|including|included|include|includes|such as|like|consisting of)\s+(?!(?:no|none|any|nothing)\b)\p{L}/iu;

/**
 * Whether a class of harms goes on to say which harms it was: "side effects included thirst",
 * "adverse events such as rash", "side effects: nausea", "the most common adverse events were
 * thirst". "Were" and "is" name them only after a head that picks some out ("most common", "key"),
 * and never when what follows grades them ("were mild", "were similar").
 */
function namesWhich(sentence: string, start: number, end: number): boolean {
  const verb = whichVerb.exec(sentence.slice(end, end + 60));
  if (!verb) return false;
  // "Side effects were minimal, typically involving air or fluid around the lungs": graded, then listed.
  if (gradingWords.has((verb[1] ?? '').toLowerCase()))
    return gradedThenListed.test(sentence.slice(end + verb[0].length, end + verb[0].length + 60));
  if (!/(?:include|including|includes|included|such as|:)\s/i.test(verb[0]))
    return whichHead.test(sentence.slice(Math.max(0, start - 40), start));
  return true;
}

/** "Of" and a few words before the symptom it lists: "of nausea", "of appetite suppression and insomnia". */
const ofThenHarm = /^\s+of\s+(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * "The main adverse effects of appetite suppression and insomnia", "the most common side effects of
 * nausea": a class of harms picked out by its head ("main", "most common") whose "of" names a
 * symptom says which harms they were ("the side effects of chemotherapy" names whose, not which).
 */
function namesWhichAfterOf(
  sentence: string,
  harmClass: { start: number; end: number },
  symptomStarts: readonly number[],
): boolean {
  if (!whichHead.test(sentence.slice(Math.max(0, harmClass.start - 40), harmClass.start))) return false;
  return symptomStarts.some((start) => {
    const between = sentence.slice(harmClass.end, start);
    return start > harmClass.end && ofThenHarm.test(between) && findTreatments(between).length === 0;
  });
}

/**
 * "No differences among the groups in other serious side effects, such as nausea": the harms
 * happened, as often in each group, so the negation does not take them back.
 */
const noDifference =
  /\b(?:no (?:significant |statistically significant |major )?differences?|did not differ|didn[’']t differ|similar (?:rates?|numbers?|proportions?))\b/i;

/**
 * "No study showed it might cause harm aside from bad taste or constipation": what a negation
 * excepts is affirmed.
 */
const exceptedBefore =
  /\b(?:aside from|apart from|except(?: for)?|other than|besides)\s+(?:[\p{L}\p{N}'’-]+,?\s+){0,4}$/iu;

/**
 * A specific harm named as looked for and not found, told right before it: "does not worsen",
 * "did not aggravate", "was not associated with increased risk of", "without an increase in", "no
 * issues with", "did not detect any worsening of". Only a named sign, symptom or adverse event
 * follows (a class such as "side effects" is reassurance, which names nothing); readers judged
 * such articles debatable (`harm_absent`: the article weighs that harm, though an editor may ask
 * for others), never plainly missing a caveat.
 */
const ruledOutCue =
  /\b(?:(?:does|did|do|was|were|is|are|has|have|had|would|will|could)\s*(?:not|n[’']t)\s+(?:\w+\s+){0,2}?(?:worsen|aggravate|exacerbate|increase|raise|trigger|cause|lead to|(?:associated|linked|tied) (?:with|to)(?: an?)? (?:increased|higher|greater|more)(?: risks? (?:of|for))?|(?:find|detect|see|show|observe)(?: any| an?)? (?:increase|rise|worsening) (?:in|of))|without (?:an? |any )?(?:increase|rise|worsening) (?:in|of)|without (?:increasing|worsening|raising|aggravating|triggering|causing)|no (?:issues|problems|increase|rise|worsening) (?:with|in|of))\s+(?:(?:the|any|their|its|rates? of|cases of|episodes of|risks? of|more)\s+)?/giu;
const ruledOutCueWords = /\b(?:not|n[’']t|without|no)\b/i;

/** What may rule a harm out besides a named treatment: the study that looked, or a word pointing back at it. */
const ruledOutSubject = /\b(?:it|they|study|trial|researchers|investigators|team|analysis|use)\b/i;

/** Up to one word (a grade, "severe") between the cue and the harm it rules out. */
const ruledOutGap = /^(?:[\p{L}'’-]+\s+)?$/u;

function harmsRuledOut(sentence: string, named: readonly { start: number; end: number }[]): SafetyStatement[] {
  const found: SafetyStatement[] = [];
  for (const cue of sentence.matchAll(ruledOutCue)) {
    // "Arteries that narrow and do not cause a heart attack": a verb rules a harm out only for a
    // treatment, or a study looking for it, named just before it.
    const subject = sentence.slice(Math.max(0, cue.index - 80), cue.index);
    if (
      /^(?:does|did|do|was|were|is|are|has|have|had|would|will|could)\b/i.test(cue[0]) &&
      !ruledOutSubject.test(subject) &&
      !treatmentReference.test(subject) &&
      findTreatments(subject).length === 0
    )
      continue;
    const after = cue.index + cue[0].length;
    const window = sentence.slice(after, after + 60);
    const harm =
      named.find((match) => match.start >= after && ruledOutGap.test(sentence.slice(after, match.start))) ??
      findConditions(window)
        .map((condition) => ({ start: after + condition.start, end: after + condition.end }))
        .find((condition) => ruledOutGap.test(sentence.slice(after, condition.start)));
    if (harm)
      found.push({
        id: 'harm-ruled-out',
        kind: 'caution',
        start: cue.index,
        end: harm.end,
        text: sentence.slice(cue.index, harm.end),
      });
  }
  return found;
}

function negatedHarm(sentence: string, start: number): boolean {
  return (
    isNegatedAt(sentence, start) &&
    !noDifference.test(sentence.slice(0, start)) &&
    !exceptedBefore.test(sentence.slice(Math.max(0, start - 60), start))
  );
}

/**
 * Where a contrast turns a sentence ("no serious adverse events, but two had wound infections";
 * "well tolerated, although nausea was common") or a new clause starts (", and the latest trial
 * found no differences in adverse effects"): reassurance on one side does not cover harms on the other.
 */
const contrastWord = /\b(?:but|although|though|however|whereas|yet)\b|;|, and\b/gi;

function contrastOffsets(sentence: string): number[] {
  return [...sentence.matchAll(contrastWord)].map((match) => match.index);
}

/** Which clause an offset is in: how many contrasts come before it. */
function clauseOf(contrasts: readonly number[], offset: number): number {
  let clause = 0;
  while (clause < contrasts.length && (contrasts[clause] ?? Infinity) < offset) clause += 1;
  return clause;
}

/** "Side effects", "adverse events": harms only a treatment has, so a sentence that names them is about one. */
const treatmentHarmClass = /\b(?:side[ -]effects?|adverse (?:events?|effects?|reactions?|drug reactions?))\b/i;

function aboutTreatment(sentence: string): boolean {
  return (
    treatmentReference.test(sentence) ||
    treatmentHarmClass.test(sentence) ||
    findTreatments(sentence).some(
      (found) =>
        found.kind !== 'lifestyle' &&
        found.kind !== 'food' &&
        !lacking.test(sentence.slice(Math.max(0, found.start - 30), found.start)),
    )
  );
}

/** "A lack of vitamin D has been linked to multiple sclerosis", "low testosterone": harms of going without it. */
const lacking =
  /\b(?:lack(?:ing)?|deficien(?:t|cy|cies)|low|lower|insufficient|inadequate|too little)\s+(?:(?:levels?|amounts?|intakes?)\s+)?(?:of\s+|in\s+)?$/i;

/** "Lost a few pounds, which is a known side effect": the harm class is said of something named before it. */
const saidOfNamedThing =
  /\b(?:is|are|was|were|as) (?:(?:often|usually|sometimes|frequently|commonly|also) )?(?:an? )?(?:(?:known|common|recogni[sz]ed|possible|rare|frequent|well-known|documented|typical|serious|potential) )?$/i;

/** "Blurry menus are often side effects of getting old": the side effects of something that is no treatment. */
function ofSomethingElse(after: string): boolean {
  const of = /^\s+of\s+/.exec(after);
  return (
    of !== null &&
    !namesTreatmentAt(after.slice(of[0].length)) &&
    !/^(?:it|them|this|these|taking|using)\b/i.test(after.slice(of[0].length))
  );
}

/**
 * "The highly addictive nature of nicotine", "the harmful effects of the Aβ oligomers": a harm word
 * before "nature", "properties" or "potential of", or the harmful effects "of" something, names its
 * owner after "of"; when that owner is no treatment and no word pointing back at one (a cause of the
 * condition, a molecule), the harm is not the treatment's. "Side effects of any grade" grades them.
 */
const harmOwnerAfter = /^(?:\s+(?:nature|properties|potential))?\s+of\s+/i;
const gradeAfterOf = /^(?:any|all|grade|\d|mild|moderate|severe|serious|some|several|various|many|its|their)\b/i;

/** "One patient died", "two deaths": after these, "of a stroke" says what they died of, not whose harm the death is. */
const deathEnding = /\b(?:died|die|dies|deaths?)$/i;

function ownedByNonTreatment(sentence: string, statement: SafetyStatement): boolean {
  if (statement.kind !== 'harm' && !(statement.kind === 'harm-class' && /^harmful effects$/i.test(statement.text)))
    return false;
  if (deathEnding.test(statement.text)) return false;
  const after = sentence.slice(statement.end, statement.end + 60);
  const of = harmOwnerAfter.exec(after);
  if (!of) return false;
  const owner = after.slice(of[0].length);
  return !gradeAfterOf.test(owner) && ofSomethingElse(` of ${owner}`);
}

/** "There is a known side effect" says that one exists, not which. */
const thereIs = /\bthere (?:is|are|was|were)\b/i;

/** "The study will measure … adverse events", "to replicate the results and learn more about side effects": a plan to count harms names none yet. */
const plannedMeasure =
  /\band\s+(?:learn more about|learn about|understand|investigate|determine)\b|\b(?:will|would|to|plan to|aims? to)\s+(?:be\s+)?(?:measure|assess|evaluate|monitor|track|record|look at|examine|study|spot|detect|learn more about|learn about|understand|investigate|determine|measured|assessed|evaluated|monitored|tracked|recorded|examined|studied)\b/i;

/** "Researchers developed a vaccine", "the app was developed by": inventing something is not developing a symptom. */
const invented = /\b(?:developed|develop|develops|developing)\s+(?:by|a|an|the|new|novel|this|their|our)\b/gi;

/** How far after "develop a" a symptom may start and still be what develops ("develop a serious rash"). */
const inventedReach = 12;

/**
 * Whether the sentence frames a symptom as something that happened to people, near the symptom
 * ("can cause nausea", "nausea was reported"), not counting "developed a new …". A frame at the
 * other end of a long sentence is about something else ("civilians with insomnia … therapy led
 * to improvements").
 */
function framesHarm(sentence: string, statement: SafetyStatement): boolean {
  // "Could develop a blood clot": the symptom right after "develop a" is what develops, not an invention.
  const blanked = sentence.replace(invented, (found, offset: number) =>
    statement.start >= offset + found.length && statement.start - (offset + found.length) <= inventedReach
      ? found
      : ' '.repeat(found.length),
  );
  const conditionLike = conditionLikeHarms.has(statement.id);
  for (const frame of blanked.matchAll(harmFrames)) {
    const frameEnd = frame.index + frame[0].length;
    // "Whether a patient is experiencing a severe stroke": what people go through now is their condition.
    if (conditionLike && ongoingFrame.test(frame[0])) continue;
    // Heart attacks and strokes are a treatment's harm only when it is said to bring them ("can cause strokes").
    if (statement.id === 'cardiovascular-events' && !activeCause.test(frame[0])) continue;
    // "Damage that can be caused by strokes": what comes after "caused by" is the cause.
    if (frameEnd <= statement.start && /^\s+by\b/i.test(sentence.slice(frameEnd, frameEnd + 4))) continue;
    // "Israeli researchers report": a finding reported, not a harm; "nausea was reported" is one.
    if (
      frame.index >= statement.end &&
      /^report/i.test(frame[0]) &&
      !passiveBefore.test(sentence.slice(0, frame.index))
    )
      continue;
    // "A strain of bacteria that causes meningitis": the thing a relative clause is about brings the
    // harm (asked last: it looks treatments up).
    if (
      frameEnd <= statement.start &&
      statement.start - frameEnd <= frameReach &&
      !benefitBetween.test(sentence.slice(frameEnd, statement.start)) &&
      !ownedByRelativeClause(sentence.slice(0, frame.index))
    )
      return true;
    // "Such small strokes can lead to cognitive impairment": a cause after the symptom makes it the cause
    // ("nausea caused by the drug" is still the effect).
    if (
      frame.index >= statement.end &&
      frame.index - statement.end <= frameReach &&
      !(activeCause.test(frame[0]) && !/^\s+by\b/i.test(sentence.slice(frameEnd, frameEnd + 4)))
    )
      return true;
  }
  return false;
}

/** Words that may stand between a relative pronoun and its verb: "that can cause", "which often leads to". */
const relativeModals = new Set('can may could might often also usually sometimes commonly'.split(' '));

/** Whether a relative clause puts the frame on something other than a treatment ("bacteria that causes"). */
function ownedByRelativeClause(before: string): boolean {
  const words = before.slice(-60).trim().split(/\s+/);
  if (relativeModals.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  if (!/^(?:that|which)$/i.test(words.at(-1) ?? '')) return false;
  const head = (words.at(-2) ?? '').replace(/[^\p{L}-]/gu, '');
  return head !== '' && !namesTreatmentAt(head) && !treatmentReference.test(`the ${head}`);
}

/**
 * Harms that are as often the condition a treatment is for: the generated clinical words
 * ("neuropathy", "arthritis") and heart attacks and strokes. They need a frame that puts them on
 * the treatment; a risk word or "experiencing" near them is not enough ("the time of the highest
 * risk of heart attacks and strokes", "a patient is experiencing a severe stroke").
 */
const conditionLikeHarms: ReadonlySet<string> = new Set([
  'harm-vocabulary',
  'cardiovascular-events',
  'pain-of-the-treated',
]);

const ongoingFrame = /^(?:experienc(?:e|ing)|suffer)$/i;

/** "Was reported", "have been reported in two patients": a report of something that happened. */
const passiveBefore = /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+\s+)?$/iu;

/** Frames that make what follows them the effect: "led to", "resulted in", "triggered". */
const activeCause =
  /^(?:lead(?:s)? to|led to|result(?:s|ed)? in|trigger(?:s|ed)?|caus(?:e|es|ed|ing)|induc(?:e|ed|es))$/i;

/** "Treated after a stroke", "within hours following a heart attack": the event the treatment answers. */
const eventTreated =
  /\b(?:after|following|before|during|since|post)\s+(?:(?:a|an|the|their|his|her|acute|severe|major|first|recent)\s+){0,2}$/i;

/**
 * "Led to improvements in neuropathy", "resulted in less pain", "experienced fewer seizures":
 * what the frame brings is a benefit, and the symptom is what it lessens.
 */
const benefitBetween =
  /\b(?:improv\w*|reduc\w*|relie\w*|prevent\w*|protect\w*|fewer|less|lower|decreas\w*|declin\w*|drop|resolution|resolv\w*|remission|recover\w*|better|eas(?:e|ed|ing)|alleviat\w*|absence|freedom|control of)\b/i;

/** How far a frame may stand from the symptom it frames. */
const frameReach = 60;

/** A list right after a risk word: "risks such as bleeding", "risks, including infection". */
const listing =
  /^[\s,]*(?:such as|including|include|like|of (?:side effects|bleeding|infection|addiction|dependence|overdose|complications|harm))\b/i;

/** "The risks of using bisphosphonates include …": a list after what the risks belong to. */
const listingAfterUse =
  /^\s+of (?:using|taking|having|the) [\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)?,? (?:include|includes|included|are|were)\b/iu;

/**
 * Wording that makes a symptom a harm of something: "can cause nausea", "patients experienced headaches",
 * "users sent complaints, ranging from pain …" (what the people using it complain of).
 */
const harmFrame =
  /\b(?:caus(?:e|es|ed|ing)(?! of)|trigger(?:s|ed)?|lead(?:s)? to|led to|result(?:s|ed)? in|experienc(?:e|ed|ing)|(?<!\b(?:the|a|this|that|their|its|new) )report(?:ed)?|develop(?:ed)?|suffer(?:ed)?|occurr?(?:ed|s)?|induc(?:e|ed|es)|linked to|associated with|stopp?(?:ed|ing)|discontinu\w+|withdr[ae]w|rarely fatal|(?:rise|increase|excess|more cases) (?:in|of)|(?:seen|observed|noted) in \d+|(?:therapy|treatment|drug|device|procedure|surgery|vaccine|implant|injection)[- ]related|in the (?:treated|treatment|drug|vaccine|vaccinated|intervention|active) (?:group|arm)|(?:those|people|patients|women|men) (?:taking|given|on) (?:the|it)|complaints?,? (?:ranging from|of|about|including|such as))\b/i;

const harmFrames = new RegExp(harmFrame.source, 'gi');

/** "Those deaths were directly related to the transplant": the harm is put down to the treatment. */
/** "Infections after stem cell treatments", "bleeding caused by the implant": a harm put on what follows. */
const harmPutOn =
  /^[^.;:]{0,30}?\b(?:from|caused by|due to|after|following|linked to|associated with|related to|attributed to)\s+(?:the |this |that |these |its |their )?/i;

/** "He will still have infections after surgery": the condition going on despite the treatment. */
const persisting = /\bstill\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "Linked to low levels of testosterone": going without the treatment. */
const lackingStart = /^(?:low|lower|lack|lacking|deficien\w*|insufficient|inadequate|too little)\b/i;

/** How far a harm may stand after "can cause" in the same clause. */
const causedListReach = 80;

const blamedOnTreatment =
  /\b(?:(?:related|due|attributed|attributable|linked) to|from|after|caused by) (?:the |this |that )?(?:treatment|transplant|surgery|procedure|operation|drug|medication|medicine|therapy|vaccine|injection|infusion|implant|device)\b/i;

/** "Can cause fluid build-up", "may lead to liver damage": a risk verb with what it causes after it. */
const causesSomething = /^(?:can|may|could|might) (?:cause|lead to)$/i;

/** Harm classes that only a treatment has: a disease has no side effects or adverse reactions. */
const treatmentOnlyClass = /^(?:side|adverse|undesirable|unwanted|toxic)/i;

/**
 * "Treats many of the symptoms … such as tremors", "to fight infection", "a vaccine against
 * chlamydia": a harm word right after a remedy verb is what the treatment is for.
 */
const remedyObjectBefore =
  /\b(?:treat(?:s|ed|ing)?|fight(?:s|ing)?|combat(?:s|ed|ing)?|cure[sd]?|curing|reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|sooth(?:e|es|ed|ing)|against|ward(?:s|ed|ing)? off|protect(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){1,4}from)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/** "Adults with hearing loss", "people who have seizures": the people's condition, not a harm done to them. */
const peopleWith =
  /\b(?:people|patients|adults|children|kids|women|men|those|individuals|participants|subjects|veterans|seniors|civilians|residents|volunteers|survivors|sufferers|anyone|someone)\s+(?:with|who have|who had|suffering from|who (?:also )?suffer(?:ed|s)? from|who (?:also )?face)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "Cognitive decline commonly experienced in menopausal women": what a group of people live with, unless a treatment follows. */
const experiencedBy =
  /^\s+(?:(?:commonly|often|typically|frequently|usually)\s+)?experienced\s+(?:by|in|among)\s+(?=\p{L})/iu;

/** "A vaccine against chlamydia, a common STI that … can result in infertility": what a remedy is against is a condition. */
const remedyTarget = /\b(?:against|to treat|to prevent|treats|treating)\s+([\p{L}][\p{L}\p{N}'’-]*)/giu;

/** Condition words too general to own a harm ("symptoms such as nausea" says nothing about whose). */
const generalConditionWord = /^(?:symptoms?|conditions?|disorders?|illness(?:es)?|pain)$/i;

/** "Nausea from the drug", "bleeding caused by the implant": the harm is put on a treatment named after it. */
const attachedAfter =
  /^[^.;:]{0,30}?\b(?:from|caused by|due to|after|with|of|on|linked to|associated with|related to)\s+(?:the |this |that |these |its |their )?/i;

/**
 * Whether a harm belongs to the condition rather than a treatment: the thing a remedy treats
 * ("to fight infection"), or a harm said of a condition named nearer before it than any
 * treatment, where the condition is the subject ("the disease can cause strokes"), has a
 * clause of its own ("chlamydia, a common STI that … can result in infertility") or is said to
 * bring the harm ("symptoms associated with the disease such as tremors"). A treatment named
 * right after the harm owns it ("nausea from the drug"); side effects and adverse reactions
 * only a treatment has, whatever is named before them.
 */
function ofTheCondition(sentence: string, statement: SafetyStatement, all: readonly SafetyStatement[]): boolean {
  if (statement.kind === 'harm-class' && treatmentOnlyClass.test(statement.text)) return false;
  const before = sentence.slice(0, statement.start);
  if (remedyObjectBefore.test(before.slice(-60))) return true;
  // "Adults with hearing loss" is their condition; "men who had open surgery needed a transfusion" is what surgery did.
  const people = peopleWith.exec(before.slice(-60));
  if (people && !findTreatments(people[0]).some((found) => found.kind !== 'lifestyle' && found.kind !== 'food'))
    return true;
  // "The anti-clotting drug": what a remedy is against.
  if (/\banti-?$/i.test(before)) return true;
  const experienced = experiencedBy.exec(sentence.slice(statement.end, statement.end + 40));
  if (experienced && !namesTreatmentAt(sentence.slice(statement.end + experienced[0].length))) return true;
  const condition = lastCondition(sentence, statement.start, all);
  if (!condition) return false;
  const treatmentEnd = lastTreatmentEnd(before);
  if (treatmentEnd > condition.start) return false;
  const after = sentence.slice(statement.end, statement.end + 70);
  const attached = attachedAfter.exec(after);
  if (attached && namesTreatmentAt(after.slice(attached[0].length))) return false;
  // "The anxiety that comes with the fatigue … that can accompany anticancer drugs": the treatment owns what accompanies it.
  if (accompaniesTreatment(sentence, statement)) return false;
  return (
    treatmentEnd < 0 ||
    relativeClause.test(sentence.slice(condition.end, statement.start)) ||
    bringsTheHarm.test(sentence.slice(Math.max(0, condition.start - 30), condition.start))
  );
}

/** "Chlamydia, a common STI that …": a clause or an apposition of the condition's own between it and the harm. */
const relativeClause = /\b(?:that|which)\b|^,\s+(?:a|an)\s/i;

/** "Symptoms associated with the disease", "complications of diabetes": the condition brings the harm. */
const bringsTheHarm =
  /\b(?:of|associated with|caused by|due to|linked to|related to|from)\s+(?:the\s+|this\s+|their\s+|a\s+)?$/i;

/** Words after "against" or "to treat" that are people or determiners, not the condition. */
const notConditionWords = new Set(
  'the a an this that these those it them their its his her patients people men women children adults infants babies users'.split(
    ' ',
  ),
);

/** The last condition named before an offset: a listed condition or what a remedy is against. */
function lastCondition(
  sentence: string,
  offset: number,
  all: readonly SafetyStatement[],
): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  for (const found of findConditions(sentence)) {
    if (found.end > offset || generalConditionWord.test(found.text)) continue;
    // A harm word listed as a condition ("infection", "seizures") is the harm, not its owner.
    if (all.some((statement) => found.start < statement.end && statement.start < found.end)) continue;
    if (!last || found.start > last.start) last = { start: found.start, end: found.end };
  }
  for (const match of sentence.matchAll(remedyTarget)) {
    const word = match[1] ?? '';
    const start = match.index + match[0].length - word.length;
    if (start + word.length > offset || notConditionWords.has(word.toLowerCase()) || namesTreatmentAt(word)) continue;
    if (!last || start > last.start) last = { start, end: start + word.length };
  }
  return last;
}

/** Where the last treatment, or a word pointing back at one ("the drug"), named in a text ends; -1 if none. */
function lastTreatmentEnd(text: string): number {
  let end = -1;
  for (const found of findTreatments(text)) if (found.kind !== 'lifestyle' && found.kind !== 'food') end = found.end;
  for (const match of text.matchAll(treatmentReferences)) end = Math.max(end, match.index + match[0].length);
  return end;
}

/** Whether a text opens on a treatment or a word pointing back at one ("drug" after "from the"). */
function namesTreatmentAt(text: string): boolean {
  const start = text.slice(0, 40);
  return (
    treatmentReference.test(`the ${start}`) ||
    findTreatments(start).some((found) => found.kind !== 'lifestyle' && found.kind !== 'food')
  );
}

/**
 * Whether a statement is a safety caveat in the sense of RULES.md: a named harm or a concrete
 * caution. A class of harms ("side effects", "risks") counts when its sentence says which or how
 * often; a symptom ("nausea") when the sentence frames it as caused by something, or lists it as
 * a side effect. Vague warnings and reassurance never count.
 */
export function isSafetyCaveat(statement: SafetyStatement, sentence?: string, all: SafetyStatement[] = []): boolean {
  if (statement.kind === 'caution') return true;
  if (sentence === undefined) return statement.kind !== 'symptom';
  if (ofTheCondition(sentence, statement, all)) return false;
  if (ownedByNonTreatment(sentence, statement)) return false;
  if (statement.kind === 'harm') return true;
  if (
    (statement.kind === 'symptom' || statement.kind === 'harm-class') &&
    plannedMeasure.test(sentence.slice(0, statement.start))
  )
    return false;
  if (statement.kind === 'symptom') {
    // A risk word names a class of harms only where it is a caveat itself ("the risk of nausea"), not
    // in "deaths were about the same … the rate of blood clots was lower". (Asked only here: a risk
    // word's own test never asks about symptoms this way, so the two never call each other in a loop.)
    const classNamed = (): boolean =>
      all.some((other) => other.kind === 'harm-class') ||
      all.some((other) => other.kind === 'risk' && isSafetyCaveat(other, sentence, all));
    // "Severe infections after stem cell treatments", "nausea from the drug": put on the treatment named next.
    const after = sentence.slice(statement.end, statement.end + 70);
    const attached = harmPutOn.exec(after);
    const onTreatment = (): boolean =>
      attached !== null &&
      !persisting.test(sentence.slice(Math.max(0, statement.start - 30), statement.start)) &&
      !lackingStart.test(after.slice(attached[0].length)) &&
      namesTreatmentAt(after.slice(attached[0].length));
    // "The fatigue, hair loss and other body changes that can accompany anticancer drugs": what comes with a treatment is its harm.
    if (accompaniesTreatment(sentence, statement)) return true;
    // "Pain or reddening at the injection site": a symptom where the needle went in is the injection's.
    if (atInjectionSite.test(sentence.slice(statement.end, statement.end + 50))) return true;
    // "Patients taking briakinumab had more serious infections than those taking methotrexate".
    if (moreAmongTreated(sentence, statement)) return true;
    // "Women who received acupuncture reported pain during the needling"; not "cope with pain … after surgery".
    if (statement.id === 'pain-of-the-treated')
      return (
        (treatmentReference.test(sentence.slice(0, statement.start)) && framesHarm(sentence, statement)) ||
        causedByTreatmentNamedBefore(sentence, statement)
      );
    if (commonerWithTreatment(sentence, statement)) return true;
    if (riskPutOnTreatment(sentence, statement)) return true;
    // "There were four instances of severe hypoglycemia", "10 patients had an episode of rejection":
    // events counted in a study happened, and "you risk kidney stones" puts the harm on the reader.
    if (countedEpisodes.test(sentence.slice(Math.max(0, statement.start - 60), statement.start))) return true;
    if (personRisks.test(sentence.slice(Math.max(0, statement.start - 40), statement.start))) return true;
    if (!conditionLikeHarms.has(statement.id))
      return (
        classNamed() ||
        onTreatment() ||
        (framesHarm(sentence, statement) && (aboutTreatment(sentence) || countedAmongTreated(sentence, statement)))
      );
    // Words that may name the condition count after a class of harms, not after a risk word.
    if (eventTreated.test(sentence.slice(Math.max(0, statement.start - 40), statement.start))) return false;
    return (
      all.some((other) => other.kind === 'harm-class') || (framesHarm(sentence, statement) && aboutTreatment(sentence))
    );
  }
  if (statement.kind === 'risk') {
    // "The risk of burnout", "people at higher risk of cancer": risks of the condition, unless named.
    const after = sentence.slice(statement.end, statement.end + 40);
    if (causesSomething.test(statement.text)) {
      // "Can cause adverse reactions" names no harm; "can cause nausea" does, and so does "can
      // cause devastating loss of menstrual periods, and loss of fertility", a list in one clause.
      return all.some(
        (other) =>
          other.kind !== 'risk' &&
          other.kind !== 'harm-class' &&
          other.start >= statement.end &&
          other.start - statement.end <= causedListReach &&
          !/[.;:]|\bbut\b/.test(sentence.slice(statement.end, other.start)),
      );
    }
    return (
      listing.test(after) ||
      listingAfterUse.test(after) ||
      raisedByTreatment(sentence, statement) ||
      deathsAmongTheTreated(sentence, statement) ||
      blamedOnTreatment.test(sentence.slice(statement.end, statement.end + 60)) ||
      all.some((other) => other.kind === 'harm') ||
      all.some(
        (other) =>
          other.kind === 'symptom' &&
          !conditionLikeHarms.has(other.id) &&
          other.start >= statement.end &&
          other.start - statement.end <= 30,
      )
    );
  }
  if (statement.kind !== 'harm-class' || isOfCondition(sentence, statement.end)) return false;
  // "Could lead to negative effects, such as skin lesions": plain words for harms count with their list.
  if (statement.id === 'negative-effects') return listedAfter.test(sentence.slice(statement.end, statement.end + 40));
  if (conditionBefore(sentence, statement.start)) return false;
  const namedBefore = sentence.slice(Math.max(0, statement.start - 40), statement.start).replace(/\s+/g, ' ');
  if (saidOfNamedThing.test(namedBefore) && !thereIs.test(namedBefore))
    return !ofSomethingElse(sentence.slice(statement.end, statement.end + 50));
  // "Despite the adverse events", "estrogen blockers have significant side effects": a class of
  // harms said to happen tells readers the treatment has a downside, even when it does not say
  // which (issue #13: readers see such an article as balanced, and a finding there as wrong). Only
  // harms no one knows or collected yet ("no information on side effects was collected", "the
  // long-term side effects are unknown") name nothing.
  // "Lower complications (1 percent) than surgery" still gives the rate.
  const lowered =
    loweredInClause.test(sentence.slice(Math.max(0, statement.start - 80), statement.start)) &&
    !quantifiedAfter.test(sentence.slice(statement.end, statement.end + 30)) &&
    !comparedRateLater.test(sentence.slice(statement.end, statement.end + 120));
  return !harmsUnknown(sentence, statement) && !lowered;
}

/**
 * "The fatigue, hair loss and other body changes that can accompany anticancer drugs", "the nausea
 * that comes with chemotherapy": symptoms a relative clause says come with a treatment named right
 * after the verb are its harms, however long the list before the clause ("the anxiety that comes
 * with depression" names a condition, not a treatment, and does not count).
 */
const accompanyingClause =
  /^[^.;:]{0,70}?\b(?:that|which)\s+(?:(?:can|may|might|could|often|usually|commonly|typically|sometimes|also|frequently)\s+){0,2}(?:accompan(?:y|ies|ied)|comes? with|came with|go(?:es)? (?:hand in hand )?with)\s+(?:the |this |that |these |its |their )?/i;

function accompaniesTreatment(sentence: string, statement: SafetyStatement): boolean {
  const after = sentence.slice(statement.end, statement.end + 120);
  const clause = accompanyingClause.exec(after);
  return clause !== null && namesTreatmentAt(after.slice(clause[0].length));
}

/**
 * "The very low risk of bleeding with apixaban", "the rate of infection after the implant", "the
 * odds of a stroke on the drug": a risk or rate of a harm put on the treatment names that harm and
 * tells readers it can happen, however small it is said to be (JUDGING.md: a harm named in any
 * wording counts). A risk the treatment lowers ("cut the risk of stroke") has no treatment after it.
 */
const riskOrRateOfBefore = /\b(?:risks?|rates?|incidence|odds|chances?|likelihood)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const withTreatmentAfter = /^\s+(?:with|from|after|following|on)\s+/i;

function riskPutOnTreatment(sentence: string, statement: SafetyStatement): boolean {
  if (!riskOrRateOfBefore.test(sentence.slice(Math.max(0, statement.start - 40), statement.start))) return false;
  const after = sentence.slice(statement.end, statement.end + 60);
  const joined = withTreatmentAfter.exec(after);
  return joined !== null && namesTreatmentAt(after.slice(joined[0].length));
}

/**
 * "Four instances of severe hypoglycemia", "an episode of antibody-mediated rejection", "two bouts
 * of pneumonia": a number of events of a symptom is a count of adverse events that happened (a
 * fall in their number, "fewer episodes of", has no number right before the events).
 */
const countedEpisodes =
  /(?<![\p{L}\p{N}])(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:(?:serious|severe|major|mild|minor|new|further|more|separate|additional)\s+)?(?:instances?|episodes?|bouts?|occurrences?)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "You risk kidney stones", "patients could risk infection": people said to risk a harm by it. */
const personRisks =
  /\b(?:you|we|they|patients|people|users|women|men|children|recipients|one)\s+(?:(?:may|might|could|would|will|also|then|still)\s+){0,2}risk\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * "Stem cell study shows promise, yet causes pain", "the injections caused pain in two": pain said to
 * be caused by a treatment named before it in the sentence (a condition that causes pain is no treatment).
 */
const causesPainBefore = /\b(?:caus(?:e|es|ed|ing)|trigger(?:s|ed)?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function causedByTreatmentNamedBefore(sentence: string, statement: SafetyStatement): boolean {
  const before = sentence.slice(0, statement.start);
  const cause = causesPainBefore.exec(before.slice(-50));
  if (!cause) return false;
  const subject = before.slice(0, before.length - cause[0].length);
  return findTreatments(subject).some(
    (found) =>
      found.kind !== 'lifestyle' &&
      found.kind !== 'food' &&
      !lacking.test(subject.slice(Math.max(0, found.start - 30), found.start)),
  );
}

/** "Pain or reddening at the injection site", "swelling around the infusion site": where a treatment went in. */
const atInjectionSite =
  /^\s+(?:(?:or|and)\s+[\p{L}-]+\s+)?(?:at|around|near|on|in)\s+(?:the\s+)?(?:injection|infusion|vaccination|jab|needle|implant(?:ation)?|incision)\s+sites?\b/iu;

/**
 * "Patients taking briakinumab had more serious infections", "those given the drug developed higher
 * rates of pneumonia": the people given the treatment going through more of a symptom than others
 * is a harm of it, told as a comparison between the arms of a trial (`commonerWith` reads the same
 * comparison with the symptom first). The group must be the treated one, in the clause of the verb.
 */
const moreAfterEventVerb =
  /\b(?:had|have|has|experienc(?:e|ed|es)|develop(?:ed|s)?|suffer(?:ed|s)?|report(?:ed|s)?|got|saw)\s+(?:(?:significantly|slightly|far|much|many|somewhat|substantially)\s+)?(?:more|higher (?:rates?|numbers?|levels?|incidences?) of|(?:an\s+)?(?:increased|greater|excess) (?:rates?|risk|incidence|numbers?) of|longer (?:durations?|spells|bouts|episodes) of)\s+(?:(?:serious|severe|major|mild|minor|cases of|episodes of|bouts of)\s+){0,2}$/iu;

function moreAmongTreated(sentence: string, statement: SafetyStatement): boolean {
  const before = sentence.slice(Math.max(0, statement.start - 120), statement.start);
  const verb = moreAfterEventVerb.exec(before);
  if (!verb) return false;
  const subject = before.slice(0, verb.index);
  const clauseStart = Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';'), subject.lastIndexOf(' but '));
  const clause = subject.slice(clauseStart + 1);
  return (treatedGroup.test(clause) || treatmentReference.test(clause)) && !notTheTreated.test(clause);
}

/** "Babies in the DHA group", "patients in the aspirin arm": a trial arm named by what it was given. */
const treatedGroup =
  /\bin the (?!(?:control|placebo|sham|comparison|usual|standard|age|study|same|other|risk|high-risk|low-risk|older|younger)\b)[\p{L}\p{N}-]+ (?:group|arm)\s*$/iu;

/** A list right after a class of harms: "negative effects, such as skin lesions", "ill effects including". */
const listedAfter = /^,?\s*(?:such as|including|include[sd]?|like|:)\s+(?!(?:no|none|any|nothing)\b)\p{L}/iu;

/**
 * "Only 13 per cent compared with 35 per cent": a rate set against another later in the clause
 * tells readers how often the harms came, lower than the alternative's or not (JUDGING.md).
 */
const comparedRateLater =
  /^[^.;:]{0,80}?\d[\d.,]{0,8}\s?(?:%|per ?cent)\s+(?:of (?:the )?(?:patients|people|participants)\s+)?(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|only\s+)?\d/i;

/** "May be used to lower Type 1 diabetic patients’ chance of this complication": a harm the treatment is said to lessen. */
const loweredInClause =
  /\b(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|fewer|less|decreas(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\b[^.;,]{0,60}$/i;

/** "Information on side effects", "little is known about complications": harms not recorded, not harms. */
const unknownBefore =
  /\b(?:information|data|details|evidence|nothing|little|less) (?:(?:is|was) (?:known|available) )?(?:on|about|regarding|concerning|of) (?:(?:the|its|their|any|possible|potential|long-term|rare)\s+){0,2}$/i;

/** "Side effects are unknown", "the complications remain unclear". */
const unknownAfter =
  /^[^.;:]{0,30}?\b(?:are|is|were|was|remain|remains)\s+(?:still\s+|largely\s+|as yet\s+)?(?:unknown|unclear|uncertain|not (?:yet )?(?:known|clear|understood))\b/i;

/**
 * "Factors that affect tumor control and toxicity", "predictors of complications": harms as an outcome
 * a study weighs, not harms it says happened.
 */
const outcomeWeighedBefore =
  /\b(?:factors?|predictors?|determinants?)\s+(?:(?:that|which)\s+(?:affect|influence|predict|determine)s?|of)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

function harmsUnknown(sentence: string, statement: SafetyStatement): boolean {
  return (
    unknownBefore.test(sentence.slice(Math.max(0, statement.start - 50), statement.start)) ||
    outcomeWeighedBefore.test(sentence.slice(Math.max(0, statement.start - 70), statement.start)) ||
    unknownAfter.test(sentence.slice(statement.end, statement.end + 60))
  );
}

/** Risk words that say something raises a risk: "increased the risk of", "a higher risk of". */
const raisingRisk =
  /^(?:increased the risk|increases the risk|increase the risk|raised the risk|raises the risk|raise the risk|increased risk|higher risk|greater risk)$/i;

/** "Increasing risk", "an 82 percent increase in the risk", "doubled the risk": words that raise the risk after them. */
const raisingBefore =
  /\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|higher|greater|elevated|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|excess)\s+(?:in\s+)?(?:the\s+|their\s+|a\s+)?$/i;

/** "… among men treated with Proscar", "in patients taking the drug": the people given a treatment, not a placebo. */
const amongTheTreated = (reach: number): RegExp =>
  new RegExp(
    String.raw`^[^.;]{0,${reach}}?\b(?:among|in|for)\s+(?:the\s+)?(?:patients|men|women|people|those|participants|users|children|adults|subjects)\s+(?:treated with|taking|given|using|on|receiving|who (?:took|received|used|were given))\s+(?!(?:a |the )?(?:placebo|sham|dummy)\b)`,
    'i',
  );
const amongTheTreatedNear = amongTheTreated(60);
const amongTheTreatedFar = amongTheTreated(120);

/** Whether the text after a risk or a rise puts it on people given a treatment it names or points back at. */
function runByTheTreated(after: string, reach = 60): boolean {
  const group = (reach > 60 ? amongTheTreatedFar : amongTheTreatedNear).exec(after);
  if (!group) return false;
  const rest = after.slice(group[0].length);
  return /^(?:it|them)\b/i.test(rest) || namesTreatmentAt(rest);
}

/**
 * "There was an increase in prostate cancers … among patients treated with Avodart": a rise in a
 * disease or adverse event among the people given a treatment is its harm, whatever the disease.
 */
const riseIn =
  /\b(?:increase|increases|rise|rises|excess)\s+in\s+(?:the\s+)?(?:(?:number|rate|rates|incidence|risk)\s+(?:of|for)\s+)?/gi;

/** How far after the risen disease the treated group may be named ("… a so-called Gleason score of 8 to 10 among patients treated with …"). */
const riseReach = 160;

function riseAmongTreated(sentence: string): SafetyStatement | undefined {
  if (!/\b(?:among|in|for) /i.test(sentence)) return undefined;
  for (const rise of sentence.matchAll(riseIn)) {
    const objectStart = rise.index + rise[0].length;
    const object = sentence.slice(objectStart, objectStart + 40);
    const harmful =
      findConditions(object).some((found) => found.start <= 12) ||
      vocabularyMatches(object, []).some((found) => found.start <= 12);
    if (!harmful) continue;
    if (!runByTheTreated(sentence.slice(objectStart, objectStart + riseReach), riseReach - 40)) continue;
    return { id: 'rise-among-treated', kind: 'harm', start: rise.index, end: objectStart, text: rise[0].trim() };
  }
  return undefined;
}

/** "Women who take multivitamins have increased death rates": more deaths among those given a treatment. */
const raisingMortality = /^(?:increased|higher|excess) (?:death rates?|mortality|rates? of death)$/i;

/**
 * Words before a treatment that make it what is missing, falling or stopped, not what is given:
 * "a decline in estrogen", "patients who stopped taking statins".
 */
const notGiven =
  /\b(?:in|of|low|lower|reduced|declining|falling|without|lack|less|no|non-?users? of|(?:not|never) (?:take|taking|took|use|using|used|receive|receiving|received|get|getting|given)|(?:stopp(?:ed|ing)|quit(?:ting)?|discontinu\w+|skipp(?:ed|ing)|miss(?:ed|ing))(?: taking)?)\s+$/i;

/**
 * "Hormone therapy started in women over 65 increased the risk of dementia": a treatment named
 * before a raised risk of something is said to cause it, which names a harm.
 */
function raisedByTreatment(sentence: string, statement: SafetyStatement): boolean {
  const raisedDeaths = raisingMortality.test(statement.text);
  const raised =
    raisingRisk.test(statement.text) ||
    (/^risks?$/i.test(statement.text) &&
      raisingBefore.test(sentence.slice(Math.max(0, statement.start - 40), statement.start)));
  if (!raisedDeaths && !raised) return false;
  if (!raisedDeaths && !/^\s+(?:of|for|among|in)\s/i.test(sentence.slice(statement.end, statement.end + 8)))
    return false;
  // "An increased risk of high-grade cancers among men treated with Proscar": the people given it run it.
  if (runByTheTreated(sentence.slice(statement.end, statement.end + 100))) return true;
  const before = sentence.slice(0, statement.start);
  // "Such treatments can increase the risk of breast cancer", "it raises the risk of": a word pointing
  // back at a treatment, as the subject of the raising verb, says the treatment raises it.
  if (raisingVerb.test(statement.text) && treatmentIsSubject(sentence, withoutModals(before).length)) return true;
  const given = findTreatments(before).filter((found) => found.kind !== 'lifestyle' && found.kind !== 'food');
  const last = given.at(-1);
  return last !== undefined && !notGiven.test(before.slice(Math.max(0, last.start - 24), last.start));
}

/**
 * "Most deaths did occur in people who used kratom", "deaths among patients taking the drug": deaths
 * put on the people given the treatment are its gravest harm (a fall in them, "deaths were lower in
 * people who took aspirin", is a benefit, which `isLessened` reads).
 */
function deathsAmongTheTreated(sentence: string, statement: SafetyStatement): boolean {
  return /^deaths?$/i.test(statement.text) && runByTheTreated(sentence.slice(statement.end, statement.end + 100));
}

/** Risk words that are a verb ("increase the risk"), whose subject raises the risk. */
const raisingVerb = /^(?:increase|increases|increased|raise|raises|raised) the risk$/i;

/** Modals and adverbs between a subject and its verb: "such treatments can also increase". */
const modalWords = new Set(
  'can could may might will would also even potentially actually further significantly'.split(' '),
);

/** A text without the modals and adverbs it ends on ("such treatments can also " → "such treatments "). */
function withoutModals(text: string): string {
  let end = text.length;
  for (;;) {
    const trimmed = text.slice(0, end).trimEnd();
    const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
    if (!modalWords.has(trimmed.slice(space + 1).toLowerCase())) return text.slice(0, end);
    end = space + 1;
  }
}

/** "Complications of diabetes", "adverse effects of menopause": the harms of the condition, not of a treatment. */
function isOfCondition(sentence: string, end: number): boolean {
  const after = sentence.slice(end, end + 40);
  if (!/^\s+(?:of|from)\s/i.test(after)) return false;
  return findConditions(after).length > 0 && findTreatments(after).length === 0;
}

/** "Diabetes and related complications", "cancer-associated complications": the condition's harms. */
const relatedBefore = /(?:\s|-)(?:related|associated)\s+$/i;

function conditionBefore(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (!relatedBefore.test(before)) return false;
  return findConditions(before).length > 0 && findTreatments(before).length === 0;
}

/**
 * Harms of the alternatives ("the side effects of current treatments", "options for these patients are
 * few, and they come with substantial adverse effects") are not caveats about this one.
 */
const alternativesAll =
  /\b(?:current|traditional|existing|conventional|other|standard|older|usual|available|commonly used|widely used)\s+(?:[\w-]+\s+){0,2}(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|options?|procedures?|surgery|approach(?:es)?|techniques?|methods?)\b|\b(?:treatment\s+)?options\s+for\s+(?:these|such|those|the|many|most)\s+(?:patients|people|men|women|children)\b/gi;

/** "In addition to other drugs", "with other medicines": what is taken alongside, not an alternative. */
const takenAlongside = /\b(?:in addition to|along with|together with|combined with|alongside|mixed with|with)\s+$/i;

/**
 * "Patients undergoing cancer treatment", "people receiving treatment for breast cancer": the care
 * people get for their condition, named by the condition alone, is what they have now, not the
 * treatment an article promotes (checked with `findConditions` and `findTreatments` below).
 */
const careForCondition =
  /\b(?:patients|people|men|women|children|adults|those|survivors)\s+(?:undergoing|receiving|going through)\s+(?:[\p{L}-]+\s+){1,2}(?:treatments?|therap(?:y|ies)|care)\b|\b(?:undergoing|receiving|going through)\s+(?:treatments?|therap(?:y|ies)|care)\s+for\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/giu;

function namesCareForCondition(text: string): boolean {
  for (const match of text.matchAll(careForCondition))
    if (findConditions(match[0]).length > 0 && findTreatments(match[0]).length === 0) return true;
  return false;
}

/** Whether a text names the alternatives to a treatment ("current treatments"), not what is taken alongside it. */
function namesAlternatives(text: string): boolean {
  for (const match of text.matchAll(alternativesAll))
    if (!takenAlongside.test(text.slice(Math.max(0, match.index - 20), match.index))) return true;
  return namesCareForCondition(text);
}

const yardstickBefore =
  /\b(?:than|compared (?:with|to)|versus|vs\.?|relative to)\s+(?:(?:with|to|on|the|those|patients|people)\s+){0,3}$/i;

/**
 * "Fewer patients had serious side effects from nivolumab than with conventional treatment - 13 per
 * cent compared with 35 per cent": the alternatives are the yardstick of a rate of the treatment's
 * own harms, not their owner. Only when every mention of the alternatives is such a yardstick and a
 * rate set against another rate is given.
 */
function comparedWithAlternatives(sentence: string): boolean {
  const mentions = [...sentence.matchAll(alternativesAll)];
  return (
    mentions.length > 0 &&
    mentions.every((match) => yardstickBefore.test(sentence.slice(Math.max(0, match.index - 40), match.index))) &&
    /(?<![\d.,])\d[\d.,]{0,8}\s?(?:%|per ?cent)\s+(?:of (?:the )?(?:patients|people|participants)\s+)?(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|only\s+)?\d/i.test(
      sentence,
    )
  );
}

/** Harms that the treatment is said to lessen ("fewer side effects", "reduces complications"). */
const lessened =
  /\b(?:fewer|less|lower|lowers|reduce[sd]?|reducing|reductions? (?:in|of)|lessen(?:s|ed|ing)?|improv(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|delay(?:s|ed|ing)?|minimi[sz](?:e|es|ed|ing)|avoid(?:s|ing)?|prevent(?:s|ed|ing)?|without|lower (?:number|rate|rates|incidence) of)\s+(?:\S+\s+){0,3}$/i;

/** "Side effects were eliminated or greatly reduced", "complications were less common". */
const lessenedAfter =
  /^\s+(?:(?:were|was|are|is|have been|had been)\s+)?(?:either\s+)?(?:eliminated|reduced|lower|fewer|less|rarer|avoided|minimi[sz]ed|halved|cut)\b/i;

/** A rate right after a class of harms: "complications (1 percent)", "adverse events in 4%". */
const quantifiedAfter =
  /^\s*(?:\(|in |of |at )?(?:about |around |only |just |less than |fewer than |under |below |more than |over |nearly |almost |up to )?\d[\d.,]*\s?(?:%|per ?cent)/i;

/** "Lower complications (1 percent) than surgery (10 percent)" still tells readers the rate: not lessened away. */
function isLessened(sentence: string, caveat: SafetyStatement): boolean {
  // "Lower death rates, at 0.07 percent": a harm that carries its own figure is told how often.
  if (caveat.id === 'treated-death-rate') return false;
  if (quantifiedAfter.test(sentence.slice(caveat.end, caveat.end + 30))) return false;
  if (caveat.kind === 'harm-class' && comparedRateLater.test(sentence.slice(caveat.end, caveat.end + 120)))
    return false;
  return (
    lessened.test(sentence.slice(0, caveat.start)) || lessenedAfter.test(sentence.slice(caveat.end, caveat.end + 40))
  );
}

/**
 * Whether a sentence's harms belong to another treatment than the one asked about: it names
 * treatments, none of them that one, and has no word pointing back at it ("the drug", "this
 * treatment"). "Biopsy is invasive" in an article about a urine test, "stimulants cause
 * insomnia" in one about a sleep programme. A word pointing back that fits only another named
 * treatment ("a transplant … because the procedure can cause complications" in an article
 * about a drug) points back at that one.
 */
function aboutOtherTreatment(
  sentence: string,
  isIt: (found: TreatmentMatch) => boolean,
  kind?: TreatmentKind,
  isNamedIt: (found: TreatmentMatch) => boolean = isIt,
  harmEnd = sentence.length,
): boolean {
  const mentioned = findTreatments(sentence).filter((found) => !found.generic || found.drugClass);
  const named = mentioned.filter((found) => !yardstickAfterHarm(sentence, found, harmEnd));
  // "The premature menopause that results from chemotherapy and surgery" in an article about
  // acupuncture: a bare word for the target's kind listed with another treatment names one of
  // those other treatments, not the target (which the list would name as such).
  const standsForIt = (found: TreatmentMatch): boolean =>
    isIt(found) && (isNamedIt(found) || !listedWithOther(sentence, found, named, isIt));
  if (named.length === 0 || named.some(standsForIt)) return false;
  // "Among men treated with Proscar": a group named by the treatment it took points at that one.
  const references = [...sentence.matchAll(treatmentReferences)]
    .filter(
      (match) => !mentioned.some((found) => groupTreatedWith(sentence, match.index + match[0].length, found.start)),
    )
    .map((match) => match[0]);
  if (references.length === 0) return true;
  if (kind === undefined) return false;
  return references.every(
    (reference) => !fitsKind(reference, kind) && named.some((found) => fitsKind(reference, found.kind)),
  );
}

/** "Compared with", "which compares with", "than", "versus": what sets one rate against another. */
const comparisonCue = /\b(?:compar(?:ed|es|ing)\s+(?:with|to)|than|versus|vs\.?|relative to)\b/i;

/**
 * "Significant hearing loss was seen in 12 percent of patients, which compares with around 25 percent
 * reported in studies using photon radiotherapy": a treatment named after the harm, beyond a
 * comparison, is the yardstick its rate is set against, not the harm's owner.
 */
function yardstickAfterHarm(sentence: string, found: TreatmentMatch, harmEnd: number): boolean {
  return found.start >= harmEnd && comparisonCue.test(sentence.slice(harmEnd, found.start));
}

/** "Chemotherapy and surgery", "surgery or radiotherapy": what joins two treatments in one list (spaces collapsed). */
const listJoints: ReadonlySet<string> = new Set([',', 'and', 'or', ', and', ', or', 'and/or']);

/** Whether the text between two treatments only joins them in a list; a set, not a pattern, so nothing backtracks. */
function joinsList(between: string): boolean {
  return listJoints.has(between.trim().replace(/\s+/g, ' ').replace(/ ,/g, ',').toLowerCase());
}

/** Whether a treatment stands in a list beside another named treatment that is not the target. */
function listedWithOther(
  sentence: string,
  found: TreatmentMatch,
  named: readonly TreatmentMatch[],
  isIt: (found: TreatmentMatch) => boolean,
): boolean {
  return named.some(
    (other) =>
      other !== found &&
      !isIt(other) &&
      (joinsList(sentence.slice(other.end, found.start)) || joinsList(sentence.slice(found.end, other.start))),
  );
}

/** The kinds of treatment a word pointing back can stand for ("the procedure": a procedure, not a drug). */
const referenceKinds: readonly [RegExp, readonly TreatmentKind[]][] = [
  [/\b(?:procedure|operation|surgery)/i, ['procedure']],
  [/\b(?:drug|medicine|medication|pill|tablet|infusion|injection|compound)/i, ['drug', 'biologic']],
  [/\b(?:device|implant)/i, ['device']],
  [/\b(?:vaccine|vaccinated|jab|shot)/i, ['biologic']],
  [/\bsupplement/i, ['supplement']],
];

function fitsKind(reference: string, kind: TreatmentKind): boolean {
  const fitting = referenceKinds.find(([word]) => word.test(reference));
  return !fitting || fitting[1].includes(kind);
}

/**
 * "About 10 percent take sleep medications … For deployed personnel, the side effects such as
 * grogginess can be dangerous": a sentence that names no treatment and points back at none
 * speaks of the treatments the sentence before it names; when none of those is the one asked
 * about (nor a general word that could stand for it), its harms are theirs.
 */
function previousSentenceOwnsHarms(
  sentence: Sentence,
  previous: Sentence | undefined,
  isIt: (found: TreatmentMatch) => boolean,
  kind?: TreatmentKind,
): boolean {
  if (!previous || treatmentReference.test(sentence.text)) return false;
  if (findTreatments(sentence.text).some((found) => found.kind !== 'lifestyle' && found.kind !== 'food')) return false;
  const named = findTreatments(previous.text).filter((found) => found.kind !== 'lifestyle' && found.kind !== 'food');
  if (named.length === 0 || treatmentReference.test(previous.text)) return false;
  return named.every(
    (found) => !isIt(found) && !(found.generic && !found.drugClass && (kind === undefined || found.kind === kind)),
  );
}

/**
 * The conditions a treatment is for, as the sentences that offer it name them ("Statins may
 * reduce the risk of rheumatoid arthritis", "Prozac helps stroke recovery"): their head words.
 * A symptom or disorder word with the same head further on is that condition, not a harm of the
 * treatment ("a 42% reduction in rheumatoid arthritis risk", "after they had suffered a stroke"),
 * whatever frame the sentence puts it in.
 */
function conditionsTreated(purpose: readonly string[]): Set<string> {
  const heads = new Set<string>();
  for (const sentence of purpose) {
    // "Can prevent reactions to common airborne allergens": what the treatment prevents or treats is
    // the condition, even in words no harm list holds ("allergic reactions" further on is that).
    for (const match of sentence.matchAll(preventedThing)) if (match[1]) heads.add(headWord(match[1]));
    for (const statement of findSafetyStatements(sentence)) {
      if (statement.kind === 'symptom' && !isSafetyCaveat(statement, sentence, [statement]))
        heads.add(headWord(statement.text));
    }
  }
  return heads;
}

/** The noun right after a verb of preventing or treating (an article or "the" between them at most). */
const preventedThing =
  /\b(?:prevent(?:s|ed|ing)?|treat(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|block(?:s|ed|ing)?)\s+(?:(?:the|a|an)\s+)?(\p{L}[\p{L}-]*)/giu;

/** The last word of a harm's name, lower case: "knee osteoarthritis" and "osteoarthritis" share it. */
function headWord(text: string): string {
  // Singular and plural share it: "allergic reaction" is the "reactions" a headline says a drug prevents.
  return (text.trim().split(/\s+/).at(-1) ?? text).toLowerCase().replace(/(?<=[^s])s$/, '');
}

/**
 * "Compared with warfarin, which raises the risk of bleeding, the device …": a harm whose
 * nearest owner before it is a comparator (another named treatment, not a class or a general
 * word, which may stand for the one asked about) belongs to the comparator, even where the
 * sentence names both.
 */
function ownedByComparator(
  sentence: string,
  caveat: SafetyStatement,
  isIt: (key: string) => boolean,
  kind?: TreatmentKind,
): boolean {
  // "Who got the surgery and Hipec died from the treatment itself": a harm that names its owner by a
  // word pointing back at the treatment asked about says whose it is.
  const ownReference = treatmentReference.exec(caveat.text)?.[0];
  if (ownReference !== undefined && (kind === undefined || fitsKind(ownReference, kind))) return false;
  const before = sentence.slice(0, caveat.start);
  let owner: TreatmentMatch | undefined;
  for (const found of findTreatments(before)) if (found.kind !== 'lifestyle' && found.kind !== 'food') owner = found;
  if (!owner || owner.generic || isIt(owner.key) || !isComparator(sentence, owner)) return false;
  // "The risk of tPA treatment, which includes a risk of bleeding": the risks said of a treatment are its
  // own, not what a remedy spares patients ("cuts the risk of surgery"), whichever treatment it is.
  if (risksOfOwner.test(before.slice(Math.max(0, owner.start - 30), owner.start))) return false;
  let referenceEnd = -1;
  for (const match of before.matchAll(treatmentReferences)) referenceEnd = match.index + match[0].length;
  return referenceEnd < owner.end;
}

const risksOfOwner = /\b(?:the|its|their)\s+(?:(?:main|chief|known|potential|biggest|serious)\s+)?risks?\s+of\s+$/iu;

/**
 * "Association of Bariatric Surgery vs Medical Obesity Treatment With Long-term Medical
 * Complications": a line below the headline in title case is a cited paper's title (or a label),
 * whose outcomes, harm classes among them, are what the paper compared, not harms the article
 * puts on the treatment. Specific harms named there still count.
 */
export function isTitleLine(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 5 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.7;
}

/**
 * Whether a treatment of one kind can be the target of another kind's word. "The drug" or "Alzheimer's
 * drug" as the target stands for a biologic the article names ("solanezumab") as much as for a small
 * molecule: both are medicines (the kinds a word for a medicine points back at, `referenceKinds`).
 */
function sameKind(found: TreatmentKind, target: TreatmentKind, generalTarget: boolean): boolean {
  if (found === target) return true;
  return generalTarget && medicineKinds.has(found) && medicineKinds.has(target);
}

const medicineKinds: ReadonlySet<TreatmentKind> = new Set(['drug', 'biologic']);

/**
 * "Laparoscopy" and "the laparoscopic procedures", "endoscopy" and "endoscopic treatment": one
 * procedure named by its noun and by its adjective. The treatment list keys each form on its own,
 * so a harm said of the people who had "the laparoscopic procedures" read as another treatment's.
 * Single words only, and a stem of six letters or more, so that no two different treatments meet.
 */
function sameTreatmentWord(first: string, second: string): boolean {
  if (first === second || first.includes(' ') || second.includes(' ')) return false;
  const firstStem = first.replace(nounOrAdjectiveEnding, '');
  const secondStem = second.replace(nounOrAdjectiveEnding, '');
  // Both must carry an ending: "stent" and "stenty" are no noun and adjective of one word.
  return firstStem.length >= 6 && firstStem === secondStem && firstStem !== first && secondStem !== second;
}

const nounOrAdjectiveEnding = /(?:ical|ic|y)$/u;

/** A bare word for a kind of treatment ("surgery", "the implant"): it stands for the named ones of that kind. */
const kindWord =
  /^(?:surgery|surgeries|procedure|operation|transplant|transplantation|device|implant|drug|medication|medicine)$/i;

/** A treatment named as a therapy ("proton therapy", "radiotherapy", "chemoradiation"), which no operation is. */
const namedAsTherapy = /(?:therap(?:y|ies)|radiation)$/i;
const operationWord = /^(?:surgery|surgeries|operation)$/i;

export function isKindWord(key: string): boolean {
  return kindWord.test(key);
}

/**
 * "Bariatric surgery", "preventive surgeries", "weight-loss surgery": a kind of treatment named by
 * its purpose or site is a family of treatments, and the named ones of its kind the article goes on
 * to describe ("sleeve gastrectomy", "gastric bypass") are its members, whose harms are its harms.
 */
export function namesTreatmentFamily(key: string): boolean {
  const words = key.split(/[\s-]+/);
  return words.length > 1 && isKindWord(words.at(-1) ?? '');
}

/**
 * The first sentence that names a specific harm or a concrete caution. Harms of the
 * alternatives ("the side effects of current treatments") and harms the treatment is said to
 * lessen ("fewer side effects") do not count; given the treatment the caveat must be about (its
 * key, and its kind when known), neither do harms said of another named treatment, in the
 * sentence or, when the sentence names none, in the one before it. A class or second name the
 * article gives the treatment ("bisoprolol, a beta blocker") is the treatment, not another one.
 */
export function firstSafetyCaveat(
  document: Pick<ProseDocument, 'blocks'>,
  treatment?: string,
  treatmentKind?: TreatmentKind,
  purpose: readonly string[] = [],
  generalTarget = false,
): Sentence | undefined {
  const treated = conditionsTreated(purpose);
  // Its class or other name, when the article links them ("bisoprolol, a beta blocker"): read
  // only once a sentence with a caveat names another treatment.
  let linked: Set<string> | undefined;
  const isIt = (key: string): boolean =>
    key === treatment ||
    (treatment !== undefined &&
      (sameTreatmentWord(key, treatment) || (linked ??= linkedTreatmentKeys(document, treatment)).has(key)));
  // A general word for the target ("surgery", "the device") stands for the named ones of its kind
  // the article goes on to describe ("a knee replacement … with a higher risk of complications").
  // So does a bare word for its kind in a sentence about it ("tonsillectomy" … "pain after surgery").
  // An operation is not a therapy given by rays, beams or cells: "surgery" in an article about proton
  // therapy is the alternative ("he should prepare for possible complications" of it), not the target.
  const operationIsOther = treatment !== undefined && namedAsTherapy.test(treatment);
  const isItMatch = (found: TreatmentMatch): boolean =>
    isIt(found.key) ||
    (treatmentKind !== undefined &&
      sameKind(found.kind, treatmentKind, generalTarget) &&
      (generalTarget || isKindWord(found.key)) &&
      !(operationIsOther && operationWord.test(found.key)));
  for (const block of document.blocks) {
    for (let index = 0; index < block.sentences.length; index += 1) {
      const sentence = block.sentences[index];
      if (!sentence) continue;
      const statements = findSafetyStatements(sentence.text);
      let caveats = statements.filter((statement) => isSafetyCaveat(statement, sentence.text, statements));
      if (
        block !== document.blocks[0] &&
        caveats.some((caveat) => caveat.kind === 'harm-class' || caveat.kind === 'risk') &&
        isTitleLine(sentence.text)
      )
        caveats = caveats.filter((caveat) => caveat.kind !== 'harm-class' && caveat.kind !== 'risk');
      if (caveats.length === 0) continue;
      // "Needed a blood transfusion": a treatment named inside the harm is part of the harm, not its owner
      // (nor, in "found to contain weight-loss drugs or other drugs", one of the alternatives).
      // "Died from the treatment itself" keeps its word pointing back: that names the harm's owner.
      const ownerText = caveats.reduce(
        (text, caveat) =>
          caveat.kind === 'harm' && !treatmentReference.test(caveat.text)
            ? text.slice(0, caveat.start) + ' '.repeat(caveat.end - caveat.start) + text.slice(caveat.end)
            : text,
        sentence.text,
      );
      if (treatment !== undefined) {
        const harmEnd = Math.min(...caveats.map((caveat) => caveat.end));
        if (aboutOtherTreatment(ownerText, isItMatch, treatmentKind, (found) => isIt(found.key), harmEnd)) continue;
        if (previousSentenceOwnsHarms(sentence, block.sentences[index - 1], isItMatch, treatmentKind)) continue;
        caveats = caveats.filter(
          (caveat) =>
            caveat.kind === 'caution' ||
            (!ownedByComparator(sentence.text, caveat, isIt, treatmentKind) &&
              !((caveat.kind === 'symptom' || caveat.kind === 'harm') && treated.has(headWord(caveat.text)))),
        );
        if (caveats.length === 0) continue;
      }
      if (caveats.some((caveat) => caveat.kind === 'caution')) return sentence;
      if (namesAlternatives(ownerText) && !comparedWithAlternatives(sentence.text)) continue;
      // "Fewer adverse events, including fatigue and nausea": what is listed is lessened too.
      // "The main side effect … is an increase in bone loss, while bisphosphonates reduce bone loss":
      // only what the sentence names first decides.
      // "Fewer treatment-related adverse events, including fatigue": a lessened class leads its list.
      const leadingClass = statements.find((statement) => statement.kind === 'harm-class');
      const lead = leadingClass && caveats[0] && leadingClass.start < caveats[0].start ? leadingClass : caveats[0];
      if (lead && isLessened(sentence.text, lead)) continue;
      if (caveats.length > 0) return sentence;
    }
  }
  return undefined;
}
