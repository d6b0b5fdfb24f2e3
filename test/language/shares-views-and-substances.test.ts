import { describe, expect, it } from 'vitest';
import { claimFrame, complementIsBenefit } from '../../src/language/claim-clause.js';
import { scopedToPartOfPeople } from '../../src/language/claim-context.js';
import { comparedOnSubstance, comparesTestAccuracy } from '../../src/language/claim-use.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

describe('claims that hold for a share, are a view once held, or measure a substance (round 25)', () => {
  it('reads a share of people just before the claim', () => {
    const third = 'But in about a third of patients, it improves their walking.';
    expect(scopedToPartOfPeople(third, third.indexOf(' their'), third.indexOf('improves'))).toBe(true);
    const one = 'After a year, one woman in three stops bleeding.';
    expect(scopedToPartOfPeople(one, one.indexOf(' bleeding'), one.indexOf('stops'))).toBe(true);
    const all = 'In older patients, it improves walking.';
    expect(scopedToPartOfPeople(all, all.indexOf(' walking'), all.indexOf('improves'))).toBe(false);
  });

  it('reads a noun of belief with a copula before “that” as a view reported', () => {
    const reasoning = 'The reasoning has been that fish oil lowers cholesterol.';
    expect(claimFrame(reasoning, reasoning.indexOf('lowers'))).toBe('reported');
    const thinking = 'The thinking is that the pill works.';
    expect(claimFrame(thinking, thinking.indexOf('works'))).toBe('reported');
    const stated = 'Fish oil lowers cholesterol.';
    expect(claimFrame(stated, stated.indexOf('lowers'))).toBe('stated');
  });

  it('reads what a bare “guaranteed” goes on to, past its “to”', () => {
    const confusion = 'The criteria are almost guaranteed to prompt confusion.';
    expect(complementIsBenefit(confusion, claimOf(confusion, 'guaranteed'))).toBe(false);
    const eczema = 'The cream is guaranteed to ease eczema.';
    expect(complementIsBenefit(eczema, claimOf(eczema, 'guaranteed'))).toBe(true);
  });

  it('reads a comparison measured in a substance made as how it acts', () => {
    const made = 'The pill is better than aspirin in terms of the amount of nitric oxide produced.';
    expect(comparedOnSubstance(made, made.indexOf('better than') + 11, 'better than')).toBe(true);
    const lamp = 'LED lights safer, more effective in producing vitamin D3 than sunlight';
    expect(comparedOnSubstance(lamp, lamp.indexOf('more effective') + 14, 'more effective')).toBe(true);
    const pain = 'The pill is better than aspirin at easing pain.';
    expect(comparedOnSubstance(pain, pain.indexOf('better than') + 11, 'better than')).toBe(false);
  });

  it('reads a comparison of a test’s sensitivity as its accuracy', () => {
    const sensitivity = 'The sensitivity of the test is much better than that of other stool tests.';
    const start = sensitivity.indexOf('better than');
    expect(comparesTestAccuracy(sensitivity, start, start + 11, 'better than')).toBe(true);
    const drug = 'The new drug is much better than the old one.';
    const at = drug.indexOf('better than');
    expect(comparesTestAccuracy(drug, at, at + 11, 'better than')).toBe(false);
  });
});
