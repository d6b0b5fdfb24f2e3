import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configKey, ResultCache } from '../src/cache.js';
import type { main as sourceMain } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { resolveConfig } from '../src/config/resolve.js';
import { capture, makeTree } from './cli-helpers.js';
import { bin, repoRoot } from './workflow-helpers.js';

/** The built CLI, so that the cached run and the worker run are the very code `bin/` runs. */
const { main } = (await import(new URL('../dist/src/cli/main.js', import.meta.url).href)) as {
  main: typeof sourceMain;
};

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const io: CliIo = { stdin: Readable.from([]), stdout, stderr, cwd, env: { NO_COLOR: '1' } };
  const code = await main(['--format', 'json', ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const hype = 'This miracle supplement cures anxiety, experts say.';
const plain = 'The supplement lowered weight by 1 kg on average in one trial.';

function tree(count = 3): string {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) files[`articles/a${index}.md`] = `# A${index}\n\n${hype}\n`;
  return makeTree(files);
}

describe('--cache', () => {
  it('gives the same report on the first and the second run, and writes .healthlintcache in cwd', async () => {
    const root = tree();
    const uncached = await run(['articles'], root);
    const first = await run(['--cache', 'articles'], root);
    expect(existsSync(join(root, '.healthlintcache'))).toBe(true);
    const second = await run(['--cache', 'articles'], root);
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is never stale: an edited file, config or named word list is linted again', async () => {
    const root = tree();
    const cacheArgs = ['--cache', '--cache-location', 'cache.json', 'articles'];
    await run(cacheArgs, root);

    writeFileSync(join(root, 'articles', 'a0.md'), `# A0\n\n${plain}\n`);
    expect(await run(cacheArgs, root)).toEqual(await run(['articles'], root));

    writeFileSync(join(root, '.healthlintrc.json'), JSON.stringify({ rules: { hype: 'off' } }));
    const afterConfig = await run(cacheArgs, root);
    expect(afterConfig).toEqual(await run(['articles'], root));
    expect(afterConfig.stdout).not.toContain('"hype"');

    // A file an option names (a personal dictionary) is part of the key, whatever the rule.
    const words = join(root, 'words.txt');
    writeFileSync(words, 'esketamine\n');
    const config = resolveConfig(undefined, { rules: { hype: ['warn', { dictionary: 'words.txt' }] } }, root);
    const before = configKey(config);
    writeFileSync(words, 'esketamine\nketamine\n');
    expect(
      configKey(resolveConfig(undefined, { rules: { hype: ['warn', { dictionary: 'words.txt' }] } }, root)),
    ).not.toBe(before);
  });

  it('ignores a corrupt or foreign cache file and rebuilds it', async () => {
    const root = tree();
    const expected = await run(['articles'], root);
    for (const content of [
      '{"format":"healthlint-cache","version":1,"entries":{"x":{"content":1}}',
      'null',
      '[]',
      '\0\0',
    ]) {
      writeFileSync(join(root, '.healthlintcache'), content);
      expect(await run(['--cache', 'articles'], root)).toEqual(expected);
      const firstLine = readFileSync(join(root, '.healthlintcache'), 'utf8').split('\n')[0]!;
      expect((JSON.parse(firstLine) as { format: string }).format).toBe('healthlint-cache');
    }
  });

  it('warns and still lints when the cache cannot be written', async () => {
    const root = tree();
    mkdirSync(join(root, 'folder'));
    const result = await run(['--cache', '--cache-location', 'folder', 'articles'], root);
    const expected = await run(['articles'], root);
    expect(result.code).toBe(expected.code);
    expect(result.stdout).toBe(expected.stdout);
    expect(result.stderr).toMatch(/^healthlint: Cannot write cache .*folder/);
  });

  it('works with worker threads: misses are linted in parallel, hits are reused', { timeout: 120_000 }, async () => {
    const root = tree(12);
    const expected = await run(['--jobs', '1', 'articles'], root);
    expect(await run(['--cache', '--jobs', '2', 'articles'], root)).toEqual(expected);
    writeFileSync(join(root, 'articles', 'a5.md'), `# A5\n\n${plain}\n`);
    expect(await run(['--cache', '--jobs', '2', 'articles'], root)).toEqual(
      await run(['--jobs', '1', 'articles'], root),
    );
  });
});

describe('a tampered cache file', () => {
  const formats = [
    'stylish',
    'json',
    'sarif',
    'github',
    'junit',
    'checkstyle',
    'gitlab',
    'rdjsonl',
    'html',
    'scorecard',
  ];
  type Message = Record<string, unknown>;
  const tamperings: [string, (message: Message) => void][] = [
    ['a place that is a string', (message) => (message['place'] = 'here')],
    [
      'a line that is text',
      (message) => (message['place'] = { start: { line: 'one', column: 1 }, end: { line: 1, column: 2 } }),
    ],
    ['a rule id that is an object', (message) => (message['ruleId'] = { id: 'hype' })],
    ['a reason that is a number', (message) => (message['reason'] = 42)],
    ['expected that is not a list', (message) => (message['expected'] = 'better')],
    ['related locations without places', (message) => (message['related'] = [{}])],
    ['fatal that is text', (message) => (message['fatal'] = 'yes')],
    [
      'a __proto__ key',
      (message) => {
        // An own key, as JSON.parse makes one from a file that has it.
        Object.defineProperty(message, '__proto__', { value: { reason: 'polluted' }, enumerable: true });
      },
    ],
  ];

  /** A cache written by a real run, with every entry's first message changed by `tamper`. */
  async function tamperedCache(tamper: (message: Message) => void): Promise<string> {
    const root = tree(1);
    await run(['--cache', 'articles'], root);
    const path = join(root, '.healthlintcache');
    // The cache is a log of JSON lines after a header line: tamper with every entry's line.
    const [header, ...entries] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    const tampered = entries.map((line) => {
      const entry = JSON.parse(line) as { result: { messages: Message[] } };
      tamper(entry.result.messages[0] as Message);
      return JSON.stringify(entry);
    });
    writeFileSync(path, `${[header, ...tampered].join('\n')}\n`);
    return root;
  }

  it.each(tamperings)('%s: the entry is dropped and the file linted again, in every format', async (_, tamper) => {
    const root = await tamperedCache(tamper);
    const fresh = await run(['articles'], root);
    for (const format of formats) {
      const cached = await run(['--cache', '--format', format, 'articles'], root);
      expect(cached.code, `${format}: ${cached.stderr}`).toBe(fresh.code);
      expect(cached.stderr, format).toBe('');
      if (format === 'json') expect(cached.stdout).toBe(fresh.stdout);
      expect(cached.stdout, format).not.toContain('polluted');
    }
  });

  it('a rule link that is not http(s) never becomes a link in the HTML report', async () => {
    const root = await tamperedCache((message) => (message['url'] = 'javascript:alert(document.domain)'));
    const html = await run(['--cache', '--format', 'html', 'articles'], root);
    expect(html.stdout).toContain('<html');
    expect(html.stdout).not.toContain('javascript:alert');
  });
});

describe('ResultCache', () => {
  it('returns a result only for the same text and config, and forgets files that are gone', () => {
    const root = makeTree({ 'a.md': 'x' });
    const location = join(root, 'cache');
    const cache = ResultCache.open(location);
    const result = { messages: [{ reason: 'r' }], data: {} };
    cache.set(join(root, 'a.md'), 'text', 'config', result);
    cache.set(join(root, 'gone.md'), 'text', 'config', result);
    cache.save();
    const reopened = ResultCache.open(location);
    expect(reopened.get(join(root, 'a.md'), 'text', 'config')).toEqual(result);
    expect(reopened.get(join(root, 'a.md'), 'other text', 'config')).toBeUndefined();
    expect(reopened.get(join(root, 'a.md'), 'text', 'other config')).toBeUndefined();
    reopened.save();
    expect(ResultCache.open(location).get(join(root, 'gone.md'), 'text', 'config')).toBeUndefined();
  });

  it('keeps every field a rule can report: a safe fix and message data (house-style term ids)', () => {
    const root = makeTree({ 'a.md': 'x' });
    const location = join(root, 'cache');
    const cache = ResultCache.open(location);
    const messages = [
      { reason: 'Misspelt `teh`', ruleId: 'spelling', expected: ['the'], safeFix: true },
      { reason: 'Use `people with diabetes`', ruleId: 'house-style', data: { term: 'person-first' } },
    ];
    cache.set(join(root, 'a.md'), 'text', 'config', { messages, data: {} });
    cache.save();
    expect(ResultCache.open(location).get(join(root, 'a.md'), 'text', 'config')?.messages).toEqual(messages);
  });

  it('reads back the entry a real run wrote for findings with a safe fix', async () => {
    const root = makeTree({ 'a.md': 'The patiant took teh tablet with water.\n' });
    await run(['--cache', 'a.md'], root);
    const location = join(root, '.healthlintcache');
    const [, line] = readFileSync(location, 'utf8').split('\n');
    const written = JSON.parse(line!) as { path: string; content: string; config: string };
    expect(line).toContain('"safeFix":true');
    // A run's own entry must read back: one it dropped would re-lint the file on every run.
    expect(ResultCache.open(location).get(written.path, written.content, written.config)).toBeDefined();
  });
});

/** Lines of the cache log after its header: one per file linted (and not yet compacted). */
function logLines(location: string): number {
  if (!existsSync(location)) return 0;
  return readFileSync(location, 'utf8').split('\n').filter(Boolean).length - 1;
}

describe('--cache, stopped part way', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`keeps the files finished before ${signal}, and the next run reuses them`, { timeout: 300_000 }, async () => {
      const root = mkdtempSync(join(tmpdir(), 'healthlint-interrupt-'));
      try {
        cpSync(join(repoRoot, 'fixtures', 'rules'), join(root, 'articles'), { recursive: true });
        const location = join(root, '.healthlintcache');
        const child = spawn(
          process.execPath,
          [bin, '--cache', '--jobs', '1', '-f', 'json', '-o', 'report.json', 'articles'],
          {
            cwd: root,
            stdio: 'ignore',
          },
        );
        const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, got) => resolve(got)));
        // Stop it once a few files are in the log, long before the 74 are done.
        while (logLines(location) < 5) await new Promise((resolve) => setTimeout(resolve, 50));
        child.kill(signal);
        expect(await ended).toBe(signal);
        const kept = logLines(location);
        expect(kept).toBeGreaterThanOrEqual(5);
        expect(kept).toBeLessThan(74);
        // No report, and no temporary file beside it.
        expect(readdirSync(root).sort()).toEqual(['.healthlintcache', 'articles']);
        const expected = await run(['--jobs', '1', 'articles'], root);
        expect(await run(['--cache', '--jobs', '1', 'articles'], root)).toEqual(expected);
        expect(logLines(location)).toBeGreaterThan(kept); // every readable file (unreadable ones are never cached)
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it('keeps what can be read of a cache cut short, and never fails the run', { timeout: 120_000 }, async () => {
    const root = tree(10);
    const location = join(root, '.healthlintcache');
    const expected = await run(['articles'], root);
    await run(['--cache', 'articles'], root);
    const full = readFileSync(location, 'utf8');
    const cut = Math.floor(full.length * 0.6);
    truncateSync(location, cut);
    const readable = ResultCache.open(location);
    const kept = full.slice(0, cut).split('\n').slice(1, -1).length; // whole lines after the header
    expect(kept).toBeGreaterThan(0);
    let reused = 0;
    for (const line of full.split('\n').slice(1, kept + 1)) {
      const entry = JSON.parse(line) as { path: string; content: string; config: string };
      if (readable.get(entry.path, entry.content, entry.config)) reused++;
    }
    expect(reused).toBe(kept);
    expect(await run(['--cache', 'articles'], root)).toEqual(expected);
    expect(logLines(location)).toBe(10);
  });
});

