// `npm run test:rule -- <id>`: one rule's examples (test/rules.test.ts) and fixture folder
// (test/rule-fixtures.test.ts), without building dist/ or running the rest of the suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const id = process.argv[2];
if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !existsSync(new URL(`../rules/${id}/index.ts`, import.meta.url))) {
  process.stderr.write(`Usage: npm run test:rule -- <rule-id> (a folder of rules/), got ${JSON.stringify(id ?? '')}\n`);
  process.exitCode = 2;
} else {
  const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
  const result = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      'test/rules.test.ts',
      'test/rule-fixtures.test.ts',
      '-t',
      `^(rule|fixtures for) ${id} `,
      // One worker thread for both files, modules imported once: each file imports every rule,
      // the language helpers and the word lists, which was most of the time in two fresh processes.
      '--pool=threads',
      '--isolate=false',
      '--fileParallelism=false',
      ...process.argv.slice(3),
    ],
    { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname },
  );
  process.exitCode = result.status ?? 1;
}
