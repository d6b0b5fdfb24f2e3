import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from './config/resolve.js';
import type { PlainResult } from './serialise.js';
import { UserError } from './errors.js';
import { readLimits, readRegularFileSync, UnreadableFile } from './read.js';
import { version } from './version.js';
import { AtomicFileWriter } from './write.js';

/**
 * The `--cache` file: each linted file's findings, kept with the hash of its text and the key of
 * the config that linted it. A result is reused only when both match, so the cache is never stale:
 * the config key covers the resolved config (preset, language, every rule's severity and options,
 * the config's folder), the contents of any file an option names (a personal dictionary), and
 * healthlint itself (its version, a fingerprint of its code and word lists, its dependencies'
 * versions). A cache that cannot be read or parsed is ignored and rebuilt, never an error.
 */

const cacheFormat = 'healthlint-cache';
/** 2: an append-only log of JSON lines (1 was one JSON object, written whole at the end). */
const cacheFormatVersion = 2;
const header = `${JSON.stringify({ format: cacheFormat, version: cacheFormatVersion })}\n`;

interface CacheEntry {
  content: string;
  config: string;
  result: PlainResult;
}

/**
 * The cache file is a log: a header line, then one line per linted file (`{ path, content, config,
 * result }`), appended as each file is done, so a run that is interrupted or killed keeps the work it
 * finished. A later line for a path replaces an earlier one. At the end of a run the log is
 * compacted (rewritten atomically with one line per file still there). Reading keeps every line
 * that parses and has the right shape: a log cut short, or with a damaged line, loses only those.
 */
export class ResultCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private changed = false;
  /** Lines appended since the log was last written whole. */
  private appended = 0;
  private log: number | undefined;
  private logFailed = false;

  private constructor(
    readonly location: string,
    entries: Map<string, CacheEntry>,
    private needsRewrite: boolean,
    private stale: number,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `location`; a missing, unreadable or corrupt file gives what can be read of it. */
  static open(location: string): ResultCache {
    const { entries, valid, lines } = readEntries(location);
    return new ResultCache(location, entries, !valid, lines - entries.size);
  }

  /** The cached result for a file, if its text and config are the ones it was linted with. */
  get(absolutePath: string, contentHash: string, configKey: string): PlainResult | undefined {
    this.seen.add(absolutePath);
    const entry = this.entries.get(absolutePath);
    return entry && entry.content === contentHash && entry.config === configKey ? entry.result : undefined;
  }

  /** Records a result, and appends it to the log at once. */
  set(absolutePath: string, contentHash: string, configKey: string, result: PlainResult): void {
    this.seen.add(absolutePath);
    const entry = { content: contentHash, config: configKey, result };
    this.entries.set(absolutePath, entry);
    this.changed = true;
    this.append(absolutePath, entry);
  }

  private append(path: string, entry: CacheEntry): void {
    if (this.logFailed) return;
    try {
      if (this.log === undefined) {
        // A log cut short or in an old format is first rewritten with what could be read of it.
        if (this.needsRewrite || this.stale > 0) this.writeWhole();
        this.log = openLog(this.location);
      }
      writeAll(this.log, `${JSON.stringify({ path, ...entry })}\n`);
      this.appended++;
    } catch {
      // Not fatal: the run goes on, and `save` reports why the cache could not be written.
      this.logFailed = true;
    }
  }

  /**
   * Compacts the log if anything changed: rewrites it atomically with one line per file. Entries
   * for files not linted in this run are kept, unless their file is gone, so linting one folder
   * does not evict another's results.
   */
  save(): void {
    if (this.log !== undefined) {
      closeSync(this.log);
      this.log = undefined;
    }
    for (const path of this.entries.keys()) {
      if (!this.seen.has(path) && !existsSync(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
    if (!this.changed && !this.needsRewrite && this.stale === 0) return;
    this.writeWhole();
    this.changed = false;
  }

  private writeWhole(): void {
    const parts = [header];
    let size = header.length;
    const flush = (): void => {
      chunks.push(parts.join(''));
      parts.length = 0;
      size = 0;
    };
    const chunks: string[] = [];
    for (const [path, entry] of this.entries) {
      const line = `${JSON.stringify({ path, ...entry })}\n`;
      parts.push(line);
      size += line.length;
      if (size > 8 * 1024 * 1024) flush();
    }
    flush();
    writeChunksAtomic(this.location, chunks);
    this.needsRewrite = false;
    this.stale = 0;
  }
}

/** Opens the log for appending. */
function openLog(location: string): number {
  // Appended to where it is, never through a link (O_NOFOLLOW), and only if it is a regular file.
  const descriptor = openSync(location, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0));
  if (!fstatSync(descriptor).isFile()) {
    closeSync(descriptor);
    throw Object.assign(new Error(`${location} is not a regular file`), { code: 'ENOTREG' });
  }
  return descriptor;
}

function writeAll(descriptor: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  for (let done = 0; done < buffer.length;) done += writeSync(descriptor, buffer, done);
}

/** Like writeFileAtomic, for text in pieces: a cache of 100,000 files is more than one string can hold. */
function writeChunksAtomic(location: string, chunks: string[]): void {
  const writer = new AtomicFileWriter(location);
  try {
    for (const chunk of chunks) writer.write(chunk);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

function readEntries(location: string): { entries: Map<string, CacheEntry>; valid: boolean; lines: number } {
  const entries = new Map<string, CacheEntry>();
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(location, readLimits.cache);
  } catch (error) {
    // A link to a device or a huge file is refused (reading it could exhaust memory); a missing
    // or unreadable cache just starts again, and the next save replaces it.
    const { code, reason } = error as UnreadableFile;
    if (code === 'ENOTREG' || code === 'EFBIG') throw new UserError(`Cannot read cache ${location}: ${reason}`);
    return { entries, valid: false, lines: 0 };
  }
  // Read line by line from the bytes, never as one string: a large cache is more than a string holds.
  let start = bytes.indexOf(10);
  if (start === -1 || bytes.toString('utf8', 0, start + 1) !== header) return { entries, valid: false, lines: 0 };
  start++;
  let lines = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length; // A last line without its newline was cut short: it will not parse.
    lines++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8', start, end));
    } catch {
      parsed = undefined;
    }
    start = end + 1;
    const line = parsed as { path?: unknown } | undefined;
    if (!line || typeof line !== 'object' || typeof line.path !== 'string') continue;
    const { path, ...entry } = line as { path: string };
    if (isEntry(entry)) {
      entries.delete(path); // Keep the map in the order of the latest lines.
      entries.set(path, entry);
    }
  }
  // A log that does not end in a newline was cut short: rewrite it before appending to it.
  return { entries, valid: bytes[bytes.length - 1] === 10, lines };
}

/**
 * Whether a stored entry has the shape a linted file's result has, field by field, with every
 * type a reporter relies on. A cache file can be edited by anyone who can write it (a pull request
 * that commits one, a shared CI cache): an entry with a wrong type would crash a reporter, and
 * unknown keys (`__proto__`) would be copied onto messages. Such entries are dropped and their
 * files linted again.
 */
function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value['content'] !== 'string' || typeof value['config'] !== 'string') return false;
  const result = value['result'];
  if (!isRecord(result) || !Array.isArray(result['messages']) || !isRecord(result['data'])) return false;
  return result['messages'].every(isPlainMessage) && isResultData(result['data']);
}

