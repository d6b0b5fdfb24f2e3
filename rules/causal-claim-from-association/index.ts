import { isExposureEffect } from '../../src/language/claim-parties.js';
import { claimNamedNotMade } from '../../src/language/unsettled-claims.js';
import { gradingCausesDoubt } from '../../src/language/evidence-summary.js';
import { analyseClaim, causativeInto } from '../../src/language/claim-strength.js';
import { isStatedFinding } from '../../src/language/finding.js';
import { findHedges } from '../../src/language/hedges.js';
import {
  articleDesign as soleArticleDesign,
  findDesignCues,
  isGroupWording,
  weakestDesign,
  type DesignCue,
} from '../../src/language/study-design.js';
import type { Block, Sentence } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Where the design of the evidence is read: the claim's paragraph, or the whole article. */
  scope: 'paragraph' | 'article';
}

/** Words that put people, not animals or cells, in a claim (“protects women against …”). */
const people =
  /\b(?:people|patients|humans?|men|women|children|kids|adults|individuals|persons?|you|your|babies|infants|adolescents|teens|seniors|smokers|survivors)\b/iu;

/** “Observational” in the message, or what the evidence was done in. */
const designWords: Record<DesignCue['kind'], string> = {
  observational: 'observational',
  animal: 'animal',
  laboratory: 'laboratory',
  experimental: 'experimental',
};

