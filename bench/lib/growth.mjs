// Times healthlint on one file inside one process, after a warm-up, so start-up and dictionary
// loading are not counted: what is left is how the work grows with the file's size.
// Usage: node bench/lib/growth.mjs <preset> <warm-up file> <file> <repeats>
// Prints the median milliseconds of the timed runs and the number of findings.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [preset, warmUpPath, path, repeatsText] = process.argv.slice(2);
const { lintText } = await import(new URL('../../dist/src/index.js', import.meta.url).href);
const options = { filePath: path, config: { preset } };
lintText(readFileSync(warmUpPath, 'utf8'), options);

const text = readFileSync(path, 'utf8');
const times = [];
let findings = 0;
for (let run = 0; run < Number(repeatsText); run++) {
  const started = performance.now();
  findings = lintText(text, options).messages.length;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ ms: times[times.length >> 1], findings })}\n`);
