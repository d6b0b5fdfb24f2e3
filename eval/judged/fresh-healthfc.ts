import { readFileSync } from 'node:fs';
import { corpusPath, parseCsv } from '../lib.js';
import { type JudgedDocument } from './corpus.js';
import { flagValue, lintFresh, scoreFresh, sentenceRules } from './fresh-score.js';

/**
 * `npx tsx eval/judged/fresh-healthfc.ts [--rule a,b] [--all]`: the sentence rules' precision on
 * careful prose no rule work has read (issue #13). The judged corpus has no unread finding left for
 * some rules, and its articles are releases and news, which oversell; the mission also asks that
 * healthlint stay quiet on a careful article. HealthFC (`../shared/corpora/healthfc`) holds 750
 * fact-checks by Medizin-transparent: each is a question, a short evidence-based answer and the
 * sentences of the article that back it, in machine-translated English. Each becomes a short
 * article (the question as its heading, the answer, the evidence sentences), linted with the
 * `recommended` settings of the rules that judge sentences; the document rules are left off, since
 * a fact-check's answer is not the whole article, and spelling is left off, since the English is a
 * machine's. Answers that repeat word for word (some fact-checks answer two questions) count once.
 *
 * Prints the findings without a verdict in `fresh/healthfc.jsonl` and scores them per rule
 * (fresh-score.ts). The corpus is CC BY-NC-ND: evaluation only, and verdicts quote single sentences.
 */

function loadFactChecks(): JudgedDocument[] | undefined {
  const path = corpusPath('healthfc', 'Datensatz.csv');
  if (!path) return undefined;
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''));
  const column = (name: string): number => header!.indexOf(name);
  const [claim, answer, evidence] = [column('en_claim'), column('en_explanation'), column('en_top_sentences')];
  const seen = new Set<string>();
  const documents: JudgedDocument[] = [];
  rows.forEach((row, index) => {
    const text = (row[answer] ?? '').trim();
    if (!text || seen.has(text)) return;
    seen.add(text);
    documents.push({
      id: `healthfc:${index + 1}`,
      source: `# ${(row[claim] ?? '').trim()}\n\n${text}\n\n${(row[evidence] ?? '').trim()}\n`,
    });
  });
  return documents;
}

const rules = flagValue('--rule')?.split(',').filter(Boolean) ?? sentenceRules;
const documents = loadFactChecks();
if (!documents) {
  console.error('fresh-healthfc: ../shared/corpora lacks healthfc/Datensatz.csv');
  process.exit(2);
}
console.error(`fresh-healthfc: ${documents.length} fact-checks, rules ${rules.join(', ')}`);
scoreFresh('fresh-healthfc', 'healthfc.jsonl', lintFresh(documents, rules), process.argv.includes('--all'));
