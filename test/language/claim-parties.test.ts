import { describe, expect, it } from 'vitest';
import { isExposureEffect, objectWords, resolvedSubject, subjectHead } from '../../src/language/claim-parties.js';

/** The cue is the first occurrence of `cue` in `text`. */
function at(text: string, cue: string): { start: number; end: number; text: string } {
  const start = text.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
}
const claims = (text: string, cue: string): boolean => isExposureEffect(text, at(text, cue));

describe('claim parties: subject and object of a causal cue', () => {
  it('reads the head noun of the subject, past reporting verbs, prepositions and modals', () => {
    const gene =
      'The two researchers showed that certain mutations to the gene that codes for the protein PCSK9 lead to low levels of cholesterol.';
    expect(subjectHead(gene, at(gene, 'lead to'))).toBe('mutations');
    const guidelines =
      'NEW YORK (Reuters Health) - National guidelines help doctors decide how to treat blood pressure.';
    expect(subjectHead(guidelines, at(guidelines, 'help'))).toBe('guidelines');
    const coffee = 'Coffee can also prevent heart disease.';
    expect(subjectHead(coffee, at(coffee, 'prevent'))).toBe('coffee');
    expect(subjectHead('The benefits of exercise.', at('The benefits of exercise.', 'benefits'))).toBeUndefined();
  });

  it('reads the object past determiners and “a change in”', () => {
    const scans = 'PET scans led to a change in diagnosis in 20% of cases.';
    expect(objectWords(scans, at(scans, 'led to'))).toEqual(['diagnosis', 'in', '20']);
    const dose = 'Patients had reduced their dosage.';
    expect(objectWords(dose, at(dose, 'reduced'))).toEqual(['dosage']);
  });

  it('is no exposure effect with an organisation, the researchers or a gene as subject (issue #13 `not_causal_claim`)', () => {
    expect(claims('NEW YORK - National guidelines help doctors decide how to treat high blood pressure.', 'help')).toBe(
      false,
    );
    expect(claims('Zhernakova and her colleagues helped fill in that picture by analyzing microbes.', 'helped')).toBe(
      false,
    );
    expect(
      claims(
        'The researchers showed that certain mutations to the gene that codes for the protein PCSK9 lead to low cholesterol.',
        'lead to',
      ),
    ).toBe(false);
  });

  it('is no exposure effect with a dose, a diagnosis, a mechanism or people as object (issue #13 `mechanism`)', () => {
    expect(claims('After six months, 18 percent of patients had stopped or had reduced their dosage.', 'reduced')).toBe(
      false,
    );
    expect(claims('In most participants, PET scans led to a change in diagnosis.', 'led to')).toBe(false);
    expect(claims('Caffeine inhibits this circuit and turns the pathway off.', 'inhibits')).toBe(false);
    expect(claims('The drug will have the desired effect on humans.', 'effect on')).toBe(false);
    expect(claims('Better memory enabled them to more effectively execute routine tasks.', 'effectively')).toBe(false);
  });

  it('is an exposure effect when an exposure changes a health outcome', () => {
    expect(claims('Coffee prevents heart disease.', 'prevents')).toBe(true);
    expect(claims('The gastric balloon helped patients lose 37 percent of their excess weight.', 'helped')).toBe(true);
    expect(claims('Bariatric surgery helps teens reduce heart disease risk.', 'helps')).toBe(true);
    expect(claims('Women who ate walnuts reduced their risk of diabetes by 24 percent.', 'reduced')).toBe(true);
    expect(claims('The compound protects people against dementia.', 'protects')).toBe(true);
    expect(claims('A systemized process of referrals resulted in fewer readmissions.', 'resulted in')).toBe(true);
    expect(claims('New EMS system in Arizona dramatically improves survival from cardiac arrest.', 'improves')).toBe(
      true,
    );
    expect(claims('Gene variant increases fatty liver risk and fibrosis progression.', 'increases')).toBe(true);
    expect(claims('SPECT/CT can improve the diagnosis of infectious endocarditis.', 'improve')).toBe(true);
    expect(claims('A study shows information sharing between health systems reduces tests.', 'reduces')).toBe(true);
  });

  it('reads a pronoun or a participle after a comma as the subject the sentence opens with (issue #13 `mechanism`)', () => {
    const tumour = 'As the tumor grows, it restricts the lungs, typically causing shortness of breath.';
    expect(resolvedSubject(tumour, at(tumour, 'causing'))).toBe('tumor');
    expect(claims(tumour, 'causing')).toBe(false);
    expect(claims('The protein builds up and it drives tumour growth.', 'drives')).toBe(false);
    expect(claims('Coffee lowers inflammation, reducing the risk of cancer.', 'reducing')).toBe(true);
    expect(resolvedSubject('Coffee lowers inflammation.', at('Coffee lowers inflammation.', 'lowers'))).toBe('coffee');
  });
});
