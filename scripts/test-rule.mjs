// `npm run test:rule -- <id>`: one rule's examples and fixture folder, the checks
// test/rules.test.ts and test/rule-fixtures.test.ts run for it (test/rule-checks.ts), without
// building dist/ and without vitest. vitest's start and its module-by-module transform and import
// were most of a one-rule run (docs/contributing.md, "Running tests"); the checks themselves take
// well under a second. esbuild bundles the runner and healthlint's own modules into one file, the
// packages staying in node_modules, and the bundle is kept until one of its inputs changes.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const id = process.argv[2];
if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !existsSync(new URL(`../rules/${id}/index.ts`, import.meta.url))) {
  process.stderr.write(`Usage: npm run test:rule -- <rule-id> (a folder of rules/), got ${JSON.stringify(id ?? '')}\n`);
  process.exitCode = 2;
} else {
  const { runRuleChecks } = await import(pathToFileURL(await runnerBundle()).href);
  process.exitCode = runRuleChecks(id, root, (line) => process.stdout.write(`${line}\n`));
}

/**
 * The bundled runner, rebuilt when any file it was built from changed size or time. It lives in
 * this checkout's test-artifacts/ (ignored), two folders down like dist/bundle/, so that modules
 * finding healthlint's files from their own place (the word lists, package.json) find this
 * checkout's, and packages resolve from its node_modules.
 */
async function runnerBundle() {
  const folder = `${root}test-artifacts/rule-runner`;
  const bundle = `${folder}/runner.mjs`;
  const stampsFile = `${folder}/inputs.json`;
  const stamp = (path) => {
    try {
      const info = statSync(`${root}${path}`);
      return `${info.size}:${info.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  try {
    const stamps = JSON.parse(readFileSync(stampsFile, 'utf8'));
    if (existsSync(bundle) && Object.entries(stamps).every(([path, value]) => stamp(path) === value)) return bundle;
  } catch {
    // No bundle yet, or an unreadable record of it: build one.
  }
  mkdirSync(folder, { recursive: true });
  // Written aside and renamed, so that two runs at once never read a half-written bundle.
  const partial = `${folder}/runner-${process.pid}.mjs`;
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['test/rule-runner.ts'],
    outfile: partial,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
  });
  renameSync(partial, bundle);
  const stamps = Object.fromEntries(Object.keys(metafile.inputs).map((path) => [path, stamp(path)]));
  writeFileSync(`${stampsFile}.${process.pid}`, JSON.stringify(stamps));
  renameSync(`${stampsFile}.${process.pid}`, stampsFile);
  return bundle;
}
