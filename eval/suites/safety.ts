import { balancedAccuracy, confusion, slice, type EvalRow, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule } from '../fakehealth.js';

const id = 'missing-safety-caveat';

/**
 * missing-safety-caveat against HealthNewsReview's harms verdict, per release: the rule fires
 * ⇔ `harms` is Not Satisfactory (Not Applicable releases are skipped).
 */
const suite: EvalSuite = {
  name: 'safety',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const scored = slice(judged(releases, 'harms'), quick, 200);
    const score = (data: string, options: Record<string, unknown>, target?: string): EvalRow => {
      const config = onlyRule(id, options);
      const matrix = confusion(
        scored.map((release) => ({
          predicted: lintRelease(release, config, false).messages.some((message) => message.ruleId === id),
          actual: release.labels['harms'] === 'Not Satisfactory',
        })),
      );
      return {
        rule: id,
        data: `${data}${quick ? ' (quick slice)' : ''}`,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        ...(target ? { target } : {}),
        n: scored.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      };
    };
    // HealthNewsReview asks for the harms of tests and lifestyle advice too: the option a reviewer of that house sets.
    return [
      score('fakehealth-release, harms', {}, '≥ 0.75'),
      score('fakehealth-release, harms (includeTestsAndLifestyle)', { includeTestsAndLifestyle: true }),
    ];
  },
};

export default suite;
