import { resolveConfig } from '../../src/config/resolve.js';
import { lintJudgedCorpus } from './corpus.js';
import { printForJudging } from './print.js';
import { readDrawVerdicts, readVerdicts, type DrawName } from './data.js';
import { conflictingVerdicts, drawSample, findingKey, scorePrecision, wilson } from './sample.js';

/**
 * `npx tsx eval/judged/holdout.ts [--draw holdout|tuning|tuning2|tuning3|tuning4|holdout2|tuning5|holdout3|tuning6|holdout4|tuning7|holdout5|tuning8|holdout6|holdout7|holdout8|tentative1|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24] [--rule a,b] [--all] [--first N]`: the draws besides
 * the main sample (issue #13, see README.md), each a bottom-k draw with a salt of its own, at most
 * one finding per document, never one in the main sample or already judged there.
 *
 * - `holdout` (the default): 12 findings per rule, an out-of-sample check of precision on findings
 *   nobody tuned a rule against. Rule work never reads it.
 * - `tuning`: 25 findings per rule, outside the holdout too: the findings rule work reads, judges
 *   and fixes classes from, so that the holdout stays untouched.
 * - `tuning2`: the second tuning round, 25 more per rule outside every earlier draw, for rule work
 *   after the first round had been tuned against.
 * - `tuning3`: the third round, 25 more per rule outside every earlier draw, once the second had been
 *   tuned against.
 * - `tuning4`: the fourth round, the same again once the third had been tuned against.
 * - `holdout2`: a second holdout, 12 per rule outside every draw above, drawn once four rounds had been
 *   tuned against: the first holdout's wrong classes had been named in eval/judged/README.md and two of its
 *   verdicts seen by a rule session, so it was no longer wholly unread. Rule work never reads it.
 * - `tuning5`: the fifth tuning round, 25 per rule outside every draw above (the second holdout had
 *   been read to score it, so rule work reads this round instead).
 * - `holdout3`: a third holdout, 12 per rule outside every draw above, for readers who have read none
 *   of them, once the fifth round had been tuned against. Rule work never reads it.
 * - `tuning6`: the sixth round, 25 per rule outside every draw above, read only after a rule's
 *   required properties had been weighed over every verdict already read (pooled.ts): its findings
 *   are the fresh check of that work.
 * - `holdout4`: a fourth holdout, 20 per rule outside every draw above (the first three had been read
 *   and used for tuning through pooled.ts), for readers who have read none of it. Rule work never reads it.
 * - `tuning7`: the seventh round, 25 per rule outside every draw above (the fourth holdout had been read
 *   to score it), the fresh check of that round's work.
 * - `holdout5`: a fifth holdout, 20 per rule outside every draw above, for readers who have read none
 *   of it, once the seventh round had landed. Rule work never reads it.
 * - `tuning8`: the ninth round, 25 per rule outside every draw above (the fifth holdout had been read
 *   to score it), the fresh check of that round's work.
 * - `holdout6`: a sixth holdout, 20 per rule outside every draw above, for readers who have read none
 *   of it, once the eighth and ninth rounds had landed. Rule work never reads it.
 * - `holdout7`: a seventh holdout, 20 per rule outside every draw above, for readers who have read none
 *   of it, once round 10 (which read the sixth) had landed. Rule work never reads it.
 * - `holdout8`: an eighth holdout, 20 per rule outside every draw above, once round 11 had landed: the
 *   first drawn from what `recommended` shows after rules began holding back tentative findings.
 * - `tentative1`: 10 per rule of the findings the rules hold back as tentative (linted with every
 *   rule's `tentative` option on), outside every draw above: whether what is held back is what
 *   readers judge wrong or debatable. Read by the same readers as `holdout8`, in the same pass.
 * - `holdout9`: a ninth holdout, 20 per rule of the shown findings outside every draw above, once
 *   round 12 (which read the eighth) had landed. Rule work never reads it. It leaves out only the
 *   findings read before it, where the draws above leave out what every earlier draw would pick today.
 * - `holdout10`: a tenth holdout, 20 per rule of the shown findings outside everything read, once
 *   round 13 (which read the ninth) had landed. Rule work never reads it.
 * - `holdout11`: an eleventh holdout, 20 per rule of the shown findings outside everything read, once
 *   round 14 (which read the tenth) had landed. Rule work never reads it.
 * - `holdout12`: a twelfth holdout, 20 per rule of the shown findings outside everything read, once
 *   round 15 (which read the eleventh) had landed. Rule work never reads it.
 * - `holdout13`: a thirteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 16 (which read the twelfth) had landed. Rule work never reads it.
 * - `holdout14`: a fourteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 17 (which read the thirteenth and the HealthFC fact-checks) had landed. Rule work never reads it.
 * - `holdout15`: a fifteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 18 (which read the fourteenth) had landed. Rule work never reads it.
 * - `holdout16`: a sixteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 19 (which read the fifteenth and the Cochrane abstracts) had landed. Rule work never reads it.
 * - `holdout17`: a seventeenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 20 (which read the sixteenth) had landed. Rule work never reads it.
 * - `holdout18`: an eighteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 21 (which read the seventeenth and the InSciOut conclusions) had landed. Rule work never reads it.
 * - `holdout19`: a nineteenth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 22 (which read the eighteenth) had landed. Rule work never reads it.
 * - `holdout20`: a twentieth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 23 (which read the nineteenth) had landed. Rule work never reads it.
 * - `holdout21`: a twenty-first holdout, 20 per rule of the shown findings outside everything read,
 *   once round 24 (which read the twentieth) had landed. Rule work never reads it.
 * - `holdout22`: a twenty-second holdout, 20 per rule of the shown findings outside everything read,
 *   once round 25 (which read the twenty-first) had landed. Rule work never reads it.
 * - `holdout23`: a twenty-third holdout, 20 per rule of the shown findings outside everything read,
 *   once round 26 (which read the twenty-second) had landed. Rule work never reads it.
 * - `holdout24`: a twenty-fourth holdout, 20 per rule of the shown findings outside everything read,
 *   once round 27 (which read the twenty-third) had landed. Rule work never reads it.
 *
 * Prints the drawn findings without a verdict in the draw's file as pending.ts does (`--all`: the
 * judged ones too), then scores its verdicts: strict and lenient precision with 95 % Wilson
 * intervals, per rule and pooled.
 */
