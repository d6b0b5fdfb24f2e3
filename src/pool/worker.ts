import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { UserError } from '../errors.js';
import { ConfigResolver, displayPath, lintPath, lintVFile } from '../lint.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { toPlainResult } from './serialise.js';

/**
 * A lint worker: finds each file's config by its path exactly as the main thread would (its own
 * ConfigResolver with the same options), lints it with the same processor, and posts back plain
 * messages. It keeps its processors and spelling dictionaries for every file it is given.
 */
const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver({ cwd: setup.cwd, ...setup.resolverOptions });
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  void lint(task).then((reply) => port.postMessage(reply));
});

async function lint(task: WorkerTask): Promise<WorkerReply> {
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
