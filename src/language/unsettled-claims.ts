/**
 * Claims a careful text names without making them. A fact-check or an evidence summary states a
 * claim in order to say the evidence cannot settle it (“whether X works has not been
 * investigated”, “which drug is the most effective cannot be answered”, “studies on a
 * life-prolonging effect … have so far been lacking”), to report it as hearsay it goes on to check
 * (“X is said to have cured many people”, “providers advertise that its effectiveness is
 * scientifically proven”), or as a counterfactual (“even if both studies had come to
 * overwhelmingly positive results, …”). `negation.ts` reads a cue a few words *before* a claim; these
 * read the frame around it: a denial that comes *after* the claim in its clause, a denial of the
 * evidence further back, hearsay and advertising verbs, and past counterfactuals. JUDGING.md counts
 * such findings `negation` and `reported_claim`.
 */

/** Where a clause ends: a stop, a semicolon, a colon, a dash, or a turn (“but”, “however”). */
const clauseEnd = /[.;:!?—–]|\s-\s|,\s*yet\b|\b(?:but|however|although|though|whereas|instead)\b/iu;

/**
 * A predicate that says the question is open: “cannot be answered”, “has not yet been
 * investigated”, “have so far been lacking”, “remains unclear”, “is not known”.
 */
const openPredicate =
  /^\s*(?:[\p{L}\d'’(),-]+\s+){0,24}?(?:(?:cannot|can\s?not|can['’]t|could\s+not|could\s?n['’]t)\s+(?:yet\s+|currently\s+|reliably\s+|clearly\s+)?(?:be\s+)?(?:answered|derived|concluded|said|assessed|determined|judged|proven|proved|shown|established|confirmed|clarified|inferred|deduced|evaluated|estimated)|(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+|so\s+far\s+|ever\s+)?been\s+(?:(?:scientifically|adequately|sufficiently|properly|systematically|well)\s+)?(?:investigated|studied|examined|researched|tested|shown|proven|proved|demonstrated|established|confirmed|clarified)|(?:is|are|was|were|remains?|remained|(?:has|have)\s+(?:so\s+far\s+|still\s+|always\s+|long\s+)?been)\s+(?:so\s+far\s+|still\s+|currently\s+|as\s+yet\s+|largely\s+|completely\s+|entirely\s+)?(?:lacking|missing|absent|unclear|unknown|unproven|unanswered|open|uncertain|unresolved|not\s+(?:known|clear|proven|established|certain))|remains?\s+to\s+be\s+(?:shown|seen|proven|proved|established|investigated|clarified))\b/iu;

/**
 * What makes the claim the subject of such a predicate rather than a statement of its own: a
 * question word (“whether”, “to what extent”, “the question of which”), a claim quoted as a
 * slogan (“à la ‘green tea protects …’”), studies or an effect named as a topic (“studies on a
 * life-prolonging effect of”), or “such an effect”.
 */
const embedsClaim =
  /(?:^\s*(?:which|what)\b|\b(?:whether|if|how|to\s+what\s+extent|(?:of|as\s+to|about|on|know|say|tell|answer|determine|unclear|clear)\s+which|à\s+la|a\s+la|such)\b|(?:^|\s)[‘“"']\S|\b(?:studies|trials|research|data|evidence)\s+(?:on|of|about|into|for)\b)/iu;

/**
 * A denial of the evidence further back than `negation.ts` reaches: “there is also a lack of
 * conclusive studies on the question of …”, “studies to date do not allow any clear conclusions to
 * be drawn as to …”, “no conclusions can be drawn about …”.
 */
const deniedEvidenceFar =
  /\b(?:(?:lack|absence|shortage|dearth)\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:studies|evidence|data|research|trials)\s+(?:on|for|about|into|regarding|as\s+to)|(?:do|does|did|would)\s+not\s+(?:yet\s+)?(?:allow|permit|support)\s+(?:any\s+)?(?:[\p{L}-]+\s+){0,2}?(?:conclusions?|statements?|assessments?|judgements?|judgments?)|no\s+(?:[\p{L}-]+\s+){0,2}?(?:conclusions?|statements?)\s+(?:can|could)\s+(?:yet\s+)?be\s+(?:drawn|made))\b/iu;

/**
 * Hearsay and advertising: “is said to have cured”, “reportedly cures”, “providers advertise that
 * its effectiveness is proven”, “sellers promise that”. The text reports the claim in order to check it.
 */
const hearsay =
  /\b(?:(?:is|are|was|were)\s+(?:said|reported|rumou?red|alleged|claimed|reputed|purported|supposed)\s+to|reportedly|allegedly|supposedly|purportedly|(?:providers|suppliers|sellers|vendors|manufacturers|makers|marketers|distributors|promoters|advertis(?:ers|ing)|advertisements|ads)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3})?(?:advertise|advertised|advertises|promise|promised|promises|tout|touted|touts|promote|promoted|praise|praised|claim|claimed|say|said)(?:\s+that)?)\b/iu;

/** The clause holding `start`: from the last clause break before it. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  let cut = 0;
  const breaks = new RegExp(clauseEnd.source, 'giu');
  for (const found of before.matchAll(breaks)) cut = found.index + found[0].length;
  return before.slice(cut);
}

/** The rest of the clause after `end`, up to its next break. */
function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, end + 240);
  const cut = after.search(clauseEnd);
  return cut < 0 ? after : after.slice(0, cut);
}

