import { describe, expect, it } from 'vitest';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';

const id = 'causal-claim-from-association';
const flagged = (text: string): string[] =>
  flaggedTexts(lintWith(text, onlyRules({ [id]: ['warn', {}] }, 'auto'), 'markdown'), text, [id]);

/** Issue #13: findings an editor would leave on, not words that merely look causal. */
describe('causal-claim-from-association: claims about the evidence only', () => {
  it('still flags causal wording about observational evidence', () => {
    expect(flagged('In a cohort study, coffee prevents heart disease.')).toEqual(['prevents']);
    expect(flagged('In a cohort study, deaths were reduced by the diet.')).toEqual(['were reduced']);
    expect(flagged('In a cohort study, deaths reduced by 20% among coffee drinkers.')).toEqual(['reduced by']);
    expect(flagged('In a cohort study, the effects of coffee on the heart were large.')).toEqual(['the effects of']);
  });

  it('reads a question about an effect as a question (`not_causal_claim`)', () => {
    expect(
      flagged('In a cohort study, researchers are studying how antidepressants actually affect the brain.'),
    ).toEqual([]);
    expect(flagged('In a cohort study, researchers worried about the effects of psychoactive drugs on teens.')).toEqual(
      [],
    );
    expect(flagged('A cohort study tested whether statins prevent dementia.')).toEqual([]);
  });

  it('reads a participle that describes people as a description (`not_causal_claim`)', () => {
    expect(flagged('A cohort study raises new hope for patients affected by dementia.')).toEqual([]);
    expect(flagged("In a cohort study, doctors treated 24 men who hadn't been helped by standard treatments.")).toEqual(
      [],
    );
  });

  it('leaves nouns, terms, aspect and conditions alone (`not_causal_claim`)', () => {
    expect(flagged('The observational studies simply showed reverse causation.')).toEqual([]);
    expect(flagged('In a cohort study, researchers developed criteria or “triggers” for consultation.')).toEqual([]);
    expect(flagged('In the cohort study, this is the first one to show a preliminary result in people.')).toEqual([]);
    expect(flagged('In a cohort study, people were followed after they stopped taking their pills.')).toEqual([]);
    expect(flagged('In a cohort study of 900 people, he is responsible for the campaign.')).toEqual([]);
    expect(flagged('In a cohort study of 900 people, if it works for you, it may help.')).toEqual([]);
    expect(flagged('In a cohort study, patients tapered opioids because pain severity decreased.')).toEqual([]);
    expect(flagged('In a cohort study, the process slows down dramatically in adults.')).toEqual([]);
    expect(flagged('In a cohort study, coffee slowed the decline.')).toEqual(['slowed']);
    expect(flagged('In a cohort study, coffee slows down the decline.')).toEqual(['slows']);
  });

  it('leaves list items, research events and damage as a noun alone (`not_causal_claim`)', () => {
    expect(
      flagged('In a cohort study, the interventions were education; improving nutrition systems; or both.'),
    ).toEqual([]);
    expect(flagged('In a cohort study of 900 women, the study was halted because of the evidence.')).toEqual([]);
    expect(flagged('In a cohort study, antioxidants act to fight off damage to cells.')).toEqual([]);
    expect(flagged('In a cohort study, smoking damages the lungs.')).toEqual(['damages']);
  });

  it('leaves a capitalised name alone and reads a title-case modal as a hedge (`proper_name`, `hedged`)', () => {
    expect(flagged('In a survey of 900 smokers, results appear in the journal Preventing Chronic Disease.')).toEqual(
      [],
    );
    expect(
      flagged('# Fiber May Help Protect Against Cancer\n\nIn a cohort study of 900 women, fiber was eaten.'),
    ).toEqual([]);
    expect(flagged('# Fiber Helps Protect Against Cancer\n\nIn a cohort study of 900 women, fiber was eaten.')).toEqual(
      ['Helps'],
    );
  });

  it('reads a design named in another sentence of a randomised-trial article as a contrast (`rct`)', () => {
    const trial =
      'Researchers ran a randomized trial of whole grains.\n\nThis level of control is not possible in large observational studies. These data demonstrate the effect of diet on blood pressure.';
    expect(flagged(trial)).toEqual([]);
  });

  it('reads group wording in an article about an assigned treatment as the trial’s arms (`rct`)', () => {
    const trial =
      'Women who drank beetroot juice lowered their blood pressure.\n\nThe juice was compared with a placebo drink.';
    expect(flagged(trial)).toEqual([]);
    expect(flagged('Women who drank beetroot juice lowered their blood pressure.')).toEqual(['lowered their']);
  });

  it('reads the headline and lede against the design the article names further down', () => {
    const article =
      '---\ntitle: Ablation doubles survival of pancreatic cancer patients\n---\n\nIn the registry, ablation doubled survival.\n\nThe team ran a ten-year study.\n\nIt was a retrospective analysis of 200 patients.';
    expect(flagged(article)).toEqual(['doubles', 'doubled']);
    const trial = article.replace('retrospective analysis', 'retrospective analysis and a randomised trial');
    expect(flagged(trial)).toEqual([]);
  });

  it('counts group wording only in the sentences around a claim', () => {
    const far =
      'The survey team ran the numbers. People who ate fish were asked about it. Nobody disputed it. Sleep loss results in fatigue.';
    expect(flagged(far)).toEqual([]);
  });
});
