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

  it('leaves a claim the sentence credits to another study of unstated design alone (`other_study`)', () => {
    const paragraph =
      'A previous study by others found daily aspirin reduced cancer death risk. In our cohort study, aspirin use was associated with a lower risk.';
    expect(flagged(paragraph)).toEqual([]);
    expect(
      flagged(
        'In a cohort study, mothers with antibodies were linked to miscarriage. Italian researchers found that treating those women lowered their risk.',
      ),
    ).toEqual([]);
    expect(flagged('A previous cohort study found daily aspirin reduced cancer death risk.')).toEqual(['reduced']);
  });

  it('reads a claim put forward as tentative or as a belief as hedged (`hedged`, `reported_claim`)', () => {
    expect(flagged('In a cohort study, some studies suggest lycopene can cut the risk of cancer.')).toEqual([]);
    expect(
      flagged('People used HRT because observational studies indicated it lowered the risk of heart disease.'),
    ).toEqual([]);
    expect(
      flagged('In a cohort study of 900 adults, the authors believe the therapy will be most effective in infants.'),
    ).toEqual([]);
  });

  it('reads effects named as untested or as what evidence is about as no claim (`negation`, `hedged`)', () => {
    expect(flagged('The study was in lab mice. The effects of night milk haven’t been tested on people.')).toEqual([]);
    expect(
      flagged('Most previous evidence showing benefits from the diet was gathered through observational studies.'),
    ).toEqual([]);
    expect(flagged('In a cohort study, the effects of coffee on the heart were large.')).toEqual(['the effects of']);
  });

  it('reads “can affect” and cure as a measured outcome as no claim (`mechanism`, `rct`)', () => {
    expect(flagged('In a cohort study, metals are released into the bloodstream and can affect health.')).toEqual([]);
    expect(flagged('In a cohort study, one antibiotic was found to have higher clinical cure.')).toEqual([]);
    expect(flagged('In a cohort study, smoking affects the lungs.')).toEqual(['affects']);
  });

  it('reads work in people beside animal work as a human study (`rct`)', () => {
    expect(
      flagged(
        'The drug was tested in mice. Injecting the peptide into the blood of people prone to migraines triggers headaches.',
      ),
    ).toEqual([]);
    expect(flagged('It was tested in mice. It began with human marathoners, and showed benefits for people.')).toEqual(
      [],
    );
    expect(flagged('The compound reversed memory loss in mice. It protects people against dementia.')).toEqual([
      'protects',
    ]);
  });

  it('counts association wording in another sentence only when it is about the same thing (`not_causal_claim`)', () => {
    const other =
      'Hot flashes are common. They are linked to declining estrogen levels. Hormone therapy is a very effective treatment for flushing.';
    expect(flagged(other)).toEqual([]);
    const same = 'Baby boxes are tied to a drop in infant deaths. The boxes have been shown to reduce deaths.';
    expect(flagged(same)).toEqual(['reduce']);
    expect(flagged('Playing golf is associated with longevity. And it can boost older people’s strength.')).toEqual([
      'boost',
    ]);
  });

  it('reads groups named as an experiment’s arms as a trial (`rct`)', () => {
    const article =
      '# Scores improved in players who drank the milk\n\nExperimental groups drank the milk after each game, while control groups did not.';
    expect(flagged(article)).toEqual([]);
  });

  it('reads a headline about work done only in animals as a leap to people, causative wording included', () => {
    const article =
      '---\ntitle: New drug tricks metabolism into burning fat as if you had just eaten\n---\n\nPeople with prediabetes can prevent the disease if they lose weight.\n\nFor now, it has been shown only in mice. The mice burned fat. Clinical trials on humans could begin in two years.';
    expect(flagged(article)).toEqual(['tricks']);
    expect(flagged(article.replace('only in mice', 'in a clinical trial'))).toEqual([]);
    expect(flagged('It was shown in mice. The mice ate. It tricks the body into thinking you have eaten.')).toEqual([]);
  });
});
