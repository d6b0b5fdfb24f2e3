import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { UserError } from '../errors.js';
import { displayPath, lintPath, lintVFile, type ConfigResolver } from '../lint.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { toPlainResult } from '../serialise.js';

/**
 * Lints one task as `lintPath` would (from disk, or from text the main thread already read) and
 * returns plain results, or the error it stopped at. The same function runs in every worker and in
 * the main thread's own lane, so all of them lint alike.
 */
export async function lintTask(task: WorkerTask, resolver: ConfigResolver, setup: WorkerSetup): Promise<WorkerReply> {
  try {
    let file: VFile;
    if (task.text === undefined) {
      file = await lintPath(task.path, setup.cwd, resolver, setup.maxFileSize);
    } else {
      const absolute = resolve(setup.cwd, task.path);
      file = new VFile({ path: displayPath(absolute, setup.cwd), cwd: setup.cwd, value: task.text });
      lintVFile(file, resolver.configFor(absolute));
    }
    const result = toPlainResult(file);
    return task.text === undefined && typeof file.value === 'string'
      ? { index: task.index, result, text: file.value }
      : { index: task.index, result };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return {
      index: task.index,
      error: {
        message: failure.message,
        userError: failure instanceof UserError,
        ...(failure.stack ? { stack: failure.stack } : {}),
      },
    };
  }
}
