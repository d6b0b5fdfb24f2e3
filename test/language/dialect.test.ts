import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { detectDialect } from '../../src/language/dialect.js';

const dialectOf = (text: string): string => detectDialect(buildDocument(text, 'text'));

describe('detectDialect', () => {
  it('reads British and American spellings', () => {
    expect(dialectOf('The programme was organised to lower haemoglobin in paediatric anaemia.')).toBe('en-GB');
    expect(dialectOf('The program was organized to lower hemoglobin in pediatric anemia.')).toBe('en-US');
    // Oxford spelling: -ize with British -our and -ae-.
    expect(dialectOf('Patients were randomized; tumour size and haemoglobin were recorded.')).toBe('en-GB');
  });

  it('does not count words that merely contain hem, hema or emia', () => {
    expect(dialectOf('Chemotherapy caused erythema; the schema was recognised and the tumour shrank.')).toBe('en-GB');
  });

  it('ignores -ise words shared by both dialects and falls back to American on a tie', () => {
    expect(dialectOf('Exercise and advise patients; a surprise promise.')).toBe('en-US');
    // Their -ing forms drop the "e", and are no more British: "aging" stays American beside them.
    expect(dialectOf('Exercising, advising and surprising findings on aging, promising and raising hopes.')).toBe(
      'en-US',
    );
  });
});
