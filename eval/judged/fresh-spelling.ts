import { existsSync, readFileSync } from 'node:fs';
import { resolveConfig } from '../../src/config/resolve.js';
import { lintText } from '../../src/lint.js';
import { corpusPath, readJsonl } from '../lib.js';
import { judgedFolder } from './data.js';
import { printForJudging } from './print.js';
import { collapse, conflictingVerdicts, findingKey, wilson, type Finding, type VerdictRecord } from './sample.js';

/**
 * `npx tsx eval/judged/fresh-spelling.ts [--all]`: spelling's precision on sentences no rule work
 * has read (issue #13). By the eleventh holdout every spelling finding of the judged corpus had
 * been read, so a holdout can no longer measure spelling. These sentences come from two labelled
 * corpora the judged corpus does not hold: causal-claim-strength (PubMed abstracts and EurekAlert
 * releases) and sci-exaggeration (the conclusions of releases and of their abstracts). Each sentence
 * is linted alone, as plain text, with only spelling on.
 *
 * Prints the findings without a verdict in `fresh/spelling.jsonl` as pending.ts does (`--all`: the
 * judged ones too), then scores strict and lenient precision with 95 % Wilson intervals, and counts
 * verdicts whose finding has gone.
 */

interface Sentence {
  id: string;
  text: string;
}

function loadSentences(): Sentence[] | undefined {
  const causal = corpusPath('causal-claim-strength', 'dev.jsonl');
  const exaggeration = corpusPath('sci-exaggeration', 'dev.jsonl');
  if (!causal || !exaggeration) return undefined;
  const sentences: Sentence[] = readJsonl<{ id: string; sentence: string }>(causal).map((row) => ({
    id: `causal-claim-strength:${row.id}`,
    text: row.sentence,
  }));
  readJsonl<{ press_release_conclusion: string; abstract_conclusion: string }>(exaggeration).forEach((row, line) => {
    // The corpus's file ids repeat across its splits; the line number keeps each pair apart.
    sentences.push({ id: `sci-exaggeration:${line + 1}:release`, text: row.press_release_conclusion });
    sentences.push({ id: `sci-exaggeration:${line + 1}:abstract`, text: row.abstract_conclusion });
  });
  return sentences;
}

const sentences = loadSentences();
if (!sentences) {
  console.error('fresh-spelling: ../shared/corpora lacks causal-claim-strength or sci-exaggeration');
  process.exit(2);
}
const all = process.argv.includes('--all');

const config = resolveConfig(undefined, {});
for (const [id, setting] of config.rules) {
  if (id !== 'spelling') config.rules.set(id, { ...setting, severity: 'off' });
}
const findings: (Finding & { message: string; source: string })[] = [];
for (const sentence of sentences) {
  const file = lintText(sentence.text, { config, format: 'text' });
  for (const message of file.messages) {
    if (message.ruleId !== 'spelling' || message.fatal) continue;
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    findings.push({
      doc: sentence.id,
      rule: 'spelling',
      text: collapse(sentence.text.slice(start ?? 0, end ?? 0)),
      sentence: collapse(sentence.text),
      message: message.reason,
      source: sentence.text,
    });
  }
}

const verdictPath = new URL('fresh/spelling.jsonl', judgedFolder);
const records: VerdictRecord[] = existsSync(verdictPath)
  ? readFileSync(verdictPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as VerdictRecord)
  : [];
for (const key of conflictingVerdicts(records)) {
  console.error(`fresh-spelling: two different verdicts for one finding (the first counts), settle them: ${key}`);
}
const verdicts = new Map<string, VerdictRecord>();
for (const record of records) if (!verdicts.has(findingKey(record))) verdicts.set(findingKey(record), record);

let pending = 0;
const counts = { correct: 0, debatable: 0, wrong: 0 };
const wrongTags = new Map<string, number>();
for (const finding of findings) {
  const verdict = verdicts.get(findingKey(finding));
  if (verdict) {
    counts[verdict.verdict]++;
    if (verdict.verdict === 'wrong') {
      const tag = collapse(verdict.reason.split(':')[0] ?? '') || 'untagged';
      wrongTags.set(tag, (wrongTags.get(tag) ?? 0) + 1);
    }
  } else pending++;
  if (!verdict || all) printForJudging({ ...finding, paragraph: finding.sentence }, finding.source, verdict);
}
const present = new Set(findings.map(findingKey));
const gone = [...verdicts.keys()].filter((key) => !present.has(key)).length;
const judged = counts.correct + counts.debatable + counts.wrong;
const share = (successes: number): string => {
  const { low, high } = wilson(successes, judged);
  return `${(successes / judged).toFixed(2)} [${low.toFixed(2)}, ${high.toFixed(2)}]`;
};
console.error(`fresh-spelling: ${pending} findings without a verdict in eval/judged/fresh/spelling.jsonl`);
console.log(
  `fresh-spelling: ${sentences.length} sentences, ${findings.length} findings, ${judged} judged ` +
    `(${counts.correct} correct, ${counts.debatable} debatable, ${counts.wrong} wrong), ${gone} gone` +
    (judged ? `; strict ${share(counts.correct)}, lenient ${share(counts.correct + counts.debatable)}` : '') +
    (wrongTags.size
      ? `; wrong: ${[...wrongTags]
          .sort((a, b) => b[1] - a[1])
          .map(([tag, count]) => `${tag} ${count}`)
          .join(', ')}`
      : ''),
);
