import { topOfArticle } from '../prose/top.js';
import type { Block, ProseDocument } from '../prose/types.js';
import { inAbbreviationList, insideOrganisationName } from './organisation-names.js';
import {
  findTreatments,
  interventionClassOf,
  isComparator,
  presentsAsRemedy,
  remedyMentions,
  treatmentMentions,
  type InterventionClass,
  type TreatmentMention,
} from './treatments.js';

/**
 * The intervention an article is about: the one whose harms and status an editor asks for. An
 * article names many treatments on the way (a comparator, the standard care it replaces, the
 * setting such as "surgery", a background drug), and a rule that asks about the first one found
 * names the wrong target (JUDGING.md: `wrong_target`, `not_promoted`).
 */
export interface FocalIntervention {
  key: string;
  interventionClass: InterventionClass;
  /** Its first mention that presents it as a remedy: where a finding about it is anchored. */
  remedy: TreatmentMention;
  /** Its first mention in reading order, a comparator's included. */
  first: TreatmentMention;
  /**
   * Whether the article's top (headline and first paragraphs) names it or a treatment of its sort.
   * One first named lower down is seldom what the article offers readers, so missing-regulatory-
   * status leaves it (`not_promoted`); missing-safety-caveat still asks for its harms, which
   * HealthNewsReview's harms criterion expects of any treatment a story covers (the harms row lost
   * 9 of 162 hits when both rules skipped it).
   */
  introducedAtTop: boolean;
}

/**
 * A mention in the headline outweighs a long article's repetitions of a setting ("surgery"): the
 * headline says what the article is about. One in the opening paragraph weighs like three more.
 */
const headlineWeight = 10;
const openingWeight = 3;

interface Tally {
  key: string;
  score: number;
  first: TreatmentMention;
  remedy?: TreatmentMention;
  placesCounted: Set<Block>;
}

const focalByDocument = new WeakMap<readonly Block[], FocalIntervention | null>();

/**
 * The article's focal intervention, found once per document from its treatment mentions: the
 * treatment named most, where a mention in the headline or opening paragraph counts extra (that
 * is what the article reports) and one presented as a remedy counts twice (that is what it
 * promotes); a comparator ("compared with surgery", "rather than statins") counts nothing, nor
 * does a practice or food word that is not offered as a remedy (it is usually an outcome). A
 * named treatment ("bisoprolol") is preferred to a class or general word ("the drug"), which
 * competes only when no named treatment is promoted. On a tie a treatment beats a practice or
 * food word, and otherwise the one named first wins.
 * Only a treatment the article presents as a remedy somewhere can be focal: one it only
 * mentions or questions is not promoted, and one it never names as a remedy is not what the
 * article offers readers. No focal intervention when the article promotes nothing.
 */
export function focalIntervention(document: Pick<ProseDocument, 'blocks'>): FocalIntervention | undefined {
  const cached = focalByDocument.get(document.blocks);
  if (cached !== undefined) return cached ?? undefined;
  const found = findFocal(document);
  focalByDocument.set(document.blocks, found ?? null);
  return found;
}

