/**
 * Real-world soak: lints every article of the shared prose corpora in one run of the real CLI
 * (built binary, worker threads, all three formats) and fails on any crash or fatal message.
 *
 *   npm run build && npx tsx scripts/soak.ts [--limit N] [--jobs N|auto] [--keep]
 *
 * Articles: FakeHealth news stories (as Markdown), FakeHealth press releases (as HTML) and
 * Cochrane abstracts with their plain-language summaries (as plain text). The corpora are for
 * evaluation only: they are written to a temporary folder, never into the repository.
 * Prints the number of files, findings per rule, fatal messages, wall time and peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const sharedCorpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
const binPath = fileURLToPath(new URL('../bin/healthlint.js', import.meta.url));

export interface Article {
  /** File name in the soak folder; its extension picks the format. */
  name: string;
  text: string;
}

interface Source {
  path: string;
  extension: 'md' | 'html' | 'txt';
  render(record: Record<string, unknown>): string;
}

const field = (record: Record<string, unknown>, key: string): string =>
  typeof record[key] === 'string' ? (record[key] as string) : '';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const sources: Source[] = [
  {
    path: 'fakehealth-story-text/healthstory.jsonl',
    extension: 'md',
    render: (record) => `# ${field(record, 'title').replace(/\s+/g, ' ')}\n\n${field(record, 'text')}\n`,
  },
  {
    path: 'fakehealth-release/dev.jsonl',
    extension: 'html',
    render: (record) =>
      [
        `<!DOCTYPE html><html><head><title>${escapeHtml(field(record, 'title'))}</title></head><body><article>`,
        `<h1>${escapeHtml(field(record, 'title'))}</h1>`,
        ...field(record, 'text')
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
        '</article></body></html>',
        '',
      ].join('\n'),
  },
  {
    path: 'cochrane-pls/cochrane-val-test.jsonl',
    extension: 'txt',
    render: (record) =>
      `Abstract\n\n${field(record, 'abstract')}\n\nPlain language summary\n\n${field(record, 'plain_language_summary')}\n`,
  },
];

/** Whether the shared corpora are here (CI has them; a fresh clone may not). */
export function corporaAvailable(): boolean {
  return sources.every((source) => existsSync(join(sharedCorpora, source.path)));
}

/**
 * The soak articles, in a fixed order; with `limit`, an evenly spread slice of that many taken
 * from every source in proportion, so a small run still covers all three formats.
 */
export function soakArticles(limit?: number): Article[] {
  const all = sources.map((source) =>
    readFileSync(join(sharedCorpora, source.path), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, index): Article => {
        const record = JSON.parse(line) as Record<string, unknown>;
        return {
          name: `${source.extension}/${String(index).padStart(4, '0')}.${source.extension}`,
          text: source.render(record),
        };
      }),
  );
  const total = all.reduce((sum, articles) => sum + articles.length, 0);
  if (limit === undefined || limit >= total) return all.flat();
  return all.flatMap((articles) => {
    const share = Math.max(1, Math.round((limit * articles.length) / total));
    const step = articles.length / share;
    return Array.from({ length: share }, (_, i) => articles[Math.floor(i * step)] as Article);
  });
}

export function writeArticles(articles: Article[], folder: string): void {
  for (const article of articles) {
    const path = join(folder, article.name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, article.text);
  }
}

interface ReportedFile {
  path: string;
  messages: { ruleId: string | null; fatal: boolean | null; reason: string }[];
}

export interface SoakSummary {
  files: number;
  findings: number;
  byRule: Map<string, number>;
  fatal: { path: string; reason: string }[];
}

export function summarise(report: ReportedFile[]): SoakSummary {
  const byRule = new Map<string, number>();
  const fatal: { path: string; reason: string }[] = [];
  let findings = 0;
  for (const file of report) {
    for (const message of file.messages) {
      if (message.fatal && /^(read|parse|internal)-error$/.test(String(message.ruleId))) {
        fatal.push({ path: file.path, reason: message.reason });
        continue;
      }
      findings++;
      byRule.set(String(message.ruleId), (byRule.get(String(message.ruleId)) ?? 0) + 1);
    }
  }
  return { files: report.length, findings, byRule, fatal };
}

async function soak(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  if (!corporaAvailable()) {
    console.error(`soak: skipped, the shared corpora are not at ${sharedCorpora}`);
    return 0;
  }
  if (!existsSync(join(binPath, '../../dist/src/cli/main.js'))) {
    console.error('soak: run `npm run build` first (the soak runs the built binary)');
    return 2;
  }
  const limit = option('--limit') === undefined ? undefined : Number(option('--limit'));
  const articles = soakArticles(limit);
  const folder = mkdtempSync(join(tmpdir(), 'healthlint-soak-'));
  const articlesFolder = join(folder, 'articles');
  writeArticles(articles, articlesFolder);
  const words = articles.reduce((sum, article) => sum + (article.text.match(/\S+/g)?.length ?? 0), 0);
  console.log(`soak: ${articles.length} articles, ${words.toLocaleString('en')} words, in ${folder}`);

  // Every rule on, so every rule meets every article.
  const { rules } = await import('../rules/index.js');
  const everyRule = Object.fromEntries(rules.map((rule) => [rule.definition.id, 'warn']));
  writeFileSync(join(articlesFolder, '.healthlintrc.json'), JSON.stringify({ rules: everyRule }));

  const started = performance.now();
  const cli = [
    process.execPath,
    binPath,
    '--format',
    'json',
    '--output',
    'report.json',
    '--jobs',
    option('--jobs') ?? 'auto',
    'articles',
  ];
  // GNU time reports the peak memory of the process (worker threads included), when installed.
  const rssFile = join(folder, 'rss.txt');
  const command = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...cli] : cli;
  const child = spawn(command[0] as string, command.slice(1), { cwd: folder, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)));
  const seconds = (performance.now() - started) / 1000;
  const peakKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) || 0 : 0;

  let exitCode = 0;
  if (code !== 0 && code !== 1) {
    console.error(`soak: FAILED, the CLI exited with ${code}`);
    exitCode = 1;
  }
  const report = existsSync(join(folder, 'report.json'))
    ? (JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as ReportedFile[])
    : [];
  const summary = summarise(report);
  console.log(
    `files ${summary.files} of ${articles.length}; findings ${summary.findings}; fatal ${summary.fatal.length}`,
  );
  console.log(
    `time ${seconds.toFixed(1)} s (${Math.round(words / seconds).toLocaleString('en')} words/s)${peakKb ? `; peak memory ${Math.round(peakKb / 1024)} MB` : ''}`,
  );
  console.log('findings per rule:');
  for (const [rule, count] of [...summary.byRule].sort((a, b) => b[1] - a[1])) {
    console.log(
      `  ${rule.padEnd(34)} ${String(count).padStart(7)}  ${(count / (words / 1000)).toFixed(2)} per 1,000 words`,
    );
  }
  for (const { path, reason } of summary.fatal.slice(0, 20)) console.error(`  fatal: ${path}: ${reason}`);
  if (summary.fatal.length > 0 || summary.files !== articles.length) exitCode = 1;
  if (!args.includes('--keep')) rmSync(folder, { recursive: true, force: true });
  console.log(exitCode === 0 ? 'soak: passed (no crash, no fatal message)' : 'soak: FAILED');
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await soak();
