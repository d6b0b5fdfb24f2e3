import type { Block, ProseDocument, Sentence } from '../prose/types.js';
import {
  findNamedAttributions,
  namedMatches,
  namedPatternParts,
  personTitles,
  speakersBySpeech,
  type Attribution,
} from './attribution.js';
import { anyLiteralOf } from './literals.js';
import { primed } from '../primed.js';

/**
 * Who says each sentence: a named source with a title or role (“…,” said Dr Jane Roe, director of
 * …; according to Professor Lee). A sentence is spoken by that source when it holds the
 * attribution, or sits inside a quotation in the same paragraph as it (a quote runs over several
 * sentences before its “she said”). What the whole document decides (the surnames of the people it
 * introduces, read from every paragraph) is found once per document; the rest of a paragraph's
 * speakers only when a sentence of it is asked about: a rule asks about the paragraphs holding a
 * figure, about one in ten.
 */
interface DocumentSpeakers {
  /** Surnames of the people introduced with a role, or quoted with one, anywhere in the document. */
  known: Set<string>;
  /** For each paragraph with a speech verb, the people it quotes with a role, and those it introduces. */
  speechBlocks: Map<Block, { people: Attribution[]; introduced: { text: string; start: number }[] }>;
  companiesOf: () => ReadonlySet<string>;
  /** Paragraphs whose sentences' speakers are in `spoken`. */
  read: Set<Block>;
  spoken: Map<Sentence, Attribution>;
}

const speakersByDocument = new WeakMap<ProseDocument, DocumentSpeakers>();

