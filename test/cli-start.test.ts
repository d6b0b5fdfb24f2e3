import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProgress, ProgressLine } from '../src/cli/progress.js';
import { binPath, makeTree, runCli } from './cli-helpers.js';

const temporary: string[] = [];
const tree = (files: Record<string, string>): string => {
  const root = makeTree(files);
  temporary.push(root);
  return root;
};
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

const british = 'The colour of the tumour was analysed at the centre; we organised care.\n';
const american = 'The color of the tumor was analyzed at the center; we organized care.\n';
const neutral = 'Take the tablet with water.\n';

/** Runs the CLI with standard error (and output) on a pseudo-terminal, as a person at a terminal does. */
function runOnTerminal(args: string[], cwd: string): string {
  const command = [process.execPath, binPath, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return result.stdout;
}

describe('progress on a terminal', () => {
  // 60 copies of the seed (~60,000 words): long enough for the line to appear even on a fast machine.
  const seed = readFileSync(new URL('../fixtures/ketamine-burnout.txt', import.meta.url), 'utf8');
  const articles = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`posts/${index}.txt`, seed]));

  it('describes files done, the rate and the time left', () => {
    expect(describeProgress(120, 500, 3)).toBe('healthlint: 120/500 files, 40 files/s, about 10 s left');
    expect(describeProgress(5, 500, 2)).toBe('healthlint: 5/500 files, 2.5 files/s, about 3 min 18 s left');
    expect(describeProgress(500, 500, 10)).toBe('healthlint: 500/500 files, 50 files/s');
  });

  it('draws no line for a run that ends at once, and wipes the line it drew', () => {
    let clock = 0;
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream;
    const quick = new ProgressLine(stream as never, 3, () => clock);
    quick.tick();
    quick.finish();
    expect(written).toEqual([]);
    const slow = new ProgressLine(stream as never, 3, () => clock);
    clock = 1000;
    slow.tick();
    slow.finish();
    expect(written).toEqual(['\r\x1b[2Khealthlint: 1/3 files, 1.0 files/s, about 2 s left', '\r\x1b[2K']);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'shows on a terminal, never on a pipe, with --quiet or --no-progress, and never in the report',
    { timeout: 180_000 },
    () => {
      const root = tree(articles);
      // A slow machine or a fast one: the line appears only after 300 ms, so make the run long enough.
      const terminal = runOnTerminal(['--jobs', '1', '--format', 'json', '--output', 'report.json', 'posts'], root);
      expect(terminal).toMatch(/healthlint: \d+\/60 files/);
      expect(terminal).toContain('\r\x1b[2K');
      expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toHaveLength(60);

      for (const flags of [['--quiet'], ['--no-progress']]) {
        expect(runOnTerminal(['--jobs', '1', ...flags, '-o', 'out.txt', 'posts'], root)).not.toMatch(
          /files\/s|\/60 files/,
        );
      }
      const piped = runCli(['--jobs', '1', '--format', 'json', 'posts'], { cwd: root });
      expect(piped.stderr).toBe('');
      expect(JSON.parse(piped.stdout)).toHaveLength(60);
    },
  );
});

describe('healthlint --init', () => {
  it('writes a config with the dialect the articles use, $schema and an ignore file', () => {
    const root = tree({ 'a.md': british, 'b.md': british, 'c.md': british, 'd.md': american, 'e.txt': neutral });
    const result = runCli(['--init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/language auto \(3 British and 1 American articles/);
    const config = JSON.parse(readFileSync(join(root, '.healthlintrc.json'), 'utf8')) as Record<string, unknown>;
    // 3 of 4 is under the 80 % agreement needed to name a dialect.
    expect(config).toMatchObject({ preset: 'recommended', language: 'auto', rules: {} });
    expect(existsSync(join(root, config['$schema'] as string))).toBe(true);
    expect(readFileSync(join(root, '.healthlintignore'), 'utf8')).toMatch(/^dist\/$/m);
    // The config it wrote is one the CLI accepts.
    expect(runCli(['--print-config', 'a.md'], { cwd: root }).code).toBe(0);
    expect(runCli(['.'], { cwd: root }).code).not.toBe(2);
  });

  it('names a dialect when the articles agree, and auto when there are none', () => {
    const gb = tree({ 'a.md': british, 'b.md': british, 'c.txt': neutral });
    runCli(['--init'], { cwd: gb });
    expect(JSON.parse(readFileSync(join(gb, '.healthlintrc.json'), 'utf8')).language).toBe('en-GB');
    const us = tree({ 'a.md': american });
    runCli(['--init'], { cwd: us });
    expect(JSON.parse(readFileSync(join(us, '.healthlintrc.json'), 'utf8')).language).toBe('en-US');
    const empty = tree({ 'README.txt': neutral });
    runCli(['--init'], { cwd: empty });
    expect(JSON.parse(readFileSync(join(empty, '.healthlintrc.json'), 'utf8')).language).toBe('auto');
  });

  it('never overwrites, and never writes a config beside another one', () => {
    const root = tree({ 'a.md': british, '.healthlintrc.yaml': 'preset: strict\n', '.healthlintignore': 'drafts/\n' });
    const result = runCli(['--init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Kept \.healthlintrc\.yaml/);
    expect(result.stdout).toMatch(/Kept \.healthlintignore/);
    expect(existsSync(join(root, '.healthlintrc.json'))).toBe(false);
    expect(readFileSync(join(root, '.healthlintignore'), 'utf8')).toBe('drafts/\n');

    const again = tree({ 'a.md': british });
    runCli(['--init'], { cwd: again });
    writeFileSync(join(again, '.healthlintrc.json'), '{"preset": "strict"}\n');
    expect(runCli(['--init'], { cwd: again }).stdout).toMatch(/Kept \.healthlintrc\.json/);
    expect(readFileSync(join(again, '.healthlintrc.json'), 'utf8')).toBe('{"preset": "strict"}\n');

    const packaged = tree({ 'a.md': british, 'package.json': '{"name": "site", "healthlint": {"preset": "strict"}}' });
    expect(runCli(['--init'], { cwd: packaged }).stdout).toMatch(/Kept the "healthlint" field of package\.json/);
    expect(existsSync(join(packaged, '.healthlintrc.json'))).toBe(false);
  });
});

describe('a reader that goes away', () => {
  it('ends quietly with the SIGPIPE status when the output pipe closes (`healthlint … | head -1`)', () => {
    const flagged = 'Research has shown that the tablet works.\n';
    const root = tree(Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`${index}.md`, flagged])));
    // `head -1` closes the pipe after one line. The report (about 500 KB) is written in large blocks,
    // so it must be far larger than a pipe's buffer (64 KB) for a write to meet the closed pipe:
    // a report that fits is written whole before `head` exits, and then status 0 is right, as for `cat`.
    const command = `'${process.execPath}' '${binPath}' --no-progress --format json . | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /u);
    expect(result.stderr).toContain('status=141');
  });
});
