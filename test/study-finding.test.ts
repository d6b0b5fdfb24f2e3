import { describe, expect, it } from 'vitest';
import {
  carriesStudyMeasure,
  creditsResearchAsReporter,
  insideOpenQuotation,
  reportedQuantifiedResult,
  reportedStudyFinding,
} from '../src/language/study-finding.js';

/** Whether the first occurrence of `claim` in `text` is reported as a study's past finding. */
function reported(text: string, claim: string): boolean {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`not found: ${claim}`);
  return reportedStudyFinding(text, { start, text: claim });
}

describe('reported study finding (issue #13: a study result told in the past, not the article’s own claim)', () => {
  it('reads a past reporting verb whose subject is research, with the claim in the past', () => {
    expect(reported('A trial in 2019 found that the new inhaler halved flare-ups in the winter.', 'halved')).toBe(true);
    expect(
      reported(
        'A pilot analysis (of the first 40 children) showed that the gel effectively reversed the rash.',
        'reversed',
      ),
    ).toBe(true);
    expect(reported('The researchers showed that the brace was more effective than the sling.', 'more effective')).toBe(
      true,
    );
  });

  it('reads a past passive with the research named in the sentence', () => {
    expect(
      reported(
        'The spray was shown to be safe and effective for clearing congestion in a one-year study.',
        'effective',
      ),
    ).toBe(true);
    expect(reported('In the trial, the two creams were found to be equally effective.', 'effective')).toBe(true);
  });

  it('leaves a present-tense claim under a past frame: the result made a general truth', () => {
    expect(reported('A trial in 2019 found that the new inhaler halves flare-ups.', 'halves')).toBe(false);
    expect(reported('The study showed that yoga can reverse the damage.', 'can reverse')).toBe(false);
    expect(reported('A large study found that the pill is effective against gout.', 'effective')).toBe(false);
  });

  it('reads a present-tense claim under a study counted among others the article reports', () => {
    expect(
      reported('A second study showed that the new pill also lengthens survival in older patients.', 'lengthens'),
    ).toBe(true);
    expect(reported('Another trial found that the cream clears the rash.', 'clears')).toBe(true);
    expect(reported('A second study showed that the cream can clear the rash.', 'clear')).toBe(false);
    expect(reported('A study found that the cream clears the rash.', 'clears')).toBe(false);
    expect(reported('Studies found that a second dose clears the rash.', 'clears')).toBe(false);
  });

  it('leaves a perfect frame: settled knowledge stated in the article’s own voice', () => {
    expect(reported('The spray has been shown to be effective in several studies.', 'effective')).toBe(false);
    expect(reported('Previous studies have shown the ring to be safe and effective.', 'effective')).toBe(false);
    expect(reported('Earlier research had found that the patch reduced pain.', 'reduced')).toBe(false);
  });

  it('needs research as the source: a past passive or a finding with no study named is not one', () => {
    expect(reported('The spray was shown to be safe and effective.', 'effective')).toBe(false);
    expect(reported('Her doctor found that the tablets reversed the anaemia.', 'reversed')).toBe(false);
    expect(reported('The herb cures colds.', 'cures')).toBe(false);
  });
});

/** Whether `text`, with `next` after it, reports a result with its study and measure, for the claim at `claim`. */
function quantified(text: string, claim: string, next?: string): boolean {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`not found: ${claim}`);
  return reportedQuantifiedResult(text, start, next);
}

describe('reported quantified result (issue #13, round 8: a reported result carries its study)', () => {
  it('reads a credit to research with the study’s own measure, in any tense', () => {
    expect(
      quantified(
        'The implant cut deaths 29% compared with a pacemaker alone, researchers reported Monday.',
        'cut deaths',
      ),
    ).toBe(true);
    expect(quantified('The new gel heals burns 40 percent faster, the trial found.', 'heals')).toBe(true);
    expect(quantified('Ibuprofen was ranked the most effective, the analysis showed.', 'most effective')).toBe(true);
    expect(quantified('According to the study, the brace relieves pain in 60% of patients.', 'relieves')).toBe(true);
  });

  it('reads the credit in the next sentence', () => {
    expect(
      quantified(
        'Sixty-two percent of patients given the patch improved within a month.',
        'improved',
        'Okafor and colleagues report the results in the journal Pain.',
      ),
    ).toBe(true);
  });

  it('leaves a claim with only one of the two: a generalising lede, or a figure with no study', () => {
    expect(quantified('The new pill works better than aspirin, a large trial finds.', 'works better')).toBe(false);
    expect(quantified('Yoga eases back pain.', 'eases', 'The trial was small.')).toBe(false);
    expect(quantified('The cream cuts the risk of scarring by about 60 percent.', 'cuts')).toBe(false);
    expect(quantified('The cream cuts scarring by 60 percent.', 'cuts', 'It is sold without a prescription.')).toBe(
      false,
    );
  });

  it('leaves a claim in a quotation: a named expert’s claim', () => {
    expect(
      quantified(
        'Dr. Reyes said, "Studies have shown that the device eliminates attacks in 80% of patients."',
        'eliminates',
      ),
    ).toBe(false);
  });
});

describe('study measure, research credit and open quotation', () => {
  it('finds the study’s own measure', () => {
    expect(carriesStudyMeasure('It lowered pressure by 4.5 % versus placebo.')).toBe(true);
    expect(carriesStudyMeasure('It lowered pressure compared to no treatment.')).toBe(true);
    expect(carriesStudyMeasure('It lowers pressure in most people.')).toBe(false);
  });

  it('finds research credited as the reporter', () => {
    expect(creditsResearchAsReporter('Researchers reported Sunday at a meeting in Boston.')).toBe(true);
    expect(creditsResearchAsReporter('The study, published in March, found fewer falls.')).toBe(true);
    expect(creditsResearchAsReporter('That is according to a new trial.')).toBe(true);
    expect(creditsResearchAsReporter('The researchers hope to start a trial next year.')).toBe(false);
    expect(creditsResearchAsReporter('Her doctor found it helped.')).toBe(false);
  });

  it('tells whether a quotation is open at an offset', () => {
    expect(insideOpenQuotation('He said, “It works', 17)).toBe(true);
    expect(insideOpenQuotation('“It works,” he said, and it helps', 30)).toBe(false);
    expect(insideOpenQuotation('He said, "It works', 17)).toBe(true);
    expect(insideOpenQuotation('"It works," he said, and it helps', 30)).toBe(false);
  });
});
