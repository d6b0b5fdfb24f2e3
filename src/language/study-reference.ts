/**
 * Wording by which unnamed-sounding research points at the study an article reports (round 17, the
 * thirteenth holdout's `own_study_source`): research its own team carried out, research told as
 * preliminary in the present of news, and research right after the sentence naming “the new paper”.
 * Each is read from the words alone; the rule applies them only when the article identifies a study.
 */

/** Research nouns a vague attribution may open on. */
const researchNoun = /^(?:according to (?:the )?)?(?:research|studies|study|findings|data|trials|experiments)\b/iu;

/**
 * A verb of carrying out research right before the research (“a team led by Dr. Patrick McGeer has
 * successfully carried out studies suggesting that …”, “scientists who conducted experiments
 * showing”): the studies are the work of the sentence's subject, not evidence credited to others.
 */
const carriedOut =
  /\b(?:carried out|conducted|completed|performed|ran|run|undertaken|undertook)\s(?:(?:several|two|three|new|early|a series of|a number of|some|their|its)\s){0,2}$/iu;

/** Whether research is the object of a verb of carrying it out (see `carriedOut`). */
export function researchCarriedOut(before: string, attribution: string): boolean {
  return researchNoun.test(attribution) && carriedOut.test(before.slice(-60));
}

/** “Preliminary” right before research, with at most one word between (“preliminary clinical research”). */
const preliminaryBefore = /\bpreliminary\s(?:[\p{L}-]+\s)?$/iu;
/** The perfect or the past: background told as what research has shown, not the news. */
const perfectOrPast = /\b(?:has|have|had)\b|(?:ed|found|shown|showed|proven|shown)$/iu;

/**
 * Whether research is told as preliminary, in the present of news (“Preliminary research suggests
 * that a single injection … might lower cholesterol”): the early results an article reports. In the
 * perfect or the past (“preliminary studies have suggested a link”, “small, preliminary studies
 * suggested”) it is earlier work, background.
 */
export function preliminaryInThePresent(before: string, attribution: string): boolean {
  return (
    researchNoun.test(attribution) && preliminaryBefore.test(before.slice(-40)) && !perfectOrPast.test(attribution)
  );
}

/** A sentence whose subject is the new study itself: “The new paper describes …”, “The new study, published …”. */
const newStudySubject = /^\s*["“]?(?:The|This) (?:new|latest) (?:paper|study|report|analysis|trial|research)\b/u;
/** Research with no tense of its own (“according to studies in mice”), or told in the present (“studies suggest”). */
const presentOrTenseless =
  /^(?:according to (?:the )?(?:research|studies|experiments)\b|(?:research|studies|experiments)\s(?:suggests?|shows?|indicates?)\b)/iu;

/**
 * Whether research right after a sentence whose subject is “the new paper” (or study) is that
 * paper's: “The new paper describes how the vaccine might affect diabetes. According to studies in
 * mice, it has two effects.” Research set against it (“previous studies”, “other research”) or told
 * in the perfect (“studies have shown”, background) is not.
 */
export function followsTheNewStudy(previousSentence: string, before: string, attribution: string): boolean {
  if (!newStudySubject.test(previousSentence)) return false;
  if (/\b(?:other|previous|prior|earlier|past|older)\s(?:[\p{L}-]+\s)?$/iu.test(before)) return false;
  return presentOrTenseless.test(attribution);
}

/**
 * Research credited by the named venue it appeared in, right after the attribution: “(according to
 * research) presented today at the 2017 Multidisciplinary Thoracic Cancers Symposium”, “(…) published
 * this week in Neurology”. The venue, a meeting or a journal a reader can look up, identifies the
 * work, most often the study the article reports (JUDGING.md `own_study_source`, `named_source`; round 19).
 */
const venueAfter =
  /^\s(?:published|presented|reported)\s(?:(?:today|yesterday|this\s(?:week|month)|last\s(?:week|month)|on\s\p{Lu}\p{Ll}+)\s)?(?:in|at|during)\s(?:the\s)?(?:\d{4}\s)?\p{Lu}/u;

/** Whether research is credited by the named venue it appeared in (see `venueAfter`). */
export function creditedByVenue(attribution: string, after: string): boolean {
  return researchNoun.test(attribution) && venueAfter.test(after);
}
