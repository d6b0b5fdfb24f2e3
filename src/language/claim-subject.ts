import { nonVerbIng } from './claim-clause.js';
import { wordsOfKind, type ClaimCueRange } from './claim-parties.js';
import { findTreatments } from './treatments.js';

/**
 * Whether a benefit claim is about an intervention, on positive evidence (issue #13, the required
 * properties of unqualified-efficacy-claim): the words that lead to the claim in its clause (its
 * subject and what governs it) name a treatment the treatment finder knows (“aspirin”, “gene
 * therapy”), a class noun of a treatment, test or practice (“the drug”, “this procedure”, “a new
 * device”), an act done to or by people (a gerund: “extending dosing intervals reduces …”, “teaching
 * happiness to men with HIV boosts …”) or the short name of a product or procedure (“PBT”,
 * “TX004HR”); or the subject is a pronoun (“it”, “this”) and the sentences just before name one.
 * A girl who helps herself, a legend who fights a disease, a lifestyle, saliva, criteria, research or
 * a disease (“it slows body functions”) give none of this, so they claim nothing a reader could take.
 *
 * An adjective or noun cue (“the most effective drug”, “very effective agents”, “benefit from
 * mindfulness”) names its intervention after it: the next few words count too.
 */

const interventionHeads = wordsOfKind('intervention');
/** Organisations and research teams named by short capitals (“FDA”, “USPSTF”) are not products. */
const notInterventions = wordsOfKind('not-exposure');

/**
 * Marks that close the clause leading to a claim, looking back from it. Commas do not (“X, sold as
 * Y, is effective”), nor quotation marks (“‘Most of the options are well tolerated’ and effective”).
 */
const clauseMarks = /[.;:!?()\u2014\u2013]|\s-\s/gu;
/** How far back the lead-in of a claim is read. */
const leadReach = 200;

/** Pronouns and demonstratives that stand for something named before: their antecedent decides. */
const anaphors = new Set(['it', 'its', 'this', 'these', 'they', 'them', 'that', 'which', 'both', 'each', 'one']);
/** Words that open a clause before a gerund subject (“even taking …”, “but lowering …”). */
const gerundOpeners = new Set(['and', 'but', 'so', 'even', 'that', 'just', 'simply', 'also', 'regularly', 'then']);
/** Words in -ing that are not acts: “during”, “morning”, “nothing”, and more that head a subject. */
const notActs = new Set([
  ...nonVerbIng, 'anything', 'everything', 'according', 'following', 'being', 'thing', 'things', 'building', 'bring',
  'ring', 'string', 'wing', 'ceiling', 'feeling', 'feelings', 'hearing', 'meaning', 'setting', 'offspring', 'sibling', 'siblings', 'duckling', 'bearing',
]); // prettier-ignore
/** Cues that name their intervention after them: “the most effective drug”, “benefit from mindfulness”. */
const nounAfterCue = /(?:effective|efficacious|superior|better|best|powerful|potent|from|of)$/iu;

/** A means named after a claim: “through …”, “by taking …”, “with …”, “using …”. */
const meansAfter = /\s(?:through|by|with|using)\s/u;
/** How far after a claim its means is looked for. */
const meansReach = 80;

/** The forms of “be” that make a participle passive: “can be alleviated”, “is cured”. */
const beForms = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Whether the claim is a passive participle (“be alleviated”, “are cured”) with no “by” agent after it. */
function passiveWithoutAgent(text: string, claim: ClaimCueRange): boolean {
  const claimWords = lowerWords(claim.text);
  const before = lowerWords(claimLeadIn(text, claim.start).text).at(-1);
  const participle = beForms.has(claimWords[0] ?? '') ? claimWords[1] : beForms.has(before ?? '') ? claimWords[0] : '';
  if (!participle || !/(?:ed|en)$/u.test(participle)) return false;
  return !/\sby\s/u.test(text.slice(claim.end, claim.end + meansReach));
}

