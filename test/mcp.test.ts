import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCli } from './cli-helpers.js';

const mcpBin = new URL('../bin/healthlint-mcp.js', import.meta.url).pathname;
const seed = readFileSync(new URL('../fixtures/ketamine-burnout.txt', import.meta.url), 'utf8');

const article = `---
title: "A new therapy"
---

Studies show that this miracle infusion cures depression in 80% of patients.
Freundenberger described burnout; esketamine is different.
`;

/** Every file under a folder with its size and modification time, to prove nothing was written. */
function snapshot(root: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const info = statSync(path);
      entries.push(`${path} ${info.size} ${info.mtimeMs}`);
      if (info.isDirectory()) walk(path);
    }
  };
  walk(root);
  return entries;
}

interface ToolAnswer {
  text: string;
  isError: boolean;
}

describe('healthlint-mcp, driven by an MCP client over stdio', () => {
  let project: string;
  let client: Client;
  let before: string[];

  const call = async (name: string, args: Record<string, unknown>): Promise<ToolAnswer> => {
    const result = (await client.callTool({ name, arguments: args })) as {
      content: { type: string; text: string }[];
      isError?: boolean;
    };
    return { text: result.content.map((part) => part.text).join(''), isError: Boolean(result.isError) };
  };

  beforeAll(async () => {
    project = makeTree({
      '.healthlintrc.json': JSON.stringify({ rules: { spelling: ['warn', { words: ['esketamine'] }] } }),
      'posts/one.md': article,
      'posts/seed.txt': seed,
      'posts/quiet/.healthlintrc.json': JSON.stringify({ rules: { hype: 'off' } }),
      'posts/quiet/two.md': article,
      'posts/skipped.md': article,
      '.healthlintignore': 'posts/skipped.md\n',
    });
    before = snapshot(project);
    client = new Client({ name: 'healthlint-test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [mcpBin], cwd: project, stderr: 'pipe' }),
    );
  });

  afterAll(async () => {
    await client?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('offers the four tools with input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['explain_rule', 'lint_files', 'lint_text', 'list_rules']);
    for (const tool of tools) expect(tool.description).toBeTruthy();
  });

  it('lint_text answers what the CLI prints for the same text, file name and config', async () => {
    for (const filePath of ['posts/one.md', 'posts/quiet/two.md', 'notes.txt']) {
      const answer = await call('lint_text', { text: article, filePath });
      const cli = runCli(['--format', 'json', '--stdin', '--stdin-filename', filePath], {
        cwd: project,
        input: article,
      });
      expect(answer.isError).toBe(false);
      expect(JSON.parse(answer.text)).toEqual(JSON.parse(cli.stdout));
    }
    const quiet = JSON.parse((await call('lint_text', { text: article, filePath: 'posts/quiet/two.md' })).text);
    expect(quiet[0].messages.map((message: { ruleId: string }) => message.ruleId)).not.toContain('hype');
  });

  it('lint_text without a file name is plain text, as standard input is', async () => {
    const answer = await call('lint_text', { text: seed });
    const cli = runCli(['--format', 'json', '--stdin'], { cwd: project, input: seed });
    expect(JSON.parse(answer.text)).toEqual(JSON.parse(cli.stdout));
    expect(JSON.parse(answer.text)[0].messages.length).toBeGreaterThan(10);
  });

  it('lint_files answers what the CLI prints for the same paths, ignore file included', async () => {
    const answer = await call('lint_files', { paths: ['posts'] });
    const cli = runCli(['--format', 'json', 'posts'], { cwd: project });
    const report = JSON.parse(answer.text) as { path: string }[];
    expect(report).toEqual(JSON.parse(cli.stdout));
    expect(report.map((file) => file.path).sort()).toEqual(['posts/one.md', 'posts/quiet/two.md', 'posts/seed.txt']);
  });

  it('lint_files refuses paths that leave the project', async () => {
    for (const path of ['../', '/etc/passwd', 'posts/../../x.md']) {
      const answer = await call('lint_files', { paths: [path] });
      expect(answer.isError).toBe(true);
      expect(answer.text).toMatch(/outside the project folder/);
    }
  });

  it('a missing file is a tool error the assistant can read, and the server keeps answering', async () => {
    const answer = await call('lint_files', { paths: ['posts/nope.md'] });
    expect(answer).toEqual({ text: 'healthlint: No such file or folder: posts/nope.md', isError: true });
    expect((await call('lint_text', { text: 'Fine.' })).isError).toBe(false);
  });

  it('explain_rule prints what --explain prints; an unknown id suggests the near one', async () => {
    const answer = await call('explain_rule', { ruleId: 'hype' });
    expect(answer.text).toBe(runCli(['--explain', 'hype']).stdout);
    const unknown = await call('explain_rule', { ruleId: 'hyp' });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toMatch(/hype/);
  });

  it('list_rules gives every rule with its severity in the preset', async () => {
    const recommended = JSON.parse((await call('list_rules', {})).text) as { id: string; severity: string }[];
    const strict = JSON.parse((await call('list_rules', { preset: 'strict' })).text) as typeof recommended;
    expect(recommended.find((rule) => rule.id === 'readability')?.severity).toBe('off');
    expect(strict.find((rule) => rule.id === 'readability')?.severity).toBe('error');
    expect(recommended.map((rule) => rule.id)).toEqual(strict.map((rule) => rule.id));
  });

  it('never writes a file in the project', () => {
    expect(snapshot(project)).toEqual(before);
  });
});
