import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from '../lint.js';
import { lintTask } from './lint-task.js';
import type { WorkerSetup, WorkerTask } from './protocol.js';

/**
 * A lint worker: finds each file's config by its path exactly as the main thread would (its own
 * ConfigResolver with the same options), lints it with the same processor, and posts back plain
 * messages. It keeps its processors and spelling dictionaries for every file it is given.
 */
const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver({ cwd: setup.cwd, ...setup.resolverOptions });
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  void lintTask(task, resolver, setup).then((reply) => port.postMessage(reply));
});