/** Whether the claim is the question a later predicate in its clause calls open (“whether X works has not been studied”). */
export function claimLeftOpen(text: string, start: number, end: number): boolean {
  return embedsClaim.test(clauseBefore(text, start)) && openPredicate.test(clauseAfter(text, end));
}

/** Whether the evidence for the claim is denied earlier in its clause, beyond a negation's reach. */
export function evidenceDeniedBefore(text: string, start: number): boolean {
  return deniedEvidenceFar.test(clauseBefore(text, start));
}

/** Whether the claim is hearsay or advertising the text reports (“is said to have cured”, “providers advertise that”). */
export function reportedAsHearsay(text: string, start: number): boolean {
  return hearsay.test(
    text
      .slice(Math.max(0, start - 120), start)
      .split(/[.;!?]/u)
      .at(-1) ?? '',
  );
}

/**
 * Whether the claim sits in a past counterfactual (“even if both studies had come to overwhelmingly
 * positive results”, “if the trial were to show”): in its clause (after the last comma), “if” and
 * then, within nine words, “had” or “were to”, with at most three words between that and the claim.
 * Read word by word: a pattern anchored at the claim backtracked over long clauses.
 */
export function inCounterfactual(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = (
    before
      .slice(before.lastIndexOf(',') + 1)
      .split(/[.;:!?]/u)
      .at(-1) ?? ''
  ).toLowerCase();
  const words: string[] = clause.match(/[\p{L}\d'’-]+/gu) ?? [];
  const opener = words.lastIndexOf('if');
  if (opener < 0) return false;
  for (let index = opener + 1; index < words.length && index <= opener + 9; index++) {
    const were = words[index] === 'were' && words[index + 1] === 'to';
    if (words[index] !== 'had' && !were) continue;
    return words.length - (index + (were ? 2 : 1)) <= 3;
  }
  return false;
}

/** Whether a text tells its claim as hearsay (“According to reports, X is said to have cured …”). */
export function tellsHearsay(text: string): boolean {
  return hearsay.test(text);
}

/** Any of the frames above: the claim is named, not made. */
export function claimNamedNotMade(text: string, start: number, end: number): boolean {
  return (
    claimLeftOpen(text, start, end) ||
    evidenceDeniedBefore(text, start) ||
    reportedAsHearsay(text, start) ||
    inCounterfactual(text, start)
  );
}

/**
 * “There is evidence that stool transplantation is effective”, “there are strong indications that
 * the health of non-smokers is improved”, “an evaluation of several meta-analyses provides evidence
 * that exercise can prevent …”: the claim is given as what evidence indicates, not as a fact, and
 * the text says how much it rests on (JUDGING.md `hedged`). “There's evidence that …” is the same frame.
 */
const framedAsEvidence =
  /\b(?:there\s+(?:is|are|was|were)|there['’]s|(?:provides?|provided|gives?|gave|offers?|offered|yields?|yielded))\s+(?:(?:also|now|some|strong|clear|good|first|further|growing|increasing|initial|certain|several|many)\s+){0,2}(?:evidence|indications?|signs|hints)\s+(?:that|of|for)\s/iu;

export function givenAsEvidence(text: string, start: number): boolean {
  return framedAsEvidence.test(clauseBeforeEvidence(text, start));
}

/** The text before the claim back to the last stop or semicolon (a “that” clause may hold commas). */
function clauseBeforeEvidence(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  return before.split(/[.;!?]/u).at(-1) ?? '';
}
