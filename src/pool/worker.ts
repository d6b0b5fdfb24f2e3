import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from '../lint.js';
import { timingEnabled } from '../timing.js';
import { lintTask } from './lint-task.js';
import type { LaneCounters, WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { threadCpuMs } from './thread-cpu.js';

/**
 * A lint worker: finds each file's config by its path exactly as the main thread would (its own
 * ConfigResolver with the same options), lints it with the same processor, and posts back plain
 * messages. It keeps its processors and spelling dictionaries for every file it is given.
 */
const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver({ cwd: setup.cwd, ...setup.resolverOptions });
const port = parentPort!;

const startCpuMs = timingEnabled ? threadCpuMs() : undefined;
let files = 0;

/** `HEALTHLINT_TIMING`: this lane's files and CPU so far, for the main thread to print at the end. */
function counted(reply: WorkerReply): WorkerReply {
  files++;
  if (!timingEnabled) return reply;
  const cpuMs = threadCpuMs();
  const lane: LaneCounters = {
    files,
    ...(cpuMs === undefined ? {} : { cpuMs }),
    ...(startCpuMs === undefined ? {} : { startCpuMs }),
  };
  return { ...reply, lane };
}

port.on('message', (task: WorkerTask) => {
  void lintTask(task, resolver, setup).then((reply) => port.postMessage(counted(reply)));
});
