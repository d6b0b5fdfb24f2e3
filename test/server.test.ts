import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShutdownRequest, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver/node.js';
import YAML from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rulesById } from '../rules/index.js';
import { applyEdits, LspClient, repoRoot, serverBin } from './server-client.js';

const run = promisify(execFile);
const fixtures = join(repoRoot, 'fixtures', 'lsp');
const cliBin = join(repoRoot, 'bin', 'healthlint.js');

interface Finding {
  ruleId: string | null;
  severity: string;
  range: string;
  reason: string;
}

const severityNames: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

function fromDiagnostics(diagnostics: Diagnostic[]): Finding[] {
  return diagnostics.map((d) => ({
    ruleId: typeof d.code === 'string' ? d.code : null,
    severity: severityNames[d.severity ?? 3] ?? 'info',
    range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
    reason: d.message,
  }));
}

interface CliMessage {
  ruleId: string | null;
  severity: string;
  reason: string;
  line: number;
  column: number;
  place: { start: { line: number; column: number }; end: { line: number; column: number } } | null;
}

/** The findings `healthlint --format json` reports per file, run once from `cwd` like a user would. */
async function cliFindingsByFile(cwd: string, files: string[]): Promise<Map<string, Finding[]>> {
  const result = await run(process.execPath, [cliBin, '--format', 'json', ...files], { cwd }).catch(
    (error: { stdout?: string; code?: number }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout }; // exit 1: errors found
      throw error;
    },
  );
  const reported = JSON.parse(result.stdout) as { path: string; messages: CliMessage[] }[];
  return new Map(
    reported.map((file) => [
      file.path,
      file.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        range: m.place
          ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}`
          : `${m.line}:${m.column}-${m.line}:${m.column}`, // a message about the whole file
        reason: m.reason,
      })),
    ]),
  );
}

/** The CLI's findings for one file (an ignored file has none). */
async function cliFindings(cwd: string, file: string): Promise<Finding[]> {
  return [...(await cliFindingsByFile(cwd, [file])).values()].flat();
}

function project(): { dir: string; uri: (name: string) => string; text: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-lsp-'));
  cpSync(fixtures, dir, { recursive: true });
  return {
    dir,
    uri: (name) => pathToFileURL(join(dir, name)).href,
    text: (name) => readFileSync(join(dir, name), 'utf8'),
  };
}

const folder = (dir: string) => [{ uri: pathToFileURL(dir).href, name: 'articles' }];
const languageOf = (name: string) =>
  name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'plaintext';
const byRule = (params: PublishDiagnosticsParams, ruleId: string) =>
  params.diagnostics.filter((d) => d.code === ruleId);
const flaggedText = (d: Diagnostic) => (d.data as { text: string }).text;

/**
 * The diagnostics for `uri` published after `since` and before the reply just awaited: the client
 * handles messages in the order they arrive, so a publication sent after the reply is not there yet.
 * Emacs 28 leaves such a late publication unread until the server writes again.
 */
function publishedBeforeReply(client: LspClient, uri: string, since: number): PublishDiagnosticsParams {
  const found = client.published.slice(since).filter((p) => p.uri === uri);
  expect(found.length, `refreshed diagnostics for ${uri} published before the command's reply`).toBeGreaterThan(0);
  return found[found.length - 1] as PublishDiagnosticsParams;
}

/**
 * Text the hype rule is documented to flag: its own example, which the rule tests check, so
 * these server tests do not depend on the rule's current lexicon.
 */
const hypeExample = rulesById
  .get('hype')!
  .definition.examples.find(
    (example) => example.flags.length === 1 && example.input.split('.').length === 2 && !example.input.includes('\n'),
  )!;
const hypeSentence = hypeExample.input;

describe('language server with a capable client', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof project>;
  let cli: Map<string, Finding[]>;
  const names = ['article.md', 'page.html', 'notes.txt'];

  beforeAll(async () => {
    workspace = project();
    [client, cli] = await Promise.all([
      LspClient.start({ workspaceFolders: folder(workspace.dir) }),
      cliFindingsByFile(workspace.dir, names),
    ]);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(workspace.dir, { recursive: true, force: true });
  });

  it('advertises diagnostics, quick fixes, hover and commands, and never formatting', () => {
    const capabilities = client.initializeResult.capabilities;
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
    expect(capabilities.executeCommandProvider?.commands).toContain('healthlint.disableRuleInProject');
    expect(capabilities.documentFormattingProvider).toBeUndefined();
    expect(capabilities.documentRangeFormattingProvider).toBeUndefined();
    expect(client.initializeResult.serverInfo?.name).toBe('healthlint');
  });

  it.each(names)('publishes the same findings as the CLI for %s', async (name) => {
    const uri = workspace.uri(name);
    await client.open(uri, workspace.text(name), languageOf(name));
    const params = await client.diagnostics(uri);
    expect(params.version).toBe(1);
    const expected = cli.get(name) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    expect(fromDiagnostics(params.diagnostics)).toEqual(expected);
  });

  it('fills code, docs link, source, severity, data and related information from the messages', async () => {
    const params = await client.diagnostics(workspace.uri('article.md'));
    const withFix = params.diagnostics.find((d) => ((d.data as { expected?: string[] }).expected ?? []).length > 0);
    expect(withFix, 'article.md should have a finding with a suggested replacement').toBeDefined();
    const ruleId = withFix!.code as string;
    expect(withFix).toMatchObject({
      source: 'healthlint',
      severity: 2,
      codeDescription: { href: expect.stringContaining(`/docs/rules/${ruleId}.md`) as string },
      data: { ruleId, expected: expect.any(Array) as unknown, text: expect.any(String) as unknown },
    });
    expect(workspace.text('article.md')).toContain(flaggedText(withFix!));
    for (const diagnostic of params.diagnostics) {
      for (const related of diagnostic.relatedInformation ?? []) expect(related.location.uri).toBe(params.uri);
    }
  });

  it('re-lints each change, never publishes an older version after a newer one, and clears on close', async () => {
    const uri = workspace.uri('burst.md');
    await client.open(uri, 'A calm sentence.\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    const since = client.mark();
    let text = 'A calm sentence.\n';
    for (let version = 2; version <= 12; version++) {
      text += `\n${hypeSentence}\n`;
      await client.change(uri, version, text);
    }
    const last = await client.diagnostics(uri, (p) => p.version === 12, since);
    expect(byRule(last, 'hype').map(flaggedText)).toEqual(Array.from({ length: 11 }, () => hypeExample.flags[0]));
    const versions = client.published
      .slice(since)
      .filter((p) => p.uri === uri)
      .map((p) => p.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // Debounced: a burst of 11 edits is not linted 11 times.
    expect(versions.length).toBeLessThan(11);

    const closing = client.mark();
    await client.close(uri);
    const cleared = await client.diagnostics(uri, () => true, closing);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('applies an expected replacement as a quick fix, and the finding goes away', async () => {
    const uri = workspace.uri('fix.md');
    const text = workspace.text('article.md');
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    const target = diagnostics.find((d) => ((d.data as { expected?: string[] }).expected ?? []).length > 0)!;
    const [replacement] = (target.data as { expected: string[] }).expected;
    const actions = await client.codeActions(uri, [target]);
    const replace = actions.find((a) => a.title === `Replace «${flaggedText(target)}» with «${replacement}»`);
    expect(replace).toMatchObject({ kind: 'quickfix', diagnostics: [target] });
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const start = document.offsetAt(target.range.start);
    const fixed = applyEdits(text, replace!, uri, (p) => document.offsetAt(p));
    expect(fixed).toBe(text.slice(0, start) + replacement + text.slice(document.offsetAt(target.range.end)));
    const since = client.mark();
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2, since);
    const fixedDocument = TextDocument.create(uri, 'markdown', 2, fixed);
    expect(
      after.diagnostics.filter((d) => d.code === target.code && fixedDocument.offsetAt(d.range.start) === start),
    ).toEqual([]);
  });

  it('offers no replacement once the flagged words have changed', async () => {
    const uri = workspace.uri('stale.md');
    const text = workspace.text('article.md');
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    const withFixes = diagnostics.filter((d) => ((d.data as { expected?: string[] }).expected ?? []).length > 0);
    expect(withFixes.length).toBeGreaterThan(0);
    expect((await client.codeActions(uri, withFixes)).filter((a) => a.title.startsWith('Replace')).length).toBe(
      withFixes.reduce((sum, d) => sum + (d.data as { expected: string[] }).expected.length, 0),
    );
    // Every flagged word changes (upper-cased), so every old range now covers other text.
    let changed = text;
    for (const d of withFixes) changed = changed.split(flaggedText(d)).join(flaggedText(d).toUpperCase());
    await client.change(uri, 2, changed);
    const actions = await client.codeActions(uri, withFixes);
    expect(actions.filter((a) => a.title.startsWith('Replace'))).toEqual([]);
  });

  it.each([
    ['article.md', 'markdown'],
    ['page.html', 'html'],
  ])('disables a rule for one block of %s with a comment the linter honours', async (name, languageId) => {
    const uri = workspace.uri(`block-${name}`);
    const text = workspace.text(name);
    await client.open(uri, text, languageId, 20);
    const before = await client.diagnostics(uri, (p) => p.version === 20);
    // A rule with findings on lines far apart, so they are in different blocks.
    const target = before.diagnostics.find((d) =>
      byRule(before, d.code as string).some((other) => Math.abs(other.range.start.line - d.range.start.line) >= 2),
    );
    expect(target, `${name} needs one rule flagged in two blocks`).toBeDefined();
    const ruleId = target!.code as string;
    const count = byRule(before, ruleId).length;
    const actions = await client.codeActions(uri, [target!]);
    const disable = actions.find((a) => a.title.startsWith(`Disable «${ruleId}» for this `));
    expect(disable?.edit).toBeDefined();
    const document = TextDocument.create(uri, languageId, 20, text);
    const edited = applyEdits(text, disable!, uri, (p) => document.offsetAt(p));
    expect(edited).toContain(`<!--healthlint ignore ${ruleId}-->`);
    const since = client.mark();
    await client.change(uri, 21, edited);
    const after = await client.diagnostics(uri, (p) => p.version === 21, since);
    expect(byRule(after, ruleId).length).toBeLessThan(count);
    expect(byRule(after, ruleId).length).toBeGreaterThan(0); // the other blocks are still checked
    await client.close(uri);
  });

  it('offers no block comment in plain text, which has no comments', async () => {
    const uri = workspace.uri('notes.txt');
    const { diagnostics } = await client.diagnostics(uri);
    const first = diagnostics[0] as Diagnostic;
    const titles = (await client.codeActions(uri, [first])).map((a) => a.title);
    expect(titles.some((t) => t.includes('for this'))).toBe(false);
    expect(titles).toContain(`Disable «${String(first.code)}» in this project`);
  });

  it('explains a finding on hover: summary, why it matters, how to fix', async () => {
    const uri = workspace.uri('article.md');
    const { diagnostics } = await client.diagnostics(uri);
    const first = diagnostics[0] as Diagnostic;
    const hover = await client.hover(uri, first.range.start);
    const value = (hover?.contents as { kind: string; value: string }).value;
    expect((hover?.contents as { kind: string }).kind).toBe('markdown');
    const docs = rulesById.get(first.code as string)!.definition.docs;
    expect(value).toContain(docs.summary);
    expect(value).toContain(`**Why it matters:** ${docs.rationale}`);
    expect(value).toContain(`**How to fix:** ${docs.howToFix}`);
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
  });

  it('registers watchers for config and ignore files because the client can watch', () => {
    const methods = client.registrations.map((r) => r.method);
    expect(methods).toContain('workspace/didChangeWatchedFiles');
    expect(methods).toContain('workspace/didChangeConfiguration');
    const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')
      ?.registerOptions as { watchers: { globPattern: string }[] };
    expect(watchers.watchers[0]?.globPattern).toContain('.healthlintrc');
    expect(watchers.watchers[0]?.globPattern).toContain('.healthlintignore');
  });
});

describe('config and ignore files', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof project>;

  beforeAll(async () => {
    workspace = project();
    client = await LspClient.start({ workspaceFolders: folder(workspace.dir) });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(workspace.dir, { recursive: true, force: true });
  });

  it('re-lints open documents when a watched config file changes, and agrees with the CLI', async () => {
    const uri = workspace.uri('article.md');
    await client.open(uri, workspace.text('article.md'));
    const first = await client.diagnostics(uri);
    expect(byRule(first, 'hype').every((d) => d.severity === 2)).toBe(true);
    writeFileSync(join(workspace.dir, '.healthlintrc.json'), '{ "rules": { "hype": "error" } }\n');
    const since = client.mark();
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintrc.json'), type: 1 }]);
    const after = await client.diagnostics(uri, () => true, since);
    expect(byRule(after, 'hype').length).toBeGreaterThan(0);
    expect(byRule(after, 'hype').every((d) => d.severity === 1)).toBe(true);
    expect(fromDiagnostics(after.diagnostics)).toEqual(await cliFindings(workspace.dir, 'article.md'));
  });

  it('reports a malformed config once, on line 1, naming the file and the place, then recovers', async () => {
    const uri = workspace.uri('article.md');
    writeFileSync(join(workspace.dir, '.healthlintrc.json'), '{ "rules": { "hype": "error", } }\n');
    let since = client.mark();
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintrc.json'), type: 2 }]);
    const broken = await client.diagnostics(uri, () => true, since);
    expect(broken.diagnostics).toHaveLength(1);
    const [problem] = broken.diagnostics as [Diagnostic];
    expect(problem).toMatchObject({ code: 'config-error', severity: 1, source: 'healthlint' });
    expect(problem.range.start).toEqual({ line: 0, character: 0 });
    expect(problem.message).toContain(join(workspace.dir, '.healthlintrc.json') + ':1:');
    expect(problem.relatedInformation?.[0]?.location.uri).toBe(workspace.uri('.healthlintrc.json'));

    writeFileSync(join(workspace.dir, '.healthlintrc.json'), '{ "rules": { "hype": "warn" } }\n');
    since = client.mark();
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintrc.json'), type: 2 }]);
    const fixed = await client.diagnostics(uri, () => true, since);
    expect(byRule(fixed, 'hype').length).toBeGreaterThan(0);
  });

  it('honours .healthlintignore like the CLI, and notices when it changes', async () => {
    const name = 'drafts/ignored.md';
    cpSync(join(fixtures, 'article.md'), join(workspace.dir, name));
    writeFileSync(join(workspace.dir, '.healthlintignore'), 'drafts/\n');
    const uri = workspace.uri(name);
    let since = client.mark();
    await client.open(uri, workspace.text(name));
    expect((await client.diagnostics(uri, () => true, since)).diagnostics).toEqual([]);
    expect(await cliFindings(workspace.dir, 'drafts')).toEqual([]);

    writeFileSync(join(workspace.dir, '.healthlintignore'), '# nothing ignored\n');
    since = client.mark();
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintignore'), type: 2 }]);
    const after = await client.diagnostics(uri, () => true, since);
    expect(byRule(after, 'hype').length).toBeGreaterThan(0);
  });

  it('disables a rule in the project by editing the nearest config, keeping the rest', async () => {
    writeFileSync(
      join(workspace.dir, '.healthlintrc.json'),
      '{\n    "language": "en-GB",\n    "rules": {\n        "hype": "warn"\n    }\n}\n',
    );
    const uri = workspace.uri('page.html');
    await client.open(uri, workspace.text('page.html'), 'html');
    const { diagnostics } = await client.diagnostics(uri);
    const target = diagnostics.find((d) => d.code !== 'hype') as Diagnostic;
    const ruleId = target.code as string;
    const actions = await client.codeActions(uri, [target]);
    const disable = actions.find((a) => a.title === `Disable «${ruleId}» in this project`);
    expect(disable?.command?.command).toBe('healthlint.disableRuleInProject');
    const since = client.mark();
    await client.executeCommand(disable!.command!.command, disable!.command!.arguments ?? []);
    const after = publishedBeforeReply(client, uri, since);
    expect(byRule(after, ruleId)).toEqual([]);
    expect(after.diagnostics.length).toBeGreaterThan(0); // only that rule went quiet
    expect(readFileSync(join(workspace.dir, '.healthlintrc.json'), 'utf8')).toBe(
      `{\n    "language": "en-GB",\n    "rules": {\n        "hype": "warn",\n        "${ruleId}": "off"\n    }\n}\n`,
    );
  });

  it.runIf(rulesById.has('spelling'))('adds a misspelt word to the project dictionary', async () => {
    const uri = workspace.uri('spelling.md');
    writeFileSync(join(workspace.dir, '.healthlintrc.json'), '{ "rules": { "spelling": "warn" } }\n');
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintrc.json'), type: 2 }]);
    await client.open(uri, 'Dr Freundenberger coined the term.\n');
    const { diagnostics } = await client.diagnostics(uri, (p) => byRule(p, 'spelling').length > 0);
    const actions = await client.codeActions(uri, byRule({ uri, diagnostics }, 'spelling'));
    const add = actions.find((a) => a.title === 'Add «Freundenberger» to the project dictionary');
    const since = client.mark();
    await client.executeCommand(add!.command!.command, add!.command!.arguments ?? []);
    const after = publishedBeforeReply(client, uri, since);
    expect(byRule(after, 'spelling')).toEqual([]);
    const config = JSON.parse(readFileSync(join(workspace.dir, '.healthlintrc.json'), 'utf8')) as {
      rules: { spelling: [string, { words: string[] }] };
    };
    expect(config.rules.spelling[1].words).toContain('Freundenberger');
  });
  it.runIf(rulesById.has('spelling'))('adds a word to the word-list file the spelling options name', async () => {
    writeFileSync(join(workspace.dir, 'words.txt'), '# house words\n');
    writeFileSync(
      join(workspace.dir, '.healthlintrc.json'),
      '{ "rules": { "spelling": ["warn", { "dictionary": "words.txt" }] } }\n',
    );
    await client.watchedFilesChanged([{ uri: workspace.uri('.healthlintrc.json'), type: 2 }]);
    const uri = workspace.uri('spelling-list.md');
    await client.open(uri, 'The zorblax dose was measured.\n');
    const { diagnostics } = await client.diagnostics(uri, (p) => byRule(p, 'spelling').length > 0);
    const actions = await client.codeActions(uri, byRule({ uri, diagnostics }, 'spelling'));
    const add = actions.find((a) => a.title === 'Add «zorblax» to the project dictionary');
    const since = client.mark();
    await client.executeCommand(add!.command!.command, add!.command!.arguments ?? []);
    expect(readFileSync(join(workspace.dir, 'words.txt'), 'utf8')).toBe('# house words\nzorblax\n');
    // The server re-lints at once. (Whether `zorblax` is then accepted depends on the spelling
    // rule re-reading a changed word list; src/spelling/personal.ts caches it per path today.)
    await client.diagnostics(uri, () => true, since);
  });
});

describe('awkward clients and documents', () => {
  let workspace: ReturnType<typeof project>;
  beforeAll(() => {
    workspace = project();
  });
  afterAll(() => rmSync(workspace.dir, { recursive: true, force: true }));

  it('works when the client answers workspace/configuration with null and refuses registrations', async () => {
    const client = await LspClient.start({
      workspaceFolders: folder(workspace.dir),
      settings: () => null,
      refuseRegistrations: true,
    });
    try {
      const uri = workspace.uri('article.md');
      await client.open(uri, workspace.text('article.md'));
      const params = await client.diagnostics(uri);
      expect(client.configurationRequests.length).toBeGreaterThan(0);
      expect(fromDiagnostics(params.diagnostics)).toEqual(await cliFindings(workspace.dir, 'article.md'));
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it('lints with defaults while a slow client has not answered, then with its settings', async () => {
    const client = await LspClient.start({
      workspaceFolders: folder(workspace.dir),
      settings: () => new Promise((resolve) => setTimeout(() => resolve({ enable: false }), 4000)),
    });
    try {
      const uri = workspace.uri('slow.md');
      await client.open(uri, `${hypeSentence}\n`);
      expect(byRule(await client.diagnostics(uri), 'hype').length).toBe(1);
      expect((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('works with a minimal client: no settings, no watching, no workspace folders, plain-text hover', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'healthlint-outside-'));
    writeFileSync(join(outside, '.healthlintrc.yaml'), '# strict house style\nrules:\n  hype: error\n');
    writeFileSync(join(outside, 'loose.md'), `${hypeSentence}\n`);
    const client = await LspClient.start({ workspaceFolders: null, capabilities: {} });
    try {
      const uri = pathToFileURL(join(outside, 'loose.md')).href;
      await client.open(uri, `${hypeSentence}\n`);
      const params = await client.diagnostics(uri);
      expect(client.registrations).toEqual([]);
      expect(client.configurationRequests).toEqual([]);
      expect(fromDiagnostics(params.diagnostics)).toEqual(await cliFindings(outside, 'loose.md'));
      expect(byRule(params, 'hype')[0]?.severity).toBe(1); // the YAML config beside the file applies

      // Without file watching, a config edit still applies at the next lint.
      writeFileSync(join(outside, '.healthlintrc.yaml'), '# strict house style\nrules:\n  hype: off\n');
      const since = client.mark();
      await client.change(uri, 2, `${hypeSentence} Really.\n`);
      expect(byRule(await client.diagnostics(uri, (p) => p.version === 2, since), 'hype')).toEqual([]);

      const hover = await client.hover(uri, { line: 0, character: 3 });
      expect(hover).toBeNull(); // nothing flagged any more

      // Settings pushed with didChangeConfiguration (no pull support) are honoured.
      writeFileSync(join(outside, '.healthlintrc.yaml'), 'rules:\n  hype: warn\n');
      const pushed = client.mark();
      await client.configurationChanged({ healthlint: { enable: false } });
      await client.change(uri, 3, `${hypeSentence}\n`);
      expect((await client.diagnostics(uri, (p) => p.version === 3, pushed)).diagnostics).toEqual([]);
      await client.configurationChanged({ healthlint: { enable: true } });
      const enabled = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, pushed);
      const plainHover = await client.hover(uri, (enabled.diagnostics[0] as Diagnostic).range.start);
      expect(plainHover?.contents).toMatchObject({ kind: 'plaintext' });
    } finally {
      await client.stop();
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('re-lints when client settings change: disabled, enabled, one config file, then on save only', async () => {
    let settings: Record<string, unknown> = { enable: false };
    const client = await LspClient.start({ workspaceFolders: folder(workspace.dir), settings: () => settings });
    try {
      const uri = workspace.uri('notes.txt');
      await client.open(uri, workspace.text('notes.txt'), 'plaintext');
      expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
      settings = { enable: true };
      let since = client.mark();
      await client.configurationChanged(null);
      const warnings = await client.diagnostics(uri, () => true, since);
      expect(warnings.diagnostics.length).toBeGreaterThan(0);

      // configFile: one config for every document, like the CLI's --config.
      writeFileSync(join(workspace.dir, 'house.yml'), 'preset: strict\n');
      settings = { configFile: 'house.yml' };
      since = client.mark();
      await client.configurationChanged(null);
      const strict = await client.diagnostics(uri, () => true, since);
      expect(strict.diagnostics.map((d) => [d.code, d.severity])).toEqual(warnings.diagnostics.map((d) => [d.code, 1]));

      settings = { run: 'onSave' };
      since = client.mark();
      await client.configurationChanged(null);
      await client.diagnostics(uri, () => true, since);
      await client.change(uri, 2, 'A calm text.\n');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(client.published.filter((p) => p.uri === uri && p.version === 2)).toEqual([]);
      since = client.mark();
      await client.save(uri);
      expect((await client.diagnostics(uri, () => true, since)).diagnostics).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('also serves over Node IPC, and explains itself when started without a transport', async () => {
    const client = await LspClient.start({ workspaceFolders: folder(workspace.dir), transport: 'ipc' });
    try {
      const uri = workspace.uri('ipc.md');
      await client.open(uri, `${hypeSentence}\n`);
      expect(byRule(await client.diagnostics(uri), 'hype').map(flaggedText)).toEqual(hypeExample.flags);
    } finally {
      await client.stop();
    }
    const bare = await run(process.execPath, [join(repoRoot, 'bin', 'healthlint-language-server.js')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(bare).toMatchObject({ code: 2, stderr: expect.stringContaining('--stdio') as string });
  });

  it('survives unknown documents, bad command arguments, thousands of findings, binary, huge and unsaved documents', async () => {
    const client = await LspClient.start({ workspaceFolders: folder(workspace.dir) });
    try {
      const ghost = workspace.uri('ghost.md');
      expect(await client.hover(ghost, { line: 0, character: 0 })).toBeNull();
      const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      expect(await client.codeActions(ghost, [], nowhere)).toEqual([]);
      await client.executeCommand('healthlint.disableRuleInProject', [42]);
      expect(existsSync(join(workspace.dir, '.healthlintrc.json'))).toBe(false);

      const many = workspace.uri('many.md');
      await client.open(many, `${hypeSentence} `.repeat(3000));
      expect(byRule(await client.diagnostics(many), 'hype')).toHaveLength(3000);

      const binary = workspace.uri('image.md');
      await client.open(binary, 'PNG\u0000\u0001\u0002 miracle');
      const [binaryProblem, ...rest] = (await client.diagnostics(binary)).diagnostics;
      expect(rest).toEqual([]);
      expect(binaryProblem).toMatchObject({ code: 'read-error', severity: 1 });
      expect(binaryProblem?.message).toContain('binary');

      const huge = workspace.uri('huge.md');
      await client.open(huge, `${'a miracle '.repeat(1_100_000)}\n`);
      const [hugeProblem, ...more] = (await client.diagnostics(huge, () => true, 0, 20_000)).diagnostics;
      expect(more).toEqual([]);
      expect(hugeProblem?.message).toMatch(/over the 10 MB limit/);

      const untitled = 'untitled:Untitled-1';
      await client.open(untitled, `${hypeSentence}\n`);
      expect(byRule(await client.diagnostics(untitled), 'hype').map(flaggedText)).toEqual(hypeExample.flags);
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });
});

describe('commands edit only open documents’ projects, inside a workspace folder', () => {
  let root: string;
  let ws: string;
  let victim: string;
  let client: LspClient;
  const victimConfig = () => join(victim, '.healthlintrc.json');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'healthlint-escape-'));
    ws = join(root, 'ws');
    victim = join(root, 'victim');
    mkdirSync(ws);
    mkdirSync(victim);
    writeFileSync(join(victim, 'x.md'), `${hypeSentence}\n`);
    symlinkSync(victim, join(ws, 'linked'));
    client = await LspClient.start({ workspaceFolders: folder(ws) });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['a file outside the workspace', () => pathToFileURL(join(victim, 'x.md')).href],
    ['a path climbing out with ..', () => `${pathToFileURL(ws).href}/../victim/x.md`],
    ['a path climbing out with %2e%2e', () => `${pathToFileURL(ws).href}/%2e%2e/victim/x.md`],
    ['a path climbing out with %2E%2e', () => `${pathToFileURL(ws).href}/%2E%2e/victim/x.md`],
    ['a link in the workspace to a folder outside it', () => `${pathToFileURL(ws).href}/linked/x.md`],
  ])('refuses %s, even when the document is open', async (_, uriOf) => {
    const uri = uriOf();
    await client.open(uri, `${hypeSentence}\n`);
    await client.diagnostics(uri);
    const shown = client.messages.length;
    expect(await client.executeCommand('healthlint.disableRuleInProject', [uri, 'hype'])).toBeNull();
    expect(await client.executeCommand('healthlint.addWordToDictionary', [uri, 'zorblax'])).toBeNull();
    expect(existsSync(victimConfig())).toBe(false);
    expect(readdirSync(victim)).toEqual(['x.md']);
    expect(existsSync(join(ws, '.healthlintrc.json'))).toBe(false);
    expect(client.messages.slice(shown).map((m) => m.message)).toContainEqual(
      expect.stringMatching(/not inside a workspace folder/),
    );
    await client.close(uri);
  });

  it('refuses a document inside the workspace that is not open', async () => {
    const uri = pathToFileURL(join(ws, 'closed.md')).href;
    await client.executeCommand('healthlint.disableRuleInProject', [uri, 'hype']);
    expect(existsSync(join(ws, '.healthlintrc.json'))).toBe(false);
    expect(client.messages.map((m) => m.message)).toContainEqual(expect.stringMatching(/not an open file/));
  });

  it('runs no command before initialize nor after shutdown', async () => {
    const early = await LspClient.start({ initialize: false });
    try {
      const uri = pathToFileURL(join(victim, 'x.md')).href;
      await early.open(uri, `${hypeSentence}\n`);
      await expect(early.executeCommand('healthlint.disableRuleInProject', [uri, 'hype'])).rejects.toMatchObject({
        code: -32002,
      });
      expect(existsSync(victimConfig())).toBe(false);
      await early.initialize({ workspaceFolders: folder(victim) });
      await early.open(uri, `${hypeSentence}\n`);
      await early.connection.sendRequest(ShutdownRequest.type);
      await expect(early.executeCommand('healthlint.disableRuleInProject', [uri, 'hype'])).rejects.toMatchObject({
        code: -32600,
      });
      expect(existsSync(victimConfig())).toBe(false);
    } finally {
      await early.stop();
    }
  });

  it('never reads or writes a word list or config that is a link out of the project', async () => {
    const secret = join(victim, 'secret.txt');
    writeFileSync(secret, 'hunter2\n');
    symlinkSync(secret, join(ws, 'words.txt'));
    writeFileSync(
      join(ws, '.healthlintrc.json'),
      JSON.stringify({ rules: { spelling: ['warn', { dictionary: 'words.txt' }] } }),
    );
    const uri = pathToFileURL(join(ws, 'article.md')).href;
    await client.open(uri, 'The zorblax dose was measured.\n');
    await client.diagnostics(uri);
    await client.executeCommand('healthlint.addWordToDictionary', [uri, 'zorblax']);
    expect(lstatSync(join(ws, 'words.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(secret, 'utf8')).toBe('hunter2\n');
    expect(client.messages.map((m) => m.message)).toContainEqual(expect.stringMatching(/outside the project folder/));

    // The config itself a link to one outside: its contents are not copied in either.
    const outsideConfig = join(victim, 'config.json');
    writeFileSync(outsideConfig, '{ "rules": { "hype": "warn" } }\n');
    rmSync(join(ws, '.healthlintrc.json'));
    symlinkSync(outsideConfig, join(ws, '.healthlintrc.json'));
    await client.watchedFilesChanged([{ uri: pathToFileURL(join(ws, '.healthlintrc.json')).href, type: 2 }]);
    await client.executeCommand('healthlint.disableRuleInProject', [uri, 'hype']);
    expect(lstatSync(join(ws, '.healthlintrc.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(outsideConfig, 'utf8')).toBe('{ "rules": { "hype": "warn" } }\n');
    rmSync(join(ws, '.healthlintrc.json'));
    rmSync(join(ws, 'words.txt'));
    await client.close(uri);
  });

  it('reports a broken YAML config instead of creating a competing .healthlintrc.json', async () => {
    writeFileSync(join(ws, '.healthlintrc.yaml'), 'rules:\n  hype: [warn\n');
    const uri = pathToFileURL(join(ws, 'broken.md')).href;
    await client.open(uri, `${hypeSentence}\n`);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['config-error']);
    const shown = client.messages.length;
    await client.executeCommand('healthlint.disableRuleInProject', [uri, 'hype']);
    expect(existsSync(join(ws, '.healthlintrc.json'))).toBe(false);
    expect(readFileSync(join(ws, '.healthlintrc.yaml'), 'utf8')).toBe('rules:\n  hype: [warn\n');
    expect(client.messages.slice(shown).map((m) => m.message)).toContainEqual(
      expect.stringMatching(/cannot disable «hype»: .*\.healthlintrc\.yaml/),
    );
    rmSync(join(ws, '.healthlintrc.yaml'));
    await client.close(uri);
  });

  it('disables a rule in a YAML config without changing the anchor other rules share', async () => {
    writeFileSync(join(ws, '.healthlintrc.yaml'), 'rules:\n  hype: &level error\n  vague-attribution: *level\n');
    const uri = pathToFileURL(join(ws, 'anchored.md')).href;
    await client.open(uri, `${hypeSentence}\n`);
    await client.diagnostics(uri);
    await client.executeCommand('healthlint.disableRuleInProject', [uri, 'hype']);
    const text = readFileSync(join(ws, '.healthlintrc.yaml'), 'utf8');
    expect(YAML.parse(text)).toEqual({ rules: { hype: 'off', 'vague-attribution': 'error' } });
    rmSync(join(ws, '.healthlintrc.yaml'));
    await client.close(uri);
  });
});

describe('malformed message headers', () => {
  /** Starts the real server over stdio, writes `bytes`, and waits (at most 10 s) for it to exit. */
  async function exitAfter(bytes: string): Promise<{ code: number | null; stderr: string; ms: number }> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    const started = Date.now();
    child.stdin.write(bytes);
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(-1);
      }, 10_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    return { code, stderr, ms: Date.now() - started };
  }
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { processId: null, rootUri: null, capabilities: {} },
  });

  it.each([
    ['a length that is not a number', `Content-Length: abc\r\n\r\n${body}`, /Content-Length "abc"/],
    ['a negative length', `Content-Length: -5\r\n\r\n${body}`, /Content-Length "-5"/],
    ['no length', `Content-Type: application/vscode-jsonrpc\r\n\r\n${body}`, /without Content-Length/],
    ['a length too small', `Content-Length: 3\r\n\r\n${body}`, /not "Name: value" lines/],
    ['a length too large', `Content-Length: ${body.length + 1000}\r\n\r\n${body}`, /bytes short of its Content-Length/],
    ['a header that never ends', `Content-Length: 10${'x'.repeat(5000)}`, /longer than 4096 bytes/],
  ])('exits with a logged error on %s, so the client restarts it', async (_, bytes, reason) => {
    const { code, stderr, ms } = await exitAfter(bytes);
    expect(code).toBe(1);
    expect(stderr).toMatch(reason);
    expect(stderr).toMatch(/exiting so that it restarts the server/);
    expect(ms).toBeLessThan(9000);
  });
});

describe('files that are links to devices', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'healthlint-devices-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a .healthlintignore linked to /dev/zero', 'ignore'],
    ['healthlint.configFile set to /dev/zero', 'configFile'],
  ])('%s gives a diagnostic, and the server keeps answering', async (_, kind) => {
    const ws = mkdtempSync(join(dir, `${kind}-`));
    if (kind === 'ignore') symlinkSync('/dev/zero', join(ws, '.healthlintignore'));
    const client = await LspClient.start({
      workspaceFolders: folder(ws),
      settings: () => (kind === 'configFile' ? { configFile: '/dev/zero' } : {}),
    });
    try {
      const uri = pathToFileURL(join(ws, 'article.md')).href;
      await client.open(uri, `${hypeSentence}\n`);
      const { diagnostics } = await client.diagnostics(uri, () => true, 0, 15_000);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.message).toContain(kind === 'ignore' ? '.healthlintignore' : '/dev/zero');
      expect(diagnostics[0]?.message).toMatch(/not a regular file|regular/i);
      expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });
});
