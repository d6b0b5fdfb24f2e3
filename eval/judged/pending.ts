import { lintJudgedCorpus } from './corpus.js';
import { printForJudging } from './print.js';
import { readVerdicts } from './data.js';
import { drawSample, findingKey } from './sample.js';

/**
 * `npx tsx eval/judged/pending.ts [--rule ID] [--all]`: the sampled findings that have no verdict
 * yet, one JSON line each (doc, rule, text, sentence, message, paragraph, and the path of the
 * whole article dumped under /tmp/healthlint-judge/ for reading), ready to be judged and appended
 * to eval/judged/<rule>.jsonl. `--all` lists the judged ones too, with their verdict.
 */
const ruleArgument = process.argv.indexOf('--rule');
const onlyRule = ruleArgument >= 0 ? process.argv[ruleArgument + 1] : undefined;
const all = process.argv.includes('--all');
// Lint only the rule asked about, unless the caller chose the rules: much faster, same findings.
if (onlyRule && !process.env['HEALTHLINT_JUDGE_RULES']) process.env['HEALTHLINT_JUDGE_RULES'] = onlyRule;

const corpus = lintJudgedCorpus();
if (!corpus) {
  console.error('pending: ../shared/corpora lacks fakehealth-release, fakehealth-story-text or cochrane-pls');
  process.exit(2);
}
const sources = new Map(corpus.documents.map((document) => [document.id, document.source]));
const verdicts = new Map(readVerdicts().map((record) => [findingKey(record), record]));
let pending = 0;
for (const [rule, findings] of drawSample(corpus.findings)) {
  if (onlyRule && rule !== onlyRule) continue;
  for (const finding of findings) {
    const verdict = verdicts.get(findingKey(finding));
    if (verdict && !all) continue;
    if (!verdict) pending++;
    printForJudging(finding, sources.get(finding.doc) ?? '', verdict);
  }
}
console.error(`pending: ${pending} sampled findings without a verdict${onlyRule ? ` for ${onlyRule}` : ''}`);