function findFocal(document: Pick<ProseDocument, 'blocks'>): FocalIntervention | undefined {
  const remedies = new Set(remedyMentions(document));
  if (remedies.size === 0) return undefined;
  const mentions = treatmentMentions(document);
  // A headline that names the treatment only by a general word ("New drug promising against
  // cholesterol") keeps the general word a candidate against a class promoted further down ("statin
  // drugs", the background); a specific treatment promoted further down is what the word stands for.
  const namedPromoted =
    [...remedies].some((mention) => !isGeneralWord(mention)) &&
    ([...remedies].some((mention) => !mention.generic) || !headlineNamesOnlyGeneral(document.blocks[0], mentions));
  const opening = openingBlocks(document.blocks);
  const yardsticks = headlineYardsticks(document.blocks[0], mentions);
  const tallies = new Map<string, Tally>();
  for (const mention of mentions) {
    if (yardsticks.has(mention.key)) continue;
    if (namedPromoted && isGeneralWord(mention)) continue;
    // "Sleep measures", "the weight loss", "a healthy diet": practice and food words double as
    // outcomes and settings, so they count only where offered as the remedy.
    if (outcomeLike(mention) && !remedies.has(mention)) continue;
    // A remedy was already found not to be a comparator (`remedyMentions`): only the others are read.
    if (
      !remedies.has(mention) &&
      isComparator(mention.sentence.text, { start: mention.start - mention.sentence.start })
    )
      continue;
    if (isSetting(mention) || isOutcome(mention) || isMeasured(mention)) continue;
    if (isPartOfAName(mention)) continue;
    let tally = tallies.get(mention.key);
    if (!tally) {
      tally = { key: mention.key, score: 0, first: mention, placesCounted: new Set() };
      tallies.set(mention.key, tally);
    }
    // The headline and the opening paragraph each count once per treatment, however often it is named there.
    const place = opening.get(mention.block);
    if (place !== undefined && !tally.placesCounted.has(mention.block)) {
      tally.placesCounted.add(mention.block);
      tally.score += place;
    }
    tally.score += 1;
    if (remedies.has(mention)) {
      tally.score += 1;
      tally.remedy ??= mention;
    }
  }
  let best: Tally | undefined;
  for (const tally of tallies.values()) if (tally.remedy && (!best || outranks(tally, best))) best = tally;
  if (!best?.remedy) return undefined;
  if (headlinePromotesUnrecognised(document.blocks[0], mentions)) return undefined;
  return {
    key: best.key,
    interventionClass: interventionClassOf(best.remedy),
    remedy: best.remedy,
    first: mentions.find((mention) => mention.key === best.key) ?? best.first,
    introducedAtTop: introducedAtTheTop(document.blocks, mentions, best.remedy),
  };
}

/**
 * "Chinese Herbs Equal to Tamiflu in Reducing H1N1 Fever", "Ibuprofen works as well as morphine": a
 * treatment the headline names only as the yardstick of a comparison (after "equal to", "as well as",
 * "better than", "versus") is what the article's remedy is measured against, not the remedy, however
 * often the article goes on to name it as the standard ("Tamiflu was the treatment of choice"). When
 * the headline's own remedy is one the treatment list does not know (an herbal formula), the
 * article has no focal intervention the rules can name (JUDGING.md: `wrong_target`).
 */
function headlineYardsticks(headline: Block | undefined, mentions: readonly TreatmentMention[]): Set<string> {
  const yardsticks = new Set<string>();
  if (headline?.kind !== 'title' && headline?.kind !== 'heading') return yardsticks;
  const promoted = new Set<string>();
  for (const mention of mentions) {
    if (mention.block !== headline) continue;
    const comparator = isComparator(mention.sentence.text, { start: mention.start - mention.sentence.start });
    (comparator ? yardsticks : promoted).add(mention.key);
  }
  for (const key of promoted) yardsticks.delete(key);
  return yardsticks;
}

/**
 * "The Institute for Immunity, Transplantation and Infection", "the Scottish Islet Transplant
 * Programme", "GDx, HRT and OCT": a treatment word inside the name of an organisation or listed
 * with another field's abbreviations is not a treatment the article offers (`not_a_treatment`).
 */
function isPartOfAName(mention: TreatmentMention): boolean {
  const text = mention.sentence.text;
  const start = mention.start - mention.sentence.start;
  const end = mention.end - mention.sentence.start;
  return (
    insideOrganisationName(text, start, end) ||
    inAbbreviationList(text, start, end, (word) => findTreatments(word).length > 0)
  );
}

/**
 * "After knee surgery", "before the operation", "during surgery", "without surgery": a procedure
 * named as the occasion of the intervention, or as what it spares patients, is the setting the
 * article's remedy is given in, not the remedy. A drug named after "after" is often what was given
 * ("after inhaling oxytocin"), so only procedures and tests are read this way; and "patients who
 * underwent cryoablation", "after undergoing bariatric surgery" name what patients received, the
 * intervention as often as the setting, so a verb of receiving keeps the procedure a candidate.
 */
