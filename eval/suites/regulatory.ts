import { balancedAccuracy, confusion, slice, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule } from '../fakehealth.js';

const id = 'missing-regulatory-status';

/**
 * missing-regulatory-status against HealthNewsReview's availability verdict (which covers regulatory status), per release: the rule fires
 * ⇔ `availability` is Not Satisfactory (Not Applicable releases are skipped).
 */
const suite: EvalSuite = {
  name: 'regulatory',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const config = onlyRule(id);
    const scored = slice(judged(releases, 'availability'), quick, 200);
    const matrix = confusion(
      scored.map((release) => ({
        predicted: lintRelease(release, config, false).messages.some((message) => message.ruleId === id),
        actual: release.labels['availability'] === 'Not Satisfactory',
      })),
    );
    return [
      {
        rule: id,
        data: `fakehealth-release, availability${quick ? ' (quick slice)' : ''}`,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        target: '≥ 0.65',
        n: scored.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      },
    ];
  },
};

export default suite;
