import { describe, expect, it } from 'vitest';
import {
  conflictingVerdicts,
  drawSample,
  findingHash,
  findingKey,
  occurrences,
  saltedFindingHash,
  scorePrecision,
  scoreRecall,
  wilson,
  type Finding,
  type VerdictRecord,
} from '../eval/judged/sample.js';
import { loadJudgedDocuments } from '../eval/judged/corpus.js';
import { readDrawVerdicts, readHoldoutVerdicts, readVerdicts } from '../eval/judged/data.js';
import { asArticle } from '../eval/fakehealth.js';
import { sharedDirectory } from '../eval/lib.js';

const finding = (doc: string, rule: string, index: number): Finding => ({
  doc,
  rule,
  text: `word${index}`,
  sentence: `Sentence   number ${index}.`,
});

/** 40 documents × 5 findings for one rule, 10 × 2 for another. */
const findings: Finding[] = [
  ...Array.from({ length: 200 }, (_, index) => finding(`c:d${index % 40}`, 'hype', index)),
  ...Array.from({ length: 20 }, (_, index) => finding(`c:d${index % 10}`, 'spelling', index)),
];

describe('judged sample', () => {
  it('keys collapse whitespace, and the hash is a stable 32-bit number', () => {
    expect(findingKey({ doc: 'a', rule: 'r', text: ' x\n y ', sentence: 'A  b.' })).toBe('a | r | x y | A b.');
    const hash = findingHash(findings[0]!);
    expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
    expect(findingHash({ ...findings[0]!, sentence: 'Sentence number 0.' })).toBe(hash);
    expect(findingHash(findings[1]!)).not.toBe(hash);
  });

  it('draws up to 50 per rule and 3 per document, the smallest hashes first', () => {
    const sample = drawSample(findings);
    const hype = sample.get('hype')!;
    expect(hype).toHaveLength(50);
    expect(sample.get('spelling')).toHaveLength(20);
    const perDoc = new Map<string, number>();
    for (const item of hype) perDoc.set(item.doc, (perDoc.get(item.doc) ?? 0) + 1);
    expect(Math.max(...perDoc.values())).toBeLessThanOrEqual(3);
    const hashes = hype.map(findingHash);
    expect(hashes).toEqual([...hashes].sort((a, b) => a - b));
  });

  it('does not depend on input order or duplicates, and keeps survivors in place when findings go', () => {
    const sample = drawSample(findings).get('hype')!;
    const shuffled = [...findings].reverse().concat(findings.slice(0, 30));
    expect(drawSample(shuffled).get('hype')).toEqual(sample);
    // Remove a third of the findings outside the sample: the sampled ones that remain stay sampled.
    const kept = findings.filter((item, index) => index % 3 !== 0);
    const after = new Set(drawSample(kept).get('hype')!.map(findingKey));
    for (const item of sample) if (kept.includes(item)) expect(after.has(findingKey(item))).toBe(true);
  });

  it('draws an independent sample with another salt, leaving out excluded keys (the holdout)', () => {
    const main = drawSample(findings).get('hype')!;
    const exclude = new Set(main.map(findingKey));
    const holdout = drawSample(findings, { perRule: 12, perDocument: 1, salt: 'holdout-test', exclude }).get('hype')!;
    expect(holdout).toHaveLength(12);
    expect(holdout.some((item) => exclude.has(findingKey(item)))).toBe(false);
    expect(new Set(holdout.map((item) => item.doc)).size).toBe(12);
    const hashes = holdout.map((item) => saltedFindingHash(item, 'holdout-test'));
    expect(hashes).toEqual([...hashes].sort((a, b) => a - b));
    expect(saltedFindingHash(findings[0]!, 'holdout-test')).not.toBe(findingHash(findings[0]!));
    // Without the exclusion the two salts still order the findings differently.
    const unexcluded = drawSample(findings, { perRule: 12, perDocument: 1, salt: 'holdout-test' }).get('hype')!;
    expect(unexcluded.map(findingKey)).not.toEqual(
      drawSample(findings, { perRule: 12, perDocument: 1 }).get('hype')!.map(findingKey),
    );
  });

  it('keeps the holdout and tuning verdicts out of the main sample', () => {
    // Each round of a draw has its own judge name (holdout, holdout2, tuning, ...), so the rounds stay apart.
    const isHoldoutJudge = (record: VerdictRecord): boolean => /^holdout\d*$/.test(record.judge);
    const isTuningJudge = (record: VerdictRecord): boolean => /^tuning\d*$/.test(record.judge);
    expect(readVerdicts().filter((record) => isHoldoutJudge(record) || isTuningJudge(record))).toEqual([]);
    expect(readHoldoutVerdicts().every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tuning').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('tuning2').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('tuning3').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('tuning4').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('holdout2').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tuning5').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('holdout3').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tuning6').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('holdout4').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tuning7').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('holdout5').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tuning8').every(isTuningJudge)).toBe(true);
    expect(readDrawVerdicts('holdout6').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout7').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout8').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('tentative1').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout9').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout10').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout11').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout12').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout13').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout14').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout15').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout16').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout17').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout18').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout19').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout20').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout21').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout22').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout23').every(isHoldoutJudge)).toBe(true);
    expect(readDrawVerdicts('holdout24').every(isHoldoutJudge)).toBe(true);
  });

  it('scores precision over judged sampled findings, counting unjudged and gone', () => {
    const sample = drawSample(findings);
    const hype = sample.get('hype')!;
    const verdict = (item: Finding, value: VerdictRecord['verdict'], reason = ''): VerdictRecord => ({
      ...item,
      verdict: value,
      reason,
      judge: 'test',
    });
    const verdicts = [
      verdict(hype[0]!, 'correct'),
      verdict(hype[1]!, 'wrong', 'proper_name: programme name'),
      verdict(hype[2]!, 'debatable'),
      verdict({ doc: 'c:gone', rule: 'hype', text: 'x', sentence: 'y' }, 'wrong', 'negation'),
    ];
    const [score] = scorePrecision(sample, findings, verdicts).filter((item) => item.rule === 'hype');
    expect(score).toMatchObject({ sampled: 50, judged: 3, correct: 1, wrong: 1, debatable: 1, unjudged: 47, gone: 1 });
    expect([...score!.wrongTags]).toEqual([['proper_name', 1]]);
  });

  it('reports findings judged twice with different verdicts', () => {
    const record = (verdict: VerdictRecord['verdict']): VerdictRecord => ({
      ...findings[0]!,
      verdict,
      reason: '',
      judge: 'test',
    });
    expect(conflictingVerdicts([record('correct'), record('correct')])).toEqual([]);
    expect(conflictingVerdicts([record('correct'), record('wrong')])).toEqual([findingKey(findings[0]!)]);
  });

  it('computes the 95 % Wilson interval', () => {
    const { low, high } = wilson(8, 10);
    expect(low).toBeCloseTo(0.4902, 3);
    expect(high).toBeCloseTo(0.9433, 3);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilson(0, 20).low).toBe(0);
    expect(wilson(20, 20).high).toBe(1);
  });

  it('scores recall by overlapping span, or by the rule firing for document items', () => {
    const source = 'Intro.\n\nThis is a miracle\ncure. Done.';
    expect(occurrences(source, 'miracle cure')).toEqual([{ start: 18, end: 30 }]);
    const fired = [
      { rule: 'hype', start: 18, end: 25 },
      { rule: 'missing-date', start: 0, end: 0 },
    ];
    const scores = scoreRecall(
      [
        { doc: 'd', rule: 'hype', text: 'miracle cure', strength: 'clear' },
        { doc: 'd', rule: 'hype', text: 'Done', strength: 'mild' },
        { doc: 'd', rule: 'missing-date', text: '', strength: 'clear' },
        { doc: 'd', rule: 'missing-byline', text: '', strength: 'clear' },
      ],
      () => fired,
      () => source,
    );
    expect(scores).toEqual([
      { rule: 'hype', items: 2, caught: 1, clearItems: 1, clearCaught: 1 },
      { rule: 'missing-byline', items: 1, caught: 0, clearItems: 1, clearCaught: 0 },
      { rule: 'missing-date', items: 1, caught: 1, clearItems: 1, clearCaught: 1 },
    ]);
  });

  it('hands each missed recall item to onMiss (`--misses`), and no caught one', () => {
    const missed: string[] = [];
    scoreRecall(
      [
        { doc: 'd', rule: 'hype', text: 'miracle', strength: 'clear' },
        { doc: 'd', rule: 'hype', text: 'Done', strength: 'mild' },
      ],
      () => [{ rule: 'hype', start: 0, end: 7 }],
      () => 'miracle. Done.',
      (item) => missed.push(item.text),
    );
    expect(missed).toEqual(['Done']);
  });
});

describe('articles as published', () => {
  it('puts the headline and date in front matter, and none when the corpus has neither', () => {
    expect(asArticle({ title: 'Pill "cures" colds', publish_date: 1544936400, text: 'Body one.\n\nBody two.' })).toBe(
      '---\ntitle: "Pill \\"cures\\" colds"\ndate: 2018-12-16\n---\n\nBody one.\n\nBody two.\n',
    );
    expect(asArticle({ text: 'Only a summary.' })).toBe('Only a summary.\n');
  });
});

if (!sharedDirectory) console.warn('judged-sample: ../shared/corpora is absent, skipping the corpus check');
describe.skipIf(!sharedDirectory)('judged documents (needs ../shared/corpora)', () => {
  it('loads the three corpora with ids <corpus>:<id>, headlines in front matter', () => {
    const documents = loadJudgedDocuments()!;
    const corpora = new Set(documents.map((document) => document.id.split(':')[0]));
    expect([...corpora].sort()).toEqual(['cochrane-pls', 'fakehealth-release', 'fakehealth-story-text']);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    const release = documents.find((document) => document.id.startsWith('fakehealth-release:'))!;
    expect(release.source).toMatch(/^---\ntitle: "/u);
  });
});
