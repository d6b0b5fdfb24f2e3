/**
 * The VS Code extension cannot be run here (VS Code cannot be downloaded), so this checks what can
 * be: `npm run package:vscode`'s script builds a .vsix offline that holds the client, the bundled
 * server and the files the server reads at run time, and the bundled server, started on its own,
 * reports the CLI's findings.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, repoRoot } from './server-client.js';

const run = promisify(execFile);
const extension = join(repoRoot, 'editors', 'vscode');

describe('VS Code extension package', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'healthlint-vsix-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('type-checks the extension client against the VS Code 1.82 API', async () => {
    await run(
      process.execPath,
      [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(extension, 'tsconfig.json')],
      {
        cwd: repoRoot,
        timeout: 60_000,
      },
    );
  });

  it('packages offline into a self-contained .vsix whose bundled server lints like the CLI', async () => {
    const vsix = join(out, 'healthlint.vsix');
    await run(process.execPath, [join(extension, 'scripts', 'package.mjs'), '--out', vsix], {
      cwd: repoRoot,
      timeout: 60_000,
    });
    // Zip entry names are stored uncompressed, so the archive's table of contents can be read as text.
    const archive = readFileSync(vsix).toString('latin1');
    for (const entry of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/server.mjs',
      'extension/dist/dictionaries/',
      'extension/dist/dictionaries/hunspell-en.txt',
      'extension/dist/healthlintrc.schema.json',
    ]) {
      expect(archive, entry).toContain(entry);
    }
    expect(archive).not.toContain('extension/src/');

    const article = join(repoRoot, 'fixtures', 'lsp', 'article.md');
    const client = await LspClient.start({
      command: [process.execPath, join(extension, 'dist', 'server.mjs'), '--stdio'],
      workspaceFolders: [{ uri: pathToFileURL(join(repoRoot, 'fixtures', 'lsp')).href, name: 'lsp' }],
    });
    try {
      const uri = pathToFileURL(article).href;
      await client.open(uri, readFileSync(article, 'utf8'));
      const { diagnostics } = await client.diagnostics(uri);
      const cli = await run(process.execPath, [join(repoRoot, 'bin', 'healthlint.js'), '--format', 'json', article], {
        cwd: repoRoot,
      }).catch((error: { code?: number; stdout?: string }) => {
        if (error.code === 1 && error.stdout) return { stdout: error.stdout };
        throw error;
      });
      const [file] = JSON.parse(cli.stdout) as { messages: { ruleId: string; reason: string; line: number }[] }[];
      const expected = (file?.messages ?? []).map((m) => [m.ruleId, m.line, m.reason]);
      expect(expected.length).toBeGreaterThan(0);
      expect(diagnostics.map((d) => [d.code, d.range.start.line + 1, d.message])).toEqual(expected);
    } finally {
      await client.stop();
    }
  });
});
