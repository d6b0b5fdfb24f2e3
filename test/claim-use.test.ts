import { describe, expect, it } from 'vitest';
import {
  actsOnBodilyProcess,
  benefitWordAsNoun,
  claimsHarm,
  clinicianAtWork,
  comparesTestAccuracy,
  conditionOfUse,
  helpsTheBodyAct,
  hasIndefiniteSubject,
  peopleImproveThemselves,
  reportedInDoubt,
  saidInPromotion,
  underNegativeQuantifier,
  workInOtherSense,
} from '../src/language/claim-use.js';

/** The start, end and text of the first occurrence of `words` in `text`. */
function at(text: string, words: string): [number, number, string] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not found: ${words}`);
  return [start, start + words.length, words];
}

describe('claim-use: whether benefit words claim that a treatment works (issue #13)', () => {
  it('tells “work” in another sense from “works” as success', () => {
    const sense = (text: string, words: string): boolean => {
      const [, end, claim] = at(text, words);
      return workInOtherSense(text, end, claim);
    };
    expect(sense('The implant works as an electric stimulator.', 'works')).toBe(true);
    expect(sense('The NIH works with partners around the world.', 'works')).toBe(true);
    expect(sense('That works out to a million children.', 'That works')).toBe(true);
    expect(sense('The drug lorcaserin works on the serotonin receptor.', 'works')).toBe(true);
    expect(sense('It works directly on the lining of the uterus.', 'It works')).toBe(true);
    expect(sense('The heart works harder to pump blood.', 'works')).toBe(true);
    // Success, even with “as” when what follows is a treatment.
    expect(sense('Little research shows marijuana works as a treatment for addiction.', 'works')).toBe(false);
    expect(sense('Acupuncture works for pregnant women.', 'works')).toBe(false);
    expect(sense('The treatment works only on children.', 'works')).toBe(false);
  });

  it('reads a condition of use as taking the benefit as given', () => {
    const condition = (text: string, words: string): boolean => conditionOfUse(text, ...at(text, words));
    expect(condition('The drug works best when given every four weeks.', 'works')).toBe(true);
    expect(condition('Family planning is most effective if you are taught.', 'most effective')).toBe(true);
    expect(condition('It is effective for up to five days after sex.', 'is effective')).toBe(true);
    expect(condition('The implants are effective for three years.', 'are effective')).toBe(true);
    expect(condition('tPA is effective when given in the first three hours.', 'is effective')).toBe(true);
    expect(condition('PrEP must be taken daily to be effective.', 'effective')).toBe(true);
    // Raised claims and plain ones stay claims.
    expect(condition('Previous studies have shown PrEP to be effective.', 'effective')).toBe(false);
    expect(condition('Hypnosis is effective against hot flashes.', 'is effective')).toBe(false);
  });

  it('finds claims with no treatment as subject, and a claim inside a “when” clause', () => {
    const indefinite = (text: string, words: string): boolean => {
      const [start, , claim] = at(text, words);
      return hasIndefiniteSubject(text, start, claim);
    };
    expect(indefinite('Each case needs evaluations to see what works.', 'works')).toBe(true);
    expect(indefinite('There is interest in finding something that works better.', 'that works')).toBe(true);
    expect(indefinite('Exercise is what works.', 'works')).toBe(false);
    expect(indefinite('The drug works.', 'works')).toBe(false);
  });

  it('reads a claim reported in doubt, in scare quotes or under a negative quantifier', () => {
    const doubt = (text: string, words: string): boolean => {
      const [start, end] = at(text, words);
      return reportedInDoubt(text, start, end);
    };
    expect(doubt('Pom has touted what it claims are proven health benefits.', 'proven')).toBe(true);
    expect(doubt('Its website states, the game “improves memory”.', 'improves memory')).toBe(true);
    expect(doubt('A supplement “clinically proven” to protect your skin.', 'clinically proven')).toBe(true);
    expect(doubt('A promising new drug cuts the risk of stroke.', 'cuts the risk')).toBe(false);
    expect(doubt('“It cuts the risk of stroke,” she said.', 'cuts the risk')).toBe(false);
    const promoted = (text: string, words: string): boolean => saidInPromotion(text, text.indexOf(words));
    expect(promoted('An ad that ran during the Olympics called it a “major new breakthrough.”', 'breakthrough')).toBe(
      true,
    );
    expect(
      promoted(
        'He ran an advertisement in a newspaper for a seminar that called Zerona “the holy grail.”',
        'holy grail',
      ),
    ).toBe(true);
    expect(promoted('The clinic’s website says the pill is a miracle.', 'miracle')).toBe(true);
    expect(promoted('According to the company website, Proleva is a “fountain of youth.”', 'fountain')).toBe(true);
    expect(promoted('Experts called the results a breakthrough.', 'breakthrough')).toBe(false);
    const denied = (text: string, words: string): boolean => underNegativeQuantifier(text, text.indexOf(words));
    expect(denied('But surgery rarely cures them.', 'cures')).toBe(true);
    expect(denied('Few medications have been found effective.', 'effective')).toBe(true);
    expect(denied('Natural substances are not necessarily safe and effective.', 'effective')).toBe(true);
    expect(denied('A few weeks of exercise improves mood.', 'improves')).toBe(false);
    expect(denied('With few side effects, the drug improves survival.', 'improves')).toBe(false);
  });

  it('tells a benefit noun from a benefit verb', () => {
    const noun = (text: string, words: string): boolean => benefitWordAsNoun(text, ...at(text, words));
    expect(noun('It includes a $920 million boost to addiction treatment.', 'boost')).toBe(true);
    expect(noun('The greatest apparent benefit came from fibre.', 'benefit')).toBe(true);
    expect(noun('It is a risk-benefit balance.', 'benefit')).toBe(true);
    expect(noun('The treatment had a 100 percent cure rate.', 'cure')).toBe(true);
    expect(noun('Patients can obtain benefits information online.', 'benefits')).toBe(true);
    expect(noun('The new drugs boost levels of good cholesterol.', 'boost')).toBe(false);
    expect(noun('Surgery provides a significant survival benefit.', 'benefit')).toBe(false);
    expect(noun('Patients with the disease benefit from surgery.', 'benefit')).toBe(false);
    expect(noun('Studies have found benefits to EMDR.', 'benefits')).toBe(false);
  });

  it('tells a clinician at work, a test compared, a bodily process and people who got better', () => {
    const clinician = (text: string, words: string): boolean => clinicianAtWork(text, text.indexOf(words), words);
    expect(clinician('A practising physician, he treats patients with skin cancer.', 'treats')).toBe(true);
    expect(clinician('The surgeon repairs the rotator cuff.', 'repairs the')).toBe(true);
    expect(clinician('Light therapy treats early prostate cancer.', 'treats')).toBe(false);
    const test = (text: string, words: string): boolean => comparesTestAccuracy(text, ...at(text, words));
    expect(test('Newer Genetic Test for Autism More Effective', 'More Effective')).toBe(true);
    expect(test('The new drug is more effective than warfarin.', 'more effective')).toBe(false);
    const process = (text: string, words: string): boolean => {
      const [, end, claim] = at(text, words);
      return actsOnBodilyProcess(text, end, claim);
    };
    expect(process('Lupron halts production of the female hormone estrogen.', 'halts')).toBe(true);
    expect(process('Oral NR safely boosts human NAD+ metabolism.', 'boosts')).toBe(true);
    expect(process("The minerals boost the teeth's natural healing process.", 'boost')).toBe(true);
    expect(process('Choir singing boosts immune activity.', 'boosts')).toBe(false);
    expect(
      process('The fluid around the lens is rich in the vitamin, which prevents oxidation of proteins.', 'prevents'),
    ).toBe(true);
    expect(process('The new vaccine prevents shingles.', 'prevents')).toBe(false);
    const body = (text: string, words: string): boolean => {
      const [, end, claim] = at(text, words);
      return helpsTheBodyAct(text, end, claim);
    };
    expect(body('Allergy shots help teach the body to better tolerate pollen.', 'help')).toBe(true);
    expect(body('Vitamin D helps the body absorb calcium.', 'helps')).toBe(true);
    expect(body('The new cream helps patients with eczema.', 'helps')).toBe(false);
    const people = (text: string, words: string): boolean => {
      const [start, end] = at(text, words);
      return peopleImproveThemselves(text, start, end);
    };
    expect(people('You see lots of patients improve their depression.', 'improve')).toBe(true);
    expect(people('By taking ibuprofen, people can ward off the disease.', 'can ward off')).toBe(false);
  });

  it('reads a harm moved up or a good moved down as a claim of harm', () => {
    const harm = (text: string, words: string): boolean => {
      const [, end, claim] = at(text, words);
      return claimsHarm(text, end, claim);
    };
    expect(harm('Saturated fat boosts heart disease risk, said Clark.', 'boosts')).toBe(true);
    expect(harm('Short sleep reduces powers of perception.', 'reduces')).toBe(true);
    expect(harm('Each delay reduces the chance of recovery with no disability.', 'reduces')).toBe(true);
    expect(harm('The drug slows memory decline.', 'slows')).toBe(false);
    expect(harm('Laparoscopy shortens a patient’s recovery time.', 'shortens')).toBe(false);
    expect(harm('The vaccine boosts immunity.', 'boosts')).toBe(false);
  });
});
