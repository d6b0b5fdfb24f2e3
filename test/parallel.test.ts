import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { lintText } from '../src/lint.js';
import { minFilesForWorkers, laneCount } from '../src/pool/lint-paths.js';
import { applyPlainResult, toPlainResult } from '../src/serialise.js';
import { reporters } from '../src/reporters/index.js';
import { loadBuiltMain, makeTree, runBuiltMain, runCli } from './cli-helpers.js';

const claims = [
  'This miracle supplement cures anxiety, experts say.',
  'The breakthrough pill cut the risk of stroke by 50%.',
  'Researchers found that coffee drinkers live longer, so coffee prevents death.',
  'A revolutionary new drug eliminates migraines in 9 out of 10 patients.',
  'Some doctors believe the treatment is completely safe and works for everyone.',
];

/**
 * Articles that give every kind of result a worker must carry back unchanged: findings from
 * several rules with notes, expected values and related places, a file that cannot be read, HTML
 * and plain text, and a subfolder whose own config changes severities (workers find configs by
 * path, as the main thread does).
 */
function articleTree(extra: Record<string, string | Buffer> = {}): string {
  const files: Record<string, string | Buffer> = {};
  for (let index = 0; index < 10; index++) {
    const claim = (offset: number): string => claims[(index + offset) % claims.length]!;
    files[`news/article-${index}.md`] =
      `# Story ${index}\n\nIn a study of ${100 + index} adults, ${claim(0).toLowerCase()}\n\n` +
      `- ${claim(1)}\n- Nothing to see in this item.\n\n` +
      `Patients took the drug for ${index + 2} weeks. ${claim(2)}\n`;
  }
  files['strict/.healthlintrc.json'] = JSON.stringify({ preset: 'strict' });
  files['strict/release.md'] = `# Release\n\n${claims.join(' ')}\n`;
  files['strict/page.html'] = `<html><body><h1>Clinic</h1><p>${claims[0]} ${claims[1]}</p></body></html>\n`;
  files['notes/plain.txt'] = `${claims[2]}\n\n${claims[3]}\n`;
  files['notes/binary.md'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
  return makeTree({ ...files, ...extra });
}

describe('--jobs: linting on worker threads', () => {
  beforeAll(async () => {
    await loadBuiltMain();
  }, 120_000);

  it('gives byte-identical output and exit codes in every format', { timeout: 240_000 }, async () => {
    const root = articleTree();
    for (const format of Object.keys(reporters)) {
      const sequential = await runBuiltMain(['--format', format, '--jobs', '1', '.'], root);
      const parallel = await runBuiltMain(['--format', format, '--jobs', '2', '.'], root);
      expect(parallel, format).toEqual(sequential);
      expect(sequential.stdout.length, format).toBeGreaterThan(0);
    }
  });

  it(
    'carries findings of several rules, severities from nested configs and read errors',
    { timeout: 120_000 },
    async () => {
      const root = articleTree();
      const { stdout } = await runBuiltMain(['--format', 'json', '--jobs', '2', '.'], root);
      const report = JSON.parse(stdout) as { path: string; messages: { ruleId: string; severity: string }[] }[];
      expect(report).toHaveLength(14);
      expect(new Set(report.flatMap((file) => file.messages.map((message) => message.ruleId))).size).toBeGreaterThan(2);
      const byPath = new Map(report.map((file) => [file.path, file.messages]));
      expect(byPath.get(join('notes', 'binary.md'))?.map((message) => message.ruleId)).toEqual(['read-error']);
      expect(byPath.get(join('strict', 'release.md'))?.some((message) => message.severity === 'error')).toBe(true);
    },
  );

  it(
    'keeps a baseline written sequentially valid for a parallel run (fingerprints read the prose document)',
    { timeout: 120_000 },
    async () => {
      const root = articleTree();
      const baseline = join(root, 'baseline.json');
      await runBuiltMain(['--jobs', '1', '--write-baseline', baseline, 'news'], root);
      const written = readFileSync(baseline, 'utf8');
      await runBuiltMain(['--jobs', '2', '--write-baseline', baseline, 'news'], root);
      expect(readFileSync(baseline, 'utf8')).toEqual(written);
      const parallel = await runBuiltMain(['--jobs', '2', '--baseline', baseline, 'news'], root);
      expect(parallel.code).toBe(0);
    },
  );

  it('stops at the same config error a sequential run stops at', { timeout: 120_000 }, async () => {
    const root = articleTree({ 'news/zz/.healthlintrc.json': '{ "preset": ', 'news/zz/late.md': 'Text.\n' });
    const sequential = await runBuiltMain(['--jobs', '1', '.'], root);
    const parallel = await runBuiltMain(['--jobs', '2', '.'], root);
    expect(sequential.code).toBe(2);
    expect(parallel).toEqual(sequential);
  });

  it('works end to end through the binary', { timeout: 120_000 }, () => {
    const root = articleTree();
    const sequential = runCli(['--jobs', '1', '.'], { cwd: root });
    const parallel = runCli(['--jobs', 'auto', '.'], { cwd: root });
    expect(parallel).toEqual(sequential);
    expect(runCli(['--jobs', '0', '.'], { cwd: root }).code).toBe(2);
  });
});

describe('laneCount', () => {
  it('stays on one thread for few files and never starts more workers than files justify', async () => {
    const built = (await import(new URL('../dist/src/pool/lint-paths.js', import.meta.url).href)) as {
      laneCount: typeof laneCount;
    };
    expect(built.laneCount(4, minFilesForWorkers - 1)).toBe(1);
    expect(built.laneCount(1, 1000)).toBe(1);
    expect(built.laneCount(4, 8)).toBe(2);
    expect(built.laneCount(4, 1000)).toBe(4);
    expect(built.laneCount('auto', 1000)).toBeGreaterThanOrEqual(1);
  });

  it('lints on this thread when run from the TypeScript sources, whose workers would run the build', () => {
    expect(laneCount(4, 1000)).toBe(1);
  });
});

describe('plain results', () => {
  it('rebuild messages with every field a reporter reads', () => {
    const linted = lintText(`# Title\n\n${claims.join(' ')}\n`, { filePath: 'a.md', config: { preset: 'strict' } });
    expect(linted.messages.length).toBeGreaterThan(0);
    const plain = JSON.parse(JSON.stringify(toPlainResult(linted))) as ReturnType<typeof toPlainResult>;
    const rebuilt = applyPlainResult(new VFile({ path: 'a.md', value: String(linted) }), plain);
    expect(rebuilt.messages.map((message) => ({ ...message }))).toEqual(
      linted.messages.map((message) => ({ ...message, ancestors: undefined, cause: undefined })),
    );
    expect(Object.getPrototypeOf(rebuilt.messages[0])).toBe(Object.getPrototypeOf(linted.messages[0]));
  });
});
