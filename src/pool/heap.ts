import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection, in percent. V8's
 * default (up to 4× for a fast-allocating program) let a run over 500 articles peak at ~300 MB of
 * heap and ~470 MB resident with only ~70 MB alive: every article's syntax trees live long enough
 * to be promoted, then wait as garbage. At 30 % the same run peaks ~100 MB lower with the same
 * collection time (bench/, `--expose-gc` runs with a gc PerformanceObserver).
 */
const heapGrowingPercent = 30;

/**
 * The collector's work V8 would otherwise split into tasks for its helper threads: young-generation
 * scavenges (the most frequent: every article's trees pass through it), sweeping, and the
 * evacuation and pointer updating of a full collection. Each flag is read when a collection
 * starts, so it can be changed while a program runs. Concurrent and parallel *marking* are left
 * alone: switched off at run time they crash Node 20 (cppgc's marker checks a job it was set up
 * with), as `--single-threaded-gc` does.
 */
const collectOnThisThread = [
  '--no-parallel-scavenge',
  '--no-concurrent-sweeping',
  '--no-parallel-compaction',
  '--no-parallel-pointer-update',
];

let limited = false;
let inline = false;
let inlining = true;

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

/**
 * Collects garbage on the thread that made it, for a long run on one lane, or on as many lanes as
 * there are cores. Helper threads finish a collection sooner only when a core is idle; on a
 * machine with few or busy cores they add the cost of handing the work out, and a lane already
 * keeps ~1.4 cores busy. The gain is small: 500 articles on one lane took 1-8 % less CPU in paired
 * runs on a busy 2-core machine (the same report), within that machine's noise; most of the helper
 * threads' time is optimising compilation, not collection (docs/performance.md). The flags are the
 * process's, so every lane then collects its own heap on its own thread: right when every core
 * has a lane, not when some are left to the helper threads.
 */
export function collectGarbageInline(): void {
  if (inline) return;
  inline = true;
  for (const flag of collectOnThisThread) setFlagsFromString(flag);
}

/**
 * Optimises without inlining callees into callers. Most of a one-lane run's background CPU is
 * TurboFan recompiling functions after deoptimisations (docs/performance.md), and inlining makes
 * each compilation larger and each deoptimisation throw more away. Over the bench corpus on one
 * lane, paired runs on a busy 2-core machine took 0.8-1.5 s less user CPU (of ~8-9 s) and
 * 0.1-0.9 s less wall time with the same report. Read when a function is next optimised, so it
 * can be set while a program runs; it changes how fast code runs, never what a run finds.
 */
export function optimiseWithoutInlining(): void {
  if (!inlining) return;
  inlining = false;
  setFlagsFromString('--no-turbo-inlining');
}

let compileInLanes = false;

/**
 * Has worker threads started after this optimise their code on their own thread instead of handing
 * it to V8's compiler thread. When every core has a lane, that thread takes its core from a lane
 * anyway, and with two lanes it did ~2.7 times the compiling of one (each worker warms up its own
 * code): over 2,000 archive files on 2 cores, the time outside the lanes went from 12-14 s to
 * 7 s of CPU, and the whole process's from 37-43 s to 37-41 s (docs/performance.md). V8 reads
 * the flag when an isolate starts, so the main thread, started before, keeps its compiler thread.
 */
export function compileInNewWorkers(): void {
  if (compileInLanes) return;
  compileInLanes = true;
  setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * Whether this process has changed any of V8's flags. V8 tags a code cache with the flags in force
 * when it is made and rejects it under others, so a run that changed them leaves the CLI's code
 * cache for the next run to write (src/cli/code-cache.ts).
 */
export function v8FlagsChanged(): boolean {
  return limited || inline || !inlining || compileInLanes;
}
