import { describe, expect, it } from 'vitest';
import {
  analyseClaim,
  claimStrength,
  findClaimCues,
  findDirectBenefitClaim,
  findTreatmentThatChangesOutcome,
  mayHoldBenefitWording,
  mayStateBenefit,
} from '../../src/language/claim-strength.js';
import { lexicon } from '../../src/language/claim-strength.generated.js';

describe('claim strength', () => {
  it('tells the four classes apart', () => {
    expect(claimStrength('Coffee drinking reduces the risk of liver cancer.')).toBe('direct-causal');
    expect(claimStrength('Coffee drinking may reduce the risk of liver cancer.')).toBe('conditional-causal');
    expect(claimStrength('Coffee drinking is associated with a lower risk of liver cancer.')).toBe('correlational');
    expect(claimStrength('We recruited 300 adults from two clinics.')).toBe('none');
  });

  it('keeps negated causal claims causal, and says they are negated', () => {
    const analysis = analyseClaim('The supplement does not improve memory.');
    expect(analysis.strength).toBe('direct-causal');
    expect(analysis.negated).toBe(true);
    expect(analysis.score).toBe(3);
  });

  it('reports the cues behind the decision', () => {
    const analysis = analyseClaim('Exercise appears to improve sleep.');
    expect(analysis.causal.map((cue) => cue.text)).toEqual(['improve']);
    expect(analysis.hedges.map((cue) => cue.text)).toEqual(['appears to']);
  });

  // It tests its conditions cheapest first, skipping the hedge scan when no causal cue is claimed;
  // the answer must stay the one `analyseClaim` gives.
  it('finds a direct benefit claim only where the analysis is direct, unhedged and not denied', () => {
    const claimOf = (sentence: string): string | undefined => findDirectBenefitClaim(sentence)?.text;
    expect(claimOf('Talking therapy improves symptoms of pain.')).toBe('improves');
    expect(claimOf('Talking therapy may improve symptoms of pain.')).toBeUndefined();
    expect(claimOf('Talking therapy improves symptoms of pain, a study suggests.')).toBeUndefined();
    expect(claimOf('Talking therapy does not improve symptoms of pain.')).toBeUndefined();
    expect(claimOf('Talking therapy is linked to better sleep and improves mood.')).toBeUndefined();
    expect(claimOf('Programmes to improve symptoms of pain were set up.')).toBeUndefined();
    expect(claimOf('We recruited 300 adults from two clinics.')).toBeUndefined();
    for (const sentence of [
      'Talking therapy improves symptoms of pain.',
      'Exercise appears to improve sleep.',
      'The supplement does not improve memory.',
      'Coffee drinking is associated with a lower risk of liver cancer.',
    ]) {
      const analysis = analyseClaim(sentence);
      if (analysis.strength !== 'direct-causal' || analysis.negated || analysis.correlational.length > 0) {
        expect(findDirectBenefitClaim(sentence)).toBeUndefined();
      }
    }
  });

  // It answers a sentence whose causal cues are in no benefit wording before filtering them: each
  // way of reading a claim (a benefit verb, people who benefit, a present passive) must still find
  // its own, and a causal cue in another wording gives none.
  it('reads a claim from every benefit wording, and none from other causal cues', () => {
    const claimOf = (sentence: string): string | undefined => findDirectBenefitClaim(sentence)?.text;
    expect(claimOf('The new pill is effective against migraine.')).toBe('effective');
    expect(claimOf('Statins reduce heart attacks.')).toBe('reduce');
    expect(claimOf('Adults with gout benefit from the new diet.')).toBe('benefit from');
    expect(claimOf('Migraine pain is relieved by acupuncture.')).toBe('is relieved by');
    expect(claimOf('Smoking leads to lung cancer.')).toBeUndefined();
    expect(claimOf('Smoking causes lung cancer.')).toBeUndefined();
  });

  // `findDirectBenefitClaim` rules a sentence out with `mayHoldBenefitWording` before finding its
  // cues: every cue `mayStateBenefit` accepts, in any casing and between any neighbours, must pass.
  it('rules a sentence out before finding its cues only where no cue is a benefit wording', () => {
    const neighbours = ['', ' (', '_', '’', 'é', '1', '.\n'];
    const casings = [
      (text: string) => text,
      (text: string) => text.toUpperCase(),
      (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
      (text: string) => text.replace(/s/g, '\u017F').replace(/k/g, '\u212A'),
    ];
    let accepted = 0;
    for (const entry of lexicon) {
      for (const phrase of entry.match) {
        for (const casing of casings) {
          for (const before of neighbours) {
            for (const after of neighbours) {
              const sentence = `The drug${before}${casing(phrase.replace(/\*/g, 'es'))}${after} pain.`;
              const claimed = findClaimCues(sentence).some((cue) => cue.kind === 'causal' && mayStateBenefit(cue));
              if (!claimed) continue;
              accepted++;
              expect(mayHoldBenefitWording(sentence), sentence).toBe(true);
            }
          }
        }
      }
    }
    expect(accepted).toBeGreaterThan(300);
    expect(mayHoldBenefitWording('The disease spreads in spring and networks grow.')).toBe(false);
    expect(mayHoldBenefitWording('Smoking causes lung cancer.')).toBe(false);
  });

  it('keeps the cues per text, so the efficacy and causal rules share one answer', () => {
    const sentence = 'Coffee reduces the risk of stroke.';
    expect(findClaimCues(sentence)).toBe(findClaimCues(sentence));
  });

  it('reads a class-named treatment that changes a health outcome in a relative clause (round 28)', () => {
    const claim = findTreatmentThatChangesOutcome(
      'Scientists have identified a diabetes drug which halves the death rate of a deadly infection.',
    );
    expect(claim?.text).toBe('halves');
    expect(findTreatmentThatChangesOutcome('Doctors prescribe a pill that cuts the risk of stroke.')?.text).toBe(
      'cuts',
    );
    // How a drug acts, what is wanted, a hedge, a denial, a link, and no treatment named.
    expect(findTreatmentThatChangesOutcome('A medication that lowers potassium is given.')).toBeUndefined();
    expect(
      findTreatmentThatChangesOutcome('They hope to develop a drug that halves the risk of death.'),
    ).toBeUndefined();
    expect(findTreatmentThatChangesOutcome('Doctors use a drug that may reduce the risk of stroke.')).toBeUndefined();
    expect(findTreatmentThatChangesOutcome('It is not a drug that reduces the risk of stroke.')).toBeUndefined();
    expect(
      findTreatmentThatChangesOutcome('A drug that reduces the risk of stroke is linked to higher costs.'),
    ).toBeUndefined();
    expect(findTreatmentThatChangesOutcome('The policy that cuts the risk of stroke was passed.')).toBeUndefined();
  });
});
