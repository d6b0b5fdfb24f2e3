import { balancedAccuracy, confusion, slice, type EvalRow, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule, type Release } from '../fakehealth.js';

const id = 'missing-regulatory-status';
/** HealthNewsReview explains an availability verdict in terms of regulatory status. */
const aboutApproval = /\b(?:FDA|approv\w*|licen[cs]\w*|regulat\w*|clearance|cleared|off-label)\b/i;

/**
 * missing-regulatory-status against HealthNewsReview's availability verdict, per release: the
 * rule fires ⇔ `availability` is Not Satisfactory (Not Applicable skipped). Availability is
 * wider than regulatory status (where to get a procedure, how far research is from the clinic),
 * so a second row keeps only the Not Satisfactory releases whose explanation is about approval,
 * against every Satisfactory one, as the corpus notes suggest.
 */
const suite: EvalSuite = {
  name: 'regulatory',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const score = (
      data: string,
      scored: Release[],
      target?: string,
      options: Record<string, unknown> = {},
    ): EvalRow => {
      const config = onlyRule(id, options);
      const matrix = confusion(
        scored.map((release) => ({
          predicted: lintRelease(release, config, false).messages.some((message) => message.ruleId === id),
          actual: release.labels['availability'] === 'Not Satisfactory',
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
    const all = slice(judged(releases, 'availability'), quick, 200);
    const approval = all.filter(
      (release) =>
        release.labels['availability'] === 'Satisfactory' ||
        aboutApproval.test(release.criteria['availability']?.explanation ?? ''),
    );
    return [
      score('fakehealth-release, availability', all, '≥ 0.65'),
      score('fakehealth-release, availability (Not Satisfactory about approval)', approval),
      // HealthNewsReview asks where supplements can be bought too: the option a reviewer of that house sets.
      score('fakehealth-release, availability (includeSupplements)', all, undefined, { includeSupplements: true }),
      // HealthNewsReview asks when a treatment in an early trial might be available, not only whether
      // readers can tell it is experimental: the option a reviewer of that house sets too.
      score('fakehealth-release, availability (includeResearchStage)', all, undefined, { includeResearchStage: true }),
      score('fakehealth-release, availability (includeResearchStage, includeSupplements)', all, undefined, {
        includeResearchStage: true,
        includeSupplements: true,
      }),
    ];
  },
};

export default suite;
