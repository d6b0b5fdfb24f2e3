import { createHash } from 'node:crypto';

/**
 * The judged sample's arithmetic, free of any corpus so that it can be unit-tested: the key and
 * hash that place a finding in the sample, the bottom-k draw, verdict matching and the Wilson
 * interval. See eval/judged/README.md for why the sample is drawn this way.
 */

/** One finding of the current code on one document, as the judged sample sees it. */
export interface Finding {
  /** `<corpus>:<id>`. */
  doc: string;
  rule: string;
  /** The exact source slice of the message's range, whitespace collapsed ('' without a range). */
  text: string;
  /** The sentence holding the range, whitespace collapsed ('' outside prose, e.g. front matter). */
  sentence: string;
}

export type Verdict = 'correct' | 'wrong' | 'debatable';

export interface VerdictRecord extends Finding {
  verdict: Verdict;
  reason: string;
  judge: string;
}

export interface RecallItem {
  doc: string;
  rule: string;
  /** An exact quote of the span an editor would flag, or '' for a document-level rule. */
  text: string;
  strength: 'clear' | 'mild';
  note?: string;
}

/** Fixed for good: changing it would redraw every sample and orphan every verdict's place. */
export const sampleSalt = 'healthlint-judged-sample-v1';
export const perRuleLimit = 50;
export const perDocumentLimit = 3;

export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export function findingKey(finding: Finding): string {
  return [finding.doc, finding.rule, collapse(finding.text), collapse(finding.sentence)].join(' | ');
}

/** A 32-bit hash of the finding's key and a salt: its place in the bottom-k order of that salt's draw. */
export function saltedFindingHash(finding: Finding, salt: string): number {
  return createHash('sha256')
    .update(`${salt}\n${findingKey(finding)}`)
    .digest()
    .readUInt32BE(0);
}

/** The finding's place in the main sample. */
export const findingHash = (finding: Finding): number => saltedFindingHash(finding, sampleSalt);

/**
 * Bottom-k sampling per rule: each rule's distinct findings in order of hash, keeping at most
 * `perDocument` per document, up to `perRule`. A finding that survives a code change keeps its
 * place; a new one enters only where its hash is small. Ties on the hash fall back to the key, so
 * the draw does not depend on the order of the input. Another `salt` draws an independent sample
 * (the holdout), and `exclude` keeps out findings by key (those another sample has or a judge read).
 */
export function drawSample<T extends Finding>(
  findings: readonly T[],
  {
    perRule = perRuleLimit,
    perDocument = perDocumentLimit,
    salt = sampleSalt,
    exclude,
  }: { perRule?: number; perDocument?: number; salt?: string; exclude?: ReadonlySet<string> } = {},
): Map<string, T[]> {
  const byRule = new Map<string, Map<string, { finding: T; hash: number; key: string }>>();
  for (const finding of findings) {
    const key = findingKey(finding);
    if (exclude?.has(key)) continue;
    let distinct = byRule.get(finding.rule);
    if (!distinct) byRule.set(finding.rule, (distinct = new Map()));
    if (!distinct.has(key)) distinct.set(key, { finding, hash: saltedFindingHash(finding, salt), key });
  }
  const sample = new Map<string, T[]>();
  for (const [rule, distinct] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = [...distinct.values()].sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : 1));
    const perDoc = new Map<string, number>();
    const chosen: T[] = [];
    for (const { finding } of ordered) {
      if (chosen.length >= perRule) break;
      const count = perDoc.get(finding.doc) ?? 0;
      if (count >= perDocument) continue;
      perDoc.set(finding.doc, count + 1);
      chosen.push(finding);
    }
    sample.set(rule, chosen);
  }
  return sample;
}

