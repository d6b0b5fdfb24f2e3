import { describe, expect, it } from 'vitest';
import {
  findAbsoluteFigures,
  findRelativeEffects,
  givesGroupRates,
  hasAbsoluteFigure,
  comparesNoProbability,
  hasAbsoluteEffect,
  isContinuousMeasure,
  isNotRisk,
  isRiskChange,
  isTrend,
  namesComparisonGroup,
  outcomeKey,
  baselineWords,
  outcomeWords,
  restatesPrevious,
  reportsNoDifference,
  mayBePercentagePoints,
  riskEffects,
} from '../../src/language/risk.js';

const relative = (text: string): string[] => findRelativeEffects(text).map((found) => found.text);
const absolute = (text: string): string[] => findAbsoluteFigures(text).map((found) => found.text);

describe('risk: relative effects', () => {
  it('finds relative risk reductions, multipliers, ratio measures and fold changes', () => {
    expect(relative('Takers had a 35% lower risk of stroke.')).toEqual(['35%']);
    expect(relative('Walkers were twice as likely to reach 90.')).toEqual(['twice as']);
    expect(relative('The drug halved the risk of death (HR 0.5).')).toEqual(['halved', 'HR 0.5']);
    expect(relative('a 4.7-fold increase in perfusion')).toEqual(['4.7-fold increase']);
    expect(relative('It cut the risk by a third, and cut visits in half.')).toEqual(['by a third', 'in half']);
    expect(relative('The dose was reduced by one-third.')).toEqual([]);
  });

  it('finds fractions with a qualifier, a multiplier with a half in words, a sized risk and a named risk reduction', () => {
    expect(relative('It cut the risk of death by almost one-third, and of stroke by two-fifths.')).toEqual([
      'by almost one-third',
      'by two-fifths',
    ]);
    expect(relative('Runners were nearly two-and-a-half times more likely to sleep well.')).toEqual([
      'two-and-a-half times more',
    ]);
    expect(relative('High scores meant an almost 50 percent larger risk of hip fracture.')).toEqual(['50 percent']);
    expect(relative('Dosing every six weeks gave a risk reduction for PML as high as 94 percent.')).toEqual([
      '94 percent',
    ]);
    // Neither is its own baseline.
    expect(absolute('High scores meant an almost 50 percent larger risk of hip fracture.')).toEqual([]);
    expect(relative('The tumours were 50 percent larger than before.')).toEqual([]);
  });

  it('ignores ratio measures without a value and “double” or “triple” as adjectives', () => {
    expect(relative('We calculated hazard ratios for each group.')).toEqual([]);
    expect(relative('In a double-blind, triple-blind or double dummy trial with a double dose.')).toEqual([]);
    expect(relative('Treatment could double the chance of remission.')).toEqual(['double']);
  });

  it('reads “half the women” as a share of a group, “half the risk” as a relative effect', () => {
    expect(relative('Half the women received standard therapy.')).toEqual([]);
    expect(relative('Users had half the risk of a fall.')).toEqual(['half the']);
  });
});

