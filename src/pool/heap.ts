import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection, in percent. V8's
 * default (up to 4× for a fast-allocating program) let a run over 500 articles peak at ~300 MB of
 * heap and ~470 MB resident with only ~70 MB alive: every article's syntax trees live long enough
 * to be promoted, then wait as garbage. At 30 % the same run peaks ~100 MB lower with the same
 * collection time (bench/, `--expose-gc` runs with a gc PerformanceObserver).
 */
const heapGrowingPercent = 30;

let limited = false;

/**
 * Keeps a long lint run's heap close to what is alive. V8 reads this flag at every full
 * collection, and worker threads started later share it; it changes when garbage is collected,
 * never what a run finds.
 */
export function limitHeapGrowth(): void {
  if (limited) return;
  limited = true;
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
