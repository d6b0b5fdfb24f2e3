import { describe, expect, it } from 'vitest';
import { claimFrame, setAsRequirement } from '../../src/language/claim-clause.js';
import {
  cutsBackOn,
  pluralNounAfterAdjective,
  promiseReportedInDoubt,
  testSparesRisk,
} from '../../src/language/claim-use.js';
import { wordsBefore } from '../../src/language/context-match.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

/** Round 16: the classes the twelfth holdout's efficacy findings showed. */
describe('efficacy: requirements, procedure names, diets, test safety, promises in doubt', () => {
  it('reads what must be shown, or what is allowed once studies show it, as a requirement', () => {
    const payer =
      'Each approved program must demonstrate through published research that it has a positive impact, such as fewer bypasses, and reduces risk factors for heart disease.';
    expect(claimFrame(payer, claimOf(payer, 'reduces').start)).toBe('requirement');
    const market =
      'New technology is allowed into the market after studies show it is safe and more effective than placebos.';
    expect(claimFrame(market, claimOf(market, 'more effective').start)).toBe('requirement');
    const required = 'Makers are required to show that the device relieves pain.';
    expect(setAsRequirement(wordsBefore(required, claimOf(required, 'relieves').start, 40))).toBe(true);
    // Research that showed, or a drug shown: a finding, not a bar.
    const shown = 'Studies show that aspirin reduces deaths from heart disease.';
    expect(claimFrame(shown, claimOf(shown, 'reduces').start)).not.toBe('requirement');
    const found = 'The trial, which the company has run since 2019, shows the drug reduces deaths.';
    expect(claimFrame(found, claimOf(found, 'reduces').start)).not.toBe('requirement');
  });

  it('reads a plural benefit word after an adjective opening a noun phrase as a noun', () => {
    const repair = 'The patients who took statins and had endovascular repairs had fewer deaths.';
    expect(pluralNounAfterAdjective(repair, claimOf(repair, 'repairs').start, 'repairs')).toBe(true);
    const cuts = 'The state made the budgetary cuts last year.';
    expect(pluralNounAfterAdjective(cuts, claimOf(cuts, 'cuts').start, 'cuts')).toBe(true);
    // A verb after its subject, and a benefit noun that is still a claim.
    const verb = 'The new surgery repairs the valve.';
    expect(pluralNounAfterAdjective(verb, claimOf(verb, 'repairs').start, 'repairs')).toBe(false);
    const benefits = 'You get improved outcomes and economic benefits to the health system.';
    expect(pluralNounAfterAdjective(benefits, claimOf(benefits, 'benefits').start, 'benefits')).toBe(false);
  });

  it('reads “cut back on” as what a diet holds less of', () => {
    const diet = 'It emphasizes whole grains and cuts way back on oils, nuts and fatty meats.';
    expect(cutsBackOn(diet, claimOf(diet, 'cuts').end, 'cuts')).toBe(true);
    const risk = 'The diet cuts the risk of stroke.';
    expect(cutsBackOn(risk, claimOf(risk, 'cuts').end, 'cuts')).toBe(false);
  });

  it('reads a test that spares a risk as the test’s safety', () => {
    const test = 'The new test eliminates the risk of miscarriage, Patsalis said.';
    const claim = claimOf(test, 'eliminates');
    expect(testSparesRisk(test, claim.start, claim.end, claim.text)).toBe(true);
    const drug = 'The new drug eliminates the risk of relapse.';
    const drugClaim = claimOf(drug, 'eliminates');
    expect(testSparesRisk(drug, drugClaim.start, drugClaim.end, drugClaim.text)).toBe(false);
  });

  it('reads a seller’s promise set against doubt as reported', () => {
    const sentence = 'Clinics have opened around the country promising instant relief with ketamine.';
    const paragraph = `${sentence} Patients pay thousands, with scant evidence on long-term benefits.`;
    const start = claimOf(sentence, 'instant relief').start;
    expect(promiseReportedInDoubt(sentence, start, paragraph)).toBe(true);
    // No doubt in the paragraph: the promise stands as the article gives it.
    expect(promiseReportedInDoubt(sentence, start, sentence)).toBe(false);
    // “A promising treatment” is an adjective.
    const adjective = 'It is a promising cure for the disease, with scant evidence yet.';
    expect(promiseReportedInDoubt(adjective, claimOf(adjective, 'cure').start, adjective)).toBe(false);
  });
});
