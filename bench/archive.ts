import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { corpusArticles, countWords, sharedCorpora } from './lib/corpus.js';
import { checkJsonFile } from './lib/json-check.js';
import { measure, type Measurement } from './lib/measure.js';

/**
 * `npm run bench:archive`: healthlint over whole archives of small articles (issue #18). For each
 * size (default 1,000, 10,000 and 100,000 files; `--sizes 2000,20000` to choose) it builds a
 * synthetic archive from ../shared/corpora in nested year/month folders, then measures, each as
 * its own process: a cold `--format json -o` run and a `--format sarif -o` run (wall time,
 * words/s, peak RSS, report size, and whether the report is complete and well formed), a cold and a
 * warm `--cache` run, a cold `--cache` run interrupted with SIGINT halfway and the run after it,
 * `--jobs 2` against `--jobs 1`, and the stylish report against JSON. Then the peak-RSS ratio of the
 * largest archive to the smallest. `--sections json,sarif,cache,interrupt,jobs,stylish` picks some;
 * `--archives <folder>` keeps the archives there and reuses them.
 */

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '1000,10000,100000').split(',').map(Number);
const allSections = ['json', 'sarif', 'cache', 'interrupt', 'jobs', 'stylish'] as const;
type Section = (typeof allSections)[number];
const sections = new Set((option('--sections')?.split(',') ?? allSections) as Section[]);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || [...sections].some((s) => !allSections.includes(s))) {
  console.error(`bench:archive: --sizes takes whole numbers, --sections some of ${allSections.join(',')}`);
  process.exit(2);
}
/** `--archives <folder>`: keep each built archive there and reuse it on later runs (building 10k files takes a while). */
const keptArchives = option('--archives');
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'healthlint.js');
/** Words per archive file: the archive averaged ~510 words an article. */
const wordsPerFile = 500;

interface Archive {
  folder: string;
  files: number;
  words: number;
  bytes: number;
}

/**
 * Cuts the corpus's prose into ~500-word articles and writes `files` of them under
 * year/month folders. Each file ends with its own number, so no two are the same text (a cache or a
 * per-text memo would otherwise answer most of a large archive and hide the real work).
 */
function buildArchive(folder: string, files: number, shared: string): Archive {
  const built = join(folder, '.archive.json');
  if (existsSync(built)) return JSON.parse(readFileSync(built, 'utf8')) as Archive;
  const paragraphs = corpusArticles(shared).flatMap(({ markdown }) =>
    markdown.split('\n\n').filter((paragraph) => paragraph.trim() && !paragraph.startsWith('#')),
  );
  const articles: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    current.push(paragraph);
    words += countWords(paragraph);
    if (words >= wordsPerFile) {
      articles.push(current.join('\n\n'));
      current = [];
      words = 0;
    }
  }
  let totalWords = 0;
  let bytes = 0;
  for (let index = 0; index < files; index++) {
    const year = 2000 + Math.floor(index / 1200);
    const month = String(1 + (Math.floor(index / 100) % 12)).padStart(2, '0');
    const directory = join(folder, String(year), month);
    if (index % 100 === 0) mkdirSync(directory, { recursive: true });
    const text = `# Article ${index}\n\n${articles[index % articles.length]!}\n\nArchive item ${index}.\n`;
    writeFileSync(join(directory, `${String(index).padStart(6, '0')}.md`), text);
    totalWords += countWords(text);
    bytes += Buffer.byteLength(text);
  }
  const archive = { folder, files, words: totalWords, bytes };
  // Written last: a build that was stopped halfway is not taken for a whole archive.
  writeFileSync(built, JSON.stringify(archive));
  return archive;
}

const lint = (archive: Archive, args: string[], env: Record<string, string> = {}): Promise<Measurement> =>
  measure({ script: bin, args: [...args, '--no-progress', '.'], cwd: archive.folder, okCodes: [0, 1], env });

const seconds = (measurement: Measurement): string => (measurement.ms / 1000).toFixed(2);
/** CPU seconds (all threads): steadier than wall time when other processes share the cores. */
const cpuSeconds = (measurement: Measurement): string =>
  measurement.cpuMs === undefined ? '?' : (measurement.cpuMs / 1000).toFixed(2);
const cpuRatio = (a: Measurement, b: Measurement): string =>
  a.cpuMs === undefined || b.cpuMs === undefined ? '?' : (a.cpuMs / b.cpuMs).toFixed(2);
const mib = (measurement: Measurement): string => measurement.rssMiB?.toFixed(0) ?? '?';
const wordsPerSecond = (archive: Archive, measurement: Measurement): string =>
  Math.round(archive.words / (measurement.ms / 1000)).toLocaleString('en');

/**
 * Files with an entry in a cache log (its lines after the header; a path counted once), read line
 * by line: the log of a 100,000-file run is hundreds of megabytes, near the longest string V8 holds.
 */
