import { describe, expect, it } from 'vitest';
import { reportedStudyFinding } from '../src/language/study-finding.js';

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
