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
