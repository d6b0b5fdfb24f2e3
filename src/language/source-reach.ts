import type { ProseDocument, Sentence } from '../prose/types.js';
import {
  findNamedAttributions,
  namedPatternParts,
  namesBody,
  namesInstitutionAfter,
  namesJournalStudy,
  namesSpeaker,
  namesSpeakerWithDegreeOrRole,
  namesStudy,
} from './attribution.js';
import { citationsOfSentence, sentencesBesideBlock } from './evidence.js';

/**
 * What an unnamed source stands in for, and so which named source can answer it: unnamed
 * evidence (“studies show”) is answered by a publication a reader can look up, not by a named
 * person who mentions it; unnamed people (“experts say”) by a named person or body saying it;
 * a claim with no agent at all (“it is estimated”) by either.
 */
export type Unnamed = 'evidence' | 'people' | 'claim';

/** The followable sources a sentence names, by kind. */
export interface NamedSources {
  /** A link or a reference marker. */
  citation: boolean;
  /** A study cited by its journal, a journal, or a study known by its name. */
  publication: boolean;
  /** A person with a title or role, or a surname, with a verb of speech. */
  person: boolean;
  /** A person with a title, role or degree, with a verb of speech (not a surname alone). */
  introducedPerson: boolean;
  /** An organisation with a verb of saying, estimating or recommending. */
  bodySaying: boolean;
  /** A speaker's own published work (“I’ve published data that …”). */
  ownWork: boolean;
}

/** A verb of saying, estimating or recommending that a named body can be the subject of. */
const bodyVerb =
  /\b(?:says|said|estimates|estimated|reports|reported|states|stated|notes|noted|recommends|recommended|advises|advised|warns|warned|cited|cites)\b/u;
/**
 * “A small new study published in Frontiers …”: the study the article reports, cited by its
 * journal, is no source for the earlier studies it is set against.
 */
const ownNewStudy = /\b(?:new|latest|current)\s(?:[\p{L}-]+\s){0,2}?(?:study|trial|research|analysis|paper|review)\b/iu;
/** A sentence that opens on a different study (“Another study …”, “In a separate trial …”): no source for the unnamed ones. */
const anotherStudy = /^\s*(?:in\s)?(?:another|a separate|a different|a second)\b/iu;
/** A study dated by its year (“A 2002 analysis of depression trials”), to be credited to a named body. */
const datedStudy =
  /\b(?:[Aa]n?|[Oo]ne)\s(?:19|20)\d\d\s(?:[\p{L}-]+\s){0,2}?(?:study|trial|review|analysis|report|survey)\b/u;
/** “… conducted by the”, “… by”: the words that credit a study to its maker. */
const creditedBy = /\bby\s(?:[Tt]he\s)?(?=\p{Lu})/gu;
/**
 * A publisher of reviews named as a study's maker or as its modifier: Cochrane (“a 2009 Cochrane
 * review”), or a name ending in Library (“a 2009 review of research by The Cochrane Library”), which
 * `namesBody`'s endings (Society, Institute, …) leave out.
 */
const reviewPublisher = /^(?:Cochrane\b|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,3}\sLibrary\b)/u;

/**
 * Whether a text cites a study by its year and the named body that made it (“A 2002 analysis of
 * depression trials conducted by the Agency for Health Care Research and Quality found …”, “A 2009
 * review of research by The Cochrane Library found …”, “a 2009 Cochrane review”, “a 2015 CDC report”):
 * a publication a reader can look up. The body must follow within twelve words of the study, or
 * stand between the year and the study noun.
 */
export function namesDatedBodyStudy(text: string): boolean {
  const study = datedStudy.exec(text);
  if (!study) return false;
  // “a 2009 Cochrane review”, “a 2015 CDC report”: the maker named as the study's modifier.
  const modifiers = study[0].split(/\s+/u).slice(2, -1).join(' ');
  if (modifiers && (reviewPublisher.test(modifiers) || namesBody(modifiers))) return true;
  const after = text.slice(study.index + study[0].length, study.index + study[0].length + 120);
  for (const by of after.matchAll(creditedBy)) {
    if (after.slice(0, by.index).split(/\s+/u).length > 12) return false;
    const body = after.slice(by.index + by[0].length, by.index + by[0].length + 80);
    // “the Agency for Health Care Research and Quality”: a name that opens on its institution word counts too.
    if (namesBody(body) || namesInstitutionAfter(` from ${body}`) || reviewPublisher.test(body)) return true;
  }
  return false;
}

