/**
 * Whether a causal cue in a sentence states the sentence's finding, or only mentions causation in
 * passing: a measure named as a topic (“the effectiveness of”, “the need for effective care”), a
 * disease described in a relative clause (“a disease that causes pain”, “damage caused by”), a
 * noun (“the leading cause of”, “presents its results in”, “cholesterol-lowering”, “a rise in
 * deaths”), an adjective (“face increased risk”), a comparison of groups (“fared worse than”), or
 * a purpose (“developed to treat”, “drugs to prevent rejection”). Rules that judge causal claims (the
 * claim-strength cues come from `claim-strength.ts`) use this to leave background alone.
 */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const topicWords = /^(?:effectiveness|efficacy)$/iu;
const topicBefore = /\b(?:for|of|through|about)\s+$/iu;
const describing =
  /(?:\b(?:that|which|who)\s+(?:\p{L}+\s+)?|\b(?:its|their|the|our|his|her|any|common|leading|main|major|root)\s+|-)$/iu;
const passiveCause = /^caused by$/iu;
const nounCause = /^causes?$/iu;
/** An infinitive is a purpose unless a reporting verb makes it a finding (“was found to reduce”). */
const infinitive = /\bto\s+$/iu;
const findingInfinitive = /\b(?:found|shown|proven|proved|demonstrated|reported|said|appears?|seems?)\s+to\s+$/iu;
/** “An effective treatment option” is an attribute, unless the sentence says the thing *is* one. */
const attributive = /^\s+(?!(?:in|at|for|against|than|as|and|or|when|if|compared|with|to)\b)\p{L}/iu;
const predicate = /\b(?:is|are|was|were|be|been|as)\s+(?:\p{L}+\s+){0,2}$/iu;
/** “A 90 percent increase in diagnoses”, “a rise in deaths”: a trend named as a noun, not an effect. */
const trendNoun = /^(?:increases?|rises?|drops?|declines?|decreases?|reductions?|improvements?|jumps?)\s+in$/iu;
/** “Display reduced brain size”, “face increased risk”, “such as reduced bleeding”: a participle used as an adjective. */
const participle = /^\p{L}+ed$/iu;
const adjectiveBefore =
  /(?:\b(?:a|an|the|such as|with|of|face|faces|faced|facing|display|displays|displayed|show|shows|showed|and|or)|%|percent)\s+$/iu;
const nounAfter =
  /^\s+(?!(?:the|a|an|by|with|in|on|to|at|for|from|their|its|his|her|our|your|them|it|this|that|these|those)\b)\p{L}/iu;
/** “Fared worse than”: a comparison between groups, not an effect. */
const comparison = /^(?:worse|better)\s+than$/iu;

export function isStatedFinding(text: string, cue: Cue): boolean {
  if (topicWords.test(cue.text) || passiveCause.test(cue.text) || trendNoun.test(cue.text)) return false;
  if (comparison.test(cue.text)) return false;
  const before = text.slice(Math.max(0, cue.start - 24), cue.start);
  const after = text.slice(cue.end, cue.end + 20);
  if (participle.test(cue.text) && adjectiveBefore.test(before) && nounAfter.test(after)) return false;
  if (describing.test(before) || (infinitive.test(before) && !findingInfinitive.test(before))) return false;
  if (nounCause.test(cue.text) && /^\s+of\b/iu.test(after)) return false;
  if (!/^effective$/iu.test(cue.text)) return true;
  if (topicBefore.test(before)) return false;
  return !attributive.test(after) || predicate.test(before);
}
