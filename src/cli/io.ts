import type { Readable, Writable } from 'node:stream';

/** Everything the CLI touches outside itself, so tests can run `main` in-process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** What a shell reports for a process ended by SIGPIPE, as `cat` or `grep` would be in `… | head`. */
export const closedPipeExitCode = 141;

/**
 * Ends the process quietly when whoever reads its output goes away (`healthlint docs | head`).
 * Node ignores SIGPIPE, so the next write fails with EPIPE instead, and an unhandled stream error
 * is a stack trace. Other write errors (a full disk) are still raised.
 */
export function endWhenReaderCloses(stream: Writable, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    exit(closedPipeExitCode);
  });
}
