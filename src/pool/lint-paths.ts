import { availableParallelism, freemem, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { configKey, contentHash, ResultCache } from '../cache.js';
import { healthlintData } from '../file-data.js';
import { displayPath, lintPath, readingAhead, type ConfigResolver, type LintFilesOptions } from '../lint.js';
import { readTextFile, type ReadResult } from '../read.js';
import { limitHeapGrowth } from './heap.js';
import { attachLazyDocument } from './lazy-document.js';
import { lintInWorkers, workersAvailable } from './pool.js';
import type { WorkerTask } from './protocol.js';
import { applyPlainResult, toPlainResult, type PlainResult } from './serialise.js';

/** Below this many files to lint, starting workers (each loads the rules and dictionaries) costs more than it saves. */
export const minFilesForWorkers = 8;
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
  /** Told about problems that do not change the findings (a cache that could not be written). */
  onWarning?: (message: string) => void;
  /** Called as each file is done, from the cache, a worker or this thread (for a progress line). */
  onFileDone?: () => void;
}

/**
 * Lints files from disk, in the order given, with the same findings, messages and errors as
 * linting them one by one with `lintPath` — but spread over worker threads when there are many
 * files, and reusing cached results for files whose text and config have not changed.
 */
export async function lintPaths(paths: string[], options: LintPathsOptions): Promise<VFile[]> {
  if (paths.length >= minFilesForWorkers) limitHeapGrowth();
  const { cwd, maxFileSize } = options;
  const cache = options.cacheLocation ? ResultCache.open(options.cacheLocation) : undefined;
  const files: (VFile | undefined)[] = new Array<VFile | undefined>(paths.length);
  const tasks: (WorkerTask & { keys?: { content: string; config: string; absolute: string } })[] = [];

  const cacheReads = readingAhead(paths, (path) => readTextFile(resolve(cwd, path), maxFileSize));
  for (const [index, path] of paths.entries()) {
    if (!cache) {
      tasks.push({ index, path });
      continue;
    }
    // The cache key needs the text, so read it here; a file that cannot be read is never cached.
    const absolute = resolve(cwd, path);
    const read = await cacheReads(index);
    if (!read.ok) {
      files[index] = await lintPath(path, cwd, options.resolver, maxFileSize, Promise.resolve(read));
      options.onFileDone?.();
      continue;
    }
    let config;
    try {
      config = options.resolver.configFor(absolute);
    } catch {
      // A broken config: lint without the cache, so the error surfaces at this file, as it would unbatched.
      tasks.push({ index, path });
      continue;
    }
    const keys = { content: contentHash(read.text), config: configKey(config), absolute };
    const cached = cache.get(absolute, keys.content, keys.config);
    if (cached) {
      files[index] = revive(absolute, cwd, read.text, cached);
      options.onFileDone?.();
    } else tasks.push({ index, path, text: read.text, keys });
  }

  const lanes = laneCount(options.jobs, tasks.length);
  const results = new Map<number, PlainResult>();
  if (lanes > 1) {
    const setup = { cwd, resolverOptions: options.resolverOptions, maxFileSize };
    const replies = await lintInWorkers(
      tasks.map(({ index, path, text }) => (text === undefined ? { index, path } : { index, path, text })),
      lanes,
      setup,
      options.resolver,
      options.onFileDone,
    );
    for (const [position, reply] of replies.entries()) {
      const { index, path, text } = tasks[position]!;
      const absolute = resolve(cwd, path);
      files[index] = revive(absolute, cwd, text ?? reply.text, reply.result);
      results.set(index, reply.result);
    }
  } else {
    // A task the cache step read already carries its text.
    const reads = readingAhead(tasks, ({ path, text }) =>
      text === undefined
        ? readTextFile(resolve(cwd, path), maxFileSize)
        : Promise.resolve<ReadResult>({ ok: true, text }),
    );
    for (const [position, { index, path }] of tasks.entries()) {
      const file = await lintPath(path, cwd, options.resolver, maxFileSize, reads(position));
      if (cache) results.set(index, toPlainResult(file));
      files[index] = releaseDocument(file);
      options.onFileDone?.();
    }
  }

  if (cache) {
    for (const { index, keys } of tasks) {
      const result = results.get(index);
      if (keys && result) cache.set(keys.absolute, keys.content, keys.config, result);
    }
    try {
      cache.save();
    } catch (error) {
      options.onWarning?.(
        `Cannot write cache ${cache.location}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  }
  return files as VFile[];
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
  const busy = Math.floor(loadavg()[0] ?? 0);
  const byMemory = Math.floor(freemem() / bytesPerLane);
  return Math.max(1, Math.min(Math.floor((availableParallelism() - busy) / coresPerLane), byMemory));
}
