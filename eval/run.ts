import { readdirSync } from 'node:fs';
import type { EvalRow, EvalSuite } from './lib.js';
import { sharedDirectory } from './lib.js';

/**
 * `npm run eval`: every suite in eval/suites scores one rule or helper on the dev parts of
 * ../shared/corpora and prints one table with the trivial baseline beside each figure.
 */
const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

if (!sharedDirectory) {
  console.log('Skipping eval: ../shared/corpora is not beside this checkout.');
  process.exit(0);
}

const folder = new URL('./suites/', import.meta.url);
const rows: EvalRow[] = [];
for (const name of readdirSync(folder)
  .filter((entry) => entry.endsWith('.ts'))
  .sort()) {
  if (only && !name.includes(only)) continue;
  const suite = (await import(new URL(name, folder).href)).default as EvalSuite;
  const started = performance.now();
  rows.push(...(await suite.run({ quick })));
  console.error(`${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const format = (value: number): string => (Number.isNaN(value) ? '—' : value.toFixed(3));
const header = ['rule / helper', 'data (dev)', 'n', 'metric', 'healthlint', 'baseline', 'target', 'detail'];
const lines = [header, header.map(() => '---')];
for (const row of rows) {
  lines.push([
    row.rule,
    row.data,
    String(row.n),
    row.metric,
    format(row.value),
    `${format(row.baseline)} (${row.baselineName})`,
    row.target ?? '',
    row.detail ?? '',
  ]);
}
console.log(lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
