import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findingKeyOf, fingerprintOf } from '../src/fingerprint.js';
import { lintText } from '../src/lint.js';
import { checkstyleReporter } from '../src/reporters/checkstyle.js';
import { gitlabReporter } from '../src/reporters/gitlab.js';
import { junitReporter } from '../src/reporters/junit.js';
import { githubReporter } from '../src/reporters/github.js';
import { rdjsonlReporter } from '../src/reporters/rdjsonl.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { scorecardReporter } from '../src/reporters/scorecard.js';
import { stylishReporter } from '../src/reporters/stylish.js';
import type { ReporterOptions } from '../src/reporters/types.js';
import { onlyRules, builtInRules } from './helpers.js';
import { runCli, siteRepository } from './workflow-helpers.js';

const options: ReporterOptions = { cwd: '/site', color: false, verbose: false, ruleSet: builtInRules };

function lint(text: string, path: string, severity: 'warn' | 'error' = 'warn'): VFile {
  return lintText(text, { config: onlyRules({ hype: severity }), filePath: path, cwd: '/site' });
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML strictly (saxes rejects anything not well-formed) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0] as XmlElement;
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

/** A message whose text has everything XML escaping must survive. */
function awkwardFile(): VFile {
  const file = new VFile({ path: 'odd & "quoted" <name>.md', cwd: '/site', value: 'x' });
  const message = file.message('Bad `<b>` & "it\'s" ]]> \u0001 \uD800 emoji 😀', {
    place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    ruleId: 'hype',
    source: 'healthlint',
  });
  message.fatal = false;
  return file;
}

describe('junit', () => {
  it('has one testsuite per file and one failing testcase per finding; clean files pass', () => {
    const flagged = lint('A miracle drug. A breakthrough treatment.\n', 'docs/a.md');
    const clean = lint('Plain text.\n', 'docs/b.md');
    const root = parseXml(junitReporter([flagged, clean], options));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '3', failures: '2', errors: '0' });
    const [first, second] = all(root, 'testsuite');
    expect(first?.attributes).toMatchObject({ name: 'docs/a.md', tests: '2', failures: '2' });
    const failing = all(first as XmlElement, 'testcase');
    expect(failing.map((testcase) => testcase.attributes)).toEqual([
      { name: 'hype at docs/a.md:1:3', classname: 'docs/a.md', file: 'docs/a.md', line: '1' },
      { name: 'hype at docs/a.md:1:19', classname: 'docs/a.md', file: 'docs/a.md', line: '1' },
    ]);
    const failure = all(failing[0] as XmlElement, 'failure')[0];
    expect(failure?.attributes['message']).toContain('`miracle`');
    expect(failure?.text).toContain('docs/a.md:1:3-1:10 warning:');
    expect(all(second as XmlElement, 'testcase')).toMatchObject([{ attributes: { name: 'docs/b.md' }, children: [] }]);
  });

  it('reports an unreadable file as an error, and stays well-formed with any text', () => {
    const unreadable = new VFile({ path: 'bin.md', cwd: '/site' });
    Object.assign(unreadable.message('Cannot read', { ruleId: 'read-error', source: 'healthlint' }), { fatal: true });
    const root = parseXml(junitReporter([unreadable, awkwardFile()], options));
    expect(root.attributes).toMatchObject({ tests: '2', failures: '1', errors: '1' });
    const awkward = all(root, 'failure')[0];
    expect(awkward?.attributes['message']).toBe('Bad `<b>` & "it\'s" ]]>   emoji 😀');
    expect(all(root, 'testsuite')[1]?.attributes['name']).toBe('odd & "quoted" <name>.md');
  });
});

describe('checkstyle', () => {
  it('lists every file with an error element per finding', () => {
    const root = parseXml(
      checkstyleReporter([lint('A miracle drug.\n', 'a.md', 'error'), lint('Fine.\n', 'b.md'), awkwardFile()], options),
    );
    expect(root.name).toBe('checkstyle');
    const files = all(root, 'file');
    expect(files.map((file) => file.attributes['name'])).toEqual(['a.md', 'b.md', 'odd & "quoted" <name>.md']);
    expect(all(files[0] as XmlElement, 'error')[0]?.attributes).toMatchObject({
      line: '1',
      column: '3',
      severity: 'error',
      source: 'healthlint.hype',
    });
    expect(all(files[1] as XmlElement, 'error')).toEqual([]);
  });
});

describe('gitlab', () => {
  it('maps severities and uses the baseline fingerprint, unique for repeats and stable across line shifts', () => {
    const text = 'A miracle drug. A miracle drug.\n';
    const file = lint(text, 'docs/a.md');
    const issues = JSON.parse(gitlabReporter([file, lint('A miracle drug.\n', 'b.md', 'error')], options)) as {
      fingerprint: string;
      severity: string;
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path])).toEqual([
      ['hype', 'minor', 'docs/a.md'],
      ['hype', 'minor', 'docs/a.md'],
      ['hype', 'major', 'b.md'],
    ]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(3);
    const message = file.messages[0];
    expect(issues[0]?.fingerprint).toBe(fingerprintOf(findingKeyOf(file, message as never, 'docs/a.md')));

    const shifted = JSON.parse(gitlabReporter([lint(`# Title\n\n${text}`, 'docs/a.md')], options)) as typeof issues;
    expect(shifted.map((issue) => issue.fingerprint)).toEqual(issues.slice(0, 2).map((issue) => issue.fingerprint));
    expect(shifted[0]?.location.lines.begin).toBe(3);
  });
});

