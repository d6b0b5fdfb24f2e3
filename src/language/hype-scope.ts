/**
 * What a hype word is said of, when it is not the treatment or finding an article reports (round
 * 17, the thirteenth holdout's background class): a field's progress over the years up to now, a
 * rise in a risk of harm, a discovery still hoped for, an event dated years back. Hype is wording
 * that oversells a benefit; these praise or stress something else. Each is read from the sentence's
 * words alone.
 */

/** A span of years reaching to now: “in recent years”, “over the past decade”, “in the past few years”. */
const spanOfYears =
  /\b(?:in|over|during|for)\s(?:the\s)?(?:recent|past|last)\s(?:(?:few|several|two|three|four|five|ten|twenty|\d+)\s)?(?:years|decades?)\b|\bin recent (?:years|decades)\b/iu;
/** A plural noun: “breakthroughs”, “discoveries”, “improvements”, “advances”. */
const pluralNoun = /^\p{Ll}{3,}(?:[^s]s|ies)$/u;

/**
 * Whether the hype word praises a field's progress over the years up to now (“in recent years,
 * scientists have made some breakthrough discoveries about how we age”, “over the past decade there
 * have been dramatic improvements in breast reconstruction”): many advances, a plural, told as
 * background to the news. One result over the same span (“our experience over the last five years
 * has been phenomenal”) is a finding and stays.
 */
