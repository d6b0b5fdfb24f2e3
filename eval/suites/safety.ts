import { balancedAccuracy, confusion, slice, type EvalSuite } from '../lib.js';
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
    const config = onlyRule(id);
    const scored = slice(judged(releases, 'harms'), quick, 200);
    const matrix = confusion(
      scored.map((release) => ({
        predicted: lintRelease(release, config, false).messages.some((message) => message.ruleId === id),
        actual: release.labels['harms'] === 'Not Satisfactory',
      })),
    );
    return [
      {
        rule: id,
        data: `fakehealth-release, harms${quick ? ' (quick slice)' : ''}`,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        target: '≥ 0.75',
        n: scored.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      },
    ];
  },
};

export default suite;
