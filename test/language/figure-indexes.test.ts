import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotAHealthFigure, restatesNonHealthFigure } from '../../src/language/statistics.js';
import { insideOpenQuotation, openQuotationIndex } from '../../src/language/study-finding.js';

/**
 * Round 28: answers a rule asks about every figure of a long paragraph, worked out once per
 * paragraph instead of by reading the paragraph again for each figure. Each must answer exactly
 * what reading it again answered.
 */

/** `restatesNonHealthFigure` as round 27 wrote it: every earlier place of the number, each read on its own. */
function restatesByRereading(paragraph: string, figure: string, before: number): boolean {
  if (!/\d/u.test(figure) || /^\s?of\b/u.test(paragraph.slice(before + figure.length, before + figure.length + 4)))
    return false;
  for (let at = paragraph.lastIndexOf(figure, before - figure.length); at >= 0;) {
    const end = at + figure.length;
    const bounded = !/[\p{L}\p{N}.,]/u.test(paragraph.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(paragraph.charAt(end));
    if (bounded && isNotAHealthFigure(paragraph, { start: at, end })) return true;
    if (at === 0) break;
    at = paragraph.lastIndexOf(figure, at - 1);
  }
  return false;
}

const pieces = [
  'Vitamin B-6 at 2,500 percent of your daily value.',
  'that 2,500 percent is going to help',
  '2,500 percent of adults',
  'a target of 90%',
  '90% of patients recover',
  'researchers hope for 50 percent',
  '50 percent of smokers',
  'It costs $50.',
  '12,500 percent',
  ' ',
  ', ',
  '. ',
];

describe('restatesNonHealthFigure, indexed per paragraph', () => {
  it('answers what reading every earlier place again answered, at every place of the number', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const paragraph = parts.join(' ');
        for (const figure of ['2,500 percent', '90%', '50 percent', '50']) {
          for (let at = paragraph.indexOf(figure); at >= 0; at = paragraph.indexOf(figure, at + 1)) {
            expect(restatesNonHealthFigure(paragraph, figure, at)).toBe(restatesByRereading(paragraph, figure, at));
          }
        }
      }),
      { numRuns: 300, seed: 28 },
    );
  });

  it('still reads a number said again after a dose as that dose, and a share of something new as new', () => {
    const paragraph = 'Vitamin B-6 at 2,500 percent of your daily value. And that 2,500 percent is going to help.';
    expect(restatesNonHealthFigure(paragraph, '2,500 percent', paragraph.lastIndexOf('2,500'))).toBe(true);
    const share = 'Vitamin B-6 at 2,500 percent of your daily value. It helps 2,500 percent of adults.';
    expect(restatesNonHealthFigure(share, '2,500 percent', share.lastIndexOf('2,500'))).toBe(false);
  });
});

describe('openQuotationIndex', () => {
  it('answers insideOpenQuotation at every offset, the end included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', '“', '”', 'a', ' ', '.'), maxLength: 40 }), (text) => {
        const inside = openQuotationIndex(text);
        for (let offset = 0; offset <= text.length + 1; offset++) {
          expect(inside(offset)).toBe(insideOpenQuotation(text, offset));
        }
      }),
      { numRuns: 300, seed: 28 },
    );
  });
});