/** Quotations in a block's text: straight or curly double quotes, within one paragraph. */
const quotation = /[“"]([^“”"]{1,3000})(?:[”"]|$)/gu;

/**
 * Most paragraphs hold no speech verb: test cheaply before running the patterns. The verbs of
 * argument are here, those that science prose uses of its results too (“observed”, “predicted”,
 * “agreed”) only after a known surname (`surnameSpeechVerb`), so that the gate stays cheap.
 */
const speechVerb =
  /\b(?:said|says|explained|explains|added|adds|noted|notes|told|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes|continued|continues|reported|reports|estimates|estimated|recommends|recommended|encourages|encouraged|urges|urged|argues|points out|pointed out|stresses|emphasi[sz]es|insists|contends|[Aa]ccording to)\b/;

function speakersOf(document: ProseDocument): DocumentSpeakers {
  let found = speakersByDocument.get(document);
  if (found) return found;
  const known = new Set<string>();
  const speechBlocks: DocumentSpeakers['speechBlocks'] = new Map();
  // Read only when a capitalised word before a verb names nothing else (most documents never need it).
  let companies: ReadonlySet<string> | undefined;
  const companiesOf = (): ReadonlySet<string> => (companies ??= companiesNamedIn(document));
  for (const block of document.blocks) {
    // A person is often introduced with their role in a sentence that quotes nothing (“Orthopedic
    // surgeon George Theodore is about to …”) and quoted by surname later.
    const introduced = introducedWithRole(block.text);
    for (const person of introduced) {
      const surname = surnameOf(person.text);
      if (surname) known.add(surname);
    }
    if (!speechVerb.test(block.text)) continue;
    const people = [...findNamedAttributions(block.text), ...speechThenNameAndRole(block.text)];
    for (const person of people) {
      const surname = surnameOf(person.text);
      if (surname) known.add(surname);
    }
    speechBlocks.set(block, { people, introduced });
  }
  found = { known, speechBlocks, companiesOf, read: new Set(), spoken: new Map() };
  speakersByDocument.set(document, found);
  return found;
}

/** The speakers of a paragraph's sentences, read into `speakers.spoken` once. */
function readParagraph(speakers: DocumentSpeakers, block: Block): void {
  if (speakers.read.has(block)) return;
  speakers.read.add(block);
  const { known } = speakers;
  const speech = speakers.speechBlocks.get(block);
  let attributions: Attribution[];
  if (speech) {
    attributions = [
      ...speech.people,
      ...introducedThenSpeaks(block, speech.introduced),
      ...namedAccordingTo(block.text),
      ...organisationSays(block.text, speakers.companiesOf),
      ...namedMatches(definiteBodySays, block.text, 'named-organisation'),
    ];
  } else if (
    known.size > 0 &&
    (surnameSpeechVerb.test(block.text) || quoteClosesBeforeVerb.test(block.text) || joinedSpeechTest.test(block.text))
  ) {
    // The surnames are known from the whole document, wherever the role came: a paragraph that
    // only says “Theodore tells her that …” or “"…," enthuses Sanchez” still has a named speaker.
    attributions = [];
  } else return;
  // A person introduced with a role anywhere is a named source when later named by surname alone.
  const all =
    known.size > 0
      ? [...attributions, ...surnameSays(block.text, known), ...joinedSays(block.text, known)]
      : attributions;
  if (all.length === 0) return;
  const quotes: { start: number; end: number }[] = [];
  quotation.lastIndex = 0;
  for (let match = quotation.exec(block.text); match; match = quotation.exec(block.text)) {
    quotes.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const sentence of block.sentences) {
    const own = all.find((item) => item.start < sentence.end && item.end > sentence.start);
    const inQuote = quotes.some((quote) => quote.start < sentence.end && quote.end > sentence.start);
    const speaker = own ?? (inQuote ? all[0] : undefined);
    if (speaker) speakers.spoken.set(sentence, speaker);
  }
}

const { name, role, speech, title } = namedPatternParts;

/** Roles a source is introduced with before or after their name, beside the attribution patterns' `role`. */
const introRole = String.raw`(?:${role}|analyst|economist|expert|specialist|psychologist|pediatrician|paediatrician|pharmacist|dermatologist|endocrinologist|gastroenterologist|urologist|radiologist|geneticist|biologist|physiologist|nutritionist|commentator|co-?author|acupuncturist|therapist|physiotherapist|dentist|chiropractor|midwife|practitioner|counsel(?:l)?or)`;
/**
 * “Orthopedic surgeon George Theodore”, “Sanford Bernstein analyst Tim Anderson”, “lead study
 * author Dr. Shahzleen Rajan”: a role right before a name.
 */
const roleThenName = new RegExp(`\\b${introRole}\\s(?:${title}\\s)?(${name})`, 'gu');
/**
 * `roleThenName` tried at one place only (`lastIndex`), for a role that must open the text there:
 * the global pattern would go on to try every later character of the text before its match was
 * thrown away. Where one matches at that place, so does the other, with the same match.
 */
const roleThenNameHere = new RegExp(roleThenName.source, 'uy');
/**
 * “Lars Bo Andersen, who co-authored an accompanying commentary,”, “Jane Roe, a cardiologist at …”,
 * “Erica Thaler, an ear, nose and throat surgeon”: the role may follow a short list of words.
 */
const nameThenRole = new RegExp(`(${name}),\\s(?:who\\s|a\\s|an\\s|the\\s)[^,.;]{0,60}?${introRole}`, 'gu');
/**
 * The comma of a short list inside a role (“an ear, nose and throat surgeon”), blanked so that
 * `nameThenRole` reads the role past it; the text keeps its length, so offsets stay the same. The
 * comma is matched first and the words before it read back from there: a pattern that opens with
 * the look-behind tries it at every character of the paragraph (~10× the time over the corpus).
 */
const listComma = /,(?<=\s(?:a|an|the)\s[\p{L}-]{1,30},)(?=\s[\p{L}-]{1,30}\s(?:and|or)\s)/gu;
/** What `nameThenRole` needs after the name, found in one cheap scan: most paragraphs with a role word lack it. */
const nameThenRoleJoin = primed(/,\s(?:who|a|an|the)\s/u);
/**
 * Most paragraphs name no role: test cheaply before running the patterns. It runs on every
 * paragraph, so it is compiled at start-up (`primed`): compiled after V8's regexp budget is spent,
 * it took ten times as long over the bench corpus.
 */
const roleWord = primed(
  /(?:author|researcher|investigator|scientist|physician|doctor|professor|director|chair|head|president|chief|dean|ologist|surgeon|nurse|dietitian|spoke|analyst|economist|expert|specialist|pediatrician|paediatrician|pharmacist|nutritionist|commentator|acupuncturist|therapist|dentist|chiropractor|midwife|practitioner|counsel)/iu,
);

/**
 * Credentials that introduce a person as well as a role does: an academic or medical title before
 * the name (“Dr. Peter M. Rothwell of the University of Oxford”), a degree after it (“Hyun J. Bang,
 * MD”), a post at a named body (“Armand Peruga, program manager for the WHO's …”), or a place of
 * work a reader can look up (“Grant Churchill of the department of pharmacology at Britain’s
 * Oxford University”, “Jane Roe at the Mayo Clinic”).
 */
const titleThenName = new RegExp(`\\b(?:Dr\\.?|Prof\\.?|Professor)\\s(${name})`, 'gu');
/** A degree (“, MD”) or a post at a named body (“, program manager for the WHO”) right after a name. */
const credentialAfterName =
  /,?\s(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|MPH|DrPH|DDS|PharmD|FRCP)\b|,\s(?:[\p{Ll}-]+\s){1,4}(?:of|for|at)\s(?:the\s)?\p{Lu}/gu;
/** A place of work right after a name (“Grant Churchill of the department of pharmacology at Oxford University”). */
const workplaceAfterName =
  /\s(?:of|at|from)\s(?:the\s)?(?:[\p{L}’'.-]+\s){0,6}?(?:University|Institute|Hospital|College|Clinic|Center|Centre|[Dd]epartment|School of Medicine|Medical School)\b/gu;
/** What `workplaceAfterName` needs, found in one cheap scan. */
const workplaceWord = primed(
  /University|Institute|Hospital|College|Clinic|Cent(?:er|re)|[Dd]epartment|Medical School/u,
);
/** A name that ends where the credential begins, read back from it (a forward scan tries a name at every capital). */
const nameAtEnd = new RegExp(`(${name})$`, 'u');
/** How far back from its credential a name may start. */
const nameReach = 70;

/** The names right before a degree or a post (“Hyun J. Bang, MD”, “Armand Peruga, program manager for the WHO”). */
function namesBeforeCredential(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  const patterns = workplaceWord.test(text) ? [credentialAfterName, workplaceAfterName] : [credentialAfterName];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const from = Math.max(0, match.index - nameReach);
      const person = nameAtEnd.exec(text.slice(from, match.index));
      if (person) found.push({ text: person[1] as string, start: from + person.index });
    }
  }
  return found;
}
/** What `titleThenName` needs, found in one cheap scan. */
const titleWord = primed(/\b(?:Dr|Prof|Professor)\b/u);

/** The names of people the text introduces with a role or credential, whether or not they speak there, and where. */
function introducedWithRole(text: string): { text: string; start: number }[] {
  const patterns: RegExp[] = [];
  const namesRole = roleWord.test(text);
  if (namesRole) patterns.push(...(nameThenRoleJoin.test(text) ? [roleThenName, nameThenRole] : [roleThenName]));
  if (titleWord.test(text)) patterns.push(titleThenName);
  const found: { text: string; start: number }[] = [];
  // `exec`, as `matchAll` would give: it copies the pattern on each call, more than the search
  // costs in most paragraphs. No match is empty.
  const read = patterns.includes(nameThenRole) ? text.replace(listComma, ' ') : text;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(read); match !== null; match = pattern.exec(read)) {
      found.push({ text: match[1] as string, start: match.index });
    }
  }
  if (namesRole) found.push(...roleOpensSentence(text), ...nameIsRole(text));
  return [...found, ...namesBeforeCredential(text)];
}

