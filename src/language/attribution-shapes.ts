import type { ProseDocument, Sentence } from '../prose/types.js';
import { findNamedAttributions, namesSpeaker } from './attribution.js';
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
