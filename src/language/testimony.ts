import { oncePer } from '../memo.js';
import type { ProseDocument, Sentence } from '../prose/types.js';
import { holdsAnyOf } from './literals.js';
import { primed } from '../primed.js';

/**
 * Testimony: what a patient, a trial participant, a user or their family says a treatment did for
 * them (“this helps with the emotions,” Julian said; “I found it helpful”). It reports one
 * person's experience, not a claim the writer or an expert makes about the evidence, so the
 * efficacy rule's fix (a hedge, a citation) does not apply to it.
 */

/** A capitalised name word: “Julian”, “O'Brien”, “Kristen”. */
const nameWord = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const fullName = String.raw`(${nameWord}(?: ${nameWord}){0,2})`;

/** Who a lay person is: someone treated, taking part or using, or one of their family. */
const layRole = String.raw`(?:patients?|participants?|volunteers?|customers?|users?|survivors?|mother|father|mom|mum|dad|wife|husband|daughter|son|parent|sister|brother)`;

/**
 * How an article introduces a lay person: “Julian is one of about 100 autistic children
 * participating in a study”, “Jane Roe, a 54-year-old patient”, “Kristen Brown, Julian's mother”,
 * “patient Jane Roe”, “Jane Roe, who was diagnosed with …”.
 */
const introductions: readonly { pattern: RegExp; needs: (text: string) => boolean }[] = [
  {
    pattern: new RegExp(
      String.raw`${fullName} (?:is|was) one of (?:about |nearly |more than |some )?[\p{L}\d,]+ (?:[\p{L}-]+ ){0,3}?(?:participants|patients|volunteers|children|people|women|men|adults|users)\b`,
      'gu',
    ),
    needs: holdsAnyOf([' one of ']),
  },
  {
    pattern: new RegExp(String.raw`${fullName}, (?:a|an|the) (?:[\p{L}\d-]+ ){0,3}?${layRole}\b`, 'gu'),
    needs: holdsAnyOf([', a ', ', an ', ', the ']),
  },
  {
    pattern: new RegExp(String.raw`${fullName}, (?:${nameWord}['’]s|his|her|their) ${layRole}\b`, 'gu'),
    needs: () => true,
  },
  {
    pattern: new RegExp(
      String.raw`${fullName}, who (?:has|had|was diagnosed|is diagnosed|suffers|suffered|took|takes|uses|used|received|receives|enrolled|participated|joined|tried)\b`,
      'gu',
    ),
    needs: holdsAnyOf([', who ']),
  },
  {
    pattern: new RegExp(String.raw`\b(?:patient|participant|volunteer|customer) ${fullName}`, 'gu'),
    needs: holdsAnyOf(['patient ', 'participant ', 'volunteer ', 'customer ']),
  },
];

/** Most paragraphs introduce nobody this way: test cheaply before running the patterns. */
const layCue = primed(
  /\b(?:one of|patients?|participants?|volunteers?|customers?|users?|survivors?|mother|father|mom|mum|dad|wife|husband|daughter|son|parent|sister|brother|who (?:has|had|was|is|suffer|took|takes|uses|used|received|receives|enrolled|participated|joined|tried))\b/u,
);

/** Words that make the person introduced an expert rather than a patient or user. */
const expertRole =
  /\b(?:who (?:treats|studies|leads|led|runs|directs)|doctor|physician|surgeon|nurse|researcher|scientist|professor|director|investigator|author|specialist|pharmacist|dietitian|therapist|psychiatrist)\b|ologists?\b/iu;

/** Titles and roles that make a speaker an expert, whatever else the sentence says. */
const expertTitle = /^(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms)\.?$/u;

/** The names (every word of each) of people the article introduces as patients, participants, users or family. */
export const laySpeakers = oncePer((document: ProseDocument): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const block of document.blocks) {
    if (!layCue.test(block.text)) continue;
    for (const { pattern, needs } of introductions) {
      if (!needs(block.text)) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
        // “Jane Roe, a cardiologist who treats patients”: an expert, whoever she treats.
        if (expertRole.test(match[0])) continue;
        for (const word of (match[1] ?? '').split(' ')) if (!expertTitle.test(word)) names.add(word);
      }
    }
  }
  return names;
});

/** “…,” Julian said / said Kristen Brown / Julian says: who closes a quotation, read from its closing mark. */
const saidBy = new RegExp(
  String.raw`[”"],? (?:${fullName} (?:said|says|adds|added|explains|explained|recalls|recalled)|(?:said|says|adds|added|explains|explained|recalls|recalled) ${fullName})\b`,
  'uy',
);

/** One person's own experience told in the first person: “I found it helpful”, “it worked for me”. */
const firstPersonExperience =
  /\b(?:I (?:found it|felt|tried it|took it|noticed|used it|started taking)|(?:worked|works) for me)\b/u;

const quoteMark = /[“”"]/gu;

/**
 * Whether the words at `offset` (in the sentence's block) are testimony: the sentence tells one
 * person's own experience in the first person, or the words sit inside a quotation whose speaker
 * the article introduces as a patient, participant, user or family.
 */
export function isTestimony(document: ProseDocument, sentence: Sentence, offset: number): boolean {
  if (firstPersonExperience.test(sentence.text)) return true;
  const { text } = sentence.block;
  if (!text.includes('"') && !text.includes('”')) return false;
  const lay = laySpeakers(document);
  if (lay.size === 0) return false;
  // Inside a quotation: an odd number of quote marks before the words; it closes at the next one.
  let marks = 0;
  let closing = -1;
  quoteMark.lastIndex = 0;
  for (let match = quoteMark.exec(text); match; match = quoteMark.exec(text)) {
    if (match.index < offset) marks++;
    else {
      closing = match.index;
      break;
    }
  }
  if (marks % 2 === 0 || closing < 0) return false;
  saidBy.lastIndex = closing;
  const speaker = saidBy.exec(text);
  return speaker !== null && (speaker[1] ?? speaker[2] ?? '').split(' ').some((word) => lay.has(word));
}
