import type { Block, ProseDocument, Sentence } from '../prose/types.js';
import { ContextMatcher, wordsAfter, wordsBefore } from './context-match.js';
import { lexicon } from './availability.generated.js';
import { findStatusStatements, type StatusStatement } from './regulatory.js';

/**
 * Availability statements (HealthNewsReview.org criterion 8: "Does the news release establish the
 * availability of the treatment/test/product/procedure?"): whatever tells a reader whether, when,
 * where or at what cost they can get what an article is about. That is wider than regulatory
 * status (regulatory.ts, which missing-regulatory-status asks for):
 * - `status`: approved, cleared, not approved, off-label, investigational (regulatory.yml);
 * - `timeline`: "years away", "expected to launch next year", "could be available by 2020";
 * - `cost`: a price, insurance cover, "free of charge", "inexpensive";
 * - `access`: over the counter, on the NHS, "offered at", "available in 20 clinics", "ask their doctor";
 * - `research-stage`: "a prototype", "still in development", "in a phase 2 trial" (`stageOnly`).
 * The cues beyond regulatory.yml are data in `availability.yml`.
 */
export type AvailabilityKind = 'status' | 'timeline' | 'cost' | 'access' | 'research-stage';

export interface AvailabilityStatement {
  id: string;
  kind: AvailabilityKind;
  /** Offsets in the sentence given. */
  start: number;
  end: number;
  text: string;
  /**
   * Established use ("the standard of care", "already used to treat breast cancer", "commonly
   * prescribed"): it says a treatment exists, but as often of the comparator, or for another
   * condition than the one the article reports, so it does not tell readers they can get it for this.
   */
  establishedUse: boolean;
  /**
   * It tells the status only by the stage of the research reported ("a phase 1 trial", "a pilot
   * study", `researchStage` in regulatory.ts): readers can tell the treatment is experimental, but
   * not whether or when they could get it, which is what HealthNewsReview asks of it.
   */
  stageOnly: boolean;
  /**
   * It speaks only of the treatments its own sentence names (`covers: named` in regulatory.yml: "we
   * offer pulsed radiofrequency to patients with …"). A reader of the sentence alone cannot tell
   * whether that is the article's treatment ("we offer an improved technique" names none).
   */
  namedOnly: boolean;
}

const matcher = new ContextMatcher(lexicon);

/**
 * "Offered at more than 30 hospitals", "available in five clinics": a count of places. The optional
 * word between the count and the places is a single run of letters, so the pattern stays linear.
 */
const placesCount =
  /\b(?:available|offered|performed|used|offers?\sit)\s(?:in|at)\s(?:more\sthan\s|over\s|about\s|nearly\s|some\s)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\sof|hundreds\sof|several|many|most)\s(?:\p{L}+\s)?(?:hospitals|clinics|centers|centres|sites|locations|states|countries|pharmacies|practices)\b/iu;

/** "Could be available by 2020", "on the market in early 2019": a year a reader might get it. */
const availableByYear =
  /\b(?:available|on\sthe\smarket|approved|launched?|approval)\s(?:by|in|from)\s(?:early\s|mid-|late\s|the\send\sof\s)?(?:19|20)\d\d\b/iu;

/** "$70 per injection", "£30 a month": a price for a unit of treatment is what a reader would pay. */
const unitPrice =
  /[$£€]\d[\d,.]*\s?(?:per|a|each)\s(?:month|year|week|day|dose|injection|infusion|treatment|session|course|test|scan|pill|tablet|visit)\b/iu;

/**
 * The size of a study (`small-study` in regulatory.ts, "a small sample", "a case report") tells how
 * much evidence there is, not how far a treatment is from readers: HealthNewsReview marks a release
 * that reports "a trial of 12 patients" and says nothing more as not establishing availability.
 */
const notAvailability = new Set(['small-study']);
const studySize = /^(?:small|handful|case\sreport)/iu;