/** A capital opening a sentence or a quotation, where a role is written capitalised (“Surgeon Ralph Metson stares at …”). */
const openingRole = /(?:^|[.!?]["”’]?\s|["“])\s?\p{Lu}(?=\p{Ll})/gu;

/**
 * “Surgeon Ralph Metson stares at a big video screen”: a role that opens a sentence, read as
 * `roleThenName` reads it mid-sentence, with its capital lowered (offsets stay the same).
 */
function roleOpensSentence(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  openingRole.lastIndex = 0;
  for (let match = openingRole.exec(text); match; match = openingRole.exec(text)) {
    const at = match.index + match[0].length - 1;
    const lowered = text.slice(at, at + 1).toLowerCase() + text.slice(at + 1, at + 160);
    roleThenNameHere.lastIndex = 0;
    const person = roleThenNameHere.exec(lowered);
    if (person) found.push({ text: person[1] as string, start: at });
  }
  return found;
}

/**
 * “Aurora is a sleep specialist at Mount Sinai School of Medicine”: a name that is the subject of
 * “is a” or “was the” and a role, up to three lower-case modifiers between (no clause: “Diabetes is
 * a condition that doctors …” names no one). Read from each “is a”: the name back from it, the
 * words forward, so that nothing backtracks.
 */
const isArticle = /\s(?:is|was)\s(?:a|an|the)\s/gu;
/** A role opening the words after “is a” (see `nameIsRole`). */
const roleAtStart = new RegExp(`^${introRole}\\b`, 'u');
/** Words that open a clause or a phrase between “is a” and a role, so that the role is not the subject's. */
const notModifiers = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'of',
  'for',
  'in',
  'to',
  'and',
  'or',
]);
/** Capitalised words that are the subject of “is a …” but name no person. */
const notPersonSubjects = new Set(['It', 'This', 'That', 'There', 'Here', 'What', 'Which', 'He', 'She', 'The', 'One']);
/** How many modifiers may come between “is a” and the role (“a sleep specialist”, “a pediatric heart surgeon”). */
const roleModifiers = 3;

