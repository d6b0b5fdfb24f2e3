import { balancedAccuracy, confusion, type EvalRow, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule } from '../fakehealth.js';

const id = 'relative-risk-without-absolute';
/** HealthNewsReview explains a benefits verdict in terms of relative or absolute risk on these releases. */
const aboutRisk = /\b(?:relative|absolute)\b/i;

/**
 * relative-risk-without-absolute against HealthNewsReview's “quantifies benefits” verdict, at the
 * document level: the rule fires somewhere in the release ⇔ Not Satisfactory.
 */
const suite: EvalSuite = {
  name: 'relative-risk',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const config = onlyRule(id);
    const rows: EvalRow[] = [];
    const subsets = [
      { data: 'fakehealth-release, benefits_quantified (explanation names relative/absolute risk)', filter: true },
      ...(quick ? [] : [{ data: 'fakehealth-release, benefits_quantified (all)', filter: false }]),
    ];
    for (const { data, filter } of subsets) {
      const scored = judged(releases, 'benefits_quantified', (release) =>
        filter ? aboutRisk.test(release.criteria['benefits_quantified']?.explanation ?? '') : true,
      );
      const pairs = scored.map((release) => ({
        predicted: lintRelease(release, config, false).messages.some((message) => message.ruleId === id),
        actual: release.labels['benefits_quantified'] === 'Not Satisfactory',
      }));
      const matrix = confusion(pairs);
      rows.push({
        rule: id,
        data,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        ...(filter ? { target: '≥ 0.70' } : {}),
        n: scored.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      });
    }
    return rows;
  },
};

export default suite;
