import { describe, expect, it } from 'vitest';
import {
  classifyNumbers,
  continuesShareMove,
  findPopulationCounts,
  findSpelledPercentages,
  findStatistics,
  isAssumedOrOutcomeThreshold,
  isNotAHealthFigure,
  isThreshold,
  leadingFigureOfEachClause,
  namesIntervalAfter,
  restatesNonHealthFigure,
} from '../../src/language/statistics.js';

const statistics = (text: string): string[] => findStatistics(text).map((found) => found.text);
const kinds = (text: string): string[] => classifyNumbers(text).map((found) => `${found.kind}:${found.text}`);

describe('statistics', () => {
  it('finds percentages, natural frequencies, multipliers, ratios and fractions', () => {
    expect(statistics('It helps around 38% of patients.')).toEqual(['38%']);
    expect(statistics('One in three adults, or 12 per 1,000 people, had it.')).toEqual([
      'One in three',
      '12 per 1,000',
    ]);
    expect(statistics('Smokers were twice as likely, and users three times more likely, to fall.')).toEqual([
      'twice as',
      'three times more',
    ]);
    expect(statistics('The odds ratio was 1.4 (p < 0.05).')).toEqual(['odds ratio was 1.4', 'p < 0.05']);
    expect(statistics('Half of all patients improved; the drug halves the risk.')).toEqual(['Half', 'halves']);
    expect(statistics('Rates rose by 20 per cent.')).toEqual(['20 per cent']);
  });

  it('reads “a 10% drop” as a change, though `drop` is also a dose unit (“2% drops”)', () => {
    expect(
      findStatistics('It brought a 10 percent drop in deaths.').map((found) => [found.text, found.relative]),
    ).toEqual([['10 percent', true]]);
    expect(statistics('a 9 to 10 percent drop in deaths')).toEqual(['9 to 10 percent']);
    expect(statistics('Use 2% drops twice a day.')).toEqual([]);
  });

  it('marks relative effects', () => {
    const [cut, share] = findStatistics('It cut the risk by 50%, though 2% of users had side effects.');
    expect(cut?.relative).toBe(true);
    expect(share?.relative).toBe(false);
    expect(findStatistics('a 27% lower risk')[0]?.relative).toBe(true);
  });

  it('does not take doses, dates, years, ages, durations or counts for statistics', () => {
    expect(statistics('Take 25 mg twice daily for two weeks from May 2020 if aged 65 or over.')).toEqual([]);
    expect(statistics('In 2019, 10 criteria were set out in 3 in 2019 documents.')).toEqual([]);
    expect(statistics('Apply 1% hydrocortisone cream; it is 100% natural.')).toEqual([]);
    expect(statistics('100% of patients improved.')).toEqual(['100%']);
  });

  it('skips excluded ranges such as citations', () => {
    const text = 'Rates fell by 40% [12].';
    expect(findStatistics(text, { exclude: [{ start: 0, end: 20 }] })).toEqual([]);
  });

  it('classifies every number', () => {
    expect(kinds('Take 25 mg for 6 weeks; 1 in 5 people aged 65 improved in 2019.')).toEqual([
      'dose:25',
      'duration:6',
      'statistic:1 in 5',
      'age:65',
      'year:2019',
    ]);
    expect(kinds('A 65-year-old paid $40 on 3 May for 10 criteria.')).toEqual([
      'age:65',
      'money:40',
      'date:3',
      'count:10',
    ]);
    expect(kinds('1. Drink water')).toEqual(['list-number:1']);
  });
});

describe('statistics: multiplier verbs', () => {
  it('counts doubling and halving verbs but not “double-blind” or “triple therapy”', () => {
    expect(statistics('The risk doubled, and the new drug halves relapses.')).toEqual(['doubled', 'halves']);
    expect(statistics('A double-blind trial of triple therapy.')).toEqual([]);
  });
});

