import { existsSync, readFileSync } from 'node:fs';
import { resolveConfig } from '../../src/config/resolve.js';
import { lintDocuments, type JudgedDocument } from './corpus.js';
import { judgedFolder } from './data.js';
import { printForJudging } from './print.js';
import { conflictingVerdicts, findingKey, reasonTag, wilson, type Finding, type VerdictRecord } from './sample.js';

/** A finding on text no rule work has read, with the text it was found in. */
export interface FreshFinding extends Finding {
  message: string;
  paragraph?: string;
  /** The whole text linted, dumped for the judge. */
  source: string;
}

/** The rules that judge sentences, which is all a fresh text without its whole article can measure. */
export const sentenceRules = [
  'causal-claim-from-association',
  'hype',
  'relative-risk-without-absolute',
  'unqualified-efficacy-claim',
  'unsupported-statistic',
  'vague-attribution',
];

/** The value after a command-line flag, if given. */
export function flagValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Lints fresh documents with the `recommended` settings of the given rules only (the rest off) and
 * returns what a user sees: the shown findings, each with the whole text it was found in.
 */
export function lintFresh(documents: readonly JudgedDocument[], rules: readonly string[]): FreshFinding[] {
  const config = resolveConfig(undefined, {});
  for (const [id, setting] of config.rules) {
    if (!rules.includes(id)) config.rules.set(id, { ...setting, severity: 'off' });
  }
  const sources = new Map(documents.map((document) => [document.id, document.source]));
  return lintDocuments(documents, config)
    .filter((finding) => !finding.tentative)
    .map(({ doc, rule, text, sentence, message, paragraph }) => ({
      doc,
      rule,
      text,
      sentence,
      message,
      paragraph,
      source: sources.get(doc)!,
    }));
}

/**
 * Scores findings on fresh text against the verdicts in `eval/judged/fresh/<file>`: prints the
 * findings nobody has judged as pending.ts does (`all`: the judged ones too, with their verdicts),
 * then one line per rule with strict and lenient precision and 95 % Wilson intervals, the verdicts
 * whose finding has gone, and the wrong findings' reason tags.
 */
export function scoreFresh(name: string, file: string, findings: readonly FreshFinding[], all: boolean): void {
  const verdictPath = new URL(`fresh/${file}`, judgedFolder);
  const records: VerdictRecord[] = existsSync(verdictPath)
    ? readFileSync(verdictPath, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as VerdictRecord)
    : [];
  for (const key of conflictingVerdicts(records)) {
    console.error(`${name}: two different verdicts for one finding (the first counts), settle them: ${key}`);
  }
  const verdicts = new Map<string, VerdictRecord>();
  for (const record of records) if (!verdicts.has(findingKey(record))) verdicts.set(findingKey(record), record);

  const present = new Set(findings.map(findingKey));
  let pending = 0;
  for (const finding of findings) {
    const verdict = verdicts.get(findingKey(finding));
    if (!verdict) pending++;
    if (!verdict || all) {
      const { source, ...shown } = finding;
      printForJudging({ ...shown, paragraph: finding.paragraph ?? finding.sentence }, source, verdict);
    }
  }
  console.error(`${name}: ${pending} findings without a verdict in eval/judged/fresh/${file}`);

  const rules = [
    ...new Set([...findings.map((finding) => finding.rule), ...records.map((record) => record.rule)]),
  ].sort();
  for (const rule of rules) {
    const counts = { correct: 0, debatable: 0, wrong: 0 };
    const wrongTags = new Map<string, number>();
    const ofRule = findings.filter((finding) => finding.rule === rule);
    for (const finding of ofRule) {
      const verdict = verdicts.get(findingKey(finding));
      if (!verdict) continue;
      counts[verdict.verdict]++;
      if (verdict.verdict === 'wrong') {
        const tag = reasonTag(verdict.reason);
        wrongTags.set(tag, (wrongTags.get(tag) ?? 0) + 1);
      }
    }
    const gone = [...verdicts.values()].filter(
      (record) => record.rule === rule && !present.has(findingKey(record)),
    ).length;
    const judged = counts.correct + counts.debatable + counts.wrong;
    const share = (successes: number): string => {
      const { low, high } = wilson(successes, judged);
      return `${(successes / judged).toFixed(2)} [${low.toFixed(2)}, ${high.toFixed(2)}]`;
    };
    console.log(
      `${name} ${rule}: ${ofRule.length} findings, ${judged} judged ` +
        `(${counts.correct} correct, ${counts.debatable} debatable, ${counts.wrong} wrong), ${gone} gone` +
        (judged ? `; strict ${share(counts.correct)}, lenient ${share(counts.correct + counts.debatable)}` : '') +
        (wrongTags.size
          ? `; wrong: ${[...wrongTags]
              .sort((a, b) => b[1] - a[1])
              .map(([tag, count]) => `${tag} ${count}`)
              .join(', ')}`
          : ''),
    );
  }
}
