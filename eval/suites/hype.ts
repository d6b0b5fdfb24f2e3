import { balancedAccuracy, confusion, precision, recall, slice, type EvalSuite } from '../lib.js';
import { lintText } from '../../src/lint.js';
import { judged, loadReleases, onlyRule } from '../fakehealth.js';

/**
 * hype against HealthNewsReview's “sensational language” criterion on press releases (document
 * level; Not Applicable skipped). A release counts as flagged when the rule finds any hype. The
 * release is read as published: its headline, which reviewers judge too, then its text.
 */
const suite: EvalSuite = {
  name: 'hype',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const config = onlyRule('hype');
    const scored = slice(judged(releases, 'sensational_language'), quick, 200);
    const pairs = scored.map((release) => ({
      predicted: lintText(`${release.title}\n\n${release.text}`, { config, format: 'text' }).messages.length > 0,
      actual: release.labels['sensational_language'] === 'Not Satisfactory',
    }));
    const result = confusion(pairs);
    return [
      {
        rule: 'hype',
        data: 'fakehealth-release (sensational_language)',
        metric: 'balanced accuracy (doc)',
        value: balancedAccuracy(result),
        baseline: 0.5,
        baselineName: 'constant',
        target: '≥ 0.70',
        n: scored.length,
        detail: `P ${precision(result).toFixed(3)} R ${recall(result).toFixed(3)}, ${result.tp + result.fp} flagged`,
      },
    ];
  },
};

export default suite;
