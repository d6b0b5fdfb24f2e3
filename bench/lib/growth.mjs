// Times healthlint on one file inside one process, after a warm-up, so start-up and dictionary
// loading are not counted: what is left is how the work grows with the file's size.
// Usage: node bench/lib/growth.mjs <healthlint root> <preset> <warm-up file> <file> <repeats>
// Prints the median wall and CPU milliseconds of the timed runs and the number of findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [root, preset, warmUpPath, path, repeatsText] = process.argv.slice(2);
const { lintText } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);
const options = { filePath: path, config: { preset } };
lintText(readFileSync(warmUpPath, 'utf8'), options);

const text = readFileSync(path, 'utf8');
const runs = [];
let findings = 0;
for (let run = 0; run < Number(repeatsText); run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  findings = lintText(text, options).messages.length;
  const used = process.cpuUsage(cpu);
  runs.push({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
}
const middle = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[runs.length >> 1];
process.stdout.write(`${JSON.stringify({ ms: middle('ms'), cpuMs: middle('cpuMs'), findings })}\n`);