describe('statistics: years and thresholds', () => {
  it('finds a natural frequency in words in any case, past the literal test that rules out most sentences', () => {
    expect(statistics('ONE IN FIVE adults snores.')).toEqual(['ONE IN FIVE']);
    expect(statistics('Two out of a hundred patients, and five of every fifty, relapsed.')).toEqual([
      'Two out of a hundred',
      'five of every fifty',
    ]);
    expect(statistics('One in 20 smokers quit.')).toEqual(['One in 20']);
    // The long s matches “s” under the pattern's `i` flag, which lower-casing does not give: every pattern runs.
    expect(statistics('One in \u017Fix adults snores.')).toEqual(['One in \u017Fix']);
    expect(statistics('Someone in the room waited.')).toEqual([]);
  });

  it('never reads a year as a natural frequency’s first term', () => {
    expect(findStatistics('We searched for evidence in August 2017 in three databases.')).toEqual([]);
    expect(findStatistics('One in three adults snores.').map((found) => found.text)).toEqual(['One in three']);
  });

  it('tells a cut-off from a share', () => {
    const threshold = (text: string) => {
      const [first] = findStatistics(text);
      return first ? isThreshold(text, first) : undefined;
    };
    expect(threshold('Those at a 10 percent or greater risk should take statins.')).toBe(true);
    expect(threshold('The most common reactions (> 1%) were headache and nausea.')).toBe(true);
    expect(threshold('In 30% or more of patients the drug fails.')).toBe(false);
    expect(threshold('Fewer than 5% of users stop.')).toBe(false);
  });

  it('tells a criterion that says who is meant from a figure about the world', () => {
    const threshold = (text: string) => {
      const [first] = findStatistics(text);
      return first ? isThreshold(text, first) : undefined;
    };
    expect(threshold('The team scanned 2,000 women with less than a 15 percent lifetime risk of breast cancer.')).toBe(
      true,
    );
    expect(threshold('Men with at least a 20% chance of a heart attack were offered statins.')).toBe(true);
    expect(threshold('A patient who has a 50% risk of dying within a year is a good candidate for the pump.')).toBe(
      true,
    );
    expect(threshold('Women with the gene have a 60 percent lifetime risk of breast cancer.')).toBe(false);
    expect(threshold('Smokers have a 20% risk of lung cancer, and many are not screened.')).toBe(false);
    expect(threshold('Only 10 percent who are candidates for monitoring choose it.')).toBe(false);
  });
});