// In order: each draw leaves out the findings of the draws before it and their verdicts.
const draws: Record<DrawName, { salt: string; perRule: number; from?: 'tentative'; leavesOut?: 'read' }> = {
  holdout: { salt: 'holdout-2026-12-05', perRule: 12 },
  tuning: { salt: 'tuning-2026-12-05', perRule: 25 },
  tuning2: { salt: 'tuning-2026-12-06', perRule: 25 },
  tuning3: { salt: 'tuning-2026-12-07', perRule: 25 },
  tuning4: { salt: 'tuning-2026-12-08', perRule: 25 },
  holdout2: { salt: 'holdout-2026-12-09', perRule: 12 },
  tuning5: { salt: 'tuning-2026-12-10', perRule: 25 },
  holdout3: { salt: 'holdout-2026-12-11', perRule: 12 },
  tuning6: { salt: 'tuning-2026-12-12', perRule: 25 },
  holdout4: { salt: 'holdout-2026-12-13', perRule: 20 },
  tuning7: { salt: 'tuning-2026-12-14', perRule: 25 },
  holdout5: { salt: 'holdout-2026-12-15', perRule: 20 },
  tuning8: { salt: 'tuning-2026-12-16', perRule: 25 },
  holdout6: { salt: 'holdout-2026-12-17', perRule: 20 },
  holdout7: { salt: 'holdout-2026-12-19', perRule: 20 },
  holdout8: { salt: 'holdout-2026-12-21', perRule: 20 },
  tentative1: { salt: 'tentative-2026-12-21', perRule: 10, from: 'tentative' },
  holdout9: { salt: 'holdout-2026-12-23', perRule: 20, leavesOut: 'read' },
  holdout10: { salt: 'holdout-2026-12-25', perRule: 20, leavesOut: 'read' },
  holdout11: { salt: 'holdout-2026-12-27', perRule: 20, leavesOut: 'read' },
  holdout12: { salt: 'holdout-2026-12-29', perRule: 20, leavesOut: 'read' },
  holdout13: { salt: 'holdout-2026-12-31', perRule: 20, leavesOut: 'read' },
  holdout14: { salt: 'holdout-2027-01-02', perRule: 20, leavesOut: 'read' },
  holdout15: { salt: 'holdout-2027-01-04', perRule: 20, leavesOut: 'read' },
  holdout16: { salt: 'holdout-2027-01-06', perRule: 20, leavesOut: 'read' },
  holdout17: { salt: 'holdout-2027-01-08', perRule: 20, leavesOut: 'read' },
  holdout18: { salt: 'holdout-2027-01-10', perRule: 20, leavesOut: 'read' },
  holdout19: { salt: 'holdout-2027-01-12', perRule: 20, leavesOut: 'read' },
  holdout20: { salt: 'holdout-2027-01-14', perRule: 20, leavesOut: 'read' },
  holdout21: { salt: 'holdout-2027-01-16', perRule: 20, leavesOut: 'read' },
  holdout22: { salt: 'holdout-2027-01-18', perRule: 20, leavesOut: 'read' },
  holdout23: { salt: 'holdout-2027-01-20', perRule: 20, leavesOut: 'read' },
  holdout24: { salt: 'holdout-2027-01-22', perRule: 20, leavesOut: 'read' },
};
const drawOrder = Object.keys(draws) as DrawName[];
const drawArgument = process.argv.indexOf('--draw');
const drawName = (drawArgument >= 0 ? process.argv[drawArgument + 1] : 'holdout') as DrawName;
if (!Object.hasOwn(draws, drawName)) {
  console.error(`holdout: --draw ${drawName ?? '(nothing)'}: not ${drawOrder.join(', ')}`);
  process.exit(2);
}
const draw = draws[drawName];

