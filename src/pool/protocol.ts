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

export type WorkerReply =
  | { index: number; result: PlainResult; text?: string }
  | { index: number; error: { message: string; userError: boolean; stack?: string } };
