import { lintJudgedCorpus } from '../judged/corpus.js';
import { readEveryVerdict, readRecall, readVerdicts } from '../judged/data.js';
import {
  conflictingVerdicts,
  drawSample,
  scorePrecision,
  scoreRecall,
  wilson,
  type Finding,
  type RecallItem,
} from '../judged/sample.js';
import type { EvalRow, EvalSuite } from '../lib.js';

const data = 'judged sample (release dev + stories + Cochrane PLS)';
const interval = (successes: number, total: number): string => {
  const { low, high } = wilson(successes, total);
  return `[${low.toFixed(2)}, ${high.toFixed(2)}]`;
};

/**
 * Precision of every `recommended` rule on real published articles, from the judged sample in
 * eval/judged/ (see its README), and recall from the whole documents editors read. Every document
 * is linted once and the findings serve both. The quick slice is not used: the sample is drawn
 * from all documents, or it would not be the sample that was judged.
 */
/** `npm run eval -- --only=judged --misses` lists the recall items no finding caught. */
const listMisses = process.argv.includes('--misses');

/**
 * Precision over every verdict ever written (the main sample, the tuning rounds, the holdouts once
 * read) of the findings the rules still give. Rule work has read all of it, so it flatters too, but
 * it is six to ten times the main sample and was read less closely: where the two part, the main
 * sample is the one that was tuned against.
 */
function everyVerdictRows(findings: readonly Finding[]): EvalRow[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  return scorePrecision(byRule, findings, readEveryVerdict())
    .filter((score) => score.judged)
    .map((score) => ({
      rule: score.rule,
      data: 'every finding ever judged (release dev + stories + Cochrane PLS)',
      metric: 'precision strict (read)',
      value: score.correct / score.judged,
      baseline: 0,
      baselineName: 'n/a',
      n: score.judged,
      detail:
        `95% ${interval(score.correct, score.judged)}; ${score.judged} of ${score.sampled} findings judged; ` +
        `${score.correct} correct, ${score.debatable} debatable, ${score.wrong} wrong; lenient ` +
        `${((score.correct + score.debatable) / score.judged).toFixed(2)}`,
    }));
}

const suite: EvalSuite = {
  name: 'judged',
  run() {
    const corpus = lintJudgedCorpus();
    if (!corpus) {
      console.error(
        'judged: skipped, ../shared/corpora lacks fakehealth-release, fakehealth-story-text or cochrane-pls',
      );
      return [];
    }
    console.error(
      `judged: ${corpus.fromCache ? 'read the findings of' : 'linted'} ${corpus.documents.length} documents in ${corpus.seconds.toFixed(1)} s`,
    );
    const rows: EvalRow[] = [];
    const heldBack = new Map<string, number>();
    for (const finding of corpus.tentativeFindings) heldBack.set(finding.rule, (heldBack.get(finding.rule) ?? 0) + 1);
    const sample = drawSample(corpus.findings);
    const verdicts = readVerdicts();
    for (const key of conflictingVerdicts(verdicts)) {
      console.error(`judged: two different verdicts for one finding (the first counts), settle them: ${key}`);
    }
    for (const score of scorePrecision(sample, corpus.findings, verdicts)) {
      const lenient = score.correct + score.debatable;
      const tags = [...score.wrongTags]
        .sort((a, b) => b[1] - a[1])
        .map(([tag, count]) => `${tag} ${count}`)
        .join(', ');
      const low = wilson(score.correct, score.judged).low;
      if (!score.judged) {
        // No figure until someone judges the sample: a 0.000 here would read as a measured precision.
        rows.push({
          rule: score.rule,
          data,
          metric: 'precision strict (judged)',
          value: Number.NaN,
          baseline: 0,
          baselineName: 'n/a',
          target: '≥ 0.85, low ≥ 0.75',
          n: 0,
          detail: `not judged yet: sample ${score.sampled}, unjudged ${score.unjudged}, gone ${score.gone} (eval/judged/pending.ts --rule ${score.rule})`,
        });
        continue;
      }
      rows.push({
        rule: score.rule,
        data,
        metric: 'precision strict (judged)',
        value: score.judged ? score.correct / score.judged : 0,
        baseline: 0,
        baselineName: 'n/a',
        target: '≥ 0.85, low ≥ 0.75',
        n: score.judged,
        detail:
          `95% ${interval(score.correct, score.judged)}${score.judged && low < 0.75 ? ' (low < 0.75)' : ''}; ` +
          `sample ${score.sampled}, unjudged ${score.unjudged}, gone ${score.gone}; ` +
          `${score.correct} correct, ${score.debatable} debatable, ${score.wrong} wrong${tags ? ` (${tags})` : ''}` +
          (heldBack.get(score.rule) ? `; ${heldBack.get(score.rule)} findings held back as tentative` : ''),
      });
      rows.push({
        rule: score.rule,
        data,
        metric: 'precision lenient (judged)',
        value: score.judged ? lenient / score.judged : 0,
        baseline: 0,
        baselineName: 'n/a',
        n: score.judged,
        detail: `95% ${interval(lenient, score.judged)}`,
      });
    }
    rows.push(...everyVerdictRows(corpus.findings));
    const recallLines = readRecall();
    const read = new Set(recallLines.filter((line) => line.rule === '*').map((line) => line.doc));
    const items = recallLines.filter((line): line is RecallItem => line.rule !== '*');
    const sources = new Map(corpus.documents.map((document) => [document.id, document.source]));
    // Recall with the tentative findings as well: what a user who turns `tentative` on catches.
    const withTentative = new Map(
      corpus.documents.map((document) => [document.id, [...(corpus.byDocument.get(document.id) ?? [])]]),
    );
    for (const finding of corpus.tentativeFindings) withTentative.get(finding.doc)?.push(finding);
    const caughtWithTentative = new Map(
      scoreRecall(
        items,
        (doc) => withTentative.get(doc) ?? [],
        (doc) => sources.get(doc),
      ).map((score) => [score.rule, score.caught]),
    );
    for (const score of scoreRecall(
      items,
      (doc) => corpus.byDocument.get(doc) ?? [],
      (doc) => sources.get(doc),
      listMisses
        ? (item) => console.error(`MISS\t${item.rule}\t${item.strength}\t${item.doc}\t${item.text}`)
        : undefined,
    )) {
      rows.push({
        rule: score.rule,
        data: `whole documents read (${read.size})`,
        metric: 'recall (editor items)',
        value: score.items ? score.caught / score.items : 0,
        baseline: 0,
        baselineName: 'never fires',
        target: '≥ 0.5',
        n: score.items,
        detail:
          `95% ${interval(score.caught, score.items)}; ${score.caught}/${score.items} caught; ` +
          `clear ${score.clearCaught}/${score.clearItems} ${interval(score.clearCaught, score.clearItems)}` +
          (caughtWithTentative.get(score.rule) !== score.caught
            ? `; with tentative findings ${caughtWithTentative.get(score.rule)}/${score.items}`
            : ''),
      });
    }
    return rows;
  },
};

export default suite;
