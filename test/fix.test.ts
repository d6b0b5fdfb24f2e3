import { chmodSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFixes } from '../src/cli/fix.js';
import type { CliIo } from '../src/cli/io.js';
import { encodeLike, unifiedDiff } from '../src/fix.js';
import { ConfigResolver, lintText } from '../src/lint.js';
import { decodeText } from '../src/read.js';
import { oneEditApart } from '../src/words/edits.js';

const isSingleEdit = (a: string, b: string): boolean => oneEditApart(a.toLowerCase(), b.toLowerCase());
import { makeTree, parseJsonReport, runCli } from './cli-helpers.js';

const temporary: string[] = [];
const tree = (files: Record<string, string | Buffer>): string => {
  const root = makeTree(files);
  temporary.push(root);
  return root;
};
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

// Claims, statistics and a hedge that must survive --fix word for word, around two safe fixes
// (American spellings in an article configured as British) and one unsafe one ("recieved" has two
// candidates one letter away: received, relieved).
const article = [
  '# Ketamine for burnout',
  '',
  'Ketamine infusions are highly effective and reverse depression in 75% of patients.',
  'The trial was randomized, and the patient recieved a color-coded card.',
  'It may help some people.',
  '',
].join('\n');

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const root = tree({ 'post.md': article });
    const result = runCli(['--fix-dry-run', '--language', 'en-GB', 'post.md'], { cwd: root });
    expect(result.stdout).toBe(
      [
        '--- a/post.md',
        '+++ b/post.md',
        '@@ -1,5 +1,5 @@',
        ' # Ketamine for burnout',
        ' ',
        ' Ketamine infusions are highly effective and reverse depression in 75% of patients.',
        '-The trial was randomized, and the patient recieved a color-coded card.',
        '+The trial was randomised, and the patient recieved a colour-coded card.',
        ' It may help some people.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toMatch(/post\.md:4:15 {2}randomized → randomised {2}spelling/);
    expect(result.stderr).toMatch(/would fix 2 problems in 1 file/);
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(article);
    expect(result.code).toBe(0);
  });

  it('--fix rewrites only safe fixes and reports what remains', () => {
    const root = tree({ 'post.md': article });
    const result = runCli(['--fix', '--language', 'en-GB', '--format', 'json', 'post.md'], { cwd: root });
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(
      article.replace('randomized', 'randomised').replace('color-coded', 'colour-coded'),
    );
    expect(result.stderr).toMatch(/fixed 2 problems in 1 file/);
    const remaining = parseJsonReport(result.stdout)[0]!.messages.map((message) => message.ruleId);
    expect(remaining).toContain('spelling'); // recieved: two candidates, left to the writer
    expect(remaining).toContain('unqualified-efficacy-claim');
    expect(remaining).toContain('unsupported-statistic');
    // A second run has nothing left to fix.
    expect(runCli(['--fix', '--language', 'en-GB', 'post.md'], { cwd: root }).stderr).toMatch(/no safe fixes/);
  });

  it('applies house-style substitutions, and never its existence checks', () => {
    const config = {
      rules: {
        'house-style': [
          'warn',
          {
            terms: [
              { id: 'person-first', match: ['diabetics'], prefer: 'people with diabetes' },
              { id: 'no-superfood', match: ['superfood'] },
            ],
          },
        ],
      },
    };
    const text = 'Diabetics often ask whether kale is a superfood.\n';
    const root = tree({ 'post.md': text, '.healthlintrc.json': JSON.stringify(config) });
    const result = runCli(['--fix', '--format', 'json', 'post.md'], { cwd: root });
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(
      'People with diabetes often ask whether kale is a superfood.\n',
    );
    expect(result.stderr).toMatch(/Diabetics → People with diabetes {2}house-style/);
    expect(parseJsonReport(result.stdout)[0]!.messages.map((message) => message.ruleId)).toContain('house-style');
  });

  it('never fixes a dialect it only guessed', () => {
    const british = 'The colour of the tumour was analysed in the centre; the trial was randomized.\n';
    const root = tree({ 'post.md': british });
    runCli(['--fix', 'post.md'], { cwd: root });
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(british);
  });

  it('keeps line endings, the byte-order mark, the encoding and the file mode', () => {
    const crlf = `\uFEFF${article.replaceAll('\n', '\r\n')}`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]);
    const root = tree({ 'crlf.md': crlf, 'wide.md': utf16 });
    chmodSync(join(root, 'crlf.md'), 0o600);
    expect(runCli(['--fix', '--language', 'en-GB', 'crlf.md', 'wide.md'], { cwd: root }).stderr).toMatch(
      /fixed 4 problems in 2 files/,
    );
    const fixed = readFileSync(join(root, 'crlf.md'));
    expect(fixed.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fixed.toString('utf8')).toBe(crlf.replace('randomized', 'randomised').replace('color-', 'colour-'));
    expect(statSync(join(root, 'crlf.md')).mode & 0o777).toBe(0o600);
    const wide = readFileSync(join(root, 'wide.md'));
    expect(wide.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(wide.subarray(2).toString('utf16le')).toContain('randomised');
  });

  it('leaves symbolic links and standard input alone', () => {
    const root = tree({ 'real.md': article });
    symlinkSync(join(root, 'real.md'), join(root, 'link.md'));
    const result = runCli(['--fix', '--language', 'en-GB', 'link.md'], { cwd: root });
    expect(result.stderr).toMatch(/not fixed link\.md: it is not a regular file/);
    expect(readFileSync(join(root, 'real.md'), 'utf8')).toBe(article);
    const stdin = runCli(['--fix', '--stdin'], { cwd: root, input: article });
    expect(stdin).toMatchObject({ code: 2, stdout: '' });
    expect(stdin.stderr.trim().split('\n')).toEqual([
      'healthlint: --fix needs files: use --fix-dry-run to see the changes to standard input',
    ]);
    const diff = runCli(['--fix-dry-run', '--language', 'en-GB', '--stdin', '--stdin-filename', 'x.md'], {
      cwd: root,
      input: article,
    });
    expect(diff.stdout).toMatch(/^\+The trial was randomised/m);
  });

  it('does not fix a file that changed after it was linted', () => {
    const root = tree({ 'post.md': article });
    const linted = lintText(article, { filePath: join(root, 'post.md'), config: { language: 'en-GB' } });
    linted.path = 'post.md';
    writeFileSync(join(root, 'post.md'), `${article}An edit made meanwhile.\n`);
    const stderr: string[] = [];
    const io = { cwd: root, stderr: { write: (text: string) => stderr.push(text) } } as unknown as CliIo;
    runFixes([linted], false, new ConfigResolver({ cwd: root }), io);
    expect(stderr.join('')).toMatch(/not fixed post\.md: it changed while it was linted/);
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(`${article}An edit made meanwhile.\n`);
  });
});