export default defineRule<Options>({
  id: 'causal-claim-from-association',
  scope: 'text',
  docs: {
    summary:
      'Flags direct causal wording (“prevents”, “reduces”, “boosts”, “causes”) about evidence described as observational (“linked to”, “cohort”, “survey”) or as animal or laboratory work stated as a human benefit.',
    rationale:
      'Observational studies show that two things go together, not that one causes the other; results in mice or cells often do not hold in people. Causal wording tells readers that changing their behaviour will change their health. The rule names the design it read, so it stays quiet where that design is not the claim’s: a sentence that credits its claim to another study and does not say what kind (“a previous study found aspirin reduced …”), association wording about something else than the claim, a bare “prospective study” (often an uncontrolled study that gave every patient the treatment: a missing comparison group, not an association read as cause), and a trial’s arms (“control groups”). Claims put forward as tentative (“studies suggest”, “indicated”, “believe”) are hedged already.',
    guideline:
      'Sumner et al., BMJ 2014;349:g7015 (causal claims from correlational data, inference to humans from animal research); HealthNewsReview.org criterion 4 (quality of evidence); FTC Health Products Compliance Guidance 2022.',
    howToFix:
      'Use association wording that matches the design (“is linked to”, “people who … were less likely to”), or say that the result is in mice or cells, and add that the study cannot show cause and effect.',
  },
  messages: {
    causal:
      'Unexpected causal claim `{actual}` from {design} evidence `{evidence}`, expected association wording such as `is linked to`',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      scope: {
        type: 'string',
        enum: ['paragraph', 'article'],
        description:
          'Where the design is read: the paragraph of the claim, or the whole article (for headlines about a study described below).',
      },
    },
    additionalProperties: false,
  },
  defaults: { scope: 'paragraph' },
  examples: [
    {
      title: 'Grading the evidence is not a causal claim (round 19)',
      input:
        'In cohort studies, coffee drinkers lived longer. Lower quality evidence from the cohort studies resulted in lower confidence in the estimate.',
      flags: [],
    },
    {
      title: 'An effect named as the question the evidence leaves open (round 17)',
      input:
        'In cohort studies, coffee drinkers lived longer. Studies on a protective effect of coffee in children have so far been lacking. Such an effect has not yet been studied in teenagers.',
      flags: [],
    },
    {
      title: 'Causal wording about a cohort study',
      input: 'In a cohort study of 20,000 adults, coffee prevents heart disease.',
      flags: ['prevents'],
    },
    {
      title: 'A mouse result stated as a human benefit',
      input: 'The compound reversed memory loss in mice. It protects people against dementia.',
      flags: ['protects'],
    },
    {
      title: 'Association wording',
      input: 'In a cohort study, coffee drinking was linked to less heart disease.',
      flags: [],
    },
    {
      title: 'An animal study labelled as such',
      input: 'In mice, the compound reversed memory loss.',
      flags: [],
    },
    {
      title: 'An organisation, the researchers or a gene as the subject, a decision or a dose as the object',
      input:
        'In a cohort study, national guidelines help doctors decide on treatment, and mutations in the gene lead to low cholesterol. Patients surveyed had reduced their dosage.',
      flags: [],
    },
    {
      title: 'A claim credited to another study, whose design the sentence does not give',
      input:
        'In our cohort study, aspirin use was associated with a lower risk. A previous study found that daily aspirin reduced cancer deaths.',
      flags: [],
    },
    {
      title: 'A claim put forward as tentative',
      input: 'In a cohort study of 20,000 adults, the authors suggest that coffee prevents heart disease.',
      flags: [],
    },
    {
      title: 'A randomised trial',
      input: 'In a randomised controlled trial of 400 adults, the drug reduced migraine days.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    const cuesByBlock = document.blocks.map((block) => findDesignCues(block.text));
    const articleCues = options.scope === 'article' ? cuesByBlock.flat().filter((cue) => !isAssociation(cue)) : [];
    // An article that reports a randomised or controlled trial earns its causal wording (JUDGING.md
    // `rct`), unless a paragraph names an observational design of its own; association wording
    // ("linked to") beside a trial's result does not make the trial observational.
    const articleTrial = cuesByBlock.some((cues) => cues.some((cue) => cue.kind === 'experimental'));
    // Randomisation or a placebo means the people were assigned the treatment: "those who drank"
    // and "were followed" then describe the trial's arms and follow-up, not a cohort.
    const articleAssigned = cuesByBlock.some((cues) => cues.some(isAssignment));
    // The headline and lede claim the article's main finding, whose design is often named only
    // further down: when the article names one kind of evidence and no trial done, it is theirs.
    const articleDesign = soleArticleDesign(document.blocks, cuesByBlock);
    // Animal or cell work is the headline's to overstate; an opening paragraph that sets the scene
    // in people (“people with prediabetes can delay the disease”, “doctors will stimulate the
    // brain”) before the mice come in is background, not a leap from the animals.
    const lead = articleDesign
      ? leadBlocks(document.blocks, articleDesign.kind === 'observational')
      : new Set<number>();
    for (const block of document.blocks) {
      const blockCues = cuesByBlock[block.index] ?? [];
      const inherited = articleDesign && lead.has(block.index) ? [articleDesign] : [];
      if (blockCues.length === 0 && articleCues.length === 0 && inherited.length === 0) continue;
      const trial = blockCues.some((cue) => cue.kind === 'experimental');
      for (const sentence of block.sentences) {
        const own = blockCues.filter((cue) => cue.start >= sentence.start && cue.end <= sentence.end);
        // “A previous study found …”, “Italian researchers found …”: the sentence names evidence of
        // its own, whose design only the sentence itself can tell.
        const near = citesOtherStudy(sentence.text)
          ? own
          : [...articleCues, ...inherited, ...cuesNear(blockCues, block, sentence.index)].filter(
              (cue) => !isAssociation(cue) || own.includes(cue) || sharesTopic(block, sentence, cue),
            );
        const design = weakestDesign(near);
        if (!design) continue;
        // “Human marathoners”, “injecting the peptide into people”: work done in people, beside the
        // animal work, is not a leap from animals to people.
        if (
          (design.kind === 'animal' || design.kind === 'laboratory') &&
          !own.includes(design) &&
          isHumanStudy(sentence.text)
        )
          continue;
        if (trial && !own.some((cue) => cue.kind === design.kind)) continue;
        if (articleTrial && isAssociation(design)) continue;
        if (articleAssigned && isGroupWording(design)) continue;
        // In an article about a randomised or placebo-controlled study, a design named in another
        // sentence is usually the contrast (“evidence that cannot be obtained from observational studies”);
        // animal or cell work named just before is still what a claim about people leaps from.
        if (
          articleAssigned &&
          !own.some((cue) => cue.kind === design.kind) &&
          !isLabWorkJustBefore(design, blockCues, block, sentence.index)
        )
          continue;
        // Work labelled as animal or laboratory research in its own sentence is not a human claim.
        if (own.some((cue) => cue.kind === 'animal' || cue.kind === 'laboratory')) continue;
        const cue = causalCue(sentence, design);
        // “Studies on a life-prolonging effect of X have so far been lacking”: named, not claimed.
        if (!cue || claimNamedNotMade(sentence.text, cue.start, cue.end)) continue;
        // “Lower quality evidence resulted in lower confidence in the estimate”: grading evidence (round 19).
        if (gradingCausesDoubt(sentence.text, cue.start, cue.end)) continue;
        const start = sentence.start + cue.start;
        report('causal', block.span(start, sentence.start + cue.end), {
          actual: cue.text,
          design: designWords[design.kind],
          evidence: design.text,
        });
      }
    }
  },
});

