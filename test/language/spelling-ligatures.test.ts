import { describe, expect, it } from 'vitest';
import { withoutLigatures } from '../../src/spelling/ligatures.js';

describe('withoutLigatures', () => {
  it('writes out the Latin ligatures of typeset text', () => {
    expect(withoutLigatures('signiﬁcantly')).toBe('significantly');
    expect(withoutLigatures('ﬂuﬀy')).toBe('fluffy');
    expect(withoutLigatures('eﬃcacy')).toBe('efficacy');
    expect(withoutLigatures('ﬆudy')).toBe('study');
  });

  it('returns other words unchanged', () => {
    expect(withoutLigatures('significantly')).toBe('significantly');
    expect(withoutLigatures('Montréal')).toBe('Montréal');
  });
});