/** "The Maryland Proton Treatment Center", "Therapy Centre": a cue in capitals is part of a name. */
const partOfName = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)+$/u;

/**
 * "Who leads the Experimental Therapeutics Program": a capitalised cue inside the sentence followed
 * by a capitalised word opens a name too, though the cue alone is one word.
 */
const capitalisedThenName = /^\s\p{Lu}\p{Ll}/u;

function opensName(sentence: string, cue: { start: number; end: number; text: string }): boolean {
  return (
    cue.start > 0 && /^\p{Lu}\p{Ll}/u.test(cue.text) && capitalisedThenName.test(sentence.slice(cue.end, cue.end + 3))
  );
}

/**
 * "Once a licensed healthcare provider authorizes the treatment": a licence held by a clinician is
 * the clinician's, not the treatment's.
 */
const clinicianNouns = new Set([
  'provider',
  'providers',
  'healthcare',
  'health',
  'physician',
  'physicians',
  'doctor',
  'doctors',
  'clinician',
  'clinicians',
  'practitioner',
  'practitioners',
  'professional',
  'professionals',
  'nurse',
  'nurses',
  'pharmacist',
  'pharmacists',
  'therapist',
  'therapists',
  'psychologist',
  'psychologists',
]);

function licenceOfClinician(sentence: string, statement: StatusStatement): boolean {
  return /^licen[cs]ed$/iu.test(statement.text) && clinicianNouns.has(wordsAfter(sentence, statement.end, 1)[0] ?? '');
}

/**
 * "The results are available online in the journal Aging", "the commentary is available at": a
 * publication is available, not the treatment. The publication is the subject just before the cue,
 * or the sentence names a journal.
 */
const publicationNouns = new Set([
  'results',
  'study',
  'paper',
  'article',
  'findings',
  'commentary',
  'editorial',
  'abstract',
  'report',
  'copies',
  'images',
  'video',
]);
const namesJournal = /\b(?:journal|pre-embargo|embargo)\b/iu;

/**
 * "Related material: The commentary, “…,” by …, also is available at": a sentence whose subject is a
 * publication speaks of the publication however long the title and byline between it and the cue.
 * The subject is the sentence's first noun phrase, after an optional label ("Related material:").
 */
const publicationSubject =
  /^(?:[\p{L} ]{1,30}:\s*)?(?:the|a|an|this|that|its)\s(?:\p{L}+\s)?(?:commentary|editorial|abstract|article|paper|podcast|video)\b/iu;

function aboutPublication(sentence: string, cue: { start: number; text: string }): boolean {
  if (!/availab/iu.test(cue.text)) return false;
  return (
    namesJournal.test(sentence) ||
    publicationSubject.test(sentence) ||
    wordsBefore(sentence, cue.start, 8).some((word) => publicationNouns.has(word))
  );
}

/**
 * "There is no approved treatment", "no vaccine approved for use in humans", "a lack of approved
 * pharmaceutical options": an approval denied to every treatment tells what readers cannot get
 * today, not whether they can get this one.
 */
const noneWords = new Set(['no', 'lack', 'absence']);

function noneApproved(sentence: string, statement: StatusStatement): boolean {
  return statement.kind === 'approval' && wordsBefore(sentence, statement.start, 3).some((word) => noneWords.has(word));
}

/**
 * "Current FDA-approved treatments fail for millions", "more effective than what's been available",
 * "every cream and medication on the market", "options range from over-the-counter pain medications to
 * injections": status or access said of the options readers already
 * have, as a class or by comparison, is about what the article's treatment would replace, not about
 * whether readers can get it. The marker stands just before the cue, in its clause.
 */
const existingOptionWords = new Set(['current', 'existing', 'every', 'than', 'range']);

function aboutExistingOptions(sentence: string, cue: { start: number }): boolean {
  return wordsBefore(sentence, cue.start, 4).some((word) => existingOptionWords.has(word));
}

