import { describe, expect, it } from 'vitest';
import { countsHealthQuantity } from '../../src/language/health-quantities.js';

/** Whether the first occurrence of `figure` in `text` counts a health quantity. */
function counts(text: string, figure: string): boolean {
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`${figure} is not in ${text}`);
  return countsHealthQuantity(text, { start, end: start + figure.length });
}

describe('health quantities: what a figure counts', () => {
  it('takes a share of people or of what happens to them as a health figure', () => {
    expect(counts('About 30% of adults in Wales snore loudly.', '30%')).toBe(true);
    expect(counts('Nearly 90 percent of strokes start with a clot.', '90 percent')).toBe(true);
    expect(counts('Half of the 40,000 Canadians who smoke try to quit.', 'Half')).toBe(true);
    expect(counts('About 12 percent of all lung cancer cases are in non-smokers.', '12 percent')).toBe(true);
    expect(counts('The test is wrong 20 percent of the time.', '20 percent')).toBe(true);
    expect(counts('Roughly 30% of NSCLCs carry the change.', '30%')).toBe(true);
  });

  it('takes a share whose own noun is a thing as counting that thing', () => {
    expect(counts('Scans show more than half of the liver is scarred.', 'half')).toBe(false);
    expect(counts('The meal holds less than half the fibre advised for older adults.', 'half the')).toBe(false);
    expect(counts('About 70 percent of the clinics in Ohio stock the pump.', '70 percent')).toBe(false);
  });

  it('takes a count or a change as a health figure when its sentence names people, a risk or a burden', () => {
    expect(counts('Sepsis kills 11 million people a year.', '11 million')).toBe(true);
    expect(counts('Walkers were 40% less likely to fall.', '40%')).toBe(true);
    expect(counts('Gout affects 4 million Britons.', '4 million')).toBe(true);
    expect(counts('Some 20,000 hip operations were performed in Norway last year.', '20,000')).toBe(true);
    expect(counts('5 Million Have Heart Failure in Spain', '5 Million')).toBe(true);
  });

  it('takes a count or a change told of a named condition as a health figure', () => {
    expect(counts('About 6.2 million have Parkinson’s disease worldwide.', '6.2 million')).toBe(true);
    expect(counts('Childhood asthma is up 15% since 2010.', '15%')).toBe(true);
    expect(counts('Some 3 million live with a rare disorder in the UK.', '3 million')).toBe(true);
  });

  it('takes a count or a change about products, machines or money as no health figure', () => {
    expect(counts('The firm ships 30,000 hearing aids a year to US shops.', '30,000')).toBe(false);
    expect(counts('The scanner was available for use more than 97% of the working week.', '97%')).toBe(false);
    expect(counts('The new pump is 25% lighter and the app twice as fast.', '25%')).toBe(false);
  });

  it('takes a frequency as a rate by its form', () => {
    expect(counts('1 in 12', '1 in 12')).toBe(true);
    expect(counts('Rates were 8.1 per 100,000 in 2010.', '8.1 per 100,000')).toBe(true);
  });
});