describe('risk: absolute figures', () => {
  it('finds proportions, natural frequencies, counts over totals and both ends of a change', () => {
    expect(absolute('38% of patients improved.')).toEqual(['38%']);
    expect(absolute('4 in 100 people had a stroke.')).toEqual(['4 in 100']);
    expect(absolute('96 of 4,303 vaccinated people caught flu.')).toEqual(['96 of 4,303']);
    expect(hasAbsoluteFigure('Seizures fell from a median of 12 a month to about six.')).toBe(true);
    expect(hasAbsoluteFigure('an absolute reduction of 2 percentage points')).toBe(true);
    expect(hasAbsoluteFigure('a 46% reduction, compared with 25% in the placebo group')).toBe(true);
  });

  it('reads both ends of a change given new end first (“to 3.7 months from 1.5 months”)', () => {
    expect(
      hasAbsoluteFigure('The drug more than doubled the median time to relapse, to 3.7 months from 1.5 months.'),
    ).toBe(true);
    expect(hasAbsoluteFigure('Infections fell to 8% from 12% of patients.')).toBe(true);
    expect(hasAbsoluteFigure('Deaths fell to about 4 percent from a baseline of 9 percent.')).toBe(true);
    expect(hasAbsoluteFigure('Patients sat close to 30 minutes from the clinic.')).toBe(false);
    expect(hasAbsoluteFigure('The risk fell by half, according to 2015 statistics from the registry.')).toBe(false);
  });

  it('does not take relative percentages or restated asides for absolute figures', () => {
    expect(absolute('a 35% lower risk')).toEqual([]);
    expect(absolute('a 68 percent (hazard ratio 0.32) relatively lower risk')).toEqual([]);
    expect(absolute('more modest increases in the risk of a stroke (9%)')).toEqual([]);
    expect(hasAbsoluteFigure('levels dropped by more than 10 percent')).toBe(false);
  });

  it('reads both ends of a relative range or alternative as relative (“a 9% or 10% reduction”)', () => {
    expect(absolute('It led to a 9% or 10% reduction in heart attacks.')).toEqual([]);
    expect(absolute('Statins cut the risk of stroke by 9% or 10%.')).toEqual([]);
    expect(absolute('The risk was 20% to 30% lower.')).toEqual([]);
    expect(absolute('The risk fell by 9%–10%.')).toEqual([]);
    expect(absolute('The risk fell from 12% to 8%.')).toEqual(['from 12% to 8', '12%', '8%']);
    expect(absolute('Of the patients, 9% or 10% had a stroke.')).toEqual(['9%', '10%']);
  });

  it('tells relative changes that are not risks (issue #13)', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('Costs were 5 to 12 times higher in the US.')).toEqual([true]);
    expect(notRisk('The vaccine produced a 30-fold increase in antibody levels.')).toEqual([true]);
    expect(notRisk('The plan aims to cut deaths by 90 percent by 2030.')).toEqual([true]);
    expect(notRisk('The drug is 49 times more potent than cisplatin.')).toEqual([true]);
    expect(notRisk('The drug cut the risk of stroke by 35%.')).toEqual([false]);
    expect(notRisk('Walkers were twice as likely to reach 90.')).toEqual([false]);
  });

  it('tells a trend over time in a population from a risk compared between groups (issue #13, debatable)', () => {
    const trend = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isTrend(text, figure));
    expect(trend('In New Hampshire, drug deaths more than doubled last year from 2011 levels.')).toEqual([true]);
    expect(trend('States with cannabis laws had 24.8% fewer overdose deaths between 1999 and 2010.')).toEqual([false]);
    expect(trend('Last year, a trial showed the drug halved the risk of death.')).toEqual([false]);
  });

  it('takes the words for dying as one outcome when comparing outcome words (issue #13)', () => {
    const text = 'Patients who had a bypass were almost 20 percent less likely to die.';
    const [figure] = findRelativeEffects(text);
    expect(figure && outcomeWords(text, figure).map(outcomeKey)).toEqual(['death']);
    expect(baselineWords('By then, 21 percent of the patients given stents were dead.').map(outcomeKey)).toContain(
      'death',
    );
    expect(['mortality', 'fatalitie', 'dying', 'stroke'].map(outcomeKey)).toEqual([
      'death',
      'death',
      'death',
      'stroke',
    ]);
  });

  it('reads a change over a named period, or against an earlier period, as a trend (issue #13)', () => {
    const trend = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isTrend(text, figure));
    expect(trend('The incidence of gout has more than doubled in rich countries in recent decades.')).toEqual([true]);
    expect(trend('Over the 12-year period, the number of strokes treated in the region fell by 40 percent.')).toEqual([
      true,
    ]);
    expect(
      trend(
        'Among women in the unscreened group, there was a 12 percent reduction in deaths, as compared with the previous decade.',
      ),
    ).toEqual([true]);
    expect(trend('Over the 12-year period, smokers were twice as likely to have a stroke as non-smokers.')).toEqual([
      false,
    ]);
    expect(trend('Treated women had 30 percent fewer fractures than women given a placebo.')).toEqual([false]);
  });

  it('reads a change over the last decades, or against an earlier year, as a trend (round 24)', () => {
    const trend = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isTrend(text, figure));
    expect(
      trend('Over the last couple of decades, we have seen a 50 percent reduction in the rate of stroke.'),
    ).toEqual([true]);
    expect(trend('Hip replacements were done 18 percent less often in 2010 than in 2000.')).toEqual([true]);
    expect(trend('Over the last two decades, smokers were twice as likely to have a stroke as non-smokers.')).toEqual([
      false,
    ]);
    expect(trend('In 2010, treated women had 30 percent fewer fractures than women given a placebo.')).toEqual([false]);
  });

  it('reads an expected or hoped-for effect as a target, not a finding (issue #13 `not_risk`)', () => {
    const text =
      'Industry analysts have been looking for a 15 percent to 20 percent reduction of major adverse heart events.';
    expect(riskEffects(text, findRelativeEffects(text))).toEqual([]);
    const expected = 'The investigators expected the vaccine to lower the rate of infection by 40%.';
    expect(riskEffects(expected, findRelativeEffects(expected))).toEqual([]);
    const condition = 'Many strokes could be prevented with as little as a 20% reduction in salt intake.';
    expect(riskEffects(condition, findRelativeEffects(condition))).toEqual([]);
    const found = 'As expected, the vaccine lowered the rate of infection by 40%.';
    expect(riskEffects(found, findRelativeEffects(found)).map((figure) => figure.text)).toEqual(['40%']);
  });

  it('tells thresholds, conditions and counts in animals from risks (issue #13 `not_risk`)', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('Two studies counted participants achieving a 75% reduction on the index.')).toEqual([true]);
    expect(notRisk('The exam saves lives if at least 3% more cancers are detected.')).toEqual([true]);
    expect(notRisk('Mice that got the drug had 72 percent fewer tumors.')).toEqual([true]);
    expect(notRisk('People who got the drug had 72 percent fewer strokes.')).toEqual([false]);
    expect(notRisk('The night milk contained 24% more tryptophan and nearly 10 times as much melatonin.')).toEqual([
      true,
      true,
    ]);
    expect(notRisk('The new supplement uses 80 percent less alginate.')).toEqual([true]);
  });

  it('reads a change someone demands, proposes or promises as a target, not a measured effect (tuning5)', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('The city’s plan calls for cutting traffic deaths by 40% within five years.')).toEqual([true]);
    expect(notRisk('The health minister proposed reducing smoking rates by a quarter.')).toEqual([true]);
    expect(notRisk('The company promised to lower readmissions by 15 percent.')).toEqual([true]);
    expect(notRisk('The plan called for cutting U.S. overdose deaths by 30%.')).toEqual([true]);
    expect(notRisk('The trials enrolled nearly three times as many women as men.')).toEqual([true]);
    expect(notRisk('Women were three times as likely as men to have migraines.')).toEqual([false]);
    expect(notRisk('The new drug cut readmissions by 15 percent, the company said.')).toEqual([false]);
  });

  it('reads a figure that was weighed or scored as a continuous measure (tuning5)', () => {
    const continuous = (text: string): boolean[] =>
      findRelativeEffects(text).map((figure) => isContinuousMeasure(text, figure));
    expect(continuous('A year later, the dieters weighed 12 percent less than the controls.')).toEqual([true]);
    expect(continuous('Pupils in the programme scored 6 percent higher on the reading test.')).toEqual([true]);
    expect(continuous('The smokers were 3 times more likely to develop cataracts.')).toEqual([false]);
  });

  it('reads a projected count as no risk, and a flattened table row by the noun before its first figure', () => {
    const risks = (text: string): string[] => riskEffects(text, findRelativeEffects(text)).map((figure) => figure.text);
    expect(risks('“The number of dementia cases could drop by half.”')).toEqual([]);
    expect(risks('The number of new cases will double by 2050.')).toEqual([]);
    expect(risks('The drug cut the number of deaths by half.')).toEqual(['by half']);
    expect(
      risks(
        'Condition Additional cost of imaging Strokes 55% higher Spine trauma 53% higher Heart failure 104% higher',
      ),
    ).toEqual([]);
    expect(risks('Risk of stroke 55% higher Risk of trauma 53% higher')).toEqual(['55%', '53%']);
    expect(risks('Walkers were twice as likely to reach 90, and 3 times more likely to reach 95.')).toEqual([
      'twice as',
      '3 times more',
    ]);
  });

  it('tells relative changes in continuous measures and counts from changes in risk (issue #13, debatable)', () => {
    const continuous = (text: string): boolean[] =>
      findRelativeEffects(text).map((figure) => isContinuousMeasure(text, figure));
    expect(continuous('Treatment boosted levels of insulin-like growth factor 1 (IGF1) by 117 percent.')).toEqual([
      true,
    ]);
    expect(continuous('The trial showed the drug halved the number of hot flashes women had each day.')).toEqual([
      true,
    ]);
    expect(continuous('They had 44 per cent less eye damage than the untreated patients.')).toEqual([true]);
    expect(continuous('Average blood sugar levels each dropped by about 15%.')).toEqual([true]);
    expect(
      continuous(
        'Patients saw reductions in levels of A1C, a commonly used measure of blood sugar, that were four times greater.',
      ),
    ).toEqual([true]);
    expect(continuous('Ultrasound can reduce excessive sweating in the underarms by nearly 80%.')).toEqual([true]);
    expect(continuous('Takers had a 35% lower risk of stroke.')).toEqual([false]);
    expect(continuous('The number of deaths fell by 20%.')).toEqual([false]);
    expect(continuous('Cholesterol fell by 10%, and the risk of a heart attack by 20%.')).toEqual([true, false]);
    expect(continuous('Public health efforts have resulted in a 14 percent decrease in smoking in the U.S.')).toEqual([
      true,
    ]);
    expect(
      continuous('Food allergies rose — the number of kids living with peanut or tree nut allergies tripled by 2008.'),
    ).toEqual([true]);
  });

  it('reads a natural frequency and a share spelled out in words as absolute (issue #13 `absolute_nearby`)', () => {
    expect(hasAbsoluteFigure('For every 1,000 people screened, four children were at risk.')).toBe(true);
    expect(hasAbsoluteFigure('Fifty-five percent of the people on the drug improved.')).toBe(true);
    expect(hasAbsoluteFigure('Every year, thousands of people are at risk.')).toBe(false);
  });

  it('reads a number needed to treat in words, and a share “reported by” a group, as absolute (issue #13)', () => {
    expect(hasAbsoluteFigure('This meant that 61 women had to be treated for one woman to benefit.')).toBe(true);
    expect(hasAbsoluteFigure('About 300 women would need to be screened to prevent one death.')).toBe(true);
    expect(hasAbsoluteFigure('Patients had to be treated for weeks.')).toBe(false);
    const sideEffects =
      'Side effects were sleepiness (reported by about 10 percent of patients) and headache (reported by about 5 percent).';
    expect(relative(sideEffects)).toEqual([]);
    expect(absolute(sideEffects)).toEqual(['10 percent', '5 percent']);
    expect(relative('The drug cut the risk by about 5 percent.')).toEqual(['5 percent']);
  });

  it('reads an absolute difference as an absolute figure', () => {
    expect(hasAbsoluteFigure('Drinkers had 1.8 fewer drinks a week, a 15 percent drop.')).toBe(true);
    expect(hasAbsoluteFigure('They were 20 percent more likely to die.')).toBe(false);
  });

  it('names the outcome a figure is about, clause by clause, without the words every figure has', () => {
    const text =
      'Women are seven times more likely to get breast cancer, and 30 times more likely to get ovarian cancer.';
    const [breast, ovarian] = findRelativeEffects(text);
    expect(outcomeWords(text, breast!)).toEqual(['breast', 'cancer']);
    expect(outcomeWords(text, ovarian!)).toEqual(['ovarian', 'cancer']);
    const before = 'The risk of death from cancer declined by about 21%.';
    expect(outcomeWords(before, findRelativeEffects(before)[0]!)).toEqual([]);
    expect(
      baselineWords(
        'More than 26,000 of the 440,000 participants, all with atrial fibrillation, were diagnosed with dementia.',
      ),
    ).toContain('dementia');
    expect(baselineWords('Each year, 6 in 1,000 vaccinated adults got shingles.')).toEqual(['vaccinated', 'shingle']);
    expect(baselineWords('Shingles is painful.')).toEqual([]);
    expect(baselineWords('But 1 in 3 infections were prevented overall.')).toEqual([]);
    expect(baselineWords('In 5 years of follow-up, 148 strokes occurred.')).toEqual(['stroke', 'occurred']);
    expect(baselineWords('The trial enrolled 1,000 women with breast cancer.')).toEqual([]);
  });

  it('names the outcome of a baseline risk named before its figure', () => {
    expect(baselineWords('The lifetime risk of kidney failure is about 3 percent.')).toEqual(['kidney', 'failure']);
    expect(baselineWords('Screening reduced the kidney failure rate by as little as 2 percent.')).toEqual([]);
  });

  it('reads an instruction to people as the change they were to make, not an effect', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('Smokers were asked to cut their daily cigarettes by 50 percent within a month.')).toEqual([true]);
    expect(notRisk('Patients were told to lower their salt intake by a third.')).toEqual([]);
    expect(notRisk('Those who were asked about it had a 30 percent lower risk of falls.')).toEqual([false]);
  });

  it('reads a duration, a repetition or a comparison of cells as no risk', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('The second group walked twice as long each day.')).toEqual([true]);
    expect(notRisk('Each had a scan at the start and then twice more over the next year.')).toEqual([true]);
    expect(notRisk('The protein is 50 times more common in tumour cells than in healthy ones.')).toEqual([true]);
    expect(notRisk('Smokers were twice as likely to have a stroke.')).toEqual([false]);
    expect(notRisk('Smokers had three times more strokes in a decade.')).toEqual([false]);
  });

  it('reads a change since a time some years ago as a trend', () => {
    const trend = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isTrend(text, figure));
    expect(trend('Hip fracture rates have halved since screening began two decades ago.')).toEqual([true]);
    expect(trend('Screened women were half as likely to die as those who were not, a study found years ago.')).toEqual([
      false,
    ]);
  });

  it('reads symptoms, episodes and pressures as continuous measures', () => {
    const measured = (text: string): boolean[] =>
      findRelativeEffects(text).map((figure) => isContinuousMeasure(text, figure));
    expect(measured('The patch reduced night sweats and hot flushes by about 70%.')).toEqual([true]);
    expect(measured('Patients had 45% fewer episodes of migraine.')).toEqual([true]);
    expect(measured('Blood pressure fell by 8 percent in the treated group.')).toEqual([true]);
    expect(measured('Patients had a 45% lower risk of migraine.')).toEqual([false]);
  });

  it('reads a duration or a dose as a measure only in a sentence that names no risk before it', () => {
    const measured = (text: string): boolean[] =>
      findRelativeEffects(text).map((figure) => isContinuousMeasure(text, figure));
    expect(measured('The new robot halves the operating time.')).toEqual([true]);
    expect(measured('They took 900 milligrams a day, about 8 times more turmeric than food gives.')).toEqual([true]);
    expect(
      measured(
        'Deaths among those who took doses as low as 50 milligrams were 12 percent lower and 30 percent lower later.',
      ),
    ).toEqual([false, false]);
  });

  it('reads a bare demonstrative with a verb of equivalence as restating the sentence before', () => {
    expect(restatesPrevious('This translates to a risk reduction of about 40 percent.')).toBe(true);
    expect(restatesPrevious('That means a 30% lower risk.')).toBe(true);
    expect(restatesPrevious('This drug cut the risk by 30%.')).toBe(false);
    expect(restatesPrevious('It cut the risk by 30%.')).toBe(false);
  });

  it('reads a multiplier of a speed or a quality as no risk, and one of how likely or how often as a risk', () => {
    const compares = (text: string): boolean[] =>
      findRelativeEffects(text).map((figure) => comparesNoProbability(text, figure));
    expect(compares('The new pill cleared the virus three times faster than the old one.')).toEqual([true]);
    expect(compares('Patients recovered 30% faster with the brace.')).toEqual([true]);
    expect(compares('The stain was twice as successful in spotting tumours.')).toEqual([true]);
    expect(compares('The compound was 20 times more effective at killing cells than aspirin.')).toEqual([true]);
    expect(compares('Smokers were three times more likely to have a stroke.')).toEqual([false]);
    expect(compares('Smokers had three times more hospital admissions than others.')).toEqual([false]);
    expect(compares('The condition is twice as common in women.')).toEqual([false]);
    expect(compares('Runners had a seven times higher risk of arrhythmia.')).toEqual([false]);
    expect(compares('Treated patients had 20% more infections than controls.')).toEqual([false]);
  });

  it('reads a minimum change named as a noun as a threshold, a lower bound after “by” as a finding', () => {
    const notRisk = (text: string): boolean[] => findRelativeEffects(text).map((figure) => isNotRisk(text, figure));
    expect(notRisk('Clinics turn away anyone unlikely to see at least a 40 percent increase in hair.')).toEqual([true]);
    expect(notRisk('Walkers had a 40 percent lower risk of falls.')).toEqual([false]);
  });

  it('tells an absolute effect stated outright (numbers needed to treat or screen, absolute reductions)', () => {
    expect(hasAbsoluteEffect('Screening 2,000 men every two years would save one life.')).toBe(true);
    expect(hasAbsoluteEffect('Doctors must treat 40 patients for a year to prevent one stroke.')).toBe(true);
    expect(hasAbsoluteEffect('That is an absolute risk reduction of 2%.')).toBe(true);
    expect(hasAbsoluteEffect('One life was saved for every 300 people screened.')).toBe(true);
    expect(hasAbsoluteEffect('The drug cut deaths by 20% in 4,000 patients.')).toBe(false);
    expect(hasAbsoluteEffect('About 12% of the patients had a stroke.')).toBe(false);
  });
});

