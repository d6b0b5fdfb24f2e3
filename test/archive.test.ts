import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/lint.js';
import { expandPaths } from '../src/files.js';
import { IgnoreMatcher } from '../src/ignore.js';
import { reporters } from '../src/reporters/index.js';
import { bin, repoRoot } from './workflow-helpers.js';
import { loadBuiltMain, runBuiltMain } from './cli-helpers.js';
import { builtInRules } from './helpers.js';

/** Runs the built CLI in `cwd` with the given arguments (on two lanes unless told otherwise). */
function run(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
    env: { ...process.env, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the built CLI in the fixture folder once for a given list of arguments, and gives every later
 * test asking for the same run the same result: each run lints all 74 fixtures (2–4 s of CPU), and
 * the one-run report and the shards are what several tests below read.
 */
const sharedRuns = new Map<string, ReturnType<typeof run>>();
function runShared(args: string[]): ReturnType<typeof run> {
  const key = args.join('\0');
  let result = sharedRuns.get(key);
  if (!result) {
    result = run(args, root);
    sharedRuns.set(key, result);
  }
  return result;
}

/** The one-run JSON report of the fixtures, on one lane. */
const oneRun = (): ReturnType<typeof run> => runShared(['articles', '-f', 'json', '--jobs', '1']);

/** Shard `index` of 3 as a JSON report, also written to shard-<index>.json for --merge-reports to read. */
function shardRun(index: number): ReturnType<typeof run> {
  const result = runShared(['articles', '-f', 'json', '--jobs', '1', '--shard', `${index}/3`]);
  writeFileSync(join(root, `shard-${index}.json`), result.stdout);
  return result;
}

/** The paths a one-run report lists, in order. */
function pathsOf(json: string): string[] {
  return (JSON.parse(json) as { path: string }[]).map((file) => file.path);
}

let root: string;

beforeAll(() => {
  // Every rule's fixtures (74 files, enough for worker lanes) and a file that cannot be read.
  root = mkdtempSync(join(tmpdir(), 'healthlint-archive-'));
  cpSync(join(repoRoot, 'fixtures', 'rules'), join(root, 'articles'), { recursive: true });
  writeFileSync(join(root, 'articles', 'binary.md'), Buffer.from([0, 1, 2, 3]));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('streamed reports', () => {
  beforeAll(async () => {
    await loadBuiltMain();
  }, 120_000);

  it('are, in every format, the text the reporters give for the same files all at once', async () => {
    const paths = await expandPaths(['articles'], root, new IgnoreMatcher(root, { ignorePatterns: [] }));
    const files = await lintFiles(paths, { cwd: root });
    for (const [index, format] of Object.keys(reporters).entries()) {
      const expected = reporters[format]!(files, { cwd: root, color: false, verbose: true, ruleSet: builtInRules });
      // Half the formats to standard output, half through --output, on two lanes (files come back out of order).
      const toFile = index % 2 === 0;
      const output = join(root, `report.${format}`);
      // The built CLI in this process (its workers run the build): one linter loaded for the ten
      // runs instead of a process each; the binary runs the same fixtures below.
      const result = await runBuiltMain(
        ['articles', '--jobs', '2', '--verbose', '--no-color', '-f', format, ...(toFile ? ['-o', output] : [])],
        root,
        { ...process.env },
      );
      expect(result.code, `${format}: ${result.stderr}`).toBe(1);
      const text = toFile ? readFileSync(output, 'utf8') : result.stdout;
      expect(text, format).toBe(expected.endsWith('\n') || !expected ? expected : `${expected}\n`);
    }
  }, 300_000);
});

describe('--shard and --merge-reports', () => {
  it('split a run into parts that together lint every file once, and merge back into the one-run report', () => {
    const one = oneRun();
    const shards = [1, 2, 3].map(shardRun);
    const shardPaths = shards.map((result) => pathsOf(result.stdout));
    expect(shardPaths.every((paths) => paths.length > 0)).toBe(true);
    expect(shardPaths.flat().sort()).toEqual(pathsOf(one.stdout).sort());
    // Each shard exits for its own findings: only the one with the binary file fails.
    for (const [index, result] of shards.entries()) {
      expect(result.code).toBe(shardPaths[index]!.includes('articles/binary.md') ? 1 : 0);
    }
    const reports = [3, 1, 2].map((index) => `shard-${index}.json`);
    for (const format of ['json', 'sarif']) {
      const merged = run(['--merge-reports', ...reports, '-f', format], root);
      const single = format === 'json' ? one : run(['articles', '-f', format, '--jobs', '1'], root);
      expect(merged.stdout, format).toBe(single.stdout);
      expect(merged.code).toBe(single.code);
    }
  }, 300_000);

  it('apply --max-warnings to the merged findings, and refuse a truncated report with one line', () => {
    const warnings = (
      JSON.parse(oneRun().stdout) as {
        messages: { severity: string }[];
      }[]
    )
      .flatMap((file) => file.messages)
      .filter((message) => message.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(1);
    // The binary file is an error, so leave it out: the exit code then depends on the warnings alone.
    const shards = [1, 2, 3].map((index) => shardRun(index).stdout);
    const withoutBinary = shards.map((text) =>
      JSON.stringify(
        (JSON.parse(text) as { path: string }[]).filter((file) => file.path !== 'articles/binary.md'),
        null,
        2,
      ),
    );
    withoutBinary.forEach((text, index) => writeFileSync(join(root, `clean-${index}.json`), text));
    const clean = withoutBinary.map((_, index) => `clean-${index}.json`);
    const under = run(['--merge-reports', ...clean, '-f', 'json', '--max-warnings', String(warnings - 1)], root);
    expect(under.code).toBe(1);
    expect(under.stderr).toContain(`${warnings} warnings, more than --max-warnings ${warnings - 1}`);
    expect(run(['--merge-reports', ...clean, '-f', 'json', '--max-warnings', String(warnings)], root).code).toBe(0);
    writeFileSync(join(root, 'cut.json'), shards[0]!.slice(0, Math.floor(shards[0]!.length / 2)));
    const truncated = run(['--merge-reports', 'cut.json'], root);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/^healthlint: Cannot merge cut\.json: [^\n]*\n$/);
  }, 300_000);

  it('keep every file in its shard when another file is added', () => {
    const before = [1, 2, 3].map((index) => pathsOf(shardRun(index).stdout));
    writeFileSync(join(root, 'articles', 'added.md'), 'A new article.\n');
    try {
      const after = [1, 2, 3].map((index) =>
        pathsOf(run(['articles', '-f', 'json', '--jobs', '1', '--shard', `${index}/3`], root).stdout),
      );
      expect(after.map((paths) => paths.filter((path) => path !== 'articles/added.md'))).toEqual(before);
      expect(after.flat().filter((path) => path === 'articles/added.md')).toHaveLength(1);
    } finally {
      rmSync(join(root, 'articles', 'added.md'));
    }
  }, 300_000);

  it('refuse a shard that does not exist with one line', () => {
    const result = run(['articles', '--shard', '4/3'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('healthlint: Invalid --shard `4/3`: shard 4 of 3 does not exist\n');
  });
});

describe('a broken symbolic link inside a folder', () => {
  it('is found in nested folders and loops, not in dot folders, node_modules or dot files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-link-'));
    try {
      for (const folder of ['sub/deeper', '.hidden', 'node_modules']) mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, 'fine.md'), 'Fine.\n');
      symlinkSync(join(dir, 'gone.md'), join(dir, 'sub', 'deeper', 'moved.md'));
      symlinkSync(join(dir, 'sub', 'loop.md'), join(dir, 'sub', 'loop.md'));
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'sub', 'notes.txt'));
      // A link that works is no warning (folder expansion does not follow links, as before).
      symlinkSync(join(dir, 'fine.md'), join(dir, 'sub', 'alias.md'));
      symlinkSync(join(dir, 'gone.md'), join(dir, '.hidden', 'a.md'));
      symlinkSync(join(dir, 'gone.md'), join(dir, 'node_modules', 'b.md'));
      symlinkSync(join(dir, 'gone.md'), join(dir, 'sub', '.draft.md'));
      symlinkSync(join(dir, 'gone.png'), join(dir, 'sub', 'figure.png'));
      const result = run(['.', '-f', 'json'], dir);
      expect(result.code).not.toBe(2);
      expect(result.stderr).toBe(
        [
          'healthlint: skipped a broken symbolic link: sub/deeper/moved.md',
          'healthlint: skipped a broken symbolic link: sub/loop.md',
          'healthlint: skipped a broken symbolic link: sub/notes.txt',
          '',
        ].join('\n'),
      );
      expect(pathsOf(result.stdout)).toEqual(['fine.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is named in one warning line on standard error, not reported as a finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-link-'));
    try {
      writeFileSync(join(dir, 'fine.md'), 'Fine.\n');
      symlinkSync(join(dir, 'moved-away.md'), join(dir, 'gone.md'));
      const result = run(['.', '-f', 'json'], dir);
      expect(result.code).not.toBe(2);
      expect(result.stderr).toBe('healthlint: skipped a broken symbolic link: gone.md\n');
      expect(pathsOf(result.stdout)).toEqual(['fine.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--verbose', () => {
  it('says on standard error how many lanes lint and why, for a number and for auto', () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthlint-lanes-'));
    try {
      for (let index = 0; index < 12; index++) writeFileSync(join(dir, `a${index}.md`), `Article ${index}.\n`);
      const two = run(['.', '-f', 'json', '--verbose', '--jobs', '2'], dir);
      expect(two.code).toBe(0);
      expect(two.stderr).toBe('healthlint: 12 files to lint on 2 lanes: --jobs 2\n');
      const auto = run(['.', '-f', 'json', '--verbose', '--jobs', 'auto'], dir);
      expect(auto.stderr).toMatch(
        /^healthlint: 12 files to lint on \d+ lanes?: --jobs auto found \d+ cores with \d+ busy \(one-minute load\), room for (?:\d+ lanes?|no lane) at 1\.5 cores each(?: \(a run always has one\))?, memory for \d+( \(at most one per 4 files\))?\n$/,
      );
      const few = run(['a0.md', 'a1.md', '-f', 'json', '--verbose'], dir);
      expect(few.stderr).toBe('healthlint: 2 files to lint on 1 lane: fewer than 8 files lint on this thread\n');
      // Files found in the cache are not linted: only the rest count.
      run(['.', '-f', 'json', '--cache', '--jobs', '1'], dir);
      const cached = run(['.', '-f', 'json', '--verbose', '--cache', '--cache-strategy', 'content'], dir);
      expect(cached.stderr).toBe('healthlint: 0 files to lint on 1 lane: fewer than 8 files lint on this thread\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('HEALTHLINT_TIMING', () => {
  it('says what each lane linted and the CPU it took, and changes no finding', () => {
    const timing = { HEALTHLINT_TIMING: '1' };
    const one = run(['articles', '-f', 'json', '--jobs', '1'], root, timing);
    const two = run(['articles', '-f', 'json', '--jobs', '2'], root, timing);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    const files = pathsOf(one.stdout).length;
    const linted = (stderr: string): number[] =>
      [...stderr.matchAll(/^lane \d+ \([^)]*\): (\d+) files linted; (?:\d+\.\d\d s CPU|CPU not known here)/gm)].map(
        (match) => Number(match[1]),
      );
    expect(linted(one.stderr)).toEqual([files]);
    expect(one.stderr).toMatch(/^lane 0 \(main thread, the only lane\): /m);
    // Both lanes lint (each is handed files as it finishes), and together every file once.
    const lanes = linted(two.stderr);
    expect(lanes).toHaveLength(2);
    expect(lanes.reduce((sum, count) => sum + count, 0)).toBe(files);
    expect(two.stderr).toMatch(
      /^lane 0 \(main thread\): .*; every file's results rebuilt and reported in \d+\.\d\d s \(wall\)$/m,
    );
    expect(two.stderr).toMatch(/^lane 1 \(worker\): \d+ files linted; /m);
    // And what the process spent beside its lanes (V8's helper threads), on either number of lanes.
    const outside = /^process: \d+\.\d\d s CPU in all threads(; \d+\.\d\d s of it outside the lanes .*)?$/m;
    expect(one.stderr).toMatch(outside);
    expect(two.stderr).toMatch(outside);
    // Without the variable, nothing is said.
    expect(run(['articles', '-f', 'json', '--jobs', '2'], root).stderr).toBe('');
  }, 120_000);
});