type Check = (value: unknown) => boolean;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || value === null || check(value);
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isCount: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPoint: Check = (value) =>
  isRecord(value) &&
  Object.keys(value).every((key) => key === 'line' || key === 'column' || key === 'offset') &&
  isCount(value['line']) &&
  isCount(value['column']) &&
  optional(isCount)(value['offset']);
const isPosition: Check = (value) =>
  isRecord(value) && Object.keys(value).length === 2 && isPoint(value['start']) && isPoint(value['end']);
const isPlace: Check = (value) => isPoint(value) || isPosition(value);
const isRelated: Check = (value) =>
  isRecord(value) && Object.keys(value).length === 2 && isString(value['message']) && isPosition(value['place']);
const isAncestor: Check = (value) =>
  isRecord(value) &&
  isString(value['type']) &&
  optional(isString)(value['tagName']) &&
  optional(isString)(value['name']) &&
  optional(isPosition)(value['position']);
const isCause: Check = (value) =>
  isRecord(value)
    ? isString(value['message']) &&
      optional(isString)(value['name']) &&
      optional(isString)(value['stack']) &&
      optional(isCause)(value['cause'])
    : typeof value !== 'function';
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);

/** Every field a healthlint message can carry, and its type; any other key makes the entry bad. */
const messageFields: Record<string, Check> = {
  reason: isString,
  message: optional(isString),
  name: optional(isString),
  stack: optional(isString),
  ruleId: optional(isString),
  source: optional(isString),
  fatal: optional(isBoolean),
  line: optional(isCount),
  column: optional(isCount),
  place: optional(isPlace),
  url: optional(isString),
  note: optional(isString),
  actual: optional(isString),
  expected: optional(arrayOf(isString)),
  related: optional(arrayOf(isRelated)),
  ancestors: optional(arrayOf(isAncestor)),
  cause: optional(isCause),
  // Set by a rule's report (`ReportExtras`): `--fix` reads `safeFix`, reporters read `data`.
  safeFix: optional(isBoolean),
  data: optional(isStringRecord),
};