/** The real binary, as CI runs it: exit code, standard output and standard error. */
function runBin(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Sets a file's modification time `minutesAgo` minutes back, as a checkout or an old edit leaves it. */
function age(path: string, minutesAgo: number): void {
  const when = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path, when, when);
}

function cacheEntryFor(location: string, path: string): { size?: number; mtime?: number } {
  const lines = readFileSync(location, 'utf8').split('\n').filter(Boolean).slice(1);
  const entries = lines.map((line) => JSON.parse(line) as { path: string; size?: number; mtime?: number });
  return entries.findLast((entry) => entry.path === path)!;
}

describe('--cache-strategy', () => {
  // The same length as `hype`, without its sensational word: an edit a stamp cannot see.
  const sameLength = 'This special supplement cures anxiety, experts say.';

  it(
    'metadata (the default) does not read a file whose size and modification time are unchanged; content does',
    { timeout: 120_000 },
    () => {
      expect(sameLength.length).toBe(hype.length);
      const root = tree(1);
      const article = join(root, 'articles', 'a0.md');
      age(article, 60);
      const before = runBin(['--cache', 'articles'], root);
      expect(before.stdout).toContain('miracle');
      // Edited behind the stamp's back: same size, modification time put back.
      const { atime, mtime } = statSync(article);
      writeFileSync(article, `# A0\n\n${sameLength}\n`);
      utimesSync(article, atime, mtime);
      const edited = runBin(['articles'], root);
      expect(edited.stdout).not.toContain('miracle');
      // The stamp matches, so the file is not read: the findings are the cached ones.
      expect(runBin(['--cache', 'articles'], root)).toEqual(before);
      expect(runBin(['--cache', '--cache-strategy', 'metadata', 'articles'], root)).toEqual(before);
      // Content reads and hashes every file: the edit is seen.
      expect(runBin(['--cache', '--cache-strategy', 'content', 'articles'], root)).toEqual(edited);
    },
  );

  it(
    'reuses the findings of a file rewritten with the same text (a fresh checkout) and stores its new stamp',
    { timeout: 120_000 },
    () => {
      const root = tree(2);
      const location = join(root, '.healthlintcache');
      const article = join(root, 'articles', 'a0.md');
      for (const name of ['a0.md', 'a1.md']) age(join(root, 'articles', name), 60);
      const expected = runBin(['--cache', 'articles'], root);
      const stamped = cacheEntryFor(location, article);
      expect(stamped.size).toBe(readFileSync(article).length);
      writeFileSync(article, readFileSync(article)); // Same text, new modification time.
      age(article, 30);
      expect(runBin(['--cache', 'articles'], root)).toEqual(expected);
      expect(cacheEntryFor(location, article).mtime).toBeGreaterThan(stamped.mtime!);
      expect(runBin(['--cache', 'articles'], root)).toEqual(expected);
    },
  );

  it(
    'keeps no stamp for a file modified just before it was read (or dated later), so the next run hashes it',
    { timeout: 120_000 },
    () => {
      const root = tree(1);
      const location = join(root, '.healthlintcache');
      // Modified as good as when it is read (here: dated a minute ahead, as a skewed clock leaves it):
      // a later edit within the file system's tick would keep the stamp.
      age(join(root, 'articles', 'a0.md'), -1);
      runBin(['--cache', 'articles'], root);
      expect(cacheEntryFor(location, join(root, 'articles', 'a0.md')).size).toBeUndefined();
      writeFileSync(join(root, 'articles', 'a0.md'), `# A0\n\n${sameLength}\n`);
      expect(runBin(['--cache', 'articles'], root)).toEqual(runBin(['articles'], root));
    },
  );

  it(
    'gives reports that quote the text (rdjsonl, a baseline) the text of a file it did not read',
    { timeout: 120_000 },
    () => {
      const root = tree(3);
      for (const name of ['a0.md', 'a1.md', 'a2.md']) age(join(root, 'articles', name), 60);
      for (const args of [
        ['--format', 'rdjsonl'],
        ['--format', 'gitlab'],
        ['--write-baseline', 'baseline.json'],
      ]) {
        const uncached = runBin([...args, 'articles'], root);
        const baseline = args.includes('--write-baseline') ? readFileSync(join(root, 'baseline.json'), 'utf8') : '';
        runBin(['--cache', ...args, 'articles'], root);
        expect(runBin(['--cache', ...args, 'articles'], root), args.join(' ')).toEqual(uncached);
        if (baseline) expect(readFileSync(join(root, 'baseline.json'), 'utf8')).toBe(baseline);
      }
    },
  );

  it('rejects a strategy it does not know', () => {
    const result = runBin(['--cache', '--cache-strategy', 'mtime', 'articles'], tree(1));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--cache-strategy');
  });
});

