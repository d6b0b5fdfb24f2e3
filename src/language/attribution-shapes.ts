import type { ProseDocument, Sentence } from '../prose/types.js';
import {
  findNamedAttributions,
  namedPatternParts,
  namedPersonSubject,
  namesNoOne,
  namesSpeaker,
} from './attribution.js';
import { speakerOf } from './speakers.js';

/**
 * Shapes of a vague attribution that readers of real articles judge debatable about as often as
 * right (the judged sample's pooled verdicts, round 11): what vague-attribution holds back as
 * tentative. Each is read from the text alone: the tense of the unnamed people's verb and how far
 * the nearest named speaker is.
 */

interface SpeakerIndex {
  /** Every sentence of the document, in order. */
  sentences: Sentence[];
  /** Position of each sentence in `sentences`. */
  position: Map<Sentence, number>;
  /** For each sentence, whether it names a speaker (its body text only), read when first asked. */
  named: (boolean | undefined)[];
}

const indexes = new WeakMap<ProseDocument, SpeakerIndex>();

function indexOf(document: ProseDocument): SpeakerIndex {
  let index = indexes.get(document);
  if (index) return index;
  const sentences = document.blocks.flatMap((block) => block.sentences);
  index = { sentences, position: new Map(sentences.map((sentence, at) => [sentence, at])), named: [] };
  indexes.set(document, index);
  return index;
}

/** Whether a sentence of the article's own prose names someone speaking: a quote or paraphrase's named speaker, a person with a role, or a surname with a verb of speech. */
function namesASpeaker(document: ProseDocument, index: SpeakerIndex, at: number): boolean {
  const known = index.named[at];
  if (known !== undefined) return known;
  const sentence = index.sentences[at] as Sentence;
  const named =
    sentence.block.role === 'body' &&
    (speakerOf(document, sentence) !== undefined ||
      findNamedAttributions(sentence.text).length > 0 ||
      namesSpeaker(sentence.text));
  index.named[at] = named;
  return named;
}

/**
 * How many sentences away (1 for the next or the one before, across paragraph breaks) the nearest
 * other sentence naming a speaker is, or `Infinity` when the article names none: news stories
 * quote named experts and tell the same views as “experts say” a sentence or two away.
 */
