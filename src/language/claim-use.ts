import { subjectHead } from './claim-parties.js';
import { wordsAfter, wordsBefore } from './context-match.js';

/**
 * Whether benefit words found in a sentence make a claim that a treatment works, read from the
 * grammar around them rather than from the sentence's topic (issue #13, the efficacy check's
 * unread findings): “work” in another sense (“works as a stimulator”, “works with partners”); a
 * condition of use that takes the benefit as given (“works best when taken with food”, “is
 * effective for three years”, “must be taken daily to be effective”); no treatment to make the
 * claim about (“see what works”, “finding something that works”); a claim reported in order to be
 * doubted (“what it claims are proven benefits”, a “clinically proven” in scare quotes); a claim
 * limited by a negative quantifier (“surgery rarely cures them”, “few options are effective”, “not
 * necessarily effective”); a claim of harm (“boosts heart disease risk”); a
 * benefit word used as a noun (“a $920 million boost to treatment”, “the risk-benefit ratio”);
 * and a clinician at work (“he treats patients”, “the surgeon repairs the cuff”).
 */

/** “Works” and its forms as the claim's last word: “works”, “that works”, “it works”, “actually works”. */
const workVerb = /\bworks?$/iu;

/**
 * What follows “work” when it means function, labour or calculation, not success: “works as a
 * stimulator”, “works with partners”, “works like this”, “works out to a million”, “the heart
 * works harder”, “works a step further back”, “works on the serotonin receptor”.
 */
const otherSenseOfWork =
  /^\s+(?:as\b(?!\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:treatment|therapy|remedy|cure|medicine|drug|preventive|prevention)\b)|with|alongside|like|out|harder|hard|closely|together|a\s+(?:bit|little|step)|on\s+(?:the|a|an|its|their)\s+(?!\p{L}+\s+(?:patients|people|children|women|men)\b))\b/iu;

/** An adverb right after the verb (“works directly on the lining”), skipped to reach what it modifies. */
const leadingAdverb = /^\s+\p{L}+ly\b/u;

export function workInOtherSense(text: string, claimEnd: number, claimText: string): boolean {
  if (!workVerb.test(claimText)) return false;
  let after = text.slice(claimEnd, claimEnd + 60);
  const adverb = leadingAdverb.exec(after);
  if (adverb && !/^\s+only\b/iu.test(after)) after = after.slice(adverb[0].length);
  return otherSenseOfWork.test(after);
}

/** Claims whose words say that something works or is effective, which a condition of use can follow. */
const worksOrEffective = /\b(?:works?|effective|efficacious)$/iu;
/** “Works best”, “most effective if”: which way of using it works better, not whether it works. */
const bestWay = /^\s+best\b/iu;
const mostEffective = /^(?:the\s+)?most\s+effective$/iu;
/** “Is effective only if”, “is effective when taken up to five days after”, “effective as long as”. */
const onCondition = /^\s+(?:only\s+)?(?:if|when|once|provided|unless|until|as long as)\b/iu;
/** “Works without that sensation”, “works without the need for”: the manner of working, past an adverb. */
const worksWithout = /^\s+(?:\p{L}+ly\s+)?without\b/iu;
/** “Is effective for up to five days”, “are effective for three years”, “for about 6 to 12 months”. */
const forHowLong =
  /^\s+for\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|at\s+least\s+|as\s+long\s+as\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)\b(?:\s+(?:to|or|-|–)\s+\S+)?\s+(?:hours?|days?|weeks?|months?|years?)\b/iu;
/** “Must be taken daily to be effective”: what it needs in order to work, not a claim that it works. */
const toBe = /\bto\s+be\s+(?:\p{L}+ly\s+)?$/iu;
/** Verbs that raise a claim over “to be” (“shown to be effective”, “found to be”): those still claim. */
const raisingVerbs = new Set([
  'shown', 'proven', 'proved', 'found', 'believed', 'thought', 'known', 'said', 'reported', 'demonstrated', 'appears',
  'appear', 'appeared', 'seems', 'seem', 'seemed', 'considered', 'likely', 'expected', 'continues', 'continue',
]); // prettier-ignore

/**
 * “Early treatment is more effective”: a comparative with no “than” whose subject is a treatment
 * named only by its timing compares early use with late, not one treatment with another.
 */
const timedGenericSubject =
  /\b(?:early|earlier|prompt|timely|rapid|immediate)\s+(?:treatment|therapy|intervention|diagnosis|detection|care|action)\s+(?:is|are)\s+(?:\p{L}+ly\s+)?$/iu;

