import { describe, expect, it } from 'vitest';
import { namesCellsOrAnimals } from '../../src/language/preclinical-result.js';

describe('a result in cells or animals', () => {
  it('reads a sentence that names animal or lab work', () => {
    expect(namesCellsOrAnimals('The gel heals wounds in a mouse model of diabetes.')).toBe(true);
    expect(namesCellsOrAnimals('The extract kills tumour cells in vitro.')).toBe(true);
    expect(namesCellsOrAnimals('The spray curbs the growth of bacteria even at low dilutions.')).toBe(true);
    expect(namesCellsOrAnimals('Viruses stop the proliferation of E. coli cells in lab models.')).toBe(true);
    expect(namesCellsOrAnimals('The tea relieves headaches in adults.')).toBe(false);
    // “Animals” alone may be pets or farm animals, not a study's animals.
    expect(namesCellsOrAnimals('Owners say the cream relieves itching and animals like it.')).toBe(false);
  });
});
