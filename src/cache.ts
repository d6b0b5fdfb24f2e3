import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from './config/resolve.js';
import type { PlainResult } from './pool/serialise.js';
import { UserError } from './errors.js';
import { readLimits, readRegularFileSync, readRegularTextSync, UnreadableFile } from './read.js';
import { version } from './version.js';
import { writeFileAtomic } from './write.js';

/**
 * The `--cache` file: each linted file's findings, kept with the hash of its text and the key of
 * the config that linted it. A result is reused only when both match, so the cache is never stale:
 * the config key covers the resolved config (preset, language, every rule's severity and options,
 * the config's folder), the contents of any file an option names (a personal dictionary), and
 * healthlint itself (its version, a fingerprint of its code and word lists, its dependencies'
 * versions). A cache that cannot be read or parsed is ignored and rebuilt, never an error.
 */

const cacheFormat = 'healthlint-cache';
const cacheFormatVersion = 1;

interface CacheEntry {
  content: string;
  config: string;
  result: PlainResult;
}

interface CacheFile {
  format: typeof cacheFormat;
  version: number;
  entries: Record<string, CacheEntry>;
}

export class ResultCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    readonly location: string,
    entries: Map<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `location`; a missing, unreadable or corrupt file gives an empty cache. */
  static open(location: string): ResultCache {
    return new ResultCache(location, readEntries(location));
  }

  /** The cached result for a file, if its text and config are the ones it was linted with. */
  get(absolutePath: string, contentHash: string, configKey: string): PlainResult | undefined {
    this.seen.add(absolutePath);
    const entry = this.entries.get(absolutePath);
    return entry && entry.content === contentHash && entry.config === configKey ? entry.result : undefined;
  }

  set(absolutePath: string, contentHash: string, configKey: string, result: PlainResult): void {
    this.seen.add(absolutePath);
    this.entries.set(absolutePath, { content: contentHash, config: configKey, result });
    this.changed = true;
  }

  /**
   * Writes the cache atomically if anything changed. Entries for files not linted in this run are
   * kept, unless their file is gone, so linting one folder does not evict another's results.
   */
  save(): void {
    for (const path of this.entries.keys()) {
      if (!this.seen.has(path) && !existsSync(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const file: CacheFile = {
      format: cacheFormat,
      version: cacheFormatVersion,
      entries: Object.fromEntries(this.entries),
    };
    writeFileAtomic(this.location, JSON.stringify(file));
    this.changed = false;
  }
}

function readEntries(location: string): Map<string, CacheEntry> {
  let text: string;
  try {
    text = readRegularTextSync(location, readLimits.cache);
  } catch (error) {
    // A link to a device or a huge file is refused (reading it could exhaust memory); a missing
    // or unreadable cache just starts again, and the next save replaces it.
    const { code, reason } = error as UnreadableFile;
    if (code === 'ENOTREG' || code === 'EFBIG') throw new UserError(`Cannot read cache ${location}: ${reason}`);
    return new Map();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new Map(); // Corrupt: start again; the next save replaces it.
  }
  const file = parsed as Partial<CacheFile> | null;
  if (!file || file.format !== cacheFormat || file.version !== cacheFormatVersion) return new Map();
  if (!file.entries || typeof file.entries !== 'object') return new Map();
  const entries = new Map<string, CacheEntry>();
  for (const [path, entry] of Object.entries(file.entries)) {
    if (isEntry(entry)) entries.set(path, entry);
  }
  return entries;
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