describe('risk: a change in the probability of a health event', () => {
  const changesRisk = (text: string): boolean[] =>
    findRelativeEffects(text).map((figure) => isRiskChange(text, figure));

  it('holds for risks, odds, rates, likelihoods, ratio measures and events that happen or not', () => {
    expect(changesRisk('Takers had a 35% lower risk of stroke.')).toEqual([true]);
    expect(changesRisk('Walkers were twice as likely to reach 90.')).toEqual([true]);
    expect(changesRisk('The drug cut deaths by a third (HR 0.67).')).toEqual([true, true]);
    expect(changesRisk('Admissions to nursing homes fell by 40%, and relapses by 20%.')).toEqual([true, true]);
    expect(changesRisk('The risk of relapse was 35 percent lower in men and 31 percent lower in women.')).toEqual([
      true,
      true,
    ]);
  });

  it('does not hold for amounts, prices, doses, scores, durations or who the groups were', () => {
    expect(changesRisk('They reduced their body fat by 16%, on average.')).toEqual([false]);
    expect(changesRisk('The stock had roughly quadrupled since July.')).toEqual([false]);
    expect(changesRisk('Some doctors suggest doubling those amounts.')).toEqual([false]);
    expect(changesRisk('Participants improved their test scores by 22.6% two weeks later.')).toEqual([false]);
    expect(changesRisk('The lozenges shortened the length of colds by more than 40 percent.')).toEqual([false]);
    expect(changesRisk('The patients were three times as likely to be taking a statin.')).toEqual([false]);
  });

  it('does not read an outcome word inside a name, unless the whole headline is in title case', () => {
    expect(
      changesRisk(
        'Data shown at a meeting of the American Society for Plastic Surgery showed a 30 percent reduction of wrinkles.',
      ),
    ).toEqual([false]);
    expect(changesRisk('A report at the Heart Failure Congress showed a 30 percent drop in hair loss.')).toEqual([
      false,
    ]);
    // The same names' words, written in lower case, are outcomes.
    expect(changesRisk('Patients who had surgery were 30 percent less likely to need a second operation.')).toEqual([
      true,
    ]);
    expect(changesRisk('Heart failure was 30 percent less common in the treated group.')).toEqual([true]);
    expect(changesRisk('New Pill Cuts Stroke Deaths by 30 Percent in Older Adults')).toEqual([true]);
  });
});

