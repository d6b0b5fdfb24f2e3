import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import YAML from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rulesById } from '../rules/index.js';
import { resolveConfig } from '../src/config/resolve.js';
import { lintText } from '../src/lint.js';
import { addWordToDictionary, disableRuleInProject, type Validator } from '../src/server/config-edit.js';
import { toDiagnostic } from '../src/server/diagnostics.js';
import { disableInsertion } from '../src/server/disable-comment.js';
import { formatOfDocument } from '../src/server/document-linter.js';
import { FramingGuard } from '../src/server/framing.js';
import { LintScheduler } from '../src/server/scheduler.js';
import { defaultSettings, normalizeSettings } from '../src/server/settings.js';
import { realPathOf, WorkspaceFolders } from '../src/server/workspace.js';

describe('settings', () => {
  it('falls back to defaults for null, missing and mistyped fields', () => {
    expect(normalizeSettings(null)).toEqual(defaultSettings);
    expect(normalizeSettings(undefined)).toEqual(defaultSettings);
    expect(normalizeSettings([1, 2])).toEqual(defaultSettings);
    expect(
      normalizeSettings({ enable: 'no', run: 'sometimes', debounceMs: -5, maxFileSize: 0, configFile: ' ' }),
    ).toEqual(defaultSettings);
    expect(
      normalizeSettings({ enable: false, run: 'onSave', debounceMs: 0, maxFileSize: 1000, configFile: 'x.yml' }),
    ).toEqual({ enable: false, run: 'onSave', debounceMs: 0, maxFileSize: 1000, configFile: 'x.yml' });
  });
});

describe('diagnostics', () => {
  it('maps a message to an LSP diagnostic: zero-based UTF-16 range, code, docs, data and related places', () => {
    const text = 'Intro 😀.\r\nA miracle cure, says a study.\r\n';
    const document = TextDocument.create('file:///a.md', 'markdown', 3, text);
    const file = new VFile({ value: text, path: '/a.md' });
    const at = (offset: number) => ({ line: 0, column: 0, offset });
    const start = text.indexOf('miracle');
    const message = file.message('Unexpected `miracle`', {
      place: { start: at(start), end: at(start + 7) },
      ruleId: 'hype',
      source: 'healthlint',
    });
    message.fatal = true;
    message.url = 'https://example.invalid/hype';
    message.expected = ['promising', ''];
    message.note = 'Why';
    const studyAt = text.indexOf('a study');
    Object.assign(message, {
      related: [{ message: 'the source', place: { start: at(studyAt), end: at(studyAt + 7) } }],
    });
    expect(toDiagnostic(message, document)).toEqual({
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } },
      severity: 1,
      source: 'healthlint',
      code: 'hype',
      codeDescription: { href: 'https://example.invalid/hype' },
      message: 'Unexpected `miracle`',
      data: { ruleId: 'hype', expected: ['promising', ''], note: 'Why', text: 'miracle' },
      relatedInformation: [
        {
          location: {
            uri: 'file:///a.md',
            range: { start: { line: 1, character: 21 }, end: { line: 1, character: 28 } },
          },
          message: 'the source',
        },
      ],
    });
  });
});

describe('workspace folders', () => {
  it('picks the innermost folder, and the file’s own folder outside every workspace', () => {
    const folders = new WorkspaceFolders();
    folders.set(['file:///work/site', 'file:///work/site/blog', 'untitled:x']);
    expect(folders.rootFor('/work/site/blog/post.md')).toBe('/work/site/blog');
    expect(folders.rootFor('/work/site/about.md')).toBe('/work/site');
    expect(folders.rootFor('/elsewhere/notes/a.md')).toBe('/elsewhere/notes');
    expect(folders.rootFor('/work/sitemap/a.md')).toBe('/work/sitemap');
    folders.remove(['file:///work/site/blog']);
    expect(folders.rootFor('/work/site/blog/post.md')).toBe('/work/site');
  });
});

