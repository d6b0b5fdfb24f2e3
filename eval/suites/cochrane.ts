import { rules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { lintText } from '../../src/lint.js';
import { corpusPath, readJsonl, slice, type EvalRow, type EvalSuite } from '../lib.js';

interface Summary {
  doi: string;
  plain_language_summary: string;
}

/** Targets for careful prose; rules not listed are reported without one. */
const targets: Record<string, string> = { spelling: '≤ 1' };

/**
 * Every rule in the registry on Cochrane plain-language summaries: careful, hedged, edited
 * consumer prose, so each flag is more likely a false alarm than a defect. Reported as flags
 * per 1,000 words, per rule, against the trivial baseline of a rule that never fires.
 */
const suite: EvalSuite = {
  name: 'cochrane',
  run({ quick }) {
    const path = corpusPath('cochrane-pls', 'cochrane-val-test.jsonl');
    if (!path) return [];
    const summaries = slice(readJsonl<Summary>(path), quick, 100);
    const config = resolveConfig(undefined, { language: 'auto' });
    for (const rule of rules) config.rules.set(rule.definition.id, { severity: 'warn', options: {} });
    const counts = new Map<string, number>(rules.map((rule) => [rule.definition.id, 0]));
    let words = 0;
    for (const summary of summaries) {
      const text = summary.plain_language_summary;
      words += text.split(/\s+/).filter(Boolean).length;
      for (const message of lintText(text, { config, format: 'text' }).messages) {
        counts.set(String(message.ruleId), (counts.get(String(message.ruleId)) ?? 0) + 1);
      }
    }
    return [...counts].map(([rule, count]): EvalRow => ({
      rule,
      data: `cochrane-pls plain-language summaries${quick ? ' (quick slice)' : ''}`,
      metric: 'flags per 1,000 words',
      value: words === 0 ? 0 : (count * 1000) / words,
      baseline: 0,
      baselineName: 'never fires',
      ...(targets[rule] ? { target: targets[rule] } : {}),
      n: summaries.length,
      detail: `${count} flags in ${words} words`,
    }));
  },
};

export default suite;
