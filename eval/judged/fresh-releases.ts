import { corpusPath, readJsonl } from '../lib.js';
import { flagValue, lintFresh, scoreFresh, sentenceRules } from './fresh-score.js';
import { drawSample } from './sample.js';

/**
 * `npx tsx eval/judged/fresh-releases.ts [--rule a,b] [--all]`: the sentence rules' precision on
 * press-release prose outside the judged corpus (issue #13). The holdouts can no longer draw
 * causal claims, efficacy or relative risk (every finding of the judged corpus has been read), so
 * this is where those rules meet releases nobody has read: the conclusion paragraphs of the 475 dev
 * press releases of the InSciOut studies (sci-exaggeration). Beside each is the conclusion of the
 * paper's own abstract, careful prose by the study's authors: a third careful corpus after the
 * HealthFC fact-checks and the Cochrane abstracts, scored on its own. The pairs' claim-strength
 * labels tune the efficacy suite, so efficacy here is measured against text its rule was scored on
 * (by label, never by reading); the other rules never saw it. Each conclusion is linted as one
 * short Markdown article with the `recommended` settings of the sentence rules; the document rules
 * are left off. `--abstracts` scores the abstracts' conclusions instead of the releases'.
 *
 * What is judged and scored is a fixed draw: per rule, at most 40 findings and 2 per release, in the
 * order of a salted hash (sample.ts), so a finding that survives a change keeps its place. Prints
 * the drawn findings without a verdict in `fresh/release-conclusions.jsonl` (or
 * `fresh/abstract-conclusions.jsonl`) and scores them (fresh-score.ts). The corpus is for evaluation only: verdicts quote single sentences.
 */

interface Pair {
  original_file_id: string;
  press_release_conclusion: string;
  abstract_conclusion: string;
}

const rules = flagValue('--rule')?.split(',').filter(Boolean) ?? sentenceRules;
const path = corpusPath('sci-exaggeration', 'dev.jsonl');
if (!path) {
  console.error('fresh-releases: ../shared/corpora lacks sci-exaggeration/dev.jsonl');
  process.exit(2);
}
const abstracts = process.argv.includes('--abstracts');
const name = abstracts ? 'fresh-abstracts' : 'fresh-releases';
const documents = readJsonl<Pair>(path)
  .map((pair) => ({
    id: `sciex-${abstracts ? 'abstract' : 'release'}:${pair.original_file_id}`,
    text: abstracts ? pair.abstract_conclusion : pair.press_release_conclusion,
  }))
  .filter((conclusion) => conclusion.text.trim())
  .map(({ id, text }) => ({ id, source: `${text.trim()}\n` }));
const findings = lintFresh(documents, rules);
const drawn = drawSample(findings, { perRule: 40, perDocument: 2, salt: 'fresh-releases-2026-12-06' });
console.error(
  `${name}: ${documents.length} ${abstracts ? 'abstract' : 'release'} conclusions, rules ${rules.join(', ')}; ` +
    'findings drawn of all: ' +
    [...drawn]
      .map(([rule, chosen]) => `${rule} ${chosen.length}/${findings.filter((f) => f.rule === rule).length}`)
      .join(', '),
);
scoreFresh(
  name,
  abstracts ? 'abstract-conclusions.jsonl' : 'release-conclusions.jsonl',
  [...drawn.values()].flat(),
  process.argv.includes('--all'),
);
