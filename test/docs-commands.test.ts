import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, git, repoRoot, siteFixture } from './workflow-helpers.js';

interface Block {
  line: number;
  marker: 'tested' | 'untested';
  exitCode: number;
  code: string;
}

/**
 * The fenced `sh` blocks of a Markdown page, each with the comment before it: `<!-- tested -->`,
 * `<!-- tested: exit 1 -->` or `<!-- untested: reason -->`. A block without a marker is an error,
 * so a command cannot slip into the docs without being run or explicitly excused.
 */
function shellBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /(?:<!--\s*(tested|untested)(?::\s*([^>]*?))?\s*-->\s*\n\s*\n)?```sh\n([\s\S]*?)```/g;
  for (const match of markdown.matchAll(pattern)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    if (!match[1]) throw new Error(`sh block at line ${line} has no <!-- tested --> or <!-- untested: why --> marker`);
    const exit = /^exit (\d+)$/.exec(match[2] ?? '');
    blocks.push({
      line,
      marker: match[1] as Block['marker'],
      exitCode: match[1] === 'tested' && exit ? Number(exit[1]) : 0,
      code: match[3] as string,
    });
  }
  return blocks;
}

/** A fresh repository like the docs assume: articles under `content/`, committed on `main`, healthlint on PATH. */
function docsRepository(): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'healthlint-docs-'));
  cpSync(siteFixture, join(root, 'content'), { recursive: true });
  git(['init', '-q'], root);
  git(['add', '.'], root);
  git(['commit', '-q', '-m', 'Articles'], root);
  const shims = join(root, '.bin');
  mkdirSync(shims);
  writeFileSync(join(shims, 'healthlint'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" --jobs 1 "$@"\n`);
  chmodSync(join(shims, 'healthlint'), 0o755);
  const env = {
    ...process.env,
    PATH: `${shims}${delimiter}${process.env['PATH'] ?? ''}`,
    GIT_AUTHOR_NAME: 'Docs',
    GIT_AUTHOR_EMAIL: 'docs@example.invalid',
    GIT_COMMITTER_NAME: 'Docs',
    GIT_COMMITTER_EMAIL: 'docs@example.invalid',
  };
  return { root, env };
}

for (const page of ['docs/adopting.md', 'docs/ci.md']) {
  describe(page, () => {
    const blocks = shellBlocks(readFileSync(join(repoRoot, page), 'utf8'));

    it('has tested commands, and a reason for every untested one', () => {
      expect(blocks.filter((block) => block.marker === 'tested').length).toBeGreaterThanOrEqual(2);
    });

    it('runs every tested command, in order, with the exit code it documents', { timeout: 120_000 }, () => {
      const { root, env } = docsRepository();
      for (const block of blocks.filter((candidate) => candidate.marker === 'tested')) {
        const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', block.code], {
          cwd: root,
          env,
          encoding: 'utf8',
        });
        expect(result.status, `${page}:${block.line}\n${block.code}\n${result.stdout}\n${result.stderr}`).toBe(
          block.exitCode,
        );
      }
    });
  });
}
