import { balancedAccuracy, confusion, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule } from '../fakehealth.js';

const id = 'missing-disclosure';

/**
 * missing-disclosure against HealthNewsReview's funding-and-conflicts verdict, at the document
 * level: the rule fires ⇔ Not Satisfactory. Releases are linted as articles with their title and
 * date as front matter (the rule only judges articles with metadata), with `includeOwnProduct` on. Reviewers also credited
 * funders listed only in EurekAlert!'s sidebar, which is not in the text, so the ceiling is below 1.
 */
const suite: EvalSuite = {
  name: 'disclosure',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const scored = judged(releases, 'funding_coi');
    const sample = quick ? scored.filter((_, index) => index % 2 === 0) : scored;
    // HealthNewsReview's criterion asks for funding even when a company announces its own product
    // (a strict house), so the rule is scored with that option on; the default leaves the case out
    // because editors differ (JUDGING.md).
    const config = onlyRule(id, { includeOwnProduct: true });
    const matrix = confusion(
      sample.map((release) => ({
        predicted: lintRelease(release, config).messages.some((message) => message.ruleId === id),
        actual: release.labels['funding_coi'] === 'Not Satisfactory',
      })),
    );
    return [
      {
        rule: id,
        data: 'fakehealth-release, funding_coi',
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        target: '≥ 0.75',
        n: sample.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      },
    ];
  },
};

export default suite;