describe('the cache log', () => {
  it('reads back entries whose paths hold quotes and backslashes', () => {
    const root = makeTree({});
    const location = join(root, 'cache');
    const cache = ResultCache.open(location);
    const result = { messages: [{ reason: 'r' }], data: {} };
    const odd = join(root, 'say "no" to \\ slashes.md');
    cache.set(odd, 'text', 'config', result);
    cache.set(join(root, 'plain.md'), 'text', 'config', result);
    cache.save();
    const reopened = ResultCache.open(location);
    expect(reopened.get(odd, 'text', 'config')).toEqual(result);
    expect(reopened.get(join(root, 'plain.md'), 'text', 'config')).toEqual(result);
  });

  it('looks for escapes in each path only, never in the rest of the log (a log of 10,000 lines took 1.9 s to open)', () => {
    const root = makeTree({});
    const location = join(root, 'cache');
    const cache = ResultCache.open(location);
    const result = { messages: [{ reason: 'r'.repeat(200) }], data: {} };
    const paths = Array.from({ length: 20 }, (_, index) => join(root, `${index}.md`));
    for (const path of paths) cache.set(path, 'text', 'config', result);
    cache.save();
    const longestLine = Math.max(
      ...readFileSync(location, 'utf8')
        .split('\n')
        .map((line) => line.length),
    );
    // A search for a backslash from a line's path to the end of the log scans every later line.
    const searched: number[] = [];
    const indexOf = Buffer.prototype.indexOf;
    Buffer.prototype.indexOf = function (this: Buffer, value: unknown, ...rest: unknown[]) {
      if (value === 0x5c) searched.push(this.length - (typeof rest[0] === 'number' ? rest[0] : 0));
      return indexOf.call(this, value as number, ...(rest as [number]));
    } as typeof indexOf;
    let reopened: ResultCache;
    try {
      reopened = ResultCache.open(location);
    } finally {
      Buffer.prototype.indexOf = indexOf;
    }
    expect(Math.max(0, ...searched)).toBeLessThan(longestLine);
    for (const path of paths) expect(reopened.get(path, 'text', 'config')).toEqual(result);
  });

  it('drops a last line cut short when it compacts, rather than joining it to the next', () => {
    const root = makeTree({ 'a.md': 'x', 'b.md': 'y' });
    const location = join(root, 'cache');
    const cache = ResultCache.open(location);
    const result = { messages: [{ reason: 'r' }], data: {} };
    cache.set(join(root, 'a.md'), 'text', 'config', result);
    cache.save();
    // A run killed while appending b.md's line: its path is whole, the rest is not.
    writeFileSync(location, `${readFileSync(location, 'utf8')}{"path":${JSON.stringify(join(root, 'b.md'))},"cont`);
    const reopened = ResultCache.open(location);
    expect(reopened.get(join(root, 'b.md'), 'text', 'config')).toBeUndefined();
    reopened.set(join(root, 'b.md'), 'text', 'config', result);
    reopened.save();
    const lines = readFileSync(location, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    const final = ResultCache.open(location);
    expect(final.get(join(root, 'a.md'), 'text', 'config')).toEqual(result);
    expect(final.get(join(root, 'b.md'), 'text', 'config')).toEqual(result);
  });
});
