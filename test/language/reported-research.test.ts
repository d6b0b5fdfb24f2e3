import { describe, expect, it } from 'vitest';
import { opensOnSeveralTrials } from '../../src/language/reported-research.js';
import { buildDocument } from '../../src/prose/document.js';

const opens = (text: string): boolean => opensOnSeveralTrials(buildDocument(text, 'text'));

describe('an article that opens on a body of trials (issue #13: review_treatment)', () => {
  it('finds a count of three or more trials or studies, or “these trials”, in the first two blocks', () => {
    expect(opens('Altogether 12.864 people took part in 25 studies investigating sitagliptin.')).toBe(true);
    expect(opens('Based on 35 clinical trials involving 1,997 newborns, EMLA reduces pain.')).toBe(true);
    expect(opens('Overall, these trials did not find clear evidence of a benefit.')).toBe(true);
    expect(opens('Eight randomised controlled trials were found.')).toBe(true);
  });

  it('finds a review that pools trials without counting them (a meta-analysis, a systematic review)', () => {
    expect(opens('According to a network meta-analysis, naproxen ranked most effective for knee pain.')).toBe(true);
    expect(opens('A systematic review weighed every treatment for tinnitus.')).toBe(true);
    expect(
      opens('Ketamine eased depression in a new trial.\n\nIt helped fast.\n\nA meta-analysis had found the same.'),
    ).toBe(false);
  });

  it('leaves out one or two studies, and a body of trials named only further down', () => {
    expect(opens('Ketamine eased depression in a new study.\n\nTwo trials had found the same.')).toBe(false);
    expect(opens('A 2 studies')).toBe(false);
    expect(opens('Ketamine eased depression.\n\nIt helped fast.\n\nThe 25 studies agreed.')).toBe(false);
  });
});
