import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