function isPlainMessage(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) {
    const check = Object.hasOwn(messageFields, key) ? messageFields[key] : undefined;
    if (!check?.(value[key])) return false;
  }
  return typeof value['reason'] === 'string';
}

/** `file.data.healthlint` without the document: what the reporters read of it is the dialect. */
function isResultData(data: Record<string, unknown>): boolean {
  return (
    !Object.hasOwn(data, '__proto__') &&
    (data['dialect'] === undefined || data['dialect'] === 'en-US' || data['dialect'] === 'en-GB') &&
    optional(isBoolean)(data['dialectDetected']) &&
    optional(isString)(data['baseDirectory'])
  );
}

function isStringRecord(value: unknown): boolean {
  return (
    isRecord(value) &&
    !Object.hasOwn(value, '__proto__') &&
    Object.values(value).every((field) => typeof field === 'string')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

const configKeys = new WeakMap<ResolvedConfig, string>();

/** A key for everything besides the text that decides a file's findings; memoised per config object. */
export function configKey(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) {
    const rules = [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash('sha1').update(healthlintFingerprint());
    hash.update(
      JSON.stringify({
        preset: config.preset,
        language: config.language,
        base: config.baseDirectory,
        rules,
        // A plugin's version, and its entry file's size and time (a local plugin being edited).
        plugins: config.plugins.map(({ name, version, path, stamp }) => [name, version, path, stamp]),
        unifiedPlugins: config.unifiedPlugins.map(({ name, version, path, stamp, options }) => [
          name,
          version,
          path,
          stamp,
          options,
        ]),
      }),
    );
    for (const path of namedFiles(
      rules.map(([, setting]) => setting.options),
      config.baseDirectory,
    )) {
      hash.update(`\0${path}\0`).update(readNamedFile(path));
    }
    key = hash.digest('base64');
    configKeys.set(config, key);
  }
  return key;
}

/** A file an option names, read as a word list is: regular files only, capped. */
function readNamedFile(path: string): Buffer {
  try {
    return readRegularFileSync(path, readLimits.wordList);
  } catch (error) {
    throw new UserError(`Cannot read ${path}, named by a rule option: ${(error as UnreadableFile).reason}`);
  }
}

/**
 * Files that rule options name (a personal dictionary, a word list): every string option that
 * resolves to an existing file, so editing the file invalidates the results it shaped without the
 * cache knowing each rule's options.
 */
function namedFiles(options: unknown[], baseDirectory: string): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length === 0 || value.length > 4096 || value.includes('\n')) return;
      const path = resolve(baseDirectory, value);
      try {
        if (statSync(path).isFile()) found.add(path);
      } catch {
        // Not a file: an ordinary option value.
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  options.forEach(visit);
  return [...found].sort();
}

let fingerprint: string | undefined;

/**
 * healthlint itself, as far as findings go: its version, the size and modification time of every
 * file of its code and data (so a rebuilt or edited rule or lexicon invalidates results even
 * between releases), and the installed versions of its dependencies (dictionaries, parsers).
 */
export function healthlintFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha1').update(`${cacheFormatVersion}\0${version}\0`);
  const here = dirname(fileURLToPath(import.meta.url)); // src/, dist/src/ or dist/bundle/
  const codeRoot = dirname(here);
  const packageRoot = existsSync(join(codeRoot, 'package.json')) ? codeRoot : dirname(codeRoot);
  const code = ['src', 'rules', 'bundle'].map((name) => join(codeRoot, name));
  for (const folder of [...code, join(packageRoot, 'dictionaries')]) {
    for (const path of listFiles(folder)) {
      const info = statSync(path);
      hash.update(`${path}\0${info.size}\0${info.mtimeMs}\0`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    hash.update(`${name}@${installedVersion(packageRoot, name)}\0`);
  }
  fingerprint = hash.digest('base64');
  return fingerprint;
}

/** Looks in node_modules folders upwards, as Node does: many packages do not export their package.json. */
function installedVersion(packageRoot: string, name: string): string {
  for (let folder = packageRoot; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as {
        version?: string;
      };
      return manifest.version ?? 'unknown';
    } catch {
      if (dirname(folder) === folder) return 'unknown';
    }
  }
}

function listFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
