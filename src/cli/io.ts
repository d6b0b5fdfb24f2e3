import type { Readable, Writable } from 'node:stream';

/** Everything the CLI touches outside itself, so tests can run `main` in-process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}
