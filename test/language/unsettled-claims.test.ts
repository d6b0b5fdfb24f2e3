import { describe, expect, it } from 'vitest';
import {
  claimLeftOpen,
  claimNamedNotMade,
  evidenceDeniedBefore,
  givenAsEvidence,
  inCounterfactual,
  reportedAsHearsay,
  tellsHearsay,
} from '../../src/language/unsettled-claims.js';

/** The offsets of `phrase` in `text`. */
function at(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no ${phrase}`);
  return [start, start + phrase.length];
}

describe('claims named, not made (round 17)', () => {
  it('reads a claim as the question a later predicate leaves open', () => {
    const cases: [string, string][] = [
      ['Studies on a life-prolonging effect of vitamin B3 in humans have so far been lacking.', 'effect of'],
      ['Such an effect has not yet been studied in humans.', 'an effect'],
      ['Therefore, the question of which substance is the most effective cannot be answered.', 'most effective'],
      ['Which of the drugs is the most effective cannot be answered.', 'most effective'],
      [
        'A relationship à la ‘green tea protects against stroke’ cannot be derived from these studies.',
        'protects against',
      ],
      ['Whether the cream cures eczema has not been investigated.', 'cures'],
      ['How well the drug works remains unclear.', 'works'],
    ];
    for (const [text, phrase] of cases) expect(claimLeftOpen(text, ...at(text, phrase)), text).toBe(true);
  });

  it('leaves a claim stated in its own clause alone', () => {
    const cases: [string, string][] = [
      ['The cream cures eczema, but its price has not been investigated.', 'cures'],
      ['The drug, which reduces pain, has not been approved in Europe.', 'reduces'],
      ['Coffee protects against stroke.', 'protects against'],
      ['The drug is the most effective treatment and has not yet been studied in children.', 'most effective'],
    ];
    for (const [text, phrase] of cases) expect(claimLeftOpen(text, ...at(text, phrase)), text).toBe(false);
  });

  it('reads a denial of the evidence further back than a negation reaches', () => {
    const lack =
      'There is also a lack of conclusive studies on the question of the extent to which the substance can influence the course of the disease.';
    expect(evidenceDeniedBefore(lack, at(lack, 'influence')[0])).toBe(true);
    const allow =
      'Studies to date do not allow any clear conclusions to be drawn as to which method most reliably reduces the germ load.';
    expect(evidenceDeniedBefore(allow, at(allow, 'reduces')[0])).toBe(true);
    const turned = 'There is a lack of studies on children, but the drug reduces pain in adults.';
    expect(evidenceDeniedBefore(turned, at(turned, 'reduces')[0])).toBe(false);
  });

  it('reads hearsay and advertising', () => {
    const said = 'According to reports, treatment with methadone is said to have successfully cured many people.';
    expect(reportedAsHearsay(said, at(said, 'cured')[0])).toBe(true);
    const advertised = 'Providers of the method advertise that its effectiveness is scientifically proven.';
    expect(reportedAsHearsay(advertised, at(advertised, 'scientifically proven')[0])).toBe(true);
    expect(tellsHearsay(' the tea is said to have cured many people.')).toBe(true);
    const plain = 'The method is scientifically proven, the providers said in a statement.';
    expect(reportedAsHearsay(plain, at(plain, 'scientifically proven')[0])).toBe(false);
  });

  it('reads a past counterfactual, not a condition on the future', () => {
    const past = 'Even if both studies had come to overwhelmingly positive results, we would still have concerns.';
    expect(inCounterfactual(past, at(past, 'overwhelmingly')[0])).toBe(true);
    const future = 'It would be a breakthrough if the results are confirmed.';
    expect(inCounterfactual(future, at(future, 'breakthrough')[0])).toBe(false);
    expect(claimNamedNotMade(past, ...at(past, 'overwhelmingly'))).toBe(true);
  });

  it('reads a claim given as what the evidence indicates', () => {
    for (const [text, phrase] of [
      ['Nevertheless, there is evidence that stool transplantation is effective.', 'is effective'],
      [
        'In summary, there are strong indications that the health of non-smokers is improved by the ban.',
        'is improved',
      ],
      [
        'An evaluation of several meta-analyses provides evidence that exercise can prevent early death.',
        'can prevent',
      ],
      // Round 26: the contracted “there's” frames the claim the same way.
      ["That's promising, because there's evidence that losing weight cuts the risk of diabetes.", 'cuts the risk'],
    ])
      expect(givenAsEvidence(text!, at(text!, phrase!)[0]), text).toBe(true);
    const bare = 'Exercise prevents early death, and there is evidence everywhere.';
    expect(givenAsEvidence(bare, at(bare, 'prevents')[0])).toBe(false);
  });
});
