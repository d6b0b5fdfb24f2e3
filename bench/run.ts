import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, sharedCorpora, type Corpus } from './lib/corpus.js';
import { measure, median, type Command } from './lib/measure.js';

/**
 * `npm run bench`: healthlint against the parse floor of its own stack and against alex, on the
 * same corpus in one run. Every task is a whole process (start-up included); tasks alternate
 * within each round, and ratios are taken round by round, then their median, because absolute
 * times drift on a shared machine while ratios hold. Options: --rounds N, --quick, --no-build.
 */

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const rounds = Number(argv[argv.indexOf('--rounds') + 1] ?? '') || (quick ? 1 : 5);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'healthlint.js');
const floor = join(root, 'bench', 'lib', 'floor.mjs');
const growthScript = join(root, 'bench', 'lib', 'growth.mjs');
const alex = join(root, 'node_modules', 'alex', 'cli.js');

if (!sharedCorpora) {
  console.log('Skipping bench: ../shared/corpora is not beside this checkout (the corpus is built from it).');
} else {
  await bench(sharedCorpora);
}

async function bench(shared: string): Promise<void> {
  if (!argv.includes('--no-build')) build();
  const corpus = buildCorpus(join(root, 'bench', '.corpus'), shared);
  const scratch = mkdtempSync(join(tmpdir(), 'healthlint-bench-'));
  try {
    console.log(
      `healthlint bench: ${corpus.files} files, ${(corpus.bytes / 1024 ** 2).toFixed(2)} MB, ` +
        `${corpus.words.toLocaleString('en')} words; ${rounds} round(s); Node ${process.version}, ` +
        `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start\n`,
    );
    const outputs = await wholeCorpus(corpus, scratch);
    await startUp(corpus);
    await cache(corpus, scratch, outputs);
    await growth(corpus);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function build(): void {
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  } catch {
    // tsc still emits when some file has a type error; the bench measures what was built.
    console.log('(tsc reported type errors; benchmarking the emitted build anyway)');
  }
}

function healthlint(target: string, output: string, ...flags: string[]): Command {
  return {
    script: bin,
    args: ['--no-config', '--format', 'json', '--output', output, ...flags, target],
    okCodes: [0, 1],
  };
}

interface Task {
  name: string;
  command: Command;
}

/** Runs every task once per round, rotating the order, and returns each task's times and peak memory. */
async function alternate(tasks: Task[], count: number): Promise<Map<string, { ms: number[]; rss: number[] }>> {
  const results = new Map(tasks.map((task) => [task.name, { ms: [] as number[], rss: [] as number[] }]));
  for (let round = 0; round < count; round++) {
    for (let step = 0; step < tasks.length; step++) {
      const task = tasks[(round + step) % tasks.length]!;
      const measured = await measure(task.command);
      const result = results.get(task.name)!;
      result.ms.push(measured.ms);
      if (measured.rssMiB !== undefined) result.rss.push(measured.rssMiB);
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

/** Ratio of task `a` to task `b`, taken round by round, then the median. */
function pairedRatio(results: Map<string, { ms: number[] }>, a: string, b: string): number {
  const left = results.get(a)!.ms;
  const right = results.get(b)!.ms;
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
      name: `healthlint recommended, all cores (--jobs auto)`,
      command: healthlint(corpus.articles, output('parallel'), '--preset', 'recommended', '--jobs', 'auto'),
    },
    { name: 'alex 11.0.1', command: { script: alex, args: [corpus.articles], okCodes: [0, 1] } },
  ];
  const floorName = tasks[1]!.name;
  const alexName = tasks[5]!.name;
  console.log('## Whole corpus (whole process, start-up included)\n');
  const results = await alternate(tasks, rounds);
  const rows = tasks.map(({ name }) => {
    const { ms, rss } = results.get(name)!;
    const wall = median(ms);
    return [
      name,
      seconds(wall),
      Math.round(corpus.words / (wall / 1000)).toLocaleString('en'),
      times(pairedRatio(results, name, floorName)),
      name === alexName ? '—' : times(pairedRatio(results, alexName, name)),
      rss.length ? Math.max(...rss).toFixed(0) : '?',
    ];
  });
  console.log(table(['task', 'median s', 'words/s', '× parse floor', 'faster than alex', 'peak RSS MiB'], rows));
  const texts = {
    recommended: readFileSync(output('recommended'), 'utf8'),
    parallel: readFileSync(output('parallel'), 'utf8'),
  };
  const findings = (JSON.parse(texts.recommended) as { messages: unknown[] }[]).reduce(
    (sum, file) => sum + file.messages.length,
    0,
  );
  console.log(
    `\n${findings.toLocaleString('en')} findings (recommended); --jobs auto report identical to --jobs 1: ` +
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
    { name: 'healthlint --version', command: { script: bin, args: ['--version'] } },
    { name: 'healthlint recommended', command: healthlint(corpus.small, devNull, '--preset', 'recommended') },
  ];
  console.log(`## Start-up: one ${size}-byte file (median of ${count})\n`);
  const results = await alternate(tasks, count);
  rmSync(devNull, { force: true });
  console.log(
    table(
      ['task', 'median ms', '× parse floor', 'peak RSS MiB'],
      tasks.map(({ name }) => [
        name,
        median(results.get(name)!.ms).toFixed(0),
        times(pairedRatio(results, name, 'parse floor')),
        Math.max(...results.get(name)!.rss).toFixed(0),
      ]),
    ),
  );
  console.log('');
}

async function cache(corpus: Corpus, scratch: string, outputs: Record<string, string>): Promise<void> {
  const count = quick ? 1 : 3;
  const location = join(scratch, 'cache');
  const first: number[] = [];
  const second: number[] = [];
  let identical = true;
  for (let round = 0; round < count; round++) {
    rmSync(location, { force: true });
    const flags = ['--preset', 'recommended', '--jobs', '1', '--cache', '--cache-location', location];
    first.push((await measure(healthlint(corpus.articles, join(scratch, 'cold.json'), ...flags))).ms);
    second.push((await measure(healthlint(corpus.articles, join(scratch, 'warm.json'), ...flags))).ms);
    identical &&=
      readFileSync(join(scratch, 'cold.json'), 'utf8') === outputs['recommended'] &&
      readFileSync(join(scratch, 'warm.json'), 'utf8') === outputs['recommended'];
  }
  console.log(`## Cache (--cache, 1 core, median of ${count})\n`);
  console.log(
    table(
      ['first run s', 'second run s', 'second ÷ first', 'reports identical to uncached'],
      [
        [
          seconds(median(first)),
          seconds(median(second)),
          times(median(second.map((value, index) => value / first[index]!))),
          identical ? 'yes' : 'NO',
        ],
      ],
    ),
  );
  console.log('');
}

async function growth(corpus: Corpus): Promise<void> {
  console.log('## Growth (in-process, after a warm-up; recommended preset)\n');
  const cases = [
    { name: 'articles', small: corpus.growth.small, large: corpus.growth.large },
    { name: 'one paragraph', small: corpus.growth.paragraphSmall, large: corpus.growth.paragraphLarge },
  ];
  const rows: string[][] = [];
  for (const { name, small, large } of cases) {
    const run = async (path: string, repeats: number): Promise<{ ms: number; rss: number | undefined }> => {
      const measured = await measure({
        script: growthScript,
        args: ['recommended', corpus.small, path, String(repeats)],
      });
      return { ms: (JSON.parse(measured.stdout) as { ms: number }).ms, rss: measured.rssMiB };
    };
    const smallRun = await run(small, quick ? 3 : 9);
    const largeRun = await run(large, 1);
    const perMiB = (ms: number, path: string): number => ms / (statSync(path).size / 1024 ** 2);
    const smallRate = perMiB(smallRun.ms, small);
    const largeRate = perMiB(largeRun.ms, large);
    rows.push([
      name,
      `${(statSync(small).size / 1024).toFixed(0)} KB: ${smallRun.ms.toFixed(0)} ms (${seconds(smallRate)} s/MB)`,
      `${(statSync(large).size / 1024 ** 2).toFixed(1)} MB: ${seconds(largeRun.ms)} s (${seconds(largeRate)} s/MB)`,
      times(largeRate / smallRate),
      largeRun.rss?.toFixed(0) ?? '?',
    ]);
  }
  console.log(table(['shape', 'small', 'large', 'time/MB large ÷ small', 'peak RSS MiB (large)'], rows));
}
