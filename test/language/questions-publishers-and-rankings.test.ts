import { describe, expect, it } from 'vitest';
import {
  asksWhatEvidence,
  forecastsUptake,
  hypothesisUnderTest,
  tellsWhatEvidenceAnswers,
  citedByNamedDocument,
  othersOfTheGroupBefore,
  type Attribution,
} from '../../src/language/attribution.js';
import { namesDatedBodyStudy, namesProgrammeFinding } from '../../src/language/source-reach.js';
import { creditsNamedBody } from '../../src/language/figure-sources.js';

function at(text: string, phrase: string): Attribution {
  const start = text.indexOf(phrase);
  return { id: 'studies-show', start, end: start + phrase.length, text: phrase } as Attribution;
}

describe('an embedded question about the evidence (vague attribution)', () => {
  it('reads a wh-clause after a verb of asking or finding out as a question, not a claim', () => {
    const ask = "Ask what research backs up practitioner's methodology and what kind of training he or she has had.";
    expect(asksWhatEvidence(ask, at(ask, 'research backs'))).toBe(true);
    const check = 'Check which studies support the claim before you buy.';
    expect(asksWhatEvidence(check, at(check, 'studies support'))).toBe(true);
  });

  it('leaves a free relative that asserts, and a plain claim, alone', () => {
    const relative = "That's what studies show.";
    expect(asksWhatEvidence(relative, at(relative, 'studies show'))).toBe(false);
    const cleft = 'What research shows is that the drug works.';
    expect(asksWhatEvidence(cleft, at(cleft, 'research shows'))).toBe(false);
    const plain = 'Studies show that it works.';
    expect(asksWhatEvidence(plain, at(plain, 'Studies show'))).toBe(false);
  });
});

describe('evidence answering a question, a hypothesis under test, a forecast of uptake (vague attribution, round 24)', () => {
  it('reads a question after the verb as a remark on what a kind of study can tell', () => {
    const method = 'Observational studies tell you what people will experience if they select a diet.';
    expect(tellsWhatEvidenceAnswers(method, at(method, 'studies tell'))).toBe(true);
    const whether = 'Only trials show whether a drug works.';
    expect(tellsWhatEvidenceAnswers(whether, at(whether, 'trials show'))).toBe(true);
  });

  it('leaves a claim, and a bare “what” that can assert, alone', () => {
    const claim = 'Observational studies tell us that salt raises blood pressure.';
    expect(tellsWhatEvidenceAnswers(claim, at(claim, 'studies tell'))).toBe(false);
    const relative = 'Studies show what many suspected: salt raises blood pressure.';
    expect(tellsWhatEvidenceAnswers(relative, at(relative, 'Studies show'))).toBe(false);
  });

  it('reads evidence set off by “as” inside the question a study sets out to answer', () => {
    const purpose =
      'To find out whether yoga could make a difference, as earlier research had suggested, Dr. Sherman and her colleagues recruited 228 people.';
    expect(hypothesisUnderTest(purpose, at(purpose, 'earlier research had suggested'))).toBe(true);
    const tested = 'The team tested whether naps help memory, as previous studies have found, in 90 adults.';
    expect(hypothesisUnderTest(tested, at(tested, 'previous studies have found'))).toBe(true);
  });

  it('leaves the same aside outside a question, or a question in an earlier sentence, alone', () => {
    const aside = 'Yoga eases back pain, as earlier research had suggested, and it is cheap.';
    expect(hypothesisUnderTest(aside, at(aside, 'earlier research had suggested'))).toBe(false);
    const apart = 'We wanted to find out whether yoga helps. It does, as earlier research had suggested, ease pain.';
    expect(hypothesisUnderTest(apart, at(apart, 'earlier research had suggested'))).toBe(false);
  });

  it('reads a forecast of how many procedures or sales there will be, not of health', () => {
    const procedures = 'Advocates predict that the number of procedures could grow to 10,000 a year.';
    expect(forecastsUptake(procedures, at(procedures, 'Advocates predict'))).toBe(true);
    const sales = 'Analysts estimate sales will reach $2 billion.';
    expect(forecastsUptake(sales, at(sales, 'Analysts estimate'))).toBe(true);
  });

  it('leaves a forecast or an estimate about health alone', () => {
    const health = 'Experts predict that the drug will halve deaths from stroke.';
    expect(forecastsUptake(health, at(health, 'Experts predict'))).toBe(false);
    const prevalence = 'Experts estimate that the number of people with dementia will double.';
    expect(forecastsUptake(prevalence, at(prevalence, 'Experts estimate'))).toBe(false);
  });
});

