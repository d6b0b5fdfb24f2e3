import { availableParallelism, freemem, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { configKey, contentHash, ResultCache, stampOf, type CacheStrategy, type FileStamp } from '../cache.js';
import { healthlintData } from '../file-data.js';
import type { ConfigResolver, LintFilesOptions } from '../config/resolver.js';
import { displayPath } from '../display-path.js';
import { readTextFile, readTextFileSync } from '../read.js';
import { noteTiming, timingEnabled } from '../timing.js';
import { collectGarbageInline, compileInNewWorkers, limitHeapGrowth, optimiseWithoutInlining } from './heap.js';
import { attachLazyDocument, loadDocumentBuilder } from './lazy-document.js';
import { lintInWorkers, workersAvailable } from './pool.js';
import { outsideLanesNote, processCpuMs, threadCpuMs } from './thread-cpu.js';
import type { WorkerTask } from './protocol.js';
import { applyPlainResult, toPlainResult, type PlainResult } from '../serialise.js';

/** Below this many files to lint, starting workers (each loads the rules and dictionaries) costs more than it saves. */
export const minFilesForWorkers = 8;
/**
 * From this many characters one file's document is most of the heap: V8's default growth let a
 * 3 MB article peak at 338 MB resident, 258 MB with the growth limited (`limitHeapGrowth`).
 */
const largeFileLength = 1_000_000;
/** Files per thread below which another worker would mostly wait for its own start-up. */
const minFilesPerWorker = 4;

export type Jobs = number | 'auto';

export interface LintPathsOptions {
  cwd: string;
  /** Finds each file's config on this thread (cache keys, sequential linting). */
  resolver: ConfigResolver;
  /** The options `resolver` was made with, so that workers find the same configs. */
  resolverOptions: Omit<LintFilesOptions, 'cwd' | 'maxFileSize'>;
  maxFileSize: number;
  /** Threads to lint on at most, this one included; `auto` is one per 1.5 idle cores. 1 lints on this thread only. */
  jobs: Jobs;
  /** Path of the result cache file, to read and update; undefined for no cache. */
  cacheLocation?: string;
  /** How the cache tells an unchanged file: by its stamp, reading only files whose stamp changed (default), or by its text. */
  cacheStrategy?: CacheStrategy;
  /** Told about problems that do not change the findings (a cache that could not be written). */
  onWarning?: (message: string) => void;
  /** Called as each file is done, from the cache, a worker or this thread (for a progress line). */
  onFileDone?: () => void;
  /** Told how many lanes lint the files left after the cache, for `--verbose`. */
  onLanes?: (lanes: number, files: number) => void;
  /**
   * Whether whoever gets the files may read their prose documents (a fingerprint, a scorecard,
   * a report quoting the source): if so (the default), the parsers that rebuild them are loaded
   * before any file is given out; if not, a run whose files all come from the cache loads none.
   */
  documentsRead?: boolean;
}

/**
 * Lints files from disk with the same findings, messages and errors as linting them one by one
 * with `lintPath` — but spread over worker threads when there are many files, and reusing cached
 * results for files whose text and config have not changed. Each file goes to `onFile` in the
 * order given as soon as it and every file before it are done, and is not kept: memory follows the
 * lanes and the largest file, not the number of files.
 */
export async function lintPaths(
  paths: string[],
  options: LintPathsOptions,
  onFile: (file: VFile) => void,
): Promise<void> {
  const { cwd, maxFileSize } = options;
  const cache = options.cacheLocation ? ResultCache.open(options.cacheLocation) : undefined;
  const deliver = inOrder((file) => {
    options.onFileDone?.();
    onFile(file);
  });
  const tasks: (WorkerTask & { config?: string; stamp?: FileStamp })[] = [];
  // With a cache, a file's result is stored with the hash of the text it was linted from, and the
  // stamp the file had before it was read (if the file changes after, the next run hashes it).
  const remember = (
    task: { path: string; config?: string; stamp?: FileStamp },
    text: string | undefined,
    result: PlainResult,
  ): void => {
    if (cache && task.config !== undefined && text !== undefined)
      cache.set(resolve(cwd, task.path), contentHash(text), task.config, result, task.stamp);
  };

  if (options.documentsRead !== false) await loadDocumentBuilder();
  try {
    const byContent = options.cacheStrategy === 'content';
    const now = Date.now();
    for (const [index, path] of paths.entries()) {
      if (!cache) {
        tasks.push({ index, path });
        continue;
      }
      const absolute = resolve(cwd, path);
      let config;
      try {
        config = configKey(options.resolver.configFor(absolute));
      } catch {
        // A broken config: lint without the cache, so the error surfaces at this file, as it would unbatched.
        tasks.push({ index, path });
        continue;
      }
      const stamp = stampOf(absolute, now);
      // A file now over the size limit is linted, to be reported as such, whatever was cached for it.
      const withinLimit = stamp === undefined || stamp.size <= maxFileSize;
      if (stamp && withinLimit && !byContent) {
        // Same size and modification time: not read at all. Its text is read only if a report needs it.
        const fresh = cache.fresh(absolute, config, stamp);
        if (fresh) {
          deliver(index, reviveUnread(absolute, cwd, fresh, maxFileSize));
          continue;
        }
      }
      if (withinLimit && cache.has(absolute, config)) {
        // The stamp changed (a checkout rewrites every file) or is not trusted: the text decides.
        const read = readTextFileSync(absolute, maxFileSize);
        const cached = read.ok ? cache.get(absolute, contentHash(read.text), config) : undefined;
        if (read.ok && cached) {
          cache.restamp(absolute, stamp);
          deliver(index, revive(absolute, cwd, read.text, cached));
          continue;
        }
      }
      // Unreadable files are linted too, to be reported as such; they are never cached.
      tasks.push({ index, path, config, ...(stamp ? { stamp } : {}) });
    }

    const lanes = laneCount(options.jobs, tasks.length);
    // Only a run that lints many files keeps its heap close to what is alive: one whose files
    // all come from the cache holds little, and collecting it more often only cost time. Nor does
    // a run on several lanes: the flag is the process's, so every worker's heap ran more full
    // collections, whose marking on V8's helper threads took cores from the lanes (1,000 files,
    // `--jobs 2`, two pairs of runs on a busy machine: 8-11 % less CPU without it, 12 % more peak RSS).
    if (tasks.length >= minFilesForWorkers && lanes === 1) {
      limitHeapGrowth();
      collectGarbageInline();
      optimiseWithoutInlining();
    }
    // Every core with a lane: V8's helper threads can only take time from the lanes, so each lane
    // collects and compiles on its own thread (set before the workers start, which read the
    // compiler flag as they do), and compiles less: without inlining, 2,000 archive files on two
    // lanes took 10 % less wall time and CPU (three interleaved pairs, docs/performance.md). The
    // growth cap stays off: it ran more full collections.
    if (lanes > 1 && lanes >= availableParallelism()) {
      collectGarbageInline();
      compileInNewWorkers();
      optimiseWithoutInlining();
    }
    options.onLanes?.(lanes, tasks.length);
    if (lanes > 1) {
      const setup = { cwd, resolverOptions: options.resolverOptions, maxFileSize };
      await lintInWorkers(
        tasks.map(({ index, path }) => ({ index, path })),
        lanes,
        setup,
        options.resolver,
        (reply, position) => {
          const task = tasks[position]!;
          remember(task, reply.text, reply.result);
          deliver(task.index, revive(resolve(cwd, task.path), cwd, reply.text, reply.result));
        },
      );
    } else if (tasks.length > 0) {
      // Only now is the linter loaded, with the parsers that rebuild documents (files linted here
      // are given out with their documents released, to be rebuilt if read).
      const [{ lintPath, readingAhead }] = await Promise.all([import('../lint.js'), loadDocumentBuilder()]);
      const startCpuMs = timingEnabled ? threadCpuMs() : undefined;
      const reads = readingAhead(tasks, ({ path }) => readTextFile(resolve(cwd, path), maxFileSize));
      for (const [position, task] of tasks.entries()) {
        const read = reads(position).then((result) => {
          if (result.ok && result.text.length >= largeFileLength) limitHeapGrowth();
          return result;
        });
        const file = await lintPath(task.path, cwd, options.resolver, maxFileSize, read);
        if (cache && typeof file.value === 'string') remember(task, file.value, toPlainResult(file));
        deliver(task.index, releaseDocument(file));
      }
      if (startCpuMs !== undefined) {
        const cpuMs = threadCpuMs() ?? startCpuMs;
        noteTiming(
          `lane 0 (main thread, the only lane): ${tasks.length} files linted; ${(cpuMs / 1000).toFixed(2)} s CPU, ` +
            `${(startCpuMs / 1000).toFixed(2)} s of it before linting`,
        );
        noteTiming(outsideLanesNote(processCpuMs(), [cpuMs]));
      }
    }
  } finally {
    if (cache) {
      try {
        cache.save();
      } catch (error) {
        options.onWarning?.(
          `Cannot write cache ${cache.location}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
    }
  }
}

/** Calls `onFile` with files in index order, holding only those that arrive before an earlier one. */
function inOrder(onFile: (file: VFile) => void): (index: number, file: VFile) => void {
  const waiting = new Map<number, VFile>();
  let next = 0;
  return (index, file) => {
    waiting.set(index, file);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next++);
      onFile(ready);
    }
  };
}

function newFile(absolute: string, cwd: string, text: string | undefined): VFile {
  return new VFile({ path: displayPath(absolute, cwd), cwd, ...(text === undefined ? {} : { value: text }) });
}

/**
 * Swaps a linted file's prose document for one rebuilt on demand. Documents (syntax trees of every
 * sentence) take ~100 times the text's size, so keeping all of them until the report was most of
 * a large run's memory; few reporters read them.
 */
function releaseDocument(file: VFile): VFile {
  delete healthlintData(file).document;
  return attachLazyDocument(file);
}

/** A file with results from a worker or the cache, made to look exactly like one linted here. */
function revive(absolute: string, cwd: string, text: string | undefined, result: PlainResult): VFile {
  return attachLazyDocument(applyPlainResult(newFile(absolute, cwd, text), result));
}

/**
 * A cache hit found by its stamp, without reading the file: its text is read if something asks
 * for it (a report quoting the source, a baseline fingerprint), and given only if it is still the
 * text the findings came from.
 */
function reviveUnread(
  absolute: string,
  cwd: string,
  cached: { result: PlainResult; content: string },
  maxFileSize: number,
): VFile {
  const file = applyPlainResult(newFile(absolute, cwd, undefined), cached.result);
  let text: string | undefined;
  let read = false;
  const textOf = (): string | undefined => {
    if (!read) {
      read = true;
      const result = readTextFileSync(absolute, maxFileSize);
      text = result.ok && contentHash(result.text) === cached.content ? result.text : undefined;
    }
    return text;
  };
  Object.defineProperty(file, unreadText, { value: textOf, configurable: true });
  Object.defineProperty(file, 'value', unreadValue);
  return attachLazyDocument(file, textOf);
}

/**
 * An unread file's text, read when first asked for: one getter for every such file, which finds
 * the file's own reader under a symbol. A getter made of closures for each file gave every file an
 * object shape of its own, which made garbage collection most of a warm cached run's cost.
 */
const unreadText = Symbol('healthlint.unreadText');

const unreadValue: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: { [unreadText]?: () => string | undefined }): string | undefined {
    return this[unreadText]?.();
  },
  set(this: VFile, value: unknown) {
    Object.defineProperty(this, 'value', { value, writable: true, enumerable: true, configurable: true });
  },
};

/**
 * How many threads lint (this one plus workers): only this one for few files, else up to `jobs`,
 * and no more than one per few files.
 */
export function laneCount(jobs: Jobs, files: number): number {
  // Run from the TypeScript sources (vitest, tsx), lint here: a worker would run the build, which may be stale.
  if (files < minFilesForWorkers || !workersAvailable) return 1;
  const wanted = jobs === 'auto' ? idleCores() : jobs;
  return Math.max(1, Math.min(wanted, Math.floor(files / minFilesPerWorker)));
}

/** Memory one lane needs at most on a large run (its modules, dictionaries and working heap). */
const bytesPerLane = 256 * 1024 ** 2;

/**
 * Cores one lane keeps busy: V8's background threads (concurrent marking, scavenging, compiling)
 * add ~40 % to a lane's own, so on 2 cores one process already fills most of the machine and a
 * second lane bought no speed for 35 % more CPU (docs/performance.md).
 */
const coresPerLane = 1.5;

/**
 * `--jobs auto`: lanes for the cores other processes leave free (as `make -l` does: the one-minute
 * load average counts busy cores), a lane per 1.5 of them, within free memory. On a shared
 * machine whose cores are all busy, another lane only adds its start-up and competes with the first.
 */
export function idleCores(): number {
  return autoLanes().lanes;
}

/** What `--jobs auto` looks at, and the lanes it gives. */
export function autoLanes(): { lanes: number; cores: number; busy: number; byCores: number; byMemory: number } {
  const cores = availableParallelism();
  const busy = Math.floor(loadavg()[0] ?? 0);
  const byMemory = Math.floor(freemem() / bytesPerLane);
  const byCores = Math.floor((cores - busy) / coresPerLane);
  return { lanes: Math.max(1, Math.min(byCores, byMemory)), cores, busy, byCores, byMemory };
}

/** Why a run lints on the lanes it does, in a sentence, for `--verbose`. */
export function explainLanes(jobs: Jobs, files: number, lanes: number): string {
  const what = `${files} file${files === 1 ? '' : 's'} to lint on ${lanes} lane${lanes === 1 ? '' : 's'}`;
  if (files < minFilesForWorkers) return `${what}: fewer than ${minFilesForWorkers} files lint on this thread`;
  if (!workersAvailable) return `${what}: worker threads run only from the build`;
  const perWorker = Math.floor(files / minFilesPerWorker);
  const capped =
    perWorker < (jobs === 'auto' ? autoLanes().lanes : jobs) ? ` (at most one per ${minFilesPerWorker} files)` : '';
  if (jobs !== 'auto') return `${what}: --jobs ${jobs}${capped}`;
  const auto = autoLanes();
  // Fewer idle cores than one lane needs still leaves the one lane every run has: say so, rather
  // than "0 lanes" followed by a run on 1.
  const room =
    auto.byCores >= 1
      ? `room for ${auto.byCores} lane${auto.byCores === 1 ? '' : 's'} at ${coresPerLane} cores each`
      : `room for no lane at ${coresPerLane} cores each (a run always has one)`;
  return (
    `${what}: --jobs auto found ${auto.cores} cores with ${auto.busy} busy (one-minute load), ` +
    `${room}, memory for ${auto.byMemory}${capped}`
  );
}
