import { lexicon } from './claim-parties.generated.js';

/**
 * Who or what a causal claim is about. A claim of causation from evidence needs an exposure as its
 * subject and a health outcome as its object (“coffee prevents heart disease”): the same verbs
 * with an organisation, the researchers or a gene as subject (“national guidelines help doctors
 * decide”, “mutations in the gene lead to low cholesterol”), or with a decision, a dose, a
 * diagnosis or a mechanism as object (“had reduced their dosage”, “inhibits this circuit”), claim
 * nothing about what an exposure does to anyone's health (JUDGING.md `not_causal_claim`, `mechanism`).
 * Read word by word from the cue, so nothing backtracks.
 */
export interface ClaimCueRange {
  start: number;
  end: number;
  text: string;
}

/** The words of the claim-parties lexicon's entries of one kind, in lower case. */
export function wordsOfKind(kind: string): ReadonlySet<string> {
  return new Set(
    lexicon.filter((entry) => entry.kind === kind).flatMap((entry) => entry.match.map((word) => word.toLowerCase())),
  );
}

const notExposure = wordsOfKind('not-exposure');
const notOutcome = wordsOfKind('not-outcome');
const notHealthAct = wordsOfKind('not-health-act');
const healthOutcome = wordsOfKind('health-outcome');
const researchAgents = new Set(
  lexicon.find((entry) => entry.id === 'research-agent')?.match.map((word) => word.toLowerCase()),
);
/** After “a change in”, care itself is the object: “led to a change in diagnosis”. */
const careProcess = new Set(['diagnosis', 'diagnoses', 'management', 'treatment', 'care', 'prescribing']);

/** Punctuation that closes the clause holding a subject, looking back from the verb. */
const boundaryMarks = new Set(['.', ';', ':', '!', '?', ',', '(', ')', '-', '–', '—', '"', '“', '”']);
/** Verbs that report a finding: the claim's subject starts after them (“the researchers showed that mutations …”). */
const reportingVerbs = new Set([
  'showed', 'shows', 'show', 'shown', 'found', 'finds', 'find', 'suggest', 'suggests', 'suggested', 'say', 'says',
  'said', 'believe', 'believes', 'believed', 'reported', 'reports', 'noted', 'notes', 'demonstrate', 'demonstrates',
  'demonstrated', 'indicate', 'indicates', 'indicated', 'concluded', 'confirm', 'confirms', 'confirmed', 'prove',
  'proves', 'proved', 'reveal', 'reveals', 'revealed',
]); // prettier-ignore
/** Words after a subject's head noun: a preposition or a relative word ends the noun phrase. */
const phraseEnds = new Set([
  'of', 'to', 'in', 'for', 'with', 'from', 'on', 'at', 'by', 'that', 'which', 'who', 'whose', 'whom', 'among',
  'into', 'than', 'about', 'like', 'between', 'across', 'within',
]); // prettier-ignore
/** Words between a subject and its verb: modals, auxiliaries and adverbs. */
const auxiliaries = new Set([
  'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'do', 'does', 'did', 'also', 'not', 'still',
  'even', 'often', 'further', 'all', 'both', 'each', 'then', 'has', 'have', 'had', 'is', 'are', 'was', 'were',
]); // prettier-ignore
/** Words before an object's head: determiners, possessives and vague quantities. */
const objectLeads = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'some',
  'any', 'more', 'less', 'much', 'many', 'significant', 'significantly', 'substantial', 'major', 'certain',
]); // prettier-ignore
/** “A change in diagnosis”, “an increase in prescriptions”: the object is what changed. */
const changeNouns = new Set([
  'change', 'changes', 'increase', 'increases', 'reduction', 'reductions', 'decrease', 'decreases', 'improvement',
  'improvements', 'rise', 'drop', 'fall', 'shift', 'shifts',
]); // prettier-ignore
const people = new Set([
  'people', 'patients', 'humans', 'doctors', 'physicians', 'clinicians', 'nurses', 'women', 'men', 'children',
  'teens', 'adults', 'parents', 'researchers', 'scientists', 'them', 'him', 'her', 'us', 'you', 'families',
]); // prettier-ignore
const helpForms = new Set(['help', 'helps', 'helped', 'helping']);
/** Cues that are nouns or adjectives (“the benefits”, “effective”): they have no subject to read. */
const nominalCue = /^(?:the\s)?(?:effects?|benefits?|impacts?|effective|effectiveness|efficacy|cures?|role)\b/iu;
const effectOn = /^(?:the\s)?(?:\p{L}+\s)?effects?\son$/iu;

function lowerWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** The head noun of the subject of a verb cue (“certain mutations to the gene …” → `mutations`), lower case. */
export function subjectHead(text: string, cue: ClaimCueRange): string | undefined {
  if (nominalCue.test(cue.text)) return undefined;
  const tokens = lowerWords(text.slice(Math.max(0, cue.start - 160), cue.start));
  const subject: string[] = [];
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] as string;
    const lower = token.toLowerCase();
    // “The two researchers showed that certain mutations …”: the clause starts after the reporting verb.
    if (boundaryMarks.has(token) || (reportingVerbs.has(lower) && subject.length > 0)) break;
    subject.unshift(lower);
  }
  while (subject[0] === 'that') subject.shift();
  const end = subject.findIndex((word) => phraseEnds.has(word));
  const phrase = (end >= 0 ? subject.slice(0, end) : subject).filter(
    (word) => !auxiliaries.has(word) && !word.endsWith('ly'),
  );
  return phrase.at(-1);
}