describe('risk: groups’ own figures set side by side', () => {
  it('reads two groups’ rates, rates per 1,000 and counts joined by a comparison', () => {
    expect(
      givesGroupRates(
        'After seven years, only 1 percent of men taking an anticoagulant had died versus 4 percent of those in the control group.',
      ),
    ).toBe(true);
    expect(
      givesGroupRates(
        'Of the 6,729 men biopsied, 659 taking dutasteride were diagnosed with prostate cancer (19.9%), compared with 858 men (25.1%) taking a placebo.',
      ),
    ).toBe(true);
    expect(
      givesGroupRates('Needle biopsies had fewer complications (less than 1% compared with 2%-10% with open surgery).'),
    ).toBe(true);
    expect(
      givesGroupRates('The death rate was 6.8 per 1,000 a year among non-drinkers vs. 5.8 per 1,000 among drinkers.'),
    ).toBe(true);
    expect(
      givesGroupRates('By then, 354 people who had scans had died of lung cancer, compared to 442 who had X-rays.'),
    ).toBe(true);
  });

  it('does not read years, doses, ranks, bounds or relative figures as groups’ figures', () => {
    expect(givesGroupRates('Cosmetic procedures were done 18 percent less often in 2010 than in 2000.')).toBe(false);
    expect(
      givesGroupRates('The trial compared 80 milligrams versus 20 mg of simvastatin among 12,000 survivors.'),
    ).toBe(false);
    expect(
      givesGroupRates(
        'Women in the top 25 percent had a 30 percent lower risk when compared to women in the lowest 25 percent.',
      ),
    ).toBe(false);
    expect(givesGroupRates('Most were 55 or older and less than 3 percent used hormone therapy.')).toBe(false);
    expect(givesGroupRates('The drug cut deaths by 20%, compared with a 10% cut in the earlier trial.')).toBe(false);
  });

  it('names a comparison group', () => {
    expect(namesComparisonGroup('The rate for 413 volunteers given placebo treatment was 7.7 percent.')).toBe(true);
    expect(namesComparisonGroup('The rate for 504 treated volunteers was 3.4 percent.')).toBe(false);
  });
});

