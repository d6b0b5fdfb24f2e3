import { describe, expect, it } from 'vitest';
import {
  creditedToNamedBody,
  findVagueAttributions,
  namesJournal,
  officialsOfNamedInstitution,
} from '../src/language/attribution.js';

describe('namesJournal (a claim credited to a journal named in its sentence is cited)', () => {
  it('finds a journal by its title', () => {
    expect(namesJournal('The gel eases itch, according to a study in the journal Dermatology Today.')).toBe(true);
    expect(namesJournal('A trial reported in the Journal of Skin Care found the gel works.')).toBe(true);
    expect(namesJournal('The review, in the Scottish Journal of Nursing, says the gel works.')).toBe(true);
    expect(namesJournal('Data in the Mayo Clinic Proceedings show the gel works.')).toBe(true);
    expect(namesJournal('Writing in the Lancet, they say the gel works.')).toBe(true);
    expect(namesJournal('A paper in the March issue of Pain says the gel works.')).toBe(true);
    expect(namesJournal('In a study published in Urology, the gel worked.')).toBe(true);
    expect(namesJournal('The study, in the Proceedings of the National Academy of Sciences, found it works.')).toBe(
      true,
    );
  });

  it('leaves a date, a diary and an unnamed journal alone', () => {
    expect(namesJournal('In a study published in May, the gel worked.')).toBe(false);
    expect(namesJournal('Patients kept a journal of their itching.')).toBe(false);
    expect(namesJournal('A study in a leading journal found the gel works.')).toBe(false);
  });
});

describe('creditedToNamedBody (a claim credited to a named organisation or study)', () => {
  it('needs a named body or study after “according to”', () => {
    expect(creditedToNamedBody('Steroid sprays work best, according to the American Academy of Dermatology.')).toBe(
      true,
    );
    expect(creditedToNamedBody('According to the USPSTF, screening saves lives.')).toBe(true);
    expect(creditedToNamedBody('The gel works, according to the Helsinki Heart Study of 4,000 men.')).toBe(true);
    expect(creditedToNamedBody('According to the best research, the drug reduces the risk.')).toBe(false);
    expect(creditedToNamedBody('The pill eases pain, according to new research.')).toBe(false);
    expect(creditedToNamedBody('The American Heart Association says the pill eases pain.')).toBe(false);
  });
});

const vague = (text: string): string[] => findVagueAttributions(text).map((found) => found.text);

describe('findVagueAttributions: a possessive in the subject names whose work it is', () => {
  it('reads the owner past modifiers and abbreviations', () => {
    expect(vague('Lopez’s initial U.S. studies have shown some benefit.')).toEqual([]);
    expect(vague("The clinic's own early data suggest a benefit.")).toEqual([]);
  });

  it('leaves a possessive of time, a contraction, or one across a conjunction', () => {
    expect(vague('Last year’s U.S. studies have shown harms.')).toEqual(['studies have shown']);
    expect(vague('There’s new research showing that it helps.')).toEqual(['new research showing that']);
    expect(vague('The drug’s effects are small and studies have shown harms.')).toEqual(['studies have shown']);
  });
});

describe('findVagueAttributions: “according to some” credits a source only as people or before a source noun', () => {
  it('flags the quantifier standing for people or heading a source noun', () => {
    expect(vague('According to some, the gel works.')).toEqual(['According to some']);
    expect(vague('The gel works, according to some.')).toEqual(['according to some']);
    expect(vague('According to many estimates, one adult in ten has it.')).toEqual(['According to many']);
    expect(vague('According to some chronicles, the king was buried there.')).toEqual(['According to some']);
  });

  it('leaves “in keeping with” alone', () => {
    expect(vague('We share out the doses according to some kind of fair plan.')).toEqual([]);
    expect(vague('Nurses sort patients according to many rules of thumb.')).toEqual([]);
  });
});

describe('officialsOfNamedInstitution (“company officials” of a company named in reach)', () => {
  const officials = (sentence: string, before = '', written = sentence): boolean =>
    officialsOfNamedInstitution(sentence, sentence.indexOf('officials'), [sentence, before], written);

  it('finds the company or hospital named in the sentence or the one before', () => {
    expect(
      officials('Acmecorp saw no harm in its trials, company officials said.', '', 'Shares of Acmecorp rose.'),
    ).toBe(true);
    expect(officials('The gel is safe, company officials said.', 'The gel is made by Dermix in Ohio.')).toBe(true);
    expect(officials('No one was hurt, hospital officials said.', 'She was taken to St Mary’s Hospital.')).toBe(true);
  });

  it('leaves officials of no named institution, and other officials', () => {
    expect(officials('The gel is safe, company officials said.', 'The gel went on sale in June.')).toBe(false);
    expect(officials('Nobody saw harm in the trials, company officials said.', '', 'Nobody knew.')).toBe(false);
    expect(officials('The gel is safe, health officials said.', 'The gel is made by Dermix in Ohio.')).toBe(false);
  });
});
