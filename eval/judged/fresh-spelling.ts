import { resolveConfig } from '../../src/config/resolve.js';
import { lintText } from '../../src/lint.js';
import { corpusPath, readJsonl } from '../lib.js';
import { scoreFresh, type FreshFinding } from './fresh-score.js';
import { collapse } from './sample.js';

/**
 * `npx tsx eval/judged/fresh-spelling.ts [--all]`: spelling's precision on sentences no rule work
 * has read (issue #13). By the eleventh holdout every spelling finding of the judged corpus had
 * been read, so a holdout can no longer measure spelling. These sentences come from two labelled
 * corpora the judged corpus does not hold: causal-claim-strength (PubMed abstracts and EurekAlert
 * releases) and sci-exaggeration (the conclusions of releases and of their abstracts). Each sentence
 * is linted alone, as plain text, with only spelling on.
 *
 * Prints the findings without a verdict in `fresh/spelling.jsonl` and scores them (fresh-score.ts).
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
const findings: FreshFinding[] = [];
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

scoreFresh('fresh-spelling', 'spelling.jsonl', findings, all);
