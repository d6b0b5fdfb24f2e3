#!/usr/bin/env node
import { endWhenReaderCloses, main } from '../dist/bundle/cli.js';

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
