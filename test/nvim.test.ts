/**
 * End to end with a real editor: Debian's Neovim, driven headlessly by the shared
 * nvim-lsp-diagnostics.lua client, runs the language server on the seed article and must receive
 * exactly the CLI's findings. Skipped only on a developer machine without Neovim; in CI (which
 * installs it) a missing Neovim fails the test.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node.js';
import { repoRoot, serverBin } from './server-client.js';

const run = promisify(execFile);
const luaClient = join(repoRoot, '..', 'shared', 'tools', 'nvim-lsp-diagnostics.lua');
const article = join('fixtures', 'ketamine-burnout.txt');
const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
const inCi = Boolean(process.env['CI']);

const hasClient = existsSync(luaClient);

if (!hasNvim && !inCi) {
  console.warn('Skipping the Neovim end-to-end test: `nvim` is not installed (apt-get install -y neovim).');
}
if (!hasClient) {
  console.warn(`Skipping the Neovim end-to-end test: ../shared is not beside this checkout (${luaClient} is missing).`);
}

interface NvimOutput {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  messages: { message: string }[];
  codeActions?: CodeAction[];
  error?: string;
}

describe.skipIf((!hasNvim && !inCi) || !hasClient)('Neovim end to end', () => {
  it('receives the CLI’s findings and quick fixes for the seed article', async () => {
    expect(hasNvim, 'CI must install Neovim (.ci/run does)').toBe(true);
    const [nvim, cli] = await Promise.all([
      run(
        'nvim',
        [
          '--headless',
          '-u',
          'NONE',
          '-i',
          'NONE',
          '-n',
          '-c',
          `luafile ${luaClient}`,
          '--',
          article,
          process.execPath,
          serverBin,
          '--stdio',
        ],
        {
          cwd: repoRoot,
          env: { ...process.env, LSP_ROOT: repoRoot, LSP_CODE_ACTIONS: '1', LSP_TIMEOUT_MS: '60000' },
          timeout: 90_000,
        },
      ),
      run(process.execPath, [join(repoRoot, 'bin', 'healthlint.js'), '--format', 'json', article], {
        cwd: repoRoot,
      }).catch((error: { code?: number; stdout?: string }) => {
        if (error.code === 1 && error.stdout) return { stdout: error.stdout };
        throw error;
      }),
    ]);
    const output = JSON.parse(nvim.stdout) as NvimOutput;
    expect(output.error).toBeUndefined();
    const fromNvim = output.diagnostics.map((d) => ({
      ruleId: d.code,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      reason: d.message,
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    }));
    const [file] = JSON.parse(cli.stdout) as {
      messages: {
        ruleId: string;
        reason: string;
        severity: string;
        line: number;
        column: number;
        place: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
      }[];
    }[];
    const fromCli = (file?.messages ?? []).map((m) => ({
      ruleId: m.ruleId,
      line: m.place?.start.line ?? m.line,
      column: m.place?.start.column ?? m.column,
      endLine: m.place?.end.line ?? m.line,
      endColumn: m.place?.end.column ?? m.column,
      reason: m.reason,
      severity: m.severity,
    }));
    expect(fromCli.length).toBeGreaterThan(0);
    expect(fromNvim).toEqual(fromCli);
    expect(output.diagnostics.every((d) => d.source === 'healthlint')).toBe(true);
    const titles = (output.codeActions ?? []).map((action) => action.title);
    expect(titles).toContain(`Disable «${fromCli[0]?.ruleId}» in this project`);
  }, 120_000);
});
