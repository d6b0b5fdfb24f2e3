import { performance } from 'node:perf_hooks';

/**
 * `HEALTHLINT_TIMING=1`: time spent in parsing and in each rule, printed to standard error when
 * the process exits, as ESLint's `TIMING=1` does, so a user can see which rule a slow run pays
 * for. Counts the thread it runs in (use `--jobs 1` for a whole run). `HEALTHLINT_TIMING=cpu`
 * counts the process's CPU time instead of wall time (the garbage collector's helper threads
 * included): on a machine other processes keep busy, wall time counts the time spent waiting
 * for a core, and the table says more about the load than about the rules.
 */
const setting = process.env['HEALTHLINT_TIMING'];
const enabled = Boolean(setting) && setting !== '0';
const clock: () => number =
  setting === 'cpu'
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();
const totals = new Map<string, number>();
const notes: string[] = [];

/** Whether `HEALTHLINT_TIMING` is set: counters that cost something are kept only then. */
export const timingEnabled = enabled;

/** A line printed above the table at exit (what each lane did, which the table's per-thread times miss). */
export function noteTiming(line: string): void {
  if (enabled) notes.push(line);
}

/** Runs `work`, adding its wall (or CPU) time to `label` when timing is on. */
export function timed<T>(label: string, work: () => T): T {
  if (!enabled) return work();
  const started = clock();
  try {
    return work();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + clock() - started);
  }
}

/** The table printed at exit: label, milliseconds, share of the timed total. */
export function timingTable(): string {
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max(5, ...rows.map(([label]) => label.length));
  const lines = [`${'task'.padEnd(width)} | ${setting === 'cpu' ? ' CPU (ms)' : 'time (ms)'} | relative`];
  for (const [label, ms] of rows) {
    lines.push(`${label.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${((100 * ms) / all).toFixed(1).padStart(7)}%`);
  }
  return lines.join('\n');
}

if (enabled)
  process.once('exit', () => process.stderr.write(`${notes.map((line) => `${line}\n`).join('')}${timingTable()}\n`));
