import { describe, expect, it } from 'vitest';
import { inNamedSpeakersReport } from '../../src/language/attribution-shapes.js';
import { namesSpeaker } from '../../src/language/attribution.js';
import { countsIncludedStudies } from '../../src/language/evidence-summary.js';
import { creditedByVenue } from '../../src/language/study-reference.js';
import { buildDocument } from '../../src/prose/document.js';

describe('unnamed evidence in a named person’s reported speech (round 19)', () => {
  it('reads a named person or pronoun reporting, and “according to” a name', () => {
    expect(inNamedSpeakersReport('But according to Michail, ')).toBe(true);
    // Opening the sentence too (round 26, holdout 21's “According to Farris, some but not all studies suggest”).
    expect(inNamedSpeakersReport('According to Farris, some but not all ')).toBe(true);
    expect(inNamedSpeakersReport('Dr. Deland cited ')).toBe(true);
    expect(inNamedSpeakersReport('But he says some ')).toBe(true);
    expect(
      inNamedSpeakersReport(
        'Johnston, who said she could not speak to the scientific merits of the report, said other ',
      ),
    ).toBe(true);
  });
  it('leaves a quote, unnamed people, a body and the article’s own voice', () => {
    expect(inNamedSpeakersReport('Gray said: “Ongoing ')).toBe(false);
    expect(inNamedSpeakersReport("Simpson said: 'When it comes to arthritis, early diagnosis is key with ")).toBe(
      false,
    );
    expect(inNamedSpeakersReport('Researchers said enough clinical ')).toBe(false);
    expect(inNamedSpeakersReport('The letter cited safety concerns, specifically ')).toBe(false);
    expect(inNamedSpeakersReport('according to the American Heart Association, ')).toBe(false);
    expect(inNamedSpeakersReport('According to the American Heart Association, ')).toBe(false);
    expect(inNamedSpeakersReport('Though African ')).toBe(false);
  });
});

describe('a speaker named after an initial (round 19)', () => {
  it('reads “says H. Gilbert Welch” as a named speaker', () => {
    expect(namesSpeaker('Mammograms may cut the risk, says H. Gilbert Welch of Dartmouth Medical School.')).toBe(true);
    expect(namesSpeaker('Mammograms may cut the risk, says Gilbert Welch.')).toBe(true);
  });
});

describe('a review that counts the studies it included (round 19)', () => {
  const counts = (markdown: string) => countsIncludedStudies(buildDocument(markdown, 'markdown'));
  it('reads a count of included studies in the opening blocks', () => {
    expect(
      counts('We looked at the evidence up to February 2014 and included 11 studies involving 699 participants.\n'),
    ).toBe(true);
    expect(counts('The review included twelve randomised trials of exercise.\n')).toBe(true);
  });
  it('leaves a trial that included people, and a study with no count', () => {
    expect(counts('The trial included 300 patients with asthma.\n')).toBe(false);
    expect(counts('Studies included in the analysis were small.\n')).toBe(false);
  });
});

describe('research credited by the venue it appeared in (round 19)', () => {
  it('reads a named meeting or journal right after the research', () => {
    expect(
      creditedByVenue(
        'according to research',
        ' presented today at the 2017 Multidisciplinary Thoracic Cancers Symposium.',
      ),
    ).toBe(true);
    expect(creditedByVenue('according to research', ' published this week in Neurology.')).toBe(true);
  });
  it('leaves research with no venue, or a venue not named', () => {
    expect(creditedByVenue('according to research', ' suggesting a high platelet count is linked.')).toBe(false);
    expect(creditedByVenue('according to research', ' presented at a meeting last year.')).toBe(false);
    expect(creditedByVenue('according to experts', ' at the 2017 Symposium.')).toBe(false);
  });
});
