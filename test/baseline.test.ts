import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineOf, readBaseline, type Baseline } from '../src/baseline.js';
import { findingKeyOf, fingerprintOf } from '../src/fingerprint.js';
import { lintText } from '../src/lint.js';
import { onlyRules } from './helpers.js';
import { appendTo, prependTo, runCli, siteRepository } from './workflow-helpers.js';

const hypeOnly = onlyRules({ hype: 'warn' });

function keysOf(text: string, path = 'a.md') {
  const file = lintText(text, { config: hypeOnly, filePath: path, cwd: '/site' });
  return file.messages.map((message) => findingKeyOf(file, message, path));
}

describe('fingerprints', () => {
  const original = 'Intro paragraph.\n\nThis miracle cure works for some people. Others see nothing.\n';

  it('key on rule, file, flagged text and its sentence', () => {
    expect(keysOf(original)).toEqual([
      { rule: 'hype', path: 'a.md', text: 'miracle', sentence: 'This miracle cure works for some people.' },
    ]);
  });

  it('survive lines added above and other paragraphs changing', () => {
    const edited =
      '# New heading\n\nA rewritten intro, longer than before.\n\nThis miracle cure works for some people. Others see nothing.\n';
    expect(keysOf(edited).map(fingerprintOf)).toEqual(keysOf(original).map(fingerprintOf));
  });

  it('survive the sentence being re-wrapped and other sentences in the paragraph changing', () => {
    const rewrapped = 'Intro paragraph.\n\nThis   miracle cure works\nfor some people. A new closing sentence.\n';
    expect(keysOf(rewrapped).map(fingerprintOf)).toEqual(keysOf(original).map(fingerprintOf));
  });

  it('change when the sentence itself or the file changes', () => {
    const [base] = keysOf(original).map(fingerprintOf);
    expect(keysOf(original.replace('some people', 'many people')).map(fingerprintOf)).not.toContain(base);
    expect(keysOf(original, 'b.md').map(fingerprintOf)).not.toContain(base);
  });
});

describe('baseline matching', () => {
  const lint = (text: string) => [lintText(text, { config: hypeOnly, filePath: 'a.md', cwd: '/site' })];

  it('counts repeated identical findings and reports only the extra ones', () => {
    const baseline = baselineOf(lint('A miracle drug. A miracle drug.\n'), '/site/baseline.json');
    expect(baseline.findings).toMatchObject([{ text: 'miracle', sentence: 'A miracle drug.', count: 2 }]);

    const files = lint('A miracle drug. A miracle drug. A miracle drug.\n');
    const result = applyBaseline(files, baseline, '/site/baseline.json');
    expect(result).toMatchObject({ suppressed: 2, introduced: 1, fixed: [] });
    expect(files[0]?.messages).toHaveLength(1);
  });

  it('reports findings that disappeared as fixed and prunes them', () => {
    const baseline = baselineOf(
      lint('A miracle drug. A miracle drug.\n\nA breakthrough treatment.\n'),
      '/site/baseline.json',
    );
    const result = applyBaseline(lint('A miracle drug.\n'), baseline, '/site/baseline.json');
    expect(result.fixed.map(({ text, count }) => ({ text, count }))).toEqual([
      { text: 'breakthrough', count: 1 },
      { text: 'miracle', count: 1 },
    ]);
    expect(result.pruned.findings.map(({ text, count }) => ({ text, count }))).toEqual([{ text: 'miracle', count: 1 }]);
  });
});

