import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const probe = new URL('./rss-probe.mjs', import.meta.url).href; // peak memory and CPU time

export interface Measurement {
  /** Wall time of the whole process, spawn to exit, in milliseconds. */
  ms: number;
  /** Peak resident set size in MiB, or undefined if the process did not report it. */
  rssMiB: number | undefined;
  /** CPU time (user + system, all threads) in milliseconds: steadier than wall time on a busy machine. */
  cpuMs: number | undefined;
  exitCode: number | null;
  stdout: string;
}

export interface Command {
  /** A Node script and its arguments; run as `node --import rss-probe <script> ...args`. */
  script: string;
  args: string[];
  /** Exit codes that count as success (linters exit 1 when they find something). */
  okCodes?: number[];
  env?: Record<string, string>;
  cwd?: string;
}

/** Runs one command as its own process and times it from spawn to exit. */
export async function measure(command: Command): Promise<Measurement> {
  const folder = mkdtempSync(join(tmpdir(), 'healthlint-bench-'));
  const rssFile = join(folder, 'rss');
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, ['--import', probe, command.script, ...command.args], {
          cwd: command.cwd,
          env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', ...command.env, BENCH_RSS_FILE: rssFile },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (exitCode) =>
          resolve({ code: exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
        );
      },
    );
    const ms = performance.now() - started;
    if (!(command.okCodes ?? [0]).includes(code ?? -1)) {
      throw new Error(
        `${command.script} ${command.args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    let usage: { maxRSS?: number; cpu?: number } = {};
    try {
      usage = JSON.parse(readFileSync(rssFile, 'utf8')) as typeof usage;
    } catch {
      // Not reported: shown as unknown.
    }
    return {
      ms,
      rssMiB: usage.maxRSS === undefined ? undefined : usage.maxRSS / 1024,
      cpuMs: usage.cpu === undefined ? undefined : usage.cpu / 1000,
      exitCode: code,
      stdout,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
