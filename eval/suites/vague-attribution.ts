import { lintText } from '../../src/lint.js';
import { onlyRule } from '../fakehealth.js';
import { confusion, corpusPath, precision, readJsonl, recall, slice, type EvalSuite } from '../lib.js';

interface WikiSentence {
  text: string;
  label: 'certain' | 'uncertain';
}

/**
 * vague-attribution against CoNLL-2010's Wikipedia weasel/hedge sentences. A flag on a sentence
 * labelled `certain` is a false positive; recall is only an upper bound, because `uncertain`
 * also covers plain hedges (“may”, “possibly”) that are not attributions.
 */
const suite: EvalSuite = {
  name: 'vague-attribution',
  run({ quick }) {
    const path = corpusPath('conll2010-wiki-uncertainty', 'dev.jsonl');
    if (!path) return [];
    const sentences = slice(readJsonl<WikiSentence>(path), quick, 1000);
    const all = confusion(sentences.map((item) => ({ predicted: true, actual: item.label === 'uncertain' })));
    // Wikipedia's weasel labels cover the shapes the rule holds back on health articles ("it is
    // believed", "experts said"), so the detector is also scored with them, as `tentative` shows them.
    const rowWith = (tentative: boolean) => {
      const config = onlyRule('vague-attribution', tentative ? { tentative: true } : {});
      const scored = confusion(
        sentences.map((item) => ({
          predicted: lintText(item.text, { config, format: 'text' }).messages.length > 0,
          actual: item.label === 'uncertain',
        })),
      );
      return {
        rule: 'vague-attribution',
        data: tentative ? 'conll2010-wiki-uncertainty (tentative: true)' : 'conll2010-wiki-uncertainty',
        metric: 'precision (flagged = uncertain)',
        value: precision(scored),
        baseline: precision(all),
        baselineName: 'flag all',
        ...(tentative ? {} : { target: '≥ 0.85' }),
        n: sentences.length,
        detail: `${scored.tp + scored.fp} flagged; recall vs uncertain ${recall(scored).toFixed(3)} (upper bound 1)`,
      };
    };
    return [rowWith(false), rowWith(true)];
  },
};

export default suite;
