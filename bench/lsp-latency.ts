/**
 * Language-server latency: time from `textDocument/didChange` to the `publishDiagnostics` for that
 * version, on a ~3,000-word Markdown article with a warm server, over 50 edits.
 *
 *   npm run bench:lsp        (builds, then runs this with tsx)
 *
 * Two patterns are timed. "Pause": one keystroke-sized edit after the writer stops for longer
 * than the debounce, which the server lints at once (the figure the target p95 < 100 ms is
 * about). "Burst": five edits 30 ms apart, timed from the last one; the server waits out its
 * debounce (100 ms by default) before linting, so this figure includes it on purpose.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, repoRoot, serverBin } from '../test/server-client.js';

const targetWords = 3000;
const edits = 50;
const corpus = join(repoRoot, '..', 'shared', 'corpora', 'fakehealth-story-text', 'healthstory.jsonl');
const fallback = join(repoRoot, 'fixtures', 'ketamine-burnout.txt');

/** Health-news prose from the shared corpus (the first stories that reach the word count), as Markdown. */
function buildArticle(): { text: string; source: string } {
  const paragraphs: string[] = [];
  let words = 0;
  let source = corpus;
  const lines = existsSync(corpus) ? readFileSync(corpus, 'utf8').split('\n') : [];
  if (lines.length === 0) {
    console.log(`(corpus ${corpus} not found: using ${fallback} repeated)`);
    source = fallback;
    lines.push(...Array.from({ length: 10 }, () => JSON.stringify({ text: readFileSync(fallback, 'utf8') })));
  }
  for (const line of lines) {
    if (!line.trim() || words >= targetWords) continue;
    const story = JSON.parse(line) as { title?: string; text?: string };
    if (story.title) paragraphs.push(`## ${story.title}`);
    for (const paragraph of (story.text ?? '').split(/\n\s*\n/)) {
      const clean = paragraph.replace(/\s+/g, ' ').trim();
      if (!clean || words >= targetWords) continue;
      paragraphs.push(clean);
      words += clean.split(' ').length;
    }
  }
  return { text: `# Health news digest\n\n${paragraphs.join('\n\n')}\n`, source };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) as number).toFixed(1)} ms`;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  if (!existsSync(join(repoRoot, 'dist', 'src', 'server', 'index.js'))) {
    console.log('dist/ is missing: run `npm run build` first (npm run bench:lsp does).');
    return;
  }
  const { text, source } = buildArticle();
  const dir = mkdtempSync(join(tmpdir(), 'healthlint-bench-'));
  const path = join(dir, 'digest.md');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const client = await LspClient.start({
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
    command: [process.execPath, serverBin, '--stdio'],
  });
  try {
    const document = TextDocument.create(uri, 'markdown', 1, text);
    let version = 1;
    const started = performance.now();
    await client.open(uri, text);
    const first = await client.diagnostics(uri, (p) => p.version === 1, 0, 60_000);
    const openMs = performance.now() - started;

    // One keystroke-sized edit: insert a word at a pseudo-random paragraph start.
    const edit = async (): Promise<number> => {
      version++;
      const paragraphStarts = [...document.getText().matchAll(/\n\n(?=\w)/g)].map((m) => (m.index ?? 0) + 2);
      const offset = paragraphStarts[(version * 7919) % paragraphStarts.length] ?? 0;
      const at = document.positionAt(offset);
      const change = { range: { start: at, end: at }, text: 'Notably ' };
      TextDocument.update(document, [change], version);
      const sent = performance.now();
      await client.change(uri, version, change.text, change.range);
      return sent;
    };

    for (let i = 0; i < 5; i++) {
      await edit();
      const target = version;
      await client.diagnostics(uri, (p) => p.version === target);
      await sleep(150);
    }

    const pause: number[] = [];
    for (let i = 0; i < edits; i++) {
      const since = client.mark();
      const sent = await edit();
      const target = version;
      await client.diagnostics(uri, (p) => p.version === target, since);
      pause.push(performance.now() - sent);
      await sleep(150); // longer than the debounce: the writer paused
    }

    const burst: number[] = [];
    for (let i = 0; i < 10; i++) {
      const since = client.mark();
      let last = 0;
      for (let k = 0; k < 5; k++) {
        last = await edit();
        if (k < 4) await sleep(30);
      }
      const target = version;
      await client.diagnostics(uri, (p) => p.version === target, since);
      burst.push(performance.now() - last);
      await sleep(150);
    }

    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(`article: ${words} words, ${text.length} characters, from ${source}`);
    console.log(`findings on open: ${first.diagnostics.length}; first lint after open (cold): ${openMs.toFixed(0)} ms`);
    console.log(`pause then edit (${pause.length} edits): ${summary(pause)}  [target p95 < 100 ms]`);
    console.log(`burst of 5 edits 30 ms apart, from the last (${burst.length} bursts): ${summary(burst)}`);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
