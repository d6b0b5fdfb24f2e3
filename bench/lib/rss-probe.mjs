// Preloaded into every benchmarked process (`node --import`): at exit, writes the process's peak
// resident set size (KiB, worker threads included: they share the process) to $BENCH_RSS_FILE.
// This works the same for healthlint, the floors and alex, without /usr/bin/time.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // A missing figure is reported as such; never fail the measured process.
    }
  });
}