describe('risk: lengths, shrinkage, choices and revised estimates are no risks', () => {
  const kept = (text: string): string[] =>
    riskEffects(text, findRelativeEffects(text))
      .filter((figure) => isRiskChange(text, figure) && !isContinuousMeasure(text, figure))
      .map((figure) => figure.text);

  it('reads how long something lasts and how fast tissue shrinks as continuous measures', () => {
    expect(kept('A new migraine drug can halve the length of attacks.')).toEqual([]);
    expect(kept('The treatment appeared to slow the rate of brain shrinkage by about 45%.')).toEqual([]);
    expect(kept('Disability progression was reduced by 36 percent and brain atrophy by 33 percent.')).toEqual([
      '36 percent',
    ]);
    expect(kept('Those with the shortest telomere length had a 50% greater risk of heart disease.')).toEqual(['50%']);
  });

  it('reads choices, conclusions and revised estimates as no health event', () => {
    expect(kept('Funded studies were four times more likely to find a favourable result.')).toEqual([]);
    expect(kept('Patients were nearly four times more likely to recommend the prep to friends.')).toEqual([]);
    expect(kept('Women were three times more likely to attend counselling sessions.')).toEqual([]);
    expect(kept('The study found it was twice as common as has been thought.')).toEqual([]);
    expect(kept('Statin users were twice as likely to die.')).toEqual(['twice as']);
  });
});

