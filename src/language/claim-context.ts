import { wordsBefore } from './context-match.js';

/**
 * Where a benefit word stands, for the efficacy checks: in a mechanism (“an antibody that works
 * by binding a protein”), with an organisation as its subject (“the agency also improves patient
 * safety”), or inside the quoted title of a cited paper (“‘Walnut intake improves mood’ appears
 * in Nutrients”). None of these claims that a treatment works.
 */

/** “… works by binding”, “reduces inflammation by blocking …”: how something acts, not whether it helps. */
const byMechanism = /^[^.;:!?]{0,40}?\bby\s+(?:\w+ing|means of|way of)\b/iu;
const mechanismVerbs = /\b(?:works|acts|act|work|functions)$/iu;

export function isMechanism(text: string, claimStart: number, claimEnd: number): boolean {
  const claim = text.slice(claimStart, claimEnd);
  const after = text.slice(claimEnd, claimEnd + 60);
  if (mechanismVerbs.test(claim) && /^\s+(?:by|through|via)\b/iu.test(after)) return true;
  // A relative clause that explains how: “a protein that blocks …”, “an enzyme which reduces …”.
  const before = wordsBefore(text, claimStart, 3);
  const relative = before.includes('that') || before.includes('which');
  return relative && byMechanism.test(after);
}

/** Organisations and policies that can be the subject of “improves”, “protects”, “reduces”. */
const organisation =
  /\b(?:agency|administration|FDA|EMA|MHRA|NHS|CDC|WHO|NICE|company|firm|organi[sz]ation|institute|university|college|hospital|department|ministry|government|council|programme|program|initiative|foundation|charity|centre|center|network|partnership|service|law|policy|act|legislation|regulation|scheme|campaign|society|association|board|commission|team)(?:['’]s)?$/u;

/** Whether the claim's subject, right before it (allowing “also”, “now”, “further”), is an organisation. */
export function hasOrganisationSubject(text: string, claimStart: number): boolean {
  const before = wordsBefore(text, claimStart, 4).filter(
    (word) =>
      !['also', 'now', 'further', 'already', 'continues', 'to', 'has', 'have', 'which', 'that', 'it'].includes(word),
  );
  const subject = before.at(-1);
  if (subject === undefined) return false;
  // wordsBefore lower-cases; test the original casing for acronyms too.
  return organisation.test(subject) || organisation.test(subject.toUpperCase());
}

/** Quoted spans that follow a word introducing a title (“the study, ‘…’”, “titled “…””) or are in title case. */
const quoted = /[“"‘']([^“”"‘’']{8,300})[”"’']/gu;
const titleLead = /(?:titled|entitled|called|named|study|paper|article|report|review|trial|book|chapter)[,:]?\s*$/iu;

export function insideCitedTitle(text: string, offset: number): boolean {
  quoted.lastIndex = 0;
  for (let match = quoted.exec(text); match; match = quoted.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (offset < start || offset >= end) continue;
    const inner = match[1] as string;
    const words = inner.match(/\p{L}{4,}/gu) ?? [];
    const titleCase = words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
    return titleLead.test(text.slice(Math.max(0, start - 30), start)) || titleCase;
  }
  return false;
}