function isSetting(mention: TreatmentMention): boolean {
  if (mention.kind !== 'procedure' && mention.kind !== 'test') return false;
  const start = mention.start - mention.sentence.start;
  const before = settingBefore.exec(mention.sentence.text.slice(Math.max(0, start - 60), start));
  // "Before and after undergoing bariatric surgery", "after having surgery": what patients received.
  return before !== null && !receivedBefore.test(before[0]);
}

const receivedBefore =
  /\b(?:undergo|undergoing|underwent|undergone|having|had|receiving|received|getting|got|choosing|chose)\b/iu;

const settingBefore =
  /\b(?:after|following|before|prior to|ahead of|during|recovering from|recovery from|without|alternatives? to)\s+(?:(?:an?|the|their|his|her|its|this|[\p{L}\p{N}'’-]+)\s+){0,2}$/iu;

/**
 * "Magnetic stimulation causes weight loss", "may aid weight loss", "a drug for weight loss": a
 * practice or food word after a verb of effect, or after "for", is what the remedy achieves (the
 * outcome), not the remedy. Practice words double as outcomes; treatments do not.
 */
function isOutcome(mention: TreatmentMention): boolean {
  if (!outcomeLike(mention)) return false;
  const start = mention.start - mention.sentence.start;
  return effectBefore.test(mention.sentence.text.slice(Math.max(0, start - 40), start));
}

const effectBefore =
  /\b(?:causes?|caused|causing|boosts?|boosted|boosting|aids?|aided|aiding|promotes?|promoted|promoting|improves?|improved|improving|enhances?|enhanced|induces?|induced|increases?|increased|speeds?|leads? to|led to|helps?(?: with)?|helped|results? in|for)\s+(?:(?:the|their|a|an|more|greater|significant|rapid|healthy|healthier)\s+){0,2}$/iu;

/**
 * "Levels of oxytocin", "the production of insulin", "a deficiency of vitamin D": a substance the
 * study measures in the body is its outcome or its marker, not the intervention it gives (the
 * treatment finder already leaves out "oxytocin levels" and "blood insulin"). So is a treatment
 * whose taking is what the study counts ("adherence to medications", "access to the drugs",
 * "overuse of antibiotics", "prescriptions of opioids"): a reminder pack or a prescribing policy is the
 * intervention there, the treatment its outcome.
 */
function isMeasured(mention: TreatmentMention): boolean {
  const start = mention.start - mention.sentence.start;
  return measuredOf.test(mention.sentence.text.slice(Math.max(0, start - 40), start));
}

const measuredOf =
  /\b(?:(?:levels?|concentrations?|production|secretion|release|deficiency|deficiencies|shortage|lack|amounts?|measurements?|blood tests?|uptake|misuse|overuse|prescriptions?|prescribing)\s+of|(?:adherence|access|compliance)\s+(?:to|with))\s+(?:(?:the|their|his|her|its|natural|endogenous|prescribed)\s+)?$/iu;

/**
 * An article introduces what it is about at its top: the headline and the first few body
 * paragraphs. A treatment first named below them, when the top names no treatment of its sort at
 * all (not even "an implanted device" or "the drug"), is the background of a story about something
 * the treatment list does not know, such as tailored e-mails that help smokers quit, however often
 * it is named (issue #13: `not_promoted`). A practice word at the top ("quitting smoking") is as
 * often the outcome, so it stands in only for a practice.
 */
function introducedAtTheTop(
  blocks: readonly Block[],
  mentions: readonly TreatmentMention[],
  focal: TreatmentMention,
): boolean {
  const top = topOfArticle(blocks, topParagraphs);
  const sameSort = (mention: TreatmentMention): boolean => outcomeLike(mention) === outcomeLike(focal);
  if (mentions.some((mention) => top.has(mention.block) && sameSort(mention))) return true;
  const name = focal.key.split(' ')[0] ?? focal.key;
  return [...top].some((block) => countWord(block.text, name) > 0);
}

/** How many body paragraphs after the headline count as the top of an article. */
const topParagraphs = 3;

/** A higher score wins; on a tie a treatment beats a practice or food word (more often the outcome), else the first named. */
function outranks(tally: Tally, best: Tally): boolean {
  if (tally.score !== best.score) return tally.score > best.score;
  return outcomeLike(best.first) && !outcomeLike(tally.first);
}

/** "The drug", "medications", "a device": a word that stands for any treatment, unlike a named one or a class ("statins"). */
function isGeneralWord(mention: TreatmentMention): boolean {
  return mention.generic && !mention.drugClass;
}

/**
 * "Chest Protectors Guard Against Deadly Blows": a headline that offers a remedy but names no
 * treatment the list knows is about an intervention it does not, and the treatments found
 * further down are the setting or the alternatives.
 */
function headlinePromotesUnrecognised(headline: Block | undefined, mentions: readonly TreatmentMention[]): boolean {
  if (headline?.kind !== 'title' && headline?.kind !== 'heading') return false;
  return presentsAsRemedy(headline.text) && !mentions.some((mention) => mention.block === headline);
}

/**
 * "New drug promising against cholesterol", "Experimental Drug May Treat Hepatitis C", "A Surgery-Free
 * Fix for Bad Knees?": a headline that names a treatment only by a general word, and names no treatment
 * or class by name, is about one the treatment list does not know by name (a new compound, a new
 * procedure). The named treatments further down ("statin drugs" as the background, the painkillers it
 * would replace) are then not what the article promotes: the general word, with the headline's weight,
 * stands for its own treatment (issue #13: `wrong_target`).
 */
function headlineNamesOnlyGeneral(headline: Block | undefined, mentions: readonly TreatmentMention[]): boolean {
  if (headline?.kind !== 'title' && headline?.kind !== 'heading') return false;
  let general = false;
  for (const mention of mentions) {
    if (mention.block !== headline || outcomeLike(mention)) continue;
    if (!isGeneralWord(mention)) return false;
    general = true;
  }
  return general;
}

function outcomeLike(mention: TreatmentMention): boolean {
  return mention.kind === 'lifestyle' || mention.kind === 'food';
}

/**
 * The headline (a title or the first block) and the opening paragraph (the first body paragraph
 * after it), with the weight a mention there adds.
 */
function openingBlocks(blocks: readonly Block[]): Map<Block, number> {
  const weights = new Map<Block, number>();
  const headline = blocks[0];
  if (!headline) return weights;
  weights.set(headline, headlineWeight);
  const lede = blocks.find(
    (block) => block !== headline && block.kind === 'paragraph' && block.role === 'body' && block.text.length > 100,
  );
  if (lede) weights.set(lede, openingWeight);
  return weights;
}

/**
 * "If the symptoms were treated with just Benadryl or another antihistamine": a treatment whose
 * name appears once in the article, neither in the headline nor in the opening paragraph, is a
 * side remark in a story about something else, not the remedy it offers (JUDGING.md:
 * `not_promoted`). The name is its key's first word counted anywhere in the text, so "PRP
 * injections" named once as such but often as "PRP" is no side remark.
 */
export function namedOnlyInPassing(document: Pick<ProseDocument, 'blocks'>, focal: FocalIntervention): boolean {
  const name = focal.key.split(' ')[0] ?? focal.key;
  const opening = openingBlocks(document.blocks);
  let count = 0;
  for (const block of document.blocks) {
    const found = countWord(block.text, name);
    if (found > 0 && opening.has(block)) return false;
    count += found;
    if (count > 1) return false;
  }
  return true;
}

/** How often a lower-case word appears in a text as a whole word, in any case. */
function countWord(text: string, word: string): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
    const before = at > 0 ? lower[at - 1] : ' ';
    const after = lower[at + word.length] ?? ' ';
    if (!isWordCharacter(before) && !isWordCharacter(after)) count++;
  }
  return count;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}