describe('which folder a command may edit', () => {
  it('is the workspace folder holding the file once links are resolved, never a folder a link leads to', () => {
    const root = mkdtempSync(join(tmpdir(), 'healthlint-folders-'));
    try {
      const ws = join(root, 'ws');
      mkdirSync(join(ws, 'drafts'), { recursive: true });
      mkdirSync(join(root, 'victim'));
      symlinkSync(join(root, 'victim'), join(ws, 'linked'));
      symlinkSync(ws, join(root, 'ws-link'));
      const folders = new WorkspaceFolders();
      folders.set([pathToFileURL(ws).href, pathToFileURL(join(root, 'ws-link')).href]);
      expect(folders.editableFolderOf(join(ws, 'drafts', 'new-file.md'))).toBe(ws);
      expect(folders.editableFolderOf(join(root, 'ws-link', 'a.md'))).toBe(join(root, 'ws-link'));
      expect(folders.editableFolderOf(join(ws, 'linked', 'x.md'))).toBeUndefined();
      expect(folders.editableFolderOf(join(root, 'victim', 'x.md'))).toBeUndefined();
      expect(folders.editableFolderOf(ws)).toBeUndefined();
      expect(folders.editableFolderOf(join(ws, '..victim.md'))).toBe(ws);
      expect(realPathOf(join(ws, 'linked', 'not', 'yet.md'))).toBe(join(realpathSync(root), 'victim', 'not', 'yet.md'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('document format', () => {
  it('follows the extension like the CLI, and the editor language only when the extension says nothing', () => {
    expect(formatOfDocument('/a/post.md', 'plaintext')).toBe('markdown');
    expect(formatOfDocument('/a/page.htm', 'markdown')).toBe('html');
    expect(formatOfDocument('/a/notes.txt', 'markdown')).toBe('text');
    expect(formatOfDocument('/a/post.mdx', 'markdown')).toBe('mdx');
    expect(formatOfDocument('/a/draft', 'markdown')).toBe('markdown');
    expect(formatOfDocument(undefined, 'mdx')).toBe('mdx');
    expect(formatOfDocument(undefined, 'html')).toBe('html');
    expect(formatOfDocument(undefined, 'rust')).toBe('text');
  });
});

describe('scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lints an isolated change at once and a burst once, after the last change', () => {
    let now = 0;
    const runs: string[] = [];
    const scheduler = new LintScheduler(
      (uri) => runs.push(`${uri}@${now}`),
      () => now,
    );
    scheduler.changed('a', 100);
    vi.advanceTimersByTime(0);
    expect(runs).toEqual(['a@0']);
    for (now = 10; now <= 60; now += 10) {
      scheduler.changed('a', 100);
      vi.advanceTimersByTime(10);
    }
    expect(runs).toEqual(['a@0']);
    now = 160;
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['a@0', 'a@160']);
    now = 1000;
    scheduler.changed('a', 100);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a@0', 'a@160', 'a@1000']);
  });

  it('forgets a closed document', () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler((uri) => runs.push(uri));
    scheduler.changed('a', 50);
    scheduler.changed('a', 50);
    scheduler.cancel('a');
    vi.advanceTimersByTime(500);
    expect(runs).toEqual([]);
  });
});

describe('disable comments', () => {
  // The hype rule's own documented example, so these tests do not depend on its lexicon: one line
  // with one finding, which fits in any block (newer examples with whole articles come first).
  const hype = rulesById
    .get('hype')!
    .definition.examples.find((example) => example.flags.length === 1 && !example.input.includes('\n'))!.input;
  const silenced = (source: string, format: 'markdown' | 'html'): boolean[] => {
    const file = lintText(source, { format });
    return file.messages.map((message) => {
      const offset = (message.place as { start: { offset: number } }).start.offset;
      const insertion = disableInsertion(source, format, offset, String(message.ruleId));
      if (!insertion) return false;
      const edited = source.slice(0, insertion.offset) + insertion.text + source.slice(insertion.offset);
      const shift = (at: number) => (at >= insertion.offset ? at - insertion.text.length : at);
      return !lintText(edited, { format }).messages.some(
        (after) => shift((after.place as { start: { offset: number } }).start.offset) === offset,
      );
    });
  };

  it('silences each Markdown block it is offered for: heading, paragraph, list, quote, table', () => {
    const source = `# ${hype}\n\n${hype}\n\n- ${hype}\n- b\n\n> ${hype}\n\n| a |\n|---|\n| ${hype} |\n\n${hype}\nline\n`;
    const results = silenced(source, 'markdown');
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.every(Boolean)).toBe(true);
    const second = source.indexOf(hype, 3);
    expect(disableInsertion(source, 'markdown', second + 5, 'hype')).toEqual({
      offset: second,
      text: '<!--healthlint ignore hype-->\n',
      scope: 'paragraph',
    });
  });

  it('silences HTML blocks, and offers nothing where the HTML reader would drop the comment', () => {
    const page = `<body><p>intro</p><h2>${hype}</h2><p>One <b>${hype}</b></p><ul><li>${hype}</li></ul><div>${hype}</div></body>`;
    const results = silenced(page, 'html');
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.every(Boolean)).toBe(true);
    const fragment = `<p>${hype}</p>`;
    expect(disableInsertion(fragment, 'html', 5, 'hype')).toBeUndefined();
    expect(disableInsertion(hype, 'text', 2, 'hype')).toBeUndefined();
  });

  it('keeps Windows line endings', () => {
    const source = 'Intro.\r\n\r\nA miracle.\r\n';
    expect(disableInsertion(source, 'markdown', source.indexOf('miracle'), 'hype')?.text).toBe(
      '<!--healthlint ignore hype-->\r\n',
    );
  });
});

describe('config edits', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'healthlint-edit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const acceptAll: Validator = () => undefined;
  const configAt = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return { ...resolveConfig(undefined, {}, dir), configPath: join(dir, name), baseDirectory: dir };
  };
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');

  it('creates .healthlintrc.json when the project has no config', () => {
    const result = disableRuleInProject('hype', resolveConfig(undefined, {}, dir), dir);
    expect(result).toEqual({ path: join(dir, '.healthlintrc.json'), created: true });
    expect(JSON.parse(read('.healthlintrc.json'))).toEqual({ rules: { hype: 'off' } });
  });

  it('keeps YAML comments, order and other keys', () => {
    const config = configAt(
      '.healthlintrc.yaml',
      '# House style\nlanguage: en-GB # British spelling\nrules:\n  # loud words\n  hype: error\n',
    );
    disableRuleInProject('hype', config, dir);
    expect(read('.healthlintrc.yaml')).toBe(
      '# House style\nlanguage: en-GB # British spelling\nrules:\n  # loud words\n  hype: off\n',
    );
  });

  it('edits the healthlint field of package.json and nothing else', () => {
    const text = '{\n\t"name": "site",\n\t"healthlint": {\n\t\t"preset": "strict"\n\t},\n\t"private": true\n}';
    const config = configAt('package.json', text);
    disableRuleInProject('hype', config, dir);
    expect(read('package.json')).toBe(
      '{\n\t"name": "site",\n\t"healthlint": {\n\t\t"preset": "strict",\n\t\t"rules": {\n\t\t\t"hype": "off"\n\t\t}\n\t},\n\t"private": true\n}',
    );
  });

  it('edits an extensionless .healthlintrc as JSON when it is JSON, as YAML otherwise', () => {
    disableRuleInProject('hype', configAt('.healthlintrc', '{"rules": {}}\n'), dir);
    expect(read('.healthlintrc')).toBe('{\n  "rules": {\n    "hype": "off"\n  }\n}\n');
    disableRuleInProject('hype', configAt('.healthlintrc', 'rules: {} # none yet\n'), dir);
    expect(read('.healthlintrc')).toBe('rules: { hype: off } # none yet\n');
  });

  it('refuses to write a config the CLI would reject, and leaves the file alone', () => {
    const config = configAt('.healthlintrc.json', '{ "rules": {} }\n');
    expect(() => disableRuleInProject('no-such-rule', config, dir)).toThrow(/not a healthlint rule/);
    expect(read('.healthlintrc.json')).toBe('{ "rules": {} }\n');
  });

  it('adds a word to spelling words in every shape a config can give the rule', () => {
    const cases: [string, unknown][] = [
      ['{}', ['warn', { words: ['esketamine'] }]],
      ['{"rules": {"spelling": "error"}}', ['error', { words: ['esketamine'] }]],
      ['{"rules": {"spelling": ["warn"]}}', ['warn', { words: ['esketamine'] }]],
      ['{"rules": {"spelling": ["warn", {"ignore": true}]}}', ['warn', { ignore: true, words: ['esketamine'] }]],
      ['{"rules": {"spelling": ["warn", {"words": ["ketamine"]}]}}', ['warn', { words: ['ketamine', 'esketamine'] }]],
      ['{"rules": {"spelling": ["warn", {"words": ["esketamine"]}]}}', ['warn', { words: ['esketamine'] }]],
    ];
    for (const [text, expected] of cases) {
      const config = configAt('.healthlintrc.json', text);
      config.rules.set('spelling', { severity: 'warn', options: {} });
      addWordToDictionary('esketamine', config, dir, acceptAll);
      expect((JSON.parse(read('.healthlintrc.json')) as { rules: Record<string, unknown> }).rules['spelling']).toEqual(
        expected,
      );
    }
  });

  it('keeps the preset’s spelling options when the config had none of its own', () => {
    const config = configAt('.healthlintrc.yml', '# ours\nrules:\n  spelling: warn\n');
    config.rules.set('spelling', { severity: 'warn', options: { words: ['NHS'], minLength: 3 } });
    addWordToDictionary('esketamine', config, dir, acceptAll);
    expect(read('.healthlintrc.yml')).toBe(
      '# ours\nrules:\n  spelling: [ warn, { words: [ NHS, esketamine ], minLength: 3 } ]\n',
    );
  });

  it('appends to the word-list file the spelling options name, once', () => {
    const config = configAt('.healthlintrc.json', '{}');
    config.rules.set('spelling', { severity: 'warn', options: { dictionary: 'words.txt' } });
    writeFileSync(join(dir, 'words.txt'), '# house words\nNHS');
    addWordToDictionary('esketamine', config, dir, acceptAll);
    addWordToDictionary('esketamine', config, dir, acceptAll);
    expect(read('words.txt')).toBe('# house words\nNHS\nesketamine\n');
    expect(read('.healthlintrc.json')).toBe('{}');
  });

  it('skips Hunspell .dic files (their words carry affix flags) for the first plain list', () => {
    const config = configAt('.healthlintrc.json', '{}');
    writeFileSync(join(dir, 'medical.dic'), '1\nketamine/S\n');
    writeFileSync(join(dir, 'medical.aff'), 'SET UTF-8\n');
    config.rules.set('spelling', { severity: 'warn', options: { dictionary: ['medical.dic', 'names.txt'] } });
    expect(addWordToDictionary('Freudenberger', config, dir, acceptAll)).toEqual({
      path: join(dir, 'names.txt'),
      created: true,
    });
    expect(read('names.txt')).toBe('Freudenberger\n');
    expect(read('medical.dic')).toBe('1\nketamine/S\n');
    config.rules.set('spelling', { severity: 'warn', options: { dictionary: ['medical.dic'] } });
    addWordToDictionary('Roulac', config, dir, acceptAll);
    expect(JSON.parse(read('.healthlintrc.json'))).toEqual({
      rules: { spelling: ['warn', { dictionary: ['medical.dic'], words: ['Roulac'] }] },
    });
  });
});