/** Lower-case words without a possessive or a contraction (“it’s” → `it`). */
function lowerWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((word) => word.replace(/['’]\p{L}{1,2}$/u, ''));
}

/** The text from the start of the claim's clause to the claim. */
export function claimLeadIn(text: string, claimStart: number): { start: number; text: string } {
  const from = Math.max(0, claimStart - leadReach);
  const window = text.slice(from, claimStart);
  let start = 0;
  for (const mark of window.matchAll(clauseMarks)) start = mark.index + mark[0].length;
  return { start: from + start, text: window.slice(start) };
}

/** Whether `words` name an intervention by a class noun or a short product name (“PBT”, “TX004HR”). */
function namesByWord(original: string): boolean {
  for (const word of original.match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    if (interventionHeads.has(lower)) return true;
    // A short name in capitals or a code with digits (“PBT”, “IRE”, “PrEP”, “TX004HR”), not an organisation.
    if (
      word.length >= 2 &&
      word.length <= 8 &&
      /^\p{Lu}/u.test(word) &&
      [...word].filter((letter) => /\p{Lu}|\p{N}/u.test(letter)).length >= 2 &&
      !/^\p{Lu}[\p{Ll}'’-]+$/u.test(word) &&
      !notInterventions.has(lower)
    )
      return true;
  }
  return false;
}

/** Whether a text names a treatment the finder knows, or an intervention by its class noun or short name. */
export function namesInterventionIn(text: string, start = 0, end = text.length): boolean {
  if (findTreatments(text).some((match) => match.start >= start && match.end <= end)) return true;
  return namesByWord(text.slice(start, end));
}

/** Whether the lead-in opens with an act: a gerund (“extending dosing intervals”, “teaching happiness”). */
function opensWithAct(leadIn: string): boolean {
  const words = lowerWords(leadIn);
  const isAct = (word: string | undefined): boolean =>
    word !== undefined && word.length > 4 && /ing$/u.test(word) && !notActs.has(word);
  // The subject's head itself (“automatic texting helps”).
  if (isAct(words.at(-1))) return true;
  // The clause's first word, or the first after a “that” that opens the claim's clause (“evidence
  // that lowering inflammation … lowers rates”).
  let index = Math.max(0, words.lastIndexOf('that'));
  while (index < words.length - 1 && gerundOpeners.has(words[index]!)) index++;
  return isAct(words[index]);
}

/** Words that may stand between a relative “which” and its verb (“which normally protects”, “which also helps”). */
const afterRelative = (word: string): boolean =>
  word.endsWith('ly') || ['also', 'can', 'may', 'will', 'further', 'then', 'in', 'turn'].includes(word);

/** Whether the claim's subject is a “which” with words before it in its own lead-in (its antecedent). */
function relativeWithLocalAntecedent(leadWords: readonly string[]): boolean {
  let at = leadWords.length - 1;
  while (at >= 0 && afterRelative(leadWords[at]!)) at--;
  return at > 0 && leadWords[at] === 'which';
}

/**
 * Whether the claim at `claim` in `text` is about an intervention (see above). `before` holds the
 * sentences just before it, nearest last, where a pronoun subject finds its antecedent.
 */
export function claimNamesIntervention(text: string, claim: ClaimCueRange, before: readonly string[] = []): boolean {
  const leadIn = claimLeadIn(text, claim.start);
  // The claim's own words may name it (“the best medicine”, “the only treatment that works”).
  if (namesInterventionIn(text, leadIn.start, claim.end)) return true;
  const leadWords = lowerWords(leadIn.text);
  // A claim that opens its sentence has its subject left out (a headline or a list item: “Reduces
  // pain, improves function”): it is about what the article is about. A gerund there is a topic
  // (“Curing hepatitis C”), which the clause parse has already set aside.
  if (leadIn.start === 0 && leadWords.length === 0) return true;
  if (opensWithAct(leadIn.text)) return true;
  // An adjective or a noun cue names what it praises after it.
  if (nounAfterCue.test(claim.text)) {
    const after = text.slice(claim.end).match(/^(?:\s+[\p{L}\p{N}'’-]+){1,4}/u)?.[0] ?? '';
    if (namesInterventionIn(text, claim.end, claim.end + after.length)) return true;
  }
  // People who act through a means the sentence names (“individuals can prevent it through a simple
  // solution”, “patients reduce their risk by taking aspirin”): the means is the intervention.
  const means = meansAfter.exec(text.slice(claim.end, claim.end + meansReach));
  if (means && namesInterventionIn(text, claim.end + means.index, claim.end + meansReach)) return true;
  // A passive claim with no agent (“symptoms can be alleviated within minutes”) leaves its
  // intervention unsaid: it is what the article offers, as with a subject left out.
  if (passiveWithoutAgent(text, claim)) return true;
  // A pronoun (or no subject at all, as in a quote's “It works.” or a clause after a colon) stands
  // for something named before: in this sentence, or in the two before it.
  // A relative “which” right before the claim stands for the noun phrase just before it, in this
  // lead-in (“usually the clavicle, which heals well”, “on a continuous basis, which eliminates the
  // pulse”): that phrase names no intervention (the lead-in was read above), so neither does the claim.
  if (relativeWithLocalAntecedent(leadWords)) return false;
  if (leadWords.length === 0 || leadWords.some((word) => anaphors.has(word))) {
    if (namesInterventionIn(text, 0, leadIn.start)) return true;
    return before.slice(-2).some((sentence) => namesInterventionIn(sentence));
  }
  return false;
}
