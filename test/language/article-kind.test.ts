import { describe, expect, it } from 'vitest';
import {
  articleCueCount,
  articleKinds,
  hasReviewCue,
  mentionsResearchWithoutReporting,
  namesResearchInPassing,
  researchDoneCount,
  sellingCue,
} from '../../src/language/article-kind.js';
import { buildDocument } from '../../src/prose/document.js';

const kinds = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(articleKinds(buildDocument(text, 'text'))).map(([kind, cue]) => [kind, cue.text]));

describe('article kind', () => {
  it('tells research reports and sales pages apart', () => {
    expect(kinds('Researchers followed 20,000 adults for ten years.')).toEqual({ research: 'Researchers' });
    expect(kinds('Book a consultation at our clinic today.')).toEqual({ sales: 'Book a consultation' });
  });

  it('counts research cues: a study reported is named more than once, a passing call for trials once', () => {
    const count = (text: string): number => articleCueCount(buildDocument(text, 'text'), 'research');
    expect(count('Experts are calling for large independent trials of such apps.')).toBe(1);
    expect(count('A researcher gave melatonin to 63 seniors. The survey results were published in a journal.')).toBe(3);
  });

  it('does not count research said to be missing as research done (round 18)', () => {
    const done = (text: string): number => researchDoneCount(buildDocument(text, 'text'));
    expect(done('The device hasn’t been through a large clinical trial. There are no long-term studies.')).toBe(0);
    expect(
      done('“We have not done randomized, controlled clinical trials, the so-called gold-standard studies,” he says.'),
    ).toBe(0);
    expect(done('It won approval without large clinical studies.')).toBe(0);
    // A negation about something else in the sentence leaves the research done.
    expect(done('There were no side effects in the trial. But that’s not all, researchers say.')).toBe(2);
    expect(done('That is probably not what the researchers expected when they analysed nine studies.')).toBe(2);
  });

  it('tells research named in passing from a study reported (round 11 tentative shapes)', () => {
    const passing = (text: string): boolean => namesResearchInPassing(buildDocument(text, 'text'));
    expect(passing('The spa offers the treatment. Experts are calling for independent trials.')).toBe(true);
    expect(passing('The study eased pain. Two studies agreed.')).toBe(true);
    expect(passing('A researcher gave melatonin to 63 seniors. The survey results were published in a journal.')).toBe(
      false,
    );
  });

  it('tells a feature that mentions research on its way from one that reports a study (round 15 not_research)', () => {
    const mentions = (text: string): boolean => mentionsResearchWithoutReporting(buildDocument(text, 'markdown'));
    const opening =
      '---\ntitle: Snoring children\n---\n\nMaya snored.\n\nHer parents worried.\n\nA surgeon looked.\n\n';
    // Research in general, and one particular study at most once, after the lede.
    expect(
      mentions(`${opening}Clinical trials in the 1980s helped. Hundreds of studies followed; a sleep study is a test.`),
    ).toBe(true);
    expect(mentions(`${opening}Studies disagree. The researchers still argue.`)).toBe(true);
    // A particular study told twice (its journal, its researchers), or research in the headline or lede.
    expect(mentions(`${opening}A new study published in Pediatrics followed 400 children.`)).toBe(false);
    expect(mentions(`${opening}In the phase 3 trial, the researchers followed 400 children.`)).toBe(false);
    expect(mentions('---\ntitle: Study links snoring to grades\n---\n\nMaya snored.\n\nStudies disagree.\n')).toBe(
      false,
    );
    expect(mentions('---\ntitle: Snoring\n---\n\nResearchers followed 400 children.\n\nMaya snored.\n')).toBe(false);
  });

  it('does not count the verb “study” as a study reported (issue #13 not_research)', () => {
    const count = (text: string): number => articleCueCount(buildDocument(text, 'text'), 'research');
    expect(count('Studies show it does not work. Brian Ahmedani studies the numbers.')).toBe(1);
    expect(count('She plans to study how sleep changes. Doctors who study depression agree.')).toBe(0);
    expect(count('The study eased pain. Two studies agreed.')).toBe(2);
  });

  it('reads no study in an idiom or a view, and no sale in a product’s status (round 13 stray cues)', () => {
    const count = (text: string): number => articleCueCount(buildDocument(text, 'text'), 'research');
    expect(count('Finding the right dose was a matter of trial and error.')).toBe(0);
    expect(count('It took years of trial-and-error, and the trial itself ran for a year.')).toBe(1);
    expect(count('Some researchers believe it is not the gluten. Scientists think so too.')).toBe(0);
    expect(count('The researchers believed the drug worked. The researchers found that it did.')).toBe(3);
    expect(kinds('In Europe melatonin is only available by prescription.')).toEqual({});
    expect(kinds('The FDA approves the sensor; it will be commercially available in the spring.')).toEqual({});
    expect(kinds('Acme Inc. today announced FDA approval of its sensor.')).toEqual({ sales: 'today announced' });
  });

  it('does not read “more research is needed” or a plain description as either', () => {
    expect(kinds('Migraine is a headache disorder. More research is needed.')).toEqual({});
  });

  it('reads a plain-language review summary as a review, however it counts its trials (issue #13)', () => {
    expect(kinds('Nine studies were reviewed. Infliximab maintained remission.').review).toBe('studies were reviewed');
    expect(kinds('We found five studies, and we asked the authors for more.').review).toBe('We found five');
    expect(kinds('Three new studies were included in this update of the review.').review).toBe('studies were included');
    expect(kinds('Ten studies are included (3340 participants).').review).toBe('studies are included');
    expect(kinds('We looked for high quality randomised trials of cerivastatin.').review).toBe('We looked for');
    expect(kinds('A review of randomized trials of electrical stimulation in arthritis.').review).toBe(
      'A review of randomized',
    );
    expect(kinds('The trial was registered and the evidence was strong.').review).toBeUndefined();
  });

  it('reads a review summary by its evidence-quality wording (issue #13)', () => {
    expect(kinds('Low quality evidence suggests that budesonide may be effective.').review).toBe(
      'Low quality evidence',
    );
    expect(kinds('This is an updated version of the original Cochrane review.').review).toBe('Cochrane review');
  });

  it('answers whether there is a review cue as the full reading does, reading only review phrases when none occurs', () => {
    const texts = [
      'Researchers followed 20,000 adults for ten years.',
      'Nine studies were reviewed. Infliximab maintained remission.',
      'Low quality evidence suggests that budesonide may be effective.',
      // A review phrase inside a research cue's span: the research cue wins the start, so no review cue.
      'The study characteristics were reported in full.',
      'Study characteristics were reported in full.',
      'The trial was registered and the evidence was strong.',
      '',
    ];
    for (const text of texts) {
      expect(hasReviewCue(buildDocument(text, 'text')), text).toBe(
        articleKinds(buildDocument(text, 'text')).review !== undefined,
      );
    }
    expect(hasReviewCue(buildDocument('Study characteristics were reported in full.', 'text'))).toBe(true);
  });

  it('sells only in the article’s own voice: not in its boilerplate, not by saying a product is available (round 16)', () => {
    const selling = (text: string): string | undefined => sellingCue(buildDocument(text, 'markdown'))?.text;
    expect(
      selling('Prozac was developed by Eli Lilly and is now available in a cheaper generic form.'),
    ).toBeUndefined();
    expect(selling('Cupping is now available from acupuncturists and some chiropractors.')).toBeUndefined();
    expect(
      selling('Researchers at the university today announced the findings of a weight loss study.'),
    ).toBeUndefined();
    expect(selling('Our new formula is now available in stores.')).toBe('now available');
    // A price told in a story is no sale (holdout18); in the seller's voice it is.
    expect(selling('The treatment typically costs between $200 and $400 per session.')).toBeUndefined();
    expect(selling('We charge $200 per session.')).toBe('per session');
    expect(selling('Book a consultation at our clinic today.')).toBe('Book a consultation');
    const release =
      '---\ntitle: Migraine surgery helps\n---\n\nSurgeons reported that the patients had fewer headaches.\n\n## About Wolters Kluwer Health\n\nWolters Kluwer Health is a leading provider of information. For more information about our products, visit our site.\n';
    expect(articleKinds(buildDocument(release, 'markdown')).sales?.text).toBe('our products');
    expect(selling(release)).toBeUndefined();
  });
});
