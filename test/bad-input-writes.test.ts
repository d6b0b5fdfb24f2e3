import fs, {
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolve.js';
import { ConfigResolver } from '../src/lint.js';
import { addWordToDictionary, disableRuleInProject } from '../src/server/config-edit.js';
import { binPath, makeTree } from './cli-helpers.js';
import { runMain } from './property-helpers.js';

/**
 * Everything healthlint writes (the `--output` report, the `--cache` file, a baseline, the
 * language server's config and word-list edits) is written to a temporary file beside the target
 * and renamed over it: a reader never sees half a file, a failed write leaves the old one as it
 * was, and a symbolic link at the target is replaced, never written through. The language server
 * edits only files inside the project it serves.
 */

const article = 'This miracle drug cures cancer, doctors say.\n';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function project(files: Record<string, string> = {}): string {
  const folder = makeTree({ 'article.md': article, ...files });
  folders.push(folder);
  return folder;
}

/** Files left behind by an interrupted atomic write: `.<name>.<random>.tmp`. */
function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.tmp'));
}

const realWriteFileSync = fs.writeFileSync;
const realOpenSync = fs.openSync;
const realWriteSync = fs.writeSync;

/**
 * Makes the next write of a temporary file write half its content, then fail as a full disk
 * would: a whole-file write, or a write to a descriptor opened on a temporary file (reports and
 * the cache are streamed into one). Patched on node:fs itself (and synced to its ESM exports),
 * so src/write.ts and src/cache.ts see it.
 */
function failNextTemporaryWrite(persistent = false): void {
  const fail = (): never => {
    if (!persistent) restoreWrites();
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  const temporaryDescriptors = new Set<number>();
  fs.writeFileSync = ((
    path: fs.PathOrFileDescriptor,
    data: string | NodeJS.ArrayBufferView,
    options?: fs.WriteFileOptions,
  ) => {
    if (!String(path).endsWith('.tmp')) return realWriteFileSync(path, data, options);
    realWriteFileSync(path, String(data).slice(0, 10), options);
    return fail();
  }) as typeof fs.writeFileSync;
  fs.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    const descriptor = (realOpenSync as (...args: unknown[]) => number)(path, ...rest);
    if (String(path).endsWith('.tmp')) temporaryDescriptors.add(descriptor);
    return descriptor;
  }) as typeof fs.openSync;
  fs.writeSync = ((descriptor: number, buffer: NodeJS.ArrayBufferView, ...rest: never[]) => {
    if (!temporaryDescriptors.has(descriptor))
      return (realWriteSync as (...args: unknown[]) => number)(descriptor, buffer, ...rest);
    realWriteSync(descriptor, Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(10, buffer.byteLength)));
    return fail();
  }) as typeof fs.writeSync;
  syncBuiltinESMExports();
}

function restoreWrites(): void {
  fs.writeFileSync = realWriteFileSync;
  fs.openSync = realOpenSync;
  fs.writeSync = realWriteSync;
  syncBuiltinESMExports();
}

afterEach(restoreWrites);

