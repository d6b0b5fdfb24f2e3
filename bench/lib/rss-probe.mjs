// Preloaded into every benchmarked process (`node --import`): at exit, writes the process's peak
// resident set size (KiB) and CPU time (user + system, µs) to $BENCH_RSS_FILE as JSON. Both count
// worker threads, which share the process. Works alike for healthlint, the floors and alex.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
    } catch {
      // A missing figure is reported as such; never fail the measured process.
    }
  });
}
