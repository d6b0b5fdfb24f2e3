import { readFileSync } from 'node:fs';

/** Linux counts thread times in clock ticks of 1/100 s (USER_HZ, fixed for user space). */
const millisecondsPerTick = 10;

/**
 * CPU time (user + system) the calling thread has used, in milliseconds, to the clock tick (10 ms);
 * undefined where the system does not say. Node 20 has no per-thread CPU time (process.cpuUsage
 * sums every thread, V8's included), and on a machine shared with other work a lane's wall time
 * says more about the other work than about the lane; Linux gives each thread's own in /proc.
 */
export function threadCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces), from the third: utime is the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * millisecondsPerTick : undefined;
}

/** CPU time (user + system) of the whole process so far, every thread included, in milliseconds. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * `HEALTHLINT_TIMING`: the process's CPU beside its lanes'. What the lanes did not use went to
 * V8's helper threads (optimising compilation, concurrent marking, parallel scavenging) and
 * libuv's (file reads). On a machine whose cores all have a lane, that time is taken from the
 * lanes, so it belongs in any estimate of what a second lane buys (docs/performance.md).
 */
export function outsideLanesNote(processMs: number, laneMs: readonly (number | undefined)[]): string {
  const total = `process: ${seconds(processMs)} s CPU in all threads`;
  if (laneMs.some((ms) => ms === undefined)) return total;
  const lanes = laneMs.reduce<number>((sum, ms) => sum + ms!, 0);
  return `${total}; ${seconds(Math.max(0, processMs - lanes))} s of it outside the lanes (V8's helper threads, file reads)`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}
