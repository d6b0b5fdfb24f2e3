import { isSpeculative } from '../../src/language/hedges.js';
import { confusion, corpusPath, f1, precision, readJsonl, recall, slice, type EvalSuite } from '../lib.js';

interface BioscopeSentence {
  text: string;
  uncertain: boolean;
}

/**
 * The hedge detector against BioScope's sentence-level “uncertain” label (≥1 speculation cue).
 * BioScope also tags “or”, “whether”, “either” and “can”, which healthlint leaves out on
 * purpose (see hedges.yml), so recall has a ceiling below 1.
 */
const suite: EvalSuite = {
  name: 'hedge',
  run({ quick }) {
    const path = corpusPath('bioscope-hedge', 'dev.jsonl');
    if (!path) return [];
    const sentences = slice(readJsonl<BioscopeSentence>(path), quick, 2000);
    const scored = confusion(sentences.map((s) => ({ predicted: isSpeculative(s.text), actual: s.uncertain })));
    const allUncertain = confusion(sentences.map((s) => ({ predicted: true, actual: s.uncertain })));
    return [
      {
        rule: 'hedges (helper)',
        data: 'bioscope-hedge',
        metric: 'F1 (sentence uncertain)',
        value: f1(scored),
        baseline: f1(allUncertain),
        baselineName: 'all uncertain',
        target: '≥ 0.85',
        n: sentences.length,
        detail: `P ${precision(scored).toFixed(3)} R ${recall(scored).toFixed(3)}`,
      },
    ];
  },
};

export default suite;
