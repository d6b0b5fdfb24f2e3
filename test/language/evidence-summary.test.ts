import { describe, expect, it } from 'vitest';
import { gradedAsIndirect, reviewsEvidence } from '../../src/language/evidence-summary.js';
import { buildDocument } from '../../src/prose/document.js';
import { findTextCitations } from '../../src/prose/citations.js';

const summary = (markdown: string): boolean => reviewsEvidence(buildDocument(markdown, 'markdown'));

describe('a summary of evidence (round 17)', () => {
  it('is a text answering its title’s question by weighing studies', () => {
    expect(
      summary(
        '# Does ginger ease period pain?\n\nPrevious studies suggest that ginger eases period pain. The quality of the studies is low.\n\nBoth studies found less pain.\n',
      ),
    ).toBe(true);
    expect(
      summary(
        '# Does coffee affect cancer death risk?\n\nThe pooled results of studies to date show no effect. It is still unclear whether decaf differs.\n',
      ),
    ).toBe(true);
  });

  it('is a text with a reference apparatus that weighs its studies', () => {
    expect(
      summary('Ginger eases pain [1]. Both studies [2,3] were small, and the quality of the studies is low.\n'),
    ).toBe(true);
  });

  it('is not a news story that weighs evidence in passing, nor a question with no studies weighed', () => {
    expect(
      summary(
        '# Coffee cuts cancer deaths, study finds\n\nThe studies were large. It is still unclear whether decaf works the same way.\n',
      ),
    ).toBe(false);
    expect(summary('# Can ginger ease period pain?\n\nMany women try ginger. The studies were small.\n')).toBe(false);
    expect(summary('About 70% of people will fall once a year (2).\n\nAbout 40% of them fall again.\n')).toBe(false);
  });
});

describe('numbered markers with spaces inside the brackets', () => {
  it('reads “[ 4 ]” and “[ 1,2 ]” as markers', () => {
    expect(findTextCitations('Five in 100 adults have diabetes [ 4 ].').map((found) => found.text)).toEqual(['[ 4 ]']);
    expect(findTextCitations('As earlier studies show [ 1,2 ].').map((found) => found.text)).toEqual(['[ 1,2 ]']);
  });
});

describe('evidence graded as indirect', () => {
  it('reads “indirect evidence suggests” and “indirect comparisons suggest” as a grade, not a source', () => {
    expect(gradedAsIndirect('Studies were inconclusive, although indirect ', 'evidence suggests')).toBe(true);
    expect(gradedAsIndirect('although ', 'evidence suggests')).toBe(false);
    expect(gradedAsIndirect('although indirect ', 'experts say')).toBe(false);
    expect(gradedAsIndirect('the direct ', 'evidence suggests')).toBe(false);
  });
});