export function sentencesToNamedSpeaker(document: ProseDocument, sentence: Sentence, reach = 3): number {
  const index = indexOf(document);
  const at = index.position.get(sentence);
  if (at === undefined) return Number.POSITIVE_INFINITY;
  for (let distance = 1; distance <= reach; distance++) {
    if (at - distance >= 0 && namesASpeaker(document, index, at - distance)) return distance;
    if (at + distance < index.sentences.length && namesASpeaker(document, index, at + distance)) return distance;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Whether any sentence of the article's own prose names someone speaking (see `namesASpeaker`): a
 * headline's “Experts say …” or “Doctors suggest …” then condenses voices the body names.
 */
export function articleNamesASpeaker(document: ProseDocument): boolean {
  const index = indexOf(document);
  return index.sentences.some((_, at) => namesASpeaker(document, index, at));
}

/** Verbs of saying or thinking whose past tense ends otherwise than in -ed. */
const irregularPast = new Set(['said', 'thought', 'felt']);

/**
 * Whether unnamed people's verb is in the past tense (“experts said”, “doctors noted”): a news
 * story's report of outside voices it interviewed, which readers judge against the named experts
 * quoted elsewhere. Not a present passive of state (“are convinced”).
 */
export function speaksInPast(attribution: string): boolean {
  const words = attribution.trim().toLowerCase().split(/\s+/u);
  const verb = words.at(-1) ?? '';
  if (irregularPast.has(verb)) return true;
  return /ed$/u.test(verb) && !['is', 'are', 'am'].includes(words.at(-2) ?? '');
}

/** A sentence opening on a contrast with what came before: “But …”, “However, …”, “Now …”, “In fact …”. */
const contrastOpening = /^\s*(?:["“]\s*)?(?:but|however|yet|now|in fact|actually|today|instead)\b/iu;
/**
 * Words saying a view no longer holds or never did: “don't think that anymore”, “that could
 * finally change”, “is a myth”, “was wrong”. A bare negation is not enough: “But that does not
 * necessarily mean outcomes are better” questions what follows from a claim, not the claim.
 */
const viewOverturned =
  /\b(?:any ?more|no longer|(?:could|may|might|will|is about to|has|have|is|are) (?:finally |now |all |since )?chang(?:e|ed|ing)|changed|overturn(?:s|ed|ing)?|wrong|myths?|outdated|misconceptions?|not true|untrue|not the case|mistaken|debunk(?:s|ed|ing)?|disprov(?:ed|en)|refut(?:es|ed))\b/iu;

/**
 * Whether the sentence after this one sets itself against it and says the view it tells no longer
 * holds (“Many think heel spurs cause it. But specialists don't think that anymore.”, “Some doctors
 * considered IBS a psychological disorder. But that could finally change …”): a view credited to
 * unnamed others in order to be overturned, which the article does not vouch for (JUDGING.md
 * `reported_claim`).
 */
export function overturnedNext(document: ProseDocument, sentence: Sentence): boolean {
  const index = indexOf(document);
  const at = index.position.get(sentence);
  if (at === undefined) return false;
  const next = index.sentences[at + 1];
  if (next === undefined || next.block.role !== 'body') return false;
  return contrastOpening.test(next.text) && viewOverturned.test(next.text);
}

/** Verbs by which a speaker reports or cites something (“said”, “notes”, “cited”, “pointed to”). */
const reportingVerb =
  /(?:says|said|notes|noted|cites|cited|argues|argued|explains|explained|adds|added|points out|pointed out|points to|pointed to|told [\p{L}]+|tells [\p{L}]+|stresses|stressed|cautions|cautioned|warns|warned|acknowledges|acknowledged|mentions|mentioned|contends|contended|emphasi[sz]es|emphasi[sz]ed)/u;
/**
 * A named person or a singular pronoun for one (he, she), past an appositive between commas (“Johnston,
 * who said she could not speak to …,”), then a reporting verb: “Dr. Deland cited”, “he says”.
 */
const personReports = new RegExp(
  namedPersonSubject + String.raw`(?:,[^,;:"“”]{1,130},)?\s` + reportingVerb.source + String.raw`\b`,
  'gu',
);
/** “According to Michail,”: a person's name (not a body's “the”) after “according to”, closed by a comma. */
const accordingToPerson =
  /\b[Aa]ccording to (?:(?:Dr|Prof)\.?\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2},/u;

/**
 * A named person (or he, she) who found or went through the evidence, right before it: “Charles J.
 * Lockwood found studies suggesting …”, “she reviewed several studies showing …”. The studies are
 * the ones that person points to, as with “Dr. Deland cited data showing …”.
 */
const personFoundEvidence = new RegExp(
  namedPersonSubject +
    String.raw`\s(?:found|reviewed|identified|located|turned up|unearthed)\s(?:(?:several|some|many|a few|other|two|three|four|five)\s)?$`,
  'u',
);

/**
 * Whether unnamed evidence sits in a named person's reported speech, the text before it in its
 * sentence telling who says it: “But according to Michail, studies suggest …”, “Johnston … said
 * other studies had shown …”, “Dr. Deland cited data showing …”, “he says some studies show …”,
 * “Lockwood found studies suggesting …”.
 * Not a quote (a quotation mark before the evidence): a quote is the speaker's own wording, judged
 * like any other. Not a speaker only after the evidence (“Though African studies have linked …,
 * Perera said that …”): there the article tells the evidence in its own voice. Readers called 6 of
 * the 8 judged findings of this shape debatable (a figure or claim only a named expert gives,
 * JUDGING.md) and 2 correct (round 19).
 */
export function inNamedSpeakersReport(before: string): boolean {
  if (/["“”‘]|(?:^|[\s:])'/u.test(before)) return false;
  if (accordingToPerson.test(before)) return true;
  const finder = personFoundEvidence.exec(before)?.[1];
  if (finder !== undefined && !namesNoOne.has(finder)) return true;
  for (const match of before.matchAll(personReports)) {
    if (!namesNoOne.has(match[1] as string)) return true;
  }
  return false;
}

/**
 * A speech frame whose speaker is one person the article has named (he, she) or the team of the
 * study it reports (“the researchers”, “the authors”), after a comma and closing the sentence or
 * set off by commas: “…, he says.”, “While some studies have shown promise, he says, “…””.
 */
const pronounFrame = new RegExp(
  String.raw`,\s(?:he|she|(?:the\s)?(?:study\s)?(?:researchers|authors|investigators))\s` +
    String.raw`(?:${reportingVerb.source}|say|note|add|write|writes|wrote|report|reports|reported)` +
    String.raw`(?:\s(?:on|in|at|last|this)\s[\p{L}\d]+)?(?=\s?[,.!?]?["”]?\s?$|,)`,
  'u',
);

/**
 * Whether the text after unnamed evidence ends it in a speech frame (see `pronounFrame`) before
 * any quotation mark: a paraphrase of someone the article names, told with the frame after the
 * claim instead of before it (“he says some studies show …”, which `inNamedSpeakersReport` reads).
 * Whether the frame's “the researchers” are the reported study's team is the caller's to know.
 */
export function closedByPronounFrame(sentence: string, attributionEnd: number): 'person' | 'team' | undefined {
  const frame = pronounFrame.exec(sentence.slice(attributionEnd));
  if (frame === null) return undefined;
  if (/["“”‘]/u.test(sentence.slice(0, attributionEnd + frame.index))) return undefined;
  return /^,\s(?:he|she)\s/u.test(frame[0]) ? 'person' : 'team';
}

const { title, role, name, speech } = namedPatternParts;
/**
 * A speech frame naming its speaker after a comma: “, said study co-author Dr. Daniel Buysse” (a
 * role in a few lower-case words, as `role` does not spell “co-author”), “, Laaksi wrote”, “, said Phil Febbo”.
 */
const namedFrame = new RegExp(
  String.raw`,\s(?:${speech}\s(?:${role}\s|(?:[\p{Ll}-]+\s){1,3})?(?:${title}\s)?${name}|(?:${title}\s)?${name}\s${speech})(?![\p{L}'’-])`,
  'gu',
);
/** A setting right after such a frame: “(Laaksi wrote) in an email to Reuters Health”, “(said) on Monday”. */
const frameSetting = /^\s(?:in|on|at|to|last|this|during)\s/u;

/**
 * Whether what follows such a frame lets it close the sentence: nothing but the full stop, a setting
 * (“in an email to Reuters Health”), an appositive after a comma (“, a professor of psychiatry at
 * …”), or both. A clause (“Doraiswamy says there is no evidence …”, “Perera said that …”) is a new
 * claim in the speaker's name, and the evidence before it is told in the article's own voice. Read
 * with string searches, not one pattern: bounded repeats side by side made the ReDoS checker time out.
 */
function closesSentence(tail: string): boolean {
  let rest = tail;
  const setting = frameSetting.exec(rest);
  if (setting) {
    const stop = rest.slice(setting[0].length).search(/[,.;:"“”]/u);
    rest = stop < 0 ? '' : rest.slice(setting[0].length + stop);
  }
  if (rest.startsWith(', ')) return rest.length <= 202 && !/[;"“”]/u.test(rest);
  return /^[.!?]?\s*$/u.test(rest);
}

/**
 * Whether the text after unnamed evidence ends its sentence in a speech frame naming a person (see
 * `namedFrame`, `closesSentence`), outside any open quote: the sentence is that person's paraphrase
 * (“Previous research has shown that …, said study co-author Dr. Daniel Buysse, a professor of
 * psychiatry at …”), told with the frame after the claim, as `closedByPronounFrame` reads for “he
 * says” (round 24).
 */
export function closedByNamedFrame(sentence: string, attributionEnd: number): boolean {
  const after = sentence.slice(attributionEnd);
  for (const frame of after.matchAll(namedFrame)) {
    // “, Researchers said”, “, Experts say”: a capitalised word in the name's place that names no one.
    const speaker = /\p{Lu}[\p{L}'’-]*/u.exec(frame[0])?.[0] ?? '';
    if (namesNoOne.has(speaker)) continue;
    const before = sentence.slice(0, attributionEnd + (frame.index ?? 0));
    // Inside an open quote the frame is not the paraphrase's: “Studies show …, said Roe” needs no open quote before it.
    if ((before.match(/“/gu) ?? []).length > (before.match(/”/gu) ?? []).length) continue;
    if ((before.match(/"/gu) ?? []).length % 2 === 1) continue;
    if (closesSentence(after.slice((frame.index ?? 0) + frame[0].length))) return true;
  }
  return false;
}