/**
 * A named programme telling what it found (“The Diabetes Prevention Program in the U.S. revealed in
 * 2002 that diet and exercise alone can prevent …”): a study known by its name, as “the Nurses'
 * Health Study” is (`namesStudy` reads names ending in Study, Trial, Initiative …, not Program).
 */
/** The verbs by which a named programme tells what it found. */
const findingVerbs = new Set([
  'found', 'finds', 'showed', 'shows', 'revealed', 'reveals', 'demonstrated', 'demonstrates', 'concluded', 'concludes',
]); // prettier-ignore

/**
 * Whether a text names a programme telling what it found (see above): a capitalised word, then
 * Program or Programme, then one of `findingVerbs` within the next eight words. Read word by word,
 * so nothing backtracks.
 */
export function namesProgrammeFinding(text: string): boolean {
  if (!text.includes('Program')) return false;
  const words = text.split(/\s+/u);
  for (let index = 1; index < words.length; index++) {
    if (!/^Program(?:me)?$/u.test(words[index]!) || !/^\p{Lu}/u.test(words[index - 1]!)) continue;
    for (const word of words.slice(index + 1, index + 9)) {
      if (/[;!?]/u.test(word)) break;
      if (findingVerbs.has(word.replace(/[^\p{L}]/gu, ''))) return true;
    }
  }
  return false;
}

