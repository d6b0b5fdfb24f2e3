import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';

/**
 * Names an article gives a treatment once and then uses alone: an abbreviation in brackets after
 * the treatment spelled out ("spinal cord stimulation (SCS)", then "SCS is reversible"), and a
 * product's name after a general word ("a device called the MitraClip", "the new treatment, called
 * HF10 therapy"). The treatment lists know neither: the abbreviation is the article's own, and the
 * product is too new or too small for the drug lists. Without them the treatment the article is
 * about is never named after its first sentence, and rules that weigh mentions pick a treatment the
 * article names on the way (issue #13: `wrong_target`).
 *
 * Only text is read here; treatments.ts turns the names into mentions.
 */

/** A name given in a text: `name` as written, standing for what comes before it. */
export interface GivenName {
  name: string;
  /** Where the name stands in its defining phrase, whose other uses are not new mentions. */
  start: number;
  end: number;
}

/**
 * "(SCS)", "(HIFU)", "(rTMS)": an abbreviation in brackets, two to eight letters and digits, at least
 * two of them capitals (so not "(a)", "(Tylenol)" or "(n=40)").
 */
const bracketedAbbreviation = /^\s?\(([\p{L}\p{N}-]{2,8})\)/u;

/**
 * The abbreviation given in brackets right after the treatment at `start`–`end`, when its capitals
 * are the initials of the treatment's words ("spinal cord stimulation (SCS)", "high-intensity focused
 * ultrasound (HIFU)", "platelet-rich plasma (PRP)"). Initials that take in words before the treatment
 * ("genicular artery embolization (GAE)") name more than the treatment the list knows, so they are
 * not its name.
 */
export function abbreviationAfter(text: string, start: number, end: number): GivenName | undefined {
  const found = bracketedAbbreviation.exec(text.slice(end, end + 12));
  if (!found) return undefined;
  const name = found[1] as string;
  const capitals = [...name].filter((character) => /\p{Lu}/u.test(character));
  if (capitals.length < 2) return undefined;
  const words = text
    .slice(start, end)
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (words.length !== capitals.length) return undefined;
  const initialsMatch = words.every(
    (word, index) => word.charAt(0).toLowerCase() === (capitals[index] as string).toLowerCase(),
  );
  if (!initialsMatch) return undefined;
  const nameStart = end + found[0].indexOf(name);
  return { name, start: nameStart, end: nameStart + name.length };
}

/**
 * "A device called the MitraClip", "the drug, known as 10-1074", "the new treatment, called HF10™
 * therapy", "an implant named Esteem": a general word for a treatment, then the product's name. The
 * name is one word or code that opens with a capital or a digit; one followed by another capitalised
 * word ("a treatment called Tinnitus Retraining Therapy") is a phrase this does not take apart.
 */
const namedProduct =
  /\b(?:drug|medication|medicine|pill|compound|antibody|vaccine|device|implant|stent|procedure|technique|operation|treatment|therapy|(?:treatment|therapy|delivery) system),?\s(?:called|named|known as|dubbed)\s(?:the\s)?([\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}-])[™®]?(?![™®])(?!\s\p{Lu})/gu;

/** The general word before the name, and the kind of treatment it makes the name. */
export type NamedKind = 'drug' | 'biologic' | 'device' | 'procedure';

const kindOfGeneralWord: Record<string, NamedKind> = {
  drug: 'drug',
  medication: 'drug',
  medicine: 'drug',
  pill: 'drug',
  compound: 'drug',
  antibody: 'biologic',
  vaccine: 'biologic',
  device: 'device',
  implant: 'device',
  stent: 'device',
  system: 'device',
  procedure: 'procedure',
  technique: 'procedure',
  operation: 'procedure',
  // A named treatment or therapy is as often a device's as a procedure's; either owes its status.
  treatment: 'procedure',
  therapy: 'procedure',
};

/** The naming verbs `namedProduct` needs, in lower case: most sentences hold none. */
const holdsNamingVerb = holdsAnyOf(['called', 'named', 'known as', 'dubbed']);

/** Every product named after a general word in a text, with the kind the general word gives it. */
export function namedProducts(text: string): (GivenName & { kind: NamedKind })[] {
  const lower = lowerCaseForLiteralTests(text);
  if (lower !== undefined && !holdsNamingVerb(lower)) return [];
  const names: (GivenName & { kind: NamedKind })[] = [];
  for (const found of text.matchAll(namedProduct)) {
    const name = found[1] as string;
    // "Called 911", "known as 2": a number alone is no name.
    if (name.length < 3 || /^\p{N}+$/u.test(name)) continue;
    const general = /^\p{L}+/u.exec(found[0].toLowerCase().replace(/^(?:treatment|therapy|delivery) (?=system)/u, ''));
    const kind = kindOfGeneralWord[general?.[0] ?? ''];
    if (!kind) continue;
    const start = found.index + found[0].lastIndexOf(name);
    names.push({ name, start, end: start + name.length, kind });
  }
  return names;
}

/**
 * Where a name stands as a whole word in a text, written as it was given ("SCS", not "scs" inside
 * another word): a case-sensitive search, since a product's name is often an ordinary word too.
 */
export function nameOccurrences(text: string, name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const before = at > 0 ? text.charAt(at - 1) : ' ';
    const after = text.charAt(at + name.length);
    if (!isNameCharacter(before) && !isNameCharacter(after)) found.push({ start: at, end: at + name.length });
  }
  return found;
}

function isNameCharacter(character: string): boolean {
  return character !== '' && /[\p{L}\p{N}-]/u.test(character);
}

/**
 * "The active drug, dupilumab,", "a drug called tissue plasminogen activator", "Erenumab, a
 * laboratory-made antibody that blocks CGRP, is the first drug proven to prevent migraine": a
 * general word for a treatment and a named one said to be the same, in apposition or as the
 * predicate. A healing cue on the general word is then about the named treatment, which the
 * sentence names only once.
 */
export function generalWordIsNamed(
  text: string,
  general: { start: number; end: number },
  named: { start: number; end: number },
): boolean {
  if (general.end <= named.start) return generalBeforeName.test(text.slice(general.end, named.start));
  if (named.end <= general.start) return nameBeforeGeneral.test(text.slice(named.end, general.start));
  return false;
}

/** ", " (an apposition: "the active drug, dupilumab"), " called ", ", known as ". */
const generalBeforeName = /^(?:,\s|,?\s(?:called|named|known as|dubbed)\s)$/u;

/** " is the first ", ", a laboratory-made antibody …, is a new ": the named treatment, then what it is. */
const nameBeforeGeneral = /^(?:,\s(?:an?|the)\s[^,;:()]{1,80},)?\s(?:is|was)\s(?:the|an?)\s(?:[\p{L}\p{N}-]+\s){0,4}$/u;
