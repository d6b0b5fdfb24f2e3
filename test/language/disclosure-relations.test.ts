import { describe, expect, it } from 'vitest';
import { findDisclosures } from '../../src/language/disclosure.js';
import { findRelations } from '../../src/language/disclosure-relations.js';

const kinds = (text: string): string[] => findDisclosures(text).map((cue) => cue.kind);
const relations = (text: string): string[] => findRelations(text).map((cue) => `${cue.kind}:${cue.id}`);

describe('disclosure relations: a party, a relation, the work', () => {
  it('reads a verb of paying with the work as its object as funding, whoever pays', () => {
    expect(relations('The heart charity commissioned the survey of 2,000 adults.')).toEqual(['funding:pays-for']);
    expect(relations('A veterans group bankrolled both of the trials.')).toEqual(['funding:pays-for']);
    expect(relations('A veterans group bankrolled the two pilot trials.')).toEqual(['funding:pays-for']);
    expect(kinds('The state health department paid for the new analysis.')).toEqual(['funding']);
    expect(relations('The foundation funded the two researchers for a decade.')).toEqual(['funding:pays-for']);
    expect(relations('The method was found by NIH-funded researchers in the 1990s.')).toEqual([]);
    expect(relations('The method was found by federally funded scientists.')).toEqual([]);
  });

  it('reads running the work as funding only when a company runs it', () => {
    expect(relations('Zenvia Therapeutics ran the trial at 40 sites.')).toEqual(['funding:company-runs']);
    expect(relations('The drug company designed the study and analysed the data.')).toEqual(['funding:company-runs']);
    expect(relations('Researchers at the university ran the trial at 40 sites.')).toEqual([]);
    expect(relations('The trial was conducted by Orvane Biosciences Inc. in five countries.')).toEqual([
      'funding:run-by-company',
    ]);
    expect(relations('The trial was conducted by researchers at three hospitals.')).toEqual([]);
  });

  it('reads work done for or on behalf of an organisation as funding, not a duration or a speaker', () => {
    expect(relations('The poll was conducted for the Royal Society of Dentists last spring.')).toEqual([
      'funding:done-for',
    ]);
    expect(relations('The online survey, carried out on behalf of Brightsmile, asked 1,500 parents.')).toEqual([
      'funding:done-for',
    ]);
    expect(relations('The trial was conducted for 12 weeks on about 8,000 smokers.')).toEqual([]);
    expect(relations('The study was done for the first time in children.')).toEqual([]);
    expect(relations('Speaking on behalf of the Ministry, she praised the nurses.')).toEqual([]);
    expect(relations('The trial, run on behalf of the HOPE-4 investigators, enrolled 900 people.')).toEqual([]);
  });

  it('reads the researchers’ ties to a company or an organisation as interests', () => {
    expect(relations('Two of the authors are employees of Lumora Diagnostics.')).toEqual([
      'interests:company-researchers',
    ]);
    expect(relations('Scientists from Quillon Pharmaceuticals presented the data.')).toEqual([
      'interests:company-researchers',
    ]);
    expect(relations('Dr Ames has consulted for Halvern Labs and holds shares in Tessaly.')).toEqual([
      'interests:tie',
      'interests:tie',
    ]);
    expect(relations('The lead author received speaking fees from the manufacturer.')).toEqual(['interests:tie']);
    expect(relations('Scientists from the University of Leeds presented the data.')).toEqual([]);
    expect(relations('The drug works for patients who failed other treatments.')).toEqual([]);
    expect(relations('The gene has links to Parkinson’s disease.')).toEqual([]);
  });

  it('does not read a company that only makes the treatment as a disclosure: others may have run the trial', () => {
    expect(relations('Acme Therapeutics, which makes the drug, declined to comment.')).toEqual([]);
    expect(relations('The device, made by Corvex Scientific, was tested in a federal trial.')).toEqual([]);
  });

  it('recognises a large maker by its name', () => {
    expect(kinds('Researchers from Pfizer presented the results.')).toEqual(['interests']);
    expect(kinds('Researchers from Oxford presented the results.')).toEqual([]);
  });
});
