import { describe, expect, it } from 'vitest';
import {
  describesStudyConduct,
  statesBackground,
  tellsProjection,
  tellsUndatedPast,
  tellsUndatedRegularPast,
  withoutDateline,
} from '../../src/language/figure-kinds.js';

describe('figure kinds: background', () => {
  it('reads how common, deadly or costly a condition is as background', () => {
    expect(statesBackground('Gout is a painful disease affecting about 1 in 40 adults.')).toBe(true);
    expect(statesBackground('Sepsis kills about 11 million people a year.')).toBe(true);
    expect(statesBackground('Its prevalence in the general population is 0.5 percent.')).toBe(true);
    expect(statesBackground('Lasting tiredness occurs in about one in ten patients.')).toBe(true);
    expect(statesBackground('Roughly 2 million Americans use a hearing aid.')).toBe(true);
  });

  it('does not read a result told with ordinary verbs, or in the past, as background', () => {
    expect(statesBackground('Warm compresses appear to cut the chance of a stye returning by about 12%.')).toBe(false);
    expect(statesBackground('Headaches varied from 4% to 19% across the trials.')).toBe(false);
    expect(statesBackground('About 2% of participants died from any cause after the operation.')).toBe(false);
    expect(statesBackground('After a year, 30% had relapsed; a year later, 41% had.')).toBe(false);
    expect(statesBackground('The scan picks up nine in ten of the tumours affected by the mutation.')).toBe(false);
  });
});

describe('figure kinds: study conduct', () => {
  it('reads who enrolled, stayed, was funded or was at risk of bias as how a study was run', () => {
    expect(describesStudyConduct('Almost 85 percent of the nurses stayed in follow-up for ten years.')).toBe(true);
    expect(describesStudyConduct('Only 30 percent of the families screened for enrolment took part.')).toBe(true);
    expect(describesStudyConduct('Nine of the 40 trials were partly funded by the makers.')).toBe(true);
    expect(describesStudyConduct('Three out of 8 studies were at high risk of bias.')).toBe(true);
    expect(describesStudyConduct('The survey had a response rate of 61%.')).toBe(true);
  });

  it('leaves figures about the world alone, care and screening included', () => {
    expect(describesStudyConduct('Only 40% of adults are screened for bowel cancer.')).toBe(false);
    expect(describesStudyConduct('Half of eligible adults never get follow-up care.')).toBe(false);
    expect(describesStudyConduct('About 30 percent of smokers try to quit each year.')).toBe(false);
  });
});

describe('figure kinds: the tense a figure is told in', () => {
  it('reads a sentence told only in the past, with no date, as a report of what happened', () => {
    expect(tellsUndatedPast('After two years, those rates dipped to 61 percent in the older group.')).toBe(true);
    expect(tellsUndatedPast('Each morning, half of the runners drank a cup of beet juice.')).toBe(true);
    expect(tellsUndatedPast('The same dose worked for nearly 54 percent of the children.')).toBe(true);
    expect(tellsUndatedPast('In the pilot, tumours shrank by 78 percent on average.')).toBe(true);
  });

  it('reads the present, the future, a modal or a dated past as a claim about the world', () => {
    expect(tellsUndatedPast('About 30 percent of adults have high blood pressure.')).toBe(false);
    expect(tellsUndatedPast('One in three women will break a bone.')).toBe(false);
    expect(tellsUndatedPast('In 2004, the drowning rate was 1.2 per 100,000 people.')).toBe(false);
    expect(tellsUndatedPast('About 40,000 knee operations were performed in Norway last year.')).toBe(false);
    expect(tellsUndatedPast('Researchers found that the spray cuts the rate of colds by 20%.')).toBe(false);
  });
});

describe('figure kinds: a sentence told only with a regular past verb', () => {
  it('reads any verb’s “-ed” form, with no present verb and no date, as the undated past', () => {
    expect(tellsUndatedRegularPast('Hernias recurred in 5 percent of laparoscopic patients.')).toBe(true);
    expect(tellsUndatedRegularPast('The scan changed the rating in about 10 percent of cases.')).toBe(true);
  });

  it('does not read the present, a date, or a word that only ends in “ed” so', () => {
    expect(tellsUndatedRegularPast('About half of patients treated with statins have side effects.')).toBe(false);
    expect(tellsUndatedRegularPast('In 2004, the rate changed to 1.2 per 100,000.')).toBe(false);
    expect(tellsUndatedRegularPast('Nearly a hundred patients per 1,000 in the trial.')).toBe(false);
  });
});

describe('figure kinds: a projection', () => {
  it('reads what would or could happen as a projection', () => {
    expect(tellsProjection('That could mean an extra 2,300 Americans leave the hospital every year.')).toBe(true);
    expect(tellsProjection('More than half of patients would not be helped by either drug.')).toBe(true);
  });

  it('does not read what is, or what will be, as one', () => {
    expect(tellsProjection('About one-third of people over 50 have a tear in one.')).toBe(false);
    expect(tellsProjection('The number will reach 1 million by 2025.')).toBe(false);
  });
  it('reads a sentence without the dateline it opens with', () => {
    expect(withoutDateline('Dec. 1, 2011 (Chicago) -- An injection relieved pain in 60 percent.')).toBe(
      'An injection relieved pain in 60 percent.',
    );
    expect(withoutDateline('WEDNESDAY, Sept. 22, 2010 (HealthDay News) -- Mammograms account for a third.')).toBe(
      'Mammograms account for a third.',
    );
    // A date inside the sentence is what it tells, and stays.
    expect(withoutDateline('In 2003, the rate was 10.8 per 100,000.')).toBe('In 2003, the rate was 10.8 per 100,000.');
    expect(tellsUndatedRegularPast('Dec. 1, 2011 -- An injection relieved pain in 60 percent.')).toBe(false);
    expect(tellsUndatedRegularPast(withoutDateline('Dec. 1, 2011 -- An injection relieved pain in 60 percent.'))).toBe(
      true,
    );
  });
});