describe('healthlint --write-baseline / --baseline / --prune-baseline', () => {
  it('records today, fails only on new findings, reports and prunes fixed ones', async () => {
    const root = siteRepository();
    const write = await runCli(['--write-baseline', '.healthlint-baseline.json', 'site'], root);
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/recorded \d+ findings in \.healthlint-baseline\.json/);
    const recorded = JSON.parse(readFileSync(join(root, '.healthlint-baseline.json'), 'utf8')) as Baseline;
    expect(recorded).toMatchObject({ healthlint: 'baseline', version: 1 });
    expect(recorded.findings.length).toBeGreaterThanOrEqual(8);
    expect(recorded.findings.every((entry) => entry.path.startsWith('site/') && !('line' in entry))).toBe(true);

    // Edits elsewhere: a new heading shifts every line of one article; a paragraph changes in another.
    prependTo(join(root, 'site/new-migraine-drug.md'), '# Updated\n\n');
    appendTo(join(root, 'site/cold-water.md'), '\nA new closing paragraph without hype.\n');
    const unchanged = await runCli(['--baseline', '.healthlint-baseline.json', '--max-warnings', '0', 'site'], root);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stderr).toMatch(/\d+ findings in \.healthlint-baseline\.json hidden, 0 new/);

    // A new finding fails the run (as the only finding reported); a removed one is fixed.
    appendTo(join(root, 'site/flu-vaccine.md'), '\nThis miraculous vaccine protects patients from flu.\n');
    const caffeine = join(root, 'site/caffeine.txt');
    writeFileSync(caffeine, readFileSync(caffeine, 'utf8').replace(/\nEnergy drinks[^]*$/, '')); // its last paragraph
    const gated = await runCli(
      ['--baseline', '.healthlint-baseline.json', '--max-warnings', '0', '-f', 'json', 'site'],
      root,
    );
    expect(gated.code).toBe(1);
    const reported = (JSON.parse(gated.stdout) as { path: string; messages: { reason: string }[] }[]).flatMap((file) =>
      file.messages.map((message) => `${file.path} ${message.reason}`),
    );
    expect(reported).toContainEqual(expect.stringMatching(/^site\/flu-vaccine\.md .*`miraculous`/));
    expect(reported.filter((line) => !line.startsWith('site/flu-vaccine.md'))).toEqual([]);
    const fixedCount = Number(/(\d+) baseline findings? fixed \(run with --prune-baseline/.exec(gated.stderr)?.[1]);
    expect(fixedCount).toBeGreaterThanOrEqual(1);
    expect(gated.stderr).toContain('fixed: site/caffeine.txt  hype  `remarkable`');

    const pruned = await runCli(['--baseline', '.healthlint-baseline.json', '--prune-baseline', 'site'], root);
    expect(pruned.stderr).toMatch(/removed from \.healthlint-baseline\.json/);
    const after = readBaseline(join(root, '.healthlint-baseline.json'));
    expect(after.findings).toHaveLength(recorded.findings.length - fixedCount);
    expect(after.findings.some((entry) => entry.path === 'site/caffeine.txt')).toBe(false);
    expect(after.findings.some((entry) => entry.text === 'remarkable')).toBe(false);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stores paths relative to the baseline file, so it works from another folder', async () => {
    const root = siteRepository();
    await runCli(['--write-baseline', '.healthlint-baseline.json', 'site'], root);
    const fromSite = await runCli(
      ['--baseline', '../.healthlint-baseline.json', '--max-warnings', '0', '.'],
      join(root, 'site'),
    );
    expect(fromSite.stderr).toMatch(/, 0 new/);
    expect(fromSite.code).toBe(0);
  });

  it('treats findings of deleted articles as fixed, and never baselines unreadable files', async () => {
    const root = siteRepository();
    writeFileSync(join(root, 'site/broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    const write = await runCli(['--write-baseline', 'baseline.json', 'site'], root);
    expect(write.code).toBe(1); // the unreadable file still fails
    expect(readFileSync(join(root, 'baseline.json'), 'utf8')).not.toContain('broken.txt');

    rmSync(join(root, 'site/broken.txt'));
    rmSync(join(root, 'site/walking.txt'));
    const run = await runCli(['--baseline', 'baseline.json', 'site'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('fixed: site/walking.txt');
  });

  it('explains bad baselines and flags in one line (exit 2)', async () => {
    const root = siteRepository();
    mkdirSync(join(root, 'bad'));
    writeFileSync(join(root, 'bad/newer.json'), '{"healthlint":"baseline","version":2,"findings":[]}');
    writeFileSync(join(root, 'bad/broken.json'), '{"healthlint":');
    writeFileSync(join(root, 'bad/other.json'), '{"version":1,"findings":[]}');
    const cases: [string[], RegExp][] = [
      [
        ['--baseline', 'missing.json', 'site'],
        /Cannot read baseline missing\.json: no such file \(create one with --write-baseline/,
      ],
      [['--baseline', 'bad/newer.json', 'site'], /version 2 needs a newer healthlint/],
      [['--baseline', 'bad/broken.json', 'site'], /invalid JSON/],
      [['--baseline', 'bad/other.json', 'site'], /not a healthlint baseline/],
      [['--prune-baseline', 'site'], /--prune-baseline needs --baseline FILE/],
      [['--write-baseline', 'b.json', '--changed-since', 'HEAD', 'site'], /cannot be combined with --changed-since/],
    ];
    for (const [args, expected] of cases) {
      const result = await runCli(args, root);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
