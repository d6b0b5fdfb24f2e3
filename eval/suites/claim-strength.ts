import { claimStrength, claimStrengths, type ClaimStrength } from '../../src/language/claim-strength.js';
import { corpusPath, readJsonl, slice, type EvalSuite } from '../lib.js';

interface ClaimSentence {
  source: 'pubmed' | 'eureka';
  sentence: string;
  label: 0 | 1 | 2 | 3;
}

/** Macro-F1 over the four classes of a confusion of predicted and actual labels. */
export function macroF1(pairs: { predicted: number; actual: number }[], classes = 4): number {
  let total = 0;
  for (let label = 0; label < classes; label++) {
    const tp = pairs.filter((pair) => pair.predicted === label && pair.actual === label).length;
    const fp = pairs.filter((pair) => pair.predicted === label && pair.actual !== label).length;
    const fn = pairs.filter((pair) => pair.predicted !== label && pair.actual === label).length;
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / classes;
}

/** The four-way claim-strength classifier against Yu et al.'s annotated sentences. */
const suite: EvalSuite = {
  name: 'claim-strength',
  run({ quick }) {
    const path = corpusPath('causal-claim-strength', 'dev.jsonl');
    if (!path) return [];
    const sentences = slice(readJsonl<ClaimSentence>(path), quick, 1200);
    const rows = (['all', 'eureka', 'pubmed'] as const).map((source) => {
      const scored = sentences.filter((item) => source === 'all' || item.source === source);
      const pairs = scored.map((item) => ({
        predicted: claimStrengths.indexOf(claimStrength(item.sentence)),
        actual: item.label,
      }));
      const counts = [0, 1, 2, 3].map((label) => scored.filter((item) => item.label === label).length);
      const majority = counts.indexOf(Math.max(...counts));
      const accuracy = pairs.filter((pair) => pair.predicted === pair.actual).length / Math.max(1, pairs.length);
      return {
        rule: 'claim-strength (helper)',
        data: `causal-claim-strength${source === 'all' ? '' : ` (${source})`}`,
        metric: 'macro-F1 (4 classes)',
        value: macroF1(pairs),
        baseline: macroF1(scored.map((item) => ({ predicted: majority, actual: item.label }))),
        baselineName: `always ${claimStrengths[majority] as ClaimStrength}`,
        ...(source === 'all' ? { target: '≥ 0.70' } : {}),
        n: scored.length,
        detail: `accuracy ${accuracy.toFixed(3)}`,
      };
    });
    return rows;
  },
};

export default suite;
