import { describe, expect, it } from 'vitest';
import { describesWhatIsSought, limitedInDegree } from '../../src/language/claim-context.js';
import { claimNamesIntervention } from '../../src/language/claim-subject.js';
import { claimedAsCapability, creditedToEarlierEvidence } from '../../src/language/claim-sureness.js';
import { actsOnBodilyProcess, conditionOfUse } from '../../src/language/claim-use.js';
import { carriesStudyMeasure } from '../../src/language/study-finding.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

/** Round 13: the classes the ninth holdout's efficacy findings showed, as properties of the language. */
describe('efficacy classes (round 13)', () => {
  it('reads “works to” a change in a process of the body as a mechanism', () => {
    const mechanism = 'Tamiflu works to stop viral replication.';
    expect(actsOnBodilyProcess(mechanism, claimOf(mechanism, 'works').end, 'works')).toBe(true);
    const benefit = 'Tamiflu works to stop the flu.';
    expect(actsOnBodilyProcess(benefit, claimOf(benefit, 'works').end, 'works')).toBe(false);
  });

  it('reads a change in an amount of the body’s molecules as a mechanism', () => {
    const proteins = 'The mix boosts the volume of proteins in the brain that give rise to synapses.';
    expect(actsOnBodilyProcess(proteins, claimOf(proteins, 'boosts').end, 'boosts')).toBe(true);
    const blood = 'The drug boosts the volume of blood pumped by the heart.';
    expect(actsOnBodilyProcess(blood, claimOf(blood, 'boosts').end, 'boosts')).toBe(false);
  });

  it('reads “works without” as the manner of working, not a claim that it works', () => {
    const sensation = 'Sub-perception therapy works without that sensation.';
    const claim = claimOf(sensation, 'works');
    expect(conditionOfUse(sensation, claim.start, claim.end, 'works')).toBe(true);
    const plain = 'Sub-perception therapy works for back pain.';
    const plainClaim = claimOf(plain, 'works');
    expect(conditionOfUse(plain, plainClaim.start, plainClaim.end, 'works')).toBe(false);
  });

  it('reads a better thing being prepared or designed as an aim', () => {
    const plan = 'We are currently preparing an even more effective TBIcheck.';
    expect(describesWhatIsSought(plan, claimOf(plan, 'more effective').start, 'more effective')).toBe(true);
    const claim = 'The new test is even more effective than the old one.';
    expect(describesWhatIsSought(claim, claimOf(claim, 'more effective').start, 'more effective')).toBe(false);
  });

  it('takes a relative “which” to stand for the phrase just before it', () => {
    const bone = 'A bone was fractured (usually the clavicle, which heals well without consequences).';
    expect(claimNamesIntervention(bone, claimOf(bone, 'heals'), ['Induction of labour was compared.'])).toBe(false);
    const drug = 'Patients take the cream, which heals ulcers.';
    expect(claimNamesIntervention(drug, claimOf(drug, 'heals'))).toBe(true);
    // A “which” with nothing before it in its clause still finds its antecedent in the sentences before.
    const alone = 'Which heals ulcers.';
    expect(claimNamesIntervention(alone, claimOf(alone, 'heals'), ['The cream was tested.'])).toBe(true);
  });

  it('counts an equivalence with a comparison arm as a study’s measure', () => {
    expect(
      carriesStudyMeasure('Yoga relieves back pain about as well as stretching sessions, a new study shows.'),
    ).toBe(true);
    expect(carriesStudyMeasure('Yoga relieves back pain as well as stress, a new study shows.')).toBe(false);
  });

  it('reads “by most measures” and “in most cases” as limits on the claim', () => {
    const measures = 'Part of the reason for its popularity is that by most measures, it works.';
    expect(limitedInDegree(measures, claimOf(measures, 'it works').start, 'it works')).toBe(true);
    const cases = 'In most cases the operation relieves the pain.';
    expect(limitedInDegree(cases, claimOf(cases, 'relieves').start, 'relieves')).toBe(true);
    const plain = 'The operation relieves the pain.';
    expect(limitedInDegree(plain, claimOf(plain, 'relieves').start, 'relieves')).toBe(false);
  });

  it('reads what a treatment “can” do as a capability, but not people who can act or a passive', () => {
    const folic = 'Folic acid supplementation can prevent spina bifida.';
    expect(claimedAsCapability(folic, claimOf(folic, 'can prevent'))).toBe(true);
    const ketamine = 'Some studies have shown that ketamine can ease symptoms within hours.';
    expect(claimedAsCapability(ketamine, claimOf(ketamine, 'ease symptoms'))).toBe(true);
    const people = 'By taking it, people can ward off a disease.';
    expect(claimedAsCapability(people, claimOf(people, 'can ward off'))).toBe(false);
    const women = 'Women who take part in exercise programs can prevent excessive weight gain.';
    expect(claimedAsCapability(women, claimOf(women, 'can prevent'))).toBe(false);
    const passive = 'Symptoms can be alleviated within minutes.';
    expect(claimedAsCapability(passive, claimOf(passive, 'be alleviated'))).toBe(false);
    const cure = 'New drugs for hepatitis C can cure the infection.';
    expect(claimedAsCapability(cure, claimOf(cure, 'can cure'))).toBe(false);
  });

  it('reads a claim under earlier evidence in the present perfect, but not a comparison or a passive', () => {
    const tms = 'TMS has been shown to be effective in several psychiatric conditions.';
    expect(creditedToEarlierEvidence(tms, claimOf(tms, 'effective'))).toBe(true);
    const diet = 'Previous studies have shown that a Mediterranean diet reduces certain risk factors.';
    expect(creditedToEarlierEvidence(diet, claimOf(diet, 'reduces'))).toBe(true);
    const comparison = 'Surgery has been shown to be more effective than medical therapy.';
    expect(creditedToEarlierEvidence(comparison, claimOf(comparison, 'more effective than'))).toBe(false);
    const passive = 'Research has shown that symptoms can be alleviated within minutes.';
    expect(creditedToEarlierEvidence(passive, claimOf(passive, 'be alleviated'))).toBe(false);
    const present = 'A new study shows that the diet reduces certain risk factors.';
    expect(creditedToEarlierEvidence(present, claimOf(present, 'reduces'))).toBe(false);
  });
});