describe('risk: a change that is the outcome whose likelihood changed', () => {
  it('reads “the likelihood of halving …” as an outcome threshold, and the change in the likelihood as the effect', () => {
    const text =
      'Eight studies found that using NRT roughly doubled the likelihood of halving the number of cigarettes smoked each day, compared to using a placebo.';
    expect(riskEffects(text, findRelativeEffects(text)).map((figure) => figure.text)).toEqual(['doubled']);
    const chance = 'The drug raised the chance of a 50% reduction in seizures by 30%.';
    expect(riskEffects(chance, findRelativeEffects(chance)).map((figure) => figure.text)).toEqual(['30%']);
    const halved = 'The drug halved the likelihood of a relapse.';
    expect(riskEffects(halved, findRelativeEffects(halved)).map((figure) => figure.text)).toEqual(['halved']);
  });
});

describe('risk: a finding of no difference (round 23)', () => {
  const null_ = (text: string): boolean[] =>
    findRelativeEffects(text).map((figure) => reportsNoDifference(text, figure));
  it('reads a ratio given as the estimate of no difference', () => {
    expect(null_('The trials found no significant difference in deaths (RR 0.96, 95% CI 0.81 to 1.14).')).toEqual([
      true,
    ]);
    expect(
      null_(
        'Training was not more effective than usual care in improving return to work (RR 1.20, 95% CI 0.32 to 4.54).',
      ),
    ).toEqual([true]);
    expect(null_('There was no evidence of an increase in adverse events (RR 3.73, 95% CI 0.22 to 63.66).')).toEqual([
      true,
    ]);
  });
  it('does not carry a finding of no difference past a contrast, nor read one told after the figure', () => {
    expect(
      null_('There was no difference in deaths, but the drug was associated with more bleeding (RR 1.80).'),
    ).toEqual([false]);
    expect(null_('They saw a 12 percent reduction in deaths, although it was not statistically significant.')).toEqual([
      false,
    ]);
  });
});