/** A speaker claiming the work as their own (“I’ve published data that”, “we have shown”). */
const ownWorkClaim = /\b(?:I|[Ww]e)(?:['’]ve|\shave)?\s(?:published|shown|reported)\b/u;

/**
 * A person introduced by an occupation right before a full name (“New Jersey podiatrist Anas
 * Khoury”, “physical therapist Jane Roe”, “counselor Ann Lee”): a lower-case noun of an occupation
 * by its ending (-ist, -ian, -or), a given name and a surname. The role lists elsewhere name the
 * common ones; the ending reads the rest.
 */
const occupationThenName = new RegExp(
  String.raw`(?<![\p{L}'’-])\p{Ll}{3,}(?:ist|ian|or)\s(?:${namedPatternParts.title}\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]{1,30}\b`,
  'u',
);
/** A verb of speech, or of arguing and believing, that the introduced person is the subject of. */
const speakerVerb = new RegExp(
  String.raw`\b(?:${namedPatternParts.speech}|argues|argued|contends|believes|thinks|agrees|recommends|advises)\b`,
  'u',
);

/**
 * Whether a sentence introduces a person by occupation and full name and then has them speak
 * (“New Jersey podiatrist Anas Khoury, who has no affiliation with any laser company, says it works
 * in about 80% of his patients”): a named person a reader can follow up.
 */
export function namesOccupationThenSpeaker(text: string): boolean {
  const person = occupationThenName.exec(text);
  return person !== null && speakerVerb.test(text.slice(person.index + person[0].length));
}

/** Each kind of source a sentence names, read once per sentence and only when asked. */
const sourcesBySentence = new WeakMap<Sentence, Partial<NamedSources>>();

const readers: { [Kind in keyof NamedSources]: (document: ProseDocument, sentence: Sentence) => boolean } = {
  citation: (document, sentence) => citationsOfSentence(document, sentence).length > 0,
  publication: (_, { text }) =>
    !anotherStudy.test(text) &&
    !ownNewStudy.test(text) &&
    (namesJournalStudy(text) || namesStudy(text) || namesDatedBodyStudy(text) || namesProgrammeFinding(text)),
  introducedPerson: (_, { text }) =>
    findNamedAttributions(text).length > 0 || namesSpeakerWithDegreeOrRole(text) || namesOccupationThenSpeaker(text),
  person: (document, sentence) => names(document, sentence, 'introducedPerson') || namesSpeaker(sentence.text),
  bodySaying: (_, { text }) => bodyVerb.test(text) && namesBody(text),
  ownWork: (_, { text }) => ownWorkClaim.test(text),
};

/** Whether a sentence names a followable source of one kind (see `NamedSources`). */
export function names(document: ProseDocument, sentence: Sentence, kind: keyof NamedSources): boolean {
  let known = sourcesBySentence.get(sentence);
  if (!known) {
    known = {};
    sourcesBySentence.set(sentence, known);
  }
  return (known[kind] ??= readers[kind](document, sentence));
}

/** Which kinds of named source answer an unnamed source of each kind, the cheapest to read first. */
const answeredBy: Record<Unnamed, readonly (keyof NamedSources)[]> = {
  evidence: ['ownWork', 'publication', 'citation'],
  people: ['publication', 'bodySaying', 'person'],
  // A citation marker next door belongs to that sentence's own claim (“… it aids digestion.
  // Research from Southampton found a lower risk [1]”); a named source is one of its own.
  claim: ['ownWork', 'publication', 'bodySaying', 'person'],
};

/** Whether a sentence's named sources answer an unnamed source of this kind. */
function answers(document: ProseDocument, sentence: Sentence, unnamed: Unnamed): boolean {
  return answeredBy[unnamed].some((kind) => names(document, sentence, kind));
}

/**
 * Verbs by which a body gives its view or advice, as unnamed people do (“recommends against”,
 * “warns”, “says”), not those by which it gives a figure (“estimates”, “reports”), which across a
 * paragraph break is most often another fact than the people's claim.
 */
const bodyJudges =
  /\b(?:says|said|states|stated|recommends|recommended|advises|advised|warns|warned|urges|urged|agrees|agreed)\b/gu;

/**
 * Whether a named body is the subject of a verb of giving its view or advice (`bodyJudges`): named
 * in the six words before the verb (“the government advisory panel — the U.S. Preventive Services
 * Task Force — recommends against routine testing”). Not a body only named after the verb
 * (“the findings, reported in the Canadian Medical Association Journal”), which says nothing.
 */
export function bodySpeaks(text: string): boolean {
  for (const verb of text.matchAll(bodyJudges)) {
    const subject = text.slice(0, verb.index).trim().split(/\s+/u).slice(-6).join(' ');
    if (namesBody(subject)) return true;
  }
  return false;
}

/**
 * A paragraph that opens with a quote running over several sentences names its speaker where the
 * quote closes (“"There are over 1,000 species … However, we know …," said Donald Leung, MD”): the
 * sentences up to the closing mark, at most four; any other sentence alone.
 */
function wholeQuote(sentence: Sentence): Sentence[] {
  if (sentence.index !== 0 || !/^\s*["“]/u.test(sentence.text) || /["”]/u.test(sentence.text.trimStart().slice(1))) {
    return [sentence];
  }
  const sentences = sentence.block.sentences;
  const closing = sentences.findIndex((later, index) => index > 0 && index < 4 && /["”]/u.test(later.text));
  return closing < 0 ? [sentence] : sentences.slice(0, closing + 1);
}

/**
 * Whether a source a reader can follow, of the kind the unnamed one stands in for, is named in a
 * sentence within reach (`definite`: unnamed people with “the”, who refer back to people named) (JUDGING.md: an attribution whose source is named in the same or an
 * adjacent sentence, or carries a citation marker, is no vague attribution).
 */
export function sourceWithinReach(
  document: ProseDocument,
  sentence: Sentence,
  unnamed: Unnamed,
  definite = false,
): boolean {
  const { sentences } = sentence.block;
  for (const near of [sentences[sentence.index - 1], sentences[sentence.index + 1]]) {
    if (near && answers(document, near, unnamed)) return true;
  }
  // Across a paragraph break the story has often moved on (a patient's story, the company's
  // director): only a publication, or for unnamed people a person introduced by title or role.
  return (
    sentencesBesideBlock(document, sentence)
      .flatMap(wholeQuote)
      .some((near) => {
        return (
          names(document, near, 'publication') ||
          (unnamed === 'people' && (names(document, near, 'introducedPerson') || bodySpeaks(near.text)))
        );
      }) ||
    (unnamed === 'people' && definite && namedJustBefore(document, sentence))
  );
}

/**
 * Whether a person speaks, named at least by surname, earlier in the sentence's paragraph or in the
 * paragraph before (“"… you desensitize the brain’s receptors," Wurtman says. "You become less
 * responsive." / The bottom line, according to the experts?”): the people a definite “the experts”
 * refers back to.
 */
function namedJustBefore(document: ProseDocument, sentence: Sentence): boolean {
  const before = document.blocks[sentence.block.index - 1];
  const earlier = [
    ...(sentence.index === 0 && before ? before.sentences : []),
    ...sentence.block.sentences.slice(0, sentence.index),
  ];
  return earlier.some((near) => names(document, near, 'person'));
}

/**
 * A review that gathered the studies on a question, told with how many it took in: “reviewed all of
 * the available evidence on the topic and included 146 studies”, “a systematic review of the
 * available published evidence (342 eligible studies)”, “analyzed 18 studies”.
 */
const reviewWord = /\b(?:review(?:ed|s|ing)?|meta-?analys[ie]s|pooled|analy[sz]ed|systematic)\b/giu;
/** How many studies, right after a review word's clause opens: “146 studies”, “all of the available evidence”. */
const countOfStudies =
  /(?:(?<![\d,])\d+(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of|all (?:of )?the))\s(?:[\p{L}-]+\s){0,3}?(?:studies|trials|papers|evidence)\b/iu;
const includedStudies =
  /\bincluded\s(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s(?:[\p{L}-]+\s){0,2}?(?:studies|trials)\b/iu;

/**
 * What a review weighed, named as a whole right after the review word: “(after reviewing) the data”,
 * “(a review of) the available evidence”, “(reviewed) the literature”. Not the data of the study's
 * own people (“reviewed the data of 2,000 patients”), which is that study's material, not evidence gathered.
 */
const wholeEvidenceReviewed =
  /^\s(?:of\s)?the\s(?:(?:available|existing|published|scientific|current)\s){0,2}(?:evidence|literature|data|research)\b(?!\s(?:of|from|on|for|in)\s(?:the\s)?(?:\d|more than|nearly|about|over|some|all)\b)/iu;

/** Whether a sentence tells a review with how many studies it took in, or that weighed the evidence as a whole (see `reviewWithinReach`), within its clause. */
function reviewOfStudies(text: string): boolean {
  if (includedStudies.test(text)) return true;
  for (const review of text.matchAll(reviewWord)) {
    // Only a review proper weighs the evidence as a whole: the researchers who “analyzed the data” analysed their own.
    if (
      /^review/iu.test(review[0]) &&
      wholeEvidenceReviewed.test(text.slice(review.index + review[0].length, review.index + review[0].length + 80))
    )
      return true;
    const after = text.slice(review.index + review[0].length, review.index + review[0].length + 130);
    const clause = after.slice(
      0,
      Math.min(...[after.indexOf('.'), after.indexOf(';')].map((at) => (at < 0 ? after.length : at))),
    );
    if (countOfStudies.test(clause)) return true;
  }
  return false;
}

/**
 * Whether a sentence next door, in the paragraph or across its break, tells a review gathering the
 * studies (see `reviewOfStudies`): unnamed evidence beside it (“newer evidence has shown that
 * introducing foods earlier is better. The authors … reviewed all of the available evidence …”) is
 * the evidence that review gathered, and the review is where a reader follows it up (JUDGING.md
 * `own_study_source` when the review is the article's own study). Evidence set against the review
 * (“other studies”, “previous research”) is not what it gathered: the caller leaves that out.
 */
export function reviewWithinReach(document: ProseDocument, sentence: Sentence): boolean {
  const { sentences } = sentence.block;
  return [
    sentences[sentence.index - 1],
    sentences[sentence.index + 1],
    ...sentencesBesideBlock(document, sentence),
  ].some((near) => near !== undefined && reviewOfStudies(near.text));
}
