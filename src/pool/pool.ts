import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';

export type WorkerSuccess = Extract<WorkerReply, { result: unknown }>;

/** Tasks each worker holds at once: one running, one waiting, so no worker idles between files. */
const tasksInFlightPerWorker = 2;

/**
 * Lints the tasks on `size` worker threads and returns the replies in task order. Tasks are handed
 * out in order, one at a time as workers finish, so a few long files cannot leave a core idle.
 * If tasks fail, the error thrown is that of the first failing task in order — the one a
 * sequential run would have stopped at — and no later task is started.
 */
export async function lintInWorkers(tasks: WorkerTask[], size: number, setup: WorkerSetup): Promise<WorkerSuccess[]> {
  const replies: (WorkerReply | undefined)[] = new Array<WorkerReply | undefined>(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let inFlight = 0;
  let firstFailure = Number.POSITIVE_INFINITY;

  try {
    await new Promise<void>((resolve, reject) => {
      const dispatch = (worker: Worker): void => {
        if (next >= tasks.length || next > firstFailure) return;
        worker.postMessage(tasks[next++]);
        inFlight++;
      };
      const settleIfDone = (): void => {
        if (inFlight === 0 && (next >= tasks.length || next > firstFailure)) resolve();
      };
      for (let count = 0; count < Math.min(size, tasks.length); count++) {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          inFlight--;
          replies[reply.index] = reply;
          if ('error' in reply) firstFailure = Math.min(firstFailure, reply.index);
          dispatch(worker);
          settleIfDone();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight > 0) reject(new Error(`A lint worker stopped (exit code ${code}) before it finished`));
        });
        for (let slot = 0; slot < tasksInFlightPerWorker; slot++) dispatch(worker);
      }
      settleIfDone();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  return replies.map((reply, index) => {
    if (!reply) throw new Error(`No result for task ${index}`);
    if ('error' in reply) throw rebuildError(reply.error);
    return reply;
  });
}

function rebuildError(error: { message: string; userError: boolean; stack?: string }): Error {
  const rebuilt = error.userError ? new UserError(error.message) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/** Workers run the compiled `worker.js` beside this module, so they exist only in the build. */
export const workersAvailable = import.meta.url.endsWith('.js');