describe('statistics: figures about something other than health', () => {
  const notHealth = (text: string): boolean[] => findStatistics(text).map((found) => isNotAHealthFigure(text, found));

  it('reads a product’s strength named before the product as no health figure', () => {
    expect(notHealth('The trial tested cyclosporine A, 0.09% ophthalmic solution, for dry eye.')).toEqual([true]);
    expect(notHealth('About 2% of users get a rash from the cream.')).toEqual([false]);
  });

  it('reads a quantity measured in cells or molecules as no health figure', () => {
    expect(notHealth('Prostate cancer cells express up to 100 times more PCA3 RNA than do normal cells.')).toEqual([
      true,
    ]);
    expect(notHealth('The vaccine raised antibodies, with 30% more antibodies after a booster.')).toEqual([true]);
    expect(notHealth('The marker is 10 to 500 times more common in tumour cells than in healthy ones.')).toEqual([
      true,
    ]);
    expect(notHealth('Smokers are 20 times more likely to get lung cancer.')).toEqual([false]);
    expect(notHealth('About 30% of adults have high blood pressure.')).toEqual([false]);
  });

  it('reads a diet’s make-up, a product’s strength, money and conditions as no health figure (issue #13 `not_a_statistic`)', () => {
    expect(
      notHealth('They would eat 1,090 calories: 10 percent protein, 56 percent fat and 34 percent carbohydrates.'),
    ).toEqual([true, true]);
    expect(notHealth('Seciera is a nanomicellar formulation of cyclosporine A 0.09%.')).toEqual([true]);
    expect(notHealth('Shares of Lilly closed up 6.5 percent at $89.98 on Thursday.')).toEqual([true]);
    expect(notHealth('It will pay up to 30% of the drug’s cost for eligible patients.')).toEqual([true]);
    expect(notHealth('A laser scan costs roughly twice as much as an ultrasound.')).toEqual([true]);
    expect(notHealth('The firm collects a 9 percent royalty and offers a 30 percent discount.')).toEqual([true, true]);
    expect(notHealth('A steam room has moist air (90% to 100% humidity).')).toEqual([true]);
    expect(notHealth('Dark chocolate contains five times more flavanols than milk chocolate.')).toEqual([true]);
    expect(notHealth('Smokers have a 20 percent risk and 30 percent contain the virus.')).toEqual([false, false]);
    expect(notHealth('Care costs more for smokers, who are twice as likely to die.')).toEqual([false]);
    expect(
      notHealth('However, if that rate of production is two to three times higher, they develop the disease.'),
    ).toEqual([true]);
  });

  it('reads the step of a dose-response as a cut-off, and the figure it brings as a finding', () => {
    const text = 'Every 5 percent rise in blood sugar raises the risk of a stroke by about 20%.';
    expect(findStatistics(text).map((found) => [found.text, isThreshold(text, found)])).toEqual([
      ['5 percent', true],
      ['20%', false],
    ]);
  });

  it('reads a diet given as its share of calories, and a multiple of a dose, as no health figure', () => {
    expect(notHealth('The second diet was about 30% of calories from protein.')).toEqual([true]);
    expect(notHealth('At three times the usual dose the pill can stop the heart.')).toEqual([true]);
    expect(notHealth('Smokers have twice the risk of a stroke.')).toEqual([false]);
    expect(notHealth('About 40% of adults count calories.')).toEqual([false]);
  });

  it('reads a stock ticker’s move as a price, not a health figure', () => {
    expect(notHealth('Patients on the Pfizer PFE +1.25% drug fared better.')).toEqual([true]);
    expect(notHealth('Rates of HIV fell 12% last year.')).toEqual([false]);
  });

  it('keeps shares of people, rates and risks', () => {
    expect(notHealth('About 30% of patients stop the drug because of its cost.')).toEqual([false]);
    expect(notHealth('If untreated, women are seven times more likely to get breast cancer.')).toEqual([false]);
    expect(notHealth('Fat people make up 36 percent of adults.')).toEqual([false]);
  });
});

describe('statistics: percentages in words (round 30)', () => {
  const spelled = (text: string): string[] => findSpelledPercentages(text).map((found) => found.text);

  it('finds a percentage whose number is written in words', () => {
    expect(spelled('Ninety four percent of patients will die within five years.')).toEqual(['Ninety four percent']);
    expect(spelled('Ninety-two percent were white.')).toEqual(['Ninety-two percent']);
    expect(spelled('It affects about seven per cent of men and one percent of women.')).toEqual([
      'seven per cent',
      'one percent',
    ]);
    expect(spelled('Rates fell by fifteen percentage points.')).toEqual(['fifteen percentage points']);
    expect(findSpelledPercentages('Deaths fell by twenty percent.')[0]?.relative).toBe(true);
  });

  it('leaves digits, words that are no number, and a whole that is no share', () => {
    expect(spelled('About 40 percent of adults snore.')).toEqual([]);
    expect(spelled('Someone percent')).toEqual([]);
    expect(spelled('She is a hundred percent sure.')).toEqual([]);
    expect(spelled('It works in a hundred percent of cases.')).toEqual(['a hundred percent']);
    expect(spelled('Use the one percent cream twice a day.')).toEqual([]);
    expect(findSpelledPercentages('Ten percent (see [1]) agree.', { exclude: [{ start: 0, end: 12 }] })).toEqual([]);
  });
});

