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
/**
 * 2: an append-only log of JSON lines (1 was one JSON object, written whole at the end); entries
 * may carry a stamp. 3: messages leave out `message` and `name` when they are the usual ones (the
 * reason, the file's path and the place; see `toPlainResult`).
 */
const cacheFormatVersion = 3;
const header = `${JSON.stringify({ format: cacheFormat, version: cacheFormatVersion })}\n`;

interface CacheEntry {
  content: string;
  config: string;
  /** The file's size and modification time when it was read, if they can be trusted (see `stampOf`). */
  size?: number;
  mtime?: number;
  result: PlainResult;
}

/** What a file's `stat` says about whether it changed: its size and modification time (ms). */
export interface FileStamp {
  size: number;
  mtime: number;
}

/**
 * `metadata` (the default, as ESLint's `--cache-strategy`): a file whose size and modification time
 * are those it was cached with is not read at all; one whose stamp changed (a fresh checkout) is
 * read and hashed, and its findings reused if the text is the same. `content`: every file is read
 * and hashed, for file systems or tools that keep the modification time across edits.
 */
export type CacheStrategy = 'metadata' | 'content';

/**
 * A modification time this close to the moment it was read cannot be trusted: file systems keep
 * times in ticks (4 ms on Linux, 1 s on HFS+, 2 s on FAT), so the file could be written again in the
 * same tick, after it was read, without its stamp changing. Such files are hashed on the next run
 * (as Git treats "racily clean" index entries).
 */
const racyWindowMs = 2500;

/**
 * The stamp of a regular file for the cache, or undefined if it is not a regular file or was
 * modified too recently for its stamp to show a later edit. `now` is when the stat was taken.
 */