/** 95 % Wilson score interval for a proportion; [0, 1] when nothing was scored. */
export function wilson(successes: number, total: number, z = 1.959964): { low: number; high: number } {
  if (total === 0) return { low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface PrecisionScore {
  rule: string;
  /** Findings in the sample. */
  sampled: number;
  /** Sampled findings with a verdict. */
  judged: number;
  correct: number;
  debatable: number;
  wrong: number;
  /** Sampled findings without a verdict yet. */
  unjudged: number;
  /** Verdicts whose finding the current code no longer reports. */
  gone: number;
  /** Reason tags of the wrong verdicts in the sample, with counts. */
  wrongTags: Map<string, number>;
}

/** Keys judged more than once with different verdicts (a merge of two judges' files); the first line wins. */
export function conflictingVerdicts(verdicts: readonly VerdictRecord[]): string[] {
  const first = new Map<string, VerdictRecord['verdict']>();
  const conflicts = new Set<string>();
  for (const record of verdicts) {
    const key = findingKey(record);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, record.verdict);
    else if (seen !== record.verdict) conflicts.add(key);
  }
  return [...conflicts];
}

/** The tag of a reason (`not_risk: cost ratio` → `not_risk`). */
export const reasonTag = (reason: string): string => collapse(reason.split(':')[0] ?? '') || 'untagged';

/**
 * Scores the current sample against the verdicts. Precision is over the sampled findings that have
 * a verdict; a verdict whose finding has gone from the current findings counts as gone.
 */
export function scorePrecision(
  sample: ReadonlyMap<string, readonly Finding[]>,
  allFindings: readonly Finding[],
  verdicts: readonly VerdictRecord[],
): PrecisionScore[] {
  const byKey = new Map<string, VerdictRecord>();
  for (const record of verdicts) if (!byKey.has(findingKey(record))) byKey.set(findingKey(record), record);
  const present = new Set(allFindings.map(findingKey));
  const rules = new Set([...sample.keys(), ...verdicts.map((record) => record.rule)]);
  return [...rules].sort().map((rule) => {
    const score: PrecisionScore = {
      rule,
      sampled: 0,
      judged: 0,
      correct: 0,
      debatable: 0,
      wrong: 0,
      unjudged: 0,
      gone: 0,
      wrongTags: new Map(),
    };
    for (const finding of sample.get(rule) ?? []) {
      score.sampled++;
      const record = byKey.get(findingKey(finding));
      if (!record) {
        score.unjudged++;
        continue;
      }
      score.judged++;
      score[record.verdict]++;
      if (record.verdict === 'wrong') {
        const tag = reasonTag(record.reason);
        score.wrongTags.set(tag, (score.wrongTags.get(tag) ?? 0) + 1);
      }
    }
    for (const [key, record] of byKey) if (record.rule === rule && !present.has(key)) score.gone++;
    return score;
  });
}

export interface RecallScore {
  rule: string;
  items: number;
  caught: number;
  clearItems: number;
  clearCaught: number;
}

/** Where a quote occurs in a source, whitespace-insensitively: half-open [start, end) ranges. */
export function occurrences(source: string, quote: string): { start: number; end: number }[] {
  const words = collapse(quote).split(' ').filter(Boolean);
  if (!words.length) return [];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s+'), 'gu');
  return [...source.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Recall per rule from what editors wrote down on whole documents. A span item is caught when the
 * same rule fires on the same document with a range overlapping one of the quote's occurrences; a
 * document item (text '') when the rule fires on the document at all.
 */
export function scoreRecall(
  items: readonly RecallItem[],
  findingsOf: (doc: string) => readonly { rule: string; start: number; end: number }[],
  sourceOf: (doc: string) => string | undefined,
  onMiss?: (item: RecallItem) => void,
): RecallScore[] {
  const scores = new Map<string, RecallScore>();
  for (const item of items) {
    if (item.rule === '*') continue;
    let score = scores.get(item.rule);
    if (!score)
      scores.set(item.rule, (score = { rule: item.rule, items: 0, caught: 0, clearItems: 0, clearCaught: 0 }));
    const fired = findingsOf(item.doc).filter((finding) => finding.rule === item.rule);
    const source = sourceOf(item.doc) ?? '';
    const caught = item.text
      ? occurrences(source, item.text).some((span) =>
          fired.some((finding) => finding.start < span.end && span.start < finding.end),
        )
      : fired.length > 0;
    score.items++;
    if (caught) score.caught++;
    else onMiss?.(item);
    if (item.strength === 'clear') {
      score.clearItems++;
      if (caught) score.clearCaught++;
    }
  }
  return [...scores.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}