describe('rdjsonl', () => {
  it('counts columns in UTF-8 bytes', () => {
    const line = 'Take 10 µg – café 😀 a miracle drug.';
    const file = lint(`# Dose\n\n${line}\n`, 'a.md');
    const [diagnostic] = rdjsonlReporter([file], options)
      .split('\n')
      .map((text) => JSON.parse(text) as Record<string, never>);
    const start = line.indexOf('miracle');
    const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
    expect(diagnostic).toMatchObject({
      location: {
        path: 'a.md',
        range: {
          start: { line: 3, column: bytes(line.slice(0, start)) + 1 },
          end: { line: 3, column: bytes(line.slice(0, start + 'miracle'.length)) + 1 },
        },
      },
      severity: 'WARNING',
      source: { name: 'healthlint' },
      code: { value: 'hype' },
    });
    expect(bytes(line.slice(0, start)) + 1).not.toBe(start + 1); // the conversion matters on this line
  });

  it('offers the best replacement as a suggestion over the same range', () => {
    const file = new VFile({ path: 'a.md', cwd: '/site', value: 'Très miracle.' });
    const message = file.message('Hype', {
      place: { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 13, offset: 12 } },
      ruleId: 'hype',
    });
    message.expected = ['remarkable', 'notable'];
    const range = { start: { line: 1, column: 7 }, end: { line: 1, column: 14 } };
    expect(JSON.parse(rdjsonlReporter([file], options))).toMatchObject({
      location: { range },
      severity: 'WARNING',
      suggestions: [{ range, text: 'remarkable' }],
    });
  });
});

describe('the CLI', () => {
  it('offers every CI format and writes it with --output', async () => {
    const root = siteRepository();
    for (const format of ['junit', 'checkstyle', 'gitlab', 'rdjsonl', 'html']) {
      const result = await runCli(['--format', format, '--output', `report.${format}`, 'site'], root);
      expect(result.code, format).toBe(0);
      const text = readFileSync(join(root, `report.${format}`), 'utf8');
      expect(text, format).toContain('new-migraine-drug');
      if (format === 'junit' || format === 'checkstyle') parseXml(text);
      if (format === 'gitlab') expect(Array.isArray(JSON.parse(text))).toBe(true);
      if (format === 'rdjsonl') for (const line of text.trim().split('\n')) JSON.parse(line);
    }
  });
});

describe('text from file names and articles cannot drive the terminal or the CI runner', () => {
  // A file name a pull request can commit: a GitHub Actions command, a line break starting
  // another, and ESC, BEL, CR and a C1 control that a terminal would act on.
  const hostileNames = [
    '::error file=README.md,line=1::pwned.md',
    'notes\n::warning file=a.md::injected.md',
    'bell\u0007\u001b]0;title\u0007\u001b[2J\rcr\u009bc1.md',
  ];
  const files = (): VFile[] => hostileNames.map((name) => lint('This miracle drug cures cancer.\n', name));
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it.each([
    ['stylish', stylishReporter],
    [
      'stylish --verbose',
      (input: VFile[], options: ReporterOptions) => stylishReporter(input, { ...options, verbose: true }),
    ],
    ['scorecard', scorecardReporter],
  ])('%s: control characters escaped, no line starts a workflow command', (_, reporter) => {
    const text = reporter(files(), options);
    expect(text).not.toMatch(controls);
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(text).toContain('./::error file=README.md,line=1::pwned.md');
    expect(text).toContain('notes\\n::warning file=a.md::injected.md');
    expect(text).toContain('bell\\x07\\x1b]0;title\\x07\\x1b[2J\\rcr\\x9bc1.md');
  });

  it('github: one command per finding, with control characters never sent raw', () => {
    const text = githubReporter(files(), options);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::warning file=/);
    expect(text).not.toMatch(controls);
  });

  it('the real binary: a committed file named like a command is reported under a harmless name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'healthlint-names-'));
    try {
      for (const name of hostileNames) writeFileSync(join(root, name), 'This miracle drug cures cancer.\n');
      const run = await runCli(['--no-color', '.'], root);
      expect(run.stdout).not.toMatch(controls);
      for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) expect(line).not.toMatch(/^\s*::/);
      expect(run.stdout).toContain('./::error file=README.md,line=1::pwned.md');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('sarif artifact locations', () => {
  it('percent-encode relative paths (RFC 3986): #, %, spaces and non-ASCII stay part of the path', () => {
    const report = JSON.parse(
      sarifReporter([lint('This miracle drug cures cancer.\n', 'we#ird %dir/é x?.md')], options),
    ) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = report.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('we%23ird%20%25dir/%C3%A9%20x%3F.md');
    expect(new URL(uri as string, 'file:///repo/').pathname).toBe('/repo/we%23ird%20%25dir/%C3%A9%20x%3F.md');
  });
});
