import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { loadPlugin } from '../src/config/plugins.js';
import { resolveConfig } from '../src/config/resolve.js';
import { lintText } from '../src/lint.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import type { RuleLookup } from '../src/rule/rule-set.js';
import { hoverFor } from '../src/server/hover.js';
import { builtInRules, onlyRules } from './helpers.js';
import { parseJsonReport, runCli } from './cli-helpers.js';

/**
 * The "Checked by" scenario of issue 15: a project with house-style terms and a local plugin
 * package gets the same findings from the CLI in every way it can run.
 */
const packageRoot = new URL('..', import.meta.url).pathname;
const mcpBin = new URL('../bin/healthlint-mcp.js', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const pluginSource = (message = 'Unexpected shouting `{actual}`', extra = ''): string => `
import { defineRule } from 'healthlint';
${extra}
const noShouting = defineRule({
  id: 'no-shouting',
  scope: 'text',
  docs: {
    summary: 'Flags words written in capitals.',
    rationale: 'Capitals read as shouting.',
    guideline: 'The Acme style guide.',
    howToFix: 'Write the word in lower case.',
  },
  messages: { shout: ${JSON.stringify(message)} },
  defaults: {},
  examples: [],
  check(document, { report }) {
    for (const block of document.blocks) {
      for (const match of block.text.matchAll(/\\b[A-Z]{4,}\\b/g)) {
        if (match[0] === 'BOOM') throw new Error('the rule broke');
        const at = block.span(match.index, match.index + match[0].length);
        report('shout', at, { actual: match[0] }, { expected: [match[0].toLowerCase()] });
      }
    }
  },
});
export default { name: 'acme', rules: [noShouting] };
`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'healthlint-plugins-'));
  folders.push(root);
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  // The plugin imports `healthlint` as an installed plugin would: here, this checkout.
  symlinkSync(packageRoot, join(root, 'node_modules/healthlint'), 'dir');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const acmePackage = {
  'node_modules/healthlint-plugin-acme/package.json': JSON.stringify({
    name: 'healthlint-plugin-acme',
    version: '1.2.3',
    type: 'module',
    main: 'index.js',
  }),
  'node_modules/healthlint-plugin-acme/index.js': pluginSource(),
};

const config = {
  plugins: ['healthlint-plugin-acme'],
  rules: {
    'acme/no-shouting': 'warn',
    'house-style': [
      'warn',
      {
        terms: [
          {
            id: 'person-first',
            match: ['diabetics'],
            prefer: 'people with diabetes',
            message: 'Use person-first language',
          },
        ],
        termsFile: 'style/terms.yml',
      },
    ],
  },
};

function scenario(): string {
  const files: Record<string, string> = {
    ...acmePackage,
    '.healthlintrc.json': JSON.stringify(config),
    'style/terms.yml': '- id: no-superfood\n  match: [superfood*]\n',
  };
  for (let index = 0; index < 10; index++) {
    files[`articles/a${index}.md`] =
      `# Note ${index}\n\nDiabetics should read this WARNING about superfoods.\n\n<!--healthlint disable acme/no-shouting-->\n\nIGNORED capitals here.\n`;
  }
  return project(files);
}

/** What a finding is, whatever the format: file, rule, place and message. */
function findingsOf(stdout: string): string[] {
  return parseJsonReport(stdout).flatMap((file) =>
    file.messages.map(
      (message) =>
        `${file.path}:${message.place?.start.line}:${message.place?.start.column} ${message.ruleId} ${message.reason}`,
    ),
  );
}

