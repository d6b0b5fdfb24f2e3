import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { ConfigResolver } from '../lint.js';
import { lintTask } from './lint-task.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';

export type WorkerSuccess = Extract<WorkerReply, { result: unknown }>;

/** Tasks each worker holds at once, so that it never waits for the main thread between files. */
const tasksInFlightPerWorker = 3;

/**
 * Lints the tasks in `lanes` parallel lanes: the main thread, which has its modules loaded and
 * starts at once, and `lanes - 1` worker threads. Tasks are handed out in order, one at a time as
 * lanes finish, so a few long files cannot leave a core idle. Each reply goes to `onReply` in task
 * order as soon as the ones before it are in, and is then forgotten, so a run holds only the replies
 * that wait for a slower earlier task. If tasks fail, the error thrown is that of the first failing
 * task in order — the one a sequential run would have stopped at — and no later task is started.
 */
export async function lintInWorkers(
  tasks: WorkerTask[],
  lanes: number,
  setup: WorkerSetup,
  resolver: ConfigResolver,
  onReply: (reply: WorkerSuccess, position: number) => void,
): Promise<void> {
  // Replies by task position (`index` is the caller's), waiting until every earlier one is in.
  const waiting = new Map<number, WorkerReply>();
  const positionOf = new Map<number, number>(tasks.map((task, position) => [task.index, position]));
  let delivered = 0;
  const workers: Worker[] = [];
  let next = 0;
  let firstFailure = Number.POSITIVE_INFINITY;
  let stopped = false;
  let inFlight = 0;
  let mainLaneFinished = false;
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = (error) => {
      stopped = true;
      reject(error);
    };
  });
  const take = (): WorkerTask | undefined =>
    !stopped && next < tasks.length && next <= firstFailure ? tasks[next++] : undefined;
  const record = (reply: WorkerReply): void => {
    if (stopped) return;
    const position = positionOf.get(reply.index)!;
    if ('error' in reply) firstFailure = Math.min(firstFailure, position);
    waiting.set(position, reply);
    for (let ready = waiting.get(delivered); ready; ready = waiting.get(delivered)) {
      if ('error' in ready) {
        fail(rebuildError(ready.error));
        return;
      }
      waiting.delete(delivered);
      try {
        onReply(ready, delivered++);
      } catch (error) {
        fail(error); // The report could not be written: stop, as a sequential run would.
        return;
      }
    }
  };
  const settleIfDone = (): void => {
    if (mainLaneFinished && inFlight === 0) finish();
  };
  const dispatch = (worker: Worker): void => {
    const task = take();
    if (!task) return;
    worker.postMessage(task);
    inFlight++;
  };

  try {
    for (let count = 0; count < Math.min(lanes - 1, tasks.length); count++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        inFlight--;
        record(reply);
        dispatch(worker);
        settleIfDone();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inFlight > 0) fail(new Error(`A lint worker stopped (exit code ${code}) before it finished`));
      });
      for (let slot = 0; slot < tasksInFlightPerWorker; slot++) dispatch(worker);
    }
    // The main thread's own lane: it lints here, and handles worker replies between files.
    void (async () => {
      for (let task = take(); task; task = take()) record(await lintTask(task, resolver, setup));
      mainLaneFinished = true;
      settleIfDone();
    })().catch(fail);
    await done;
  } finally {
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (delivered < tasks.length) throw new Error(`No result for task ${delivered}`);
}

function rebuildError(error: { message: string; userError: boolean; stack?: string }): Error {
  const rebuilt = error.userError ? new UserError(error.message) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/** Workers run the compiled `worker.js` beside this module, so they exist only in the build. */
export const workersAvailable = import.meta.url.endsWith('.js');
