import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder beside the checkout, or undefined when it is absent (then suites skip). */
export const sharedDirectory: string | undefined = (() => {
  const candidate = new URL('../../shared/', import.meta.url).pathname;
  return existsSync(join(candidate, 'corpora')) ? candidate : undefined;
})();

export function corpusPath(...parts: string[]): string | undefined {
  if (!sharedDirectory) return undefined;
  const path = join(sharedDirectory, 'corpora', ...parts);
  return existsSync(path) ? path : undefined;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** One line of the eval table. `value` and `baseline` are the same metric, for the rule and a trivial baseline. */
export interface EvalRow {
  rule: string;
  data: string;
  metric: string;
  value: number;
  baseline: number;
  baselineName: string;
  target?: string;
  /** Items scored. */
  n: number;
  detail?: string;
}

export interface EvalSuite {
  name: string;
  /** `quick` runs on a deterministic slice, for `npm test`; the full run is `npm run eval`. */
  run(options: { quick: boolean }): Promise<EvalRow[]> | EvalRow[];
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(pairs: { predicted: boolean; actual: boolean }[]): Confusion {
  const result = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) result.tp++;
    else if (predicted) result.fp++;
    else if (actual) result.fn++;
    else result.tn++;
  }
  return result;
}

export const precision = (c: Confusion): number => (c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp));
export const recall = (c: Confusion): number => (c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn));
export const f1 = (c: Confusion): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
export const balancedAccuracy = (c: Confusion): number => {
  const tpr = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const tnr = c.tn + c.fp === 0 ? 0 : c.tn / (c.tn + c.fp);
  return (tpr + tnr) / 2;
};

/** Every `step`-th item, so that a quick run is a fixed, spread-out slice of the data. */
export function slice<T>(items: T[], quick: boolean, size = 400): T[] {
  if (!quick || items.length <= size) return items;
  const step = items.length / size;
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)] as T);
}
