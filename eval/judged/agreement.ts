import { readFileSync } from 'node:fs';
import { drawFiles, readDrawVerdicts, type DrawName } from './data.js';
import { findingKey, wilson, type Verdict, type VerdictRecord } from './sample.js';

/**
 * `npx tsx eval/judged/agreement.ts --draw tuning6 eval/judged/agreement/tuning6-second.jsonl`: how far
 * two judges agree on the same findings. The second judge read the findings without the first
 * judge's verdicts (eval/judged/README.md, "Two judges"). Per rule and pooled: the findings both
 * judged, exact agreement on correct / debatable / wrong, agreement on strict correctness (correct vs
 * the rest, which is what strict precision counts) with Cohen's kappa, and each judge's strict
 * precision. It says how much of a change in precision between two draws judged by different people
 * could be the judges.
 */
const drawArgument = process.argv.indexOf('--draw');
const drawName = process.argv[drawArgument + 1] as DrawName;
const secondFile = process.argv.find((argument, index) => index > 1 && argument.endsWith('.jsonl'));
if (drawArgument < 0 || !Object.hasOwn(drawFiles, drawName) || !secondFile) {
  console.error(`agreement: usage: --draw <${Object.keys(drawFiles).join('|')}> <second-judge.jsonl>`);
  process.exit(2);
}

const first = new Map(readDrawVerdicts(drawName).map((record) => [findingKey(record), record]));
const second = readFileSync(secondFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as VerdictRecord);
const pairs = second.flatMap((record) => {
  const other = first.get(findingKey(record));
  return other ? [{ rule: record.rule, first: other.verdict, second: record.verdict }] : [];
});
const unmatched = second.length - pairs.length;
if (unmatched) console.error(`agreement: ${unmatched} second verdicts match no finding of ${drawName}`);

type Pair = (typeof pairs)[number];
/** Cohen's kappa for two judges' yes/no calls: agreement beyond what their rates give by chance. */
function kappa(rows: readonly Pair[], isYes: (verdict: Verdict) => boolean): number {
  const n = rows.length;
  const agree = rows.filter((row) => isYes(row.first) === isYes(row.second)).length / n;
  const firstYes = rows.filter((row) => isYes(row.first)).length / n;
  const secondYes = rows.filter((row) => isYes(row.second)).length / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}
const isCorrect = (verdict: Verdict) => verdict === 'correct';
const share = (count: number, total: number) => {
  const { low, high } = wilson(count, total);
  return `${(count / total).toFixed(2)} [${low.toFixed(2)}, ${high.toFixed(2)}]`;
};

console.log('rule, n: exact agreement; strict agreement, kappa; strict precision first judge, second judge');
const rules = [...new Set(pairs.map((pair) => pair.rule))].sort();
for (const rule of [...rules, 'pooled']) {
  const rows = rule === 'pooled' ? pairs : pairs.filter((pair) => pair.rule === rule);
  const exact = rows.filter((row) => row.first === row.second).length;
  const strict = rows.filter((row) => isCorrect(row.first) === isCorrect(row.second)).length;
  console.log(
    `${rule.padEnd(32)} ${String(rows.length).padStart(3)}: ${share(exact, rows.length)}; ` +
      `${share(strict, rows.length)}, kappa ${kappa(rows, isCorrect).toFixed(2)}; ` +
      `${(rows.filter((row) => isCorrect(row.first)).length / rows.length).toFixed(2)} vs ` +
      `${(rows.filter((row) => isCorrect(row.second)).length / rows.length).toFixed(2)}`,
  );
}