describe('fix helpers', () => {
  it('tells one-letter slips from other words', () => {
    expect(isSingleEdit('recieve', 'receive')).toBe(true); // swapped neighbours
    expect(isSingleEdit('color', 'colour')).toBe(true);
    expect(isSingleEdit('Freundenberger', 'Freudenberger')).toBe(true);
    expect(isSingleEdit('anaemia', 'anemia')).toBe(true);
    expect(isSingleEdit('program', 'programme')).toBe(false);
    expect(isSingleEdit('acheive', 'achieve')).toBe(true);
    expect(isSingleEdit('abc', 'cba')).toBe(false);
    expect(isSingleEdit('same', 'same')).toBe(false);
  });

  it('writes a diff git apply and patch accept, with a missing final newline marked', () => {
    expect(unifiedDiff('a.txt', 'one\ntwo', 'one\nTWO')).toBe(
      '--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+TWO\n\\ No newline at end of file\n',
    );
    const long = Array.from({ length: 20 }, (_, index) => `line ${index}`).join('\n') + '\n';
    const diff = unifiedDiff('b.txt', long, long.replace('line 2\n', 'LINE 2\n').replace('line 15', 'LINE 15'));
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -13,7 +13,7 @@']);
  });

  it('encodes a fixed text the way the original was stored', () => {
    for (const original of [
      Buffer.from('plain'),
      Buffer.from('\uFEFFbom'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('big', 'utf16le').swap16()]),
    ]) {
      const text = (decodeText(original) as { text: string }).text;
      const bytes = encodeLike(original, `${text} fixed`)!;
      expect(bytes.subarray(0, 2)).toEqual(original.subarray(0, 2));
      expect((decodeText(bytes) as { text: string }).text).toBe(`${text} fixed`);
    }
  });
});