describe('statistics: one figure per statement (round 30)', () => {
  const leads = (text: string): string[] =>
    leadingFigureOfEachClause(
      text,
      [...findStatistics(text), ...findPopulationCounts(text)].sort((a, b) => a.start - b.start),
    ).map((found) => found.text);

  it('keeps the first figure of each statement a comma and a conjunction or a semicolon opens', () => {
    expect(
      leads('More than 310,000 hips are replaced each year, and an estimated 2.5 million Americans live with one.'),
    ).toEqual(['310,000', '2.5 million']);
    expect(leads('About 12% of men have stones; 7% of women do.')).toEqual(['12%', '7%']);
  });

  it('keeps one figure for the parts of one statement', () => {
    expect(leads('Stones affect 12 percent of men and 7 percent of women.')).toEqual(['12 percent']);
    expect(leads('The share ranges from 7 percent to 33 percent, depending on the country.')).toEqual(['7 percent']);
  });
});

describe('statistics: population counts', () => {
  const counts = (text: string): string[] => findPopulationCounts(text).map((found) => found.text);

  it('finds counts of a country’s or the world’s people and events (issue #13 recall)', () => {
    expect(counts('Smoking causes 480,000 premature deaths each year.')).toEqual(['480,000']);
    expect(counts('An estimated 2.5 million Americans are living with hip replacements.')).toEqual(['2.5 million']);
    expect(counts('In Britain, around 35,000 men are diagnosed with it and some 10,000 die.')).toEqual([
      '35,000',
      '10,000',
    ]);
    expect(counts('More than one million American men were diagnosed.')).toEqual(['one million']);
  });

  it('leaves sample sizes, money, time and counts with no population frame', () => {
    expect(counts('A study of 44,000 women in the United States found a link.')).toEqual([]);
    expect(counts('The trial enrolled 18,000 patients with atrial fibrillation.')).toEqual([]);
    expect(counts('Sales in the U.S. reached 2.7 billion dollars each year.')).toEqual([]);
    expect(counts('The data covered 1,100 people.')).toEqual([]);
    expect(counts('Medicaid, the government program that covers about 100 million Americans, pays.')).toEqual([]);
  });

  it('leaves an organisation’s size: its staff, members and sites', () => {
    expect(counts('The chain has more than 9,000 stores and 240,000 employees nationwide.')).toEqual([]);
    expect(counts('Founded in 1920, the firm has 12,000 Associates worldwide.')).toEqual([]);
    expect(counts('Each year 12,000 Americans die of it.')).toEqual(['12,000']);
  });

  it('leaves a count fused into a modifier and a count of hospitals with a country before the noun (round 20)', () => {
    expect(counts('Abbott plans a 2,000-patient trial in the United States by 2011.')).toEqual([]);
    expect(counts('The 1,000-bed hospital in the U.S. opened each year.')).toEqual([]);
    expect(counts('NIS represents 1,000 U.S. hospitals each year.')).toEqual([]);
    expect(counts('About 2,000 patients in the United States die of it each year.')).toEqual(['2,000']);
    expect(counts('Some 9,000 U.S. women die of it each year.')).toEqual(['9,000']);
  });

  it('reads calories given as a share as a diet, not a health figure (round 20)', () => {
    const notHealth = (text: string, figure: string): boolean => {
      const start = text.indexOf(figure);
      return isNotAHealthFigure(text, { start, end: start + figure.length });
    };
    expect(notHealth('The calories consumed are 54 to 34 percent of what a person eats.', '54 to 34 percent')).toBe(
      true,
    );
    expect(notHealth('Energy intake was about 60% of the usual.', '60%')).toBe(true);
    expect(notHealth('About 30 percent of adults count calories.', '30 percent')).toBe(false);
  });

  it('reads a dose told as a share of a daily value, and the same number said again, as no health figure', () => {
    const notHealth = (text: string, figure: string): boolean => {
      const start = text.indexOf(figure);
      return isNotAHealthFigure(text, { start, end: start + figure.length });
    };
    expect(notHealth('Vitamin B-6 at 2,500 percent of your daily value.', '2,500 percent')).toBe(true);
    expect(notHealth('It gives 100% of the RDA for iron.', '100%')).toBe(true);
    expect(notHealth('It has 50% DV of calcium.', '50%')).toBe(true);
    expect(notHealth('About 50% of adults take a daily vitamin.', '50%')).toBe(false);
    const paragraph =
      'You will see B-6 at 2,500 percent of your daily value. Keep in mind that 2,500 percent is going to give you more.';
    const again = paragraph.lastIndexOf('2,500 percent');
    expect(restatesNonHealthFigure(paragraph, '2,500 percent', again)).toBe(true);
    // A share of something new, a word figure, or a number first said as a health figure is not a restatement.
    const share = 'B-6 at 25 percent of your daily value is common. And 25 percent of adults take it.';
    expect(restatesNonHealthFigure(share, '25 percent', share.lastIndexOf('25 percent'))).toBe(false);
    const duration = 'Take it for twice as long. Smokers are twice as likely to fall.';
    expect(restatesNonHealthFigure(duration, 'twice as', duration.lastIndexOf('twice as'))).toBe(false);
    const health = 'About 30 percent of adults snore. That 30 percent is high.';
    expect(restatesNonHealthFigure(health, '30 percent', health.lastIndexOf('30 percent'))).toBe(false);
  });

  it('knows an interval named after a percentage, across a split table heading too', () => {
    expect(namesIntervalAfter(' Confidence Interval) 0.16 (0.02, 0.58)')).toBe(true);
    expect(namesIntervalAfter(' CI, 0.61–0.90')).toBe(true);
    expect(namesIntervalAfter(' of patients')).toBe(false);
  });
});