describe('--output', () => {
  it('replaces the report in one step: a new file (new inode) renamed over the old, nothing left behind', async () => {
    const folder = project({ 'report.json': 'old report\n' });
    const before = statSync(join(folder, 'report.json')).ino;
    const run = await runMain(['--format', 'json', '--output', 'report.json', 'article.md'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))[0].path).toBe('article.md');
    expect(statSync(join(folder, 'report.json')).ino).not.toBe(before);
    expect(leftovers(folder)).toEqual([]);
  });

  it('leaves the old report intact when the write fails halfway (disk full), and says so on one line', async () => {
    const folder = project({ 'report.json': 'old report\n' });
    failNextTemporaryWrite();
    const run = await runMain(['--format', 'json', '--output', 'report.json', 'article.md'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('healthlint: Cannot write report to report.json: ENOSPC\n');
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe('old report\n');
    expect(leftovers(folder)).toEqual([]);
  });

  it('refuses to replace a folder, which stays as it was', async () => {
    const folder = project();
    mkdirSync(join(folder, 'out'));
    writeFileSync(join(folder, 'out', 'keep.txt'), 'keep');
    const run = await runMain(['--output', 'out', 'article.md'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^healthlint: Cannot write report to out: E[A-Z]+\n$/);
    expect(readFileSync(join(folder, 'out', 'keep.txt'), 'utf8')).toBe('keep');
    expect(leftovers(folder)).toEqual([]);
  });

  it('replaces a symbolic link with the report instead of writing to where it points', async () => {
    const folder = project();
    const elsewhere = project({ 'precious.txt': 'precious\n' });
    symlinkSync(join(elsewhere, 'precious.txt'), join(folder, 'report.txt'));
    const run = await runMain(['--output', 'report.txt', 'article.md'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(join(elsewhere, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(folder, 'report.txt')).isSymbolicLink()).toBe(false);
  });
});

describe('--output to a pipe or device', () => {
  it('writes into a FIFO, which stays a FIFO (renaming over /dev/null as root would replace it)', async () => {
    const folder = project();
    const fifo = join(folder, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      fs.createReadStream(fifo)
        .on('data', (chunk) => chunks.push(chunk as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString()))
        .on('error', reject);
    });
    // The reader stands for another process: let its open reach the thread pool (where it waits for
    // a writer) before the run, which reads the article and opens the FIFO without yielding.
    await new Promise((resolve) => setImmediate(resolve));
    const run = await runMain(['--format', 'json', '--output', fifo, 'article.md'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(JSON.parse(await received)).toHaveLength(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });
});

/** The built CLI in a child process with a time limit: writing into a FIFO nobody reads would block forever. */
function spawnCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a link at a path healthlint writes is replaced, never written through', () => {
  it.each([
    ['--output report.txt', ['--output', 'report.txt'], 'report.txt'],
    ['--write-baseline baseline.json', ['--write-baseline', 'baseline.json'], 'baseline.json'],
  ])('%s, committed as a link to a FIFO outside the project: the link is replaced', (_, args, name) => {
    const folder = project();
    const outside = project();
    const fifo = join(outside, 'device.pipe');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(folder, name));
    const run = spawnCli([...args, 'article.md'], folder);
    expect(run.code, run.stderr).not.toBeNull(); // null: killed by the time limit, blocked on the FIFO.
    expect(lstatSync(join(folder, name)).isFile()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });

  it('the cache, written after a run whose cache was a link to a file outside: the link is replaced', () => {
    const folder = project();
    const outside = project({ 'precious.txt': 'precious\n' });
    symlinkSync(join(outside, 'precious.txt'), join(folder, '.healthlintcache'));
    const run = spawnCli(['--cache', 'article.md'], folder);
    expect(run.code).toBe(0);
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(folder, '.healthlintcache')).isFile()).toBe(true);
  });

  it('--output /dev/stdout (a system link to the output) is still written in place', () => {
    const folder = project();
    const run = spawnCli(['--format', 'json', '--output', '/dev/stdout', 'article.md'], folder);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });
});

describe('--cache and --write-baseline', () => {
  it('write atomically, and a corrupt or hostile cache file is ignored, never trusted or fatal', async () => {
    const folder = project();
    for (const junk of ['{"format": "healthlint-cache", "version": 1, "entries": {"x": 1}', '\0\0\0', '[]', 'null']) {
      writeFileSync(join(folder, '.healthlintcache'), junk);
      const run = await runMain(['--format', 'json', '--cache', 'article.md'], { cwd: folder });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('"hype"');
      // The cache is a log of JSON lines under a header line.
      const header = readFileSync(join(folder, '.healthlintcache'), 'utf8').split('\n', 1)[0]!;
      expect(JSON.parse(header).format).toBe('healthlint-cache');
    }
    const baseline = await runMain(['--write-baseline', 'baseline.json', 'article.md'], { cwd: folder });
    expect(baseline.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'baseline.json'), 'utf8'))).toBeTruthy();
    expect(leftovers(folder)).toEqual([]);
  });

  it('a cache that cannot be written is a warning, and the findings are still reported', async () => {
    const folder = project();
    // A disk that stays full: the log's first write and the final compaction both fail. (A
    // single failed write is recovered from by the compaction at the end.)
    failNextTemporaryWrite(true);
    let run;
    try {
      run = await runMain(['--format', 'json', '--cache', 'article.md'], { cwd: folder });
    } finally {
      restoreWrites();
    }
    expect(run.stdout).toContain('"hype"');
    expect(run.stderr).toMatch(/^healthlint: Cannot write cache .*ENOSPC\n$/);
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('language server config edits stay inside the project', () => {
  const configOf = (folder: string, file = join(folder, 'article.md')) =>
    new ConfigResolver({ cwd: folder }).configFor(file);

  it('edits the project config atomically and keeps its format', () => {
    const folder = project({ '.healthlintrc.yaml': '# our settings\nrules:\n  hype: warn\n' });
    const before = statSync(join(folder, '.healthlintrc.yaml')).ino;
    disableRuleInProject('hype', configOf(folder), folder);
    const text = readFileSync(join(folder, '.healthlintrc.yaml'), 'utf8');
    expect(text).toContain('# our settings');
    expect(text).toMatch(/hype: off/);
    expect(statSync(join(folder, '.healthlintrc.yaml')).ino).not.toBe(before);
    expect(leftovers(folder)).toEqual([]);
  });

  it('a failed edit leaves the config as it was', () => {
    const folder = project({ '.healthlintrc.json': '{ "rules": { "hype": "warn" } }\n' });
    failNextTemporaryWrite();
    expect(() => disableRuleInProject('hype', configOf(folder), folder)).toThrow(/ENOSPC/);
    expect(readFileSync(join(folder, '.healthlintrc.json'), 'utf8')).toBe('{ "rules": { "hype": "warn" } }\n');
    expect(leftovers(folder)).toEqual([]);
  });

  it('never edits a config found above the project folder', () => {
    const parent = project({ '.healthlintrc.json': '{ "rules": { "hype": "warn" } }\n' });
    const folder = join(parent, 'site');
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.md'), article);
    const config = configOf(folder);
    expect(config.configPath).toBe(join(parent, '.healthlintrc.json'));
    expect(() => disableRuleInProject('hype', config, folder)).toThrow(/outside the project folder/);
    expect(readFileSync(join(parent, '.healthlintrc.json'), 'utf8')).toBe('{ "rules": { "hype": "warn" } }\n');
  });

  it.each([
    ['a relative path out of the project', '../outside-words.txt'],
    ['an absolute path elsewhere', 'ABSOLUTE'],
  ])('never appends to a word list named by %s', (_, named) => {
    const outside = project({ 'outside-words.txt': 'existing\n' });
    const folder = join(outside, 'site');
    mkdirSync(folder);
    const dictionary = named === 'ABSOLUTE' ? join(outside, 'outside-words.txt') : named;
    writeFileSync(
      join(folder, '.healthlintrc.json'),
      JSON.stringify({ rules: { spelling: ['warn', { dictionary }] } }),
    );
    writeFileSync(join(folder, 'article.md'), article);
    expect(() => addWordToDictionary('zorblax', configOf(folder), folder)).toThrow(/outside the project folder/);
    expect(readFileSync(join(outside, 'outside-words.txt'), 'utf8')).toBe('existing\n');
  });

  it('never writes through a symbolic link to a folder outside the project', () => {
    const outside = project();
    const folder = project();
    symlinkSync(outside, join(folder, 'linked'));
    writeFileSync(join(outside, 'words.txt'), 'existing\n');
    writeFileSync(
      join(folder, '.healthlintrc.json'),
      JSON.stringify({ rules: { spelling: ['warn', { dictionary: 'linked/words.txt' }] } }),
    );
    expect(() => addWordToDictionary('zorblax', configOf(folder), folder)).toThrow(/outside the project folder/);
    expect(readFileSync(join(outside, 'words.txt'), 'utf8')).toBe('existing\n');
  });

  it('a word is one line: a word with a line break cannot add lines to a word list', () => {
    const folder = project({ 'words.txt': 'existing\n' });
    writeFileSync(
      join(folder, '.healthlintrc.json'),
      JSON.stringify({ rules: { spelling: ['warn', { dictionary: 'words.txt' }] } }),
    );
    expect(() => addWordToDictionary('zorblax\nmiracle', configOf(folder), folder)).toThrow(/one word/);
    expect(readFileSync(join(folder, 'words.txt'), 'utf8')).toBe('existing\n');
    addWordToDictionary('zorblax', configOf(folder), folder);
    expect(readFileSync(join(folder, 'words.txt'), 'utf8')).toBe('existing\nzorblax\n');
  });

  it('creates a new config in the project when there is none anywhere above it', () => {
    const folder = project();
    const result = disableRuleInProject('hype', resolveConfig(undefined, {}, folder), folder);
    expect(result).toEqual({ path: join(folder, '.healthlintrc.json'), created: true });
  });
});
