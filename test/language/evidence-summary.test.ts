import { describe, expect, it } from 'vitest';
import {
  carriesPooledEstimate,
  carriesReviewApparatus,
  gradedAsIndirect,
  gradingCausesDoubt,
  reviewsEvidence,
  summarisesReviewedStudies,
} from '../../src/language/evidence-summary.js';
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

describe('a review’s own apparatus (round 19, Cochrane abstracts)', () => {
  const apparatus = (markdown: string): boolean => carriesReviewApparatus(buildDocument(markdown, 'markdown'));

  it('is a review telling what it included, in the first person or the passive', () => {
    expect(
      apparatus('We included 21 studies with a total of 6253 participants. Current evidence suggests a benefit.\n'),
    ).toBe(true);
    expect(
      apparatus('Ten studies involving 484 patients were included. There was some evidence suggesting harm.\n'),
    ).toBe(true);
    expect(
      apparatus('Eight studies involving 2007 patients met the inclusion criteria. Evidence suggests a benefit.\n'),
    ).toBe(true);
    expect(
      reviewsEvidence(
        buildDocument(
          'Twenty-one trials involving 884 people were included. Current evidence shows a benefit.\n',
          'markdown',
        ),
      ),
    ).toBe(true);
  });

  it('is a review naming itself with one of the reviewer’s forms, or two forms together', () => {
    expect(
      apparatus('The review includes 11 trials. Risk ratio (RR) 1.13, 95% confidence interval (CI) 1.05 to 1.22.\n'),
    ).toBe(true);
    expect(apparatus('Pain fell (3 studies, 163 participants; low-certainty evidence).\n')).toBe(true);
    expect(apparatus('Pain fell (MD -1.09, 95% CI -1.30 to -0.87; I2 = 0%).\n')).toBe(true);
  });

  it('is not a story quoting a review or its authors', () => {
    expect(apparatus('"We have identified a new gene," said Dr Smith. Studies suggest it matters.\n')).toBe(false);
    expect(
      apparatus('"This Cochrane review shows the vaccines are safe," she said. Many studies have shown that.\n'),
    ).toBe(false);
    expect(apparatus('The researchers included 20 trials in this meta-analysis. Experts say it helps.\n')).toBe(false);
    expect(apparatus('Deaths fell (HR 0.80, 95% CI 0.70 to 0.91), the researchers reported.\n')).toBe(false);
  });
});

describe('a benefit stated with its estimate (round 19)', () => {
  it('carries a pooled ratio with its interval or the number needed to treat', () => {
    expect(
      carriesPooledEstimate('It reduces the risk (RR = 0.79 (0.68 to 0.92), 5% absolute risk reduction; NNT = 20).'),
    ).toBe(true);
    expect(
      carriesPooledEstimate('Heroin helps patients stay in treatment (N=1388 Risk Ratio 1.44 (95%CI 1.19-1.75)).'),
    ).toBe(true);
    expect(carriesPooledEstimate('Chemotherapy reduces the risk of recurrence.')).toBe(false);
  });
});

describe('grading evidence is not a causal claim (round 19)', () => {
  const at = (text: string, cue: string): boolean =>
    gradingCausesDoubt(text, text.indexOf(cue), text.indexOf(cue) + cue.length);
  it('reads the evidence or its grade as the cause, or confidence as the effect', () => {
    expect(at('Lower quality evidence resulted in lower confidence in the estimate of effect.', 'resulted in')).toBe(
      true,
    );
    expect(at('Imprecision led to downgrading of the evidence.', 'led to')).toBe(true);
    expect(at('Smoking resulted in lower lung function.', 'resulted in')).toBe(false);
    expect(at('Poor diet quality led to weight gain.', 'led to')).toBe(false);
  });
});

describe('a summary of a review of several studies, without a headline (round 27)', () => {
  const reviewSummary = (markdown: string): boolean => summarisesReviewedStudies(buildDocument(markdown, 'markdown'));

  it('is a text that tells, in the reviewer’s words, how it gathered and graded the studies', () => {
    expect(
      reviewSummary(
        'We considered 11 studies of psychological treatments. Eight trials met the criteria for inclusion. The quality of the available evidence was mainly low.\n',
      ),
    ).toBe(true);
    expect(
      reviewSummary(
        'Searching all electronic databases revealed 14 studies investigating two steroid regimens. Most of the studies had important methodological weaknesses.\n',
      ),
    ).toBe(true);
  });

  it('is not a text with one such sign, nor a news story under a headline', () => {
    expect(
      reviewSummary('Quinolone drops dry the ear better than antiseptics. The evidence about safety is weak.\n'),
    ).toBe(false);
    expect(
      reviewSummary(
        '# Melatonin eases jet lag\n\nEight trials met the criteria for inclusion, the reviewers said. The quality of the available evidence was mainly low.\n',
      ),
    ).toBe(false);
  });
});
