// Summarises a V8 CPU profile (`node --cpu-prof`): self time by package or healthlint module, and
// the top functions, so "where does the time go" has an answer without opening DevTools.
// Usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

const [path, topText = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(path, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
const deltas = profile.timeDeltas;
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[index] ?? 0));
}

/** node_modules/<package>, or the healthlint folder (src/prose, rules/hype), or a V8 category. */
function groupOf(url) {
  if (!url) return '(native / GC / idle)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const own = /\/(?:dist\/)?((?:src|rules)\/.+)$/.exec(url);
  if (own) return own[1].replace(/\.(?:js|ts)$/, '');
  return url.startsWith('node:') ? 'node internals' : url;
}

const groups = new Map();
const functions = new Map();
let total = 0;
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  total += micros;
  const group = groupOf(callFrame.url);
  groups.set(group, (groups.get(group) ?? 0) + micros);
  const name = `${callFrame.functionName || '(anonymous)'} ${group}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) {
    console.log(
      `${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
  }
};
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
print('self time by package / module', groups);
print('self time by function', functions);