async function cachedFiles(cache: string): Promise<number> {
  if (!existsSync(cache)) return 0;
  const paths = new Set<string>();
  let header = true;
  for await (const line of createInterface({
    input: createReadStream(cache, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })) {
    if (header) {
      header = false;
      continue;
    }
    // Every line starts `{"path":…`: the path is all that is counted, so the rest is not parsed.
    const match = /^\{"path":("(?:[^"\\]|\\.)*")/.exec(line);
    if (!match || !line.endsWith('}')) continue; // A line cut short by the interrupt: not kept.
    paths.add(JSON.parse(match[1]!) as string);
  }
  return paths.size;
}

/** Starts a cold `--cache` run and stops it with SIGINT after `afterMs`, as a cancelled CI job is. */
function interrupted(archive: Archive, cacheArgs: string[], afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...cacheArgs, '--no-progress', '.'], {
      cwd: archive.folder,
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGINT'), afterMs);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function benchSize(shared: string, files: number, scratch: string): Promise<number | undefined> {
  const archive = buildArchive(join(keptArchives ?? scratch, `archive-${files}`), files, shared);
  console.log(
    `\n## ${files.toLocaleString('en')} files (${archive.words.toLocaleString('en')} words, ${(archive.bytes / 1024 ** 2).toFixed(1)} MB)\n`,
  );
  console.log('| run | wall s | CPU s | words/s | peak RSS MiB | report MB | report |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  let jsonRun: Measurement | undefined;
  /** Findings in the JSON report, which the SARIF report must hold as many results as. */
  let jsonFindings: number | undefined;
  const row = async (
    name: string,
    args: string[],
    report?: { path: string; kind: 'json' | 'sarif' },
  ): Promise<Measurement> => {
    const run = await lint(archive, args);
    let described = '';
    let size = '';
    if (report) {
      // Valid JSON, read as a stream (a 100,000-file report is longer than a string can be), with a
      // file entry for every file and, in SARIF, a result for every finding of the JSON report.
      const checked = await checkJsonFile(
        report.path,
        report.kind === 'json'
          ? { files: ['*'], findings: ['*', 'messages', '*'] }
          : { findings: ['runs', '*', 'results', '*'] },
      );
      const findings = checked.counts['findings']!;
      const missing =
        report.kind === 'json'
          ? checked.counts['files'] === files
            ? undefined
            : `${checked.counts['files']} file entries for ${files} files`
          : jsonFindings === undefined || findings === jsonFindings
            ? undefined
            : `${findings} results for the JSON report's ${jsonFindings} findings`;
      if (report.kind === 'json') jsonFindings = findings;
      size = (statSync(report.path).size / 1024 ** 2).toFixed(1);
      described = !checked.valid
        ? `INVALID: ${checked.problem}`
        : missing
          ? `INCOMPLETE: ${missing}`
          : `valid, ${findings.toLocaleString('en')} findings`;
      rmSync(report.path, { force: true });
    }
    console.log(
      `| ${name} | ${seconds(run)} | ${cpuSeconds(run)} | ${wordsPerSecond(archive, run)} | ${mib(run)} | ${size} | ${described} |`,
    );
    return run;
  };
  const json = join(scratch, 'report.json');
  const sarif = join(scratch, 'report.sarif');
  if (sections.has('json') || sections.has('stylish') || sections.has('interrupt')) {
    jsonRun = await row('`--format json -o`, `--jobs 1`', ['--format', 'json', '-o', json, '--jobs', '1'], {
      path: json,
      kind: 'json',
    });
  }
  if (sections.has('sarif')) {
    await row('`--format sarif -o`, `--jobs 1`', ['--format', 'sarif', '-o', sarif, '--jobs', '1'], {
      path: sarif,
      kind: 'sarif',
    });
  }
  if (sections.has('stylish') && jsonRun) {
    // The JSON row ran first, on files not yet in the page cache: compared with it, any later run
    // looked faster. Each format runs twice, alternating (JSON, stylish, JSON, stylish), and the
    // later two are compared: each then follows a run of the other.
    const stylishArgs = ['-o', join(scratch, 'report.txt'), '--jobs', '1'];
    await lint(archive, stylishArgs);
    const laterJson = await lint(archive, ['--format', 'json', '-o', json, '--jobs', '1']);
    rmSync(json, { force: true });
    const stylish = await row('stylish to a file, `--jobs 1`', stylishArgs);
    console.log(
      `\nstylish ÷ JSON (the later of two alternating runs each; JSON ${seconds(laterJson)} s): wall time ${(stylish.ms / laterJson.ms).toFixed(2)}×, CPU time ${cpuRatio(stylish, laterJson)}×`,
    );
  }
  if (sections.has('jobs')) {
    const one = await lint(archive, ['--format', 'json', '-o', json, '--jobs', '1']);
    const two = await lint(archive, ['--format', 'json', '-o', json, '--jobs', '2']);
    console.log(
      `\n\`--jobs 2\` ${seconds(two)} s vs \`--jobs 1\` ${seconds(one)} s: ${(one.ms / two.ms).toFixed(2)}× faster (${availableParallelism()} cores); CPU ${cpuSeconds(two)} s vs ${cpuSeconds(one)} s`,
    );
  }
  let coldCacheRun: Measurement | undefined;
  // The cache runs lint on one lane: `--jobs auto` follows the load average, which the runs before
  // raise, so a cold run and the run after an interrupt could otherwise lint on different lanes.
  const cacheArgs = (cache: string): string[] => ['--cache', '--cache-location', cache, '--jobs', '1'];
  if (sections.has('cache')) {
    const cache = join(scratch, `cache-${files}`);
    const cold = await lint(archive, cacheArgs(cache));
    coldCacheRun = cold;
    const warm = await lint(archive, cacheArgs(cache));
    console.log(
      `\n\`--cache\`: cold ${seconds(cold)} s, warm ${seconds(warm)} s (${((warm.ms / files) * 1000).toFixed(0)} µs a file; CPU ${cpuSeconds(warm)} s), peak RSS warm ${mib(warm)} MiB`,
    );
    rmSync(cache, { force: true });
  }
  if (sections.has('interrupt') && jsonRun) {
    // Stopped at half of a cold cache run's own time (the cache section's, else the JSON run's), and
    // compared with that cold run: the cache run writes the default report, slower than JSON.
    const cold = coldCacheRun ?? jsonRun;
    const cache = join(scratch, `cache-interrupted-${files}`);
    await interrupted(archive, cacheArgs(cache), cold.ms / 2);
    // How far the stopped run got: the run after it can only save what was kept.
    const kept = await cachedFiles(cache);
    const after = await lint(archive, cacheArgs(cache));
    console.log(
      `\ncold \`--cache\` run stopped by SIGINT at half time (${(cold.ms / 2000).toFixed(1)} s; it kept ${kept.toLocaleString('en')} of ${files.toLocaleString('en')} files), then run again: ${seconds(after)} s = ${(after.ms / cold.ms).toFixed(2)}× a cold run (CPU ${cpuRatio(after, cold)}×)`,
    );
    rmSync(cache, { force: true });
  }
  if (!keptArchives) rmSync(archive.folder, { recursive: true, force: true });
  return jsonRun?.rssMiB;
}

/**
 * Disk a size needs at most at once: its archive (unless already built there), ~500-word files
 * each taking a 4 KB block, and the largest report, the cache and the stylish report beside it
 * (a 2,000-file run wrote 2.5 KB of JSON, ~3 KB of SARIF, 2 KB of cache and 0.6 KB of stylish a file).
 */
function diskNeeded(files: number, archiveFolder: string): number {
  const archive = existsSync(join(archiveFolder, '.archive.json')) ? 0 : files * 4096;
  return archive + files * 12 * 1024;
}

/** Stops before building anything if the largest size cannot fit on the disks it would be written to. */
function checkDisk(scratch: string): void {
  const largest = Math.max(...sizes);
  const archiveFolder = join(keptArchives ?? scratch, `archive-${largest}`);
  const needed = diskNeeded(largest, archiveFolder);
  const free = (folder: string): number => {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  };
  const available = Math.min(free(scratch), keptArchives ? free(keptArchives) : Infinity);
  const gib = (bytes: number): string => (bytes / 1024 ** 3).toFixed(2);
  console.log(
    `disk: ${largest.toLocaleString('en')} files need about ${gib(needed)} GiB at once (archive, report, cache); ${gib(available)} GiB free`,
  );
  if (needed > available) {
    console.error(
      'bench:archive: not enough free disk for the largest size; free some, or pass --archives on a larger disk',
    );
    process.exit(2);
  }
}

async function main(): Promise<void> {
  if (!sharedCorpora) {
    console.error('bench:archive: ../shared/corpora is not beside this checkout; nothing to build an archive from');
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'healthlint-archive-'));
  if (keptArchives) mkdirSync(keptArchives, { recursive: true });
  checkDisk(scratch);
  try {
    console.log(
      `healthlint bench:archive: sizes ${sizes.join(', ')}; Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`,
    );
    const peaks: number[] = [];
    for (const size of sizes) {
      const peak = await benchSize(sharedCorpora, size, scratch);
      if (peak !== undefined) peaks.push(peak);
    }
    if (peaks.length > 1) {
      console.log(
        `\npeak RSS, ${sizes.at(-1)!.toLocaleString('en')} files ÷ ${sizes[0]!.toLocaleString('en')} files (json, --jobs 1): ${(peaks.at(-1)! / peaks[0]!).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