/** “Affects 1 in 8 women”, “affects about 20 percent of people”: how common, not what causes what. */
const prevalenceAfter =
  /^\s+(?:about |around |roughly |nearly |almost |more than |over |up to |an estimated |some |as many as )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|millions|thousands|hundreds|many|most)\b/iu;
/** “The virus causes infections”, “the mutation affects …”: what a pathogen or gene does, not a finding about exposure. */
const agentBefore =
  /\b(?:virus|viruses|bacteri\w*|infections?|mutations?|genes?|variants?|parasites?|pathogens?|diseases?|disorders?|conditions?|syndromes?|tumou?rs?|cancers?)\s+(?:\p{L}+\s+)?$/iu;
/** “Was due to”, “is largely because of”: a stated cause; “cough due to a chest infection” only names one. */
const predicativeBefore = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** Nouns and phrases the causal lexicon holds that state no effect: “adverse effects”, “a role in”, “no effect”. */
const notAClaim = /^(?:adverse (?:effects?|events?)|side effects?|role in|no effect|no effects)$/iu;
/** “The study doesn't prove that berries prevent …”, “inadequate human data to support the idea that …”. */
const deniedBefore =
  /\b(?:(?:does|do|did|can|could)(?:n[’']t| not)|cannot|can[’']t) (?:\p{L}+ )?(?:prove|show|establish|mean|demonstrate|tell us)\b|\b(?:no|inadequate|insufficient|little|not enough|limited) (?:\p{L}+ )?(?:evidence|data|proof)\b/iu;

/** “Research on how antidepressants affect …”, “to test whether it prevents …”: a question, not an answer. */
const embeddedQuestionBefore =
  /(?:\bwhether|\b(?:on|about|into|of|understand|know|see|stud\w*|examin\w*|investigat\w*|explor\w*) how)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** “Because pain severity decreased.”: a change with no object, which names no cause. */
const clauseEndAfter = /^(?:\s+\p{L}+ly)?\s*(?:[.,;:!?”"]|$)/iu;
/** “The process slows down dramatically in adults”: the intransitive phrasal verb, not “slows down the decline”. */
const intransitiveDownAfter = /^\s+down(?:\s+\p{L}+ly)?(?!\s+(?:the|a|an|their|its|his|her|your|our)\b)/iu;
/** Small words that stay lower case in a title-case headline (“Ways to Improve Health”). */
const titleSmallWord = /(?:^|\s)(?:a|an|the|of|in|on|to|for|and|or|but|with|at|by|as|from|vs)\s+$/u;

const lowerCaseWordBefore = /(?:^|[^\p{L}'’-])\p{Ll}[\p{L}'’-]*\s+$/u;
/** “The journal Preventing Chronic Disease”: a capitalised word after a lower-case one is a name. */
function isCapitalisedInProse(cue: string, before: string): boolean {
  return /^\p{Lu}/u.test(cue) && lowerCaseWordBefore.test(before) && !titleSmallWord.test(before);
}

/** “The study was halted”: what happened to the research, not to anyone's health. */
const researchSubjectBefore =
  /\b(?:study|studies|trial|trials|research|project|programme|program)\s+(?:was|were|had been|has been|have been)\s+(?:\p{L}+ly\s+)?$/iu;
/** “Fight off damage to cells”, “the damage”: after a preposition or determiner “damage” is a noun. */
const nounPositionBefore = /\b(?:off|of|from|to|against|the|a|any|no|some|more|less|much|cell|tissue|nerve)\s+$/iu;
/** Effects named as nouns, which are claimed only when something is said of them. */
const nominalEffect = /^(?:the\s+)?(?:\p{L}+\s+)?(?:effects?|impacts?|benefits?)(?:\s+(?:of|on|from))?$/iu;
/** “The effects of night milk haven't been tested”, “… are unknown”: effects named as untested. */
const untestedAfter =
  /^\s+(?:[\p{L}-]+\s+){0,4}?(?:ha(?:ve|s)n[’']t|ha(?:ve|s) not|ha(?:ve|s) yet to|are not|is not|remains?|are still|is still)\s+(?:been\s+|be\s+)?(?:tested|studied|known|unknown|unclear|examined|investigated|proven|established)\b/iu;
/** “Evidence showing benefits from”, “data on the effects of”: what evidence is about, not a claim. */
const evidenceOfBefore =
  /\b(?:evidence|studies|research|data)\s+(?:showing|suggesting|indicating|of|for|on|about)\s+(?:the\s+|any\s+|possible\s+|potential\s+)?$/iu;
const modalBefore = /\b(?:can|could|may|might)\s+(?:\p{L}+ly\s+)?$/iu;
/** “Higher clinical cure”, “rates of cure”: cure as an outcome measured, not something done. */
const cureOutcomeBefore = /\b(?:clinical|clinica|higher|lower|better|complete|microbiological|of|and|or)\s+$/iu;
/** “If it works for you”: a condition, not a claim. */
const conditionBefore = /\b(?:if|unless)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;
/** “Worried about the effects of”, “the question of sugar's effects on”: effects named as a topic. */
const topicBefore =
  /\b(?:about|question of|questions of|address\w*|stud\w*|examin\w*|investigat\w*|test\w*|research on|research into)\s+(?:the\s+|possible\s+|potential\s+|long-term\s+){0,2}(?:[\p{L}-]+['’]s\s+)?$/iu;
/** “He is responsible for the campaign”: a person's job, not a cause. */
const personBefore = /\b(?:he|she|they|who|i|we)\s+(?:is|are|was|were|will be)\s+(?:\p{L}+ly\s+)?$/iu;
/** “A preliminary result in people”: after a singular determiner “result” is the noun, not the verb. */
const singularDeterminerBefore = /\b(?:a|an|this|one|each)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A be-verb right before a passive participle makes it a statement (“symptoms were reduced by”). */
const beVerbBefore = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;
const relativeClauseBefore = /\b(?:who|that|which)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;

/**
 * “Patients affected by dementia”, “men who hadn't been helped by standard treatments”: a passive
 * participle that describes who someone is, not an effect the article reports.
 */
function isDescribingParticiple(cue: string, before: string, after: string): boolean {
  const passive = /^\p{L}+ed by$/iu.test(cue) || (/^\p{L}+ed$/iu.test(cue) && /^\s+by\b/iu.test(after));
  // “Deaths reduced by 20%”, “cut by half”: the size of an effect, in a headline's clipped grammar.
  if (
    !passive ||
    /^(?:\s+by)?\s+(?:about |around |nearly |almost |up to |more than |over )?(?:\d|a |one |half|two|three)/iu.test(
      after,
    )
  ) {
    return false;
  }
  return relativeClauseBefore.test(before) || !beVerbBefore.test(before);
}

/** “Criteria or “triggers” for consultation”: a word in quotation marks on its own names a term. */
function isNamedTerm(text: string, cue: { start: number; end: number }): boolean {
  return (
    /["“‘']$/u.test(text.slice(Math.max(0, cue.start - 1), cue.start)) &&
    /^["”’']/u.test(text.slice(cue.end, cue.end + 1))
  );
}

/**
 * Whether a causal cue is a claim about the evidence (JUDGING.md `not_causal_claim`): not how
 * common something is, not what a pathogen or gene does, and not a cause named in passing.
 */
function isClaimAboutEvidence(text: string, cue: { start: number; end: number; text: string }): boolean {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const after = text.slice(cue.end, cue.end + 40);
  if (notAClaim.test(cue.text) || deniedBefore.test(text.slice(0, cue.start))) return false;
  if (/^works?$/iu.test(cue.text) && /^\s+(?:by|on|through|via|in the same way)\b/iu.test(after)) return false;
  if (
    /^raises?$/iu.test(cue.text) &&
    /^\s+(?:new |fresh |the )?(?:hopes?|questions?|concerns?|possibility|prospect)\b/iu.test(after)
  ) {
    return false;
  }
  if (/^affect(?:s|ed)?$/iu.test(cue.text) && prevalenceAfter.test(after)) return false;
  if (/^(?:due to|because of|owing to)$/iu.test(cue.text) && !predicativeBefore.test(before)) return false;
  if (embeddedQuestionBefore.test(before) || isNamedTerm(text, cue)) return false;
  if (/^stop(?:s|ped|ping)?$/iu.test(cue.text) && /^\s+\p{L}+ing\b/iu.test(after)) return false;
  if (/^reverse$/iu.test(cue.text) && /^\s+caus/iu.test(after)) return false;
  if (/^results? in$/iu.test(cue.text) && singularDeterminerBefore.test(before)) return false;
  if (isDescribingParticiple(cue.text, before, after)) return false;
  if (conditionBefore.test(before)) return false;
  if (isCapitalisedInProse(cue.text, before)) return false;
  // “Because pain severity decreased.”, “the process slows down dramatically”: a change with no
  // agent named, which says nothing about what caused it.
  if (/^\p{L}+ed$/iu.test(cue.text) && clauseEndAfter.test(after)) return false;
  if (/^\p{L}+s$/iu.test(cue.text) && intransitiveDownAfter.test(after)) return false;
  if (/ing$/iu.test(cue.text) && /[;:]\s*$/u.test(before)) return false;
  if (researchSubjectBefore.test(before)) return false;
  if (/^damages?$/iu.test(cue.text) && nounPositionBefore.test(before)) return false;
  if (/^(?:the )?effects? (?:of|on)$/iu.test(cue.text) && topicBefore.test(before)) return false;
  if (/^responsible for$/iu.test(cue.text) && personBefore.test(before)) return false;
  if (nominalEffect.test(cue.text) && (untestedAfter.test(after) || evidenceOfBefore.test(before))) return false;
  // “Can affect health”: a possibility with no direction, not an effect found.
  if (/^affect(?:s|ed)?$/iu.test(cue.text) && modalBefore.test(before)) return false;
  if (/^cures?$/iu.test(cue.text) && cureOutcomeBefore.test(before)) return false;
  // “National guidelines help doctors decide”, “mutations … lead to low cholesterol”, “had reduced
  // their dosage”: no exposure acting on a health outcome.
  if (!isExposureEffect(text, cue)) return false;
  return !agentBefore.test(before);
}

/** “Gao and Gessler believe their therapy will be …”: a belief, not a finding. */
const beliefBefore = /\b(?:believes?|believed|thinks?|hopes?|hoped|expects?|expected)\b/iu;

/**
 * Whether the claim is put forward as tentative before the cue: a speculation hedge, including
 * “studies suggest” and “indicated”, which claim-strength leaves direct after Yu et al.'s coding
 * but which tell the reader that the evidence only points that way (“some studies suggest
 * lycopene can cut the risk”), or a belief.
 */
function isReportedAsTentative(text: string, cueStart: number): boolean {
  const before = text.slice(0, cueStart);
  if (beliefBefore.test(before)) return true;
  return (
    findHedges(before).some((hedge) => hedge.kind === 'speculation') || /\bindicat(?:e|es|ed|ing)\b/iu.test(before)
  );
}

function isAssociation(cue: DesignCue): boolean {
  return cue.id === 'association-wording';
}

/** The title, any headings before the first paragraph, and (with `lede`) that first paragraph. */
function leadBlocks(blocks: readonly Block[], lede: boolean): Set<number> {
  const lead = new Set<number>();
  for (const block of blocks) {
    if (block.role !== 'body') continue;
    if (block.kind === 'paragraph') {
      if (lede) lead.add(block.index);
      break;
    }
    lead.add(block.index);
  }
  return lead;
}

/** Whether `design` is animal or laboratory work named in the sentence before this one in its paragraph. */
function isLabWorkJustBefore(design: DesignCue, cues: readonly DesignCue[], block: Block, index: number): boolean {
  const previous = block.sentences[index - 1];
  if (!previous || (design.kind !== 'animal' && design.kind !== 'laboratory')) return false;
  return cues.some((cue) => cue === design && cue.start >= previous.start && cue.end <= previous.end);
}

function isAssignment(cue: DesignCue): boolean {
  return cue.id === 'randomised' || cue.id === 'placebo' || cue.id === 'assigned-groups';
}

/**
 * The design cues that bear on a sentence: study designs anywhere in its paragraph, wording about
 * groups or associations only in the sentences either side (further away it is usually about
 * another finding, or a passing remark such as “people who ate” in a story about something else).
 */
function cuesNear(cues: readonly DesignCue[], block: Block, index: number): DesignCue[] {
  const from = block.sentences[index - 1]?.start ?? 0;
  const to = block.sentences[index + 1]?.end ?? block.text.length;
  return cues.filter((cue) => !isGroupWording(cue) || (cue.start >= from && cue.end <= to));
}

/**
 * A source of the sentence's own that is not the study the paragraph describes: an earlier or
 * other study, or researchers named by their country (“a previous study by others found”, “a
 * recent study found”, “Italian researchers found”). Its design is unknown unless the sentence
 * names it, so the paragraph's design is not laid on it.
 */
const otherStudy =
  /\b(?:previous|earlier|prior|past|separate|another|other|older|recent)\s+(?:\p{L}+\s+)?(?:study|studies|trial|trials|research|work|analysis|report)\b|\bby others\b|\b\p{Lu}\p{Ll}+(?:an|ish|ese|ch)\s+(?:researchers|scientists|investigators|doctors|team)\b/u;

function citesOtherStudy(text: string): boolean {
  return otherStudy.test(text);
}

/** “Human volunteers”, “human marathoners”: people named as the ones the work was done in. */
const humanGroup = /\bhuman\s+(\p{Ll}+s)\b/iu;
const notPeople = new Set(['cells', 'tissues', 'genes', 'brains', 'bodies', 'beings']);
const administered = /\b(?:injecting|injected|infusing|infused)\b/iu;
const into = /\binto\b/iu;
const peopleWord = /\b(?:people|humans|volunteers|patients|men|women)\b/iu;

/** People as the subjects of the work itself: “human volunteers”, “human marathoners”, “injecting the peptide into people”. */
function isHumanStudy(text: string): boolean {
  const group = humanGroup.exec(text);
  if ((group && !notPeople.has((group[1] ?? '').toLowerCase())) || /\bvolunteers\b/iu.test(text)) return true;
  const given = administered.exec(text);
  if (!given) return false;
  const after = text.slice(given.index, given.index + 90);
  const target = into.exec(after);
  return target !== null && peopleWord.test(after.slice(target.index));
}

/** Words too common in health prose to show that two sentences are about the same exposure. */
const commonWords = new Set([
  'about', 'after', 'among', 'their', 'there', 'these', 'those', 'which', 'while', 'other', 'others', 'study',
  'studies', 'found', 'research', 'researchers', 'people', 'patients', 'women', 'children', 'adults', 'years',
  'higher', 'lower', 'levels', 'level', 'would', 'could', 'should', 'because', 'between', 'linked', 'associated',
  'reduced', 'increased', 'evidence', 'results', 'according', 'including', 'health', 'compared',
]); // prettier-ignore

/** Endings stripped to compare words (“smoking” and “smokers”, “depression” and “depressive”). */
const wordEnding = /(?:ations?|ings?|ers?|ions?|ives?|ed|es|s)$/u;

/** Stems of a text's longer words, past the words too common to show a shared topic. */
function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
    if (commonWords.has(word)) continue;
    const stem = word.replace(wordEnding, '');
    stems.add(stem.length >= 3 ? stem : word);
  }
  return stems;
}

const pronounStart = /^\W*(?:(?:and|but|so|also)\s+)?(?:it|they|this|these|such)\b/iu;

/**
 * Whether association wording in another sentence is about what this sentence claims: the two
 * share a word (“baby boxes … tied to a drop in deaths. The boxes … reduce deaths”), or the claim
 * goes on about it (“And it can boost …”). “Hot flashes are linked to declining estrogen. Hormone
 * therapy is a very effective treatment” links one thing and claims another.
 */
function sharesTopic(block: Block, sentence: Sentence, cue: DesignCue): boolean {
  if (pronounStart.test(sentence.text)) return true;
  const holder = block.sentences.find((other) => cue.start >= other.start && cue.end <= other.end);
  if (!holder) return true;
  const claimed = topicStems(sentence.text);
  for (const stem of topicStems(holder.text)) if (claimed.has(stem)) return true;
  return false;
}

/**
 * The causal cue of a sentence that overstates its evidence: any unhedged, affirmed causal claim
 * about observational evidence; about animal or cell work, one that speaks of people and does not
 * itself say “in mice” or “in cells”.
 */
function causalCue(sentence: Sentence, design: DesignCue): { start: number; end: number; text: string } | undefined {
  const causative = causativeInto.exec(sentence.text);
  if (causative && design.kind !== 'observational' && !sentence.text.trimEnd().endsWith('?')) {
    const verb = {
      start: causative.index,
      end: causative.index + (causative[1]?.length ?? 0),
      text: causative[1] ?? '',
    };
    if (isStatedFinding(sentence.text, verb) && isClaimAboutEvidence(sentence.text, verb))
      return leapToPeople(sentence, design, verb);
  }
  const claim = analyseClaim(sentence.text);
  // A question (“Can green tea boost your brainpower?”) asks; it does not claim.
  if (claim.strength !== 'direct-causal' || claim.negated || sentence.text.trimEnd().endsWith('?')) return undefined;
  const cue = claim.causal.find(
    (found) => isStatedFinding(sentence.text, found) && isClaimAboutEvidence(sentence.text, found),
  );
  if (!cue || isReportedAsTentative(sentence.text, cue.start)) return undefined;
  if (design.kind === 'observational') return cue;
  return leapToPeople(sentence, design, cue);
}

/** A claim about animal or cell work that speaks of people and does not itself say “in mice” or “in cells”. */
function leapToPeople(sentence: Sentence, design: DesignCue, cue: ClaimRange): ClaimRange | undefined {
  const labelled = findDesignCues(sentence.text).some((found) => found.kind === design.kind);
  return !labelled && people.test(sentence.text) ? cue : undefined;
}

interface ClaimRange {
  start: number;
  end: number;
  text: string;
}
