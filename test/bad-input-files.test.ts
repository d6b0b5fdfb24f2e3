import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, makeTree } from './cli-helpers.js';

/**
 * The files healthlint depends on besides the articles (config, package.json, ignore files, word
 * lists, the cache, the baseline, standard input) come with a repository someone else wrote. Each
 * is read only when it is a regular file and only up to a size cap: a committed link to
 * /dev/zero, a FIFO or an endless pipe ends the run at once with exit code 2 and one line naming
 * the file, instead of filling memory or waiting forever. Every run is a child process with a time
 * limit, so a regression fails the test rather than hanging it or exhausting the machine.
 */

const article = 'This miracle drug cures cancer, doctors say.\n';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer> = {}): string {
  const folder = makeTree({ 'article.md': article, ...files });
  chmodSync(folder, 0o755); // Readable by the unprivileged user of the permission tests.
  folders.push(folder);
  return folder;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the built CLI with a 20-second limit and a 2 GB address-space limit. */
function cli(args: string[], cwd: string, stdin: 'ignore' | number | 'yes' = 'ignore', user?: number): Run {
  const started = process.hrtime.bigint();
  const command = [process.execPath, binPath, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  const limited = `ulimit -v 2000000; ${stdin === 'yes' ? 'yes | ' : ''}exec ${command}`;
  const argv =
    user === undefined
      ? ['sh', '-c', limited]
      : ['setpriv', `--reuid=${user}`, `--regid=${user}`, '--clear-groups', 'sh', '-c', limited];
  const result = spawnSync(argv[0] as string, argv.slice(1), {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    stdio: [stdin === 'yes' ? 'ignore' : stdin, 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

function expectRefused(run: Run, line: RegExp): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(line);
  expect(run.code).toBe(2);
  expect(run.seconds).toBeLessThan(15);
}

describe('files healthlint reads besides articles: regular files only, up to a cap', () => {
  it.each([
    [
      '.healthlintignore',
      [],
      /^healthlint: Cannot read ignore file .*\.healthlintignore: not a regular file \(a character device\)$/m,
    ],
    [
      '.healthlintrc',
      [],
      /^healthlint: Cannot read config file .*\.healthlintrc: not a regular file \(a character device\)$/m,
    ],
    [
      'package.json',
      [],
      /^healthlint: Cannot read config file .*package\.json: not a regular file \(a character device\)$/m,
    ],
    [
      '.healthlintcache',
      ['--cache'],
      /^healthlint: Cannot read cache .*\.healthlintcache: not a regular file \(a character device\)$/m,
    ],
    [
      'baseline.json',
      ['--baseline', 'baseline.json'],
      /^healthlint: Cannot read baseline baseline\.json: not a regular file \(a character device\)$/m,
    ],
    [
      'link-to-zero.txt',
      ['--ignore-path', 'link-to-zero.txt'],
      /^healthlint: Cannot read ignore file link-to-zero\.txt: not a regular file \(a character device\)$/m,
    ],
  ] as const)('%s committed as a link to /dev/zero: refused, exit 2', (name, args, line) => {
    const folder = project();
    symlinkSync('/dev/zero', join(folder, name));
    expectRefused(cli([...args, 'article.md'], folder), line);
  });

  it('a spelling word list that is a link to /dev/zero: the config is refused, exit 2', () => {
    const folder = project({
      '.healthlintrc.json': JSON.stringify({ rules: { spelling: ['warn', { dictionary: 'words.txt' }] } }),
    });
    symlinkSync('/dev/zero', join(folder, 'words.txt'));
    expectRefused(
      cli(['article.md'], folder),
      /`dictionary` that is not a regular file: .*words\.txt \(a character device\)$/m,
    );
  });

  it('--ignore-path /dev/zero and --config /dev/zero: refused, exit 2', () => {
    const folder = project();
    expectRefused(
      cli(['--ignore-path', '/dev/zero', 'article.md'], folder),
      /Cannot read ignore file \/dev\/zero: not a regular file/,
    );
    expectRefused(
      cli(['--config', '/dev/zero', 'article.md'], folder),
      /Cannot read config file \/dev\/zero: not a regular file/,
    );
  });

  it('an ignore file that is a FIFO: refused at once, never waits for a writer', () => {
    const folder = project();
    execFileSync('mkfifo', [join(folder, '.healthlintignore')]);
    expectRefused(cli(['article.md'], folder), /Cannot read ignore file .*: not a regular file \(a named pipe\)$/m);
  });

  it('an article that is a FIFO whose writer opened it first: read whole, and the writer is not cut off', () => {
    const folder = project();
    const fifo = join(folder, 'piped.md');
    execFileSync('mkfifo', [fifo]);
    // The writer waits in its open until a reader comes; a probe that opened and closed the FIFO
    // would release it into a pipe with no reader (SIGPIPE) and leave the run waiting for another.
    const command = `printf 'A miracle cure for cancer.\\n' > '${fifo}'`;
    const writer = spawn('sh', ['-c', command], { stdio: 'ignore' });
    const run = cli(['--format', 'json', 'piped.md'], folder);
    writer.kill();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/"ruleId": ?"hype"/);
  });

  it('a config over the 4 MB cap (sparse, so it costs no disk): refused by its size', () => {
    const folder = project();
    writeFileSync(join(folder, '.healthlintrc.json'), '');
    truncateSync(join(folder, '.healthlintrc.json'), 5 * 1024 * 1024);
    expectRefused(cli(['article.md'], folder), /Cannot read config file .*: larger than the 4 MB limit \(5 MB\)$/m);
  });

  it('standard input with no end (</dev/zero, yes |): stops at --max-file-size, exit 2', () => {
    const folder = project();
    const zero = openSync('/dev/zero', 'r');
    try {
      const line =
        /^healthlint: Cannot lint standard input: more than the 1 MB limit \(raise it with --max-file-size\)$/m;
      expectRefused(cli(['--stdin', '--max-file-size', '1MB'], folder, zero), line);
      expectRefused(cli(['--stdin', '--max-file-size', '1MB'], folder, 'yes'), line);
    } finally {
      closeSync(zero);
    }
  });

  it('--ignore-path to a file that does not exist: one clear line, not "unexpected error"', () => {
    const folder = project();
    expectRefused(
      cli(['--ignore-path', 'nope', 'article.md'], folder),
      /^healthlint: Cannot read ignore file nope: no such file$/m,
    );
  });

  it.each([
    ['.healthlintrc.json', 'SECRET_TOKEN=abc123\n'],
    ['.healthlintrc', 'SECRET_TOKEN: abc123\n'],
  ])('a config (%s) that links to another file never echoes its contents', (name, secret) => {
    const folder = project({ 'secret.env': secret });
    symlinkSync('secret.env', join(folder, name));
    const run = cli(['article.md'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/it is a link to .*secret\.env, whose contents are not shown/);
    expect(run.stderr).not.toMatch(/SECRET|abc123/);
  });
});

describe('lookups stop at the repository root, as git does', () => {
  it('an ignore file or config above the folder holding .git does not apply, even with --no-config', () => {
    const parent = project({ '.healthlintignore': '*\n', '.healthlintrc.json': '{ "rules": { "hype": "off" } }\n' });
    const repository = join(parent, 'repo');
    mkdirSync(join(repository, '.git'), { recursive: true });
    writeFileSync(join(repository, 'article.md'), article);
    for (const args of [
      ['--format', 'json', '.'],
      ['--format', 'json', '--no-config', '.'],
    ]) {
      const run = cli(args, repository);
      const report = JSON.parse(run.stdout) as { path: string; messages: { ruleId: string }[] }[];
      expect(report.map((file) => file.path)).toEqual(['article.md']);
      expect(report[0]?.messages.map((message) => message.ruleId)).toContain('hype');
    }
    // Outside a repository the lookup goes on upwards, as before.
    rmSync(join(repository, '.git'), { recursive: true });
    expect(JSON.parse(cli(['--format', 'json', '.'], repository).stdout)).toEqual([]);
  });
});

describe('unreadable folders', () => {
  // chmod 000 does not stop root, so as root the CLI runs as `nobody` (setpriv), which it does stop.
  const asRoot = process.getuid?.() === 0;
  const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
  if (asRoot && !hasSetpriv) console.warn('unreadable folders: skipped, running as root without setpriv');
  const user = asRoot ? 65534 : undefined;
  // A checkout inside a private folder (`mktemp -d`) is out of that user's reach, binary included.
  const binReachable =
    !asRoot ||
    !hasSetpriv ||
    spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'test', '-r', binPath]).status === 0;
  if (!binReachable) console.warn(`unreadable folders: skipped, the unprivileged user cannot read ${binPath}`);

  it.skipIf((asRoot && !hasSetpriv) || !binReachable)(
    'a subfolder that cannot be listed is reported like an unreadable file; a file in it is "permission denied"',
    () => {
      const folder = project({ 'locked/inside.md': article });
      chmodSync(join(folder, 'article.md'), 0o644);
      chmodSync(join(folder, 'locked'), 0o000);
      try {
        const expanded = cli(['--format', 'json', '.'], folder, 'ignore', user);
        const report = JSON.parse(expanded.stdout) as {
          path: string;
          messages: { ruleId: string; reason: string; fatal: boolean }[];
        }[];
        expect(report.map((file) => file.path)).toEqual(['article.md', 'locked']);
        expect(report[1]?.messages).toMatchObject([
          { ruleId: 'read-error', reason: 'Cannot read folder: permission denied', fatal: true },
        ]);
        expect(expanded.code).toBe(1);
        const named = cli(['--format', 'json', 'locked/inside.md'], folder, 'ignore', user);
        expect(named.stderr).toBe('');
        expect(JSON.parse(named.stdout)).toMatchObject([
          { path: 'locked/inside.md', messages: [{ reason: 'Cannot read file: permission denied' }] },
        ]);
      } finally {
        chmodSync(join(folder, 'locked'), 0o755);
      }
    },
  );
});
