import { lintText } from '../../src/lint.js';
import { corpusPath, precision, readJsonl, slice, type Confusion, type EvalRow, type EvalSuite } from '../lib.js';
import { onlyRule } from '../fakehealth.js';

interface ClaimSentence {
  source: 'pubmed' | 'eureka';
  sentence: string;
  label: 0 | 1 | 2 | 3;
}

const id = 'causal-claim-from-association';
/**
 * The EurekAlert! sentences of Yu et al. (COLING 2020) are headlines and first sentences of press
 * releases about observational studies, so their design is known without being in the sentence.
 * “In context” states it the way a release's body would, in a sentence of its own; “alone”
 * lints the sentence by itself, so the rule fires only when the sentence names the design.
 */
const context = 'The findings come from an observational study.';

const suite: EvalSuite = {
  name: 'causal-association',
  run({ quick }) {
    const path = corpusPath('causal-claim-strength', 'dev.jsonl');
    if (!path) return [];
    const sentences = slice(
      readJsonl<ClaimSentence>(path).filter((item) => item.source === 'eureka'),
      quick,
      600,
    );
    const config = onlyRule(id);
    const rows: EvalRow[] = [];
    for (const mode of ['in context', 'alone'] as const) {
      const fired = sentences.map((item) => {
        const text = mode === 'alone' ? item.sentence : `${item.sentence} ${context}`;
        return lintText(text, { config, format: 'text' }).messages.some((message) => message.ruleId === id);
      });
      const counts = (label: number): { fired: number; total: number } => ({
        fired: sentences.filter((item, index) => item.label === label && fired[index]).length,
        total: sentences.filter((item) => item.label === label).length,
      });
      const direct = counts(3);
      const correlational = counts(1);
      const others = counts(0).fired + counts(2).fired + correlational.fired;
      const matrix: Confusion = { tp: direct.fired, fp: others, fn: direct.total - direct.fired, tn: 0 };
      rows.push({
        rule: id,
        data: `causal-claim-strength (eureka, ${mode})`,
        metric: 'precision',
        value: precision(matrix),
        baseline: direct.total / sentences.length,
        baselineName: 'fire on every sentence',
        ...(mode === 'in context' ? { target: '≥ 0.75' } : {}),
        n: sentences.length,
        detail: `fires on ${direct.fired}/${direct.total} direct causal, ${correlational.fired}/${correlational.total} correlational, ${others - correlational.fired} other`,
      });
    }
    return rows;
  },
};

export default suite;