describe('plugins and house style, end to end', () => {
  it('gives the same findings sequentially, in workers, from the cache and as SARIF', { timeout: 180_000 }, () => {
    const root = scenario();
    const sequential = runCli(['--format', 'json', '--jobs', '1', 'articles'], { cwd: root });
    expect(sequential.stderr).toBe('');
    const findings = findingsOf(sequential.stdout);
    const ours = findings.filter((finding) => / (?:house-style|acme\/no-shouting) /.test(finding));
    expect(ours).toHaveLength(30); // Three a file; the disable comment silences the capitals after it.
    expect(ours.slice(0, 3)).toEqual([
      'articles/a0.md:3:1 house-style Unexpected `Diabetics`, expected `People with diabetes`: Use person-first language (person-first)',
      'articles/a0.md:3:28 acme/no-shouting Unexpected shouting `WARNING`',
      'articles/a0.md:3:42 house-style Unexpected `superfoods` (no-superfood)',
    ]);

    const parallel = runCli(['--format', 'json', '--jobs', '2', 'articles'], { cwd: root });
    expect(findingsOf(parallel.stdout)).toEqual(findings);
    const cold = runCli(['--format', 'json', '--jobs', '1', '--cache', 'articles'], { cwd: root });
    expect(existsSync(join(root, '.healthlintcache'))).toBe(true);
    const warm = runCli(['--format', 'json', '--jobs', '1', '--cache', 'articles'], { cwd: root });
    expect(findingsOf(cold.stdout)).toEqual(findings);
    expect(findingsOf(warm.stdout)).toEqual(findings);

    const sarif = JSON.parse(runCli(['--format', 'sarif', '--jobs', '2', 'articles'], { cwd: root }).stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; locations: unknown[] }[];
      }[];
    };
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(findings.length);
    const ruleIds = new Set(run.results.map((result) => result.ruleId));
    for (const id of ['house-style/person-first', 'acme/no-shouting', 'house-style/no-superfood'])
      expect(ruleIds).toContain(id);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run.tool.driver.rules.find((rule) => rule.id === 'acme/no-shouting')?.shortDescription.text).toBe(
      'Flags words written in capitals.',
    );
  });

  // Four CLI runs, each loading the plugin and through it the unbundled library: over the default
  // 30 s on the shared 2-core machine under load.
  it('re-lints cached files when the plugin changes, and lists and explains plugin rules', { timeout: 120_000 }, () => {
    const root = scenario();
    runCli(['--format', 'json', '--cache', 'articles/a0.md'], { cwd: root });
    writeFileSync(
      join(root, 'node_modules/healthlint-plugin-acme/index.js'),
      pluginSource('Unexpected capitals `{actual}`'),
    );
    const after = findingsOf(runCli(['--format', 'json', '--cache', 'articles/a0.md'], { cwd: root }).stdout);
    expect(after).toContain('articles/a0.md:3:28 acme/no-shouting Unexpected capitals `WARNING`');

    const list = runCli(['--list-rules'], { cwd: root });
    expect(list.stdout).toMatch(/^acme\/no-shouting\s+warn\s+Flags words written in capitals\.$/m);
    const explained = runCli(['--explain', 'acme/no-shouting'], { cwd: root });
    expect(explained.stdout).toMatch(/^# `acme\/no-shouting`\n\nFlags words written in capitals\./);
  });

  it('loads a plugin by relative path or --plugin, and none with --no-config', () => {
    const marker = 'loaded.txt';
    const root = project({
      'plugins/acme.js': pluginSource(
        undefined,
        `import { writeFileSync } from 'node:fs'; writeFileSync(new URL('../${marker}', import.meta.url), 'ran');`,
      ),
      'plugins/package.json': JSON.stringify({ type: 'module' }),
      '.healthlintrc.json': JSON.stringify({ plugins: ['./plugins/acme.js'], rules: { 'acme/no-shouting': 'error' } }),
      'a.md': 'A WARNING here.\n',
    });
    const ignored = runCli(['--no-config', '--format', 'json', 'a.md'], { cwd: root });
    expect(ignored.code).toBe(0);
    expect(existsSync(join(root, marker))).toBe(false);

    const byConfig = runCli(['--format', 'json', 'a.md'], { cwd: root });
    expect(byConfig.code).toBe(1);
    expect(findingsOf(byConfig.stdout)).toEqual(['a.md:1:3 acme/no-shouting Unexpected shouting `WARNING`']);
    expect(existsSync(join(root, marker))).toBe(true);

    const byFlag = runCli(
      ['--no-config', '--plugin', './plugins/acme.js', '--rule', 'acme/no-shouting=warn', '--format', 'json', 'a.md'],
      { cwd: root },
    );
    expect(findingsOf(byFlag.stdout)).toEqual(['a.md:1:3 acme/no-shouting Unexpected shouting `WARNING`']);
  });

  it('refuses a plugin that is missing, throws at load or is malformed with one line naming it (exit 2)', () => {
    const root = project({
      'throws/index.js': "throw new Error('no licence key');",
      'throws/package.json': JSON.stringify({ type: 'module', main: 'index.js' }),
      'bad/index.js': 'export default { rules: [] };',
      'bad/package.json': JSON.stringify({ type: 'module', main: 'index.js' }),
      'a.md': 'Text.\n',
    });
    const attempt = (plugin: string): { code: number; stderr: string; stdout: string } =>
      runCli(['--no-config', '--plugin', plugin, 'a.md'], { cwd: root });
    const missing = attempt('healthlint-plugin-nowhere');
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 2,
      stderr: 'healthlint: Cannot load plugin `healthlint-plugin-nowhere` (given with --plugin): not found\n',
    });
    const throwing = attempt('./throws');
    expect(throwing.code).toBe(2);
    expect(throwing.stderr).toBe(
      'healthlint: Cannot load plugin `./throws` (given with --plugin): it threw while loading: no licence key\n',
    );
    const malformed = attempt('./bad');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(
      /^healthlint: Cannot load plugin `\.\/bad` .*`name` should be a kebab-case string.*\n$/,
    );

    const unknownRule = project({
      '.healthlintrc.json': JSON.stringify({ rules: { 'acme/no-shouting': 'warn' } }),
      'a.md': 'Text.\n',
    });
    const unknown = runCli(['a.md'], { cwd: unknownRule });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^healthlint: Unknown rule `acme\/no-shouting` in .*: no loaded plugin defines it/);
  });

  it('turns a rule that throws into one fatal message for that file; the other files are linted', () => {
    const root = project({
      ...acmePackage,
      '.healthlintrc.json': JSON.stringify({
        plugins: ['healthlint-plugin-acme'],
        rules: { 'acme/no-shouting': 'warn' },
      }),
      'boom.md': 'It goes BOOM.\n',
      'fine.md': 'A WARNING.\n',
    });
    const result = runCli(['--format', 'json', 'boom.md', 'fine.md'], { cwd: root });
    expect(result.code).toBe(1);
    const [boom, fine] = parseJsonReport(result.stdout);
    expect(boom?.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      [
        'internal-error',
        true,
        'Cannot lint file: unexpected error: rule `acme/no-shouting` failed: the rule broke (run with --debug for details)',
      ],
    ]);
    expect(fine?.messages.map((message) => message.ruleId)).toEqual(['acme/no-shouting']);
  });

  it('explains a plugin rule on hover in the language server', () => {
    const root = project(acmePackage);
    const { ruleSet } = resolveConfig(undefined, { plugins: ['healthlint-plugin-acme'] }, root);
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 9 } },
      message: 'Unexpected shouting `WARNING`',
      source: 'healthlint',
      code: 'acme/no-shouting',
    };
    const hover = hoverFor({ line: 0, character: 4 }, [diagnostic], true, ruleSet);
    expect(hoverFor({ line: 0, character: 4 }, [diagnostic], true, builtInRules)).toBeNull();
    expect(hover?.contents).toMatchObject({
      value: expect.stringContaining('**acme/no-shouting**: Flags words written in capitals.') as unknown,
    });
  });

  it('describes the rules of the configs a report was given, not every plugin the process loaded', () => {
    const root = project(acmePackage);
    // Another project's plugin, loaded earlier in this process (as in an editor with two projects).
    loadPlugin('healthlint-plugin-acme', root, 'test');
    const file = lintText('Fine.', { config: onlyRules({ hype: 'warn' }), filePath: 'a.md', cwd: root });
    const driverRuleIds = (ruleSet: RuleLookup): string[] =>
      (
        JSON.parse(sarifReporter([file], { cwd: root, color: false, verbose: false, ruleSet })) as {
          runs: { tool: { driver: { rules: { id: string }[] } } }[];
        }
      ).runs[0]!.tool.driver.rules.map((rule) => rule.id);
    expect(driverRuleIds(builtInRules)).not.toContain('acme/no-shouting');
    expect(driverRuleIds(builtInRules)).toContain('hype');
    const withAcme = resolveConfig(undefined, { plugins: ['healthlint-plugin-acme'] }, root);
    expect(driverRuleIds(withAcme.ruleSet)).toContain('acme/no-shouting');
  });

  it('lists and explains plugin rules through MCP, as --list-rules and --explain do', { timeout: 60_000 }, async () => {
    const root = project({ ...acmePackage, '.healthlintrc.json': JSON.stringify(config), 'style/terms.yml': '[]\n' });
    const client = new Client({ name: 'healthlint-test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [mcpBin], cwd: root, stderr: 'pipe' }),
    );
    try {
      const text = async (name: string, args: Record<string, unknown>): Promise<string> =>
        ((await client.callTool({ name, arguments: args })) as { content: { text: string }[] }).content
          .map((part) => part.text)
          .join('');
      const listed = JSON.parse(await text('list_rules', {})) as { id: string; severity: string }[];
      expect(listed.find((rule) => rule.id === 'acme/no-shouting')).toMatchObject({ severity: 'warn' });
      expect(listed.find((rule) => rule.id === 'hype')).toBeDefined();
      expect(await text('explain_rule', { ruleId: 'acme/no-shouting' })).toBe(
        runCli(['--explain', 'acme/no-shouting'], { cwd: root }).stdout,
      );
    } finally {
      await client.close();
    }
  });
});
