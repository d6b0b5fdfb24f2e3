import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { namesCellsOrAnimals, resultInCellsOrAnimals } from '../../src/language/preclinical-result.js';

const labArticle =
  'Researchers gave the compound to mice fed a fatty diet.\n\nIn cell cultures, the compound also changed how fat was stored. The treated mice gained less weight.\n\n';
const peopleArticle = 'A trial in 300 adults tested the tea.\n\n';

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

  it('reads a restated result in an article on animal or lab work', () => {
    const lab = (sentence: string) =>
      resultInCellsOrAnimals(buildDocument(labArticle + sentence + '\n', 'markdown'), sentence);
    expect(lab('This research shows the smallest compounds are the most effective.')).toBe(true);
    expect(lab('It also relieves inflammation of cells in several tissues.')).toBe(true);
    // People named: a claim for people, whatever the article's own work.
    expect(lab('Previous research shows that the drug helps patients with diabetes.')).toBe(false);
    expect(lab('Exercise is the most effective way to keep weight off.')).toBe(false);
  });

  it('leaves results in people alone', () => {
    const sentence = 'This research shows the tea relieves headaches.';
    expect(resultInCellsOrAnimals(buildDocument(peopleArticle + sentence + '\n', 'markdown'), sentence)).toBe(false);
  });
});
