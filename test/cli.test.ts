import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { makeTree, parseJsonReport, runCli } from './cli-helpers.js';

/** Other rules also fire on these short articles; the CLI behaviour under test is shown with `hype`. */
const hypeOnly = <T extends { ruleId: string | null }>(messages: T[] | undefined): T[] =>
  (messages ?? []).filter((message) => message.ruleId === 'hype');

const hypeArticle = 'This miracle supplement works.\n';
const cleanArticle = 'The supplement lowered blood pressure by 2 mmHg in one small trial.\n';

describe('exit codes', () => {
  it('is 0 for a clean file and 0 for warnings only', () => {
    const root = makeTree({ 'clean.md': cleanArticle, 'hype.md': hypeArticle });
    expect(runCli(['--no-config', '--preset', 'recommended', 'clean.md'], { cwd: root }).code).toBe(0);
    const warned = runCli(['--no-config', '--rule', 'hype=warn', 'hype.md'], { cwd: root });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('miracle');
  });

  it('is 1 for errors and for warnings over --max-warnings', () => {
    const root = makeTree({ 'hype.md': hypeArticle });
    expect(runCli(['--rule', 'hype=error', 'hype.md'], { cwd: root }).code).toBe(1);
    const over = runCli(['--rule', 'hype=warn', '--max-warnings', '0', 'hype.md'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/more than --max-warnings 0/);
    expect(runCli(['--rule', 'hype=warn', '--max-warnings', '5', 'hype.md'], { cwd: root }).code).toBe(0);
  });

  it('is 2 with one line and no stack trace for usage and config mistakes', () => {
    const root = makeTree({
      'a.md': hypeArticle,
      'bad/.healthlintrc.json': '{"rules": {"not-a-rule": "warn"}}',
      'bad/b.md': hypeArticle,
    });
    for (const args of [
      ['--bogus'],
      [],
      ['missing.md'],
      ['--rule', 'hype=loud', 'a.md'],
      ['--max-warnings', 'x', 'a.md'],
      ['bad/b.md'],
    ]) {
      const result = runCli(args, { cwd: root });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const unknown = runCli(['bad/b.md'], { cwd: root });
    expect(unknown.stderr).toContain(join('bad', '.healthlintrc.json'));
    expect(unknown.stderr).toContain('rules.not-a-rule');
  });

  it('prints a stack trace only with --debug', () => {
    const root = makeTree({ '.healthlintrc': 'rules: [', 'a.md': hypeArticle });
    const plain = runCli(['a.md'], { cwd: root });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/\.healthlintrc:\d+:\d+/);
    const debug = runCli(['--debug', 'a.md'], { cwd: root });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('inputs', () => {
  it('expands folders to supported extensions and globs to matches, honouring .healthlintignore', () => {
    const root = makeTree({
      'docs/a.md': hypeArticle,
      'docs/b.html': `<p>${hypeArticle}</p>`,
      'docs/c.txt': hypeArticle,
      'docs/skip.json': '{}',
      'docs/drafts/d.md': hypeArticle,
      'node_modules/x/e.md': hypeArticle,
      '.healthlintignore': 'drafts/\n',
    });
    const report = parseJsonReport(runCli(['--format', 'json', '--rule', 'hype=warn', 'docs'], { cwd: root }).stdout);
    expect(report.map((file) => file.path)).toEqual([
      join('docs', 'a.md'),
      join('docs', 'b.html'),
      join('docs', 'c.txt'),
    ]);
    const globbed = parseJsonReport(runCli(['--format', 'json', 'docs/**/*.md', '--no-ignore'], { cwd: root }).stdout);
    expect(globbed.map((file) => file.path)).toEqual([join('docs', 'a.md'), join('docs', 'drafts', 'd.md')]);
    const patterned = parseJsonReport(
      runCli(['--format', 'json', '--ignore-pattern', '*.txt', 'docs'], { cwd: root }).stdout,
    );
    expect(patterned.map((file) => file.path)).not.toContain(join('docs', 'c.txt'));
  });

  it('lints standard input with --stdin-filename choosing format and config', () => {
    const root = makeTree({ 'sub/.healthlintrc.json': '{"rules": {"hype": "error"}}' });
    const result = runCli(['--stdin', '--stdin-filename', 'sub/post.html', '--format', 'json'], {
      cwd: root,
      input: '<html><body><script>miracle()</script><p>A miracle drug.</p></body></html>',
    });
    expect(result.code).toBe(1);
    const [file] = parseJsonReport(result.stdout);
    expect(file?.path).toBe(join('sub', 'post.html'));
    expect(file?.messages.map((message) => message.ruleId)).toEqual(['hype']);
    expect(file?.messages[0]?.severity).toBe('error');
  });

  it('reports a binary file as one fatal message and still lints the others', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const root = makeTree({
      'a.md': hypeArticle,
      'image.md': png,
      'z.md': hypeArticle,
      'bad-utf8.txt': Buffer.from([0x61, 0xff, 0x62]),
    });
    const result = runCli(['--format', 'json', '--rule', 'hype=warn', '.'], { cwd: root });
    expect(result.code).toBe(1);
    const report = parseJsonReport(result.stdout);
    const byPath = Object.fromEntries(report.map((file) => [file.path, file.messages]));
    expect(byPath['image.md']).toHaveLength(1);
    expect(byPath['image.md']?.[0]).toMatchObject({ fatal: true, ruleId: 'read-error' });
    expect(byPath['image.md']?.[0]?.reason).toMatch(/binary/);
    expect(byPath['bad-utf8.txt']?.[0]?.reason).toMatch(/invalid UTF-8 at byte 1/);
    expect(byPath['a.md']?.[0]?.ruleId).toBe('hype');
    expect(byPath['z.md']?.[0]?.ruleId).toBe('hype');
  });
});

describe('config discovery', () => {
  const tree = {
    '.healthlintrc.yaml': 'rules:\n  hype: error\n',
    'a.md': hypeArticle,
    'nested/.healthlintrc.json': '{"rules": {"hype": "off"}}',
    'nested/b.md': hypeArticle,
    'pkg/package.json': '{"name": "x", "healthlint": {"rules": {"hype": "warn"}}}',
    'pkg/deeper/c.md': hypeArticle,
    'plain/package.json': '{"name": "no-field"}',
    'plain/d.md': hypeArticle,
  };

  it('uses the nearest config file and package.json field', () => {
    const root = makeTree(tree);
    const report = parseJsonReport(runCli(['--format', 'json', '.'], { cwd: root }).stdout);
    const severities = Object.fromEntries(
      report.map((file) => [file.path, hypeOnly(file.messages).map((message) => message.severity)]),
    );
    expect(severities['a.md']).toEqual(['error']);
    expect(severities[join('nested', 'b.md')]).toEqual([]);
    expect(severities[join('pkg', 'deeper', 'c.md')]).toEqual(['warning']);
    expect(severities[join('plain', 'd.md')]).toEqual(['error']);
  });

  it('honours --config, --no-config, --rule and --print-config', () => {
    const root = makeTree({ ...tree, 'other.yml': 'rules:\n  hype: warn\n' });
    const forced = parseJsonReport(
      runCli(['--format', 'json', '--config', 'other.yml', 'nested/b.md'], { cwd: root }).stdout,
    );
    expect(hypeOnly(forced[0]?.messages).map((message) => message.severity)).toEqual(['warning']);
    const none = runCli(['--format', 'json', '--no-config', '--rule', 'hype=off', 'a.md'], { cwd: root });
    expect(hypeOnly(parseJsonReport(none.stdout)[0]?.messages)).toEqual([]);
    const printed = JSON.parse(runCli(['--print-config', 'nested/b.md'], { cwd: root }).stdout) as {
      configFile: string;
      rules: Record<string, unknown>;
    };
    expect(printed.configFile).toBe(join(root, 'nested', '.healthlintrc.json'));
    expect(printed.rules['hype']).toBe('off');
  });
});

describe('inline control comments', () => {
  it('disables, re-enables and ignores the next block', () => {
    const markdown = [
      'A miracle drug for patients, one.',
      '',
      '<!--healthlint disable hype-->',
      '',
      'A miracle drug for patients, two.',
      '',
      '<!--healthlint enable hype-->',
      '',
      '<!--healthlint ignore hype-->',
      'A miracle drug for patients, three.',
      '',
      'A miracle drug for patients, four.',
      '',
    ].join('\n');
    const root = makeTree({ 'a.md': markdown, 'b.html': markdown.replaceAll(/^A (.*)$/gm, '<p>A $1</p>') });
    for (const path of ['a.md', 'b.html']) {
      const report = parseJsonReport(runCli(['--format', 'json', '--rule', 'hype=warn', path], { cwd: root }).stdout);
      expect(
        report[0]?.messages.map((message) => message.place?.start.line),
        path,
      ).toEqual([1, 12]);
    }
  });
});

describe('output formats', () => {
  const root = makeTree({
    'a.md': hypeArticle,
    'b.txt': 'Plain text, a breakthrough.\n',
    'odd,name:1.md': hypeArticle,
  });

  it('json carries ruleId, source, reason, place with offsets, note, url and expected', () => {
    const report = parseJsonReport(runCli(['--format', 'json', '--rule', 'hype=warn', 'a.md'], { cwd: root }).stdout);
    const message = report[0]?.messages[0] as unknown as Record<string, unknown>;
    expect(message).toMatchObject({ ruleId: 'hype', source: 'healthlint', severity: 'warning' });
    expect(message['place']).toEqual({
      start: { line: 1, column: 6, offset: 5 },
      end: { line: 1, column: 13, offset: 12 },
    });
    expect(typeof message['note']).toBe('string');
    expect(message['url']).toMatch(/hype\.md$/);
    expect(Array.isArray(message['expected'])).toBe(true);
  });

  it('sarif validates against the SARIF 2.1.0 schema and describes every rule', () => {
    const result = runCli(['--format', 'sarif', '--rule', 'hype=error', 'a.md', 'b.txt', 'missing-dir/../a.md'], {
      cwd: root,
    });
    const sarif = JSON.parse(result.stdout) as {
      runs: {
        tool: { driver: { rules: { fullDescription: { text: string }; help: { text: string } }[] } };
        results: { locations: unknown[] }[];
      }[];
    };
    const schemaPath = new URL(
      '../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
      import.meta.url,
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new (AjvDraft04 as unknown as typeof Ajv)({
      strict: false,
      validateFormats: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    expect(run?.results.length).toBeGreaterThanOrEqual(2);
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
    for (const found of run?.results ?? []) expect(found.locations).toHaveLength(1);
    const fingerprints = (run?.results ?? []).map(
      (found) =>
        (found as unknown as { partialFingerprints: Record<string, string> }).partialFingerprints[
          'healthlintFinding/v1'
        ],
    );
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('github prints one workflow command per finding with escaped properties', () => {
    const lines = runCli(['--format', 'github', '--rule', 'hype=error', 'a.md'], { cwd: root })
      .stdout.trim()
      .split('\n');
    expect(
      lines.every((line) =>
        /^::(error|warning|notice) file=a\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=/.test(line),
      ),
    ).toBe(true);
    expect(lines).toContain(
      '::error file=a.md,line=1,col=6,endLine=1,endColumn=13,title=healthlint (hype)::Unexpected sensational wording `miracle`, describe the measured effect instead',
    );
    const escaped = runCli(['--format', 'github', '--rule', 'hype=error', 'odd,name:1.md'], { cwd: root }).stdout;
    expect(escaped).toContain('file=odd%2Cname%3A1.md,');
  });

  it('--output writes the report to a file and --quiet keeps errors only', () => {
    const written = runCli(['--format', 'json', '--output', 'report.json', '--rule', 'hype=warn', 'a.md'], {
      cwd: root,
    });
    expect(written.stdout).toBe('');
    expect(hypeOnly(parseJsonReport(readFileSync(join(root, 'report.json'), 'utf8'))[0]?.messages)).toHaveLength(1);
    const quiet = runCli(['--format', 'json', '--quiet', '--rule', 'hype=warn', 'a.md'], { cwd: root });
    expect(parseJsonReport(quiet.stdout)[0]?.messages.filter((message) => message.severity !== 'error')).toEqual([]);
  });

  it('stylish is the default and readable', () => {
    const result = runCli(['--rule', 'hype=warn', 'a.md'], { cwd: root });
    expect(result.stdout).toMatch(/a\.md\n\s*1:6-1:13\s+warning\s+Unexpected sensational wording `miracle`/);
  });
});

describe('informational flags', () => {
  it('--version, --help, --list-rules and --explain', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCli(['--help']).stdout;
    for (const flag of [
      '--format',
      '--max-warnings',
      '--stdin-filename',
      '--explain',
      '--print-config',
      '--language',
    ]) {
      expect(help).toContain(flag);
    }
    expect(runCli(['--list-rules']).stdout).toMatch(/^hype\s+warn\s+/m);
    const explained = runCli(['--explain', 'hype']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/^# `hype`/);
    expect(explained.stdout).toContain('## How to fix');
    const unknown = runCli(['--explain', 'hyp']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean `hype`');
  });
});
