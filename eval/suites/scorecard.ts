import { rules } from '../../rules/index.js';
import { RuleSet } from '../../src/rule/rule-set.js';
import { buildDocument } from '../../src/prose/document.js';
import { scorecardOf, type CriterionId } from '../../src/scorecard.js';
import { balancedAccuracy, confusion, type EvalRow, type EvalSuite } from '../lib.js';
import { judged, loadReleases, type Release } from '../fakehealth.js';

const builtIns = new RuleSet(rules);

/** The HealthNewsReview label each scorecard criterion is measured against, and on which releases. */
const labels: { id: CriterionId; label: string; filter?: (release: Release) => boolean; note?: string }[] = [
  { id: 'benefits-quantified', label: 'benefits_quantified' },
  { id: 'harms', label: 'harms' },
  { id: 'evidence-quality', label: 'evidence_quality' },
  { id: 'funding-and-conflicts', label: 'funding_coi' },
  { id: 'availability', label: 'availability' },
  { id: 'sensational-language', label: 'sensational_language' },
  {
    id: 'relative-and-absolute-risk',
    label: 'benefits_quantified',
    filter: (release) => /\b(?:relative|absolute)\b/i.test(release.criteria['benefits_quantified']?.explanation ?? ''),
    note: 'explanation names relative/absolute risk',
  },
];

/**
 * The scorecard against HealthNewsReview's verdicts, criterion by criterion (document level,
 * Not Applicable labels skipped). A scorecard “not applicable” counts as not flagging; the
 * baseline always answers “not satisfied” (the majority for most criteria), which scores 0.5.
 */
const suite: EvalSuite = {
  name: 'scorecard',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const sample = quick ? releases.filter((_, index) => index % 2 === 0) : releases;
    const cards = new Map(
      sample.map((release) => [release.news_id, scorecardOf(buildDocument(release.text, 'text'), builtIns)] as const),
    );
    const rows: EvalRow[] = [];
    for (const { id, label, filter, note } of labels) {
      const scored = judged(sample, label, filter);
      const matrix = confusion(
        scored.map((release) => ({
          predicted: cards.get(release.news_id)?.find((result) => result.id === id)?.verdict === 'not-satisfied',
          actual: release.labels[label] === 'Not Satisfactory',
        })),
      );
      rows.push({
        rule: `scorecard: ${id}`,
        data: `fakehealth-release, ${label}${note ? ` (${note})` : ''}`,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always not satisfied',
        n: scored.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      });
    }
    return rows;
  },
};

export default suite;
