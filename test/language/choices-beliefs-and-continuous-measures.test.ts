import { describe, expect, it } from 'vitest';
import { heldAsPastBelief } from '../../src/language/claim-context.js';
import { actsOnBodilyProcess, improvesChoices } from '../../src/language/claim-use.js';
import { isContinuousMeasure, isRiskChange, isTrend } from '../../src/language/risk.js';
import { headlineFigureOfLede } from '../../src/language/study-finding.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

/** Claims that are not efficacy claims: more choices, a molecule's activity, a belief held in the past, a headline giving a study's figure. */
describe('what an efficacy verb acts on and who holds the claim', () => {
  it('reads more choices, access or alternatives as no health outcome', () => {
    for (const sentence of [
      'New drugs improve options for melanoma patients.',
      'The programme expands access to treatment.',
      'The law increases the choices open to women.',
      'The pill broadens treatment alternatives.',
    ]) {
      const verb = /\b(?:improve|expands|increases|broadens)\b/u.exec(sentence)![0];
      expect(improvesChoices(sentence, claimOf(sentence, verb).end, verb)).toBe(true);
    }
    const outcome = 'New drugs improve survival for melanoma patients.';
    expect(improvesChoices(outcome, claimOf(outcome, 'improve').end, 'improve')).toBe(false);
    const symptoms = 'The pill improves symptoms of depression.';
    expect(improvesChoices(symptoms, claimOf(symptoms, 'improves').end, 'improves')).toBe(false);
  });

  it('reads a change in the activity or function of a cell part as a mechanism', () => {
    const mechanism = 'The oxygen boosts the activity of mitochondria.';
    expect(actsOnBodilyProcess(mechanism, claimOf(mechanism, 'boosts').end, 'boosts')).toBe(true);
    const enzymes = 'The drug enhances the function of enzymes in the liver.';
    expect(actsOnBodilyProcess(enzymes, claimOf(enzymes, 'enhances').end, 'enhances')).toBe(true);
    const benefit = 'The drug boosts the activity of patients with arthritis.';
    expect(actsOnBodilyProcess(benefit, claimOf(benefit, 'boosts').end, 'boosts')).toBe(false);
  });

  it('reads a belief or expectation held in the past as reported, not claimed', () => {
    const figured = 'I figured if they can cure me, they can cure everyone.';
    expect(heldAsPastBelief(figured, claimOf(figured, 'can cure').start)).toBe(true);
    const doctors = 'Doctors once thought that bed rest cures back pain.';
    expect(heldAsPastBelief(doctors, claimOf(doctors, 'cures').start)).toBe(true);
    const hoped = 'We had hoped the drug reverses the damage.';
    expect(heldAsPastBelief(hoped, claimOf(hoped, 'reverses').start)).toBe(true);
    // A view held now, a passive and a claim before the belief are not past beliefs of a subject.
    const present = 'I think the drug cures the disease.';
    expect(heldAsPastBelief(present, claimOf(present, 'cures').start)).toBe(false);
    const claim = 'The drug cures the disease, as doctors thought.';
    expect(heldAsPastBelief(claim, claimOf(claim, 'cures').start)).toBe(false);
  });

  it('reads a headline figure the lede gives with its study as the study’s result', () => {
    const lede =
      'Victoza cut the risk of heart attack, stroke and cardiovascular death by 13 percent in a closely watched study.';
    expect(headlineFigureOfLede('Novo diabetes drug cuts heart risks by less-than-hoped 13 percentage', lede)).toBe(
      true,
    );
    expect(headlineFigureOfLede('Drug cuts heart risks by 13%', lede)).toBe(true);
    // No figure, another figure, or a lede that names no study.
    expect(headlineFigureOfLede('Novo diabetes drug cuts heart risks', lede)).toBe(false);
    expect(headlineFigureOfLede('Drug cuts heart risks by 20 percent', lede)).toBe(false);
    expect(headlineFigureOfLede('Drug cuts heart risks by 13 percent', 'Victoza cut heart risks by 13 percent.')).toBe(
      false,
    );
    expect(headlineFigureOfLede('Drug cuts heart risks by 13 percent', undefined)).toBe(false);
  });
});

/** The range of `figure` in `sentence`. */
const figureOf = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return { start, end: start + figure.length };
};

/** A change in a continuous quantity, a trend over years or one condition against another is not a relative risk. */
describe('continuous measures, trends and risks', () => {
  it('reads the rate of a quantity and a performance as continuous measures, a rate of events as a risk', () => {
    for (const [sentence, figure] of [
      [
        'Those getting edaravone had a 33 percent reduction in their rate of decline in physical function.',
        '33 percent',
      ],
      ['Caffeine may be able to increase a person’s metabolic rate by 4% or 5%.', '4%'],
      ['The drink outperformed leading recovery drinks for endurance recovery by 13-17 percent.', '13-17 percent'],
      ['The drug slowed the rate of cognitive decline by 27 percent.', '27 percent'],
    ] as const) {
      expect(isContinuousMeasure(sentence, figureOf(sentence, figure))).toBe(true);
    }
    for (const [sentence, figure] of [
      ['The drug cut the death rate by 33 percent.', '33 percent'],
      ['The infection rate fell by 40 percent in the treated group.', '40 percent'],
      ['Patients were 30 percent more likely to recover.', '30 percent'],
    ] as const) {
      expect(isContinuousMeasure(sentence, figureOf(sentence, figure))).toBe(false);
    }
  });

  it('reads how common one condition is against another as no risk, and a condition in one group as a risk', () => {
    const conditions = 'MCC is 35 times less common than melanoma, but it is three times more likely to be deadly.';
    expect(isRiskChange(conditions, figureOf(conditions, '35 times less'))).toBe(false);
    expect(isRiskChange(conditions, figureOf(conditions, 'three times more'))).toBe(true);
    const groups = 'Strokes were three times more common than with placebo.';
    expect(isRiskChange(groups, figureOf(groups, 'three times more'))).toBe(true);
  });

  it('reads a change over a span of calendar years as a trend, unless groups are compared', () => {
    const trend =
      "Between 2000 and 2010, the number of cataract cases in the U.S. went up by 20 percent, and it's expected to grow.";
    expect(isTrend(trend, figureOf(trend, '20 percent'))).toBe(true);
    const trial =
      'In a trial run between 2000 and 2010, people given the vaccine had 20 percent fewer cases than those given placebo.';
    expect(isTrend(trial, figureOf(trial, '20 percent'))).toBe(false);
  });
});
