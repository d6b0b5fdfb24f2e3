#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { CodeCachedBundle } from '../dist/src/cli/code-cache.js';

// The CLI is one CommonJS bundle compiled with V8's code cache (src/cli/code-cache.ts): a start
// reuses the code an earlier run compiled instead of compiling ~4 MB again.
const dist = new URL('../dist/', import.meta.url);
const bundle = new CodeCachedBundle(
  fileURLToPath(new URL('bundle/cli.cjs', dist)),
  fileURLToPath(new URL('code-cache/cli.cjs.cache', dist)),
);
const { endWhenReaderCloses, main, v8FlagsChanged } = bundle.load();

const exit = (code) => process.exit(code);
endWhenReaderCloses(process.stdout, exit);
endWhenReaderCloses(process.stderr, exit);

const io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
};
process.exitCode = await main(process.argv.slice(2), io);
// V8 rejects a cache made under other flags than a fresh process has: leave it to a run that set none.
if (!v8FlagsChanged()) bundle.saveIfStale();
