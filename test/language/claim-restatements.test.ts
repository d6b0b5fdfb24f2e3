import { describe, expect, it } from 'vitest';
import { describesNormalFunction, opensAsSummary } from '../../src/language/claim-context.js';
import { benefitWordAsNoun, conditionOfUse } from '../../src/language/claim-use.js';
import { ingTakesObject } from '../../src/language/context-match.js';
import { afterPastCopula, restatesReportedResult } from '../../src/language/study-finding.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

/** Round 15: the classes the eleventh holdout's efficacy and hype findings showed. */
describe('efficacy: restated, past and normal-function claims', () => {
  it('reads what a part of the body does when it works normally as physiology', () => {
    const gene = "When it's functioning properly, BRCA actually helps repair damaged DNA and prevents tumors.";
    expect(describesNormalFunction(gene, claimOf(gene, 'prevents').start)).toBe(true);
    const working = 'When working normally, the gene protects cells from damage.';
    expect(describesNormalFunction(working, claimOf(working, 'protects').start)).toBe(true);
    const drug = 'Olaparib prevents tumors in women with BRCA mutations.';
    expect(describesNormalFunction(drug, claimOf(drug, 'prevents').start)).toBe(false);
    // A condition of use that is no normal state.
    const taken = 'When taken properly, the pill prevents pregnancy.';
    expect(describesNormalFunction(taken, claimOf(taken, 'prevents').start)).toBe(false);
  });

  it('reads “remained” and “stayed” as past copulas, not “proved” or “remains”', () => {
    const remained = 'HF10 therapy remained more effective than traditional SCS over the 12 month study period.';
    expect(afterPastCopula(remained, claimOf(remained, 'more effective').start)).toBe(true);
    const was = 'At one year, the injection was much more effective than surgery.';
    expect(afterPastCopula(was, claimOf(was, 'more effective').start)).toBe(true);
    const proved = 'The MIND diet proved more effective than either of them.';
    expect(afterPastCopula(proved, claimOf(proved, 'more effective').start)).toBe(false);
    const remains = 'Lithium remains the most effective long-term treatment.';
    expect(afterPastCopula(remains, claimOf(remains, 'most effective').start)).toBe(false);
  });

  it('reads a summary’s opening as a restatement of what came before', () => {
    expect(opensAsSummary('To recap: Running improves your health more than walking does.')).toBe(true);
    expect(opensAsSummary('In short, the drug helps.')).toBe(true);
    expect(opensAsSummary('“In summary, the brace works,” she said.')).toBe(true);
    expect(opensAsSummary('In short order the drug was approved, and it helps.')).toBe(false);
    expect(opensAsSummary('Running improves your health.')).toBe(false);
  });

  it('reads a claim the sentence before gave with its study and measure as said again', () => {
    const before =
      'The study found that long-acting contraception is about 20 times more effective at preventing pregnancy than pills.';
    const again = '“IUDs and implants are more effective because women can forget about them.”';
    expect(restatesReportedResult(again, 'more effective', before)).toBe(true);
    // A different claim, no study credited, or no measure.
    expect(restatesReportedResult('It reduces pain.', 'reduces', before)).toBe(false);
    expect(
      restatesReportedResult(again, 'more effective', 'Long-acting contraception is 20 times more effective.'),
    ).toBe(false);
    expect(restatesReportedResult(again, 'more effective', 'The study found that implants are more effective.')).toBe(
      false,
    );
    expect(restatesReportedResult(again, 'more effective', undefined)).toBe(false);
    // A sentence with a comparison of its own reports its own result.
    const own = 'Implants are more effective than pills, a new study shows.';
    expect(restatesReportedResult(own, 'more effective', before)).toBe(false);
  });

  it('reads a benefit noun before a participle of observation as a report', () => {
    const seen = 'Acupuncture Benefit Seen in Pregnancy';
    const claim = claimOf(seen, 'Benefit');
    expect(benefitWordAsNoun(seen, claim.start, claim.end, 'Benefit')).toBe(true);
    const verb = 'Patients benefit from the new drug.';
    const verbClaim = claimOf(verb, 'benefit');
    expect(benefitWordAsNoun(verb, verbClaim.start, verbClaim.end, 'benefit')).toBe(false);
  });

  it('reads a comparison of timing as a condition of use', () => {
    // A correlative comparison stays a claim: an editor wrote one down as a recall item.
    const correlative = 'The earlier the vaccine is given, the more efficacious it can be.';
    const claim = claimOf(correlative, 'more efficacious');
    expect(conditionOfUse(correlative, claim.start, claim.end, claim.text)).toBe(false);
    const early = 'This early detection is key because early treatment is more effective.';
    const earlyClaim = claimOf(early, 'more effective');
    expect(conditionOfUse(early, earlyClaim.start, earlyClaim.end, earlyClaim.text)).toBe(true);
    const versus = 'Early treatment with the pill is more effective than surgery.';
    const versusClaim = claimOf(versus, 'more effective');
    expect(conditionOfUse(versus, versusClaim.start, versusClaim.end, versusClaim.text)).toBe(false);
    const plain = 'The new vaccine is more efficacious than the old one.';
    const plainClaim = claimOf(plain, 'more efficacious');
    expect(conditionOfUse(plain, plainClaim.start, plainClaim.end, plainClaim.text)).toBe(false);
  });
});

describe('hype: verbs of work and trials named as tests', () => {
  it('reads an -ing word before a determiner as a verb with its object', () => {
    const verb = 'Yves Jongen is pioneering a new therapy.';
    expect(ingTakesObject(verb, 'pioneering', claimOf(verb, 'pioneering').end)).toBe(true);
    const adjective = 'The pioneering therapy targets cancers.';
    expect(ingTakesObject(adjective, 'pioneering', claimOf(adjective, 'pioneering').end)).toBe(false);
    expect(ingTakesObject('A breakthrough the field needed.', 'breakthrough', 14)).toBe(false);
  });
});
