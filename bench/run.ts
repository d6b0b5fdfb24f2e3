import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, sharedCorpora, type Corpus } from './lib/corpus.js';
import { measure, median, type Command, type Measurement } from './lib/measure.js';

/**
 * `npm run bench`: healthlint against the parse floor of its own stack and against alex, on the
 * same corpus in one run. Every task is a whole process (start-up included); tasks alternate
 * within each round, and ratios are taken round by round, then their median, because absolute
 * times drift on a shared machine while ratios hold. Options: --rounds N, --quick, --no-build,
 * --only corpus|cache|startup|growth.
 */

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const rounds = Number(argv[argv.indexOf('--rounds') + 1] ?? '') || (quick ? 1 : 5);
/** `--only corpus|cache|startup|growth`: one section (cache needs the corpus run's reports). */
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !['corpus', 'cache', 'startup', 'growth'].includes(only)) {
  console.error(`healthlint bench: --only takes corpus, cache, startup or growth, not ${only}`);
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
/** The healthlint measured: a private build (see `snapshot`), or this checkout's with --no-build. */
let healthlintRoot = root;
const bin = (): string => join(healthlintRoot, 'bin', 'healthlint.js');
const floor = join(root, 'bench', 'lib', 'floor.mjs');
const growthScript = join(root, 'bench', 'lib', 'growth.mjs');
const alex = join(root, 'node_modules', 'alex', 'cli.js');

async function bench(shared: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'healthlint-bench-'));
  try {
    if (!argv.includes('--no-build')) healthlintRoot = snapshot(join(scratch, 'healthlint'));
    const corpus = buildCorpus(join(root, 'bench', '.corpus'), shared);
    console.log(
      `healthlint bench: ${corpus.files} files, ${(corpus.bytes / 1024 ** 2).toFixed(2)} MB, ` +
        `${corpus.words.toLocaleString('en')} words; ${rounds} round(s); Node ${process.version}, ` +
        `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start\n`,
    );
    if (!only || only === 'corpus' || only === 'cache') {
      const outputs = await wholeCorpus(corpus, scratch);
      if (!only || only === 'cache') await cache(corpus, scratch, outputs);
    }
    if (!only || only === 'startup') await startUp(corpus);
    if (!only || only === 'growth') await growth(corpus);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Builds this checkout into a private folder laid out like the installed package (bin, dist,
 * dictionaries, package.json, node_modules linked back), so that the run measures one build from
 * start to end even if the checkout is rebuilt meanwhile.
 */
function snapshot(folder: string): string {
  mkdirSync(folder, { recursive: true });
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        join(folder, 'dist'),
      ],
      { cwd: root, stdio: 'ignore' },
    );
  } catch {
    // tsc still emits when some file has a type error; the bench measures what was built.
    console.log('(tsc reported type errors; benchmarking the emitted build anyway)');
  }
  for (const name of ['bin', 'dictionaries', 'package.json']) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(folder, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  // Last: its word-index step reads the copied dictionaries and resolves the linked packages.
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), join(folder, 'dist')], { cwd: root });
  return folder;
}

function healthlint(target: string, output: string, ...flags: string[]): Command {
  return {
    script: bin(),
    args: ['--no-config', '--format', 'json', '--output', output, ...flags, target],
    okCodes: [0, 1],
  };
}

interface Task {
  name: string;
  command: Command;
}

/** Runs every task once per round, rotating the order, and returns each task's times and peak memory. */
interface TaskResults {
  ms: number[];
  cpu: number[];
  rss: number[];
}