/** The first words of the object of a cue, past determiners and “a change in” (“their dosage” → `dosage`). */
export function objectWords(text: string, cue: ClaimCueRange, count = 3): string[] {
  const words: string[] = [];
  for (const token of lowerWords(text.slice(cue.end, cue.end + 100))) {
    if (boundaryMarks.has(token) || words.length >= count + 6) break;
    words.push(token.toLowerCase());
  }
  let index = 0;
  while (index < words.length && objectLeads.has(words[index] as string)) index++;
  if (changeNouns.has(words[index] ?? '') && words[index + 1] === 'in') index += 2;
  return words.slice(index, index + count);
}

/**
 * Whether a causal cue states an exposure's effect on a health outcome: false when its subject is
 * an organisation, the researchers or a mechanism; when its object is a decision, a dose, a
 * diagnosis, money or a mechanism; when “help” helps someone decide or fill in a picture; and
 * when “effects on” names people rather than an outcome (“the desired effect on humans”). An
 * organisation or a gene is an exposure when its object is a health outcome (`health-outcome`).
 */
/** Whether the object of a cue names a health outcome (“reduces deaths”, “the risk of stroke”), within its first words. */
export function objectIsHealthOutcome(text: string, cue: ClaimCueRange): boolean {
  return objectWords(text, cue, 8).some((word) => healthOutcome.has(word));
}

export function isExposureEffect(text: string, cue: ClaimCueRange): boolean {
  const subject = resolvedSubject(text, cue);
  const object = objectWords(text, cue, 8);
  // An organisation's programme or a gene acting on survival, infections or a disease's risk (“a
  // new EMS system improves survival”, “a gene variant increases fatty liver risk”) is an exposure
  // after all; the researchers never are.
  if (
    subject !== undefined &&
    notExposure.has(subject) &&
    (researchAgents.has(subject) || !object.some((word) => healthOutcome.has(word)))
  )
    return false;
  const [first, second, third] = object;
  if (first === undefined) return true;
  if (changedCare(text, cue)) return false;
  // “Helps doctors decide”, and a cue that holds the people itself (“Test Helps Patients Decide on
  // Treatment”): what is helped is the act after the people.
  const [verb, helped, ...rest] = cue.text.toLowerCase().split(/\s+/u);
  if (helpForms.has(verb ?? '') && rest.length === 0 && (helped === undefined || people.has(helped))) {
    const act =
      helped !== undefined
        ? first === 'to'
          ? second
          : first
        : people.has(first)
          ? second === 'to'
            ? third
            : second
          : first;
    return act === undefined || !notHealthAct.has(act);
  }
  if (effectOn.test(cue.text) && people.has(first)) return false;
  // “More effectively execute routine tasks”: an adverb of manner, about whatever follows.
  if (/^effectively$/iu.test(cue.text)) return !object.slice(0, 4).some((word) => notOutcome.has(word));
  return !notOutcome.has(first);
}

const pronouns = new Set(['it', 'they', 'this', 'these', 'which']);
/** Words that open a sentence before its subject: subordinators and determiners. */
const sentenceOpeners = new Set([
  'as', 'when', 'while', 'if', 'once', 'after', 'before', 'because', 'since', 'and', 'but', 'so', 'the', 'a', 'an',
  'this', 'that', 'these', 'those', 'its', 'their',
]); // prettier-ignore
/** “Restricts the lungs, typically causing …”: an -ing participle after a comma has the clause's subject. */
const participleAfterComma = /,\s*(?:\p{L}+ly\s+)?$/u;

/**
 * The subject a claim is about. A pronoun (“it restricts”) or a participle after a comma
 * (“…, typically causing”) has none of its own: it stands for what the sentence opens with (“As
 * the tumor grows, it restricts the lungs, typically causing breathlessness” is about the tumor),
 * read as the sentence's first three words past its opening subordinator and determiners.
 */
export function resolvedSubject(text: string, cue: ClaimCueRange): string | undefined {
  const subject = subjectHead(text, cue);
  const participle =
    subject === undefined && /ing$/iu.test(cue.text) && participleAfterComma.test(text.slice(0, cue.start));
  if (!participle && !(subject !== undefined && pronouns.has(subject))) return subject;
  const opening = lowerWords(text.slice(0, cue.start)).map((word) => word.toLowerCase());
  let index = 0;
  while (index < opening.length && sentenceOpeners.has(opening[index] as string)) index++;
  return opening.slice(index, index + 3).find((word) => notExposure.has(word)) ?? subject;
}

/** “Led to a change in diagnosis”, “an increase in prescribing”: care changed, not health. */
function changedCare(text: string, cue: ClaimCueRange): boolean {
  const words = lowerWords(text.slice(cue.end, cue.end + 60)).map((word) => word.toLowerCase());
  const change = words.findIndex((word) => changeNouns.has(word));
  return change >= 0 && change <= 2 && words[change + 1] === 'in' && careProcess.has(words[change + 2] ?? '');
}