describe('risk: a change so small it may be the difference in points (round 24)', () => {
  const small = (text: string): boolean[] =>
    findRelativeEffects(text).map((figure) => mayBePercentagePoints(text, figure));
  it('reads a change in a risk under 5 percent as possibly absolute', () => {
    expect(small('The new drug reduced overall death rates by 1.1%.')).toEqual([true]);
    expect(small('Teens in the programme had 2% fewer pregnancies.')).toEqual([true]);
    expect(small('Fish oil lowered their risk of depression by about 4 percent.')).toEqual([true]);
  });
  it('leaves a change of 5 percent or more, and a change per unit of an exposure', () => {
    expect(small('The higher dose cut the risk of a major cardiac event by 6 percent.')).toEqual([false]);
    expect(small('Drinkers had 4% lower odds of mouth cancer for each cup drunk daily.')).toEqual([false]);
    expect(small('Each unit increase in the marker reduced the risk of dementia by 2 percent.')).toEqual([false]);
    expect(small('Walkers were twice as likely to reach 90.')).toEqual([false]);
  });
});

describe('risk: a count of events among a group (round 24)', () => {
  it('reads a count over the group it befell as an absolute figure', () => {
    expect(hasAbsoluteFigure('There were 25 strokes among the 258 men with the lowest levels.')).toBe(true);
    expect(hasAbsoluteFigure('About 40 cases were seen among 2,000 smokers.')).toBe(true);
  });
  it('needs both the count and the group size', () => {
    expect(hasAbsoluteFigure('There were 25 strokes among men.')).toBe(false);
    expect(hasAbsoluteFigure('The 12 clinics among 40 hospitals took part.')).toBe(false);
  });
});

