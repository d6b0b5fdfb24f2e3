import { describe, expect, it } from 'vitest';
import { classifyNumbers, findStatistics, isThreshold } from '../../src/language/statistics.js';

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
});