function nameIsRole(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  isArticle.lastIndex = 0;
  for (let match = isArticle.exec(text); match; match = isArticle.exec(text)) {
    const from = Math.max(0, match.index - nameReach);
    const person = nameAtEnd.exec(text.slice(from, match.index));
    if (!person || notPersonSubjects.has((person[1] as string).split(/\s/u)[0] as string)) continue;
    const words = text.slice(match.index + match[0].length, match.index + match[0].length + 120).split(' ');
    for (let index = 0; index <= roleModifiers && index < words.length; index++) {
      if (roleAtStart.test(words.slice(index).join(' '))) {
        found.push({ text: person[1] as string, start: from + person.index });
        break;
      }
      const word = words[index] as string;
      if (notModifiers.has(word) || !/^[\p{Ll}-]+$/u.test(word)) break;
    }
  }
  return found;
}

/**
 * “Ajay Bhatnagar, a radiation oncologist in Casa Grande, Ariz., who has led several studies, says
 * he turns away …”: a sentence that introduces a person with a role or credential and then has a
 * speech verb reports that person, however long the clause between them.
 */
function introducedThenSpeaks(block: Block, introduced: readonly { text: string; start: number }[]): Attribution[] {
  const found: Attribution[] = [];
  for (const person of introduced) {
    const sentence = block.sentences.find((item) => item.start <= person.start && person.start < item.end);
    if (!sentence) continue;
    speechWords.lastIndex = 0;
    const tail = block.text.slice(person.start, sentence.end);
    const verb = speechWords.exec(tail);
    if (verb) {
      const end = person.start + verb.index + verb[0].length;
      found.push({
        id: 'named-person',
        kind: 'named',
        start: person.start,
        end,
        text: block.text.slice(person.start, end),
      });
      continue;
    }
    // “…,” said one study leader, Vanderbilt’s Dr. Matthew Semler: the verb first, then how the
    // person is known, in the same clause.
    const head = block.text.slice(Math.max(sentence.start, person.start - verbReach), person.start);
    const verbAt = lastIntroducingVerb(head);
    if (verbAt >= 0) {
      const start = person.start - head.length + verbAt;
      found.push({
        id: 'named-person',
        kind: 'named',
        start,
        end: person.start,
        text: block.text.slice(start, person.start),
      });
    }
  }
  return found;
}

/** How far before an introduced person a speech verb may be (“said one study leader, Vanderbilt’s”). */
const verbReach = 60;
/** A speech verb that may come before the words introducing its speaker. */
const introducingVerb =
  /\b(?:said|says|explained|explains|added|adds|noted|notes|told|tells|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes)\s/gu;
