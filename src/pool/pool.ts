import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import type { ConfigResolver } from '../lint.js';
import { noteTiming, timingEnabled } from '../timing.js';
import type { LaneCounters, WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { outsideLanesNote, processCpuMs, threadCpuMs } from './thread-cpu.js';

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
  const counters = timingEnabled ? new LaneTimings(threadCpuMs()) : undefined;
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
        const started = counters ? performance.now() : 0;
        onReply(ready, delivered++);
        if (counters) counters.replyMs += performance.now() - started;
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
      const lane = count + 1;
      worker.on('message', (reply: WorkerReply) => {
        if (counters && reply.lane) counters.workers[lane - 1] = reply.lane;
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
    // The main thread's own lane: it lints here, and handles worker replies between files. Its
    // linter is loaded once the workers have started loading theirs.
    void (async () => {
      const { lintTask } = await import('./lint-task.js');
      for (let task = take(); task; task = take()) {
        const reply = await lintTask(task, resolver, setup);
        if (counters) counters.mainFiles++;
        record(reply);
      }
      mainLaneFinished = true;
      settleIfDone();
    })().catch(fail);
    await done;
    counters?.note(threadCpuMs());
  } finally {
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (delivered < tasks.length) throw new Error(`No result for task ${delivered}`);
}

/**
 * `HEALTHLINT_TIMING`: what each lane did, so that a run on a shared machine can be judged by
 * each lane's CPU time rather than by wall time, and the cost of a second lane found: its
 * start-up, and the main thread's rebuilding and reporting of the files other lanes linted.
 */
class LaneTimings {
  mainFiles = 0;
  /** Wall time the main thread spent rebuilding and reporting results (its own lane's included). */
  replyMs = 0;
  readonly workers: LaneCounters[] = [];

  constructor(private readonly mainStartCpuMs: number | undefined) {}

  note(mainCpuMs: number | undefined): void {
    const cpu = (ms: number | undefined): string => (ms === undefined ? 'CPU not known here' : `${seconds(ms)} s CPU`);
    const mainCpu = mainCpuMs === undefined || this.mainStartCpuMs === undefined ? undefined : mainCpuMs;
    noteTiming(
      `lane 0 (main thread): ${this.mainFiles} files linted; ${cpu(mainCpu)}` +
        (mainCpu === undefined ? '' : `, ${seconds(this.mainStartCpuMs!)} s of it before the lanes started`) +
        `; every file's results rebuilt and reported in ${seconds(this.replyMs)} s (wall)`,
    );
    this.workers.forEach((lane, position) => {
      noteTiming(
        `lane ${position + 1} (worker): ${lane.files} files linted; ${cpu(lane.cpuMs)}` +
          (lane.cpuMs === undefined || lane.startCpuMs === undefined
            ? ''
            : `, ${seconds(lane.startCpuMs)} s of it to start`),
      );
    });
    noteTiming(outsideLanesNote(processCpuMs(), [mainCpu, ...this.workers.map((lane) => lane.cpuMs)]));
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function rebuildError(error: { message: string; userError: boolean; stack?: string }): Error {
  const rebuilt = error.userError ? new UserError(error.message) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * Workers run the compiled `worker.js` beside this module, so they exist only in the build (the
 * ES modules of dist/, or the CLI's CommonJS bundle, `cli.cjs`), never under tsx or vitest.
 */
export const workersAvailable = /\.c?js$/.test(import.meta.url);