describe('a dated review named by its publisher (vague attribution)', () => {
  it('reads the publisher after “by”, or as the review’s modifier', () => {
    expect(
      namesDatedBodyStudy(
        'A 2009 review of research by The Cochrane Library found evidence that nasal irrigation can relieve symptoms.',
      ),
    ).toBe(true);
    expect(namesDatedBodyStudy('A 2009 Cochrane review found that it helps.')).toBe(true);
    expect(namesDatedBodyStudy('A 2015 CDC report found that it helps.')).toBe(true);
  });

  it('leaves a nationality, people and an undated review alone', () => {
    expect(namesDatedBodyStudy('A 2012 Danish study found that it helps.')).toBe(false);
    expect(namesDatedBodyStudy('A 2010 study by French researchers found that it helps.')).toBe(false);
    expect(namesDatedBodyStudy('A review by The Cochrane Library found that it helps.')).toBe(false);
  });
});

describe('a ranking credited to who made it (statistics)', () => {
  it('reads “ranked … by <organisation>”', () => {
    expect(
      creditsNamedBody(
        'Kravis Children’s Hospital is ranked in seven out of ten pediatric specialties by U.S. News & World Report in "Best Children\'s Hospitals."',
      ),
    ).toBe(true);
    expect(creditsNamedBody('The hospital is rated in the top 5 percent by Healthgrades Quality Ratings.')).toBe(true);
  });

  it('leaves people and shares of users after “by” alone', () => {
    expect(creditsNamedBody('Colon cancer is ranked second among cancer killers by doctors.')).toBe(false);
    expect(creditsNamedBody('The drug was rated effective by 60 percent of users.')).toBe(false);
    expect(creditsNamedBody('Pain was rated 40 percent lower by Mary Jones.')).toBe(false);
  });
});

describe('research a document cites, and the rest of a group (vague attribution)', () => {
  it('reads evidence that a definite document cites', () => {
    const letter =
      'The letter cited safety concerns about melatonin in food, specifically research indicating that melatonin reduced glucose tolerance.';
    expect(citedByNamedDocument(letter, at(letter, 'research indicating that'))).toBe(true);
    const person = 'Dr. Deland cited data showing that 90 percent of ankle replacements were still in place.';
    expect(citedByNamedDocument(person, at(person, 'data showing that'))).toBe(false);
  });

  it('reads “others” after “Some people with …” as the rest of that group', () => {
    const others = 'Others say that words and letters look blurry.';
    expect(othersOfTheGroupBefore('Some people with dyslexia have trouble reading.', at(others, 'Others say'))).toBe(
      true,
    );
    expect(othersOfTheGroupBefore('The drug is popular.', at(others, 'Others say'))).toBe(false);
  });
});

describe('a named programme telling what it found (vague attribution)', () => {
  it('reads “the <Name> Program … revealed/found”, as a named study', () => {
    expect(
      namesProgrammeFinding(
        'The Diabetes Prevention Program in the U.S. revealed in 2002 that diet and exercise alone can prevent diabetes.',
      ),
    ).toBe(true);
    expect(namesProgrammeFinding('The hospital runs a weight-loss program for teens.')).toBe(false);
  });
});
