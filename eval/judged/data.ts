import { readdirSync, readFileSync } from 'node:fs';
import type { RecallItem, VerdictRecord } from './sample.js';

/**
 * The committed judgements: `<rule-id>.jsonl` verdicts of the main sample, `holdout.jsonl` and
 * `tuning.jsonl` verdicts of the other draws (holdout.ts) and `recall.jsonl`, in this folder.
 */
export const judgedFolder = new URL('./', import.meta.url);

function readLines<T>(name: string): T[] {
  const text = readFileSync(new URL(name, judgedFolder), 'utf8');
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line)
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`eval/judged/${name}:${index + 1}: not a JSON line`);
      }
    });
}

/**
 * The draws besides the main sample (draws.ts), each with its verdicts in a file of its own: the
 * holdout, which nobody tunes a rule against, and the tuning rounds, which rule work reads instead of
 * the holdout (a new round when the last one has been tuned against).
 */
export const drawFiles = {
  holdout: 'holdout.jsonl',
  tuning: 'tuning.jsonl',
  tuning2: 'tuning2.jsonl',
  tuning3: 'tuning3.jsonl',
  tuning4: 'tuning4.jsonl',
  holdout2: 'holdout2.jsonl',
  tuning5: 'tuning5.jsonl',
  holdout3: 'holdout3.jsonl',
  tuning6: 'tuning6.jsonl',
  holdout4: 'holdout4.jsonl',
  tuning7: 'tuning7.jsonl',
  holdout5: 'holdout5.jsonl',
  tuning8: 'tuning8.jsonl',
  holdout6: 'holdout6.jsonl',
  holdout7: 'holdout7.jsonl',
  holdout8: 'holdout8.jsonl',
  tentative1: 'tentative1.jsonl',
  holdout9: 'holdout9.jsonl',
  holdout10: 'holdout10.jsonl',
  holdout11: 'holdout11.jsonl',
  holdout12: 'holdout12.jsonl',
  holdout13: 'holdout13.jsonl',
  holdout14: 'holdout14.jsonl',
  holdout15: 'holdout15.jsonl',
  holdout16: 'holdout16.jsonl',
  holdout17: 'holdout17.jsonl',
  holdout18: 'holdout18.jsonl',
  holdout19: 'holdout19.jsonl',
  holdout20: 'holdout20.jsonl',
  holdout21: 'holdout21.jsonl',
  holdout22: 'holdout22.jsonl',
  holdout23: 'holdout23.jsonl',
  holdout24: 'holdout24.jsonl',
} as const;
export type DrawName = keyof typeof drawFiles;
const drawFileNames = new Set<string>(Object.values(drawFiles));

/** Every verdict of the main sample, in every `<rule-id>.jsonl`; the other draws' are kept apart. */
export function readVerdicts(): VerdictRecord[] {
  return readdirSync(judgedFolder)
    .filter((name) => name.endsWith('.jsonl') && name !== 'recall.jsonl' && !drawFileNames.has(name))
    .sort()
    .flatMap((name) => readLines<VerdictRecord>(name));
}

/** A draw's verdicts (`holdout.jsonl`, `tuning.jsonl`, …), none before anyone judged it. */
export function readDrawVerdicts(draw: DrawName): VerdictRecord[] {
  try {
    return readLines(drawFiles[draw]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export const readHoldoutVerdicts = (): VerdictRecord[] => readDrawVerdicts('holdout');

/** Draws nobody may tune against yet: a new holdout is listed here while its readers judge it. */
export const unreadDraws: readonly DrawName[] = [];

/**
 * Every verdict ever written that rule work may read: the main sample's, then each draw's in the
 * order they were drawn, each with its file. A draw in `unreadDraws` or `without` is left out.
 */
export function readEveryVerdict(without: ReadonlySet<DrawName> = new Set()): (VerdictRecord & { file: string })[] {
  const leftOut = new Set<DrawName>([...unreadDraws, ...without]);
  return [
    ...readVerdicts().map((record) => ({ ...record, file: `${record.rule}.jsonl` })),
    ...(Object.keys(drawFiles) as DrawName[])
      .filter((draw) => !leftOut.has(draw))
      .flatMap((draw) => readDrawVerdicts(draw).map((record) => ({ ...record, file: drawFiles[draw] }))),
  ];
}

export function readRecall(): (RecallItem | { doc: string; rule: '*'; read: true })[] {
  try {
    return readLines('recall.jsonl');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