async function alternate(tasks: Task[], count: number): Promise<Map<string, TaskResults>> {
  const results = new Map<string, TaskResults>(tasks.map((task) => [task.name, { ms: [], cpu: [], rss: [] }]));
  for (let round = 0; round < count; round++) {
    for (let step = 0; step < tasks.length; step++) {
      const task = tasks[(round + step) % tasks.length]!;
      const measured = await measure(task.command);
      const result = results.get(task.name)!;
      result.ms.push(measured.ms);
      if (measured.rssMiB !== undefined) result.rss.push(measured.rssMiB);
      result.cpu.push(measured.cpuMs ?? Number.NaN);
    }
    process.stderr.write(`  round ${round + 1}/${count} done\n`);
  }
  return results;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Ratio of task `a` to task `b` (wall or CPU time), taken round by round, then the median. */
function pairedRatio(results: Map<string, TaskResults>, a: string, b: string, measure: 'ms' | 'cpu' = 'ms'): number {
  const left = results.get(a)![measure];
  const right = results.get(b)![measure];
  return median(left.map((value, index) => value / right[index]!));
}

async function wholeCorpus(corpus: Corpus, scratch: string): Promise<Record<string, string>> {
  const output = (name: string): string => join(scratch, `${name}.json`);
  const tasks: Task[] = [
    { name: 'read files only', command: { script: floor, args: ['read', corpus.articles] } },
    {
      name: 'parse floor (remark-parse → remark-retext → retext-english)',
      command: { script: floor, args: ['nlcst', corpus.articles] },
    },
    {
      name: 'healthlint recommended, 1 core',
      command: healthlint(corpus.articles, output('recommended'), '--preset', 'recommended', '--jobs', '1'),
    },
    {
      name: 'healthlint strict, 1 core',
      command: healthlint(corpus.articles, output('strict'), '--preset', 'strict', '--jobs', '1'),
    },
    {
      // Every core, busy or not (`--jobs auto` would leave out the cores other processes keep busy).
      name: `healthlint recommended, all cores (--jobs ${availableParallelism()})`,
      command: healthlint(
        corpus.articles,
        output('parallel'),
        '--preset',
        'recommended',
        '--jobs',
        String(availableParallelism()),
      ),
    },
    { name: 'alex 11.0.1', command: { script: alex, args: [corpus.articles], okCodes: [0, 1] } },
  ];
  const floorName = tasks[1]!.name;
  const alexName = tasks[5]!.name;
  console.log('## Whole corpus (whole process, start-up included)\n');
  const results = await alternate(tasks, rounds);
  const rows = tasks.map(({ name }) => {
    const { ms, cpu, rss } = results.get(name)!;
    const wall = median(ms);
    return [
      name,
      seconds(wall),
      seconds(median(cpu)),
      Math.round(corpus.words / (wall / 1000)).toLocaleString('en'),
      times(pairedRatio(results, name, floorName)),
      times(pairedRatio(results, name, floorName, 'cpu')),
      name === alexName ? '—' : times(pairedRatio(results, alexName, name)),
      rss.length ? Math.max(...rss).toFixed(0) : '?',
    ];
  });
  console.log(
    table(
      [
        'task',
        'wall s',
        'CPU s',
        'words/s',
        '× floor (wall)',
        '× floor (CPU)',
        'faster than alex (wall)',
        'peak RSS MiB',
      ],
      rows,
    ),
  );
  const texts = {
    recommended: readFileSync(output('recommended'), 'utf8'),
    parallel: readFileSync(output('parallel'), 'utf8'),
  };
  const findings = (JSON.parse(texts.recommended) as { messages: unknown[] }[]).reduce(
    (sum, file) => sum + file.messages.length,
    0,
  );
  console.log(
    `\n${findings.toLocaleString('en')} findings (recommended); all-cores report identical to --jobs 1: ` +
      `${texts.parallel === texts.recommended ? 'yes' : 'NO'}\n`,
  );
  return texts;
}

async function startUp(corpus: Corpus): Promise<void> {
  const count = quick ? 3 : 10;
  const size = statSync(corpus.small).size;
  const devNull = join(tmpdir(), 'healthlint-bench-null.json');
  const tasks: Task[] = [
    { name: 'node -e 0', command: { script: '-e', args: ['0'] } },
    { name: 'parse floor', command: { script: floor, args: ['nlcst', corpus.small] } },
    { name: 'healthlint --version', command: { script: bin(), args: ['--version'] } },
    { name: 'healthlint recommended', command: healthlint(corpus.small, devNull, '--preset', 'recommended') },
  ];
  console.log(`## Start-up: one ${size}-byte file (median of ${count})\n`);
  const results = await alternate(tasks, count);
  rmSync(devNull, { force: true });
  console.log(
    table(
      ['task', 'wall ms', 'CPU ms', '× floor (wall)', '× floor (CPU)', 'peak RSS MiB'],
      tasks.map(({ name }) => [
        name,
        median(results.get(name)!.ms).toFixed(0),
        median(results.get(name)!.cpu).toFixed(0),
        times(pairedRatio(results, name, 'parse floor')),
        times(pairedRatio(results, name, 'parse floor', 'cpu')),
        Math.max(...results.get(name)!.rss).toFixed(0),
      ]),
    ),
  );
  console.log('');
}

async function cache(corpus: Corpus, scratch: string, outputs: Record<string, string>): Promise<void> {
  const count = quick ? 1 : 3;
  const location = join(scratch, 'cache');
  const first: Measurement[] = [];
  const second: Measurement[] = [];
  let identical = true;
  for (let round = 0; round < count; round++) {
    rmSync(location, { force: true });
    const flags = ['--preset', 'recommended', '--jobs', '1', '--cache', '--cache-location', location];
    first.push(await measure(healthlint(corpus.articles, join(scratch, 'cold.json'), ...flags)));
    second.push(await measure(healthlint(corpus.articles, join(scratch, 'warm.json'), ...flags)));
    identical &&=
      readFileSync(join(scratch, 'cold.json'), 'utf8') === outputs['recommended'] &&
      readFileSync(join(scratch, 'warm.json'), 'utf8') === outputs['recommended'];
  }
  console.log(`## Cache (--cache, 1 core, median of ${count})\n`);
  console.log(
    table(
      ['', 'first run', 'second run', 'second ÷ first'],
      (['ms', 'cpuMs'] as const).map((key) => [
        key === 'ms' ? 'wall s' : 'CPU s',
        seconds(median(first.map((run) => run[key] ?? Number.NaN))),
        seconds(median(second.map((run) => run[key] ?? Number.NaN))),
        times(median(second.map((run, index) => (run[key] ?? Number.NaN) / (first[index]![key] ?? Number.NaN)))),
      ]),
    ),
  );
  console.log(`\nReports identical to the uncached run: ${identical ? 'yes' : 'NO'}\n`);
}

async function growth(corpus: Corpus): Promise<void> {
  console.log('## Growth (in-process, after a warm-up on 50 KB of other articles; recommended preset)\n');
  const cases = [
    { name: 'articles', small: corpus.growth.small, large: corpus.growth.large },
    { name: 'one paragraph', small: corpus.growth.paragraphSmall, large: corpus.growth.paragraphLarge },
  ];
  const rows: string[][] = [];
  for (const { name, small, large } of cases) {
    type Timed = { ms: number; cpuMs: number; rss: number | undefined };
    const run = async (path: string): Promise<Timed> => {
      const measured = await measure({
        script: growthScript,
        // The warm-up (50 KB of other articles) loads the dictionaries and compiles the code; each
        // size is then linted once in a fresh process, so neither is helped by caches of its own text.
        args: [healthlintRoot, 'recommended', corpus.growth.warmUp, path, '1'],
      });
      return { ...(JSON.parse(measured.stdout) as { ms: number; cpuMs: number }), rss: measured.rssMiB };
    };
    const smallRuns: Timed[] = [];
    for (let count = 0; count < (quick ? 3 : 7); count++) smallRuns.push(await run(small));
    const smallRun = {
      ms: median(smallRuns.map((timed) => timed.ms)),
      cpuMs: median(smallRuns.map((timed) => timed.cpuMs)),
      rss: undefined,
    };
    const largeRun = await run(large);
    const megabytes = (path: string): number => statSync(path).size / 1024 ** 2;
    const rate = (timed: Timed, path: string, key: 'ms' | 'cpuMs'): number => timed[key] / megabytes(path);
    rows.push([
      name,
      `${(megabytes(small) * 1024).toFixed(0)} KB: ${smallRun.ms.toFixed(0)} ms (${seconds(rate(smallRun, small, 'ms'))} s/MB)`,
      `${megabytes(large).toFixed(1)} MB: ${seconds(largeRun.ms)} s (${seconds(rate(largeRun, large, 'ms'))} s/MB)`,
      times(rate(largeRun, large, 'ms') / rate(smallRun, small, 'ms')),
      times(rate(largeRun, large, 'cpuMs') / rate(smallRun, small, 'cpuMs')),
      largeRun.rss?.toFixed(0) ?? '?',
    ]);
  }
  console.log(
    table(['shape', 'small', 'large', 'time/MB large ÷ small (wall)', '(CPU)', 'peak RSS MiB (large)'], rows),
  );
}

// Last, so that every helper above is initialised before the run starts.
if (!sharedCorpora) {
  console.log('Skipping bench: ../shared/corpora is not beside this checkout (the corpus is built from it).');
} else {
  await bench(sharedCorpora);
}
