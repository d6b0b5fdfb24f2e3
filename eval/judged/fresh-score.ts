import { existsSync, readFileSync } from 'node:fs';
import { judgedFolder } from './data.js';
import { printForJudging } from './print.js';
import { collapse, conflictingVerdicts, findingKey, wilson, type Finding, type VerdictRecord } from './sample.js';

/** A finding on text no rule work has read, with the text it was found in. */
export interface FreshFinding extends Finding {
  message: string;
  paragraph?: string;
  /** The whole text linted, dumped for the judge. */
  source: string;
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
        const tag = collapse(verdict.reason.split(':')[0] ?? '') || 'untagged';
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
