import { describe, expect, it } from 'vitest';
import { citationCanBeFollowed, hasReferenceList } from '../../src/language/reference-list.js';
import { buildDocument } from '../../src/prose/document.js';

const article = (body: string) => buildDocument(`---\ntitle: Test\n---\n\n${body}\n`, 'markdown');
const followable = (body: string): boolean[] => {
  const document = article(body);
  return document.facts.citations.map((citation) => citationCanBeFollowed(document, citation));
};

describe('reference lists that numbered markers point to', () => {
  it('finds no list when the notes were dropped', () => {
    expect(hasReferenceList(article('Costs will double by 2050. (2)\n\nThe team said so.'))).toBe(false);
    expect(followable('Costs will double by 2050. (2)\n\nThe team said so.')).toEqual([false]);
    expect(followable('Most were treated.[3] Others waited.')).toEqual([false]);
  });

  it('finds numbered notes at the end, in any numbering', () => {
    const notes = [
      '(2) Smith J, Lee K. Costs of dementia. Alzheimers Dement. 2017;13(4):325-373.',
      '[2] Smith J et al. Costs of dementia, 2017.',
      '2. Costs of dementia. Journal of Ageing, 2017.',
      '² World report on ageing, 2015. https://example.org/report',
    ];
    for (const note of notes) {
      expect(followable(`Costs will double by 2050. (2)\n\n${note}`)[0]).toBe(true);
    }
  });

  it('finds an ordered list of references, a reference line and a references section', () => {
    expect(hasReferenceList(article('Costs rose.[1]\n\n1. Smith J, Lee K. Costs. BMJ 2019;3:12.'))).toBe(true);
    expect(hasReferenceList(article('Costs rose.[1]\n\nSource: Smith J, et al. The Lancet, 2016.'))).toBe(true);
    expect(hasReferenceList(article('Costs rose.[1]\n\n## References\n\nSmith J. Costs. 2019.'))).toBe(true);
  });

  it('does not take a numbered step or a list of points for notes', () => {
    expect(hasReferenceList(article('Costs rose.[1]\n\n1. Rest for a day.\n2. Drink water in 2019.'))).toBe(false);
    expect(hasReferenceList(article('Costs rose. (1)\n\n(1) The trial ran from 2015 to 2017.'))).toBe(false);
  });

  it('keeps links, identifiers and named sources followable without a list', () => {
    expect(followable('Coffee helps ([study](https://doi.org/10.1000/x)).')).toEqual([true]);
    expect(followable('It was published in The Lancet in 2019.')).toEqual([true]);
  });
});
