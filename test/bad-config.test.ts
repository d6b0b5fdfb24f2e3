import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { configFileNames } from '../src/config/names.js';
import { DocumentLinter } from '../src/server/document-linter.js';
import { defaultSettings } from '../src/server/settings.js';
import { WorkspaceFolders } from '../src/server/workspace.js';
import { makeTree } from './cli-helpers.js';
import { runMain } from './property-helpers.js';

/**
 * The bad-config matrix: every mistake in a config file or on the command line ends the run with
 * exit code 2 and one line on stderr that names the file (and line and column for syntax errors),
 * with no stack trace unless --debug. Nothing is linted half-configured.
 */

const good = 'This miracle drug cures cancer, doctors say.\n';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const folder = makeTree({ 'article.md': good, ...files });
  folders.push(folder);
  return folder;
}

/** Runs the CLI and checks the common contract: exit 2, nothing on stdout, one line, no stack. */
async function configError(files: Record<string, string>, args: string[] = []): Promise<string> {
  const folder = project(files);
  const run = await runMain([...args, 'article.md'], { cwd: folder });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^healthlint: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr.slice('healthlint: '.length, -1).replaceAll(folder + '/', '');
}

describe('syntax errors name the file, line and column', () => {
  it('invalid JSON (a trailing comma)', async () => {
    const reason = await configError({ '.healthlintrc.json': '{\n  "rules": {\n    "hype": "warn",\n  }\n}\n' });
    expect(reason).toMatch(/^Invalid JSON in config \.healthlintrc\.json:4:3: /);
  });

  it('invalid JSON in an extensionless .healthlintrc (read as YAML, which JSON is part of)', async () => {
    const reason = await configError({ '.healthlintrc': '{\n  "rules": { "hype": "warn"\n' });
    expect(reason).toMatch(/^Invalid config \.healthlintrc:\d+:\d+: /);
  });

  it('invalid YAML (bad indentation)', async () => {
    const reason = await configError({ '.healthlintrc.yaml': 'rules:\n  hype: warn\n bad: [\n' });
    expect(reason).toMatch(/^Invalid config \.healthlintrc\.yaml:3:\d+: /);
  });

  it('YAML with a duplicate key', async () => {
    const reason = await configError({ '.healthlintrc.yml': 'rules:\n  hype: warn\n  hype: off\n' });
    expect(reason).toMatch(
      /^Invalid config \.healthlintrc\.yml:3:\d+: .*[Uu]nique|^Invalid config \.healthlintrc\.yml:3:\d+: .*key/,
    );
  });

  it('a broken package.json `healthlint` field value', async () => {
    const reason = await configError({ 'package.json': '{ "name": "x", "healthlint": "strict" }\n' });
    expect(reason).toMatch(/^Invalid config package\.json: expected an object/);
  });
});

describe('valid syntax, wrong content', () => {
  it.each([
    [
      'unknown rule, with a suggestion',
      '{"rules": {"hyp": "warn"}}',
      /`rules\.hyp` is not a healthlint rule, did you mean `hype`\?/,
    ],
    ['unknown top-level key', '{"rule": {"hype": "warn"}}', /`rule` is not a config key/],
    ['a preset that does not exist', '{"preset": "nope"}', /`preset` should be one of recommended/],
    ['a language that does not exist', '{"language": "en-AU"}', /`language` should be "en-US", "en-GB" or "auto"/],
    [
      'a severity that does not exist',
      '{"rules": {"hype": "loud"}}',
      /`rules\.hype` should be "off", "warn" or "error"/,
    ],
    [
      'options of the wrong type',
      '{"rules": {"hype": ["warn", "loud"]}}',
      /`rules\.hype` has bad options: `options` should be object/,
    ],
    [
      'an option of the wrong type',
      '{"rules": {"spelling": ["warn", {"words": "x"}]}}',
      /`rules\.spelling` has bad options: `words` should be array/,
    ],
    [
      'an unknown option',
      '{"rules": {"hype": ["warn", {"loud": true}]}}',
      /`rules\.hype` has bad options: unknown option `loud`/,
    ],
    [
      'too many items in a setting',
      '{"rules": {"hype": ["warn", {}, {}]}}',
      /`rules\.hype` should be \[severity\] or \[severity, options\]/,
    ],
    ['rules as a list', '{"rules": ["hype"]}', /`rules` should be an object of rule ids/],
    ['a list instead of an object', '[]', /expected an object with `preset`, `language` and `rules`/],
  ])('%s', async (_, text, expected) => {
    expect(await configError({ '.healthlintrc.json': text })).toMatch(expected);
  });

  it('a dictionary file that does not exist (found when the spelling rule loads it)', async () => {
    const reason = await configError({
      '.healthlintrc.json': '{"rules": {"spelling": ["warn", {"dictionary": "words/missing.txt"}]}}',
    });
    expect(reason).toMatch(/`rules\.spelling` has a `dictionary` that does not exist: words\/missing\.txt/);
  });
});