export function conditionOfUse(text: string, claimStart: number, claimEnd: number, claimText: string): boolean {
  const after = text.slice(claimEnd, claimEnd + 80);
  if (
    /^(?:more|better)\b/iu.test(claimText) &&
    !/\bthan\b/iu.test(claimText + after.slice(0, 40)) &&
    timedGenericSubject.test(text.slice(Math.max(0, claimStart - 60), claimStart))
  )
    return true;
  if (worksOrEffective.test(claimText) && bestWay.test(after)) return true;
  // “Sub-perception therapy works without that sensation”: how it feels or is used while working
  // (without a sensation, an injection, a need), the working taken as given.
  if (/\bworks?$/iu.test(claimText) && worksWithout.test(after)) return true;
  if (mostEffective.test(claimText) && onCondition.test(after)) return true;
  if (/\beffective$/iu.test(claimText) && (onCondition.test(after) || forHowLong.test(after))) return true;
  // “For either drug to be most effective, it needs to be given early”: what it needs to work best.
  if (
    /^(?:(?:the\s+)?(?:most|more)\s+)?effective$/iu.test(claimText) &&
    toBe.test(text.slice(Math.max(0, claimStart - 30), claimStart))
  ) {
    // “Shown PrEP to be effective” raises the claim over its subject too.
    const words = wordsBefore(text, claimStart, 7);
    return !words
      .slice(0, words.lastIndexOf('to'))
      .slice(-3)
      .some((word) => raisingVerbs.has(word));
  }
  return false;
}

/** Words that stand for no particular treatment: “see what works”, “finding something that works”. */
const indefinite = new Set(['what', 'whatever', 'something', 'anything', 'nothing', 'whichever']);

/**
 * “Figure out what actually works”, “interest in finding something that works better”: the claim
 * has no treatment as its subject, only whatever would work.
 */
export function hasIndefiniteSubject(text: string, claimStart: number, claimText: string): boolean {
  const words = wordsBefore(text, claimStart, 3);
  if (/^that\s/iu.test(claimText)) return indefinite.has(words.at(-1) ?? '');
  const subject = words.at(-1);
  // “Exercise is what works” names its treatment after all.
  return subject !== undefined && indefinite.has(subject) && !/^(?:is|are|was|were)$/u.test(words.at(-2) ?? '');
}

/**
 * Words of doubt about a claim's source: “what it claims are proven benefits”, “clinics promising
 * instant relief”, “the game, its website states, improves memory”, “a so-called cure”.
 */
const doubtingReport =
  /\b(?:claims?|claimed|claiming|touts?|touted|touting|promis(?:es|ed)|purports?|purported(?:ly)?|allegedly|supposedly|so-called|advertis(?:es|ed|ing)|(?:marketed|billed|sold)\s+as)\b|\b(?:website|web\s+site|label|packaging|ads?|advertisements?|brochures?|marketing)\b[^.;:!?]{0,40}\b(?:says?|said|states?|stated|reads?|claims?)\b/iu;

/**
 * Words that put the clause after them in doubt (JUDGING.md `negation`): “he is skeptical that the
 * products are any more effective”, “doubts that it works”, “questions whether it helps”. The
 * clause is what someone doubts, not what anyone claims.
 */
const doubtedClause =
  /\b(?:s[ck]eptical|doubtful|dubious|unconvinced|not\s+convinced)\s+(?:that|whether|about)\b|\b(?:doubts?|doubted|question(?:s|ed)?)\s+(?:that|whether)\b/iu;

/**
 * The writer's own apposition naming what was just said a claim (“have declared him cured of the
 * virus — a stunning claim in a field where …”, “…, an assertion other experts doubt”): the benefit
 * is reported as someone's claim, for the reader to weigh, not stated by the article.
 */
const calledAClaimAfter =
  /^[^.;:!?—–]{0,80}?(?:\s[—–]\s?|\s?[—–]\s|\s--\s|,\s)(?:a|an)\s(?:[\p{L}-]+\s){0,2}?(?:claim|assertion|contention)\b/iu;

