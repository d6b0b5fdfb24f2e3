import { describe, expect, it } from 'vitest';
import { followsTheNewStudy, preliminaryInThePresent, researchCarriedOut } from '../../src/language/study-reference.js';

describe('research that points at the study an article reports (round 17)', () => {
  it('reads research carried out by the sentence’s subject', () => {
    expect(
      researchCarriedOut('A team led by Dr. Patrick McGeer, has successfully carried out ', 'studies suggesting that'),
    ).toBe(true);
    expect(researchCarriedOut('The scientists conducted two ', 'studies showing')).toBe(true);
    expect(researchCarriedOut('More work needs to be done before ', 'it is known')).toBe(false);
    expect(researchCarriedOut('In the clinic, ', 'studies suggest')).toBe(false);
  });

  it('reads preliminary research in the present of news, not in the perfect or the past', () => {
    expect(preliminaryInThePresent('MONDAY (HealthDay News) -- Preliminary ', 'research suggests')).toBe(true);
    expect(preliminaryInThePresent('Also, small, preliminary ', 'studies suggested')).toBe(false);
    expect(preliminaryInThePresent('While preliminary ', 'studies have suggested')).toBe(false);
    expect(preliminaryInThePresent('Early ', 'research suggests')).toBe(false);
  });

  it('reads tenseless or present research right after a sentence on the new paper', () => {
    const previous = 'The new paper describes how the BCG vaccine might affect diabetes.';
    expect(followsTheNewStudy(previous, '', 'According to studies')).toBe(true);
    expect(followsTheNewStudy(previous, '', 'Studies have shown')).toBe(false);
    expect(followsTheNewStudy(previous, 'Other ', 'research suggests')).toBe(false);
    expect(followsTheNewStudy('The research offers hope to patients.', '', 'Studies suggest')).toBe(false);
  });
});