const ruleArgument = process.argv.indexOf('--rule');
const askedRules = ruleArgument >= 0 ? (process.argv[ruleArgument + 1] ?? '').split(',').filter(Boolean) : [];
const all = process.argv.includes('--all');
// `--first N`: print only the first N drawn findings of each rule, so that rule work can judge part
// of a round, fix classes, and then meet the rest unread: a check that a fix is a class, not instances.
const firstArgument = process.argv.indexOf('--first');
const first = firstArgument >= 0 ? Number(process.argv[firstArgument + 1]) : Number.POSITIVE_INFINITY;
if (!(first >= 1)) {
  console.error(`holdout: --first ${process.argv[firstArgument + 1] ?? '(nothing)'}: not a whole number of findings`);
  process.exit(2);
}
const recommended = [...resolveConfig(undefined, {}).rules]
  .filter(([, setting]) => setting.severity !== 'off')
  .map(([id]) => id);
const unknown = askedRules.filter((rule) => !recommended.includes(rule));
if (ruleArgument >= 0 && (!askedRules.length || unknown.length)) {
  console.error(`holdout: --rule ${unknown.join(',') || '(nothing)'}: not a rule of recommended`);
  process.exit(2);
}
const rules = (askedRules.length ? askedRules : recommended).sort();
// Lint only the rules asked about, unless the caller chose: every rule's findings are independent.
if (askedRules.length && !process.env['HEALTHLINT_JUDGE_RULES'])
  process.env['HEALTHLINT_JUDGE_RULES'] = rules.join(',');

const corpus = lintJudgedCorpus();
if (!corpus) {
  console.error('holdout: ../shared/corpora lacks fakehealth-release, fakehealth-story-text or cochrane-pls');
  process.exit(2);
}
const shown = corpus.findings.filter((finding) => rules.includes(finding.rule));
const heldBack = corpus.tentativeFindings.filter((finding) => rules.includes(finding.rule));
const findingsOf = (name: DrawName) => (draws[name].from === 'tentative' ? heldBack : shown);
const findings = findingsOf(drawName);
// What a judge has already read: the main sample and every main verdict, and for a later draw every
// earlier draw's findings and verdicts, so that reading a tuning round never spends the holdout.
const seen = new Set(readVerdicts().map(findingKey));
for (const sampled of drawSample(shown).values()) for (const finding of sampled) seen.add(findingKey(finding));
const drawFrom = (name: DrawName, exclude: ReadonlySet<string>) =>
  drawSample(findingsOf(name), { ...draws[name], perDocument: 1, exclude });