/** Opening and closing quotation marks around a claim's words alone (scare quotes). */
const openingQuote = /["“‘']\s*$/u;
const closingQuote = /^\s*["”’']/u;

/**
 * A claim reported in order to be doubted (JUDGING.md `reported_claim`): after words of doubt
 * about its source in the same sentence, before the writer's apposition calling it a claim, or its words alone in quotation marks (“a supplement
 * “clinically proven” to protect your skin”, “What ‘clinically proven’ means”).
 */
export function reportedInDoubt(text: string, claimStart: number, claimEnd: number): boolean {
  if (doubtingReport.test(text.slice(Math.max(0, claimStart - 120), claimStart))) return true;
  if (calledAClaimAfter.test(text.slice(claimEnd, claimEnd + 120))) return true;
  if (doubtedClause.test(text.slice(Math.max(0, claimStart - 120), claimStart))) return true;
  return (
    openingQuote.test(text.slice(Math.max(0, claimStart - 2), claimStart)) &&
    closingQuote.test(text.slice(claimEnd, claimEnd + 2))
  );
}

/** Adverbs of frequency that deny a general claim: “surgery rarely cures them”. */
const rarely = new Set(['rarely', 'seldom', 'hardly', 'barely', 'scarcely']);
/** Words that make “few” a quantity of some (“a few”, “quite a few”), not a near-denial. */
const someFew = new Set(['a', 'quite', 'the', 'these', 'those']);

/**
 * “Surgery rarely cures them”, “few treatment options are effective”, “few medications have been
 * found effective”: a negative quantifier says that the claim mostly does not hold.
 */
export function underNegativeQuantifier(text: string, claimStart: number): boolean {
  const words = wordsBefore(text, claimStart, 6);
  if (words.slice(-3).some((word) => rarely.has(word))) return true;
  // “Natural substances are not necessarily safe and effective”: the claim is denied as a rule.
  const necessarily = words.lastIndexOf('necessarily');
  if (necessarily > 0 && words[necessarily - 1] === 'not') return true;
  const few = words.lastIndexOf('few');
  if (few < 0 || someFew.has(words[few - 1] ?? '')) return false;
  // “Few X are effective”: no clause break between “few” and the claim.
  return !words.slice(few + 1).some((word) => word === ',' || word === 'but' || word === 'and');
}

/** Benefit words that are also nouns, in their singular form: a verb here would need a plural subject. */
const singularNoun = /^(?:boost|benefit|cure|reverse)$/iu;
/** The same words in forms that are verbs as often as nouns. */
const pluralNoun = /^(?:boosts|benefits|cures|repairs|cuts)$/iu;
/** Nouns a singular benefit word can modify: “benefit data”, “the cure rate”, “reverse transcription”. */
const modifiedNoun = /^\s*(?:rates?|data|information|ratio|balance|profile|package|transcription)\b/iu;
/**
 * What follows a benefit noun: “a boost to treatment”, “repairs to a meniscus”, “benefits
 * information”. Not “benefits to”: “found benefits to EMDR” names a benefit claimed for a treatment.
 */
const nounTo = /^\s*to\b(?!\s+(?:the\s+)?(?:patients?|people|women|men|children)\b)/iu;
const takesTo = /^(?:boosts?|repairs|cuts)$/iu;
const benefitsInformation = /^\s*information\b/iu;
/** A participle of observation right after a benefit noun: “benefit seen in”, “benefits observed with”. */
const observedAfter = /^\s+(?:seen|observed|noted|reported)\b/iu;
/**
 * Verbs of finding or seeing in the past, whose object a benefit noun is a report of what was
 * observed. Not “showed” or “shown”, which a treatment can do (“the drug showed benefits”), nor the
 * present “finds”, which can state a general result of research as fact.
 */
const findingVerbs = new Set([
  'found', 'saw', 'seen', 'observed', 'noted', 'noticed', 'reported', 'documented', 'recorded', 'identified',
]); // prettier-ignore

/** Words that open a new clause between a verb of finding and a later benefit noun (“found that it has benefits”). */
const clauseOpeners = new Set([
  'that', 'which', 'who', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'brings', 'offers',
]); // prettier-ignore

/** The present perfect's auxiliary: “studies have found benefits”, “we've seen benefits” state what is known, not one finding. */
const perfectAuxiliary = /^(?:has|have|\p{L}+['’]ve)$/u;

/**
 * Whether a benefit noun at `claimStart` is the object of a verb of finding in the simple past, with
 * at most three words of a noun phrase between them (“found major long-lasting benefits”, “reported
 * clear benefits”): one finding told as what was seen.
 */
function foundAsObject(text: string, claimStart: number): boolean {
  const words = wordsBefore(text, claimStart, 5);
  const verb = words.findLastIndex((word) => findingVerbs.has(word));
  if (verb < 0) return false;
  // Past an adverb to the auxiliary: “studies have also found”, “we have consistently seen”.
  let auxiliary = verb - 1;
  while (auxiliary > 0 && /^(?:also|already|\p{L}+ly)$/u.test(words[auxiliary]!)) auxiliary--;
  if (perfectAuxiliary.test(words[auxiliary] ?? '')) return false;
  const between = words.slice(verb + 1);
  return between.length <= 3 && between.every((word) => !notNounPhrase.has(word) && !clauseOpeners.has(word));
}

/** Words that, between a determiner and a benefit word, leave it a noun (“the greatest apparent benefit”). */
const notNounPhrase = new Set([
  'it', 'they', 'this', 'that', 'which', 'who', 'he', 'she', 'also', 'and', 'or', ',', 'to', 'can', 'will', 'may',
  'further', 'often', 'not', 'then',
]); // prettier-ignore
const nounDeterminers = new Set([
  'the', 'a', 'an', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'other', 'additional', 'any', 'no',
  'such',
]); // prettier-ignore

/** Verbs whose object a benefit noun is claimed for a treatment: “provides a survival benefit”. */
const givingVerbs = new Set([
  'provides', 'provide', 'offers', 'offer', 'gives', 'give', 'confers', 'confer', 'delivers', 'deliver', 'brings',
  'bring', 'has', 'have', 'shows', 'show', 'yields', 'yield',
]); // prettier-ignore

/**
 * “A $920 million boost to medication-assisted treatment”, “making repairs to a torn meniscus”,
 * “the risk-benefit ratio”, “benefits information”, “the greatest apparent benefit came from”:
 * the benefit word is a noun, not a verb saying what a treatment does.
 */
export function benefitWordAsNoun(text: string, claimStart: number, claimEnd: number, claimText: string): boolean {
  const singular = singularNoun.test(claimText);
  if (!singular && !pluralNoun.test(claimText)) return false;
  const after = text.slice(claimEnd, claimEnd + 30);
  if ((takesTo.test(claimText) && nounTo.test(after)) || benefitsInformation.test(after)) return true;
  // “Acupuncture Benefit Seen in Pregnancy”, “benefits observed in the trial”: the noun heads a
  // reduced passive of observation, a report of what someone saw, not a claim that a treatment works.
  if (/^(?:benefit|benefits)$/iu.test(claimText) && observedAfter.test(after)) return true;
  // Round 27: “Dr. Twells and colleagues found major long-lasting benefits”, “studies have found
  // benefits to EMDR”: the noun as what someone found or saw, the same report of an observation.
  if (/^(?:benefit|benefits)$/iu.test(claimText) && foundAsObject(text, claimStart)) return true;
  // “Patients with the disease benefit from surgery”: “benefit from” is the verb.
  if (!singular || /^\s*from\b/iu.test(after)) return false;
  if (/-$/u.test(text.slice(0, claimStart)) || modifiedNoun.test(after)) return true;
  // “The greatest apparent benefit”, “a $920 million boost”, “the mood boost”: a determiner before
  // it and no plural noun right before it (“the new drugs boost levels” is a verb after its subject).
  const words = wordsBefore(text, claimStart, 4);
  const determiner = words.findLastIndex(
    (word) => nounDeterminers.has(word) || /^\$|\d/u.test(word) || /['’]s$/u.test(word),
  );
  if (determiner < 0 || words.slice(determiner + 1).some((word) => notNounPhrase.has(word))) return false;
  // “Surgery provides a significant survival benefit”: the noun is what a treatment gives, a claim still.
  if (givingVerbs.has(words[determiner - 1] ?? '')) return false;
  const previous = words.at(-1) ?? '';
  return determiner === words.length - 1 || !/[^s']s$/u.test(previous);
}

/** Adjective endings: “endovascular”, “surgical”, “laparoscopic”, “invasive”, “coronary”. */
const adjectiveEnding = /^[a-z-]{4,}(?:ar|al|ic|ive|ous|ary)$/iu;
/** Words before an adjective that open a noun phrase: a verb of having or undergoing, a determiner, a preposition. */
const nounPhraseOpeners = new Set([
  'had', 'have', 'has', 'having', 'underwent', 'undergo', 'undergoes', 'undergoing', 'received', 'receive', 'receiving',
  'needed', 'need', 'needing', 'get', 'got', 'the', 'a', 'an', 'their', 'his', 'her', 'of', 'for', 'after', 'with',
  'and', 'or', 'than', 'in', 'from', 'before', 'by',
]); // prettier-ignore

/**
 * “Patients who took statins and had endovascular repairs”: a plural benefit word after an
 * adjective that follows a verb of having or a determiner names a procedure (a noun), not what a
 * treatment does. Only the words that are procedures or amounts as nouns (repairs, cuts, boosts).
 */
export function pluralNounAfterAdjective(text: string, claimStart: number, claimText: string): boolean {
  // Not “benefits” or “cures”: “economic benefits”, “miracle cures” still name a benefit as a noun.
  if (!/^(?:repairs|cuts|boosts)$/iu.test(claimText)) return false;
  const [opener, adjective] = wordsBefore(text, claimStart, 2);
  return (
    adjective !== undefined &&
    opener !== undefined &&
    adjectiveEnding.test(adjective) &&
    nounPhraseOpeners.has(opener.toLowerCase())
  );
}

/**
 * “It … cuts way back on oils, nuts and fatty meats”: “cut back on” says what a diet or a person
 * consumes less of, its make-up, not a benefit.
 */
export function cutsBackOn(text: string, claimEnd: number, claimText: string): boolean {
  return /^cut/iu.test(claimText) && /^\s+(?:\w+ly\s+|way\s+)?back\s+on\b/iu.test(text.slice(claimEnd, claimEnd + 30));
}

/** Tests and scans as the subject: what they spare people is the test's safety, not a treatment's effect. */
const testSubjects = /\b(?:test|tests|scan|scans|assay|screen|biopsy|method)\s*$/iu;

/**
 * “The new test eliminates the risk of miscarriage”: a test that avoids another test's harm says the
 * test is safe, not that a treatment works (JUDGING.md `not_efficacy`).
 */
export function testSparesRisk(text: string, claimStart: number, claimEnd: number, claimText: string): boolean {
  return (
    /^(?:eliminat|avoid)/iu.test(claimText) &&
    /^\s+(?:the\s+|any\s+)?risks?\b/iu.test(text.slice(claimEnd, claimEnd + 20)) &&
    testSubjects.test(text.slice(Math.max(0, claimStart - 30), claimStart))
  );
}

/** Verbs of promising and selling right before a claim: “clinics … promising instant relief”. */
const promisingBefore =
  /\b(?:promising|promises|promised|promise|touting|touts|touted|advertising|advertises|advertised)\s+$/iu;
/** Doubt about the evidence in the paragraph: “scant evidence”, “unproven”, “little evidence”. */
const evidenceDoubt =
  /\b(?:scant|little|no|limited|lack of|without|thin|weak|insufficient)\s+(?:\w+\s+)?(?:evidence|data|proof|research)\b|\bunproven\b|\bnot (?:been )?proven\b/iu;

/**
 * “Clinics have opened … promising instant relief”, with “scant evidence on long-term benefits” in
 * the paragraph: a seller's promise reported in order to be questioned (JUDGING.md
 * `reported_claim`). “A promising treatment” (an adjective after a determiner) is not a promise.
 */
export function promiseReportedInDoubt(text: string, claimStart: number, paragraph: string): boolean {
  const before = text.slice(Math.max(0, claimStart - 30), claimStart);
  if (!promisingBefore.test(before)) return false;
  const [previous] = wordsBefore(text, claimStart, 2);
  if (previous !== undefined && /^(?:a|an|the|very|most|more|highly|particularly)$/iu.test(previous)) return false;
  return evidenceDoubt.test(paragraph);
}

/** People who treat: a clinician's verb of practice is their work, not a treatment's effect. */
const clinicians = new Set([
  'he', 'she', 'physician', 'physicians', 'surgeon', 'surgeons', 'doctor', 'doctors', 'dentist', 'dentists', 'nurse',
  'nurses', 'clinician', 'clinicians', 'specialist', 'specialists',
]); // prettier-ignore
const practiceVerb = /^(?:treats?|cuts|repairs(?:\s+the)?|removes)$/iu;

/** “A practising physician, he treats patients”, “the surgeon repairs the rotator cuff”, “a physician cuts away tissue”. */
export function clinicianAtWork(text: string, claimStart: number, claimText: string): boolean {
  if (!practiceVerb.test(claimText)) return false;
  const subject = wordsBefore(text, claimStart, 3)
    .filter((word) => !word.endsWith('ly') && word !== 'then' && word !== 'also')
    .at(-1);
  return subject !== undefined && clinicians.has(subject);
}

/**
 * Tests, scans and scores, and the measures of their accuracy (“the sensitivity of the test is much
 * better than …”, round 25): what a comparison of accuracy is about.
 */
const testNouns = new Set([
  'test', 'tests', 'scan', 'scans', 'assay', 'assays', 'score', 'scores', 'biopsy', 'biopsies', 'screen', 'mammogram',
  'mammograms', 'mammography', 'imaging', 'mri', 'sensitivity', 'specificity', 'accuracy',
]); // prettier-ignore
const comparativeClaim = /^(?:(?:is|are)\s+)?(?:more\s+(?:effective|accurate)|better\s+than|superior\s+to)\b/iu;

/**
 * “Newer Genetic Test for Autism More Effective”, “the new score is superior to troponin”: a
 * test compared with others finds disease better, which is its accuracy, not a treatment's benefit
 * (the comparison needs sensitivity and specificity, not a hedge).
 */
export function comparesTestAccuracy(text: string, claimStart: number, claimEnd: number, claimText: string): boolean {
  if (!comparativeClaim.test(claimText)) return false;
  const subject = subjectHead(text, { start: claimStart, end: claimEnd, text: claimText });
  return subject !== undefined && testNouns.has(subject);
}

/**
 * Processes in the body a drug acts on: “halts production of estrogen”, “boosts the teeth's natural
 * healing process”, “prevent RAD51 focus formation, reduce DNA repair”.
 */
const bodilyProcesses = new Set([
  'production', 'secretion', 'release', 'expression', 'metabolism', 'expenditure', 'synthesis', 'uptake', 'absorption',
  'signalling', 'signaling', 'activation', 'transcription', 'replication', 'process', 'processes', 'oxidation',
  'repair', 'phosphorylation', 'ubiquitination',
]); // prettier-ignore
const increaseOrDecrease =
  /^(?:boosts?|halts?|lowers?|reduces?|improves?|enhances?|curbs?|stops?|slows?|cuts?|prevents?)$/iu;
/** “Works to stop”, “acts to reduce”: a verb of change after “works to”, whose object is then read. */
const worksToChange =
  /^\s+to\s+(?:boost|halt|lower|reduce|improve|enhance|curb|stop|slow|cut|prevent|block|inhibit|suppress|increase|decrease)\b/iu;
/**
 * The body's molecules and the structures they build, as a changed object (“boosts proteins”,
 * “increases the number of synapses”): a laboratory measure of how something acts, not a benefit
 * to anyone's health (JUDGING.md `mechanism`).
 */
const molecularParts = new Set([
  'proteins', 'protein', 'enzymes', 'enzyme', 'receptors', 'receptor', 'genes', 'gene', 'synapses', 'neurotransmitters',
  'mitochondria', 'molecules', 'peptides',
]); // prettier-ignore
/** Words for an amount of something (“the volume of”, “levels of”), read past to the thing itself. */
const quantityWords = new Set([
  'volume', 'amount', 'amounts', 'level', 'levels', 'number', 'numbers', 'concentration', 'activity', 'function',
]); // prettier-ignore
/** Words that qualify a process noun before it: determiners and up to two modifiers (“human NAD+ metabolism”). */
const objectLeads = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'this', 'that', 'these']);

/** A comparison's measure that is a substance the body or a device makes: “in terms of the total amount of NAD+ produced”, “in producing vitamin D3”. */
const substanceMeasure =
  /\bin\s+terms\s+of\s+(?:the\s+)?(?:total\s+)?(?:amount|amounts|level|levels|concentration|production|yield)\s+of\b|\b(?:in|at)\s+(?:producing|making|generating|synthesi[sz]ing)\s/iu;
/** Comparisons and superlatives of benefit: “superior to”, “better than”, “more effective”. */
const comparativeWording = /\b(?:superior|better|more|most|less)\b/iu;

/**
 * “Oral NR is superior to nicotinamide … in terms of the total amount of NAD+ produced”, “LED lights
 * more effective in producing vitamin D3 than sunlight”: a comparison measured in a substance made
 * is how well something acts on body chemistry (JUDGING.md `mechanism`), not a health benefit (round 25).
 */
export function comparedOnSubstance(text: string, claimEnd: number, claimText: string): boolean {
  return comparativeWording.test(claimText) && substanceMeasure.test(text.slice(claimEnd, claimEnd + 120));
}

/**
 * “Lupron halts production of estrogen”, “oral NR safely boosts human NAD+ metabolism”, “the
 * ovaries curb production of hormones”, “sound waves improve intestinal drug absorption”: a change
 * in a process of the body is how something acts (JUDGING.md `mechanism`), not a health benefit.
 */
export function actsOnBodilyProcess(text: string, claimEnd: number, claimText: string): boolean {
  let objectAt = claimEnd;
  if (!increaseOrDecrease.test(claimText)) {
    // “Tamiflu works to stop viral replication”: “works to” with a verb of change says what the drug
    // does to a process, as the verb alone would (“stops viral replication”).
    const purpose = /^(?:works?|acts?)$/iu.test(claimText) ? worksToChange.exec(text.slice(claimEnd)) : null;
    if (!purpose) return false;
    objectAt = claimEnd + purpose[0].length;
  }
  const words = wordsAfter(text, objectAt, 6).filter((word) => !objectLeads.has(word));
  // “Boosts the volume of proteins in the brain”: an amount of the body's molecules is a process
  // measure too; the molecules head the object, right after their quantity word.
  const quantity = quantityWords.has(words[0] ?? '') && words[1] === 'of' ? 2 : 0;
  if (molecularParts.has(words[quantity] ?? '')) return true;
  return words.slice(0, 4).some((word) => bodilyProcesses.has(word));
}

/** “Helps teach the body to tolerate”, “helps the immune system recognise”, “helps cells repair”: the body or its cells act. */
const bodyActsAfterHelps =
  /^\s+(?:(?:teach|train|allow|enable|let|prompt|signal|tell)\s+)?(?:(?:the|your|our|their|its)\s+)?(?:body|immune\s+system|cells)\s+(?:to\s+)?(?:better\s+)?\p{L}+/iu;

/**
 * “Immunotherapy helps teach the body to better tolerate pollen”, “vitamin D helps the body absorb
 * calcium”: what the body or its cells do with a treatment's help is how it acts (physiology,
 * JUDGING.md `mechanism`), not a benefit said to reach the person.
 */
export function helpsTheBodyAct(text: string, claimEnd: number, claimText: string): boolean {
  return /^helps?$/iu.test(claimText) && bodyActsAfterHelps.test(text.slice(claimEnd, claimEnd + 80));
}

/**
 * “Helps to bring credibility”, “helps track and learn which doses work”, “helps facilitate the
 * entry of fatty acids”: what is helped is learning, recording, conveying or enabling a process,
 * not anyone's health (JUDGING.md `not_efficacy`, `mechanism`). The verb after “help” says so,
 * past an optional person who is helped and an opening quotation mark. Not a test's work (“helps
 * identify risk”, “helps doctors assess”): editors reading whole documents flagged that as a claim.
 */
const nonHealthTaskAfterHelps =
  /^\s+(?:(?:doctors|clinicians|physicians|researchers|scientists|users|us|them|you|people)\s+)?(?:to\s+)?["“']?(?:bring|track|learn|facilitate|explain|understand|decide|guide|choose|know|record|spread|raise|build|fund|promote|answer|show)\b/iu;

/** Whether a bare “help” claim helps a task of knowing or a process rather than health (`nonHealthTaskAfterHelps`). */
export function helpsNonHealthTask(text: string, claimEnd: number, claimText: string): boolean {
  return /^helps?(?:\s+to)?$/iu.test(claimText) && nonHealthTaskAfterHelps.test(text.slice(claimEnd, claimEnd + 60));
}

/** People as a claim's subject: “patients improve their depression”. */
const peopleSubjects = new Set([
  'people', 'patients', 'adults', 'children', 'kids', 'women', 'men', 'players', 'participants', 'users', 'they',
]); // prettier-ignore

/**
 * “You see lots of patients improve their depression”, “12 patients reversed their condition”:
 * people getting better (or being helped to) is what happened to them, not a claim that a named
 * treatment works. With a modal it says what they can do with something (“people can ward off a
 * disease by taking ibuprofen”), which is still a claim.
 */
export function peopleImproveThemselves(text: string, claimStart: number, claimEnd: number): boolean {
  const subject = wordsBefore(text, claimStart, 2).at(-1);
  if (subject === undefined || !peopleSubjects.has(subject)) return false;
  return /^(?:their|his|her)$/u.test(wordsAfter(text, claimEnd, 1)[0] ?? '');
}

/** Verbs that make something grow: with a harm as object they claim a harm, not a benefit. */
const increaseVerb = /^(?:boosts?|enhances?|raises?|increases?|strengthens?)$/iu;
const harms = new Set([
  'risk',
  'risks',
  'damage',
  'death',
  'deaths',
  'mortality',
  'harm',
  'harms',
  'toxicity',
  'virulence',
]);
/** Verbs that make something shrink: with a good as object they claim a harm. */
const decreaseVerb = /^(?:reduces?|lowers?|cuts?|halts?|slows?|impairs?|shortens?)$/iu;
/**
 * What people lose when it shrinks (“reduces powers of perception”, “the chance of recovery”), and a
 * treatment's good itself (“postoperative mortality reduces its therapeutic benefit”, “lowers the
 * effectiveness of the pill”): a harm, or a limit on a benefit, not a benefit.
 */
const goods = new Set([
  'survival', 'recovery', 'fertility', 'function', 'functioning', 'perception', 'concentration', 'judgment',
  'judgement', 'memory', 'cognition', 'mobility', 'immunity', 'lifespan', 'benefit', 'benefits', 'effectiveness',
  'efficacy',
]); // prettier-ignore
/** Words that end a noun phrase after its head (“the chance of recovery with …”, “risk, said Clark”). */
const afterHead = new Set(['of', ',', 'and', 'or', 'in', 'by', 'with', 'for', 'among', 'from', 'to']);

/** Whether one of `heads` is the head of a noun in the claim's object (“memory decline” is not memory). */
function objectHeadIn(text: string, claimEnd: number, heads: ReadonlySet<string>): boolean {
  const words = wordsAfter(text, claimEnd, 7).filter((word) => !objectLeads.has(word));
  return words
    .slice(0, 4)
    .some((word, index) => heads.has(word) && (words[index + 1] === undefined || afterHead.has(words[index + 1]!)));
}

/**
 * “Chocolate … boosts heart disease risk”, “short sleep reduces powers of perception”, “each
 * one-hour delay reduces the chance of recovery”: the verb moves a harm up or a good down, a
 * claim of harm (which this check leaves to others, RULES.md), not of benefit.
 */
/**
 * “Metabolizing lipids helps prostate cancer escape anti-androgen therapy”, “helps the virus spread”:
 * what is helped is a disease or a germ at work, a harm.
 */
const diseaseHelpedAfter =
  /^\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:cancers?|tumou?rs?|virus(?:es)?|bacteria|bugs?|infections?|parasites?|pathogens?)\s+(?:to\s+)?(?:escape|grow|spread|survive|evade|resist|thrive|multiply|invade|replicate)\b/iu;

export function claimsHarm(text: string, claimEnd: number, claimText: string): boolean {
  const verb = claimText.split(/\s+/u).at(-1) ?? '';
  if (/^helps?$/iu.test(verb)) return diseaseHelpedAfter.test(text.slice(claimEnd, claimEnd + 80));
  if (increaseVerb.test(verb)) return objectHeadIn(text, claimEnd, harms);
  if (decreaseVerb.test(verb)) return objectHeadIn(text, claimEnd, goods);
  return false;
}

/**
 * Promotion quoted as such: “an ad … called it a ‘major new breakthrough’”, “an advertisement … for
 * a seminar that called Zerona ‘the holy grail’”, “the company's website touts it as”, “according
 * to the company website, Proleva is a …”. The words are the seller's, reported so that the
 * article can weigh them (JUDGING.md `reported_claim`).
 */
const promotionNoun =
  /\b(?:ads?|adverts?|advertisements?|commercials?|infomercials?|brochures?|leaflets?|flyers?|websites?|web\s+sites?|labels?|packaging|marketing|sales\s+pitch(?:es)?|press\s+kits?)\b/giu;
const reportingVerb =
  /\b(?:says?|said|states?|stated|reads?|claims?|claimed|calls?|called|touts?|touted|dubs?|dubbed|bills?|billed|hails?|hailed|describes?|described|promises?|promised)\b/giu;
const accordingTo = /\baccording\s+to\b/iu;

/** How far the promotion may stand from its verb, and the verb from the quoted words. */
const nounToVerb = 80;
const verbToClaim = 40;

/** Whether the words at `claimStart` are a promotion's, quoted by the sentence that holds them. */
export function saidInPromotion(sentenceText: string, claimStart: number): boolean {
  const window = sentenceText.slice(Math.max(0, claimStart - 160), claimStart);
  // Only the clause the words are in: a full stop, semicolon, “!” or “?” ends the report.
  let from = window.length;
  while (from > 0 && !'.;!?'.includes(window[from - 1]!)) from--;
  const clause = window.slice(from);
  const nouns = [...clause.matchAll(promotionNoun)];
  if (nouns.length === 0) return false;
  // “According to the company website, Proleva is …”: the promotion is named as the source.
  const according = accordingTo.exec(clause);
  if (according && nouns.some((noun) => noun.index - according.index <= 40 && noun.index > according.index)) {
    return true;
  }
  const firstNounEnd = nouns[0]!.index + nouns[0]![0].length;
  return [...clause.matchAll(reportingVerb)].some(
    (verb) =>
      verb.index >= firstNounEnd &&
      verb.index - firstNounEnd <= nounToVerb &&
      clause.length - (verb.index + verb[0].length) <= verbToClaim,
  );
}

/**
 * What a verb of improving can act on that is no one's health: the choices, access or supply of
 * care (“new drugs improve options for melanoma patients”, “expands access to treatment”, “increases
 * the choices open to women”). More to choose from says nothing about whether any of it works
 * (JUDGING.md `not_efficacy`; holdout13).
 */
const choiceNouns =
  /^\s+(?:(?:the|their|its|our|your|more|new|better|wider|further)\s+)?(?:\p{L}+\s+){0,2}?(?:options|choices|alternatives|access|availability|opportunities|selection)\b/iu;
const improvingVerb = /^(?:improves?|expands?|broadens?|widens?|increases?|boosts?|enhances?|extends?)$/iu;

/** Whether a verb of improving has as its object the choices, access or supply of care rather than a health outcome. */
export function improvesChoices(text: string, claimEnd: number, claimText: string): boolean {
  return improvingVerb.test(claimText) && choiceNouns.test(text.slice(claimEnd, claimEnd + 60));
}
