import { describe, expect, it } from 'vitest';
import { namesDecadeBy, setInThePast } from '../../src/language/dates.js';

describe('a sentence set in the past', () => {
  it('reads a decade that ended by a year', () => {
    expect(namesDecadeBy('In the ’50s and ’60s psychedelics were the cutting edge of research.', 1992)).toBe(true);
    expect(namesDecadeBy('In the 1950s the drug was new.', 1992)).toBe(true);
    // Not ended yet, or a count or a name rather than a decade.
    expect(namesDecadeBy('In the 1990s the drug was new.', 1992)).toBe(false);
    expect(namesDecadeBy('Adults in their 50s took part.', 1992)).toBe(false);
    expect(namesDecadeBy('In the ’10s the drug was new.', 2030)).toBe(false);
    expect(namesDecadeBy('The best advance since the current treatment was launched in the 1980s.', 2015)).toBe(false);
  });

  it('reads “in the past” but not a span that reaches to now', () => {
    expect(setInThePast('Before groundbreaking work by Dr. John Marshall at UVA in the past, no one knew.')).toBe(true);
    expect(setInThePast('In the distant past, healers used willow bark.')).toBe(true);
    expect(setInThePast('In the past year the drug reached patients.')).toBe(false);
    expect(setInThePast('In the past few decades survival has doubled.')).toBe(false);
    expect(setInThePast('The drug passed its first test.')).toBe(false);
  });
});
