import { describe, expect, it } from 'vitest';
import {
  amplifiesARisingRisk,
  stressesALikeness,
  undoneLater,
  datedYearsAgo,
  hopedForDiscovery,
  progressOverYears,
  needsStudyFirst,
  toldAsNaturalHistory,
  recallsAPastHope,
  pairedWithAHarm,
} from '../../src/language/hype-scope.js';

describe('what a hype word is said of, when not the treatment at hand (round 17)', () => {
  it('reads a field’s many advances over the years to now, not one result over the same span', () => {
    const sentence = 'But in recent years, scientists have made some breakthrough discoveries about how we age.';
    expect(progressOverYears(sentence, 'breakthrough', ' discoveries about how we age.')).toBe(true);
    expect(
      progressOverYears(
        'Over the past decade there have been dramatic improvements in care.',
        'dramatic improvements',
        ' in care.',
      ),
    ).toBe(true);
    expect(
      progressOverYears('Our experience over the last five years has been rather phenomenal.', 'phenomenal', '.'),
    ).toBe(false);
    expect(
      progressOverYears('In the past year the breakthrough drugs reached patients.', 'breakthrough', ' drugs'),
    ).toBe(false);
  });

  it('reads a rise in a risk, not a rise in survival or a fall in risk', () => {
    expect(amplifiesARisingRisk('dramatically increases', ' the risk of drug overdose')).toBe(true);
    expect(amplifiesARisingRisk('dramatically increased', ' the risk of falls.')).toBe(true);
    expect(amplifiesARisingRisk('dramatically increased', ' breast cancer risk.')).toBe(false);
    expect(amplifiesARisingRisk('dramatically increase', ' survival rates for men')).toBe(false);
    expect(amplifiesARisingRisk('dramatically lowers', ' the risk of stroke')).toBe(false);
    expect(amplifiesARisingRisk('dramatically lower', ' risks of getting both cancers')).toBe(false);
    expect(amplifiesARisingRisk('dramatically improve', ' risk and health')).toBe(false);
  });

  it('reads an attributive participle after a determiner as a risk that is high (round 29)', () => {
    expect(amplifiesARisingRisk('dramatically increased', ' breast cancer risk.', 'her')).toBe(true);
    expect(amplifiesARisingRisk('dramatically increased', ' risk of falls', 'a')).toBe(true);
    // A bare participle may be the verb (“the drug dramatically increased survival”): not read.
    expect(amplifiesARisingRisk('dramatically increased', ' breast cancer risk.', 'drug')).toBe(false);
    // A rise in something that is no risk stays a benefit.
    expect(amplifiesARisingRisk('dramatically increased', ' survival rates', 'the')).toBe(false);
    expect(amplifiesARisingRisk('dramatically reduced', ' risk of stroke', 'a')).toBe(false);
  });

  it('reads an indefinite find hoped for in a condition, not a condition on the thing at hand', () => {
    expect(hopedForDiscovery('"But we will always need replacements, unless we find some ... ')).toBe(true);
    expect(hopedForDiscovery('If someone develops a ')).toBe(true);
    expect(hopedForDiscovery('If confirmed, this ')).toBe(false);
    expect(hopedForDiscovery('If this is a ')).toBe(false);
  });

  it('reads an event dated years back, not a span from then to now', () => {
    expect(datedYearsAgo('The case of a patient cured nearly four years ago in Berlin.')).toBe(true);
    expect(datedYearsAgo('The biggest game changer since the birth control pill 50 years ago.')).toBe(false);
    expect(datedYearsAgo('The trial began a year ago.')).toBe(false);
  });
});

describe('hype said of something else (round 19)', () => {
  it('reads a result the sentence says came to nothing', () => {
    expect(undoneLater(' and then they didn’t pan out in later trials," he added.')).toBe(true);
    expect(undoneLater(' that were not replicated.')).toBe(true);
    expect(undoneLater(' that were confirmed in later trials.')).toBe(false);
    expect(undoneLater(' in the trial of 300 adults.')).toBe(false);
  });
  it('reads an adverb stressing a difference or variation, not an effect or a likeness', () => {
    expect(stressesALikeness('strikingly', 'different')).toBe(true);
    expect(stressesALikeness('remarkably', 'varied')).toBe(true);
    expect(stressesALikeness('strikingly', 'distinct')).toBe(true);
    expect(stressesALikeness('strikingly', 'similar')).toBe(false);
    expect(stressesALikeness('strikingly', 'effective')).toBe(false);
    expect(stressesALikeness('amazing', 'different')).toBe(false);
  });
});

describe('hype said of something else (round 21)', () => {
  it('reads a result undone with a bare “not” before a participle', () => {
    expect(undoneLater(' in phase 1 and then not panned out in phase 2,” she noted.')).toBe(true);
    expect(undoneLater(' early on, but the results have not held up.')).toBe(true);
    expect(undoneLater(' in mice, but the drug fizzled in larger trials.')).toBe(true);
    expect(undoneLater(' and the effect was not small.')).toBe(false);
    expect(undoneLater(' for patients, not least those with advanced disease.')).toBe(false);
  });

  it('reads an organism’s evolved trait as natural history, not technology that evolved', () => {
    expect(
      toldAsNaturalHistory(
        'To survive with very little sunlight, they have evolved to convert light into energy with ',
      ),
    ).toBe(true);
    expect(toldAsNaturalHistory('Over millions of years of evolution, the frogs made an ')).toBe(true);
    expect(toldAsNaturalHistory('The technique has evolved to the point where it is an ')).toBe(false);
    expect(toldAsNaturalHistory('The implant has evolved into an ')).toBe(false);
    expect(toldAsNaturalHistory('The new drug converts light into energy with ')).toBe(false);
  });

  it('reads a call for study said of what the hype word names, not elsewhere in the sentence', () => {
    expect(needsStudyFirst(' testing needs independent study.')).toBe(true);
    expect(needsStudyFirst(' requires rigorous evaluation before it reaches patients.')).toBe(true);
    expect(needsStudyFirst(' for patients with asthma, though more research is needed.')).toBe(false);
    expect(needsStudyFirst(' needs to reach patients.')).toBe(false);
  });
});

describe('hype said of something else (round 27)', () => {
  it('reads a past hope of what something would be, not a hope or a claim now', () => {
    expect(recallsAPastHope('"There was tremendous hope that this [drug] approach would be a ')).toBe(true);
    expect(recallsAPastHope('Researchers had hoped the vaccine would prove a ')).toBe(true);
    expect(recallsAPastHope('The researchers hope the drug will be a ')).toBe(false);
    expect(recallsAPastHope('The drug would be a ')).toBe(false);
  });

  it('reads a hype word paired with a word of harm, not one inside a name', () => {
    expect(pairedWithAHarm('A false positive can kick-start unnecessary, ')).toBe(true);
    expect(pairedWithAHarm('Patients face painful and ')).toBe(true);
    expect(pairedWithAHarm('The clinic offers a new minimally invasive ')).toBe(false);
    expect(pairedWithAHarm('The clinic offers a safe, ')).toBe(false);
  });
});
