import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../src/cli/io.js';
import type { main as sourceMain } from '../src/cli/main.js';

export const binPath = new URL('../bin/healthlint.js', import.meta.url).pathname;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the real binary (built by `npm test`'s pretest) in `cwd`. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The built CLI's `main` (dist/src/cli/main.js: the sources the bundle is made from, compiled),
 * run in this process: unlike the TypeScript sources it lints on worker threads with `--jobs`, and
 * unlike a spawned binary it loads the linter once for every run a test makes.
 */
export async function runBuiltMain(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = { NO_COLOR: '1' },
): Promise<CliResult> {
  const { main } = await loadBuiltMain();
  const stdout = capture();
  const stderr = capture();
  const io: CliIo = { stdin: Readable.from([]), stdout, stderr, cwd, env };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let builtMain: Promise<{ main: typeof sourceMain }> | undefined;

/**
 * Imports the built CLI (~800 modules): call it in `beforeAll` so that a loaded machine spends that
 * time in the hook, not in the first test's own timeout.
 */
export function loadBuiltMain(): Promise<{ main: typeof sourceMain }> {
  builtMain ??= import(new URL('../dist/src/cli/main.js', import.meta.url).href) as Promise<{
    main: typeof sourceMain;
  }>;
  return builtMain;
}

/** A writable stream that keeps what is written, as `text()`. */
export function capture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

/** Creates a temporary folder holding the given files (paths relative to it). */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'healthlint-'));
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

export interface JsonMessage {
  ruleId: string | null;
  reason: string;
  severity: string;
  fatal: boolean | null;
  place: {
    start: { line: number; column: number; offset: number };
    end: { line: number; column: number; offset: number };
  } | null;
  expected: string[] | null;
}

export function parseJsonReport(stdout: string): { path: string; messages: JsonMessage[] }[] {
  return JSON.parse(stdout) as { path: string; messages: JsonMessage[] }[];
}
