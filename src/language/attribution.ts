import { PhraseMatcher } from './phrases.js';
import { wordsAfter, wordsBefore } from './context-match.js';
import { lexicon } from './attribution.generated.js';
import { primed } from '../primed.js';

/**
 * Who a claim is credited to. Vague attributions credit unnamed evidence or people (“studies
 * show”, “experts say”, “it is believed”, “has been found to be”); named attributions credit
 * a person with a role or an institution (“said Dr Jane Smith”, “according to Professor Lee”).
 */
export interface Attribution {
  id: string;
  kind: 'vague' | 'named';
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

interface AttributionEntry {
  readonly id: string;
  readonly match: readonly string[];
  readonly verbs?: readonly string[];
  /** Prepositions that may open a short phrase between the subject and its verb. */
  readonly through?: readonly string[];
}

const entries: readonly AttributionEntry[] = lexicon;
const matcher = new PhraseMatcher(entries);

/** Words that may sit between a subject and its verb: “studies have also shown”. */
const fillers = new Set([
  'have', 'has', 'had', 'also', 'now', 'all', 'long', 'consistently', 'repeatedly', 'increasingly', 'generally',
  'widely', 'often', 'previously', 'recently', 'already', 'even', 'further', 'clearly', 'largely', 'mostly',
  'do', 'does', 'did', 'would', 'will', 'still', 'overwhelmingly', 'conclusively',
]); // prettier-ignore

/**
 * A subject after one of these, in the same noun phrase, is specific rather than vague: it refers
 * to something named before (“the study shows”, “these trials found”), counts or grades the
 * evidence (“three studies suggested”, “low-quality evidence showed”), denies it (“no studies have
 * found”), or is not the subject at all (“a review of trials found”).
 */
const specifiers = new Set([
  'the', 'this', 'these', 'those', 'that', 'our', 'their', 'his', 'her', 'its', 'such', 'your', 'my', 'whose', 'which',
  'of', 'no', 'none', 'in', 'from', 'by', 'both', 'each', 'either', 'neither', 'included', 'quality', 'certainty',
  'low-quality', 'moderate-quality', 'high-quality', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'eleven', 'twelve', 'following', 'above', 'same', 'previous',
  // The writers' own: “we found some evidence suggesting that …”.
  'we',
  // A condition or a time, not a source: “it is recommended when doctors feel …”, “if studies show …”.
  'when', 'whenever', 'if', 'unless', 'until',
  // The object of a causative verb is no source: “will make some people feel better”.
  'make', 'makes', 'made', 'making', 'help', 'helps', 'helped', 'let', 'lets',
  'follow-up',
]); // prettier-ignore

/**
 * “If larger, longer studies prove the drugs help”, “until trials show”: a condition on evidence to
 * come credits no claim to anyone. Read across the commas of a list of adjectives, which the
 * specifier test stops at.
 */
const conditions = new Set(['if', 'unless', 'until', 'whether', 'once']);

/**
 * Verbs of receiving or giving, right before the subject the lexicon matched, which make it the
 * verb's object and a noun's modifier: “received research support from the makers of …” is a
 * funding disclosure, not research supporting a claim (holdout 19, `not_attribution`; round 26).
 */
const receivingVerbs = new Set([
  'received', 'receive', 'receives', 'receiving', 'accepted', 'accepts', 'provided', 'provides', 'providing',
  'gave', 'gives', 'given', 'got', 'gets', 'obtained',
]); // prettier-ignore

/** A capitalised word (not opening the sentence) right before the subject, perhaps after “new”. */
const namedModifier = /[\p{L}\d,]\s+(?:[Nn]ew\s+)?(\p{Lu}[\p{L}.&-]*|[IVX]{1,4})(?:['’]s)?\s+$/u;
/**
 * A nationality or region (“African studies”, “Swedish researchers”) says where the work was
 * done, not whose it is: it names no source a reader could look up.
 */
const demonym = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$|^(?:U\.?S\.?|U\.?K\.?)$/u;

/**
 * A named person joined to the subject: “Efrati and others say”, “Smith and colleagues found”,
 * “Chapin and other critics argue”, “Dr. Kryger and others say”. The group is the named person's
 * side, whom a reader can follow.
 */
const namedPartner = /(?:^|[\p{L}\d,.]\s+)(\p{Lu}[\p{L}'’-]+)\s+and\s+(?:other\s+)?$/u;
/** `namedPartner` before the subject at `subjectStart`, after a literal test: most subjects do not follow “and”. */
function hasNamedPartner(text: string, subjectStart: number): boolean {
  const from = Math.max(0, subjectStart - 40);
  const before = text.slice(from, subjectStart);
  if (!before.endsWith('and ') && !before.endsWith('and other ')) return false;
  const match = namedPartner.exec(before);
  if (!match) return false;
  if (!/^\p{Lu}/u.test(match[0])) return true;
  // Opening the sentence, a capital says nothing by itself (“Doctors and other experts say”,
  // “Nurses and doctors say”): only a word that is no group, pronoun, opener or plural is a name.
  const word = match[1] ?? '';
  return from === 0 && text.slice(0, match.index).trim() === '' && !notNames.has(word) && !/\p{Ll}s$/u.test(word);
}
/** A possessive determiner (“Pamela's doctors”, “patients' doctors”), less contractions (“there's research”). */
const possessive = /^[\p{L}-]+(?:['’]s|s['’])$/u;
const contractions = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'let', 'where', 'how']);
/** Possessives of time, which say when, not whose: “today's research”, “last year's studies”. */
const times = new Set(['today', 'yesterday', 'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'century']);
/** The words of a phrase after its last break (“and”, “that”, …): the noun phrase the subject heads. */
function ownPhrase(phrase: readonly string[]): readonly string[] {
  return phrase.slice(phrase.findLastIndex((word) => phraseBreaks.has(word)) + 1);
}
/** Whether a word is a possessive that names an owner (see `possessive`). */
function isOwner(word: string): boolean {
  if (!possessive.test(word)) return false;
  const owner = word.replace(/['’]s?$/u, '');
  return !contractions.has(owner) && !times.has(owner);
}
/**
 * Whether a possessive names the owner of the noun phrase that ends at the end of `near`
 * (“Karram’s initial U.S. studies”), through at most three modifiers (abbreviations such as “U.S.”
 * included, which the word reader stops at), with no phrase break or comma between them (“the
 * drug’s effects and studies”). Read word by word back from the subject: one pattern with a
 * repeated word before a possessive is polynomial.
 */
function ownerInPhrase(near: string): boolean {
  const words = near.trimEnd().split(/\s+/u);
  for (let back = 1; back <= 4 && back <= words.length; back++) {
    const word = (words[words.length - back] ?? '').toLowerCase();
    if (phraseBreaks.has(word) || /[,;:]$/u.test(word)) return false;
    if (isOwner(word)) return true;
  }
  return false;
}
/** Words that end one phrase and start another. */
const phraseBreaks = new Set(['and', 'or', 'but', 'that', 'which', 'because', 'while', 'as', 'so']);
/** How far back the head of a noun phrase may sit: “a new analysis of existing clinical trial evidence”. */
const headWords = 5;

/** Plural demonstratives, which need a noun of their own after them: “these”, “those”, “both”. */
const pluralDemonstratives = new Set(['these', 'those', 'both']);

/**
 * Whether a plural demonstrative heads the subject across a comma between its adjectives (“these
 * two small, early-stage studies show”): the words before the comma end on no plural noun, so the
 * demonstrative is still waiting for its noun. Not “in these cases, studies show”, where the
 * demonstrative has its noun and the subject starts a new phrase.
 */
export function pointsBackPastAdjectives(words: readonly string[]): boolean {
  const comma = words.lastIndexOf(',');
  const after = words.slice(comma + 1);
  if (comma < 0 || after.length > 2 || after.some((word) => !isModifier(word))) return false;
  const segment = words.slice(words.lastIndexOf(',', comma - 1) + 1, comma);
  const demonstrative = segment.findLastIndex((word) => pluralDemonstratives.has(word));
  const between = segment.slice(demonstrative + 1);
  return demonstrative >= 0 && between.length > 0 && between.length <= 3 && between.every(isModifier);
}

/** Words that join or open clauses, or are articles: none modifies a noun to come. */
const notModifiers = new Set([
  ...phraseBreaks,
  'yet',
  'still',
  'however',
  'then',
  'now',
  'though',
  'also',
  'the',
  'a',
  'an',
]);

/** Whether a word may modify a noun still to come: a number or an adjective, not a plural noun (“products”). */
function isModifier(word: string): boolean {
  return !notModifiers.has(word) && !(/s$/u.test(word) && !/ss$/u.test(word));
}

/** Whether the words before a subject, back to a comma, make it specific (see `specifiers`). */
function isSpecific(text: string, subjectStart: number, evidence: boolean): boolean {
  // A name in the noun phrase (“new Harvard research”, “Phase II data”) says whose it is. Of
  // evidence, a nationality says only where it was done; of people (“U.S. doctors said”), it
  // points at the team of a study the article reports.
  const near = text.slice(Math.max(0, subjectStart - 40), subjectStart);
  const modifier = namedModifier.exec(near)?.[1];
  if (modifier !== undefined && !(evidence && demonym.test(modifier))) return true;
  if (hasNamedPartner(text, subjectStart)) return true;
  const before = wordsBefore(text, subjectStart, 3);
  const phrase = before.slice(before.lastIndexOf(',') + 1);
  if (phrase.some((word) => specifiers.has(word) || /^\d/.test(word))) return true;
  if (saysScarce(phrase)) return true;
  if (before.includes(',') && pointsBackPastAdjectives(wordsBefore(text, subjectStart, 7))) return true;
  // “Pamela's doctors said”, “Zamboni's original research suggests”, “the NIH's own studies”: a
  // possessive in the noun phrase says whose they are, so they are particular people or work, not
  // unnamed ones. Not a time (“last year's studies”) or a contraction (“there's research”).
  // Read only when an apostrophe is near: most subjects have none, and this runs at every one.
  // “Karram’s initial U.S. studies”: the owner may sit past a modifier the word reader stops at.
  if ((near.includes("'") || near.includes('’')) && (ownPhrase(phrase).some(isOwner) || ownerInPhrase(near)))
    return true;
  // “A new analysis of existing clinical trial evidence has found”: the subject is the head before
  // “of”. Not across a conjunction: “die because of asthma attacks and research shows”. Read the
  // wider phrase only when an “of” is near: most subjects have none.
  if (!near.includes(' of ')) return false;
  const wide = wordsBefore(text, subjectStart, headWords);
  const widePhrase = wide.slice(wide.lastIndexOf(',') + 1);
  return widePhrase.slice(widePhrase.findLastIndex((word) => phraseBreaks.has(word)) + 1).includes('of');
}

/** Quantifiers that say how little there is: “few studies”, “little research”, “scant evidence”. */
const scarce = new Set(['few', 'little', 'scant', 'sparse', 'scarce']);
/** Words that make “a few” scarce again: “only a few”, “just a few”, “very few”. */
const onlyWords = new Set(['only', 'just', 'merely']);

/**
 * Whether the words before a subject say the evidence is thin (“only a few studies show”, “few
 * studies have found”, “very little research suggests”): a denial of support, not a claim credited
 * to it (JUDGING.md `negation`). “A few small studies suggest” credits its claim to them.
 */
export function saysScarce(phrase: readonly string[]): boolean {
  const at = phrase.findIndex((word) => scarce.has(word));
  if (at < 0) return false;
  if (phrase[at - 1] !== 'a') return true;
  return onlyWords.has(phrase[at - 2] ?? '');
}

/**
 * “According to research conducted at Massachusetts General Hospital”, “a large body of research
 * by principal investigator Anil Sood”: the phrase goes on to name its source.
 */
const sourceNamedAfter =
  /^,?\s+(?:(?:conducted|carried out|led|done|published|presented|performed)\s+(?:at|by|in)|by)\s+(?:the\s+)?(?:\p{Ll}+\s){0,2}\p{Lu}/u;
/**
 * “According to scientists at the University of Colorado”, “according to research from the Mayo
 * Clinic”: the people or work of a named institution, which a reader can follow up, as “researchers
 * at the University of Leeds found” is. The name must be an institution's (a place of work or a
 * body), not a country's or a city's (“research from the UK” says only where, as “British research”
 * does). Read word by word after a literal test, as `hasNameEndingIn` reads names.
 */
const institutionWords = new Set([
  'University', 'Institute', 'Institutes', 'Hospital', 'College', 'Clinic', 'Center', 'Centre', 'School',
  'Laboratory', 'Laboratories', 'Foundation', 'Academy', 'Society', 'Association', 'Agency', 'Council', 'Department',
  'Ministry', 'Organization', 'Organisation',
]); // prettier-ignore
/** Words that may sit inside an institution's name: “University of Colorado”, “Centers for Disease Control”. */
const nameJoiners = new Set(['of', 'the', 'for', 'and', '&']);

/**
 * “According to reports by the device’s maker”, “according to data from the company”: the work of a
 * maker or company the article has named, referred back to by a definite noun (the maker is no
 * unnamed authority but a party the reader already knows).
 */
const makerAfter =
  /^\s(?:by|from)\s(?:the|its)\s(?:[\p{L}'’-]+\s){0,2}?(?:maker|makers|manufacturer|manufacturers|drugmaker|developer|company|firm)\b/u;

/** Whether the words after an “according to …” phrase name a maker or company referred back to (`makerAfter`). */
export function namesMakerAfter(after: string): boolean {
  return makerAfter.test(after);
}

/** Whether the words after an “according to …” phrase name the institution its people or work belong to. */
export function namesInstitutionAfter(after: string): boolean {
  const opening = /^\s(?:at|from)\s(?:the\s)?(?=\p{Lu})/u.exec(after);
  if (!opening) return false;
  const words = after.slice(opening[0].length, opening[0].length + 100).split(/\s+/u);
  for (const raw of words.slice(0, 8)) {
    // The word up to its first stop, comma or closing mark (anchored at its start, so linear).
    const word = /^[^,.;:!?)’'”"]*/u.exec(raw)?.[0] ?? raw;
    if (institutionWords.has(word)) return true;
    if (wellKnownBody.test(raw)) return true;
    if (!/^\p{Lu}/u.test(word) && !nameJoiners.has(word)) return false;
    if (word !== raw) return false;
  }
  return false;
}

/**
 * “Is believed to be the first documented case”: a hedge on novelty, which names no health claim
 * to check; the passive is only vague when it carries one.
 */
const noveltyAfter = /^\s?(?:be|have been)\s(?:the\s)?(?:first|only|among the first)\b/iu;
/**
 * A past-tense belief or forecast (“doctors believed”, “experts had thought”, “in 1991 experts
 * predicted”), told as what was once held, not as a source for a claim now.
 */
const formerBelief = /\s(?:had\s)?(?:believed|thought|predicted)$/iu;
/** Words that deny what follows. */
const negations = new Set(['not', 'never', 'nor', 'hardly', 'neither', 'no', 'none']);

/** Whether one of the two words before `offset` denies the phrase there (“not”, “isn't”, “neither has”, “no drug has”). */
function isNegated(text: string, offset: number): boolean {
  return wordsBefore(text, offset, 2).some(
    (word) => negations.has(word) || word.endsWith("n't") || word.endsWith('n’t'),
  );
}

/** “According to some”, “according to many”: a quantifier that may stand for people or head a noun. */
const accordingToQuantifier = /^according to (?:some|many)$/iu;
/** Nouns a quantifier after “according to” heads when it credits a source (“according to some estimates”). */
const sourceNouns = new Set([
  'experts', 'scientists', 'researchers', 'doctors', 'physicians', 'clinicians', 'specialists', 'analysts', 'observers',
  'critics', 'people', 'studies', 'research', 'reports', 'estimates', 'accounts', 'sources', 'surveys', 'reviews',
  'data', 'authorities', 'officials', 'health', 'medical', 'recent', 'previous', 'other', 'published',
  // Written sources and the people who write them: “according to some chronicles”, “some historians”.
  'historians', 'scholars', 'authors', 'writers', 'commentators', 'chronicles', 'records', 'texts', 'documents',
  'legends', 'traditions', 'stories', 'versions', 'theories', 'interpretations', 'analyses', 'calculations', 'polls',
]); // prettier-ignore

/**
 * Whether “according to some/many” credits a source: the quantifier stands for people (“according
 * to some, it works”) or heads a source noun (“according to some estimates”). “According to some
 * sort of evidence-based system” means in keeping with it, and credits no one.
 */
function quantifierIsSource(text: string, phrase: string, end: number): boolean {
  if (!accordingToQuantifier.test(phrase)) return true;
  const next = wordsAfter(text, end, 1)[0];
  return next === undefined || next === ',' || sourceNouns.has(next);
}

/** Every vague attribution in a text, in order. */
export function findVagueAttributions(text: string): Attribution[] {
  const found: Attribution[] = [];
  for (const match of matcher.matchAll(text)) {
    const { verbs } = match.entry;
    if (!verbs) {
      if (sourceNamedAfter.test(text.slice(match.end, match.end + 80))) continue;
      if (namesInstitutionAfter(text.slice(match.end, match.end + 100))) continue;
      if (namesMakerAfter(text.slice(match.end, match.end + 60))) continue;
      if (noveltyAfter.test(text.slice(match.end, match.end + 30))) continue;
      if (hasNamedPartner(text, match.start)) continue;
      // “Is still not scientifically proven”: a denial credits no claim to anyone.
      if (isNegated(text, match.start)) continue;
      if (!quantifierIsSource(text, match.text, match.end)) continue;
      found.push({ id: match.entry.id, kind: 'vague', start: match.start, end: match.end, text: match.text });
      continue;
    }
    if (isSpecific(text, match.start, match.entry.id === 'studies-show')) continue;
    const before = wordsBefore(text, match.start, 4);
    if (before.some((word) => conditions.has(word))) continue;
    if (receivingVerbs.has(before.at(-1) ?? '')) continue;
    const end = verbEnd(text, match.end, verbs) ?? verbEndThrough(text, match.end, verbs, match.entry.through);
    if (end === undefined) continue;
    // “For decades, doctors believed …”: a belief told as superseded, not a source for a claim.
    if (match.entry.id === 'experts-say' && formerBelief.test(text.slice(match.start, end))) continue;
    found.push({ id: match.entry.id, kind: 'vague', start: match.start, end, text: text.slice(match.start, end) });
  }
  for (const known of [...knownFromUnnamedWork(text), ...shownInUnnamedStudies(text)]) {
    if (!found.some((other) => other.start < known.end && known.start < other.end)) found.push(known);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Earlier or other work named only as such: “other research”, “previous observational studies”. */
const unnamedWork = String.raw`(?:other|previous|prior|earlier|past|older|existing)\s(?:[\p{L}-]{1,30}\s)?(?:studies|research|trials|work)`;
/** A verb by which the speakers know what they go on to claim: “we know”, “we have learned”. */
const knowing = String.raw`(?:we|I)\s(?:(?:now|already|also|all)\s)?(?:know|knew|have\slearned|have\slearnt|learned|learnt)`;
/**
 * Knowledge credited to unnamed work by “from”: “we know from previous research that …”, “from
 * other research "we know it's safe …"”. The lexicon's subjects need a verb of their own after
 * them (“other research shows”), and a subject after “from” reads as specific (“data from the
 * trial”); here the work is the only source the claim has, and it names none (round 30).
 */
const knownFromWork = new RegExp(
  String.raw`\b${knowing}\s(?:[\p{L}-]{1,30}\s)?from\s${unnamedWork}\b|\bfrom\s${unnamedWork},?\s["“]?${knowing}\b`,
  'giu',
);

/** Every knowledge claim credited by “from” to unnamed earlier or other work (`knownFromWork`). */
function knownFromUnnamedWork(text: string): Attribution[] {
  if (!/\bfrom\s/iu.test(text)) return [];
  return namedMatches(knownFromWork, text, 'studies-show').map((match) => ({ ...match, kind: 'vague' }));
}

/** Studies named by no more than their number, kind or age: “small studies”, “numerous studies and clinical trials”. */
const unnamedStudies = String.raw`in\s(?:(?:several|many|some|numerous|multiple|other|previous|prior|earlier|past|small|smaller|recent|animal|clinical|observational|large)\s){0,2}(?:studies|trials|research)(?:\s(?:and|or)\s(?:(?:clinical|other)\s)?(?:studies|trials))?`;
/**
 * A result credited to unnamed studies as the agent of a passive: “the efficacy … previously seen in
 * small studies”, “omega-3, which has been shown in previous studies to make for healthier hearts”.
 * The lexicon reads studies as the subject (“studies have shown”) or an agentless passive (“has
 * been shown to”); here the studies are named in the passive's place for its agent. A perfect
 * passive needs its claim after it (“… to reduce mortality”): without one it is often a comparison
 * (“those seen in previous studies”) or a remark on method (round 30).
 */
const shownInStudies = new RegExp(
  String.raw`\bpreviously\s(?:seen|shown|observed|demonstrated|reported|found|proven)\s${unnamedStudies}\b|\b(?:has|have|had)\sbeen\s(?:shown|proven|proved|demonstrated|found)\s${unnamedStudies}(?=\sto\s)`,
  'giu',
);
/** Words before a result that make it a comparison or a denial, not a claim credited to the studies: “lower than those reported in”, “hasn't been proven in”. */
const comparedOrDenied = /(?:\b(?:than|similar|consistent|those|what|not|never)\b|n['’]t\b)[^.;]{0,25}$/iu;

/** Every result credited to unnamed studies as a passive's agent (`shownInStudies`), less comparisons and denials. */
function shownInUnnamedStudies(text: string): Attribution[] {
  if (!/\bin\s/iu.test(text)) return [];
  return namedMatches(shownInStudies, text, 'studies-show')
    .filter((match) => !comparedOrDenied.test(text.slice(Math.max(0, match.start - 40), match.start)))
    .map((match) => ({ ...match, kind: 'vague' }));
}

/** Where the subject's verb ends, when one of `verbs` follows within two filler words. */
function verbEnd(text: string, subjectEnd: number, verbs: readonly string[]): number | undefined {
  const after = wordsAfter(text, subjectEnd, 5);
  for (let skip = 0; skip <= 2 && skip < after.length; skip++) {
    if (skip > 0 && !fillers.has(after[skip - 1] ?? '')) return undefined;
    const rest = after.slice(skip).join(' ');
    const verb = verbs.find((candidate) => startsWithPhrase(rest, candidate));
    if (verb === undefined) continue;
    return endAfterWords(text, subjectEnd, skip + (verb.endsWith('*') ? 1 : verb.split(' ').length));
  }
  return undefined;
}

/** `endAfterWords`' patterns, by word count. */
const wordRuns = new Map<number, RegExp>();

/** Where the `count`th word after `from` ends. */
function endAfterWords(text: string, from: number, count: number): number {
  // Compiled once per count, not at every call. Anchored in the rest of the text rather than sticky
  // at `from`: recheck (test/redos.test.ts) proves the anchored form linear, not the sticky one.
  let pattern = wordRuns.get(count);
  if (!pattern) {
    pattern = new RegExp(`^(?:\\W*[\\p{L}\\p{N}'’-]+){${count}}`, 'u');
    wordRuns.set(count, pattern);
  }
  return from + (pattern.exec(text.slice(from))?.[0].length ?? 0);
}

/** How many words a phrase between a subject and its verb may hold (“about steroids taken over longer periods”). */
const throughWords = 9;
/** Auxiliaries and copulas: one of these between a subject and a listed verb is the subject's own verb. */
const auxiliaries = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'need', 'needs', 'needed', 'remain', 'remains',
]); // prettier-ignore
const relativePronouns = new Set(['who', 'that', 'which', 'whose', 'where']);
/**
 * Verbs that after a phrase are as likely a participle of that phrase as the subject's verb:
 * “research into compounds found in plants”, “studies of drugs linked to …”.
 */
const participles = new Set(['found', 'shown', 'proven', 'link*', 'linking', 'back*', 'support*', 'tell*']);

/**
 * Where the subject's verb ends when a prepositional phrase comes between them (“research about
 * steroids shows”): the phrase opens with one of `through` and runs to the verb without a comma.
 */
function verbEndThrough(
  text: string,
  subjectEnd: number,
  verbs: readonly string[],
  through: readonly string[] | undefined,
): number | undefined {
  if (!through) return undefined;
  const after = wordsAfter(text, subjectEnd, throughWords + 1);
  if (!through.includes(after[0] ?? '')) return undefined;
  const finite = verbs.filter((verb) => !participles.has(verb));
  let relative = false;
  for (let skip = 2; skip < after.length; skip++) {
    if (after[skip - 1] === ',') return undefined;
    // “Studies in other countries are needed to confirm …”: the subject's verb is the first finite
    // one after it (“are needed”), and a verb of the list further on belongs to another clause;
    // not one in a relative clause inside the phrase (“studies in people who have diabetes show”).
    const word = after[skip - 1] ?? '';
    if (relativePronouns.has(word)) relative = true;
    if (!relative && auxiliaries.has(word) && !opensVerb(after.slice(skip), finite)) return undefined;
    const rest = after.slice(skip).join(' ');
    const verb = finite.find((candidate) => startsWithPhrase(rest, candidate));
    if (verb === undefined) continue;
    return endAfterWords(text, subjectEnd, skip + (verb.endsWith('*') ? 1 : verb.split(' ').length));
  }
  return undefined;
}

/**
 * Whether the words after an auxiliary go on with a listed verb, through at most one more auxiliary:
 * the perfect or passive of the subject's own verb (“studies in the past have suggested”, “research
 * in mice has been shown”).
 */
function opensVerb(words: readonly string[], verbs: readonly string[]): boolean {
  const start = auxiliaries.has(words[0] ?? '') ? 1 : 0;
  const rest = words.slice(start).join(' ');
  return verbs.some((verb) => startsWithPhrase(rest, verb));
}

/**
 * What a wildcard verb (`suggest*`, `indicat*`, `back*`) may add to its stem: its inflections
 * (“suggests”, “indicated”, “proven”), not a noun or another word made from it (“some suggestion”,
 * “indication”, “background”) nor a participle opening a phrase (“research supporting …”).
 */
const verbEndings = new Set(['', 'e', 's', 'es', 'd', 'ed', 'n']);

function startsWithPhrase(words: string, phrase: string): boolean {
  if (phrase.endsWith('*')) {
    const stem = phrase.slice(0, -1);
    const space = words.indexOf(' ');
    const word = space < 0 ? words : words.slice(0, space);
    return word.startsWith(stem) && verbEndings.has(word.slice(stem.length));
  }
  // `${words} ` starting with `${phrase} `, without building either: this runs for every verb at every subject.
  return words.startsWith(phrase) && (words.length === phrase.length || words[phrase.length] === ' ');
}

/** Titles before a person's name; an abbreviation (ending in a full stop) may drop its stop. */
const titleWords = ['Dr.', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.', 'Dame', 'Sir'];
/** Every way a title is written (“Dr”, “Dr.”, “Professor”), for a word-by-word reader of names. */
export const personTitles: ReadonlySet<string> = new Set(
  titleWords.flatMap((word) => [word, word.replace(/\.$/u, '')]),
);
const title = `(?:${titleWords.map((word) => word.replace(/\.$/u, String.raw`\.?`)).join('|')})`;
const role = String.raw`(?:(?:lead|senior|first|co-?|corresponding|study|principal)\s){0,2}(?:author|researcher|investigator|scientist|physician|doctor|professor|director|chair|head|president|chief|dean|epidemiologist|oncologist|cardiologist|psychiatrist|neurologist|surgeon|nurse|dietitian|spokesperson|spokeswoman|spokesman)`;
// Starts at a word start and bounds each word, so a run of capitals cannot make it backtrack.
const name = String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}`;
const speech = String.raw`(?:said|says|explained|explains|added|adds|noted|notes|told|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes|reported|reports)`;
/** The parts the named patterns are built from, for speakers.ts's patterns of the same shape. */
export const namedPatternParts = { title, role, name, speech } as const;
const namedPatterns: RegExp[] = [
  // “said Dr Jane Smith”, “says lead author Jane Smith”, “according to Professor Lee”
  new RegExp(`\\b(?:${speech}|[Aa]ccording to)\\s(?:the\\s)?(?:${role}\\s(?:${title}\\s)?|${title}\\s)${name}`, 'gu'),
  // “Dr Smith said”, “Jane Smith, a professor at …, said”
  new RegExp(`(?:${title}\\s)${name}(?:,[^,.;]{2,80},)?\\s${speech}\\b`, 'gu'),
  new RegExp(`\\b${name},\\s(?:a|an|the)?\\s?[^,.;]{0,60}${role}[^,.;]{0,80},\\s${speech}\\b`, 'gu'),
  // “…,” she said. The speaker was named earlier in a press release.
  /[,”"]\s?(?:he|she|they)\s(?:said|says|added|adds|explained|explains|noted|notes)\b/gu,
];

/** Words that end the name of an organisation (“the American Cancer Society”, “National Institutes of Health”). */
const bodyEnds = new Set([
  'Society', 'Association', 'Institute', 'Institutes', 'College', 'Academy', 'Agency', 'Administration', 'Organization',
  'Organisation', 'Foundation', 'Council', 'Board', 'Center', 'Centers', 'Centre', 'Centres', 'Department', 'Ministry',
  'Commission', 'Federation', 'Alliance', 'Trust', 'Service', 'Network',
  // “the U.S. Preventive Services Task Force”
  'Force',
]); // prettier-ignore
/** Words that end the name of a study (“the Women's Health Initiative”, “the Nurses' Health Study”). */
const studyEnds = new Set(['Initiative', 'Study', 'Trial', 'Survey', 'Project', 'Consortium', 'Collaboration']);
// Also written with full stops (“the F.D.A.”, “the C.D.C.”), as some newspapers do.
const wellKnownBody = /\b(?:FDA|CDC|WHO|NIH|NICE|NHS|EMA|MHRA|USPSTF|ACOG|AAP|IARC)\b|\b(?:F\.D\.A|C\.D\.C|N\.I\.H)\./u;

/**
 * Whether a capitalised word is followed by one of `ends`: a loop over the words, not one pattern
 * with a repeated capitalised word, which recheck found polynomial.
 */
function hasNameEndingIn(text: string, ends: ReadonlySet<string>): boolean {
  const words = text.match(/[\p{L}'’.&-]+/gu) ?? [];
  for (let index = 1; index < words.length; index++) {
    if (ends.has(words[index]!) && /^\p{Lu}/u.test(words[index - 1]!)) return true;
  }
  return false;
}

/** Whether a text names an organisation or a named study that can be checked. */
export function namesBody(text: string): boolean {
  return wellKnownBody.test(text) || hasNameEndingIn(text, bodyEnds) || hasNameEndingIn(text, studyEnds);
}

/**
 * “One study in the Journal of Alternative and Complementary Medicine”, “a 2019 trial published in
 * the journal Pain”, “a study of 1,108 adolescents published earlier in May in the journal of the
 * American Physical Therapy Association”: a study cited by the journal it appeared in, which a reader can look up. Only an
 * indefinite one: “the study, published in Pediatrics” is the article's own, no source for others.
 */
const journalStudy =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[\p{L}\d-]+\s){0,3}?(?:study|trial|review|analysis|paper|report)\s(?:[\p{L}\d,-]+\s){0,8}?in\s(?:the\s)?(?:[Jj]ournal\s(?:of\s(?:the\s)?)?\p{Lu}|\p{Lu}[\p{L}-]*\s(?:[\p{L}-]+\s){0,3}?Journal\b|The Lancet|Lancet\b|JAMA\b|BMJ\b)/u;

/** One of the words `journalStudy` needs. */
const journalStudyCue = /[Jj]ournal|Lancet|JAMA|BMJ/u;

/** Whether a text cites a study by the journal it appeared in (see `journalStudy`). */
export function namesJournalStudy(text: string): boolean {
  // Most sentences name no journal: a plain search rules them out before the pattern's lazy runs.
  return journalStudyCue.test(text) && journalStudy.test(text);
}

const journalNames = new Set(['Lancet', 'JAMA', 'BMJ', 'NEJM']);
/** One of the words `namesJournal` needs. */
const journalCue = primed(/ournal|Proceedings|Lancet|JAMA|BMJ|NEJM|issue|published/u);
const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
]; // prettier-ignore
const months = new Set(monthNames);
const capitalised = /^\p{Lu}/u;

/** Whether the word at `index`, past “of”, “the”, “journal” and “online”, is capitalised and not a month. */
function titleAt(words: readonly string[], index: number): boolean {
  while (['of', 'the', 'journal', 'online'].includes(words[index] ?? '')) index++;
  const word = words[index] ?? '';
  return capitalised.test(word) && !months.has(word);
}

/**
 * Whether a text names the journal that carries what it reports: “in the journal Radiology”, “the
 * Journal of Nutrition”, “the American Journal of Medicine”, “the Mayo Clinic Proceedings”, “the
 * Lancet”, “JAMA”, “the January issue of Neurosurgery”, “published in Urology” (not “published
 * in May”). A source a reader can look up: a claim credited to it in the same sentence has the
 * citation the efficacy message asks for (JUDGING.md: a source named in the same sentence). Read
 * word by word, like `hasNameEndingIn`.
 */
export function namesJournal(text: string): boolean {
  // Most sentences hold none of the words it looks for: a plain search rules them out unsplit.
  if (!journalCue.test(text)) return false;
  const words = text.match(/[\p{L}\p{N}'’&-]+/gu) ?? [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (journalNames.has(word)) return true;
    if ((word === 'Journal' || word === 'journal' || word === 'Proceedings') && titleAt(words, index + 1)) return true;
    if ((word === 'Journal' || word === 'Proceedings') && index > 0 && capitalised.test(words[index - 1]!)) return true;
    if (word === 'issue' && words[index + 1] === 'of' && titleAt(words, index + 2)) return true;
    if (word === 'published' && (words[index + 1] === 'in' || words[index + 2] === 'in')) {
      const at = words[index + 1] === 'in' ? index + 2 : index + 3;
      if (words[at - 1] === 'in' && titleAt(words, at)) return true;
    }
  }
  return false;
}

/**
 * Whether a text credits what it says to a named organisation or named study with “according to”
 * (“…, according to the American College of Allergy, Asthma & Immunology”): a source the reader can
 * look up, as a citation is (RULES.md, unqualified-efficacy-claim: reported speech attributed to a
 * named source). “According to new research” or “according to the best research” names none.
 */
export function creditedToNamedBody(text: string): boolean {
  const at = text.toLowerCase().indexOf('according to');
  return at >= 0 && namesBody(text.slice(at + 'according to'.length));
}

/**
 * Verbs (and the noun “position”) by which a body gives its judgement: “the FDA has deemed that”,
 * “the USPSTF accepts the fact that”, “the FDA saying, …”, “the Academy's official position is that”.
 */
const judgementVerb =
  /\b(?:deem(?:s|ed)?|determin(?:es|ed)|conclud(?:es|ed)|rul(?:es|ed)|decid(?:es|ed)|judg(?:es|ed)|accept(?:s|ed)?|declar(?:es|ed)|recogni[sz](?:es|ed)|consider(?:s|ed)?|says?|said|saying|stat(?:es|ed|ing)|position\s+is)\b/giu;

/**
 * Whether the claim at `claimStart` is given as a named body's judgement in its own sentence: the
 * body is the subject of a verb of judgement or speech before the claim, named in the six words before the verb
 * (“the FDA has deemed that Prozac has demonstrated benefits”, “Even the USPSTF accepts the fact
 * that screening saves lives”, “An approval is the FDA saying, ‘this drug is safe and effective’”).
 * The benefit is the regulator's or the society's finding, which a reader can look up, not the
 * article's own claim (JUDGING.md: an attribution whose source is named in the same sentence).
 */
export function judgedByNamedBody(text: string, claimStart: number): boolean {
  const before = text.slice(0, claimStart);
  for (const verb of before.matchAll(judgementVerb)) {
    const subject = before.slice(0, verb.index).trim().split(/\s+/u).slice(-6).join(' ');
    if (namesBody(subject)) return true;
  }
  return false;
}

/** Verbs by which research establishes what follows: “demonstrate that”, “showed that”, “proved that”, “found that”. */
const demonstrationVerb =
  /\b(?:demonstrat(?:e|es|ed|ing)|show(?:s|ed|n|ing)?|prov(?:e|es|ed|en|ing)|establish(?:es|ed|ing)?|f(?:ind|inds|ound))\s+that\b/giu;

/**
 * Whether the claim at `claimStart` is what a named study established, told in its own sentence:
 * the study is named in the eight words before a verb of demonstration (“the Physicians’ Health
 * Study, which was the first to demonstrate that aspirin prevents a first heart attack”, “the
 * Framingham Heart Study found that …”). The claim is that study's, which a reader can look up
 * (JUDGING.md: an attribution whose source is named in the same sentence), not the article's own.
 */
export function shownByNamedStudy(text: string, claimStart: number): boolean {
  const before = text.slice(0, claimStart);
  for (const verb of before.matchAll(demonstrationVerb)) {
    const subject = before.slice(0, verb.index).trim().split(/\s+/u).slice(-8).join(' ');
    if (namesStudy(subject)) return true;
  }
  return false;
}

/** Whether a text names a study (not only a body, such as a regulator mentioned in passing). */
export function namesStudy(text: string): boolean {
  return hasNameEndingIn(text, studyEnds);
}

/** Every attribution to a named person with a title or role, in order. */
export function findNamedAttributions(text: string): Attribution[] {
  return namedPatterns
    .flatMap((pattern) => namedMatches(pattern, text, 'named-person'))
    .sort((a, b) => a.start - b.start);
}

/**
 * “Said Donald Leung, MD, head of …”, “says Jane Roe, a cardiologist at …”: a speaker named before
 * a degree or a role. Kept apart from `namedPatterns`, which other rules read to leave a speaker's
 * claims alone, until those rules are measured with it.
 */
const speakerWithDegreeOrRole = new RegExp(
  `\\b${speech}\\s${name},\\s(?:M\\.?D\\.?|Ph\\.?D\\.?|D\\.?O\\.?|R\\.?N\\.?|(?:a|an|the)\\s(?:[\\p{L}-]+\\s){0,3}${role}\\b|${role}\\b)`,
  'u',
);

/** Whether a text names a speaker by a degree or role after the name (`speakerWithDegreeOrRole`). */
export function namesSpeakerWithDegreeOrRole(text: string): boolean {
  return speakerWithDegreeOrRole.test(text);
}

/** Capitalised words before or after a verb of speech that name no one: pronouns, groups, openers, days, months. */
const notNames = new Set([
  'He', 'She', 'They', 'It', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Who', 'Which', 'What',
  'Some', 'Many', 'Most', 'Others', 'Other', 'All', 'Both', 'Several', 'Few', 'Everyone', 'Nobody', 'People',
  'Experts', 'Doctors', 'Physicians', 'Clinicians', 'Specialists', 'Researchers', 'Scientists', 'Investigators',
  'Officials', 'Critics', 'Authors', 'Studies', 'Research', 'Data', 'Patients', 'Proponents', 'Supporters',
  'And', 'But', 'Also', 'Still', 'However', 'Yet', 'So', 'Then', 'Now', 'When', 'As', 'The', 'A', 'An',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', ...monthNames, 'Last', 'In', 'On',
]); // prettier-ignore

/**
 * A capitalised word right before a verb of speech, read back from the verb (“Peipert said”,
 * “Cempra says”), or a named person speaking for their team (“Hicks and his co-authors noted”);
 * not the object of a preposition (“a specialist who spoke to WebMD says”).
 */
const nameBeforeSpeech =
  /(?<![\p{L}'’-]|\b(?:to|in|at|for|from|of|with|by|on)\s)(\p{Lu}[\p{L}'’-]{1,30})\s(?:and (?:his|her|their) (?:co-?authors|colleagues|team)\s)?$/u;
/**
 * A name right after a verb of speech, past a title or a leading initial (“says Norton”, “said Dr.
 * Rowe”, “continues Jean-Charles Sanchez”, “says H. Gilbert Welch”).
 */
const nameAfterSpeech = new RegExp(`^\\s(?:${title}\\s)?(?:\\p{Lu}\\.\\s)?(${name})`, 'u');
/** How far from its verb a speaker's name may reach (a name and “and their co-authors” fit). */
const speakerReach = 60;
/** The verbs of speech `namesSpeaker` reads a name beside. */
const speechVerbs = new RegExp(`\\b${speech}\\b`, 'gu');

/**
 * Every name right before or after a verb of speech (a match of the global pattern `verbs`) that
 * `isSpeaker` takes for a speaker: “Peipert said”, “Hicks and his co-authors noted”, “says Norton”,
 * “continues Jean-Charles Sanchez”. Each runs from the name through the verb, or from the verb
 * through the name; a name before the verb is preferred. The one reader of a speaker named
 * without a title or role: `namesSpeaker` takes any name but a pronoun, group or opener,
 * speakers.ts only the surnames of the people an article introduces.
 */
export function speakersBySpeech(text: string, verbs: RegExp, isSpeaker: (name: string) => boolean): Attribution[] {
  const found: Attribution[] = [];
  verbs.lastIndex = 0;
  for (let match = verbs.exec(text); match; match = verbs.exec(text)) {
    const end = match.index + match[0].length;
    const from = Math.max(0, match.index - speakerReach);
    const before = nameBeforeSpeech.exec(text.slice(from, match.index));
    if (before && isSpeaker(before[1] as string)) {
      const start = from + before.index;
      found.push({ id: 'named-person', kind: 'named', start, end, text: text.slice(start, end) });
      continue;
    }
    const after = nameAfterSpeech.exec(text.slice(end, end + speakerReach));
    if (after && isSpeaker(after[1] as string)) {
      const stop = end + after[0].length;
      found.push({
        id: 'named-person',
        kind: 'named',
        start: match.index,
        end: stop,
        text: text.slice(match.index, stop),
      });
    }
  }
  return found;
}

/**
 * Whether a text names someone who speaks (“Peipert said”, “says Norton”, “Nadglowski argues”):
 * a surname or a company with a verb of speech, which a reader can follow up, where
 * `findNamedAttributions` needs a title or a role.
 */
export function namesSpeaker(text: string): boolean {
  return speakersBySpeech(text, speechVerbs, (name) => !notNames.has(name.split(/\s/u)[0] as string)).length > 0;
}

/** Every match of a global pattern as an attribution to a named source, with `id`. */
export function namedMatches(pattern: RegExp, text: string, id: string): Attribution[] {
  const found: Attribution[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ id, kind: 'named', start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** An institution noun right before the subject: “company officials said”, “hospital officials say”. */
const institutionBefore = /\b(?:company|hospital|clinic|university|agency|firm|drugmaker|manufacturer|insurer)\s$/iu;

/** Capitalised words of a text that do not open it: names, mid-sentence. */
const midCapital = /(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}'’-]+/gu;
/** The capitalised word opening a sentence, past an opening quote. */
const openingCapital = /^\s*[“"]?(\p{Lu}[\p{L}'’-]+)/u;

/** Whether `written` has `word` mid-sentence, after a lower-case letter or a comma and a space. */
function writtenMidSentence(written: string, word: string): boolean {
  for (let at = written.indexOf(` ${word}`); at > 0; at = written.indexOf(` ${word}`, at + 1)) {
    const before = written[at - 1] ?? '';
    const after = written[at + word.length + 1] ?? ' ';
    if ((before === ',' || /\p{Ll}/u.test(before)) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Whether the people a subject at `subjectStart` names are the officials of an institution a
 * sentence in reach names (“Novartis has not seen brain swelling in its trials, company officials
 * said”): “company officials” points at a particular company, which a reader can follow up. `near`
 * holds the sentence and the one before; a capitalised word opening a sentence is a name when
 * `written` (the document) writes it capitalised mid-sentence too.
 */
export function officialsOfNamedInstitution(
  text: string,
  subjectStart: number,
  near: readonly string[],
  written: string,
): boolean {
  if (!institutionBefore.test(text.slice(Math.max(0, subjectStart - 20), subjectStart))) return false;
  return near.some((sentence) => {
    if (namesBody(sentence)) return true;
    for (const match of sentence.matchAll(midCapital)) if (!notNames.has(match[0])) return true;
    const opening = openingCapital.exec(sentence)?.[1];
    return opening !== undefined && !notNames.has(opening) && writtenMidSentence(written, opening);
  });
}

/** Written sources among the “according to …”, “some say” phrases: the rest stand for people (“many believe”, “critics argue”). */
const writtenSource = /\b(?:research|studies|science|reports|accounts)\b/iu;

/**
 * Whether an attribution stands in for unnamed people: “experts say”, and the people among the
 * short phrases (“some say”, “many believe”, “according to doctors”), which a named person or body
 * saying it answers as it answers “experts say”.
 */
export function standsForPeople(attribution: Attribution): boolean {
  return (
    attribution.id === 'experts-say' ||
    (attribution.id === 'according-to-vague' && !writtenSource.test(attribution.text))
  );
}

/** A participle by which people put forward their evidence: “pointing to”, “citing”. */
const citingVerb = /\b(?:pointing to|citing|cite|cites|cited|point to|points to)\s/iu;

/** Whether the words after unnamed people cite a study by its journal as theirs (“…, pointing to a study in the Journal of Pain”). */
export function citesTheirEvidence(after: string): boolean {
  const cite = citingVerb.exec(after);
  return cite !== null && namesJournalStudy(after.slice(cite.index));
}

/** “Further”, “subsequent”, “additional” right before the subject: more of the same work. */
const continuingWork = /\b(?:further|subsequent|additional|follow-up)\s$/iu;
/** A simple past verb of result closing the attribution: “showed”, “found”, “revealed”. */
const pastResult = /\b(?:showed|found|revealed|confirmed|demonstrated|indicated|suggested)$/iu;

/**
 * Whether the attribution is more of the work just told, in the past tense of its results
 * (“further research in the lab showed that those viruses were still sensitive”): “further” points
 * back to the research before it, so in an article reporting a study it is that study's own work
 * (JUDGING.md `own_study_source`), not outside work set against it. Not the perfect of background
 * (“further studies have shown”).
 */
export function continuesReportedWork(text: string, attribution: Attribution): boolean {
  return (
    continuingWork.test(text.slice(Math.max(0, attribution.start - 20), attribution.start)) &&
    pastResult.test(attribution.text)
  );
}

/** A verb of the future in an attribution: “further studies will confirm”, “research will tell”. */
const futureVerb = /\b(?:will|shall)\b|\w['’]ll\b|\bgoing to\b/iu;
/** “Future studies”, “upcoming trials”, “planned research”: work that is still to be done. */
const workToCome = /\b(?:future|upcoming|forthcoming|planned)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * Whether the evidence an attribution names does not exist yet (“She is hopeful further studies
 * will confirm these early results”, “future studies may show”): studies still to come credit no
 * claim to anyone (JUDGING.md `not_an_attribution`, round 20).
 */
export function evidenceToCome(text: string, attribution: Attribution): boolean {
  return (
    futureVerb.test(attribution.text) ||
    workToCome.test(text.slice(Math.max(0, attribution.start - 40), attribution.start))
  );
}

/**
 * An embedded question about the evidence, after a verb of asking or finding out (“Ask what research
 * backs up the practitioner's methodology”, “check which studies support it”, “find out whether
 * experts agree”): the sentence asks what the evidence is; it credits no claim to it. Not a free
 * relative that asserts (“That's what studies show”, “What research shows is that …”): no verb of
 * asking before the wh-word.
 */
const askedAbout =
  /\b(?:ask|asks|asked|asking|find out|finding out|check|checking|wonder|wonders|wondered|wondering|question|questions|questioned|learn|investigate|investigating|unclear|unknown|not known|not clear)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:what|which|whether|if|how much|how well|how strongly)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** Whether an attribution sits in an embedded question after a verb of asking (see `askedAbout`). */
export function asksWhatEvidence(text: string, attribution: Attribution): boolean {
  return askedAbout.test(text.slice(Math.max(0, attribution.start - 60), attribution.start));
}

/**
 * An open question right after the evidence's verb, instead of a claim: “(observational studies
 * tell) you what people will experience if …”, “(trials show) whether a drug works”. The generic
 * “you” or “us” before a wh-word marks a remark on what a kind of study can tell anyone; a bare
 * “what” (“studies show what many suspected”) can assert, so it is not read.
 */
const questionAfterVerb = /^\s(?:(?:you|us)\s)?whether\b|^\s(?:you|us)\s(?:what|how|why|when|which)\b/iu;

/**
 * Whether the evidence is said to answer a question rather than to show a claim (see
 * `questionAfterVerb`): a remark on method, what a kind of evidence can or cannot tell, which
 * credits no finding to unnamed studies (JUDGING.md `not_an_attribution`, holdout 20).
 */
export function tellsWhatEvidenceAnswers(text: string, attribution: Attribution): boolean {
  return questionAfterVerb.test(text.slice(attribution.end, attribution.end + 20));
}

/** A verb of testing or finding out that opens a question: “to find out whether”, “tested if”. */
const testingQuestion =
  /\b(?:to\s(?:find out|see|test|learn|determine|check|establish|examine|investigate)|tested|examined|investigated|asked|wanted to know)\s(?:whether|if)\b/giu;

/**
 * Whether the evidence is told in an aside (“…, as earlier research had suggested, …”) inside a
 * question a study sets out to answer: “To find out whether yoga could make a difference, as earlier
 * research had suggested, Dr. Sherman and her colleagues recruited 228 people”. The claim is the
 * hypothesis being tested, not one the article vouches for (round 24: readers called it debatable).
 */
export function hypothesisUnderTest(text: string, attribution: Attribution): boolean {
  const before = text.slice(0, attribution.start);
  if (!/,\s?as\s$/u.test(before)) return false;
  // The question must be in the same clause as the aside: no full stop, semicolon or question mark between.
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('?')) + 1);
  return clause.search(testingQuestion) >= 0;
}

/** A verb of forecasting or estimating at the end of unnamed people's attribution: “advocates predict”. */
const forecastVerb = /\b(?:predict|predicts|predicted|estimate|estimates|estimated)$/iu;
/**
 * What such a forecast is about when it is about uptake, not health: how many procedures,
 * prescriptions or users there will be, or a treatment's sales, market or demand.
 */
const uptakeSubject =
  /^\s(?:that\s)?(?:the\s)?(?:numbers?\sof\s(?:[\p{L}-]+\s){0,2}?(?:procedures|operations|surgeries|prescriptions|users|clinics|centers|centres|practitioners|implants)|(?:annual\s|global\s)?(?:sales|market|demand|uptake|revenues?))\b/iu;

/**
 * Whether unnamed people forecast a treatment's uptake (“Advocates predict that the number of
 * procedures could grow to 10,000 a year”): a claim about a market, not about health or the
 * evidence for a treatment (JUDGING.md: claims about organisations rather than treatments; round
 * 24, readers called it debatable).
 */
export function forecastsUptake(text: string, attribution: Attribution): boolean {
  return forecastVerb.test(attribution.text) && uptakeSubject.test(text.slice(attribution.end, attribution.end + 80));
}

/**
 * Research a document cites (“The letter cited safety concerns about melatonin in food, specifically
 * research indicating that …”, “the report cites studies showing …”): a definite document, named
 * before, is the subject of “cited” or “cites”, and the evidence is its object. The document is where a
 * reader follows the research up (README: research cited by a named document is `named_source`).
 * A person citing research (“Dr. Deland cited data showing …”) is not read here.
 */
const citedByDocument =
  /\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s(?:[\p{L}-]+\s)?(?:letter|report|warning|guidance|guidelines?|statement|label|document|petition|ruling|decision|notice|filing)\s(?:also\s)?(?:cited|cites|citing|referenced|references)\b[^.!?;]{0,120}$/u;

/**
 * The same told from the evidence's side, right after it: “according to research cited with the
 * study”, “studies cited in the report”. The definite document points back to one the article
 * names (its study's paper, a report), where a reader finds the research listed.
 */
const citedInDocument =
  /^\s(?:(?:that\s)?(?:was|were|is|are)\s)?(?:cited|referenced|quoted)\s(?:with|in|by)\s(?:the|this|that|its|their)\s(?:new\s|latest\s|same\s)?(?:study|paper|report|letter|review|article|analysis|guidelines?|statement|label|document|warning|filing)\b/u;

/** Whether the evidence an attribution names is what a definite document cites (see `citedByDocument`, `citedInDocument`). */
export function citedByNamedDocument(text: string, attribution: Attribution): boolean {
  return (
    citedByDocument.test(text.slice(Math.max(0, attribution.start - 160), attribution.start)) ||
    citedInDocument.test(text.slice(attribution.end, attribution.end + 80))
  );
}

/**
 * A named person or a singular pronoun for one, with a title or none, as the subject of what the
 * words after it do: “Dr. Deland”, “Lockwood”, “she”. Captures the name; `namesNoOne` says which
 * capitalised words in its place are no person.
 */
export const namedPersonSubject = String.raw`(?<![\p{L}'’-])(?:(?:Dr|Prof)\.?\s)?(he|she|He|She|\p{Lu}[\p{L}'’-]{1,30})`;

/** Capitalised words that stand where `namedPersonSubject` expects a person but name no one. */
export const namesNoOne: ReadonlySet<string> = new Set([
  'The', 'This', 'That', 'It', 'They', 'We', 'I', 'You', 'There', 'These', 'Those', 'But', 'And', 'So', 'Yet',
  'Researchers', 'Scientists', 'Experts', 'Doctors', 'Officials', 'Studies', 'Research', 'Others', 'Critics',
  'Some', 'Many', 'Most', 'Authors', 'Investigators', 'Physicians', 'Radiologists', 'Journals',
]); // prettier-ignore

/**
 * A named person (or he, she) who put the evidence out as its author, right before it: “He has
 * since issued other studies finding …”, “Dr. Roe published data showing …”. The studies are that
 * person's own, whom a reader can follow up (`named_source`), unlike studies a person only cites.
 */
const authorPublished = new RegExp(
  namedPersonSubject +
    String.raw`\s(?:(?:has|have|had)\s)?(?:(?:since|also|recently|later)\s)?(?:issued|published|released|authored)\s(?:(?:other|several|some|new|more|two|three|his|her)\s)?$`,
  'u',
);

/** Whether the evidence an attribution names was put out by a named author (see `authorPublished`). */
export function publishedByNamedAuthor(text: string, attribution: Attribution): boolean {
  const author = authorPublished.exec(text.slice(Math.max(0, attribution.start - 80), attribution.start))?.[1];
  return author !== undefined && !namesNoOne.has(author);
}

/**
 * “Some people with dyslexia have trouble … Others say that words and letters look blurry”: after
 * a sentence that opens on some of a group of people (“Some people with …”, “Many patients who
 * …”), “others” are the rest of that group telling their own experience, not unnamed authorities.
 */
const someOfAGroup =
  /^\s*(?:Some|Many|Most|A few)\s(?:[\p{L}-]+\s){0,2}?(?:people|patients|children|kids|women|men|adults|parents|users|sufferers|survivors|smokers|veterans)\s(?:with|who|living)\b/u;

/** Whether an attribution opening on “Others” speaks for the rest of a group the sentence before opens on (see `someOfAGroup`). */
export function othersOfTheGroupBefore(previous: string | undefined, attribution: Attribution): boolean {
  return previous !== undefined && /^others\b/iu.test(attribution.text) && someOfAGroup.test(previous);
}

/**
 * A demonstrative that points at particular papers the page linked (“but this classic found …,
 * while this 2013 paper … concluded”, “including this, this, and this”, “like this on stroke”): a
 * scraped story keeps the pointing word when it loses the link, so the papers are identified there.
 */
const pointsAtPaper =
  /\b(?:this|these)\s+(?:(?:19|20)\d\d\s+)?(?:paper|papers|classic|classics)\b|\b(?:this|these)\s+(?:19|20)\d\d\s+(?:study|studies|trial|trials|analysis|review|report|meta-analysis)\b|\b(?:including|like|see)\s+this(?:,|\s+(?:and|on|one)\b)/iu;

/** Whether the rest of the sentence after an attribution points at the particular papers it means (see `pointsAtPaper`). */
export function pointsAtPapers(text: string, attribution: Attribution): boolean {
  return pointsAtPaper.test(text.slice(attribution.end));
}