export function progressOverYears(sentence: string, hype: string, after: string): boolean {
  if (!spanOfYears.test(sentence)) return false;
  const last = hype.toLowerCase().split(/\s+/u).at(-1) ?? '';
  const next = /^\s?(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  return pluralNoun.test(last) || pluralNoun.test(next);
}

/** A verb or noun of rising: “increases”, “raised”, “heightens”, “a rise”. */
const rising = /^(?:(?:increas|rais|heighten|elevat|boost|doubl|tripl|multipl)\p{L}*|rise|rises|rising|rose|risen)$/iu;
/** A risk as the thing that rises. */
const riskNoun = /^(?:risks?|odds|dangers?|likelihood|hazards?)$/iu;

/** A determiner opening the object of a verb: “increases the risk”, “raised their odds”. */
const determiner = /^(?:the|a|an|their|its|his|her|your|our|one's|one’s)$/iu;

/**
 * Whether the hype word stresses a verb that raises a risk (“using opioids and benzodiazepines
 * dramatically increases the risk of drug overdose”): a harm told with emphasis, not a benefit
 * oversold. A rise in survival or a fall in risk is a benefit and stays. Only a verb with the risk
 * as its object counts: a past participle is read as a verb when a determiner follows it
 * (“increased the risk”), and as an adjective when a determiner or possessive comes right before
 * the hype word (round 29: “to reduce her dramatically increased breast cancer risk”, a carrier's
 * high risk, judged `off_topic`); then the risk noun it qualifies names the harm. A bare participle
 * (“dramatically increased breast cancer risk”) may be either, and is not read. `wordBefore` is the
 * word right before the hype word, if any.
 */
export function amplifiesARisingRisk(hype: string, after: string, wordBefore = ''): boolean {
  const words = hype.toLowerCase().split(/\s+/u);
  const following = after
    .slice(0, 60)
    .toLowerCase()
    .split(/[\s,;:.]+/u)
    .filter(Boolean);
  const inHype = rising.test(words.at(-1) ?? '');
  const verb = inHype ? (words.at(-1) as string) : (following[0] ?? '');
  if (!rising.test(verb)) return false;
  const object = inHype ? following : following.slice(1);
  const attributive = inHype && determiner.test(wordBefore);
  if (/ed$/u.test(verb) && !attributive && !determiner.test(object[0] ?? '')) return false;
  return object.slice(0, 4).some((word) => riskNoun.test(word));
}

/**
 * A condition on attaining something not yet had: “unless we find some … breakthrough”, “if
 * someone develops a miracle cure”. The hype word is then an indefinite object of finding, a
 * discovery hoped for, not the treatment at hand (“if confirmed, the drug would be a game changer”
 * still says it of the drug).
 */
const hopedForFind =
  /\b(?:find|finds|found|make|makes|made|get|gets|achieve|achieves|develop|develops|discover|discovers|come up with|comes up with)\s(?:[\p{L}-]+\s)?(?:an?|some|any|another)\s(?:(?:\.\.\.|…)\s?)?(?:[\p{L}-]+\s){0,2}$/iu;
/** The word opening a condition. */
const conditionWord = /\b(?:unless|if|until)\s/giu;

/** Whether the hype word is the indefinite object of a find still hoped for (see `hopedForFind`), in the condition's own clause. */
export function hopedForDiscovery(before: string): boolean {
  const near = before.slice(-120);
  const opening = [...near.matchAll(conditionWord)].at(-1);
  if (opening === undefined) return false;
  const clause = near.slice(opening.index);
  return !/[,;:!?]/u.test(clause) && hopedForFind.test(clause);
}

/**
 * A hope or expectation told as past, of what something would be (“there was tremendous hope that
 * this approach would be a major leap forward”, “researchers had hoped the drug would prove a
 * breakthrough”): what people once hoped, recalled, not a claim that it is so (round 27,
 * `reported_claim`). The hype word ends the clause the “would” opens.
 */
const pastHope =
  /\b(?:there\s(?:was|were)\s(?:(?:great|high|much|tremendous|real|some|enormous|widespread)\s)?(?:hopes?|expectations?|optimism)|had\shoped|hoped|was\sexpected|were\sexpected)\b[^.;!?]{0,100}$/iu;
/** The “would be a” the hype word completes, read first so that `pastHope` is tried only on the words before it. */
const wouldBe =
  /\bwould\s(?:be|become|prove|provide|offer|mark|bring)\s(?:(?:to\sbe|an?|the)\s)?(?:[\p{L}-]+\s){0,2}$/iu;

/** Whether the sentence before the hype word tells a past hope of what something would be (see `pastHope`). */
export function recallsAPastHope(before: string): boolean {
  const near = before.slice(-160);
  const would = wouldBe.exec(near);
  return would !== null && pastHope.test(near.slice(0, would.index));
}

/**
 * A word of harm set beside the hype word with a comma or “and” (“a false positive that can kick-start
 * unnecessary, life-changing treatment”, “painful and life-changing surgery”): the two adjectives
 * describe the same thing, so the hype word stresses a burden, not a benefit (round 27, `off_topic`).
 * Without the comma or “and” the harm word is part of the name (“minimally invasive breakthrough
 * treatment”) and tells nothing of the hype word.
 */
const harmBeside =
  /\b(?:unnecessary|needless|unneeded|invasive|painful|risky|harmful|debilitating|devastating|disfiguring|toxic|dangerous|traumatic|frightening)(?:,|\sand)\s$/iu;

/** Whether the hype word is paired with a word of harm (see `harmBeside`). */
export function pairedWithAHarm(before: string): boolean {
  return harmBeside.test(before.slice(-40));
}

/** An event dated years back: “nearly four years ago”, “decades ago”. */
const yearsAgo =
  /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s)?(?:years|decades)\sago\b/giu;

/**
 * Whether the sentence dates what it tells years back (“the astonishing case of an AIDS patient who
 * seems to be cured … nearly four years ago in Berlin”): a past event told as background. Not a span
 * from then to now (“the biggest game changer since the pill 50 years ago”), and not “a year ago”.
 */
export function datedYearsAgo(sentence: string): boolean {
  for (const match of sentence.matchAll(yearsAgo)) {
    if (/\bsince\b/iu.test(sentence.slice(Math.max(0, match.index - 60), match.index))) continue;
    return true;
  }
  return false;
}

/**
 * A result undone later in the sentence: “… and then they didn't pan out in later trials”, “have
 * shown great promise in phase 1 and then not panned out in phase 2” (round 21: a bare “not” before
 * a participle, the auxiliary said once for both verbs), “… but fizzled in larger trials”.
 */
const undoneAfterwards =
  /\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|have not|haven['’]t|has not|hasn['’]t|had not|hadn['’]t|failed to|never|not)\s(?:pan(?:ned)? out|h(?:o|e)ld up|materiali[sz]ed?|replicated?|last(?:ed)?|work(?:ed)? out|b(?:ea|o)re? out|borne out)\b|\b(?:were|was|have not been|has not been)\s(?:not\s|never\s)?(?:disproved|refuted|not confirmed|not replicated|not reproduced)\b|\b(?:fizzled|flopped|fell flat)\b/iu;

/**
 * Whether the sentence, after the hype word, says the result it praises came to nothing (“other
 * potential therapies had some early exciting results and then they didn't pan out in later
 * trials”): the praise is told in order to deny it, as a negation does (round 19).
 */
export function undoneLater(after: string): boolean {
  return undoneAfterwards.test(after);
}

/**
 * Words of difference or variation an adverb of emphasis may stress: “strikingly different”,
 * “remarkably varied”, and (round 29) “strikingly distinct patterns of brain activation”, a
 * difference between groups described, judged debatable, not a benefit.
 */
const likeness = /^(?:different|distinct|dissimilar|varied|variable|diverse|heterogeneous|inconsistent)$/iu;

/**
 * Whether an adverb of emphasis stresses a difference or variation (“there were strikingly
 * different responses due to the participants' initial microbiome”): how varied things are, most
 * often a caveat, not a benefit oversold (round 19). A likeness (“strikingly similar effects of the
 * two diets”) is left: it is often the finding itself, a null comparison stressed. `next` is the
 * word after the hype word.
 */
export function stressesALikeness(hype: string, next: string): boolean {
  return /ly$/iu.test(hype) && likeness.test(next);
}

/**
 * An organism's evolved trait told as natural history: “they have evolved to convert light into
 * energy with incredible efficiency” (bacteria whose pigment became a drug), “over millions of years
 * of evolution”. The hype word then praises nature, not the treatment or finding the article reports
 * (round 21). Things that “evolved” as technology does are told with other words after it (“has
 * evolved into a tool”, “evolved to the point where”), which are not read.
 */
const evolvedTrait =
  /\b(?:have|has|had)\s(?:(?:all|also|each|both)\s)?evolved\sto\s(?!the\spoint\b)\p{L}|\b(?:millions|thousands)\sof\syears\sof\sevolution\b|\b(?:through|by)\snatural\sselection\b/iu;

/** Whether the words of the sentence before the hype word tell an organism's evolved trait (see `evolvedTrait`). */
export function toldAsNaturalHistory(before: string): boolean {
  return evolvedTrait.test(before);
}

/**
 * A call for evidence said of the thing the hype word names: “this new era in testing needs
 * independent study”, “the so-called breakthrough requires rigorous evaluation”. The sentence says
 * the thing is not yet shown, as sceptics do, and makes no claim of benefit (round 21). A plain
 * “more research is needed” elsewhere in the sentence is not read: only a predicate of the hype
 * word's own noun phrase, within a few words after it.
 */
const needsEvidence =
  /^(?:\s[\p{L}'’-]+){0,3}\s(?:needs|need|require|requires|deserves?|warrants?|calls for|demands?)\s(?:much\s)?(?:independent|further|more|rigorous|careful|closer|larger|proper|scientific|outside)\s(?:study|studies|research|scrutiny|evaluation|testing|evidence|validation|oversight|investigation|review)\b/iu;

/** Whether the words after the hype word say that what it names still needs study (see `needsEvidence`). */
export function needsStudyFirst(after: string): boolean {
  return needsEvidence.test(after);
}