describe('continuesShareMove', () => {
  it('reads a pronoun that goes on with the shares of the sentence before as a price move', () => {
    expect(
      continuesShareMove(
        'They have gained nearly 8 percent since December 18.',
        'Shares of Vanda closed at $4.12 on Tuesday.',
      ),
    ).toBe(true);
    expect(continuesShareMove('The stock fell 3 percent.', 'Investors sold the company’s stock on Monday.')).toBe(true);
  });
  it('leaves figures about people, and pronouns after sentences about something else', () => {
    expect(continuesShareMove('They have gained nearly 8 percent in weight.', 'Patients ate more.')).toBe(false);
    expect(continuesShareMove('About 8 percent of them relapsed.', 'Shares of Vanda closed higher.')).toBe(false);
    expect(continuesShareMove('They have gained 8 percent.', undefined)).toBe(false);
  });
});

describe('a figure set, not found (round 19)', () => {
  const set = (text: string, figure: string): boolean => {
    const found = findStatistics(text).find((statistic) => statistic.text === figure);
    return found ? isAssumedOrOutcomeThreshold(text, found) : false;
  };
  it('is a worked example’s assumed prevalence', () => {
    expect(set('In a population of 1000 children with a GAS prevalence of 30%, 43 will be missed.', '30%')).toBe(true);
    expect(set('In a group of 10,000 women with a risk of 2%, screening finds 150 cancers.', '2%')).toBe(true);
    expect(set('In a study of 1000 children, the prevalence was 30%.', '30%')).toBe(false);
  });
  it('is a responder threshold that defines an outcome, not a result or a share', () => {
    expect(set('The NNT for at least 50% pain relief over 4 to 6 hours was 2.3.', '50%')).toBe(true);
    expect(set('More patients achieved at least 30% improvement with the drug.', '30%')).toBe(true);
    expect(set('The drug reduced pain by at least 50% in most patients.', '50%')).toBe(false);
    expect(set('At least 50% of patients had pain relief.', '50%')).toBe(false);
  });
  it('is an eligibility bar told with “at least a … increase”, but not a bounded change in risk (holdout19)', () => {
    expect(
      set('It is not sold to anyone unlikely to see at least a 30 percent increase in growth.', '30 percent'),
    ).toBe(true);
    expect(set('Smokers face at least a 30 percent increase in risk of stroke.', '30 percent')).toBe(false);
    expect(set('Statins give more than a 20 percent reduction in deaths.', '20 percent')).toBe(false);
  });
});
