import { topOfArticle } from '../prose/top.js';
import type { ProseDocument } from '../prose/types.js';
import type { TreatmentMention } from './treatments.js';

/**
 * Whether an article's verdict on an intervention is negative or sceptical: it reports the
 * intervention failing ("did not relieve constipation", "won't slow decline") or questions it
 * ("How much does knee surgery really help?", "bold health promises. But where's the evidence?",
 * "The Healthy Skeptic"). Such an article does not promote the intervention, so a rule that asks
 * what a promoted treatment owes readers (its harms) has nothing to ask of it (JUDGING.md:
 * `not_promoted`). Only the headline and the opening decide: that is where an article gives its
 * verdict, and a sceptical aside further down does not undo a promotion.
 */

/**
 * A result that says the intervention failed: "did not relieve", "doesn't stave off", "won't slow", "no
 * better than"; or denies it is the cure-all it was sold as: "testosterone therapy is no fountain of
 * youth", "vitamin D isn't a magic bullet".
 */
const failedResult =
  /\b(?:(?:did|does|do|will|would|could|can|was|were|is|are)(?: not|n[’']t)|won[’']t|cannot)\s+(?:\p{L}+\s+)?(?:relieve|ease|cure|treat|help|improve|reduce|lower|slow|stop|prevent|protect|delay|stave|ward|work|benefit|boost|fix|reverse|effective|better|useful|worth)|\b(?:no|little|scant|(?:is|was)n[’']t(?: any)?|not any|no good|no real|no solid|no robust|no convincing)\s+(?:\p{L}+\s+)?(?:evidence|benefit|proof|effect)\b|\bno better than\b|\bdid no better\b|\bno more effective\b|\b(?:is|are|was|were)\s+(?:no|not an?)\s+(?:fountain of youth|panacea|cure-all|magic bullet|silver bullet|miracle cure|miracle drug|wonder drug)\b|\b(?:is|are|was|were)n[’']t an?\s+(?:fountain of youth|panacea|cure-all|magic bullet|silver bullet|miracle cure|miracle drug|wonder drug)\b/iu;

/** Words that doubt in a question: "really help?", "where's the evidence?", "worth it?", "help or hokum?". */
const doubtingQuestion =
  /\b(?:really|evidence|worth|hype|overhyped|overrated|hokum|hoax|quackery|snake oil|too good to be true)\b/iu;

/** A headline that doubts outright: "a sceptic's look", "seeing through the claims", "myths", "bold promises". */
const doubtingWords =
  /\b(?:sk|sc)eptic(?:s|al|ism)?\b|\bseeing through\b|\bmyths?\b|\bdebunk\w*|\bbold (?:health )?(?:claims|promises)\b|\bquestions? (?:about|over)\b/iu;

/** Whether a headline doubts: a doubting word before its question mark, or a sceptic's word anywhere. */
function doubtingHeadline(text: string): boolean {
  const doubt = doubtingQuestion.exec(text);
  if (doubt && text.includes('?', doubt.index)) return true;
  return doubtingWords.test(text);
}

/**
 * A paragraph that labels itself the article's verdict ("The Verdict: …", "Bottom line: …", as
 * columns that test a health claim do) gives the verdict wherever it stands, like the opening.
 */
const verdictLabel = /^\s*(?:the\s+|our\s+)?(?:verdict|bottom line)\s*:/iu;

/** How many body paragraphs after the headline count as the opening. */
const openingParagraphs = 2;

/**
 * Whether the article questions the intervention `mentions` name (all the mentions of one
 * treatment, in reading order): a headline naming it doubts it, or a headline or opening
 * sentence naming it reports it failing.
 */
export function questionsIntervention(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
): boolean {
  const opening = topOfArticle(document.blocks, openingParagraphs);
  const headline = document.blocks[0];
  const checked = new Set<string>();
  for (const mention of mentions) {
    if (!opening.has(mention.block) && !verdictLabel.test(mention.block.text)) continue;
    const sentence = mention.sentence.text;
    if (checked.has(sentence)) continue;
    checked.add(sentence);
    if (reportsFailure(sentence, mention.start - mention.sentence.start)) return true;
    if (mention.block === headline && doubtingHeadline(mention.block.text)) return true;
  }
  return false;
}

/**
 * "Omega-3 margarines fail to help in heart study", "Hopeful new treatment no better than older
 * one": a headline whose news is that a treatment failed or did no better. The article reports a
 * failure, so it promotes no treatment at all, not even one it names only further down under
 * another name ("mechanically removing a blood clot" … "clot removal") or as the background of the
 * failed one ("fish oil capsules" beside the failed margarine): a rule asking what a promoted
 * treatment owes readers has no target (JUDGING.md: `not_promoted`). Only the headline decides: an
 * opening sentence may report a comparator or an earlier treatment failing.
 */
export function headlineReportsFailure(document: Pick<ProseDocument, 'blocks'>): boolean {
  const headline = document.blocks[0];
  if (!headline || (headline.kind !== 'heading' && headline.kind !== 'title')) return false;
  const text = headline.text;
  const found = failedResult.exec(text) ?? failedToHelp.exec(text);
  if (!found) return false;
  // "Having heart surgery? Don't stop your statins": a failure word with no subject is advice.
  if (clauseStart.test(text.slice(0, found.index))) return false;
  // "Helps patients who did not improve on statins": the patients failed, not the treatment.
  return !describesPatients.test(text.slice(Math.max(0, found.index - 12), found.index));
}

/** Nothing but punctuation since the headline or its last clause began. */
const clauseStart = /(?:^|[?:!.;—–-])\s*$/u;

/**
 * "Fail to help", "fails to prevent", "no more useful than": a treatment's failure in headline words;
 * also a result it did not bring ("Fish oil in pregnancy didn't make babies smart") and a headline
 * that calls it no help ("Extra calcium, vitamin D no bone booster for men", "… no help for colds").
 * Not "no cure", which headlines say of the disease ("a disease with no cure").
 */
const failedToHelp =
  /\bfail(?:s|ed)?\s+to\s+(?:help|work|prevent|reduce|lower|improve|protect|slow|ease|relieve|treat|cut|stop|benefit)\b|\bno more (?:useful|effective|helpful|beneficial) than\b|\bflop(?:s|ped)?\b|\b(?:did|does|do|will|would)(?: not|n[’']t) make (?:\p{L}+ ){0,2}(?:smart(?:er)?|better|healthier|stronger|any difference|a difference)\b|\bno (?:\p{L}+ )?(?:booster|boost|help|remedy|fix|protection)\b/iu;

/**
 * Doubt cast on what follows: "calls into question the value of removing clots during
 * angioplasty", "Penn study questions Lariat device", "study weakens case for preventive mastectomy", "do not provide any reliable evidence for
 * corticosteroids", "data were insufficient to be sure whether corticosteroids have an effect".
 */
const doubtBefore =
  /\b(?:(?:no|not provide any|not find any|insufficient|not enough|little|lack of)\s+(?:reliable |good |convincing |clear |high-quality |strong )?evidence (?:for|of|to support)|insufficient to (?:be sure|tell|say|know|determine) whether|calls? into question|called into question|calling into question|casts? doubt on|cast doubt on|raises? doubts? (?:about|over)|questions? the (?:value|benefit|use|wisdom) of|(?:weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|undercut(?:s|ting)?) (?:the )?case for|(?:study|studies|research|report|review|trial|experts?|doctors?|researchers) (?:questions?|doubts?|challenges?))\b/iu;

/**
 * "Whether zinc actually helps with colds is still an open question", "it remains unclear whether
 * the drug works": the sentence says that whether it works is not known.
 */
const openQuestion =
  /\b(?:(?:is|remains|are|remain) (?:still )?(?:an )?open questions?|(?:is|remains) (?:still )?(?:unclear|unknown|unproven|uncertain) (?:whether|if)|whether\b[^.?!]{0,80}\b(?:is|remains) (?:still )?(?:unclear|unknown|unproven|uncertain|debated)|the jury is (?:still )?out)\b/iu;

/** Where a relative clause describes the patients rather than the treatment: "patients who did not improve on statins". */
const describesPatients = /\b(?:who|whose|that|which|when|if|until)\s+$/iu;

/**
 * Whether a failure is reported after the treatment is named, and of it rather than of the
 * patients, or doubt is cast on what the sentence names after it.
 */
function reportsFailure(sentence: string, treatmentStart: number): boolean {
  if (openQuestion.test(sentence)) return true;
  const doubt = doubtBefore.exec(sentence);
  if (doubt && doubt.index < treatmentStart) return true;
  const found = failedResult.exec(sentence);
  if (!found) return false;
  if (found.index < treatmentStart)
    return failureGivenWith(sentence.slice(found.index + found[0].length, treatmentStart));
  return !describesPatients.test(sentence.slice(Math.max(0, found.index - 12), found.index));
}

/**
 * "Patients don't see improved survival with the drug gemcitabine", "no benefit from aspirin": the
 * failure comes first and the treatment is what it is had with or from, in the same clause (not
 * "did not improve, so they were given aspirin").
 */
const givenWithAfterFailure =
  /^[^,;.:]{0,60}?\b(?:with|from|of|on|by)\s+(?:(?:the|a|an|this|that)\s+)?(?:(?:new|experimental|drug|medicine|medication|treatment|therapy|procedure|surgery|device)\s+)?$/iu;

function failureGivenWith(between: string): boolean {
  return givenWithAfterFailure.test(between);
}

/**
 * Whether the article's headline doubts ("The Healthy Skeptic: telomerase activators", "Help or
 * hokum?", "Seeing through the claims"): a column that sets out claims in order to weigh them, so
 * what it reports as hearsay ("the effects are said to last six months") is the claim under test,
 * not one it vouches for (JUDGING.md `reported_claim`).
 */
export function headlineDoubts(document: Pick<ProseDocument, 'blocks'>): boolean {
  const headline = document.blocks[0];
  if (!headline || (headline.kind !== 'heading' && headline.kind !== 'title')) return false;
  return doubtingHeadline(headline.text);
}