/**
 * "Preclinical studies showed", "extensive preclinical investigation", "a preclinical model": the
 * kind of evidence, which says how strong a finding is (as "in mice" does), not how far the
 * treatment is from readers ("the vaccine is still preclinical").
 */
const evidenceNouns = new Set([
  'studies',
  'study',
  'tests',
  'test',
  'testing',
  'evidence',
  'investigation',
  'investigations',
  'research',
  'data',
  'model',
  'models',
  'work',
  'results',
  'experiments',
  'trial',
  'trials',
  'findings',
]);

function kindOfEvidence(sentence: string, statement: StatusStatement): boolean {
  return /^pre-?clinical$/iu.test(statement.text) && evidenceNouns.has(wordsAfter(sentence, statement.end, 1)[0] ?? '');
}

function countsAsAvailability(sentence: string, statement: StatusStatement): boolean {
  if (notAvailability.has(statement.id)) return false;
  if (kindOfEvidence(sentence, statement)) return false;
  if (statement.researchStage && studySize.test(statement.text)) return false;
  return (
    !partOfName.test(statement.text) &&
    !opensName(sentence, statement) &&
    !licenceOfClinician(sentence, statement) &&
    !aboutPublication(sentence, statement) &&
    !noneApproved(sentence, statement) &&
    !aboutExistingOptions(sentence, statement)
  );
}

function fromStatus(statement: StatusStatement): AvailabilityStatement {
  const kind: AvailabilityKind = statement.researchStage
    ? 'research-stage'
    : statement.id === 'price'
      ? 'cost'
      : statement.kind === 'access'
        ? 'access'
        : 'status';
  return {
    id: statement.id,
    kind,
    start: statement.start,
    end: statement.end,
    text: statement.text,
    establishedUse: statement.id === 'in-use' || statement.id === 'established-use',
    stageOnly: statement.researchStage,
    namedOnly: statement.covers === 'named',
  };
}

/** Availability statements in one sentence, in order of their start. */
export function findAvailabilityStatements(sentence: string): AvailabilityStatement[] {
  const found: AvailabilityStatement[] = findStatusStatements(sentence)
    .filter((statement) => countsAsAvailability(sentence, statement))
    .map(fromStatus);
  for (const match of matcher.matchAll(sentence)) {
    if (aboutPublication(sentence, match) || aboutExistingOptions(sentence, match)) continue;
    found.push({
      id: match.entry.id,
      kind: match.entry.kind,
      start: match.start,
      end: match.end,
      text: match.text,
      establishedUse: false,
      stageOnly: false,
      namedOnly: false,
    });
  }
  for (const [id, kind, pattern] of [
    ['places-count', 'access', placesCount],
    ['available-by-year', 'timeline', availableByYear],
    ['unit-price', 'cost', unitPrice],
  ] as const) {
    const match = pattern.exec(sentence);
    if (match) {
      found.push({
        id,
        kind,
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        establishedUse: false,
        stageOnly: false,
        namedOnly: false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface PlacedAvailabilityStatement {
  block: Block;
  sentence: Sentence;
  statement: AvailabilityStatement;
}

/**
 * The first statement, in reading order, that establishes availability as HealthNewsReview reads
 * it: whether, when, where or at what cost readers can get what the article is about. Established
 * use and the stage of a trial alone do not (see `establishedUse` and `stageOnly`); a company's
 * boilerplate is about the company ("launched in 1998", "forward-looking statements"), so only the
 * article's own prose counts. Each sentence is read once, up to the first statement.
 */
export function firstAvailabilityStatement(
  document: Pick<ProseDocument, 'blocks'>,
): PlacedAvailabilityStatement | undefined {
  for (const block of document.blocks) {
    if (block.role !== 'body') continue;
    for (const sentence of block.sentences) {
      const statement = findAvailabilityStatements(sentence.text).find(
        (candidate) => !candidate.establishedUse && !candidate.stageOnly && !candidate.namedOnly,
      );
      if (statement) return { block, sentence, statement };
    }
  }
  return undefined;
}