/** What may not come between the verb and the person: a quotation mark or a clause break. */
const quoteOrBreak = /[“”".;:!?]/u;
/** A word that starts a new clause between the verb and the person (“the blogger said, and Dr. Roe treats them”). */
const clauseJoiner = /\b(?:and|but|while|whereas|that|who|which|when|because|so)\b/u;

/**
 * Where the last speech verb in a text starts, when only the words that introduce a person follow
 * it (no quotation, clause break or new clause), else -1. A loop over the verbs, not one pattern
 * with an open tail, which recheck found polynomial.
 */
function lastIntroducingVerb(text: string): number {
  let last = -1;
  introducingVerb.lastIndex = 0;
  for (let match = introducingVerb.exec(text); match; match = introducingVerb.exec(text)) last = match.index;
  if (last < 0) return -1;
  const rest = text.slice(last);
  return quoteOrBreak.test(rest) || clauseJoiner.test(rest) ? -1 : last;
}

/** “says Mary Armanios, clinical director of …”, “says David Ahlquist, MD, professor of medicine”. */
const speechNameRole = new RegExp(
  `\\b${speech}\\s${name},\\s(?:\\p{Lu}{2,5},\\s)?(?:a|an|the)?\\s?[^,.;]{0,60}?${role}\\b`,
  'gu',
);

/** “said lead author, C. Neill Epperson, MD”: the role first, set off by a comma, the name after an initial. */
const speechRoleCommaName = new RegExp(
  `\\b${speech}\\s(?:the\\s)?${introRole},\\s(?:${title}\\s)?(?:\\p{Lu}\\.\\s)?${name}`,
  'gu',
);

function speechThenNameAndRole(text: string): Attribution[] {
  return [
    ...namedMatches(speechNameRole, text, 'named-person'),
    ...namedMatches(speechRoleCommaName, text, 'named-person'),
  ];
}

/** “Clifford R. Jack Jr.”: a generation after the surname, which the surname is known without. */
const generationSuffix = /^(?:Jr|Sr)\.?$/u;

/** The surname in a named person's attribution: the last capitalised word before its first comma (not “Jr.”). */
function surnameOf(attribution: string): string | undefined {
  const head = attribution.split(',')[0] as string;
  const words = head
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word) && !personTitles.has(word) && !generationSuffix.test(word));
  return words.at(-1)?.replace(/[’'].*$/u, '');
}

/**
 * The verbs a named person reports with, beside “said”: how they put it (“argues”, “points out”,
 * “stresses”) or what they hold (“believes”, “estimates”, “predicts”). A figure a named expert
 * argues or believes is theirs as much as one they say (JUDGING.md: a named expert's paraphrase).
 */
/** The verbs of argument and belief, which a named person reports with as much as with “said”. */
const reportingVerbs =
  'argues|argued|points out|pointed out|believes|believed|stresses|stressed|emphasi[sz]es|emphasi[sz]ed|predicts|predicted|acknowledges|acknowledged|observes|observed|admits|admitted|insists|insisted|recalls|recalled|agrees|agreed|maintains|maintained|contends|contended|asserts|asserted|remarks|remarked|urges|urged|advises|advised|recommends|recommended|calculates|calculated|reckons|reckoned';
const speechWords = new RegExp(
  `\\b(?:said|says|explained|explains|added|adds|noted|notes|told|tells|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes|continued|continues|estimates|estimated|${reportingVerbs})\\b`,
  'gu',
);
const surnameSpeechVerb = new RegExp(`\\b(?:tells|told|says|said|estimates|estimated|${reportingVerbs})\\b`, 'u');

const afterSpeechName = new RegExp(`^\\s(${name})`, 'u');

/**
 * “…,” enthuses Jean-Charles Sanchez, “…!” insists Roe: a verb right after a quotation closes, and
 * a name after it. Whatever the verb, that place says who spoke the quotation.
 */
const quoteThenVerb = /[,!?]["”]\s\p{Ll}+\s(?=\p{Lu})/gu;
/** `quoteThenVerb` without its search state, for a yes-or-no test of a paragraph. */
const quoteClosesBeforeVerb = new RegExp(quoteThenVerb.source, 'u');

/** The known people named right after a quotation and its verb (see `quoteThenVerb`). */
function quotedThenNamed(text: string, known: ReadonlySet<string>): Attribution[] {
  const found: Attribution[] = [];
  quoteThenVerb.lastIndex = 0;
  for (let match = quoteThenVerb.exec(text); match; match = quoteThenVerb.exec(text)) {
    const end = match.index + match[0].length - 1;
    const person = afterSpeechName.exec(text.slice(end, end + 60))?.[1];
    if (!person || !known.has(surnameOf(person) ?? '')) continue;
    const start = match.index + 3;
    const stop = end + person.length + 1;
    found.push({ id: 'named-person', kind: 'named', start, end: stop, text: text.slice(start, stop) });
  }
  return found;
}

/** “Finzi notes …”, “…, said Rajan”: a known person's surname right before or after a speech verb. */
function surnameSays(text: string, known: ReadonlySet<string>): Attribution[] {
  return [
    ...quotedThenNamed(text, known),
    ...speakersBySpeech(text, speechWords, (name) => known.has(surnameOf(name) ?? '')),
  ];
}

/**
 * “Dr. Kryger and others say”, “Hollis and her team report”: a known person speaking with others,
 * the plural verb after the group. The name is read back from “and”.
 */
const joinedSpeech =
  /\sand\s(?:others|colleagues|co-?authors|(?:his|her|their)\s(?:colleagues|team|co-?authors|co-?workers))\s(?:also\s)?(?:say|said|report|reported|note|noted|argue|argued|agree|agreed|believe|believed|estimate|estimated|write|wrote|warn|warned|caution|cautioned)\b/gu;
/** `joinedSpeech` without its search state, for a yes-or-no test of a paragraph. */
const joinedSpeechTest = new RegExp(joinedSpeech.source, 'u');

/** The known people who speak with others (see `joinedSpeech`). */
function joinedSays(text: string, known: ReadonlySet<string>): Attribution[] {
  const found: Attribution[] = [];
  joinedSpeech.lastIndex = 0;
  for (let match = joinedSpeech.exec(text); match; match = joinedSpeech.exec(text)) {
    const from = Math.max(0, match.index - nameReach);
    const person = nameAtEnd.exec(text.slice(from, match.index));
    if (!person || !known.has(surnameOf(person[1] as string) ?? '')) continue;
    const start = from + person.index;
    const end = match.index + match[0].length;
    found.push({ id: 'named-person', kind: 'named', start, end, text: text.slice(start, end) });
  }
  return found;
}

/**
 * “According to the SpermCheck instructions”, “according to Anderson”, “according to estimates from the
 * National Fibromyalgia Association”: a source a reader can look up.
 */
const accordingToName = /\b[Aa]ccording to (?:the |a |an )?(?:[\p{Ll}\d-]+ ){0,4}?\p{Lu}[\p{L}&.'’-]+/gu;

/**
 * “…, the company said”, “the agency estimates”, “the heart association says”: a body the article has
 * named, referred back to as the speaker, with up to two lower-case words saying which one.
 */
const definiteBodySays =
  /\b[Tt]he (?:[\p{Ll}-]+\s){0,2}?(?:company|firm|drugmaker|manufacturer|agency|foundation|society|association|institute|organi[sz]ation|charity|department|ministry|council|academy|college|registry|government|hospital|university|regulator)\s(?:said|says|estimates|estimated|reported|reports|noted|notes|added|adds)\b/gu;

/** “According to the foundation”: a body the article has named, referred back to. */
const accordingToBody =
  /\b[Aa]ccording to the (?:foundation|agency|society|association|institute|organi[sz]ation|charity|department|ministry|council|academy|college|registry|government)\b/gu;

function namedAccordingTo(text: string): Attribution[] {
  return [
    ...namedMatches(accordingToName, text, 'named-source'),
    ...namedMatches(accordingToBody, text, 'named-source'),
  ];
}

/**
 * A verb an organisation or its people report a figure with: “the CDC says”, “doctors from the University of
 * Washington note”; or recommend a threshold with: “The American Heart Association encourages people to consume no
 * more than 1,500 milligrams” (holdout18), or “urges”, as “recommends” does.
 */
const organisationVerb =
  /\b(?:says|say|said|estimates|estimate|estimated|reports|report|reported|notes|note|noted|warns|warn|warned|recommends|recommend|encourages|encourage|encouraged|urges|urge|urged|explains|explain|explained)\b/gu;

/** Words that end a company's name (“Adamas Pharmaceuticals”, “Assurex Health”, “Eli Lilly and Co.”). */
const companyEndings: readonly string[] = ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'Co.', 'Company', 'Pharmaceuticals', 'Pharmaceutical', 'Pharma', 'Therapeutics', 'Biosciences', 'Bioscience', 'Biotech', 'Biotechnology', 'Laboratories', 'Labs', 'Healthcare', 'Diagnostics', 'Medical', 'Biologics', 'Genomics']; // prettier-ignore

/** Words that make a run of capitalised words an organisation's name. */
const organisationWords = new Set([
  'Center',
  'Centers',
  'Centre',
  'Centres',
  'Foundation',
  'Association',
  'Institute',
  'Institutes',
  'Society',
  'Agency',
  'Organization',
  'Organisation',
  'College',
  'Administration',
  'Department',
  'Council',
  'Academy',
  'Federation',
  'Commission',
  'Ministry',
  'Office',
  'Service',
  'Alliance',
  'Coalition',
  'Registry',
  'University',
  'Hospital',
  'Clinic',
  'Board',
  'Authority',
  'Trust',
  'Network',
  'Consortium',
  'Committee',
  'Panel',
  'Survey',
  'Program',
  'Programme',
  ...companyEndings,
]);

/** A company's name by its ending (see `companyEndings`): the word before the ending is how the article calls it later. */
const companyName = new RegExp(
  `(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}-]+)\\s(?:${companyEndings
    .map((word) => word.replace('.', '\\.'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);
/** What `companyName` needs, found in one cheap scan. */
const companyWord = anyLiteralOf(companyEndings);
/** Capitalised words that open a sentence or a body's name, never a company's own. */
const notCompanyNames = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'National',
  'American',
  'General',
  'Other',
  'New',
]);

/**
 * The short names of the companies a document names with a company ending (“Adamas
 * Pharmaceuticals” → “Adamas”), found once: a later “…, Adamas said” is that company speaking.
 */
function companiesNamedIn(document: ProseDocument): ReadonlySet<string> {
  const found = new Set<string>();
  for (const block of document.blocks) {
    if (!companyWord.test(block.text)) continue;
    companyName.lastIndex = 0;
    for (let match = companyName.exec(block.text); match; match = companyName.exec(block.text)) {
      const word = match[1] as string;
      if (!notCompanyNames.has(word)) found.add(word);
    }
  }
  return found;
}
/** Who speaks for an organisation: “the University of Pittsburgh researchers noted”. */
const groupNouns = new Set(['researchers', 'scientists', 'investigators', 'experts', 'team', 'doctors']);
/** Lower-case words allowed inside a name (“Centers for Disease Control and Prevention”). */
const nameJoiners = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/**
 * “The CDC says …”, “The U.S. Centers for Disease Control and Prevention estimates that …”: an
 * organisation a reader can look up, named right before its verb. Read word by word back from the
 * verb (at most eight words), so nothing backtracks: the run must be capitalised words and joiners,
 * and hold an acronym or an organisation word.
 */
function organisationSays(text: string, companiesOf: () => ReadonlySet<string>): Attribution[] {
  const found: Attribution[] = [];
  organisationVerb.lastIndex = 0;
  for (let match = organisationVerb.exec(text); match; match = organisationVerb.exec(text)) {
    // “The March of Dimes, a charity founded to battle birth defects, estimates”: read the name
    // before the appositive.
    const appositive = appositiveBefore.exec(text.slice(Math.max(0, match.index - 100), match.index));
    // “The American Heart Association (AHA) currently recommends”: an adverb between name and verb.
    const adverb = appositive ? null : adverbBefore.exec(text.slice(Math.max(0, match.index - 20), match.index));
    const nameEnd = match.index - ((appositive ?? adverb)?.[0].length ?? 0);
    // Most verbs follow a lower-case word (“studies say”): no name ends there, so nothing to read back.
    if (!nameOrGroupBefore.test(text.slice(Math.max(0, nameEnd - 40), nameEnd))) continue;
    const words = text
      .slice(Math.max(0, nameEnd - 120), nameEnd)
      .split(/\s+/u)
      .filter(Boolean)
      .slice(-8);
    let start = nameEnd;
    // The appositive may say what the name is (“a charity”, “a nonprofit group”).
    let named = appositive !== null && appositiveBody.test(appositive[0]);
    let cursor = nameEnd;
    let last = words.length - 1;
    const plainWords: string[] = [];
    // A run longer than a person's name (“Macmillan Cancer Support said”), or two words joined by
    // “of” or “for” (“March of Dimes”), is an organisation's name even without a word that says so.
    let joined = false;
    // “the University of Pittsburgh researchers noted”: the people of a named organisation.
    if (groupNouns.has(words[last] ?? '')) {
      cursor = text.lastIndexOf(words[last] as string, cursor - 1);
      last--;
    }
    for (let index = last; index >= 0; index--) {
      const word = words[index] as string;
      const bare = trimQuotes(word);
      const capitalised = /^\p{Lu}/u.test(bare);
      if (!capitalised && !nameJoiners.has(bare)) break;
      if (!capitalised && plainWords.length > 0 && bare !== 'the') joined = true;
      // The end of the sentence before (“… in 2015. The CDC says”), but not an abbreviation (“U.S.”).
      if (/[.!?]$/u.test(bare) && !/^(?:\p{Lu}\.)+$/u.test(bare)) break;
      if (word !== bare && index < last) break;
      cursor = text.lastIndexOf(word, cursor - 1);
      if (capitalised) start = cursor;
      const plain = bare.replace(/['’]s$/u, '');
      // An acronym, joined by “&” too (“J&J said”, “AT&T”).
      if (/^\p{Lu}(?:&?\p{Lu})+$/u.test(plain) || organisationWords.has(bare)) named = true;
      else if (capitalised) plainWords.push(plain);
    }
    const nameWords = plainWords.filter((word) => !articles.has(word));
    if (!named && (nameWords.length >= 3 || (nameWords.length === 2 && joined))) named = true;
    if (!named && plainWords.length > 0) named = plainWords.some((word) => companiesOf().has(word));
    // “ESight says its tech has worked for …”: a name that goes on as “its” is a company or body
    // speaking of its own product or work (a person says “his”, “her” or “their”).
    if (
      !named &&
      nameWords.length > 0 &&
      !notCompanyNames.has(nameWords[0] as string) &&
      !pronouns.has(nameWords[0] as string)
    )
      named = speaksOfItsOwn.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12));
    // “… the age at which the U.S. Preventive Services Task Force recommends screening”: a body
    // inside a relative clause speaks for that clause, not for the sentence's figures.
    if (named && start < nameEnd && !relativeBeforeName.test(text.slice(Math.max(0, start - 24), start)))
      found.push({
        id: 'named-organisation',
        kind: 'named',
        start,
        end: match.index + match[0].length,
        text: text.slice(start, match.index + match[0].length),
      });
  }
  return found;
}

/** “says its”, “said that its”: the speaker's own thing, told of with “its”. */
const speaksOfItsOwn = /^,?\s(?:that\s)?its\s/u;

/** Capitalised pronouns and determiners, which name no speaker of their own (“It says its …”). */
const pronouns = new Set([
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'Everyone',
  'Nobody',
  'Someone',
  'Each',
  'Either',
]);

/** A relative pronoun right before a name (“at which the”, “that the”). */
const relativeBeforeName = /\b(?:which|whom|whose|where|when)\s(?:the\s)?$/u;

/** Capitalised words that open a sentence rather than a name. */
const articles = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'So', 'Yet', 'Now', 'Still']);

/** The word before an organisation's verb as `organisationSays` reads it: capitalised (after an opening bracket or quote) or a group noun. */
const nameOrGroupBefore = /(?:^|\s)(?:[(“"]*\p{Lu}\S*|researchers|scientists|investigators|experts|team|doctors)\s?$/u;

/** “currently”, “also”: an adverb between an organisation's name and its verb. */
const adverbBefore = /\s(?:currently|also|now|still|further|recently|previously|already|officially)\s$/u;

/** “, a charity founded to battle birth defects, ” right before the verb. */
const appositiveBefore = /,\s(?:a|an|the)\s[^,;.]{1,80},\s$/u;
const appositiveBody =
  /\b(?:charity|nonprofit|non-profit|group|organi[sz]ation|foundation|agency|association|society|institute|company|firm|coalition|network|council)\b/iu;

/** A word without the brackets and quotes around it (a loop: `[,”")]+$` rescans a run of commas). */
function trimQuotes(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && '(“"'.includes(word[from] as string)) from++;
  while (to > from && ',”")'.includes(word[to - 1] as string)) to--;
  return word.slice(from, to);
}

/**
 * The last sentence of a paragraph that introduces a person with a role or credential (“Dr. Matthew
 * Budoff, chief researcher on cardiology scanning at …, has studied coronary calcium for 20
 * years.”), or undefined: a quotation paragraph right after it, with no speaker of its own, is
 * theirs.
 */
export function lastIntroduction(block: Block): Sentence | undefined {
  const introduced = introducedWithRole(block.text);
  const last = introduced.reduce((latest, person) => Math.max(latest, person.start), -1);
  return last < 0 ? undefined : block.sentences.find((sentence) => sentence.start <= last && last < sentence.end);
}

/** The named source who says this sentence, or undefined. */
export function speakerOf(document: ProseDocument, sentence: Sentence): Attribution | undefined {
  const speakers = speakersOf(document);
  readParagraph(speakers, sentence.block);
  return speakers.spoken.get(sentence);
}

/**
 * A named source that says this sentence or the one right before or after it in the same
 * paragraph: a figure with its source one sentence away is sourced (JUDGING.md: “a named source
 * in the same or adjacent sentence”).
 */
export function speakerNear(document: ProseDocument, sentence: Sentence): Attribution | undefined {
  const { sentences } = sentence.block;
  // Only within the paragraph: a speaker closing the paragraph before is as often about something
  // else (“… said Dr. Bernard Zinman, who led the study.” / “Because about one-half of the deaths …”).
  return (
    speakerOf(document, sentence) ??
    neighbourSpeaker(document, sentences[sentence.index - 1]) ??
    neighbourSpeaker(document, sentences[sentence.index + 1])
  );
}

function neighbourSpeaker(document: ProseDocument, sentence: Sentence | undefined): Attribution | undefined {
  return sentence ? speakerOf(document, sentence) : undefined;
}
