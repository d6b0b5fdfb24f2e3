import { describe, expect, it } from 'vitest';
import { findHedges, isHedged, isSpeculative } from '../../src/language/hedges.js';

describe('hedges', () => {
  it('finds modal verbs, epistemic verbs and scope limits', () => {
    expect(findHedges('The drug may reduce symptoms.').map((cue) => cue.text)).toEqual(['may']);
    expect(isSpeculative('These results suggest that the drug works.')).toBe(true);
    expect(isSpeculative('It appears to lower blood pressure.')).toBe(true);
    expect(isHedged('In a small trial, patients slept better.')).toBe(true);
    expect(isHedged('Coffee is linked to a longer life.')).toBe(true);
    expect(isSpeculative('Researchers are not yet certain how it works.')).toBe(true);
  });

  it('does not count “can”, comparisons of likelihood or the month of May', () => {
    expect(isHedged('Ketamine can reverse depression.')).toBe(false);
    expect(isHedged('Smokers were twice as likely to die.')).toBe(false);
    expect(isHedged('Patients were more likely to recover.')).toBe(false);
    expect(isHedged('The trial ended in May 2021.')).toBe(false);
    expect(isHedged('It was published on 3 May.')).toBe(false);
    expect(isHedged('May this help you.')).toBe(true);
    // A headline in title case capitalises the modal too (issue #13).
    expect(isHedged('A Diet High In Fiber May Help Protect Against Breast Cancer')).toBe(true);
    expect(isHedged('Study Published In May Shows Benefit')).toBe(false);
  });

  it('counts only cues before an offset when asked', () => {
    const text = 'It cures colds, and it may help flu.';
    expect(isHedged(text, { before: text.indexOf('cures') })).toBe(false);
    expect(isHedged(text)).toBe(true);
  });

  it('keeps the cues per text, so rules asking about one sentence share one answer', () => {
    const sentence = 'The drug may reduce pain.';
    expect(findHedges(sentence)).toBe(findHedges(sentence));
  });
});
