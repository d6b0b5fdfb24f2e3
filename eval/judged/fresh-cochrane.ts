import { corpusPath, readJsonl } from '../lib.js';
import { flagValue, lintFresh, scoreFresh, sentenceRules } from './fresh-score.js';
import { drawSample } from './sample.js';

/**
 * `npx tsx eval/judged/fresh-cochrane.ts [--rule a,b] [--all]`: the sentence rules' and spelling's
 * precision on careful English prose no rule work has read (issue #13). The judged corpus holds the
 * plain-language summaries of 891 Cochrane reviews; their scientific abstracts, written by the same
 * review teams for clinicians, were never linted. An abstract reports a systematic review's own
 * pooled results, grades its evidence and states its conclusions with the review's own caveats:
 * what a careful article looks like, in English written by people, so spelling is measured too.
 * Each abstract is linted as one short Markdown article with the `recommended` settings of those
 * rules; the document rules are left off, since an abstract is not a whole article.
 *
 * Relative risk fires on most pooled ratios ("RR 0.75 (95% CI …)"), too many to read, so what is
 * judged and scored is a fixed draw: per rule, at most 40 findings and 2 per abstract, in the
 * order of a salted hash (sample.ts), so a finding that survives a change keeps its place.
 * Prints the drawn findings without a verdict in `fresh/cochrane-abstracts.jsonl` and scores them
 * (fresh-score.ts). The corpus is for evaluation only: verdicts quote single sentences.
 */

interface Review {
  doi: string;
  abstract: string;
}

const rules = flagValue('--rule')?.split(',').filter(Boolean) ?? [...sentenceRules, 'spelling'];
const path = corpusPath('cochrane-pls', 'cochrane-val-test.jsonl');
if (!path) {
  console.error('fresh-cochrane: ../shared/corpora lacks cochrane-pls/cochrane-val-test.jsonl');
  process.exit(2);
}
const documents = readJsonl<Review>(path)
  .filter((review) => review.abstract.trim())
  .map((review) => ({ id: `cochrane-abstract:${review.doi}`, source: `${review.abstract.trim()}\n` }));
const findings = lintFresh(documents, rules);
const drawn = drawSample(findings, { perRule: 40, perDocument: 2, salt: 'fresh-cochrane-2026-12-06' });
console.error(
  `fresh-cochrane: ${documents.length} abstracts, rules ${rules.join(', ')}; findings drawn of all: ` +
    [...drawn]
      .map(([rule, chosen]) => `${rule} ${chosen.length}/${findings.filter((f) => f.rule === rule).length}`)
      .join(', '),
);
scoreFresh('fresh-cochrane', 'cochrane-abstracts.jsonl', [...drawn.values()].flat(), process.argv.includes('--all'));
