import { describe, expect, it } from 'vitest';
import { findNegations, isNegatedAt } from '../../src/language/negation.js';

const negated = (text: string, word: string): boolean => isNegatedAt(text, text.indexOf(word));

describe('negation', () => {
  it('sees a negation before a claim in the same clause', () => {
    expect(negated('Vitamin C does not cure colds.', 'cure')).toBe(true);
    expect(negated("It doesn't reverse the damage.", 'reverse')).toBe(true);
    expect(negated('The drug failed to improve survival.', 'improve')).toBe(true);
    expect(negated('There is no evidence that it prevents cancer.', 'prevents')).toBe(true);
  });

  it('reads declining to say something as withholding it', () => {
    expect(negated('I would hesitate to assign too much potential groundbreaking science.', 'groundbreaking')).toBe(
      true,
    );
    expect(negated('The panel stopped short of calling it a cure.', 'cure')).toBe(true);
    expect(negated('She was reluctant to call the drug a breakthrough.', 'breakthrough')).toBe(true);
    expect(negated('He hesitated to start, but the drug cures the disease.', 'cures')).toBe(false);
  });

  it('stops at clause breaks and ignores “not only”', () => {
    expect(negated('It is not cheap, but it cures colds.', 'cures')).toBe(false);
    expect(negated('It helps not only by alleviating, but by reversing symptoms.', 'reversing')).toBe(false);
    expect(negated('Not one patient relapsed; it cures the disease.', 'cures')).toBe(false);
    expect(negated('No doubt it works.', 'works')).toBe(false);
  });

  it('lists the cues it found', () => {
    expect(findNegations('Neither drug helped, and nor did surgery.').map((cue) => cue.text)).toEqual([
      'Neither',
      'nor',
    ]);
  });

  it('keeps the cues per text, so rules asking about one sentence share one answer', () => {
    const sentence = 'The drug does not cure migraine.';
    expect(findNegations(sentence)).toBe(findNegations(sentence));
  });
});
