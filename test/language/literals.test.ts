import { describe, expect, it } from 'vitest';
import { holdsAnyOf, lowerCaseForLiteralTests } from '../../src/language/literals.js';

describe('literal tests before patterns', () => {
  it('lower-cases a text unless the i flag would fold a letter differently', () => {
    expect(lowerCaseForLiteralTests('Risk HALVED')).toBe('risk halved');
    expect(lowerCaseForLiteralTests('the riſk')).toBeUndefined();
    expect(lowerCaseForLiteralTests('5 \u212Ag')).toBeUndefined();
  });

  it('tells whether a text holds any of the parts, read literally', () => {
    const test = holdsAnyOf(['fold', 'per cent', '.com', '(OR']);
    expect(['a twofold rise', '5 per cent', 'see x.com', 'an (OR 2)'].map(test)).toEqual([true, true, true, true]);
    expect(['no match', 'xcom', 'OR'].map(test)).toEqual([false, false, false]);
  });
});