describe('risk: an intake reached (round 27)', () => {
  const kept = (text: string): string[] =>
    riskEffects(text, findRelativeEffects(text))
      .filter((figure) => isRiskChange(text, figure) && !isContinuousMeasure(text, figure) && !isTrend(text, figure))
      .map((figure) => figure.text);

  it('reads reaching an amount taken in as no health event', () => {
    expect(kept('Women who took a supplement were 11 times more likely to get 200 mg of DHA a week.')).toEqual([]);
    expect(kept('Those coached were twice as likely as others to eat 5 servings of vegetables.')).toEqual([]);
    expect(kept('Women who took a supplement were 11 times more likely to get pre-eclampsia.')).toEqual([
      '11 times more',
    ]);
  });
});

describe('risk: a change in the years since (round 27)', () => {
  const kept = (text: string): string[] =>
    riskEffects(text, findRelativeEffects(text))
      .filter((figure) => isRiskChange(text, figure) && !isContinuousMeasure(text, figure) && !isTrend(text, figure))
      .map((figure) => figure.text);

  it('reads a change “in the years since” as a trend unless groups are compared', () => {
    expect(kept('In the years since then, research on coffee and diabetes risk has more than doubled.')).toEqual([]);
    expect(
      kept('In the years since then, smokers have been twice as likely to die as people who never smoked.'),
    ).toEqual(['twice as']);
  });
});