let holdout: ReturnType<typeof drawFrom>;
if (draw.leavesOut === 'read') {
  // Re-drawing every earlier draw from today's findings, as the chain below does, leaves out findings
  // nobody read: by the ninth holdout seventeen such draws had used up what efficacy and safety still
  // report. A later draw leaves out only what was read, the verdicts of every draw before it.
  for (const name of drawOrder.slice(0, drawOrder.indexOf(drawName))) {
    for (const record of readDrawVerdicts(name)) seen.add(findingKey(record));
  }
  holdout = drawFrom(drawName, seen);
} else {
  holdout = drawFrom(drawOrder[0]!, seen);
  for (const name of drawOrder.slice(1, drawOrder.indexOf(drawName) + 1)) {
    const earlier = drawOrder[drawOrder.indexOf(name) - 1]!;
    for (const record of readDrawVerdicts(earlier)) seen.add(findingKey(record));
    for (const sampled of holdout.values()) for (const finding of sampled) seen.add(findingKey(finding));
    holdout = drawFrom(name, seen);
  }
}

const holdoutVerdicts = readDrawVerdicts(drawName).filter((record) => rules.includes(record.rule));
for (const key of conflictingVerdicts(holdoutVerdicts)) {
  console.error(`holdout: two different verdicts for one finding (the first counts), settle them: ${key}`);
}
const verdicts = new Map<string, (typeof holdoutVerdicts)[number]>();
for (const record of holdoutVerdicts) if (!verdicts.has(findingKey(record))) verdicts.set(findingKey(record), record);

const sources = new Map(corpus.documents.map((document) => [document.id, document.source]));
let pending = 0;
for (const drawn of holdout.values()) {
  for (const finding of drawn.slice(0, first)) {
    const verdict = verdicts.get(findingKey(finding));
    if (verdict && !all) continue;
    if (!verdict) pending++;
    printForJudging(finding, sources.get(finding.doc) ?? '', verdict);
  }
}
console.error(`holdout: ${pending} drawn findings without a verdict in eval/judged/${drawName}.jsonl`);
for (const rule of rules) {
  if (!holdout.get(rule)?.length) console.error(`holdout: ${rule}: no finding outside the main sample to draw`);
}

const interval = (successes: number, total: number): string => {
  const { low, high } = wilson(successes, total);
  return `[${low.toFixed(2)}, ${high.toFixed(2)}]`;
};
const figures = (correct: number, debatable: number, judged: number): string =>
  judged
    ? `${(correct / judged).toFixed(2)} ${interval(correct, judged)}  ${((correct + debatable) / judged).toFixed(2)} ${interval(correct + debatable, judged)}`
    : 'not judged';
const scores = scorePrecision(holdout, findings, holdoutVerdicts).filter((score) => rules.includes(score.rule));
if (scores.some((score) => score.judged)) {
  console.log(
    `${drawName} precision (salt ${draw.salt}): rule, n, strict [95 %], lenient [95 %]; drawn, unjudged, gone`,
  );
  const pooled = { judged: 0, correct: 0, debatable: 0 };
  for (const score of scores) {
    pooled.judged += score.judged;
    pooled.correct += score.correct;
    pooled.debatable += score.debatable;
    const tags = [...score.wrongTags]
      .sort((a, b) => b[1] - a[1])
      .map(([tag, count]) => `${tag} ${count}`)
      .join(', ');
    console.log(
      `${score.rule.padEnd(32)} ${String(score.judged).padStart(3)}  ${figures(score.correct, score.debatable, score.judged)}` +
        `  drawn ${score.sampled}, unjudged ${score.unjudged}, gone ${score.gone}${tags ? `; wrong: ${tags}` : ''}`,
    );
  }
  console.log(
    `${'pooled (judged rules)'.padEnd(32)} ${String(pooled.judged).padStart(3)}  ${figures(pooled.correct, pooled.debatable, pooled.judged)}`,
  );
}
