import { oncePer } from '../memo.js';
import type { ProseDocument } from '../prose/types.js';
import { insideOpenQuotation } from './study-finding.js';

/**
 * The authors' own voice (round 21, abstract conclusions): a study's authors report their work in
 * the first person plural. They say what they did and found (“we show that …”, “we find that …”,
 * “we observed”, “we conclude”, “here we report”), own what it produced (“our data”, “our
 * results”, “our findings”, “our in vitro, in vivo and clinical data”, “our cohort”) and point at
 * it (“in this study”, “in the present study”, “the present findings”). A sentence so told is the
 * study's own report: its figures are its results (JUDGING.md `own_study_result`), its data and
 * findings are its own, not unnamed evidence (`own_study_source`). A story or a release quotes the
 * same words from its researchers (“‘We found that …,’ said Dr. X”), where they are still the
 * study's: a quotation is no other source.
 *
 * “We” that is not a team reporting research (“we know that”, “we need”, “we all”) is no such
 * voice: only verbs of reporting a result count, and only “our” before what research produces.
 */
const weReport =
  /\b(?:[Ww]e|[Hh]ere,? we)\s(?:(?:also|further|additionally|now|then|first|therefore|thus|here|previously|recently|have|had|could|can)\s){0,2}(?:show|showed|shown|find|found|observe|observed|conclude|concluded|demonstrate|demonstrated|report|reported|identify|identified|detected|measured|estimate|estimated|establish|established|confirm|confirmed|uncovered|documented|provide evidence|present evidence|describe|described)\b/u;

/** “Our data”, “our in vitro, in vivo and clinical data”, “our own results”: what the authors' research produced. */
const ourWord = /\b[Oo]ur\s/gu;
// prettier-ignore
const researchProducts = new Set([
  'data', 'results', 'findings', 'study', 'studies', 'analysis', 'analyses', 'trial', 'cohort', 'work', 'observations',
  'experiments', 'estimates', 'model', 'sample', 'survey', 'meta-analysis', 'review', 'evidence',
]);

/** Whether “our” is followed, within six describing words, by what research produces (read word by word). */
function ownsResearch(text: string): boolean {
  for (const our of text.matchAll(ourWord)) {
    const from = our.index + our[0].length;
    const words = text
      .slice(from, from + 120)
      .split(/\s+/u)
      .slice(0, 7);
    for (const raw of words) {
      const word = raw.replace(/[,.;:!?)"”’]/gu, '').toLowerCase();
      if (researchProducts.has(word)) return true;
      if (!/^[\p{L}-]+,?$/u.test(raw)) break;
    }
  }
  return false;
}

/** “In this study”, “in the present cohort”, “the present findings”: the authors pointing at their own study. */
const presentStudy =
  /\b(?:(?:[Ii]n|[Ff]rom)\s(?:this|the present|the current)\s(?:study|cohort|trial|analysis|sample|population|series|work)|[Tt]he present (?:study|work|analysis|findings|results|data))\b/u;

/** Where the authors' own voice first speaks in a sentence, or -1. */
function authorsVoiceAt(text: string): number {
  let at = -1;
  for (const pattern of [weReport, presentStudy]) {
    const match = pattern.exec(text);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  if (ownsResearch(text)) {
    const our = /\b[Oo]ur\s/u.exec(text);
    if (our && (at < 0 || our.index < at)) at = our.index;
  }
  return at;
}

/** Whether a sentence is told in the authors' own voice (see above), quoted or not. */
export function speaksAsAuthors(text: string): boolean {
  return authorsVoiceAt(text) >= 0;
}

/** A verb of speech that makes a sentence someone's quoted or reported words (“…, said Dr. X”). */
const speech = /\b(?:said|says|say|told|tells|explained|explains|added|adds|according to)\b/u;

/**
 * Whether the whole text speaks as the study's authors: a sentence of its body, outside any
 * quotation and not given as someone's speech, reports research in the first person plural (an
 * abstract, a paper's conclusion, a researcher's own account of their study). What such a text
 * states as a result is its own; a story that quotes its researchers' “we found” does not speak so.
 */
export const authorsSpeak = oncePer((document: ProseDocument): boolean =>
  document.blocks.some(
    (block) =>
      block.role === 'body' &&
      block.kind !== 'title' &&
      block.kind !== 'heading' &&
      !/^\s*["“]/u.test(block.text) &&
      block.sentences.some((sentence) => {
        const at = authorsVoiceAt(sentence.text);
        if (at < 0 || speech.test(sentence.text)) return false;
        return !insideOpenQuotation(block.text, sentence.start + at);
      }),
  ),
);

/**
 * Whether evidence named just before a word is owned by the authors (“Our in vitro, in vivo and
 * clinical data support …”, “our own findings suggest”): the text before an attribution ends on
 * “our” and at most five describing words.
 */
export function ownedByAuthors(before: string): boolean {
  return /\b[Oo]ur\s(?:(?!(?:is|are|was|were|but|that|which|have|has|not|than)\s)[\p{L}-]+,?\s){0,6}$/u.test(before);
}

/**
 * “Outcomes from thrombolysis are better than the controls”, “fared worse than the control group”,
 * “improved more than the placebo group”, “effective … when compared with treatment as usual or a
 * waiting list” (controls only a trial has): a comparison whose standard is an arm of a study (its
 * controls, its control or placebo group) compares within that study, so the claim is the study's
 * measured result (JUDGING.md `study_result`, `own_study_result`), whatever its tense. A general
 * claim compares with a treatment or with nothing (“works better than placebo”, “better than
 * surgery”), never with a group that only one study had.
 */
const studyArm =
  /^[^.;:!?]{0,80}?\b(?:than|compared (?:with|to)|versus|vs\.?)\s(?:(?:in|among|for|with)\s)?(?:(?:the|their|a|matched|healthy|untreated)\s){0,2}(?:controls\b|control (?:group|groups|arm|arms|subjects|participants|patients|animals)\b|(?:placebo|sham|comparison|usual[- ]care|untreated) (?:group|groups|arm|arms)\b|(?:treatment|care) as usual\b|wait(?:ing)?[- ]?lists?\b)/iu;

/** Whether a claim and the words after it compare it with an arm of a study (see `studyArm`). */
export function comparesWithStudyArm(text: string, claimStart: number, claimEnd: number): boolean {
  return studyArm.test(text.slice(claimStart, claimEnd + 100));
}
