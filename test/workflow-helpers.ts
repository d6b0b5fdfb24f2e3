import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = join(repoRoot, 'bin', 'healthlint.js');
export const siteFixture = join(repoRoot, 'fixtures', 'workflow', 'site');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (the TypeScript sources, no build needed). */
export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const stdin = new PassThrough();
  stdin.end();
  // One thread: in-process runs test healthlint's own steps, not the worker pool (tested on the built bin).
  const code = await main(['--jobs', '1', ...args], { stdin, stdout, stderr, cwd, env });
  return { code, stdout: out, stderr: err };
}

/**
 * Runs the built bin in a child process, as CI tools and hooks do (needs `npm run build`). On one
 * thread: these tests are about what healthlint reports, and worker start-up would dominate their time.
 */
export function runBin(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [bin, '--jobs', '1', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const gitIdentity = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(args: string[], cwd: string): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...gitIdentity },
  });
}

/** A temporary git repository holding a copy of the workflow fixture articles under `site/`, committed. */
export function siteRepository(prefix = 'healthlint-workflow-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(siteFixture, join(root, 'site'), { recursive: true });
  git(['init', '-q'], root);
  git(['add', '.'], root);
  git(['commit', '-q', '-m', 'Articles as published'], root);
  return root;
}

export function appendTo(path: string, text: string): void {
  writeFileSync(path, readFileSync(path, 'utf8') + text);
}

export function prependTo(path: string, text: string): void {
  writeFileSync(path, text + readFileSync(path, 'utf8'));
}
