import { describe, expect, it } from 'vitest';
import { findTextCitations } from '../../src/prose/citations.js';
import { shownByNamedStudy } from '../../src/language/attribution.js';
import { reportedInDoubt } from '../../src/language/claim-use.js';
import { tellsLabResult } from '../../src/language/preclinical-result.js';
import { isNotAHealthFigure } from '../../src/language/statistics.js';

const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('sources and kinds of figures and claims read from the sentence', () => {
  it('reads a bracketed reference number before a sentence’s closing stop', () => {
    const text = 'Most will fall at least once a year, resulting in hospital admissions (2). Others do not.';
    expect(findTextCitations(text).map((found) => found.text)).toEqual(['(2)']);
    expect(findTextCitations('Falls are common (2, 3); fractures follow.').map((found) => found.text)).toEqual([
      '(2, 3)',
    ]);
    // A list item's number opens what it numbers; a year is no reference number.
    expect(findTextCitations('Two options: (1) surgery and (2) drugs.').map((found) => found.text)).toEqual([]);
    expect(findTextCitations('The trial ended (2011).').map((found) => found.text)).toEqual([]);
    // The last of counts in brackets.
    const counts =
      'Complications included pouch expansion (9), band erosion (23) and band infection (1). Others were mild.';
    expect(findTextCitations(counts).map((found) => found.text)).toEqual([]);
    expect(
      findTextCitations('Adverse events: haematoma (n = 3); misplaced lead (1).').map((found) => found.text),
    ).toEqual([]);
  });

  it('reads a multiple of a duration as no health figure', () => {
    const text = 'Whether the gains will make women take the drug for twice as long remains to be seen.';
    expect(isNotAHealthFigure(text, at(text, 'twice as'))).toBe(true);
    const risk = 'Smokers are twice as likely to have a stroke and live half as long.';
    expect(isNotAHealthFigure(risk, at(risk, 'twice as'))).toBe(false);
  });

  it('reads a result of pre-clinical, animal or cell work', () => {
    expect(tellsLabResult('In pre-clinical studies, the compounds have demonstrated a 37 percent increase.')).toBe(
      true,
    );
    expect(tellsLabResult('Preclinical testing showed a 15 percent gain.')).toBe(true);
    expect(tellsLabResult('About 30 percent of older adults lose muscle.')).toBe(false);
  });

  it('reads a claim credited to a named study in its sentence', () => {
    const text =
      'He led the Women’s Health Study, which was the first to demonstrate that aspirin prevents a first stroke in women.';
    expect(shownByNamedStudy(text, text.indexOf('prevents'))).toBe(true);
    const unnamed = 'A new study was the first to demonstrate that aspirin prevents a first stroke in women.';
    expect(shownByNamedStudy(unnamed, unnamed.indexOf('prevents'))).toBe(false);
  });

  it('reads a claim the writer then calls a claim', () => {
    const text =
      'Researchers have declared him cured of the virus — a stunning claim in a field where “cure” is whispered.';
    const claim = at(text, 'cured of');
    expect(reportedInDoubt(text, claim.start, claim.end)).toBe(true);
    const plain = 'The transplant cured him of the virus, a first for the field.';
    const stated = at(plain, 'cured');
    expect(reportedInDoubt(plain, stated.start, stated.end)).toBe(false);
  });
});
