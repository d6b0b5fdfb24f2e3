import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFor } from '../src/formats/index.js';
import { lintText } from '../src/lint.js';
import { readTextFile } from '../src/read.js';
import { DocumentLinter } from '../src/server/document-linter.js';
import { defaultSettings } from '../src/server/settings.js';
import { WorkspaceFolders } from '../src/server/workspace.js';
import {
  everyRuleConfig,
  everyRuleConfigFile,
  findingsOf,
  findingsOfJson,
  positionProblems,
  rangeOf,
  runMain,
  sortFindings,
} from './property-helpers.js';
import { LspClient } from './server-client.js';

/**
 * Position fixtures in all three formats, written with the bytes that break offset arithmetic:
 * a BOM, CRLF and CR-only line endings, tabs, non-ASCII and astral characters, zero-width and
 * right-to-left marks, HTML entities and tags inside words, Markdown blockquotes, lists,
 * emphasis and escapes, UTF-16 with a BOM. `<name>.expect.json` lists findings whose exact
 * line:column range and source text are pinned; every other message is held to the generic
 * checks (in bounds, line/column match the offset, the quoted text is at the range).
 */
const folder = new URL('../fixtures/positions/', import.meta.url).pathname;
const fixtures = readdirSync(folder)
  .filter((name) => !name.endsWith('.expect.json'))
  .sort();
const config = everyRuleConfig();

interface Expectation {
  findings: [ruleId: string, range: string, text: string][];
}

async function load(name: string): Promise<string> {
  const read = await readTextFile(join(folder, name));
  if (!read.ok) throw new Error(`${name}: ${read.reason}`);
  return read.text;
}

it('has fixtures in every format', () => {
  expect(new Set(fixtures.map((name) => formatFor(name)))).toEqual(new Set(['markdown', 'html', 'text']));
});

describe.each(fixtures)('fixture %s', (name) => {
  const format = formatFor(name);

  it('kept the bytes it was written with (no line-ending or BOM conversion on checkout)', async () => {
    const text = await load(name);
    if (name.includes('crlf')) expect(text).toContain('\r\n');
    if (name.startsWith('cr-')) expect(text).toMatch(/\r(?!\n)/);
    if (name.includes('bom')) expect(text.startsWith('\uFEFF')).toBe(true);
  });

  it('reports each pinned finding at exactly its text', async () => {
    const text = await load(name);
    const expected = JSON.parse(readFileSync(join(folder, `${name}.expect.json`), 'utf8')) as Expectation;
    const file = lintText(text, { format, config, filePath: name });
    const actual = file.messages.map((message) => {
      const range = rangeOf(message);
      const at = range ? `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}` : '';
      return [String(message.ruleId), at, range ? text.slice(range.start.offset, range.end.offset) : ''];
    });
    for (const finding of expected.findings) expect(actual).toContainEqual(finding);
  });

  it('puts every message of every rule on the text it is about', async () => {
    const text = await load(name);
    const file = lintText(text, { format, config, filePath: name });
    expect(file.messages.filter((message) => message.fatal).map((message) => message.reason)).toEqual([]);
    expect(positionProblems(file, text, format)).toEqual([]);
  });
});

describe('the same positions through every front end', () => {
  const projectFolder = new URL('../fixtures/', import.meta.url).pathname;
  const configFolder = mkdtempSync(join(tmpdir(), 'healthlint-positions-'));
  const configPath = join(configFolder, 'every-rule.json');
  writeFileSync(configPath, JSON.stringify(everyRuleConfigFile));
  afterAll(() => rmSync(configFolder, { recursive: true, force: true }));

  it.each(fixtures)('%s: CLI (--format json) and language server agree with lintText', async (name) => {
    const text = await load(name);
    const library = sortFindings(findingsOf(lintText(text, { format: formatFor(name), config, filePath: name })));

    const cli = await runMain(['--format', 'json', '--config', configPath, join('positions', name)], {
      cwd: projectFolder,
    });
    expect(cli.stderr).toBe('');
    expect(sortFindings(findingsOfJson(cli.stdout)[0] ?? [])).toEqual(library);

    // The editor sends decoded text (a UTF-16 file arrives as a string), exactly what the CLI read.
    const folders = new WorkspaceFolders();
    folders.set([`file://${projectFolder}`]);
    const server = new DocumentLinter(folders, { error: () => undefined });
    const document = TextDocument.create(`file://${join(folder, name)}`, formatFor(name), 1, text);
    const diagnostics = server.lint(document, { ...defaultSettings, configFile: configPath }).diagnostics;
    const fromServer = diagnostics.map((diagnostic) => ({
      ruleId: String(diagnostic.code),
      reason: diagnostic.message,
      start: document.offsetAt(diagnostic.range.start),
      end: document.offsetAt(diagnostic.range.end),
    }));
    expect(sortFindings(fromServer)).toEqual(library);
  });

  it('the real language server (stdio) publishes the same ranges', { timeout: 120_000 }, async () => {
    const client = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(projectFolder).href, name: 'fixtures' }],
      settings: () => ({ configFile: configPath }),
      cwd: projectFolder,
    });
    try {
      for (const name of fixtures) {
        const text = await load(name);
        const library = sortFindings(findingsOf(lintText(text, { format: formatFor(name), config, filePath: name })));
        const uri = pathToFileURL(join(folder, name)).href;
        const document = TextDocument.create(uri, formatFor(name), 1, text);
        await client.open(uri, text, formatFor(name) === 'text' ? 'plaintext' : formatFor(name));
        const published = await client.diagnostics(uri);
        const fromServer = published.diagnostics.map((diagnostic) => ({
          ruleId: String(diagnostic.code),
          reason: diagnostic.message,
          start: document.offsetAt(diagnostic.range.start),
          end: document.offsetAt(diagnostic.range.end),
        }));
        expect(sortFindings(fromServer), name).toEqual(library);
      }
    } finally {
      await client.stop();
    }
  });
});
