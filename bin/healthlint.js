#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Regular expressions compiled straight to machine code, not first to bytecode. Past a few dozen
// articles a run's large patterns ran many times slower than in a fresh process (speakers.ts's
// 34-word role test: ~0.6 s over the bench corpus instead of ~0.03 s, and a new copy of it made
// at the end of the run as slow): V8 stops optimising the regexp code it compiles once an isolate
// has generated a budget of it and holds enough executable code, and the bytecode tier spends that
// budget. With this flag the same test took ~0.03 s at the end of a run. Set before the bundle is
// imported, so that no pattern of ours was compiled the tiered way (set while a program ran, the
// flag crashed Node 20: docs/performance.md).
setFlagsFromString('--no-regexp-tier-up');
const { endWhenReaderCloses, main } = await import('../dist/bundle/cli.js');

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