export function stampOf(absolutePath: string, now = Date.now()): FileStamp | undefined {
  let info;
  try {
    info = statSync(absolutePath, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!info?.isFile() || info.mtimeMs > now - racyWindowMs) return undefined;
  return { size: info.size, mtime: info.mtimeMs };
}

/**
 * An entry as a line of the log, parsed (and checked) only when asked for: where it lies in the
 * bytes read from the log, or its text when this run wrote it.
 */
type StoredLine = { start: number; end: number } | { text: string };

/**
 * The cache file is a log: a header line, then one line per linted file (`{ path, content, config,
 * size, mtime, result }`), appended as each file is done, so a run that is interrupted or killed
 * keeps the work it finished. A later line for a path replaces an earlier one. At the end of a run
 * the log is compacted (rewritten atomically with one line per file still there). Reading keeps
 * every line that parses and has the right shape: a log cut short, or with a damaged line, loses
 * only those. Opening the log only indexes its lines by path; each line is parsed when its file is
 * looked up, and lines never looked up are copied as they are when the log is compacted.
 */
export class ResultCache {
  private readonly entries: Map<string, StoredLine>;
  private readonly seen = new Set<string>();
  private changed = false;
  /** Lines appended since the log was last written whole. */
  private appended = 0;
  private log: number | undefined;
  private logFailed = false;
  private lastParsed: { line: StoredLine; entry: CacheEntry } | undefined;

  private constructor(
    readonly location: string,
    private readonly bytes: Buffer,
    entries: Map<string, StoredLine>,
    private needsRewrite: boolean,
    private stale: number,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `location`; a missing, unreadable or corrupt file gives what can be read of it. */
  static open(location: string): ResultCache {
    const { bytes, entries, valid, lines } = readEntries(location);
    return new ResultCache(location, bytes, entries, !valid, lines - entries.size);
  }

  /**
   * The entry for a file, parsed and checked when asked for; a bad line is dropped (its file linted
   * again). The parsed entry is not kept (only the last, for the look-ups of one file): holding
   * every file's findings as objects made a warm run's heap, and its garbage collection, grow with
   * the number of files, when the line's bytes are already held.
   */
  private entry(absolutePath: string): CacheEntry | undefined {
    this.seen.add(absolutePath);
    const found = this.entries.get(absolutePath);
    if (found === undefined) return undefined;
    if (this.lastParsed?.line === found) return this.lastParsed.entry;
    const parsed =
      'text' in found ? parseLine(found.text) : parseLine(this.bytes.toString('utf8', found.start, found.end));
    if (parsed?.path === absolutePath) {
      this.lastParsed = { line: found, entry: parsed.entry };
      return parsed.entry;
    }
    this.entries.delete(absolutePath);
    this.stale++; // Compact the log, without the bad line.
    return undefined;
  }

  /** The cached result for a file, if its text and config are the ones it was linted with. */
  get(absolutePath: string, contentHash: string, configKey: string): PlainResult | undefined {
    const entry = this.entry(absolutePath);
    return entry && entry.content === contentHash && entry.config === configKey ? entry.result : undefined;
  }

  /**
   * The cached result for a file whose config is the same and whose stamp (size and modification
   * time) is the one stored with it: `metadata` strategy's answer without reading the file. The
   * content hash comes with it, so the text can be checked if it is read later.
   */
  fresh(
    absolutePath: string,
    configKey: string,
    stamp: FileStamp,
  ): { result: PlainResult; content: string } | undefined {
    const entry = this.entry(absolutePath);
    return entry && entry.config === configKey && entry.size === stamp.size && entry.mtime === stamp.mtime
      ? { result: entry.result, content: entry.content }
      : undefined;
  }

  /** Whether there is an entry with this config, so that hashing the file could find its result. */
  has(absolutePath: string, configKey: string): boolean {
    return this.entry(absolutePath)?.config === configKey;
  }

  /**
   * Stores a new stamp for a file whose text was found unchanged (a checkout rewrote it), so the
   * next run need not read it. Kept for the compaction at the end, not appended: losing it to an
   * interrupt costs only a hash.
   */
  restamp(absolutePath: string, stamp: FileStamp | undefined): void {
    const entry = this.entry(absolutePath);
    if (!entry || (entry.size === stamp?.size && entry.mtime === stamp?.mtime)) return;
    this.entries.set(absolutePath, { text: lineOf(absolutePath, withStamp(entry, stamp)) });
    this.changed = true;
  }

  /** Records a result, and appends it to the log at once. */
  set(absolutePath: string, contentHash: string, configKey: string, result: PlainResult, stamp?: FileStamp): void {
    this.seen.add(absolutePath);
    const line = lineOf(absolutePath, withStamp({ content: contentHash, config: configKey, result }, stamp));
    this.entries.set(absolutePath, { text: line });
    this.changed = true;
    this.append(line);
  }

  private append(line: string): void {
    if (this.logFailed) return;
    try {
      if (this.log === undefined) {
        // A log cut short or in an old format is first rewritten with what could be read of it.
        if (this.needsRewrite || this.stale > 0) this.writeWhole();
        this.log = openLog(this.location);
      }
      writeAll(this.log, line);
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
    for (const entry of this.entries.values()) {
      // Lines are copied as they are; each is checked when a run uses it.
      const line = 'text' in entry ? entry.text : `${this.bytes.toString('utf8', entry.start, entry.end)}\n`;
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

function withStamp(entry: CacheEntry, stamp: FileStamp | undefined): CacheEntry {
  const { content, config, result } = entry;
  return stamp ? { content, config, size: stamp.size, mtime: stamp.mtime, result } : { content, config, result };
}

function lineOf(path: string, entry: CacheEntry): string {
  return `${JSON.stringify({ path, ...entry })}\n`;
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

function readEntries(location: string): {
  bytes: Buffer;
  entries: Map<string, StoredLine>;
  valid: boolean;
  lines: number;
} {
  const entries = new Map<string, StoredLine>();
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(location, readLimits.cache);
  } catch (error) {
    // A link to a device or a huge file is refused (reading it could exhaust memory); a missing
    // or unreadable cache just starts again, and the next save replaces it.
    const { code, reason } = error as UnreadableFile;
    if (code === 'ENOTREG' || code === 'EFBIG') throw new UserError(`Cannot read cache ${location}: ${reason}`);
    return { bytes: Buffer.alloc(0), entries, valid: false, lines: 0 };
  }
  // Read line by line from the bytes, never as one string: a large cache is more than a string holds.
  let start = bytes.indexOf(10);
  if (start === -1 || bytes.toString('utf8', 0, start + 1) !== header)
    return { bytes: Buffer.alloc(0), entries, valid: false, lines: 0 };
  start++;
  let lines = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start);
    lines++;
    if (end === -1) break; // A last line without its newline was cut short.
    const path = pathOfLine(bytes, start, end);
    if (path !== undefined) {
      entries.delete(path); // Keep the map in the order of the latest lines.
      entries.set(path, { start, end });
    }
    start = end + 1;
  }
  // A log that does not end in a newline was cut short: rewrite it before appending to it.
  return { bytes, entries, valid: bytes[bytes.length - 1] === 10, lines };
}

const linePrefix = Buffer.from('{"path":"');

/**
 * The path a log line is for, read from its start without parsing the rest (every line is written
 * `{"path":…`): the end of the JSON string is the first quote not escaped. A line that does not
 * start so, or is cut short there, is skipped, as a line that does not parse.
 */
function pathOfLine(bytes: Buffer, start: number, end: number): string | undefined {
  if (
    end - start < linePrefix.length ||
    bytes.compare(linePrefix, 0, linePrefix.length, start, start + linePrefix.length) !== 0
  )
    return undefined;
  const from = start + linePrefix.length;
  let quote = bytes.indexOf(0x22, from); // "
  while (quote !== -1 && quote < end && isEscaped(bytes, quote, from)) quote = bytes.indexOf(0x22, quote + 1);
  if (quote === -1 || quote >= end) return undefined;
  // Most paths hold no escape: their bytes are the path. Searched within the path only: searched
  // to the end of the log, a log with no backslash after this line was read to its end for every
  // line (10,000 lines: 1.9 s to open).
  if (bytes.subarray(from, quote).indexOf(0x5c) === -1) return bytes.toString('utf8', from, quote);
  try {
    const path = JSON.parse(bytes.toString('utf8', from - 1, quote + 1)) as unknown;
    return typeof path === 'string' ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the byte at `at` follows an odd number of backslashes (after `from`). */
function isEscaped(bytes: Buffer, at: number, from: number): boolean {
  let backslashes = 0;
  for (let before = at - 1; before >= from && bytes[before] === 0x5c; before--) backslashes++;
  return backslashes % 2 === 1;
}

/** One log line parsed and checked, or undefined if it does not parse or has the wrong shape. */
function parseLine(text: string): { path: string; entry: CacheEntry } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const line = parsed as { path?: unknown } | undefined;
  if (!line || typeof line !== 'object' || typeof line.path !== 'string') return undefined;
  const { path, ...entry } = line as { path: string };
  return isEntry(entry) ? { path, entry } : undefined;
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
  // Both or neither: a stamp is only whole with its size and its time.
  if (
    !(value['size'] === undefined && value['mtime'] === undefined) &&
    !(isCount(value['size']) && isTime(value['mtime']))
  )
    return false;
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
const isTime: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isPoint: Check = (value) =>
  isRecord(value) &&
  onlyKeys(value, pointKeys) &&
  isCount(value['line']) &&
  isCount(value['column']) &&
  optional(isCount)(value['offset']);
const pointKeys = new Set(['line', 'column', 'offset']);

/** Whether every key of `value` is one of `keys`; a loop, not `Object.keys`: it runs for every point of every cached finding. */
function onlyKeys(value: Record<string, unknown>, keys: Set<string>): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && !keys.has(key)) return false;
  return true;
}
const isPosition: Check = (value) =>
  isRecord(value) && onlyKeys(value, positionKeys) && isPoint(value['start']) && isPoint(value['end']);
const positionKeys = new Set(['start', 'end']);
const isPlace: Check = (value) => isPoint(value) || isPosition(value);
const isRelated: Check = (value) =>
  isRecord(value) && onlyKeys(value, relatedKeys) && isString(value['message']) && isPosition(value['place']);
const relatedKeys = new Set(['message', 'place']);
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
  // Set by a rule's report (`ReportExtras`): `--fix` reads `safeFix`, reporters read `data` and `tentative`.
  safeFix: optional(isBoolean),
  tentative: optional(isBoolean),
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