it('--debug adds the stack trace, and only then', async () => {
  const folder = project({ '.healthlintrc.json': '{"rules": {"hyp": "warn"}}' });
  const run = await runMain(['--debug', 'article.md'], { cwd: folder });
  expect(run.code).toBe(2);
  expect(run.stderr.split('\n')[0]).toMatch(/^healthlint: Invalid config .*`rules\.hyp` is not a healthlint rule/);
  expect(run.stderr).toMatch(/\n\s+at /);
});

it('an empty config file (or one holding only null) means the defaults', async () => {
  for (const [name, text] of [
    ['.healthlintrc', ''],
    ['.healthlintrc.json', 'null'],
  ]) {
    const run = await runMain(['--format', 'json', 'article.md'], {
      cwd: project({ [name as string]: text as string }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"hype"');
  }
});

describe('command-line mistakes', () => {
  it.each([
    ['a preset that does not exist', ['--preset', 'nope'], /--preset.*nope.*(invalid|Allowed)/],
    [
      'a config file that does not exist',
      ['--config', 'missing.json'],
      /^Cannot read config file \S*missing\.json: no such file$/m,
    ],
    [
      'a config file that is a folder',
      ['--config', 'folder'],
      /^Cannot read config file \S*folder: not a regular file \(a folder\)$/m,
    ],
    ['an unknown rule', ['--rule', 'hyp=warn'], /^Invalid --rule hyp: is not a healthlint rule, did you mean `hype`\?/],
    ['a bad severity', ['--rule', 'hype=loud'], /^Invalid --rule hype: should be "off", "warn" or "error"/],
    ['bad JSON options', ['--rule', 'hype=[warn'], /^Invalid --rule `hype=\[warn`: the value is not valid JSON/],
    ['a malformed --rule', ['--rule', 'hype'], /^Invalid --rule `hype`: expected id=severity/],
    ['an unknown format', ['--format', 'yaml'], /--format.*yaml/],
    ['a bad size', ['--max-file-size', 'huge'], /expected a size such as 10MB/],
  ])('%s', async (_, args, expected) => {
    const folder = project({});
    mkdirSync(join(folder, 'folder'));
    const run = await runMain([...args, 'article.md'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.replace(/^(healthlint: )?(error: )?/, '')).toMatch(expected);
  });
});

describe('hostile config files', () => {
  it('a YAML alias bomb ("billion laughs") is refused at once', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      lines.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(',')}]`,
      );
    }
    const reason = await configError({ '.healthlintrc.yaml': `${lines.join('\n')}\nrules: *j\n` });
    expect(reason).toMatch(/^Invalid config \.healthlintrc\.yaml/);
  });

  it('JSON nested 100,000 deep: one line, no stack overflow trace', async () => {
    const reason = await configError({
      '.healthlintrc.json': `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    });
    expect(reason).toMatch(/^Invalid (JSON in )?config \.healthlintrc\.json/);
  });

  it('YAML tags are data, never code (!!js/function is not run)', async () => {
    const folder = project({});
    const marker = join(folder, 'pwned');
    const text = `rules: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"\n`;
    const reason = await configError({ '.healthlintrc.yaml': text });
    expect(reason).toMatch(/`rules` should be an object/);
    expect(existsSync(marker)).toBe(false);
  });

  it('JavaScript config files are never loaded, found or named', async () => {
    const folder = project({});
    const marker = join(folder, 'executed');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { rules: { hype: 'off' } };\n`;
    const scripts = [
      '.healthlintrc.js',
      '.healthlintrc.cjs',
      '.healthlintrc.mjs',
      'healthlint.config.js',
      'healthlint.config.mjs',
    ];
    for (const name of scripts) writeFileSync(join(folder, name), code);
    expect(configFileNames.some((name) => /\.[cm]?js$/.test(name))).toBe(false);
    const found = await runMain(['--format', 'json', 'article.md'], { cwd: folder });
    expect(found.stdout).toContain('"hype"'); // The JavaScript file did not turn hype off.
    const named = await runMain(['--config', '.healthlintrc.js', 'article.md'], { cwd: folder });
    expect(named.code).toBe(2); // Read as YAML: a syntax error, not a program.
    expect(existsSync(marker)).toBe(false);
  });
});

describe('the language server on a broken config', () => {
  it('shows one diagnostic naming the file and place, and lints again once it is fixed', () => {
    const folder = project({ '.healthlintrc.json': '{\n  "rules": {\n    "hype": "warn",\n  }\n}\n' });
    const workspace = new WorkspaceFolders();
    workspace.set([`file://${folder}`]);
    const linter = new DocumentLinter(workspace, { error: () => undefined });
    const document = TextDocument.create(`file://${join(folder, 'article.md')}`, 'markdown', 1, good);
    const diagnostics = linter.lint(document, defaultSettings).diagnostics;
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['config-error']);
    expect(diagnostics[0]?.message).toMatch(/\.healthlintrc\.json:4:3/);
  });
});