describe('message framing guard', () => {
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const feed = (chunks: Buffer[]) => {
    const problems: string[] = [];
    const out: Buffer[] = [];
    const guard = new FramingGuard((reason) => problems.push(reason), 0);
    guard.on('data', (chunk: Buffer) => out.push(chunk));
    for (const chunk of chunks) guard.write(chunk);
    return { problems, output: () => Buffer.concat(out).toString('utf8') };
  };

  it('passes well-framed messages on unchanged, however the bytes are split', () => {
    const stream = Buffer.from(
      frame('{"a":"é"}') + frame('{"b":2}') + 'content-length: 2\r\nContent-Type: x\r\n\r\n{}',
    );
    for (let size = 1; size <= stream.length; size++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
      const { problems, output } = feed(chunks);
      expect(problems).toEqual([]);
      expect(output()).toBe(stream.toString('utf8'));
    }
  });

  it.each([
    ['Content-Length: abc\r\n\r\n{}', /not a number/],
    ['Content-Length: -1\r\n\r\n{}', /not a number/],
    ['Content-Length: 0\r\n\r\n', /empty message/],
    ['Content-Length: 99999999999\r\n\r\n', /over the .*limit/],
    ['Content-Type: x\r\n\r\n{}', /without Content-Length/],
    [`${frame('{}')}garbage{"jsonrpc"`, /not "Name: value" lines/],
    ['Content-Length 2\r\n\r\n{}', /not "Name: value" lines/],
  ])('stops at the first bad header: %j', (stream, reason) => {
    const { problems } = feed([Buffer.from(stream)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(reason);
  });

  it('stops when a message stays unfinished', async () => {
    const problems: string[] = [];
    const guard = new FramingGuard((reason) => problems.push(reason), 50);
    guard.resume();
    guard.write(Buffer.from('Content-Length: 10\r\n\r\n{}'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(problems).toEqual(['a message body 8 bytes short of its Content-Length after 50 ms']);
  });
});

describe('YAML config edits and anchors', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'healthlint-anchor-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const acceptAll: Validator = () => undefined;
  const edit = (text: string, change: (config: ReturnType<typeof resolveConfig>) => void) => {
    writeFileSync(join(dir, '.healthlintrc.yaml'), text);
    change({ ...resolveConfig(undefined, {}, dir), configPath: join(dir, '.healthlintrc.yaml'), baseDirectory: dir });
    return readFileSync(join(dir, '.healthlintrc.yaml'), 'utf8');
  };

  it('changes only the rule it disables when its value is anchored and shared', () => {
    const text = 'rules:\n  hype: &s warn # loud words\n  spelling: *s\n  readability: *s\n';
    expect(edit(text, (config) => disableRuleInProject('hype', config, dir, acceptAll))).toBe(
      'rules:\n  hype: off # loud words\n  spelling: &s warn\n  readability: *s\n',
    );
  });

  it('breaks only its own alias when the rule it disables is the alias', () => {
    const text = 'rules:\n  spelling: &s warn\n  hype: *s # shared\n';
    expect(edit(text, (config) => disableRuleInProject('hype', config, dir, acceptAll))).toBe(
      'rules:\n  spelling: &s warn\n  hype: off # shared\n',
    );
  });

  it('adds a word to its own copy of spelling options shared through an alias', () => {
    const text = 'shared: &opts [warn, { words: [NHS] }]\nrules:\n  spelling: *opts\n';
    const after = edit(text, (config) => {
      config.rules.set('spelling', { severity: 'warn', options: { words: ['NHS'] } });
      addWordToDictionary('esketamine', config, dir, acceptAll);
    });
    expect(YAML.parse(after)).toEqual({
      shared: ['warn', { words: ['NHS'] }],
      rules: { spelling: ['warn', { words: ['NHS', 'esketamine'] }] },
    });
  });
});
