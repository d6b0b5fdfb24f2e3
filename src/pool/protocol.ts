import type { LintFilesOptions } from '../lint.js';
import type { PlainResult } from '../serialise.js';

/** What every worker is started with: the same config discovery the main thread would use. */
export interface WorkerSetup {
  cwd: string;
  resolverOptions: Omit<LintFilesOptions, 'cwd' | 'maxFileSize'>;
  maxFileSize: number;
}

/** One file to lint. `text` is given when the main thread already read it (for the cache key). */
export interface WorkerTask {
  index: number;
  path: string;
  text?: string;
}

export type WorkerReply = (
  | { index: number; result: PlainResult; text?: string }
  | { index: number; error: { message: string; userError: boolean; stack?: string } }
) & { lane?: LaneCounters };

/** What a worker has done so far, sent with each reply under `HEALTHLINT_TIMING`. */
export interface LaneCounters {
  files: number;
  /** The worker thread's CPU time in milliseconds, if the system tells it (see thread-cpu.ts). */
  cpuMs?: number;
  /** Of which spent before its first file: starting a thread, loading the bundle, finding configs. */
  startCpuMs?: number;
}
