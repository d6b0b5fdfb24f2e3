/**
 * End to end with GNU Emacs and eglot (Debian 12: emacs-nox 28, elpa-eglot 1.9,
 * elpa-markdown-mode), in batch mode, with the configuration docs/editors.md gives
 * (test/emacs/healthlint.el): Flymake must show exactly the CLI's findings, at the same
 * places, on the seed and on a Markdown file with "é" and emoji before its findings, and
 * "Add «word» to the project dictionary" must clear the word's diagnostic at once, 5 times in 5.
 * Skipped only on a developer machine without Emacs; in CI (which installs it) it must run.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, serverBin } from './server-client.js';

const run = promisify(execFile);
const emacsDir = join(repoRoot, 'test', 'emacs');
const hasEmacs = spawnSync('emacs', ['--version'], { stdio: 'ignore' }).status === 0;
const hasEglot =
  hasEmacs &&
  spawnSync(
    'emacs',
    ['--batch', '--eval', "(progn (package-activate-all) (require 'eglot) (require 'markdown-mode))"],
    {
      stdio: 'ignore',
    },
  ).status === 0;
const inCi = Boolean(process.env['CI']);
const words = ['zorblaxine', 'quendrofin', 'vextramin', 'plonkarin', 'drubbelcor'];

if (!hasEglot && !inCi) {
  console.warn(
    'Skipping the Emacs end-to-end test: Emacs with eglot and markdown-mode is not installed ' +
      '(apt-get install -y --no-install-recommends emacs-nox elpa-eglot elpa-markdown-mode).',
  );
}

interface Position {
  line: number;
  character: number;
}
interface Shown {
  code: string;
  severity: number;
  message: string;
  text: string;
  start: Position;
  end: Position;
}
interface EmacsOutput {
  files: { file: string; mode: string; diagnostics: Shown[] }[];
  addWord: { word: string; gone: boolean; goneAtReply: boolean; ms: number; afterReplyMs: number }[];
  error?: string;
}
interface CliMessage {
  ruleId: string;
  reason: string;
  severity: string;
  place: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
}

describe.skipIf(!hasEglot && !inCi)('Emacs (eglot) end to end', () => {
  const project = mkdtempSync(join(tmpdir(), 'healthlint-emacs-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('shows the CLI’s findings at the CLI’s places, and a dictionary word clears at once', async () => {
    expect(hasEglot, 'CI must install emacs-nox, elpa-eglot and elpa-markdown-mode (.ci/run does)').toBe(true);
    const files = ['ketamine-burnout.txt', 'non-ascii.md'];
    copyFileSync(join(repoRoot, 'fixtures', 'ketamine-burnout.txt'), join(project, files[0]!));
    copyFileSync(join(emacsDir, 'non-ascii.md'), join(project, files[1]!));
    // The snippet starts `healthlint-language-server` from PATH, as an installed one would be.
    const bin = join(project, '.bin');
    mkdirSync(bin);
    const launcher = join(bin, 'healthlint-language-server');
    writeFileSync(launcher, `#!/bin/sh\nexec '${process.execPath}' '${serverBin}' "$@"\n`);
    chmodSync(launcher, 0o755);

    const cli = await run(process.execPath, [join(repoRoot, 'bin', 'healthlint.js'), '--format', 'json', ...files], {
      cwd: project,
    }).catch((error: { code?: number; stdout?: string }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw error;
    });
    const emacs = await run('emacs', ['--batch', '-l', join(emacsDir, 'eglot-diagnostics.el')], {
      cwd: project,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        HEALTHLINT_EMACS_FILES: files.join(' '),
        HEALTHLINT_EMACS_ADD_WORDS: words.join(' '),
      },
      timeout: 55_000,
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '{}', stderr: error.stderr }));
    const output = JSON.parse(emacs.stdout) as EmacsOutput;
    expect(output.error, `Emacs failed: ${emacs.stderr}`).toBeUndefined();

    const reported = JSON.parse(cli.stdout) as { path: string; messages: CliMessage[] }[];
    for (const file of files) {
      const fromCli = (reported.find((entry) => entry.path === file)?.messages ?? []).map((m) => ({
        code: m.ruleId,
        severity: m.severity === 'error' ? 1 : m.severity === 'warning' ? 2 : 3,
        message: m.reason,
        // The CLI counts lines and columns from 1, in UTF-16 code units like LSP.
        start: { line: m.place!.start.line - 1, character: m.place!.start.column - 1 },
        end: { line: m.place!.end.line - 1, character: m.place!.end.column - 1 },
      }));
      const shown = output.files.find((entry) => entry.file === file);
      expect(shown?.mode).toBe(file.endsWith('.md') ? 'markdown-mode' : 'text-mode');
      expect(fromCli.length).toBeGreaterThan(0);
      expect(
        shown?.diagnostics.map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end })),
      ).toEqual(fromCli);
    }

    // Five runs: each word's diagnostic is gone when the command returns. (`ms`, from choosing the
    // action, includes the server's edit and re-lint of both documents; it is logged, not bounded.)
    expect(output.addWord.map((run) => run.word)).toEqual(words);
    for (const run of output.addWord) {
      expect(run.gone, `${run.word} still flagged`).toBe(true);
      // Emacs 28 leaves a publication that arrives after the reply unread until the server
      // writes again, so the refresh must already be on screen when the command returns.
      expect(run.goneAtReply, `${run.word} still flagged when the command returned`).toBe(true);
      expect(run.afterReplyMs, `${run.word} cleared ${run.afterReplyMs} ms after the reply`).toBeLessThanOrEqual(1000);
    }
    const config = JSON.parse(readFileSync(join(project, '.healthlintrc.json'), 'utf8')) as {
      rules: { spelling: [string, { words: string[] }] };
    };
    expect(config.rules.spelling[1].words).toEqual(words);
    console.info(
      `Emacs: add-word refresh ${output.addWord.map((r) => `${r.word} ${r.ms} ms (${r.afterReplyMs} ms after the reply)`).join(', ')}`,
    );
  }, 60_000);
});

describe('Emacs docs', () => {
  it('loads the very snippet docs/editors.md gives', () => {
    const snippet = readFileSync(join(emacsDir, 'healthlint.el'), 'utf8');
    const docs = readFileSync(join(repoRoot, 'docs', 'editors.md'), 'utf8');
    expect(docs).toContain('```elisp\n' + snippet + '```');
  });
});
