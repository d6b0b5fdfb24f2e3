import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { configKey } from '../src/cache.js';
import { loadConfigFile } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { lintText } from '../src/lint.js';
import { healthlintPreset } from '../src/unified-preset.js';
import { parseJsonReport, runCli } from './cli-helpers.js';
import { LspClient } from './server-client.js';

/**
 * `unifiedPlugins`: unified lint plugins a project already uses, run by healthlint on the same
 * trees, their messages reported as `<plugin>/<ruleId>` everywhere healthlint's own are. The two
 * plugins are real packages (devDependencies): one remark-lint rule (mdast) and retext-equality
 * (nlcst).
 */
const packageRoot = new URL('..', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A project whose node_modules holds the two plugins, installed as links to this checkout's copies. */
function project(config: unknown, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'healthlint-unified-plugins-'));
  folders.push(root);
  mkdirSync(join(root, 'node_modules'));
  for (const name of ['remark-lint-no-duplicate-headings', 'retext-equality']) {
    symlinkSync(join(packageRoot, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  writeFileSync(join(root, '.healthlintrc.json'), JSON.stringify(config));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const bothPlugins = {
  preset: 'recommended',
  unifiedPlugins: ['remark-lint-no-duplicate-headings', ['retext-equality', { ignore: ['just'] }]],
};

const article = [
  '# Treatment',
  '',
  'The chairman said **his** patients improved.',
  '',
  '## Treatment',
  '',
  '<!--healthlint disable retext-equality/chairman-chairwoman-->',
  '',
  'Ask the chairman.',
  '',
].join('\n');

/** Findings of the two plugins only: place, id and reason. */
interface Placed {
  ruleId?: string | null | undefined;
  line?: number | null | undefined;
  column?: number | null | undefined;
  reason: string;
}

function theirs(messages: readonly Placed[]) {
  return messages
    .filter((message) => /^(?:remark-lint|retext-equality)\//.test(String(message.ruleId)))
    .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
}

const expected = [
  '3:5 retext-equality/chairman-chairwoman `chairman` may be insensitive, use `chair`, `head`, `chairperson`, `coordinator`, `committee head`, `moderator`, `presiding officer` instead',
  '3:21 retext-equality/her-him `his` may be insensitive, when referring to a person, use `their`, `theirs`, `them` instead',
  '5:1 remark-lint/no-duplicate-headings Unexpected heading with equivalent text, expected unique headings',
];

function configIn(root: string) {
  return resolveConfig(loadConfigFile(join(root, '.healthlintrc.json')), {}, root);
}

describe('unified lint plugins from config', () => {
  it('runs a remark-lint rule on the mdast and retext-equality on the prose paragraphs, placed in the source', () => {
    const root = project(bothPlugins);
    const file = lintText(article, { config: configIn(root), filePath: join(root, 'a.md') });
    // The chairman after the disable comment is silenced like any healthlint rule.
    expect(theirs(file.messages)).toEqual(expected);
    const his = file.messages.find((message) => message.ruleId === 'retext-equality/her-him');
    expect(his).toMatchObject({
      source: 'healthlint',
      fatal: false,
      actual: 'his',
      expected: ['their', 'theirs', 'them'],
    });
    expect(article.slice(his!.place && 'start' in his!.place ? his!.place.start.offset : 0).startsWith('his')).toBe(
      true,
    );
  });

  it('keeps the severity a plugin is configured with, and runs none turned off with false', () => {
    const severities = (setting: unknown): unknown[] => {
      const root = project({ unifiedPlugins: [setting] });
      const file = lintText('# A\n\n# A\n', { config: configIn(root), filePath: join(root, 'a.md') });
      return file.messages
        .filter((message) => message.ruleId?.startsWith('remark-lint/'))
        .map((message) => [message.ruleId, message.fatal]);
    };
    expect(severities(['remark-lint-no-duplicate-headings', ['error']])).toEqual([
      ['remark-lint/no-duplicate-headings', true],
    ]);
    expect(severities('remark-lint-no-duplicate-headings')).toEqual([['remark-lint/no-duplicate-headings', false]]);
    expect(severities(['remark-lint-no-duplicate-headings', false])).toEqual([]);
  });

  it('checks a disable comment naming a plugin rule by its plugin, and still warns on unknown ids', () => {
    const root = project(bothPlugins);
    const text =
      '<!--healthlint disable retext-equality/anything remark-lint/no-duplicate-headings remark-lint/whatever no-such-rule-->\n\nHello.\n';
    const file = lintText(text, { config: configIn(root), filePath: join(root, 'a.md') });
    const unknown = file.messages.filter((message) => message.ruleId === 'known').map((message) => message.reason);
    // retext-equality reports many ids; a remark-lint rule one, so another remark-lint id is a typo.
    expect(unknown).toEqual([
      "Cannot disable `'remark-lint/whatever'`, it’s not known",
      "Cannot disable `'no-such-rule'`, it’s not known",
    ]);
  });

  it(
    'gives the same findings as JSON, in --jobs 2 workers, from --cache twice, as SARIF and under a baseline',
    { timeout: 120_000 },
    () => {
      const files: Record<string, string> = {};
      // Eight files: the fewest that --jobs lints in worker threads (src/pool/lint-paths.ts).
      for (let index = 0; index < 8; index++) files[`articles/a${index}.md`] = article;
      const root = project(bothPlugins, files);
      const findings = (stdout: string): string[] =>
        parseJsonReport(stdout).flatMap((file) =>
          theirs(
            file.messages.map((message) => ({
              ruleId: message.ruleId,
              line: message.place?.start.line,
              column: message.place?.start.column,
              reason: message.reason,
            })),
          ).map((finding) => `${file.path} ${finding}`),
        );
      const sequential = runCli(['--format', 'json', 'articles'], { cwd: root });
      expect(sequential.stderr).toBe('');
      const reference = findings(sequential.stdout);
      expect(reference).toHaveLength(24);
      const parallel = runCli(['--format', 'json', '--jobs', '2', '--verbose', 'articles'], { cwd: root });
      expect(parallel.stderr).toContain('8 files to lint on 2 lanes: --jobs 2');
      expect(findings(parallel.stdout)).toEqual(reference);
      expect(findings(runCli(['--format', 'json', '--cache', 'articles'], { cwd: root }).stdout)).toEqual(reference);

      const sarif = JSON.parse(runCli(['--format', 'sarif', 'articles'], { cwd: root }).stdout) as {
        runs: { results: { ruleId: string }[] }[];
      };
      const sarifIds = sarif.runs[0]!.results.map((result) => result.ruleId).filter((id) => id.includes('/'));
      expect(new Set(sarifIds)).toEqual(
        new Set([
          'retext-equality/chairman-chairwoman',
          'retext-equality/her-him',
          'remark-lint/no-duplicate-headings',
        ]),
      );

      runCli(['--write-baseline', 'baseline.json', 'articles'], { cwd: root });
      const baselined = runCli(['--format', 'json', '--baseline', 'baseline.json', 'articles'], { cwd: root });
      expect(findings(baselined.stdout)).toEqual([]);
    },
  );

  it('keys the cache on the plugins’ versions and options', () => {
    const one = configIn(project(bothPlugins));
    const other = configIn(
      project({ ...bothPlugins, unifiedPlugins: ['remark-lint-no-duplicate-headings', 'retext-equality'] }),
    );
    const none = configIn(project({ preset: 'recommended' }));
    expect(new Set([configKey(one), configKey(other), configKey(none)]).size).toBe(3);
    expect(runCli(['--print-config', 'a.md'], { cwd: dirname(one.configPath!) }).stdout).toContain(
      '"version": "6.6.0"',
    );
  });

  it('says in one line why --explain cannot explain a plugin rule it does not know (exit 2)', () => {
    const root = project(bothPlugins);
    // It exited 2 with no word at all for any unknown id holding a slash.
    const unified = runCli(['--explain', 'remark-lint/no-duplicate-headings'], { cwd: root });
    expect([unified.code, unified.stderr.trim().split('\n')]).toEqual([
      2,
      [
        'healthlint: Cannot explain `remark-lint/no-duplicate-headings`: it is reported by the unified plugin `remark-lint-no-duplicate-headings`, whose own documentation describes it',
      ],
    ]);
    const unknown = runCli(['--explain', 'acme/nothing'], { cwd: root });
    expect([unknown.code, unknown.stderr.trim().split('\n')]).toEqual([
      2,
      [
        'healthlint: Cannot explain `acme/nothing`: no plugin loaded here defines it (add the plugin to `plugins` or pass --plugin)',
      ],
    ]);
  });

  it('refuses a plugin that is missing, not a plugin or throws with one line naming it (exit 2)', () => {
    const cases: [unknown, Record<string, string>, RegExp][] = [
      [['remark-lint-not-installed'], {}, /unified plugin `remark-lint-not-installed` .*: not found$/],
      [['./not-a-plugin.js'], { 'not-a-plugin.js': 'export default 42;\n' }, /is not a unified plugin/],
      [['./broken.js'], { 'broken.js': 'throw new Error("boom");\n' }, /it threw while loading: boom$/],
      [
        [['./strict.js', { level: 11 }]],
        {
          'strict.js':
            'export default function strict(options) { if (options.level > 10) throw new Error("level too high"); }\n',
        },
        /it threw when given its options: level too high$/,
      ],
      [[42], {}, /`unifiedPlugins` should be a list of package names or relative paths/],
    ];
    for (const [unifiedPlugins, files, problem] of cases) {
      const root = project({ unifiedPlugins }, { 'a.md': 'Hello.\n', ...files });
      const result = runCli(['a.md'], { cwd: root });
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(problem);
    }
  });

  it('turns a plugin that throws while linting into one fatal message for that file, naming it', () => {
    const root = project(
      { unifiedPlugins: ['./throws.js'] },
      { 'throws.js': 'export default function throws() { return () => { throw new Error("bad tree"); }; }\n' },
    );
    const file = lintText('Hello.\n', { config: configIn(root), filePath: join(root, 'a.md') });
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      [
        'internal-error',
        true,
        'Cannot lint file: unexpected error: unified plugin `./throws.js` failed: bad tree (run with --debug for details)',
      ],
    ]);
  });

  it(
    'publishes the plugins’ findings, with their replacements, through the language server',
    { timeout: 60_000 },
    async () => {
      const root = project(bothPlugins, { 'a.md': article });
      const client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'project' }] });
      try {
        const uri = pathToFileURL(join(root, 'a.md')).href;
        await client.open(uri, article, 'markdown');
        const { diagnostics } = await client.diagnostics(uri);
        expect(
          theirs(
            diagnostics.map((diagnostic) => ({
              ruleId: String(diagnostic.code),
              line: diagnostic.range.start.line + 1,
              column: diagnostic.range.start.character + 1,
              reason: diagnostic.message,
            })),
          ),
        ).toEqual(expected);
        const his = diagnostics.find((diagnostic) => diagnostic.code === 'retext-equality/her-him');
        expect((his?.data as { expected?: string[] }).expected).toEqual(['their', 'theirs', 'them']);
      } finally {
        await client.stop();
      }
    },
  );

  it('runs in the unified preset in anyone’s remark pipeline, honouring disable comments', async () => {
    const root = project(bothPlugins);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const processor = unified()
        .use(remarkParse)
        .use(healthlintPreset({ preset: 'recommended', unifiedPlugins: bothPlugins.unifiedPlugins }));
      const file = new VFile({ value: article });
      await processor.run(processor.parse(file), file);
      // In the order the plugins ran: healthlint sorts messages only in its own processor.
      expect(theirs(file.messages).sort()).toEqual([...expected].sort());
    } finally {
      process.chdir(cwd);
    }
  });
});
