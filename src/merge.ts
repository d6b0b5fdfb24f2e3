import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { UserError } from './errors.js';
import { attachLazyDocument, loadDocumentBuilder } from './pool/lazy-document.js';
import { readTextFile } from './read.js';

/** A file as `--format json` writes it. */
interface JsonFile {
  path: string;
  messages: JsonMessage[];
}

interface JsonMessage {
  reason: string;
  ruleId: string | null;
  source: string | null;
  fatal?: boolean | null;
  place: VFileMessage['place'] | null;
  actual: string | null;
  expected: string[] | null;
  note: string | null;
  url: string | null;
  related?: unknown[];
  data?: Record<string, string>;
  tentative?: boolean;
}

/**
 * `--merge-reports`: the files of several `--format json` reports (the shards of one run), each
 * read a file at a time, merged into one list ordered by path as a single run over a folder orders
 * them, and turned back into linted files: their messages as the JSON holds them, and their text
 * read again from disk so that formats that quote or fingerprint the text (SARIF, GitLab, HTML,
 * scorecards) give what the single run gives. Run it from the folder the shards ran in.
 */
export async function mergeReports(
  reports: string[],
  cwd: string,
  maxFileSize: number,
  onFile: (file: VFile) => void,
): Promise<void> {
  await loadDocumentBuilder(); // Merged files' documents are rebuilt if the report reads them.
  const sources = reports.map((report) => readJsonReport(resolve(cwd, report), report)[Symbol.asyncIterator]());
  const heads = await Promise.all(sources.map((source) => source.next()));
  let previous: string | undefined;
  for (;;) {
    let pick = -1;
    for (const [index, head] of heads.entries()) {
      if (head.done) continue;
      const best = pick === -1 ? undefined : heads[pick];
      if (!best || best.done || head.value.path < best.value.path) pick = index;
    }
    if (pick === -1) return;
    const entry = heads[pick]!.value as JsonFile;
    if (entry.path === previous) throw new UserError(`Cannot merge reports: ${entry.path} is in more than one report`);
    previous = entry.path;
    onFile(await fileOf(entry, cwd, maxFileSize));
    heads[pick] = await sources[pick]!.next();
  }
}

async function fileOf(entry: JsonFile, cwd: string, maxFileSize: number): Promise<VFile> {
  const read = await readTextFile(resolve(cwd, entry.path), maxFileSize);
  const file = new VFile({ path: entry.path, cwd, ...(read.ok ? { value: read.text } : {}) });
  for (const plain of entry.messages) {
    const message = new VFileMessage(plain.reason, {
      ...(plain.place ? { place: plain.place } : {}),
      ...(plain.ruleId !== null ? { ruleId: plain.ruleId } : {}),
      ...(plain.source !== null ? { source: plain.source } : {}),
    });
    message.file = file.path;
    message.fatal = plain.fatal ?? undefined;
    if (plain.actual !== null) message.actual = plain.actual;
    if (plain.expected !== null) message.expected = plain.expected;
    if (plain.note !== null) message.note = plain.note;
    if (plain.url !== null) message.url = plain.url;
    if (plain.related) (message as VFileMessage & { related?: unknown[] }).related = plain.related;
    if (plain.data) Object.assign(message, { data: plain.data });
    if (plain.tentative === true) Object.assign(message, { tentative: true });
    file.messages.push(message);
  }
  return read.ok ? attachLazyDocument(file) : file;
}

/**
 * The files of one JSON report, one at a time. healthlint writes each file of the array as lines
 * of its own (two spaces in, JSON text never holds a raw newline), so a report of any size is read
 * without holding it; a report laid out otherwise is parsed whole.
 */
async function* readJsonReport(path: string, shown: string): AsyncGenerator<JsonFile> {
  const bad = (what: string): UserError => new UserError(`Cannot merge ${shown}: ${what}`);
  let lines;
  try {
    lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  } catch (error) {
    throw bad((error as NodeJS.ErrnoException).code ?? String(error));
  }
  let first = true;
  let item: string[] | undefined;
  let whole: string[] | undefined;
  try {
    for await (const line of lines) {
      if (whole) {
        whole.push(line);
        continue;
      }
      if (first) {
        first = false;
        if (line === '[]') return;
        if (line !== '[') whole = [line];
        continue;
      }
      if (item === undefined) {
        if (line === '  {') item = [line];
        else if (line === ']') return;
        else whole = [line];
        continue;
      }
      if (line === '  }' || line === '  },') {
        item.push('  }');
        yield checked(parse(item.join('\n')), bad);
        item = undefined;
      } else {
        item.push(line);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw bad((error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (first) throw bad('empty file, expected a --format json report');
  if (item) throw bad('the report ends in the middle of a file (truncated?)');
  if (whole === undefined) throw bad('the report ends before its closing `]` (truncated?)');
  const all = parse(whole.join('\n'));
  if (!Array.isArray(all)) throw bad('not a --format json report (expected an array of files)');
  for (const entry of all) yield checked(entry, bad);

  function parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw bad(`invalid JSON (${(error as Error).message})`);
    }
  }
}

function checked(value: unknown, bad: (what: string) => UserError): JsonFile {
  const entry = value as Partial<JsonFile> | null;
  if (
    !entry ||
    typeof entry !== 'object' ||
    typeof entry.path !== 'string' ||
    !Array.isArray(entry.messages) ||
    !entry.messages.every((message) => typeof message?.reason === 'string')
  ) {
    throw bad('not a --format json report (each file needs a `path` and `messages` with a `reason`)');
  }
  return entry as JsonFile;
}
