import { readdirSync, readFileSync } from 'node:fs';
import type { RecallItem, VerdictRecord } from './sample.js';

/**
 * The committed judgements: `<rule-id>.jsonl` verdicts of the main sample, `holdout.jsonl` verdicts
 * of the holdout draw (holdout.ts) and `recall.jsonl`, in this folder.
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

export const holdoutFile = 'holdout.jsonl';

/** Every verdict of the main sample, in every `<rule-id>.jsonl`; the holdout's are kept apart. */
export function readVerdicts(): VerdictRecord[] {
  return readdirSync(judgedFolder)
    .filter((name) => name.endsWith('.jsonl') && name !== 'recall.jsonl' && name !== holdoutFile)
    .sort()
    .flatMap((name) => readLines<VerdictRecord>(name));
}

/** The holdout's verdicts (`holdout.jsonl`), none before anyone judged it. */
export function readHoldoutVerdicts(): VerdictRecord[] {
  try {
    return readLines(holdoutFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function readRecall(): (RecallItem | { doc: string; rule: '*'; read: true })[] {
  try {
    return readLines('recall.jsonl');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
